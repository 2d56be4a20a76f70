/**
 * The core's one word tokeniser (issue 9: one token layer, read by every rule about words): one pass over a text with
 * the one character table (text/chars.ts) and the one folding module (text/fold.ts), giving per token its kind (a
 * word, a Latin run, a number, a punctuation character), its offsets, and for words the hash of the folded word and
 * its folded length. No string is made for a word until a reader asks for it (`w(i)`). The document
 * (document.ts `tokens`) builds it once per text — the text, or the repaired view — on the first rule that asks.
 *
 * Words: a run that starts with a letter (or a presentation form read as letters) and goes on through letters,
 * marks, tatweel and invisible controls (dropped by folding: a word with a kashida or a ZWNJ inside is one word),
 * ending at its last letter. Folding: text/fold.ts's loose variant (diacritics, tatweel, bidi and zero-width
 * characters dropped; presentation forms read as letters; أ إ آ ٱ → ا, ى ی ئ → ي, ة → ه, ؤ → و, ک → ك). Numbers:
 * digits, with `.` `,` `٫` between two digits. Latin: Latin letters and digits. Anything else that is not a space is
 * a punctuation token of one character (a surrogate pair: one).
 *
 * The tokens are shared: readers never write into the arrays (a rule that joins tokens works on its own copy:
 * unattributed-claim/tokens.ts).
 */
import { BREAK, CH, DIGIT, FORM, LATIN, LETTER, SPACE } from './chars';
import { FOLD, FOLD_DROP, FOLD_LOOSE, FOLD_MULTI, foldExpansion, foldLoose } from './fold';

export const enum TokenKind {
  Word = 0,
  Latin = 1,
  Number = 2,
  Punct = 3,
}

// Character classes of the tokeniser, read from the one character table and the loose fold.
const C_OTHER = 0;
const C_LETTER = 1;
const C_DROP = 2;
const C_SPACE = 3;
const C_DIGIT = 4;
const C_LATIN = 5;
const C_MULTI = 6; // a presentation form folding to several letters (lam-alef, ﷲ)

/** The tokeniser's class of code unit c (a few flag tests: CH and FOLD are one array read each). */
function cls(c: number): number {
  const f = CH[c];
  if (c <= 0x20 || (f & (SPACE | BREAK)) !== 0) return C_SPACE; // (C0 controls separate words too)
  const u = FOLD[c];
  if (u === FOLD_DROP) return C_DROP; // marks, tatweel, invisible controls, harakat forms
  if ((f & LETTER) !== 0) return C_LETTER;
  if ((f & FORM) !== 0) return u === c ? C_OTHER : u === FOLD_MULTI ? C_MULTI : C_LETTER; // (unassigned forms: not letters)
  if ((f & DIGIT) !== 0) return C_DIGIT;
  if ((f & LATIN) !== 0) return C_LATIN;
  return C_OTHER;
}

/** The loose fold of a C_LETTER code unit (one unit). */
function fold1(c: number): number {
  return FOLD_LOOSE[c];
}

/** The loose fold of a C_MULTI code unit, as a string (a handful of ligatures: made once each). */
const MULTI = new Map<number, string>();
function multi(c: number): string {
  let v = MULTI.get(c);
  if (v === undefined) {
    v = String.fromCharCode(...foldExpansion(c).map(foldLoose));
    MULTI.set(c, v);
  }
  return v;
}

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
  // mixed first: the word hash is polynomial, so two words that differ only in their last letter (ويريال,
  // ويريان) differ only in the low bits, which a plain h >>> 2 dropped — a join by hash then took one for the other
  // — so the two low bits are kept, moved to the top of the 30-bit key
  return (h >>> 2) ^ ((h & 3) << 27);
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

