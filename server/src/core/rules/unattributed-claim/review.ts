/** The "mark as reviewed" key of a sentence (stored in .tadqiq/reviewed.json: keep it stable). */
import { WHO_MARKER } from './claim';
import { isDropped } from './tokens';

// ---------------------------------------------------------------------------------------------
// Reviewed keys

/**
 * The key "mark as reviewed" stores for a sentence: diacritics, tatweel, bidi and zero-width
 * characters removed, presentation forms mapped to letters (NFKC), "[من؟]" markers removed,
 * whitespace collapsed to one space and trimmed. Stable across re-extraction and the marker fix.
 */
export function reviewedKey(sentence: string): string {
  if (typeof sentence !== 'string') return '';
  if (isOwnKey(sentence)) return sentence;
  // Runs of characters kept as they are are copied with one slice each (not one concatenation per
  // character: that made thousands of short-lived strings per sentence).
  let out = '';
  let space = false;
  let run = -1; // start of the pending run of unchanged characters, or -1
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    const pres = (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
    const dropped = isDropped(c);
    const marker = !dropped && c === 0x5b && sentence.startsWith(WHO_MARKER, i);
    const blank = c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x85;
    if (!dropped && !marker && !blank && !pres) {
      if (run < 0) {
        // a run starts: the space before it, if any (the previous run was flushed when the space was seen)
        if (space && out.length > 0) out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += sentence.slice(run, i);
      run = -1;
    }
    if (dropped) continue;
    if (marker) {
      i += WHO_MARKER.length - 1;
      space = true;
      continue;
    }
    if (blank) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += nfkc(c);
  }
  if (run >= 0) out += sentence.slice(run);
  return out;
}

/**
 * Is the sentence its own key: nothing to drop or map, single spaces between words only (U+0020,
 * none at the ends)? Most sentences are: then no string is built at all.
 */
function isOwnKey(sentence: string): boolean {
  const n = sentence.length;
  for (let i = 0; i < n; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || sentence.charCodeAt(i - 1) === 0x20) return false;
      continue;
    }
    if (c < 0x20 || c === 0xa0 || c === 0x85) return false;
    if (c >= 0x0600 && (isDropped(c) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc) || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0x2028 || c === 0x2029)) return false;
    if (c === 0x5b && sentence.startsWith(WHO_MARKER, i)) return false;
  }
  return true;
}

/** NFKC of one presentation form, made once per character (not a string and a normalisation per occurrence). */
const NFKC_CACHE = new Map<number, string>();
function nfkc(c: number): string {
  let v = NFKC_CACHE.get(c);
  if (v === undefined) {
    v = String.fromCharCode(c).normalize('NFKC');
    NFKC_CACHE.set(c, v);
  }
  return v;
}

