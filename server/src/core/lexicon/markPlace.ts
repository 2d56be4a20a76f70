/**
 * On which letter does news write a haraka? A mark that PDF extraction set off by a space between two letters of a
 * word (`تص ُّرف`) belongs to the letter before the space or to the one after it, and the shape of the text alone
 * cannot say which (the diacritic rule's "ambiguous" marks). The vocalised forms news writes
 * (`lexicon/vocalised.data.ts`, mined from the even half of the unlabelled news) can: `writesMarkOn('تصرف', 3, 'ّ')`
 * is true because news writes تصرّف, and `writesMarkOn('تصرف', 2, 'ّ')` is false. Keys are the word's letters, the
 * index of the letter and the marks sorted, for each cluster of a form and for each of its marks alone (a draft that
 * keeps only the shadda of `أنَّ`). Built once, on first use, from 875 forms.
 *
 * A word news does not write vocalised still has its shadda's place told by the letters around it
 * (`markPlace.data.ts`, `scripts/build-mark-places.mjs`): how often a letter between these two neighbours carries
 * the shadda of a word that has one (`shaddaSide`). Never throws.
 */
import { SHADDA_PLACES } from './markPlace.data';
import { VOCALISED_FORMS } from './vocalised.data';

let places: Set<string> | null = null;
let forms: Set<string> | null = null;

/** Is the word, marks as typed, one of the vocalised forms news writes (vocalised.data.ts)? */
export function isVocalisedForm(w: string): boolean {
  forms ??= new Set(VOCALISED_FORMS.split('\n'));
  return forms.has(w);
}

const isMark = (c: number): boolean => c >= 0x064b && c <= 0x0652;

const key = (letters: string, i: number, marks: string): string => letters + '|' + i + '|' + [...marks].sort().join('');

function build(): Set<string> {
  const out = new Set<string>();
  forms ??= new Set(VOCALISED_FORMS.split('\n'));
  for (const form of forms) {
    let letters = '';
    const clusters: Array<[number, string]> = [];
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      if (isMark(c)) {
        const last = clusters[clusters.length - 1];
        if (last && last[0] === letters.length - 1) last[1] += form[i];
        else clusters.push([letters.length - 1, form[i]]);
      } else letters += form[i];
    }
    for (const [i, marks] of clusters) {
      if (i < 0) continue;
      out.add(key(letters, i, marks));
      if (marks.length > 1) for (const m of marks) out.add(key(letters, i, m));
    }
  }
  return out;
}

/** Does news write the word of these letters (no marks) with the marks `marks` on its letter at index `i`? */
export function writesMarkOn(letters: string, i: number, marks: string): boolean {
  places ??= build();
  return places.has(key(letters, i, marks));
}

let contexts: Map<string, number> | null = null;

/** The share (smoothed) of the letter at `i` carrying the shadda of a word of these letters that has one. */
function shaddaShare(letters: string, i: number): number {
  if (!contexts) {
    contexts = new Map();
    for (const entry of SHADDA_PLACES.split(';')) {
      const m = /^(.*?)(\d+),(\d+)$/.exec(entry);
      // (carried and total packed in one number: total < 2^20)
      if (m) contexts.set(m[1], Number(m[2]) * 0x100000 + Number(m[3]));
    }
  }
  const share = (k: string, min: number): number => {
    const v = contexts!.get(k);
    if (v === undefined) return min > 0 ? -1 : 0.5; // (unseen: the smoothed share of no count)
    const carried = Math.floor(v / 0x100000);
    const total = v % 0x100000;
    return total < min ? -1 : (carried + 0.5) / (total + 1);
  };
  const p = i > 0 ? letters[i - 1] : '^';
  const n = i + 1 < letters.length ? letters[i + 1] : '$';
  const tri = share(p + letters[i] + n, 3);
  if (tri >= 0) return tri;
  return Math.sqrt(share(letters[i] + n + '>', 0) * share('<' + p + letters[i], 0));
}

/** How much likelier one side must be to decide (measured on the odd half's shadda words: 89 % right, 1.6 % wrong). */
const SHADDA_RATIO = 3;

/**
 * Which of the neighbouring letters at `a` and `b` of a word of these letters carries its shadda, by the letters
 * around each: 1 the letter at `b`, -1 the one at `a`, 0 when neither is SHADDA_RATIO times likelier.
 */
export function shaddaSide(letters: string, a: number, b: number): number {
  const sa = shaddaShare(letters, a);
  const sb = shaddaShare(letters, b);
  return sb >= SHADDA_RATIO * sa ? 1 : sa >= SHADDA_RATIO * sb ? -1 : 0;
}
