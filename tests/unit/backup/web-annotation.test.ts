import { describe, expect, it } from 'vitest';
import { toWebAnnotations } from '@/utils/backup/web-annotation';
import { article, highlight } from './fixtures';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const page = article('a1', 'https://example.com/interview');

describe('W3C Web Annotation export', () => {
  it('writes a highlight with a note and tags as a commenting annotation', () => {
    const noted = highlight(ID, 'a1', Date.UTC(2025, 2, 4), {
      note: 'Worth quoting.\nTwice.',
      tags: ['ml', 'history'],
      createdAt: Date.UTC(2025, 2, 3),
    });
    expect(toWebAnnotations([page], [noted])).toEqual([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: `urn:uuid:${ID}`,
        type: 'Annotation',
        created: '2025-03-03T00:00:00.000Z',
        modified: '2025-03-04T00:00:00.000Z',
        motivation: 'commenting',
        body: [
          { type: 'TextualBody', value: 'Worth quoting.\nTwice.', format: 'text/plain', purpose: 'commenting' },
          { type: 'TextualBody', value: 'ml', purpose: 'tagging' },
          { type: 'TextualBody', value: 'history', purpose: 'tagging' },
        ],
        target: {
          source: 'https://example.com/interview',
          selector: [
            { type: 'TextQuoteSelector', exact: `quote ${ID}`, prefix: 'before ', suffix: ' after' },
            { type: 'TextPositionSelector', start: 10, end: 10 + `quote ${ID}`.length },
          ],
        },
      },
    ]);
  });

  it('writes a bare highlight as highlighting, with no body', () => {
    const [annotation] = toWebAnnotations([page], [highlight(ID, 'a1', 1, { note: '   ' })]);
    expect(annotation!.motivation).toBe('highlighting');
    expect(annotation).not.toHaveProperty('body');
  });

  it('keeps tags of a highlight without a note as tagging bodies', () => {
    const [annotation] = toWebAnnotations([page], [highlight(ID, 'a1', 1, { tags: ['later'] })]);
    expect(annotation!.motivation).toBe('highlighting');
    expect(annotation!.body).toEqual([{ type: 'TextualBody', value: 'later', purpose: 'tagging' }]);
  });

  it('points each highlight at its own article and leaves out highlights without one', () => {
    const other = article('a2', 'https://example.org/talk');
    const annotations = toWebAnnotations(
      [page, other],
      [highlight('x1', 'a2'), highlight('x2', 'missing'), highlight('x3', 'a1')],
    );
    expect(annotations.map((annotation) => [annotation.id, annotation.target.source])).toEqual([
      ['urn:uuid:x1', 'https://example.org/talk'],
      ['urn:uuid:x3', 'https://example.com/interview'],
    ]);
  });

  it('copies only the W3C selector fields, and survives JSON', () => {
    const extra = highlight(ID, 'a1', 1, {
      speaker: { name: 'Ada', roles: [] },
      projects: ['Quillmark'],
      anchorState: 'orphaned',
    });
    const [annotation] = JSON.parse(JSON.stringify(toWebAnnotations([page], [extra])));
    expect(Object.keys(annotation).sort()).toEqual([
      '@context',
      'created',
      'id',
      'modified',
      'motivation',
      'target',
      'type',
    ]);
    expect(annotation.target.selector.map((selector: object) => Object.keys(selector).sort())).toEqual([
      ['exact', 'prefix', 'suffix', 'type'],
      ['end', 'start', 'type'],
    ]);
  });
});
