/**
 * PDF damage as test tooling for whole texts with markers kept through the damage (the line damages themselves are the
 * damage laboratory's, testing/damage.ts): what extraction does to a correct Arabic text, applied to sentences and articles whose
 * defects are known, so that a rule can be measured on the damaged text against the same text undamaged
 * (scripts/numeral-roundtrip.mjs, scripts/numeral-heldout.mjs, the missing-numeral tests).
 *
 *  - `visual`: every line in visual order, its code units reversed (as mutool and pdfminer extract a right-to-left
 *    PDF line);
 *  - `forms`: the letters written as the presentation forms a PDF's glyphs map to (lam + alef as one ligature);
 *  - `visual-forms`: both, as the corpus's mutool route writes them (letters and their marks reversed together);
 *  - `justified` (a separate switch): a share of the spaces between Arabic words doubled, as justified PDF lines
 *    come out.
 *
 * A text may carry markers (`MARK`, a private-use character) at known places, such as where a number was dropped:
 * `damageMarked` damages the text with its markers and returns it without them, with their offsets in the result.
 */
import { toPresentationForms } from '../core/text/charclass';
import { type Rand } from './damage';

export type Damage = 'none' | 'visual' | 'forms' | 'visual-forms';
export const DAMAGES: readonly Damage[] = ['none', 'visual', 'forms', 'visual-forms'];

/** A place kept through the damage (a private-use character: no rule reads it as a letter, space or digit). */
export const MARK = '\uE000';

const perLine = (text: string, f: (line: string) => string): string => text.split('\n').map(f).join('\n');

/** Each line's code units reversed. */
export function visualOrder(text: string): string {
  return perLine(text, (l) => [...l].reverse().join(''));
}

/** The letters as presentation forms; with `visual`, each line also in visual order. */
export function presentationForms(text: string, visual = false): string {
  return perLine(text, (l) => toPresentationForms(l, visual));
}

/** A deterministic pseudo-random generator in [0, 1) (the same damage on every run). */
export function prng(seed = 20261206): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

/** Doubles about `share` of the single spaces between two Arabic letters. */
export function justify(text: string, rand: Rand, share = 1 / 3): string {
  return text.replace(/(?<=[\u0621-\u064a]) (?=[\u0621-\u064a])/g, () => (rand() < share ? '  ' : ' '));
}

export function damage(text: string, kind: Damage): string {
  switch (kind) {
    case 'visual':
      return visualOrder(text);
    case 'forms':
      return presentationForms(text);
    case 'visual-forms':
      return presentationForms(text, true);
    default:
      return text;
  }
}

/** Damages a text holding MARKs; returns the damaged text without them and their offsets in it, in order. */
export function damageMarked(text: string, kind: Damage, opts: { justified?: boolean; rand?: Rand } = {}): { text: string; marks: number[] } {
  let t = opts.justified ? justify(text, opts.rand ?? prng()) : text;
  t = damage(t, kind);
  const marks: number[] = [];
  let out = '';
  let from = 0;
  for (let i = t.indexOf(MARK); i >= 0; i = t.indexOf(MARK, i + 1)) {
    out += t.slice(from, i);
    marks.push(out.length);
    from = i + 1;
  }
  out += t.slice(from);
  return { text: out, marks };
}
