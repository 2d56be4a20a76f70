/** missing-numeral at a line's edge: the words that face each other across a line break (and the blank lines after
 * it: the rule's reach is `neighbours`), judged as a double space between them. The scan is evidence.ts's (`edges`). */
import { CH, DIGIT } from '../../text/chars';
import { A_NAHWA, B_APPROX, B_NUMWORD, B_QADJ, B_WHOLE } from './lexicon';
import { LR_KNOWN, LR_SINGLE_SPACED, numberRatio, PAIR_SHARE, pairShare } from './context';
import { lexiconFlags } from './line';
import { contextForm } from './slot';

/** The Arabic word a run of another line starts or ends with (Document.beyond), without what is glued to it. */
export const ARABIC_HEAD = /^[\u0621-\u064a\u064b-\u065f\u0670]+/;
export const ARABIC_TAIL = /[\u0621-\u064a\u064b-\u065f\u0670]+$/;
/** A definite word, with or without a proclitic (folded forms): no number comes right before it. */
export const DEFINITE = /^(?:[\u0648\u0641]?[\u0628\u0643]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)/;
export const isDigitUnit = (c: number) => c >= 0 && (CH[c] & DIGIT) !== 0;

/**
 * A number dropped at a line's edge, judged as a double space between the last word of a line and the first of the
 * next one that is not blank (`a`, `b`; '' where that line's edge is no Arabic word: the other word alone then): the pair correct news writes
 * with a number between at least as often as not (PAIR_SHARE), or the two words together LR_SINGLE_SPACED times
 * likelier around a number than words in general (LR_KNOWN where the hand-written lists know one of them: `flags`,
 * those of this line's word, `mine` 1 when it is `a`, 2 when `b`). The word after is never definite, nor a number
 * word, approximator or adjective of quantity; the word before is no number word.
 */
export function acrossLines(a: string, b: string, flags: number, mine: 1 | 2): 0 | 1 | 2 {
  if (a === '' && b === '') return 0;
  const [oa, ob] = (mine === 1 ? b : a) === '' ? [0, 0] : mine === 1 ? lexiconFlags(b) : lexiconFlags(a);
  if (mine === 1 && b !== '') {
    const fb = contextForm(b);
    if ((DEFINITE.test(fb) && fb.length > 3) || ob & (B_NUMWORD | B_APPROX | B_QADJ | B_WHOLE) || oa & A_NAHWA) return 0;
  }
  // (a number word before the edge is the number: مليون ⏎ زائر)
  if (mine === 2 && ob & B_NUMWORD) return 0;
  if (a !== '' && b !== '' && pairShare(a, b) >= PAIR_SHARE) return 2;
  const known = (flags | oa | ob) !== 0;
  // (a line's edge without a word facing it: the one word alone)
  return (a === '' ? 1 : Math.max(1, numberRatio(a, 1))) * (b === '' ? 1 : numberRatio(b, 2)) >= (known ? LR_KNOWN : LR_SINGLE_SPACED) ? 1 : 0;
}
