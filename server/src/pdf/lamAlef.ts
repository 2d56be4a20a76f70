/**
 * Lam-alef ligatures that a font maps to alef + lam (LibreOffice with KacstBook: `خالل` for `خلال`, `االتحاد` for
 * `الاتحاد`, `الخاليا` for `الخلايا`). Every lam-alef of such a font comes out reversed, and so does no real alef +
 * lam, which is why the page must prove the damage first: words that begin with alef + alef + lam (`االتحاد`,
 * `األمريكية`, after و ف ب ك ل too), a cluster no Arabic word has. On a page with at least `min` of them, every word
 * with an alef + lam pair is read as the lexicon reads a reversed lam-alef (knownReading: the reading that is a
 * word, frequent words first, ال/لا fit to their neighbours); a word the lexicon does not know keeps its
 * word-initial cluster swapped only (`األنثوسيانين` → `الأنثوسيانين`). Elsewhere nothing changes: `مالطا` and
 * `سالم` are words as written.
 */
import { knownReading } from '../core/lexicon/visual';

const WORD = /[\u0621-\u064A]+/g;
/** A word that begins (after one proclitic at most) with alef + alef + lam: a reversed lam-alef after the article's alef. */
const INITIAL = /^([\u0648\u0641\u0628\u0643\u0644]?)\u0627([\u0627\u0623\u0625\u0622])\u0644/;
const PAIR = /[\u0627\u0623\u0625\u0622]\u0644/;

export function reversedLamAlefProof(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) for (const m of p.matchAll(WORD)) if (INITIAL.test(m[0])) n++;
  return n;
}

export function unreverseLamAlef(paragraphs: string[], min = 2): string[] {
  if (reversedLamAlefProof(paragraphs) < min) return paragraphs;
  return paragraphs.map((p) =>
    p.replace(WORD, (w) => {
      if (!PAIR.test(w)) return w;
      const r = knownReading(w);
      if (r !== null && r.length === w.length) return r;
      return w.replace(INITIAL, '$1\u0627\u0644$2');
    }),
  );
}
