/**
 * Word pairs of correct news: which word follows which, as counts mined from clean published text
 * (scripts/build-pairs.mjs, the even half of ../shared/unlabelled; pairs.data.ts holds hashed counts only, no
 * text). The lexicon says whether a token is a word; this says whether two tokens read well side by side —
 * the judge of an order when the words alone do not decide it (the line start of a line whose runs came out
 * in reverse order, lexicon/runs.ts).
 *
 * Tokens are reduced to keys: an Arabic word to its lexicon key (foldKey: diacritics, tatweel, presentation
 * forms and hamza seats aside), a sentence mark (. ! ? ؟) to `.`, a colon to `:`, a clause mark (، , ؛ ;) to `,`, a number to
 * `#`, a Latin word to `@`; quotes, brackets, controls and other symbols are dropped. `|` stands for the edge of a
 * paragraph. Pure; the table is decoded once, on first use.
 */
import { encodeFolded, foldKey } from './fold';
import { PAIR_DATA, PAIR_ENTRIES, PAIR_FP_BITS, PAIR_RICE, PAIR_TOKENS } from './pairs.data';
import { isAnyDigit, isArabicWordChar, isLatinLetter } from '../text/arabic';
import { isWordJunk } from '../text/chars';
import { CountTable, Q_BITS } from './countTable';
import { PAIR_INDEX } from './tableIndex';
import { ownCopy } from '../text/strings';
import { releasable } from '../text/memos';
export { CountTable };

export const PARAGRAPH_EDGE = '|';

