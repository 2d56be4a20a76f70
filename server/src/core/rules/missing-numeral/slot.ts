/**
 * How a word is keyed in the mined number-slot context: the one definition that both the rule (context.ts) and the
 * script that mines the context (scripts/build-numeral-context.mjs, which bundles this file) use.
 */
import { foldBase } from '../../text/fold';
import { A_ACC, A_MIAH, A_MONTH, A_MONTH2, A_NAHWA, A_NUMNOUN, A_PCT, A_PLURAL, A_STRONG, A_WAW, A_WEAK, A_YEAR, A_YEARDEF, A_YEARLAW, B_ABBR, B_APPROX, B_NUMWORD, B_PREP, B_WEEKDAY } from './lexicon';

/** A word form as the context keys it: the base fold of text/fold.ts (marks, tatweel and controls dropped,
 *  presentation forms as letters, أ إ آ ٱ → ا, ى → ي). */
export function contextForm(word: string): string {
  return foldBase(word);
}

const PROCLITICS = /^(?:[\u0648\u0641]?(?:[\u0628\u0644\u0643]|\u0644\u0644)?(?:\u0627\u0644)?)(.+)$/;

/** The stem of a folded form, the context's back-off: without the proclitics و ف ب ل ك لل and the article, when at
 *  least two letters are left (else the form itself). */
export function contextStem(form: string): string {
  const m = PROCLITICS.exec(form);
  return m && m[1].length >= 2 ? m[1] : form;
}

const DEFINITE = /^(?:[\u0648\u0641]?[\u0628\u0643]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)/;

/** The class of a folded form, the context's last back-off for a form it does not hold: definite or not, and the last
 *  two letters of its stem (`ات`, `ين`, `ون`, `ان`, tanween alef `ا`…), which carry number, case and gender. */
export function contextClass(form: string): string {
  const st = contextStem(form);
  return (DEFINITE.test(form) && st !== form ? 'D' : 'I') + st.slice(-2);
}

/** ة، ت، ات، ين، ون، ان، tanween alef, ي: the endings that carry number, case and gender (the slot classes' shapes). */
const ENDINGS = ['\u0627\u062a', '\u064a\u0646', '\u0648\u0646', '\u0627\u0646', '\u0629', '\u062a', '\u0627', '\u064a'];

/**
 * The class of a word in the slot model (a number between two words: context.ts slotOdds), from the hand-written
 * lexicon's flags (`a`: the word's own group, `b`: with its clitics; lexicon.ts) where they know it — a month, a year
 * word, a unit, a counted noun, a number word, a preposition, an approximator, a weekday, و — else from its shape:
 * definite or not (`D`/`I`), its stem's ending (ات، ين، ون، ان، ة، ت، tanween ا، ي, or none: `-`), and an indefinite
 * stem that starts like a present-tense verb (ي…); `?` for a word with letters Arabic does not write. Letters chosen so that a class is one or two characters.
 */
export function slotClass(form: string, a: number, b: number): string {
  if (b & B_NUMWORD) return 'N';
  if (a & (A_MONTH | A_MONTH2)) return 'M';
  if (a & (A_YEAR | A_YEARDEF | A_YEARLAW)) return 'Y';
  if (a & (A_PCT | A_MIAH)) return 'P';
  if (a & A_NUMNOUN) return 'K';
  if (b & B_ABBR) return 'U';
  if (b & B_WEEKDAY) return 'W';
  if (b & B_APPROX || a & A_NAHWA) return 'A';
  if (b & B_PREP) return 'R';
  if (a & A_WAW) return 'C';
  if (a & A_STRONG) return a & A_PLURAL ? 'S' : 's';
  if (a & A_WEAK) return 'k';
  if (a & A_ACC) return 'c';
  // (a word with letters Arabic does not write, Persian or Urdu کشور, has no class: the model was mined on Arabic)
  if (!/^[\u0621-\u064a]+$/.test(form)) return '?';
  const st = contextStem(form);
  if (form.length <= 2) return 'z';
  const def = DEFINITE.test(form) && st !== form;
  let end = '-';
  for (let i = 0; i < ENDINGS.length; i++) if (st.endsWith(ENDINGS[i]) && st.length > ENDINGS[i].length + 1) { end = String(i); break; }
  if (!def && end !== '0' && /^[\u0648\u0641]?\u064a/.test(form) && form.length >= 4) return 'V' + end;
  return (def ? 'D' : 'I') + end;
}

export { lexiconFlags } from './lexicon';

/** The 64 characters the slot model's tables are written in (context.data.ts SLOT_*): a value of the class pair table
 *  each, six bits of the forms' Rice code each. */
export const SLOT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Bits of a slot table key's fingerprint (a form the table lacks matches one it holds once in 2^22 / entries). */
export const SLOT_FP_BITS = 22;
/** Low bits of a gap between two fingerprints of the slot tables written as they are (the quotient in unary). */
export const SLOT_RICE = 11;

/** The fingerprint of a form and the class of its neighbour in the slot tables: `side` 0 for the word before the gap
 *  (the class is the word after's), 1 for the word after it (the class is the word before's). FNV-1a, top bits. */
export function slotKey(side: 0 | 1, form: string, cls: string): number {
  const s = `${side}${form} ${cls}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> (32 - SLOT_FP_BITS);
}
