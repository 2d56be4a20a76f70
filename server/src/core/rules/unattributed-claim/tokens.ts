/**
 * Word tokens for the claim rule, built in one pass with character tables: no string is made for
 * a word until the rule asks for it (`w(i)`); each word carries a hash of its folded form so the
 * rule can skip, with one Set lookup, every word that cannot start a claim clause.
 *
 * Folding (same as lexicon.ts): diacritics, tatweel, bidi and zero-width characters dropped;
 * presentation forms mapped to letters (NFKC); أ إ آ ٱ → ا, ى ی ئ → ي, ة → ه, ؤ → و, ک → ك.
 */

export const enum K {
  Word = 0,
  Latin = 1,
  Number = 2,
  Punct = 3,
}

const C_OTHER = 0;
const C_LETTER = 1;
const C_DROP = 2;
const C_SPACE = 3;
const C_DIGIT = 4;
const C_LATIN = 5;
const C_MULTI = 6; // a presentation form folding to more than two letters (ﷲ)

const CC = new Uint8Array(65536);
const F1 = new Uint16Array(65536);
const F2 = new Uint16Array(65536);
const MULTI = new Map<number, string>();

function baseFold(c: number): number {
  switch (c) {
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:
      return 0x0627;
    case 0x0649:
    case 0x06cc:
    case 0x0626:
      return 0x064a;
    case 0x0629:
      return 0x0647;
    case 0x0624:
      return 0x0648;
    case 0x06a9:
      return 0x0643;
  }
  return c;
}

function isDroppedCode(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06e5 && c !== 0x06e6) ||
    c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c ||
    c === 0xfeff
  );
}

function isLetterCode(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9);
}

(function init() {
  for (let c = 0; c < 65536; c++) {
    if (isDroppedCode(c)) CC[c] = C_DROP;
    else if (isLetterCode(c)) {
      CC[c] = C_LETTER;
      F1[c] = baseFold(c);
    } else if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) CC[c] = C_DIGIT;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) CC[c] = C_LATIN;
    else if (c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x2028 || c === 0x2029 || c === 0x85) CC[c] = C_SPACE;
  }
  // presentation forms: letters through NFKC
  for (let c = 0xfb50; c <= 0xfefc; c++) {
    if (c >= 0xfe00 && c <= 0xfe6f) continue;
    let folded = '';
    for (const ch of String.fromCharCode(c).normalize('NFKC')) {
      const d = ch.charCodeAt(0);
      if (isLetterCode(d)) folded += String.fromCharCode(baseFold(d));
    }
    if (folded.length === 0) {
      if (String.fromCharCode(c).normalize('NFKC') !== String.fromCharCode(c)) CC[c] = C_DROP; // isolated harakat forms
      continue;
    }
    if (folded.length <= 2) {
      CC[c] = C_LETTER;
      F1[c] = folded.charCodeAt(0);
      F2[c] = folded.length === 2 ? folded.charCodeAt(1) : 0;
    } else {
      CC[c] = C_MULTI;
      MULTI.set(c, folded);
    }
  }
})();

/** Multiplier of the polynomial word hash (odd, well spread; 31 collides on Arabic letters). */
const M = 0x9e3779b1 | 0;

/** One step of the word hash (over folded code units). */
export function hstep(h: number, c: number): number {
  return (Math.imul(h, M) + c) | 0;
}

/** Hash of an already folded string. */
export function hashFolded(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = hstep(h, s.charCodeAt(i));
  return h;
}

/**
 * The key a hash is looked up by: 30 bits, so it stays a small integer (a Set of numbers outside
 * that range hashes boxed doubles, which is several times slower and allocates).
 */
export function key(h: number): number {
  return h >>> 2; // the high bits: the best mixed ones
}

const POW: number[] = [1];
for (let i = 1; i < 256; i++) POW.push(Math.imul(POW[i - 1], M) | 0);

/** Hash of the concatenation of two folded words from their hashes and the second's length. */
export function hashJoin(ha: number, hb: number, lenB: number): number {
  let p = 1;
  if (lenB < POW.length) p = POW[lenB];
  else for (let i = 0; i < lenB; i++) p = Math.imul(p, M) | 0;
  return (Math.imul(ha, p) + hb) | 0;
}

