/**
 * The claim rule's words: the core's one token layer (text/tokens.ts — kinds, offsets, hashes of the loosely folded
 * words, built once per text by the document) read through a view of the rule's own, where torn words are joined
 * (joins.ts `compactJoin`). The view shares the layer's arrays until its first join, then works on a copy: the
 * layer's tokens are never written. What is the rule's own here: the key set its lexicon is stored in (`KeySet`),
 * the joins, and the memo of the folded words of its (joined) tokens.
 */
import { foldLooseString } from '../../text/fold';
import { firstFoldedUnit, foldWord, hashJoin, TextTokens, TokenKind as K } from '../../text/tokens';

export { hashDropFirst, hashFolded, hashJoin, hstep, isDropped, key, TokenKind as K } from '../../text/tokens';

/**
 * A set of keys (tokens.ts `key`: integers in [0, 2^30)): an open-addressing table in an Int32Array, linear
 * probing, at most half full. A word that is not in the set (nearly every word) is rejected with one or two array
 * reads, and adding a key costs no allocation — the lexicon adds ~100,000 keys at start-up, which a Set<number>
 * (the previous store, behind a 128 KB bit array per set) made most of a one-line lint's cost.
 */
/** Multiplier spreading a key over the table's slots (not M: keys are themselves M-polynomial hashes). */
const SLOT_MIX = 0x85ebca6b | 0;

export class KeySet {
  /** key + 1 per slot, 0 = empty. */
  private table: Int32Array;
  private shift: number;
  private count = 0;
  /** expected: how many keys will be added (sized for them once: growing rehashes every key). */
  constructor(expected = 0) {
    let bits = 6;
    while (1 << bits < expected * 2 && bits < 30) bits++;
    this.table = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }
  /** A copy (one array copy: cheaper than adding the keys again). */
  clone(): KeySet {
    const k = new KeySet();
    k.table = this.table.slice();
    k.shift = this.shift;
    k.count = this.count;
    return k;
  }
  add(k: number): void {
    if (this.insert(k + 1) && ++this.count * 2 > this.table.length) this.grow();
  }
  has(k: number): boolean {
    const t = this.table;
    const mask = t.length - 1;
    const v = k + 1;
    for (let i = Math.imul(v, SLOT_MIX) >>> this.shift; ; i = (i + 1) & mask) {
      const x = t[i];
      if (x === v) return true;
      if (x === 0) return false;
    }
  }
  get size(): number {
    return this.count;
  }
  /** The keys, ascending. */
  keys(): number[] {
    const out: number[] = [];
    for (const v of this.table) if (v !== 0) out.push(v - 1);
    return out.sort((a, b) => a - b);
  }
  /** Puts v (key + 1) in the table; false if it was there. */
  private insert(v: number): boolean {
    const t = this.table;
    const mask = t.length - 1;
    for (let i = Math.imul(v, SLOT_MIX) >>> this.shift; ; i = (i + 1) & mask) {
      const x = t[i];
      if (x === v) return false;
      if (x === 0) {
        t[i] = v;
        return true;
      }
    }
  }
  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.shift--;
    for (let i = 0; i < old.length; i++) if (old[i] !== 0) this.insert(old[i]);
  }
}

/** Folded form of a string (for lexicon entries and comparisons): the loose fold of text/fold.ts. */
export const foldString = foldLooseString;

export class Tokens {
  n: number;
  s: Int32Array;
  e: Int32Array;
  k: Uint8Array;
  /** Hash of the folded word (words only). */
  h: Int32Array;
  /** Folded length (words only). */
  fl: Int32Array;
  readonly text: string;
  /** The shared layer's tokens, or null once a join made the view's own copy (then its indices differ). */
  private shared: TextTokens | null;
  // Memo of w(i) after a join (before, the shared layer's memo answers): slot i holds 1 + the index of the string
  // in `strs`, 0 when not made yet (a typed array, not a token-sized JS array of mostly holes that the GC would scan).
  private slot: Int32Array = new Int32Array(0);
  private readonly strs: string[] = [];

  /** The tokens of `from` (the document's: text/tokens.ts), or of a text tokenised here. */
  constructor(from: TextTokens | string) {
    const t = typeof from === 'string' ? new TextTokens(from) : from;
    this.text = t.text;
    this.n = t.n;
    this.s = t.s;
    this.e = t.e;
    this.k = t.k;
    this.h = t.h;
    this.fl = t.fl;
    this.shared = t;
  }

  /** Token i as an object; outside the text, an empty punctuation token at the end. */
  tok(i: number): Tok {
    if (i < 0 || i >= this.n) return { s: this.text.length, e: this.text.length, k: K.Punct, w: '' };
    return { s: this.s[i], e: this.e[i], k: this.k[i] as K, w: this.w(i) };
  }

  /** First code unit of the folded word i (a word token: it starts with a letter); no string is made. */
  firstUnit(i: number): number {
    return firstFoldedUnit(this.text.charCodeAt(this.s[i]));
  }

  /** The folded word (words), the text (Latin, numbers), the character (punctuation). */
  w(i: number): string {
    if (this.shared) return this.shared.w(i);
    const sl = this.slot[i];
    if (sl > 0) return this.strs[sl - 1];
    const raw = this.text.slice(this.s[i], this.e[i]);
    const v = this.k[i] === K.Word ? foldWord(raw) : raw;
    this.strs.push(v);
    this.slot[i] = this.strs.length;
    return v;
  }

  /** Own copies of the arrays (before the first write into them). */
  private own(): void {
    if (!this.shared) return;
    this.shared = null;
    this.slot = new Int32Array(this.n);
    this.s = this.s.slice(0, this.n);
    this.e = this.e.slice(0, this.n);
    this.k = this.k.slice(0, this.n);
    this.h = this.h.slice(0, this.n);
    this.fl = this.fl.slice(0, this.n);
  }

  /**
   * Merge token i with token i+1 (a word split by a gap); `n` shrinks by one. Callers merge while
   * compacting left to right (see `compactJoin`).
   */
  compactJoin(shouldJoin: (i: number) => boolean): void {
    let out = 0;
    for (let i = 0; i < this.n; i++) {
      if (i + 1 < this.n && shouldJoin(i)) {
        this.own();
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
