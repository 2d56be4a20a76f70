/** Character classes for Arabic text. All functions take UTF-16 code units. */

export const TATWEEL = 0x0640;

/** Arabic base letters (hamza forms included), U+0621–U+063A, U+0641–U+064A, plus extended letters. */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9)
  );
}

/** Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks that sit on a letter. */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e4) ||
    (c >= 0x06e7 && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08ca && c <= 0x08ff && c !== 0x08e2)
  );
}

export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** A code unit that can be part of an Arabic word: letter, mark, tatweel or presentation form. */
export function isArabicWordChar(c: number): boolean {
  return isArabicLetter(c) || isArabicMark(c) || c === TATWEEL || isPresentationForm(c);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Western, Arabic-Indic (U+0660–0669) or Extended Arabic-Indic/Persian (U+06F0–06F9) digit. */
export function isAnyDigit(c: number): boolean {
  return isAsciiDigit(c) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Space-like separators inside a line (not line breaks). */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

export function isWhitespace(c: number): boolean {
  return isSpace(c) || isLineBreak(c);
}
