/** missing-numeral's line model: one line tokenised (words hashed and looked up as they are scanned), the gaps
 * between tokens (spaces, the second space of a double one, an empty LTR embedding) and the logical view of a line
 * in visual order. The analysis (evidence.ts) extends it. */
import type { Finding, Locale, Severity } from '../../types';
import { BREAK, CH, CONTROL, DIGIT, FORM, LATIN, LETTER, MARK, SOFT_HYPHEN, SPACE, TATWEEL_C } from '../../text/chars';
import { FOLD, FOLD_DROP, FOLD_MULTI, foldBase, foldExpansion } from '../../text/fold';
import { A_NOTACC, A_NOTDEF, Entry, ensureLexicon, hashUnits, LEXICON, MAX_LEXICON_LENGTH } from './lexicon';

/** The lexicon flags (groups A and B) of a word given as a string (a word on another line: Document.beyond). */
export function lexiconFlags(word: string): [a: number, b: number] {
  ensureLexicon();
  const f = foldBase(word);
  const units: number[] = [];
  for (let i = 0; i < f.length; i++) units.push(f.charCodeAt(i));
  if (units.length === 0 || units.length > MAX_LEXICON_LENGTH) return [0, 0];
  for (let x: Entry | null | undefined = LEXICON.get(hashUnits(units)); x; x = x.next) if (x.units.length === units.length && x.units.every((u, i) => u === units[i])) return [x.a, x.b];
  return [0, 0];
}

// ---------------------------------------------------------------------------------------------
// One line: tokens, their lexicon flags, the gaps between them.

export const ALEF = 0x0627;
export const LAM = 0x0644;
const WAW = 0x0648;
const YEH = 0x064a;

/** What the scanner reads as part of a word (the character layer's flags): letters, marks, tatweel, presentation forms. */
export const WORD = LETTER | MARK | TATWEEL_C | FORM;
/** Invisible between tokens: bidi and zero-width controls, soft hyphens. */
const SILENT = CONTROL | SOFT_HYPHEN;

/** Part of a word: the ornate parentheses of the presentation-form block are punctuation. */
export function isWordUnit(c: number): boolean {
  return (CH[c] & WORD) !== 0 && c !== 0xfd3e && c !== 0xfd3f;
}

export const T_WORD = 1;
export const T_DIGITS = 2;
export const T_LATIN = 3;
export const T_PUNCT = 4;

export function isDigitSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x066b || c === 0x066c || c === 0x27 || c === 0xa0 || c === 0x202f;
}

export function isLtrOpener(c: number): boolean {
  return c === 0x202a || c === 0x202d || c === 0x2066 || c === 0x2068;
}

export function closes(opener: number, c: number): boolean {
  return opener >= 0x2066 ? c === 0x2069 : c === 0x202c;
}

export function isClosingPunct(c: number): boolean {
  return (
    c === 0x060c /* ، */ ||
    c === 0x2c ||
    c === 0x2e ||
    c === 0x061b /* ؛ */ ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x061f /* ؟ */ ||
    c === 0x3f ||
    c === 0x21 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0xbb /* » */ ||
    c === 0x201d
  );
}

export function isPercentSign(c: number): boolean {
  return c === 0x25 || c === 0x066a || c === 0x2030 || c === 0x0609;
}

export class Grow {
  a = new Int32Array(64);
  ensure(n: number): void {
    if (n > this.a.length) {
      const b = new Int32Array(Math.max(n, this.a.length * 2));
      b.set(this.a);
      this.a = b;
    }
  }
}

