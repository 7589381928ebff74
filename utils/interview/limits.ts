/**
 * How much of a page the analysis follows at most, so that work growing with the page stays
 * bounded on pages built to stall it. Each is far above what a real interview needs: a long one
 * has fewer than 60 speakers, 2,000 quotes and a few thousand mentions of names.
 */

/** People followed (speakers and anyone introduced): over three times the speakers of a long panel. */
export const MAX_PEOPLE = 200;
/** Quotes attributed: ten times a long interview's, and above the 13,000 of the 5 MB hostile page, which is read in full. */
export const MAX_QUOTES = 20_000;
/** Names underlined by the lens (they are drawn lazily, but each is a span kept and grouped on load). */
export const MAX_UNDERLINES = 10_000;

/** What a page had more of than the analysis follows, and how much of it was kept. */
export interface Capped {
  found: number;
  kept: number;
}

/** The limits a page reached, by what they limit. */
export type CapsHit = Partial<Record<'people' | 'quotes' | 'names', Capped>>;