/** Hash of a folded word without its first code unit `c0`, from the word's hash and length. */
export function hashDropFirst(h: number, c0: number, len: number): number {
  let p = 1;
  if (len - 1 < POW.length) p = POW[len - 1];
  else for (let i = 0; i < len - 1; i++) p = Math.imul(p, M) | 0;
  return (h - Math.imul(c0, p)) | 0;
}

/**
 * A set of keys with a bit-array front: a word that is not in the set (nearly every word) is
 * rejected with one array read; the rest go to the Set.
 */
export class KeySet {
  private readonly bits = new Uint32Array(1 << 15); // 2^20 bits
  private readonly set = new Set<number>();
  add(k: number): void {
    const b = k & 0xfffff;
    this.bits[b >>> 5] |= 1 << (b & 31);
    this.set.add(k);
  }
  has(k: number): boolean {
    const b = k & 0xfffff;
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0 && this.set.has(k);
  }
  get size(): number {
    return this.set.size;
  }
}

/** Folded form of a string (for lexicon entries and comparisons). */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = CC[c];
    if (k === C_DROP) continue;
    if (k === C_LETTER) {
      out += String.fromCharCode(F1[c]);
      if (F2[c]) out += String.fromCharCode(F2[c]);
    } else if (k === C_MULTI) out += MULTI.get(c)!;
    else out += s[i];
  }
  return out;
}

/** Folded letters only (a joined split word spans a gap: أك دت → اكدت). */
function foldLetters(s: string): string {
  // Runs of letters that fold to themselves are copied with one slice each (most words are one
  // such run: the word is returned as it is), not one concatenation per character.
  let out = '';
  let run = 0; // start of the pending run of unchanged letters
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = CC[c];
    if (k === C_LETTER && F1[c] === c && F2[c] === 0) continue;
    if (run < i) out += s.slice(run, i);
    run = i + 1;
    if (k === C_LETTER) {
      out += String.fromCharCode(F1[c]);
      if (F2[c]) out += String.fromCharCode(F2[c]);
    } else if (k === C_MULTI) out += MULTI.get(c)!;
  }
  if (run === 0) return s;
  if (run < s.length) out += s.slice(run);
  return out;
}

export function isDropped(c: number): boolean {
  return CC[c] === C_DROP;
}

