import type { AnchorState, TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { HighlightSpeaker, SpeakerCorrections } from '../messages/fields';
import type { Colour } from '../paint/colours';

export interface ArticleRecord {
  id: string;
  /** Normalised canonical address: the article's key (unique). */
  url: string;
  /** Every normalised address this article was seen at, including `url`. */
  urls: string[];
  title: string;
  site: string;
  author?: string;
  /** ISO 8601, as the page states it. */
  published?: string;
  /** Projects the article names (as the lens read it when the reader last highlighted there). */
  projects?: string[];
  firstSeenAt: number;
  updatedAt: number;
}

/** A note another device saved for the same highlight, and when. */
export interface OtherEdit {
  note: string;
  updatedAt: number;
}

/** Other notes a highlight keeps at most: far more than devices edit one highlight at once. */
export const MAX_OTHER_EDITS = 20;

export interface HighlightRecord {
  id: string;
  articleId: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  colour: Colour;
  note: string;
  tags: string[];
  /** Text-fragment directive (`:~:text=…`) that opens the page at this quote. */
  fragment?: string;
  /** Who said the highlighted words (from the interview analysis), and the projects they name. */
  speaker?: HighlightSpeaker;
  projects?: string[];
  /** How the highlight was last re-found on its page, and when. */
  anchorState?: AnchorState;
  anchorCheckedAt?: number;
  /**
   * The notes other devices saved for it while this one did not know (edits made before syncing),
   * newest first: the newest edit is `note`, these are kept until the reader chooses
   * (utils/sync/merge-versions.ts). Never empty: absent when there is nothing to choose.
   */
  alsoEdited?: OtherEdit[];
  /** Other notes the reader saw here and chose against: merging does not offer them again (utils/db/other-edits.ts). */
  dismissedEdits?: OtherEdit[];
  createdAt: number;
  updatedAt: number;
}

/** The reader's corrections on a page, overriding the lens there: whether it is an interview, and its people. */
export interface PageCorrectionsRecord extends Partial<SpeakerCorrections> {
  /** Normalised page address (the key). */
  url: string;
  /** Absent: the lens decides. */
  isInterview?: boolean;
  updatedAt: number;
}