/** A word token's text folded, letters only (a joined split word spans a gap: أك دت → اكدت). */
export function foldWord(s: string): string {
  // Runs of letters that fold to themselves are copied with one slice each (most words are one
  // such run: the word is returned as it is), not one concatenation per character.
  let out = '';
  let run = 0; // start of the pending run of unchanged letters
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = cls(c);
    if (k === C_LETTER && fold1(c) === c) continue;
    if (run < i) out += s.slice(run, i);
    run = i + 1;
    if (k === C_LETTER) out += String.fromCharCode(fold1(c));
    else if (k === C_MULTI) out += multi(c);
  }
  if (run === 0) return s;
  if (run < s.length) out += s.slice(run);
  return out;
}

/** Is c dropped by folding (a mark, tatweel, an invisible control, a harakat form)? */
export function isDropped(c: number): boolean {
  return c !== 0 && FOLD[c] === FOLD_DROP;
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

export class TextTokens {
  /** How many tokens; token i is text[s[i], e[i]) of kind k[i] (the arrays are longer than n: read below n only). */
  readonly n: number;
  readonly s: Int32Array;
  readonly e: Int32Array;
  readonly k: Uint8Array;
  /** Hash of the folded word (words only; `hstep` over its folded units). */
  readonly h: Int32Array;
  /** Folded length (words only). */
  readonly fl: Int32Array;
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
      const k0 = cls(c);
      if (k0 === C_SPACE || k0 === C_DROP) {
        i++;
        continue;
      }
      if (k0 === C_LETTER || k0 === C_MULTI) {
        const s = i;
        let h = 0;
        let len = 0;
        let last = i;
        while (i < n) {
          const d = text.charCodeAt(i);
          // (a base letter, nearly every character of a word: one flag test, one fold read)
          if ((CH[d] & LETTER) !== 0) {
            h = (Math.imul(h, M) + FOLD_LOOSE[d]) | 0;
            len++;
            last = i;
            i++;
            continue;
          }
          const k = cls(d);
          if (k === C_LETTER) {
            h = (Math.imul(h, M) + fold1(d)) | 0;
            len++;
            last = i;
            i++;
          } else if (k === C_DROP) i++;
          else if (k === C_MULTI) {
            const ms = multi(d);
            for (let x = 0; x < ms.length; x++) h = (Math.imul(h, M) + ms.charCodeAt(x)) | 0;
            len += ms.length;
            last = i;
            i++;
          } else break;
        }
        S[m] = s;
        E[m] = last + 1;
        Kd[m] = TokenKind.Word;
        H[m] = h;
        FL[m] = len;
        m++;
        continue;
      }
      const s = i;
      let kind: TokenKind;
      if (k0 === C_DIGIT) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (cls(d) === C_DIGIT) i++;
          else if ((d === 0x2e || d === 0x2c || d === 0x066b) && i + 1 < n && cls(text.charCodeAt(i + 1)) === C_DIGIT) i++;
          else break;
        }
        kind = TokenKind.Number;
      } else if (k0 === C_LATIN) {
        while (i < n && (cls(text.charCodeAt(i)) === C_LATIN || cls(text.charCodeAt(i)) === C_DIGIT)) i++;
        kind = TokenKind.Latin;
      } else {
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
        kind = TokenKind.Punct;
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

  /** First code unit of the folded word i (a word token: it starts with a letter); no string is made. */
  firstUnit(i: number): number {
    return firstFoldedUnit(this.text.charCodeAt(this.s[i]));
  }

  /** The folded word (words), the text (Latin, numbers), the character (punctuation). */
  w(i: number): string {
    const sl = this.slot[i];
    if (sl > 0) return this.strs[sl - 1];
    const raw = this.text.slice(this.s[i], this.e[i]);
    const v = this.k[i] === TokenKind.Word ? foldWord(raw) : raw;
    this.strs.push(v);
    this.slot[i] = this.strs.length;
    return v;
  }
}

/** The first folded unit of a word that starts with code unit c (a letter or a presentation form), else c. */
export function firstFoldedUnit(c: number): number {
  const k = cls(c);
  if (k === C_LETTER) return fold1(c);
  if (k === C_MULTI) return multi(c).charCodeAt(0);
  return c;
}