function grow32(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
function grow8(a: Uint8Array, cap: number): Uint8Array {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}

export class Tokens {
  n = 0;
  s: Int32Array;
  e: Int32Array;
  k: Uint8Array;
  /** Hash of the folded word (words only). */
  h: Int32Array;
  /** Folded length (words only). */
  fl: Int32Array;
  // Memo of w(i): slot i holds 1 + the index of the string in `strs`, 0 when not made yet (a typed
  // array, not a token-sized JS array of mostly holes that the GC would scan on every scavenge).
  private slot: Int32Array;
  private readonly strs: string[] = [];

  constructor(readonly text: string) {
    const n = text.length;
    let cap = (n >> 2) + 16;
    let S: Int32Array = new Int32Array(cap);
    let E: Int32Array = new Int32Array(cap);
    let Kd: Uint8Array = new Uint8Array(cap);
    let H: Int32Array = new Int32Array(cap);
    let FL: Int32Array = new Int32Array(cap);
    let m = 0;
    let i = 0;
    while (i < n) {
      if (m === cap) {
        cap *= 2;
        S = grow32(S, cap);
        E = grow32(E, cap);
        H = grow32(H, cap);
        FL = grow32(FL, cap);
        Kd = grow8(Kd, cap);
      }
      const c = text.charCodeAt(i);
      const cls = CC[c];
      if (cls === C_SPACE || cls === C_DROP) {
        i++;
        continue;
      }
      if (cls === C_LETTER || cls === C_MULTI) {
        const s = i;
        let h = 0;
        let len = 0;
        let last = i;
        while (i < n) {
          const d = text.charCodeAt(i);
          const k = CC[d];
          if (k === C_LETTER) {
            h = (Math.imul(h, M) + F1[d]) | 0;
            len++;
            const f2 = F2[d];
            if (f2 !== 0) {
              h = (Math.imul(h, M) + f2) | 0;
              len++;
            }
            last = i;
            i++;
          } else if (k === C_DROP) i++;
          else if (k === C_MULTI) {
            const ms = MULTI.get(d)!;
            for (let x = 0; x < ms.length; x++) h = (Math.imul(h, M) + ms.charCodeAt(x)) | 0;
            len += ms.length;
            last = i;
            i++;
          } else break;
        }
        S[m] = s;
        E[m] = last + 1;
        Kd[m] = K.Word;
        H[m] = h;
        FL[m] = len;
        m++;
        continue;
      }
      const s = i;
      let kind: K;
      if (cls === C_DIGIT) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (CC[d] === C_DIGIT) i++;
          else if ((d === 0x2e || d === 0x2c || d === 0x066b) && i + 1 < n && CC[text.charCodeAt(i + 1)] === C_DIGIT) i++;
          else break;
        }
        kind = K.Number;
      } else if (cls === C_LATIN) {
        while (i < n && (CC[text.charCodeAt(i)] === C_LATIN || CC[text.charCodeAt(i)] === C_DIGIT)) i++;
        kind = K.Latin;
      } else {
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
        kind = K.Punct;
      }
      S[m] = s;
      E[m] = i;
      Kd[m] = kind;
      H[m] = 0;
      FL[m] = 0;
      m++;
    }
    this.s = S;
    this.e = E;
    this.k = Kd;
    this.h = H;
    this.fl = FL;
    this.n = m;
    this.slot = new Int32Array(m);
  }

  /** Token i as an object; outside the text, an empty punctuation token at the end. */
  tok(i: number): Tok {
    if (i < 0 || i >= this.n) return { s: this.text.length, e: this.text.length, k: K.Punct, w: '' };
    return { s: this.s[i], e: this.e[i], k: this.k[i] as K, w: this.w(i) };
  }

  /** First code unit of the folded word i (a word token: it starts with a letter); no string is made. */
  firstUnit(i: number): number {
    const c = this.text.charCodeAt(this.s[i]);
    const k = CC[c];
    if (k === C_LETTER) return F1[c];
    if (k === C_MULTI) return MULTI.get(c)!.charCodeAt(0);
    return c;
  }

  /** The folded word (words), the text (Latin, numbers), the character (punctuation). */
  w(i: number): string {
    const sl = this.slot[i];
    if (sl > 0) return this.strs[sl - 1];
    const raw = this.text.slice(this.s[i], this.e[i]);
    const v = this.k[i] === K.Word ? foldLetters(raw) : raw;
    this.strs.push(v);
    this.slot[i] = this.strs.length;
    return v;
  }

  /**
   * Merge token i with token i+1 (a word split by a gap); `n` shrinks by one. Callers merge while
   * compacting left to right (see `compactJoin`).
   */
  compactJoin(shouldJoin: (i: number) => boolean): void {
    let out = 0;
    for (let i = 0; i < this.n; i++) {
      if (i + 1 < this.n && shouldJoin(i)) {
        this.s[out] = this.s[i];
        this.e[out] = this.e[i + 1];
        this.k[out] = K.Word;
        this.h[out] = hashJoin(this.h[i], this.h[i + 1], this.fl[i + 1]);
        this.fl[out] = this.fl[i] + this.fl[i + 1];
        this.slot[out] = 0;
        out++;
        i++;
        continue;
      }
      if (out !== i) {
        this.s[out] = this.s[i];
        this.e[out] = this.e[i];
        this.k[out] = this.k[i];
        this.h[out] = this.h[i];
        this.fl[out] = this.fl[i];
        this.slot[out] = this.slot[i];
      }
      out++;
    }
    this.n = out;
    this.slot = this.slot.subarray(0, out);
  }
}

/** A token as an object, for the bounded windows the parser looks at (never in a whole-text loop). */
export interface Tok {
  s: number;
  e: number;
  k: K;
  /** Folded word, or the text of a Latin/number/punctuation token. */
  w: string;
}
