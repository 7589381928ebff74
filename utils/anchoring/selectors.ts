/** W3C Web Annotation selectors, in the normalised text space of utils/text. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * How a saved highlight was re-found: at its exact text (`anchored`), at text that changed a little
 * (`approximate`), or not at all (`orphaned`: kept, listed, never painted on a guess).
 */
export type AnchorState = 'anchored' | 'approximate' | 'orphaned';
export const ANCHOR_STATES = ['anchored', 'approximate', 'orphaned'] as const;
