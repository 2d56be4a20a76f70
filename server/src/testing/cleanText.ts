/**
 * What "fix-all never damages a correct draft" means, shared by the clean-text guard (`scripts/clean-guard.mjs`,
 * part of `npm run eval`) and the tests that run fix-all on correct text (`test/clean.test.ts`).
 */

/** Rules whose findings say the text was damaged — letters or digits out of order, torn, lost or detached. On
 *  correct published text every one of their findings is a false alarm. */
export const DAMAGE_RULES: ReadonlySet<string> = new Set([
  'reversed-line',
  'split-word',
  'reversed-digits',
  'reversed-lam-alef',
  'mirrored-bracket',
  'broken-fragment',
  'rtl-spacing',
  'cut-word',
  'broken-paragraph',
  'missing-numeral',
  'diacritic',
]);

/** Rules about characters that are really in the text (tatweel, presentation forms, bidi and zero-width
 *  controls): published text does carry them (decorative tatweel, an RLM from a CMS), so their findings on it
 *  are reported apart; their fixes never change a letter. */
export const CHARACTER_RULES: ReadonlySet<string> = new Set(['tatweel', 'tatweel-dash', 'presentation-form', 'bidi-control', 'extraction-junk']);

/** The letters and digits of a text in order: NFKC (folds presentation forms), then diacritics, tatweel,
 *  invisible controls, spaces, punctuation and symbols dropped. Two texts with the same skeleton differ by none
 *  of those: a fix that keeps it changed no letter and no digit. */
export function letterSkeleton(s: string): string {
  return s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').replace(/\u0640/g, '');
}

/** The articles of the unlabelled news file (`# DOCNO`, then the title and paragraphs). */
export function splitArticles(text: string): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  let cur: { id: string; lines: string[] } | null = null;
  const flush = () => {
    if (cur) out.push({ id: cur.id, text: cur.lines.join('\n').trim() + '\n' });
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('# ')) {
      flush();
      cur = { id: line.slice(2).trim(), lines: [] };
    } else if (cur) cur.lines.push(line);
  }
  flush();
  return out;
}