/** The keys of text[start, end), appended to `out` (see above). Linear in the range. */
export function pairKeys(text: string, start: number, end: number, out: string[] = []): string[] {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isArabicWordChar(c) || c === 0xfffd) {
      let j = i + 1;
      // (extraction junk inside a word is part of it: the key drops it)
      while (j < end && (isArabicWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 0xfffd || text.charCodeAt(j) === 0x200c || text.charCodeAt(j) === 0x200d || isWordJunk(text.charCodeAt(j)))) j++;
      // (a run longer than any word has no key: bounded work)
      const k = j - i <= 40 ? foldKey(text.slice(i, j)) : null;
      out.push(k ?? '?');
      i = j;
    } else if (isAnyDigit(c)) {
      let j = i + 1;
      while (j < end && (isAnyDigit(text.charCodeAt(j)) || ((text.charCodeAt(j) === 0x2c || text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x066b) && j + 1 < end && isAnyDigit(text.charCodeAt(j + 1))))) j++;
      out.push('#');
      i = j;
    } else if (isLatinLetter(c)) {
      let j = i + 1;
      while (j < end && isLatinLetter(text.charCodeAt(j))) j++;
      out.push('@');
      i = j;
    } else {
      if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026) {
        if (out.length === 0 || out[out.length - 1] !== '.') out.push('.');
      } else if (c === 0x3a) {
        if (out.length === 0 || out[out.length - 1] !== ':') out.push(':');
      } else if (c === 0x060c || c === 0x2c || c === 0x061b || c === 0x3b) {
        if (out.length === 0 || out[out.length - 1] !== ',') out.push(',');
      }
      i++;
    }
  }
  return out;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash a key (one key: its count; "a b": the pair's count) is stored under; shared with the builder. */
export function pairHash(a: string, b?: string): number {
  return fnv(b === undefined ? a : a + ' ' + b);
}

/**
 * The table (pairs.data.ts) is a sorted set of fingerprints — the top PAIR_FP_BITS bits of a key's or a pair's hash —
 * each with its count quantised on a log scale: q = round(Q_SCALE · (log2(count) − 1)) in Q_BITS bits (counts ≥ 2
 * only). It is one bit stream written in base64 (6 bits a character, most significant first): per entry the gap to
 * the previous fingerprint, less one, Rice-coded with PAIR_RICE low bits (the quotient in unary: ones, then a zero),
 * then q. About 12 bits an entry instead of 30 (a 32-bit hash as a varint and a character): the full mined table
 * fits where a third of it did (issue 16's budget). A fingerprint of an absent key collides with a stored one with
 * probability entries / 2^PAIR_FP_BITS (about 1 %): noise in a score, never an error.
 */
export const Q_SCALE = 1.8;
export { Q_BITS };
const Q_MAX = (1 << Q_BITS) - 1;

/** The stored q of a count ≥ 2 (shared with the builder). */
export function quantise(count: number): number {
  return Math.max(0, Math.min(Q_MAX, Math.round(Q_SCALE * (Math.log2(count) - 1))));
}

/** The count a stored q stands for. */
export function dequantise(q: number): number {
  return Math.pow(2, 1 + q / Q_SCALE);
}

/** The fingerprint a hash is stored under (shared with the builder). */
export function fingerprint(hash: number, bits: number = PAIR_FP_BITS): number {
  return hash >>> (32 - bits);
}

const PAIRS = new CountTable(PAIR_DATA, PAIR_ENTRIES, PAIR_RICE, PAIR_FP_BITS, dequantise, PAIR_INDEX);

/** Does clean news write the word (its key seen twice at least in the mined text)? */
export function isNewsWord(word: string): boolean {
  const k = foldKey(word);
  return k !== null && storedCount(pairHash(k)) >= 2;
}

/** The stored count of a key or a pair (≥ 2), or 0 when the table does not hold it (0 or 1 in the mined text). */
export function storedCount(hash: number): number {
  return PAIRS.count(hash);
}

const LOG_N = Math.log(PAIR_TOKENS);
/** Scores are clipped: one rare pair must not outweigh a line (±4, tuned on the even half with the compact table:
 *  line starts ranked right 71.9 -> 73.9 % against ±6). */
const MAX_PMI = 4;

/** Words at least this frequent in the mined text are a class of their own (function words, common nouns). */
export const FREQUENT = 30;
const PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'].map(encodeFolded);
const SUFFIXES = ['ات', 'ون', 'ين', 'ية', 'ها', 'هم', 'ة', 'ي', 'ا', 'ه', 'ت', 'ن'].map(encodeFolded);

/**
 * The class of a key for the pair statistics of rarer words: a frequent word is its own class; another word is
 * its shape — the clitic-like letters it starts with (و، ف، ب، ل، ك، ال and their combinations) and the ending
 * it has (ة، ات، ون، ين، ية، a pronoun …) — which is what the neighbours of a word mostly agree with (ال with
 * ال, a construct with its genitive). `count` is the key's stored count.
 */
export function wordClass(key: string, count: number): string {
  if (key.length === 1 && !(key >= 'A' && key <= 'z')) return key;
  if (count >= FREQUENT) return key;
  let p = '';
  for (const x of PREFIXES) if (key.length >= x.length + 2 && key.startsWith(x)) {
    p = x;
    break;
  }
  let q = '';
  for (const x of SUFFIXES) if (key.length >= p.length + x.length + 2 && key.endsWith(x)) {
    q = x;
    break;
  }
  return `~${p}_${q}`;
}

/** The hash of a class (one argument) or a pair of classes, apart from the keys' own. */
export function classHash(a: string, b?: string): number {
  return fnv(b === undefined ? '^' + a : '^' + a + ' ' + b);
}


/** Both words at least this frequent: a pair never seen together is evidence against it at the word level (100,
 *  with the ±4 clip, tuned on the even half; 30 before). */
const FREQUENT_PAIR = 100;

function pmi(nab: number, na: number, nb: number): number {
  // a pair not in the table was seen once or never: evidence against it only when the two are frequent enough for
  // the pair to be expected more often than that
  const v = nab === 0 ? Math.min(0, LOG_N - Math.log(na) - Math.log(nb)) : Math.log(nab) + LOG_N - Math.log(na) - Math.log(nb);
  return v > MAX_PMI ? MAX_PMI : v < -MAX_PMI ? -MAX_PMI : v;
}

/**
 * How well b follows a: the pointwise mutual information log(P(a b) / (P(a) P(b))) of the mined counts, clipped to
 * ±MAX_PMI. A pair of words seen together is scored as words; a pair of frequent words never seen together is scored
 * against; any other pair is scored by the classes of its words (wordClass). A pair seen fewer than twice counts as
 * seen once, and only against the pair. Unknown keys (`?`) give 0: no evidence either way.
 */
export function pairScore(a: string, b: string): number {
  if (a === '?' || b === '?') return 0;
  const ck = a + ' ' + b;
  const hit = scoreCache.get(ck);
  if (hit !== undefined) return hit;
  const v = computeScore(a, b);
  if (scoreCache.size >= SCORE_CACHE_MAX) scoreCache.clear();
  scoreCache.set(ownCopy(ck), v);
  return v;
}

/**
 * The word pairs of a line's text summed (pairScore of each two neighbouring keys), with the edge keys of the lines
 * around it where given: how well a reading of the line reads in its place.
 */
export function linePairScore(text: string, before: string | undefined, after: string | undefined): number {
  const ks = pairKeys(text, 0, text.length);
  let v = 0;
  for (let k = 1; k < ks.length; k++) v += pairScore(ks[k - 1], ks[k]);
  if (ks.length && before !== undefined) v += pairScore(before, ks[0]);
  if (ks.length && after !== undefined) v += pairScore(ks[ks.length - 1], after);
  return v;
}

/** pairScore per pair of keys (a pure function of them; bounded). */
const scoreCache = releasable('pairs.scoreCache', new Map<string, number>());
const SCORE_CACHE_MAX = 100_000;

function computeScore(a: string, b: string): number {
  const na = storedCount(pairHash(a));
  const nb = storedCount(pairHash(b));
  if (na > 0 && nb > 0) {
    const nab = storedCount(pairHash(a, b));
    if (nab > 0 || (na >= FREQUENT_PAIR && nb >= FREQUENT_PAIR)) return pmi(nab, na, nb);
  }
  const ca = wordClass(a, na);
  const cb = wordClass(b, nb);
  const nca = storedCount(classHash(ca));
  const ncb = storedCount(classHash(cb));
  if (nca === 0 || ncb === 0) return 0;
  return pmi(storedCount(classHash(ca, cb)), nca, ncb);
}
