/** What the analysis returns: a claim clause, its class and ranges (UTF-16 offsets into the text analysed). */
import type { Span } from '../../text/sentences';

export const RULE_ID = 'unattributed-claim';
/** The marker the writer resolves later. */
export { WHO_MARKER } from '../../review';

export type ClaimClass = 'vague' | 'anonymous' | 'impersonal' | 'named' | 'anaphoric';

export interface Claim {
  cls: ClaimClass;
  /** The range reported: verb (or source phrase) and subject. */
  start: number;
  end: number;
  /** The subject's range, when there is an explicit one. */
  subject?: { start: number; end: number };
  /** How the clause was found. */
  cue: 'verb' | 'source-phrase' | 'impersonal-phrase' | 'headline';
  /** Found from a news item "to the effect that" (cues.ts newsToEffect): the speaker's inside a named statement. */
  newsItem?: true;
  /** A statement noun and its owner after "according to" (حسب شهادات بعض جيرانه): inside a named speaker's statement, the speaker's. */
  testimony?: true;
  /** The sentence the clause belongs to. */
  sentence: Span;
  /** The subject refers back to an earlier unnamed source (المصدر ذاته). */
  refersBack?: boolean;
  /** For the snippet fix: the range that "بحسب المصدر" can replace, and whether a comma must follow. */
  replace?: { start: number; end: number; comma: boolean };
}