export function newBuffers() {
  return { kind: new Grow(), start: new Grow(), end: new Grow(), spaces: new Grow(), second: new Grow(), pair: new Grow(), fa: new Grow(), fb: new Grow(), len: new Grow(), first: new Grow(), last: new Grow() };
}
/** Token buffers shared by all calls (check is synchronous and not re-entrant). */
export const BUFFERS = newBuffers();
/** One line at a time; arrays are reused between lines and between calls. */
export class LineModel {
  n = 0;
  visual = false;
  protected g = BUFFERS;
  kind = this.g.kind.a;
  start = this.g.start.a;
  end = this.g.end.a;
  /** Separator before token i: number of spaces, offset of its second space, closer of an empty LTR pair. */
  spaces = this.g.spaces.a;
  second = this.g.second.a;
  pair = this.g.pair.a;
  /** Word tokens: lexicon flags, folded length, first two / last two folded units (packed). */
  fa = this.g.fa.a;
  fb = this.g.fb.a;
  len = this.g.len.a;
  first = this.g.first.a;
  last = this.g.last.a;
  trailingPair = -1;
  /** Spaces after the line's last token (before the line break), and where the line ends. */
  trailingSpaces = 0;
  lineStart = 0;
  lineEnd = 0;

  constructor(
    readonly text: string,
    readonly locale: Locale,
    readonly severity: Severity,
    readonly reviewed: ReadonlySet<string> | undefined,
    readonly out: Finding[],
    /** The text is justified (full of double spaces between words): a double space is no evidence. */
    readonly justified = false,
    /** The share of "a number follows" a word needs for `word ،` (a space, then punctuation) to be a gap: low in a
     *  draft that glues its punctuation to the word before, high in one that spaces it (index.ts punctuationBar). Asked
     *  only where it decides (a whole-draft decision: Document.decide). */
    readonly beforePunct: () => number = () => 0.75,
    /** Lone proclitics without tatweel (ل سنة) are rare in the whole draft, so one says something (index.ts
     *  loneClitics). Asked only where it decides. */
    readonly cliticsRare: () => boolean = () => true,
    /** The conjunction و alone (و شارك) is rare in the whole draft (at most two, not counting those before a noun a
     *  number counts), so a lone و before a counted noun says something (index.ts loneClitics). */
    readonly wawRare: () => boolean = () => true,
    /** The draft spaces its punctuation as a house style (5 marks or more, over 10 % after a space; index.ts). */
    readonly punctSpaced: () => boolean = () => false,
    /** Lines that end in a space after a word are rare in the whole draft (at most two: index.ts trailingLines), so a
     *  space left at a line's end says something. */
    readonly trailingRare: () => boolean = () => true,
    /** The nearest run that is not blank beyond the text (Document.beyond: -1 before its start, 1 after its end), or
     *  '': what a chunk of a draft has around it, across blank lines. */
    readonly beyond: (step: 1 | -1) => string = () => '',
    /** Lines that start with one or two spaces before a word are rare in the whole draft (at most two: index.ts
     *  leadingLines), so such a space says something. */
    readonly leadingRare: () => boolean = () => true,
    /** The draft has no closing mark but those right after a word a number often follows (the traces: index.ts
     *  punctuationCounts), a one-sentence draft such as استقال من منصبه في ديسمبر .: nothing says it spaces its marks. */
    readonly bareMarks: () => boolean = () => false,
    /** The conjunction و alone is no house style of the draft: at most two (as wawRare), and the draft either glues
     *  its و three times or more (wawRare) or glues its punctuation (a one-sentence draft: index.ts). */
    readonly wawUnstyled: () => boolean = () => true,
    /** The draft otherwise uses single spaces between its words: its double spaces between two words are lone (index.ts
     *  loneDoubles), so each one says something was dropped there (issue 11, session 16). */
    readonly loneDoubles: () => boolean = () => false,
  ) {}

  private grow(n: number): void {
    if (n <= this.kind.length) return;
    for (const k of Object.keys(this.g) as Array<keyof LineModel['g']>) this.g[k].ensure(n);
    this.kind = this.g.kind.a;
    this.start = this.g.start.a;
    this.end = this.g.end.a;
    this.spaces = this.g.spaces.a;
    this.second = this.g.second.a;
    this.pair = this.g.pair.a;
    this.fa = this.g.fa.a;
    this.fb = this.g.fb.a;
    this.len = this.g.len.a;
    this.first = this.g.first.a;
    this.last = this.g.last.a;
  }

