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

/** How a saved highlight was re-found on the page. */
export type AnchorState = 'anchored' | 'orphaned';
