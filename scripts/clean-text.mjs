// Shared by the clean-text guard (scripts/clean-guard.mjs) and its property test: what "changes no letter and no
// digit" means, and which rules claim damage (findings of these on correct published text are false alarms).

/** Rules whose findings say the text was damaged (extraction, PDF, copy-paste). Typography, sourcing and
 *  balance rules are left out: correct published text may legitimately draw those. */
export const DAMAGE_RULES = new Set([
  'tatweel', 'presentation-form', 'bidi-control', 'diacritic', 'reversed-line', 'split-word', 'reversed-digits',
  'reversed-lam-alef', 'mirrored-bracket', 'broken-fragment', 'rtl-spacing', 'cut-word', 'broken-paragraph', 'missing-numeral',
]);

/** The letters and digits of a text in order: NFKC (folds presentation forms), then diacritics, tatweel, invisible controls,
 *  spaces, punctuation and symbols dropped. Two texts with the same skeleton differ by none of those. */
export function letterSkeleton(s) {
  return s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').replace(/\u0640/g, '');
}
