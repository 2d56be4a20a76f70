/**
 * How a word is keyed in the mined number-slot context: the one definition that both the rule (context.ts) and the
 * script that mines the context (scripts/build-numeral-context.mjs, which bundles this file) use.
 */
import { foldBase } from '../../text/fold';

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
