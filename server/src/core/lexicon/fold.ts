/**
 * Folding of an Arabic token to the key the lexicon stores (scripts/build-lexicon.mjs folds every form
 * the same way): presentation forms → base letters (NFKC), diacritics, tatweel, ZWJ/ZWNJ and U+FFFD
 * (a kashida glyph some extractors emit) removed, أ إ آ ٱ → ا, final ى → ي. Then every letter is mapped to
 * one ASCII character (the alphabet below, in the order of ALPHABET in data.ts).
 * A ى inside a word (عىل, extraction damage) is not Arabic spelling: such a token has no key.
 */
import { ALPHABET } from './data';

const CODES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** code unit → ASCII code, 0 = ignorable (dropped), -1 = not an Arabic letter of the alphabet */
const TABLE = new Int16Array(0x700).fill(-1);
(() => {
  for (let i = 0; i < ALPHABET.length; i++) TABLE[ALPHABET.charCodeAt(i)] = CODES.charCodeAt(i);
  const alef = ALPHABET.indexOf('\u0627');
  const yeh = ALPHABET.indexOf('\u064a');
  for (const c of [0x0623, 0x0625, 0x0622, 0x0671]) TABLE[c] = CODES.charCodeAt(alef);
  TABLE[0x0649] = CODES.charCodeAt(yeh); // ى: only word-final (checked in foldKey)
  // Persian/Urdu look-alikes that extractors and keyboards produce for Arabic letters
  TABLE[0x06cc] = CODES.charCodeAt(yeh); // ی farsi yeh
  TABLE[0x06a9] = CODES.charCodeAt(ALPHABET.indexOf('\u0643')); // ک keheh
  TABLE[0x06c1] = CODES.charCodeAt(ALPHABET.indexOf('\u0647')); // ہ
  for (let c = 0x064b; c <= 0x065f; c++) TABLE[c] = 0;
  for (let c = 0x0610; c <= 0x061a; c++) TABLE[c] = 0;
  for (let c = 0x06d6; c <= 0x06ed; c++) TABLE[c] = 0;
  TABLE[0x0670] = 0;
  TABLE[0x0640] = 0; // tatweel
})();

function isIgnorable(c: number): boolean {
  return c === 0x200c || c === 0x200d || c === 0xfffd || c === 0x200e || c === 0x200f;
}

function hasLetterAfter(s: string, from: number): boolean {
  for (let j = from; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c < 0x700 && TABLE[c] > 0) return true;
  }
  return false;
}

function isPresentation(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/**
 * The lexicon key of a token, or null when the token holds anything but Arabic letters and marks
 * (digits, Latin, punctuation) or no letter at all.
 */
export function foldKey(token: string): string | null {
  let s = token;
  for (let i = 0; i < s.length; i++) {
    if (isPresentation(s.charCodeAt(i))) {
      s = s.normalize('NFKC');
      break;
    }
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isIgnorable(c)) continue;
    const m = c < 0x700 ? TABLE[c] : -1;
    if (m < 0) return null;
    if (m === 0) continue;
    if (c === 0x0649 && hasLetterAfter(s, i + 1)) return null;
    out += String.fromCharCode(m);
  }
  return out.length ? out : null;
}

/** The folded token in Arabic letters (for messages and tests), or null. */
export function foldWord(token: string): string | null {
  const k = foldKey(token);
  if (k === null) return null;
  let out = '';
  for (let i = 0; i < k.length; i++) out += ALPHABET[CODES.indexOf(k[i])];
  return out;
}

/** Encode an already folded Arabic string (letters of ALPHABET only) — used for the clitic tables. */
export function encodeFolded(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const k = ALPHABET.indexOf(s[i]);
    if (k < 0) throw new Error(`not in the lexicon alphabet: ${s}`);
    out += CODES[k];
  }
  return out;
}
