import { useCallback, useEffect, useRef, useState } from 'react';

const NOTICE_MS = 8_000;

export interface NoticeState {
  text: string;
  tone: 'info' | 'error';
  undo?: () => void;
}

export type Say = (text: string, tone?: NoticeState['tone'], undo?: () => void) => void;

/** The notice's state: `say` shows one; it goes after a few seconds unless it offers Undo. */
export function useNotice(): { notice: NoticeState | null; say: Say; dismiss: () => void } {
  const [notice, setNotice] = useState<NoticeState | null>(null);
  useEffect(() => {
    // A notice with Undo stays until the reader dismisses it: the way back must not vanish.
    if (!notice || notice.undo) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const say: Say = useCallback((text, tone = 'info', undo) => setNotice({ text, tone, undo }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, say, dismiss };
}

/**
 * One line of feedback at the foot of the popup. After a delete it offers Undo, takes the focus
 * there (the deleted item's buttons are gone), and stays until Undo or Dismiss.
 */
export function Notice({ notice, onDismiss }: { notice: NoticeState | null; onDismiss: () => void }) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice?.undo) undoButton.current?.focus();
  }, [notice]);
  if (!notice) return <p className="notice" role="status" />;
  return (
    <p className={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} ref={line} tabIndex={-1}>
      {notice.text}
      {notice.undo && (
        <>
          <button
            type="button"
            className="link"
            ref={undoButton}
            onClick={() => {
              notice.undo?.();
              // The restored item comes back where it was; the focus waits on this line meanwhile.
              line.current?.focus();
            }}
          >
            Undo
          </button>
          <button type="button" className="link" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </>
      )}
    </p>
  );
}
