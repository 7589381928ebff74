// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { lensCommands, type LensCommandDeps } from '@/utils/lens/commands';
import { runCommand } from '@/utils/messages/answer-commands';
import type { Colour } from '@/utils/paint/colours';

let deps: LensCommandDeps;
let openCard: Mock<(id: string, x: number, y: number) => void>;
let highlight: Mock<(colour: Colour) => Promise<void>>;
let highlightAtCaret: Mock<() => { id: string; x: number; y: number } | null>;
let colour: Colour;
let drawn: Range;

beforeEach(() => {
  document.body.innerHTML = '<p id="p">PyTorch was there when researchers needed it.</p>';
  drawn = document.createRange();
  drawn.selectNodeContents(document.getElementById('p')!);
  // happy-dom lays nothing out: the highlight's first line is drawn here.
  drawn.getClientRects = () => [{ left: 100, width: 40, bottom: 200 }] as unknown as DOMRectList;
  colour = 'yellow';
  openCard = vi.fn();
  highlight = vi.fn(async () => {});
  highlightAtCaret = vi.fn(() => null);
  deps = {
    win: window,
    highlighter: {
      highlightAtCaret,
      refresh: vi.fn(async () => {}),
      rangeOf: (id) => (id === 'h1' ? drawn : undefined),
    },
    ui: { openCard, highlight },
    defaultColour: () => colour,
    rereadColours: vi.fn(async () => {}),
    summary: () => ({ isInterview: false, confidence: 0, format: 'none', reasons: ['no interview signs'] }),
    closeCard: vi.fn(),
  };
});

describe('the lens’s commands', () => {
  it('answers the background’s ping and the popup’s summary, and leaves the detector’s command unanswered', () => {
    const table = lensCommands(deps);
    expect(runCommand(table, { type: 'lens:ping' })).toEqual({ alive: true });
    expect(runCommand(table, { type: 'lens:summary' })).toMatchObject({
      isInterview: false,
      reasons: ['no interview signs'],
    });
    expect(runCommand(table, { type: 'page:signals' })).toBeUndefined();
    expect(runCommand(table, undefined)).toBeUndefined();
  });

  it('reveals a painted highlight by opening its card under its first line, and says when it cannot', () => {
    const table = lensCommands(deps);
    expect(runCommand(table, { type: 'lens:reveal', id: 'h1' })).toEqual({ revealed: true });
    expect(openCard).toHaveBeenCalledWith('h1', 120, 200);
    expect(runCommand(table, { type: 'lens:reveal', id: 'gone' })).toEqual({ revealed: false });
    expect(openCard).toHaveBeenCalledOnce();
  });

  it('highlights the selection with the reader’s colour as it is now, or opens the card of the highlight at the caret', () => {
    const table = lensCommands(deps);
    colour = 'green'; // changed in the options after the page loaded
    expect(runCommand(table, { type: 'lens:highlight-selection' })).toBeUndefined();
    expect(highlight).toHaveBeenCalledWith('green');
    highlightAtCaret.mockReturnValue({ id: 'h1', x: 5, y: 6 });
    runCommand(table, { type: 'lens:highlight-selection' });
    expect(openCard).toHaveBeenCalledWith('h1', 5, 6);
    expect(highlight).toHaveBeenCalledOnce();
  });

  it('rereads highlights and colours on refresh, and closes the card on the note frame’s Escape', () => {
    const table = lensCommands(deps);
    runCommand(table, { type: 'lens:refresh' });
    expect(deps.highlighter.refresh).toHaveBeenCalledOnce();
    expect(deps.rereadColours).toHaveBeenCalledOnce();
    runCommand(table, { type: 'lens:close-card' });
    expect(deps.closeCard).toHaveBeenCalledOnce();
  });
});
