/**
 * The key the lexicon stores for an Arabic token (scripts/build-lexicon.mjs folds every form the same way): the
 * base fold of `text/fold.ts` (presentation forms → letters, marks and tatweel dropped, أ إ آ ٱ → ا, ى → ي),
 * ZWJ/ZWNJ, LRM/RLM and U+FFFD (a kashida glyph some extractors emit) ignored, then every letter written as one
 * ASCII character (the alphabet below, in the order of ALPHABET in data.ts).
 * A ى inside a word (عىل, extraction damage) is not Arabic spelling: such a token has no key.
 */
import { CH, FORM, isWordJunk, MARK, nfkc, TATWEEL_C } from '../text/chars';
import { FOLD, FOLD_DROP, FOLD_MULTI, foldExpansion } from '../text/fold';
import { ALPHABET } from './data';

const CODES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Base-folded letter → its ASCII code in the lexicon's alphabet, -1 for a letter the lexicon does not spell
 * with. The folding itself is `text/fold.ts`'s; only the Persian/Urdu look-alikes that extractors and keyboards
 * produce for Arabic letters (ی ک ہ) are read as the Arabic letter here, as the lexicon was built.
 */
const ENCODE = new Int16Array(0x700).fill(-1);
(() => {
  for (let i = 0; i < ALPHABET.length; i++) ENCODE[ALPHABET.charCodeAt(i)] = CODES.charCodeAt(i);
  ENCODE[0x06cc] = ENCODE[0x064a]; // ی farsi yeh
  ENCODE[0x06a9] = ENCODE[0x0643]; // ک keheh
  ENCODE[0x06c1] = ENCODE[0x0647]; // ہ
})();

function encode(u: number): number {
  return u < 0x700 ? ENCODE[u] : -1;
}

/** Ignored in a token: ZWNJ, ZWJ, U+FFFD (a lost kashida glyph), LRM, RLM, extraction junk (chars.ts isWordJunk). */
function isIgnorable(c: number): boolean {
  return c === 0x200c || c === 0x200d || c === 0xfffd || c === 0x200e || c === 0x200f || isWordJunk(c);
}

function hasLetterAfter(s: string, from: number): boolean {
  for (let j = from; j < s.length; j++) {
    const f = FOLD[s.charCodeAt(j)];
    if (f === FOLD_MULTI || encode(f) > 0) return true;
  }
  return false;
}

/** ى as written (a presentation form of it included). */
function isAlefMaksura(c: number): boolean {
  return c === 0x0649 || ((CH[c] & FORM) !== 0 && nfkc(c) === '\u0649');
}

/**
 * The lexicon key of a token, or null when the token holds anything but Arabic letters and marks
 * (digits, Latin, punctuation) or no letter at all.
 */
export function foldKey(token: string): string | null {
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (isIgnorable(c)) continue;
    const f = FOLD[c];
    if (f === FOLD_DROP) {
      if ((CH[c] & (MARK | TATWEEL_C)) !== 0) continue;
      return null; // other invisible controls, spacing harakat forms: not a word
    }
    if (f === FOLD_MULTI) {
      for (const u of foldExpansion(c)) {
        const m = encode(u);
        if (m < 0) return null;
        out += String.fromCharCode(m);
      }
      continue;
    }
    const m = encode(f);
    if (m < 0) return null;
    if (isAlefMaksura(c) && hasLetterAfter(token, i + 1)) return null;
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