  /** Tokenise one line from `from` (up to a line break or the end), hashing words as they are
   * scanned; returns the offset of the line break (or the text length). */
  tokenize(from: number): number {
    const text = this.text;
    const to = text.length;
    let n = 0;
    let spaces = 0;
    let second = -1;
    let pair = -1;
    let i = from;
    this.lineStart = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      const k = CH[c];
      if (k & BREAK) break;
      if (k & SPACE) {
        if (++spaces === 2) second = i;
        i++;
        continue;
      }
      if (k & SILENT) {
        if (isLtrOpener(c)) {
          let j = i + 1;
          while (j < to && CH[text.charCodeAt(j)] & SPACE) j++;
          if (j < to && closes(c, text.charCodeAt(j))) {
            pair = j;
            for (let q = i + 1; q < j; q++) if (++spaces === 2) second = q;
            i = j + 1;
            continue;
          }
        }
        i++;
        continue;
      }
      if (n >= this.kind.length) this.grow(n + 1);
      const s = i;
      let kind: number;
      if (isWordUnit(c)) {
        kind = T_WORD;
        while (i < to && isWordUnit(text.charCodeAt(i))) i++;
        this.hashWord(n, s, i, false);
      } else if (k & DIGIT) {
        kind = T_DIGITS;
        i++;
        while (i < to) {
          const d = CH[text.charCodeAt(i)];
          if (d & DIGIT) i++;
          else if (isDigitSeparator(text.charCodeAt(i)) && i + 1 < to && CH[text.charCodeAt(i + 1)] & DIGIT) i += 2;
          else break;
        }
      } else if (k & LATIN) {
        kind = T_LATIN;
        i++;
        while (i < to && CH[text.charCodeAt(i)] & LATIN) i++;
      } else {
        kind = T_PUNCT;
        i++;
      }
      this.kind[n] = kind;
      this.start[n] = s;
      this.end[n] = i;
      this.spaces[n] = spaces;
      this.second[n] = second;
      this.pair[n] = pair;
      n++;
      spaces = 0;
      second = -1;
      pair = -1;
    }
    this.n = n;
    this.trailingPair = pair;
    this.trailingSpaces = spaces;
    this.lineEnd = i;
    return i;
  }

  /** Hash the folded units of word token i read backwards (visual lines) and look its flags up. */
  protected lookupReversed(i: number): void {
    this.hashWord(i, this.start[i], this.end[i], true);
  }

  /**
   * Fold text[s, e) (read backwards when `reversed`), hash its units, keep its first two and last two
   * units for token i, and look its lexicon flags up.
   */
  private hashWord(i: number, s: number, e: number, reversed: boolean): void {
    const text = this.text;
    let h = 0;
    let len = 0;
    let f1 = 0;
    let f2 = 0;
    let l1 = 0;
    let l2 = 0;
    for (let k = 0; k < e - s; k++) {
      const c = text.charCodeAt(reversed ? e - 1 - k : s + k);
      const f = FOLD[c];
      if (f === FOLD_DROP) continue;
      // a character that folds to several units contributes them in their own (logical) order
      const units = f === FOLD_MULTI ? foldExpansion(c) : null;
      const m = units ? units.length : 1;
      for (let q = 0; q < m; q++) {
        const u = units ? units[q] : f;
        h = (Math.imul(h, 31) + u) | 0;
        if (len === 0) f1 = u;
        else if (len === 1) f2 = u;
        l2 = l1;
        l1 = u;
        len++;
      }
    }
    this.len[i] = len;
    this.first[i] = (f1 << 16) | f2;
    this.last[i] = (l2 << 16) | l1;
    this.resolve(i, h, len, s, e, reversed);
  }

  private resolve(i: number, h: number, len: number, s: number, e: number, reversed: boolean): void {
    let fa = 0;
    let fb = 0;
    ensureLexicon();
    if (len <= MAX_LEXICON_LENGTH) for (let x: Entry | null | undefined = LEXICON.get(h); x; x = x.next) {
      if (x.units.length === len && this.sameUnits(x.units, s, e, reversed)) {
        fa = x.a;
        fb = x.b;
        break;
      }
    }
    this.fa[i] = fa;
    this.fb[i] = fb;
  }

  private sameUnits(units: number[], s: number, e: number, reversed: boolean): boolean {
    const text = this.text;
    let k = 0;
    const step = reversed ? -1 : 1;
    for (let p = reversed ? e - 1 : s; reversed ? p >= s : p < e; p += step) {
      const c = text.charCodeAt(p);
      const f = FOLD[c];
      if (f === FOLD_DROP) continue;
      if (f === FOLD_MULTI) {
        for (const u of foldExpansion(c)) if (units[k++] !== u) return false;
        continue;
      }
      if (units[k++] !== f) return false;
    }
    return k === units.length;
  }

  /** Word token i as written, for messages: logical order, no tatweel, presentation forms mapped. */
  word(i: number): string {
    const s = this.start[i];
    const e = this.end[i];
    let out = '';
    if (this.visual) {
      for (let p = e - 1; p >= s; p--) out += this.text[p];
    } else out = this.text.slice(s, e);
    // (most words have neither a tatweel nor a presentation form: no regex run on them)
    let plain = true;
    for (let p = s; p < e && plain; p++) {
      const c = this.text.charCodeAt(p);
      plain = c !== 0x0640 && (c < 0xfb50 || c > 0xfefc);
    }
    if (plain) return out;
    out = out.replace(/\u0640/g, '');
    return /[\ufb50-\ufefc]/.test(out) ? out.normalize('NFKC') : out;
  }

  // -- logical view ---------------------------------------------------------------------------
  // Logical index j ↔ storage index; on visual lines logical order runs right to left.

  at(j: number): number {
    return this.visual ? this.n - 1 - j : j;
  }
  kindL(j: number): number {
    return j >= 0 && j < this.n ? this.kind[this.at(j)] : 0;
  }
  faL(j: number): number {
    return j >= 0 && j < this.n && this.kind[this.at(j)] === T_WORD ? this.fa[this.at(j)] : 0;
  }
  fbL(j: number): number {
    return j >= 0 && j < this.n && this.kind[this.at(j)] === T_WORD ? this.fb[this.at(j)] : 0;
  }
  isWordL(j: number): boolean {
    return this.kindL(j) === T_WORD;
  }
  /** Storage index of the token that owns the separator between logical j-1 and j. */
  sep(j: number): number {
    return this.visual ? this.at(j - 1) : this.at(j);
  }
  charL(j: number): number {
    return this.text.charCodeAt(this.start[this.at(j)]);
  }
  definiteL(j: number): boolean {
    if (!this.isWordL(j)) return false;
    const i = this.at(j);
    return this.len[i] > 2 && this.first[i] === ((ALEF << 16) | LAM) && (this.fa[i] & A_NOTDEF) === 0;
  }
  /** An indefinite accusative noun by shape (…ًا), not an adverb. */
  accusativeShapeL(j: number): boolean {
    if (!this.isWordL(j)) return false;
    const i = this.at(j);
    // the written last letter must be a plain alef (not أ: يلجأ، مبدأ)
    const s = this.start[i];
    const e = this.end[i];
    let p: number;
    if (this.visual) for (p = s; p < e - 1 && FOLD[this.text.charCodeAt(p)] === FOLD_DROP; p++);
    else for (p = e - 1; p > s && FOLD[this.text.charCodeAt(p)] === FOLD_DROP; p--);
    const raw = this.text.charCodeAt(p);
    if (raw !== ALEF && raw !== 0xfe8d && raw !== 0xfe8e) return false;
    const l1 = this.last[i] & 0xffff;
    const l2 = this.last[i] >>> 16;
    if (this.len[i] < 4 || l1 !== ALEF || this.definiteL(j)) return false;
    // not \u0640وا/\u0640يا (adverbs حاليا), not the pronouns \u0640ها/\u0640نا, not \u0640ما (بينما، عندما)
    if (l2 === ALEF || l2 === WAW || l2 === YEH || l2 === 0x0647 || l2 === 0x0646 || l2 === 0x0645) return false;
    return (this.fa[i] & A_NOTACC) === 0;
  }
}
