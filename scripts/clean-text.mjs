// Shared by the clean-text guard (scripts/clean-guard.mjs) and its property test: what "changes no letter and no
// digit" means, and which rules claim damage (findings of these on correct published text are false alarms).

/** Rules whose findings say the text was damaged — letters or digits out of order, torn, lost or detached. On
 *  correct published text every one of their findings is a false alarm. */
export const DAMAGE_RULES = new Set([
  'reversed-line', 'split-word', 'reversed-digits', 'reversed-lam-alef', 'mirrored-bracket', 'broken-fragment',
  'rtl-spacing', 'cut-word', 'broken-paragraph', 'missing-numeral', 'diacritic',
]);

/** Rules about characters that are really in the text (tatweel, presentation forms, bidi and zero-width
 *  controls): published text does carry them (decorative tatweel, an RLM from a CMS), so their findings on it
 *  are reported apart; their fixes never change a letter. */
export const CHARACTER_RULES = new Set(['tatweel', 'tatweel-dash', 'presentation-form', 'bidi-control']);

/** The letters and digits of a text in order: NFKC (folds presentation forms), then diacritics, tatweel,
 *  invisible controls, spaces, punctuation and symbols dropped. Two texts with the same skeleton differ by none of those. */
export function letterSkeleton(s) {
  return s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').replace(/\u0640/g, '');
}
