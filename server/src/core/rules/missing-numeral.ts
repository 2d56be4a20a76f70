/**
 * missing-numeral — a number that is not there: `في  دول` (في 5 دول), `عام ،` (عام 2016،),
 * `بنسبة %`, `حوالي شخصا`, `يوم الأحد جويلية`, or the empty left-to-right embedding
 * `\u202A \u202C` that pdftotext leaves where it had wrapped digits (arabic-defects.md §3).
 *
 * Precision first: a gap is reported only with evidence on top of its shape. A double space alone
 * is no evidence (justified PDF lines are full of them); it needs a counted noun, unit or month
 * after it, or a year word, month, approximator or preposition before it. A single space needs
 * a construction that is ungrammatical without a number: an approximator or a preposition before
 * an accusative counted noun (`حوالي شخصا`), a weekday right before a month, `بالمائة` or `%` after
 * a word that is not a number, a preposition before punctuation (`إلى .`), `في عام ،`,
 * `عدد لسنة`, `بين و2016`.
 *
 * Evidence mined from correct news (missing-numeral.context.data.ts, scripts/build-numeral-context.mjs): how
 * often a number follows a word and precedes the next. In a single-spaced draft a double space between two
 * words is itself a sign, and the mined context decides it (noisy-or ≥ SLOT_SINGLE_SPACED for words the lists
 * do not know, ≥ SLOT_KNOWN for words they know); a space before punctuation after a word that a number follows
 * in most of its uses (≥ SLOT_BEFORE_PUNCT) is one too. In justified text (over 10 % of its gaps double), a
 * double space says nothing and is judged as a single one.
 *
 * Lines in visual order (character-reversed, as mutool/pdfminer extract RTL PDFs) are detected by a
 * vote of frequent words and of the article ال read forwards and backwards, and are read backwards.
 *
 * The finding is a zero-width range at the gap. Fixes (neither is preferred: fix-all never invents
 * a number nor inserts markers):
 *  1. insert a placeholder snippet `${1:رقم}` at the gap (`[رقم؟]` where snippets are unsupported);
 *  2. mark as intended: the `tadqiq.markReviewed` command with a key built from the words around
 *     the gap (`reviewKey`); the rule stays quiet on reviewed keys (RuleContext.reviewed).
 *
 * Performance: one pass over the text with a character-class table; words are hashed while they
 * are scanned (folded code units) and looked up in an integer-keyed map of lexicon flags, verified
 * by comparing the folded units, so no string is built for ordinary words. Lexicons:
 * missing-numeral.data.ts.
 */
import { isArabicMark } from '../text/arabic';
import type { Finding, Fix, Locale, Rule, Severity } from '../types';
import { COMMANDS } from '../../shared/vocabulary';
import * as D from './missing-numeral.data';
import { FORMS, STEMS } from './missing-numeral.context.data';

export const RULE_ID = 'missing-numeral';
export const PLACEHOLDER_SNIPPET = '${1:رقم}';
export const PLACEHOLDER_PLAIN = '[رقم؟]';
export const REVIEW_COMMAND = COMMANDS.markReviewed;

// ---------------------------------------------------------------------------------------------
// Character tables.

const C_OTHER = 0; // punctuation, symbols: one token each
const C_SPACE = 1;
const C_CONTROL = 2; // bidi controls, zero-width characters: transparent
const C_WORD = 3; // Arabic letters, marks, tatweel, presentation forms
const C_DIGIT = 4;
const C_LATIN = 5;
const C_BREAK = 6;

const CLASS = new Uint8Array(0x10000);
/** Folded code unit; 0 = dropped (marks, tatweel); MULTI = several units (EXPAND). */
const FOLD = new Uint16Array(0x10000);
const MULTI = 0xffff;
const EXPAND = new Map<number, number[]>();

const ALEF = 0x0627;
const LAM = 0x0644;
const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const YEH = 0x064a;


function foldBase(c: number): number {
  if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) return ALEF; // أ إ آ ٱ → ا
  if (c === 0x0649) return YEH; // ى → ي
  if (c === 0x0640 || isArabicMark(c)) return 0;
  return c;
}

(function buildTables() {
  for (let c = 0; c < 0x10000; c++) FOLD[c] = c;
  const set = (from: number, to: number, k: number) => {
    for (let c = from; c <= to; c++) CLASS[c] = k;
  };
  for (const c of [0x20, 0x09, 0xa0, 0x3000, 0x202f]) CLASS[c] = C_SPACE;
  set(0x2000, 0x200a, C_SPACE);
  for (const c of [0x0a, 0x0d, 0x2028, 0x2029]) CLASS[c] = C_BREAK;
  set(0x200b, 0x200f, C_CONTROL);
  set(0x202a, 0x202e, C_CONTROL);
  set(0x2066, 0x2069, C_CONTROL);
  for (const c of [0x061c, 0xfeff, 0xad]) CLASS[c] = C_CONTROL;
  set(0x30, 0x39, C_DIGIT);
  set(0x0660, 0x0669, C_DIGIT);
  set(0x06f0, 0x06f9, C_DIGIT);
  set(0x41, 0x5a, C_LATIN);
  set(0x61, 0x7a, C_LATIN);
  set(0xc0, 0x24f, C_LATIN);
  CLASS[0xd7] = C_OTHER;
  CLASS[0xf7] = C_OTHER;
  // Arabic letters and marks
  const word = (from: number, to: number) => set(from, to, C_WORD);
  word(0x0621, 0x063a);
  word(0x0640, 0x065f);
  word(0x0670, 0x06d3);
  CLASS[0x06d5] = C_WORD;
  word(0x06d6, 0x06dc);
  word(0x06df, 0x06e8);
  word(0x06ea, 0x06ef);
  word(0x06fa, 0x06fc);
  CLASS[0x06ff] = C_WORD;
  word(0x0750, 0x077f);
  word(0x08a0, 0x08ff);
  word(0x0610, 0x061a);
  for (let c = 0x0621; c <= 0x08ff; c++) if (CLASS[c] === C_WORD) FOLD[c] = foldBase(c);
  // presentation forms (not the ornate parentheses)
  const pres = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      if (c === 0xfd3e || c === 0xfd3f) continue;
      const n = String.fromCharCode(c).normalize('NFKC');
      if (n.length === 1 && n.charCodeAt(0) === c) continue; // unassigned
      CLASS[c] = C_WORD;
      const units: number[] = [];
      for (let i = 0; i < n.length; i++) {
        const f = foldBase(n.charCodeAt(i));
        if (f !== 0 && f !== 0x20) units.push(f);
      }
      if (units.length === 1) FOLD[c] = units[0];
      else if (units.length === 0) FOLD[c] = 0;
      else {
        FOLD[c] = MULTI;
        EXPAND.set(c, units);
      }
    }
  };
  pres(0xfb50, 0xfdff);
  pres(0xfe70, 0xfefc);
})();

function foldString(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)];
    if (f === MULTI) out.push(...(EXPAND.get(s.charCodeAt(i)) as number[]));
    else if (f !== 0) out.push(f);
  }
  return out;
}

function hashUnits(u: readonly number[]): number {
  let h = 0;
  for (const c of u) h = (Math.imul(h, 31) + c) | 0;
  return h;
}

// ---------------------------------------------------------------------------------------------
// Lexicon flags (two 32-bit groups).

// group A: the word itself
const A_STRONG = 1 << 0;
const A_PLURAL = 1 << 1;
const A_WEAK = 1 << 2;
const A_ACC = 1 << 3;
const A_NUMNOUN = 1 << 4;
const A_PCT = 1 << 5;
const A_MONTH = 1 << 6;
const A_AMBIG = 1 << 7;
const A_MONTH2 = 1 << 8;
const A_MONTHMOD = 1 << 9;
const A_MHEAD = 1 << 10;
const A_YEAR = 1 << 11;
const A_YEARDEF = 1 << 12;
const A_YEARLAW = 1 << 13;
const A_NUMHEAD = 1 << 14;
const A_MIAH = 1 << 15;
const A_WAW = 1 << 16;
const A_NOTDEF = 1 << 17;
const A_NOTACC = 1 << 18;
const A_YEARFOLLOW = 1 << 19;
const A_FWD = 1 << 20;
const A_REV = 1 << 21;
const A_BAADQABL = 1 << 22;
const A_FI = 1 << 23;
const A_NAHWA = 1 << 24;
const A_AGE = 1 << 25;
const A_BEFOREBAAD = 1 << 26;
const A_BINISBA = 1 << 27;
const A_YAWM = 1 << 28;
const A_FREQ = 1 << 29;
const A_ERA = 1 << 30;
// group B: with clitics (و/ف, and for number words ب/ل too)
const B_YEARINTRO = 1 << 0;
const B_YEARGAPINTRO = 1 << 1;
const B_PREP = 1 << 2;
const B_APPROX = 1 << 3;
const B_NOEND = 1 << 4;
const B_PAIR = 1 << 5;
const B_NUMWORD = 1 << 6;
const B_DURATION = 1 << 8;
const B_PCTINTRO = 1 << 9;
const B_WEEKDAY = 1 << 10;
const B_ERAWEAK = 1 << 11;
const B_ABBR = 1 << 12;
const B_ABBRHEAD = 1 << 13;
const B_ABBRTAIL = 1 << 14;
const B_SHAHR = 1 << 15;
const B_ABBRSAFE = 1 << 16;

interface Entry {
  units: number[];
  a: number;
  b: number;
  next: Entry | null;
}

const LEXICON = new Map<number, Entry>();
let MAX_LEXICON_LENGTH = 0;

function addUnits(units: number[], a: number, b: number): void {
  if (units.length === 0) return;
  const h = hashUnits(units);
  let e = LEXICON.get(h);
  for (let x: Entry | null | undefined = e; x; x = x.next) {
    if (x.units.length === units.length && x.units.every((c, i) => c === units[i])) {
      x.a |= a;
      x.b |= b;
      return;
    }
  }
  const fresh: Entry = { units, a, b, next: e ?? null };
  if (units.length > MAX_LEXICON_LENGTH) MAX_LEXICON_LENGTH = units.length;
  LEXICON.set(h, fresh);
  e = fresh;
}

function add(words: readonly string[], a: number, b = 0, prefixes: readonly string[] = ['']): void {
  for (const w of words) for (const p of prefixes) addUnits(foldString(p + w), a, b);
}

const CLITIC = ['', 'و', 'ف'];
const NUMBER_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];

add(D.COUNTED_PLURAL_STRONG, A_STRONG | A_PLURAL);
add(D.COUNTED_SINGULAR_STRONG, A_STRONG);
add(D.COUNTED_WEAK, A_WEAK);
add(D.COUNTED_ACCUSATIVE, A_ACC);
add(D.NUMBER_NOUNS, A_NUMNOUN);
add(D.PERCENT_WORDS, A_PCT);
add(D.MONTHS, A_MONTH);
add(D.AMBIGUOUS_MONTHS, A_AMBIG);
add(D.MONTH_SECOND_WORDS, A_MONTH2);
add(D.MONTH_MODIFIERS, A_MONTHMOD);
add(['كانون', 'تشرين'], A_MHEAD);
add(D.YEAR_WORDS, A_YEAR);
add(D.YEAR_WORDS_DEFINITE, A_YEARDEF);
add(D.YEAR_WORDS_LAW, A_YEARLAW);
add(D.NUMBERING_HEADS, A_NUMHEAD);
add(['المائة', 'المئة'], A_MIAH);
add(['و'], A_WAW);
add(['إلى', 'التي', 'الذي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللواتي', 'اللاتي', 'إلا', 'الآن'], A_NOTDEF);
add(D.NOT_ACCUSATIVE_COUNT, A_NOTACC);
add(D.YEAR_FOLLOWERS, A_YEARFOLLOW);
add(D.ORIENTATION_WORDS, A_FWD);
add(D.ORIENTATION_WORDS.map((w) => [...w].reverse().join('')), A_REV);
add(['بعد', 'قبل'], A_BAADQABL);
add(['في'], A_FI);
add(D.NAHWA, A_NAHWA);
add(D.AGE_WORDS, A_AGE);
add(['فيما', 'من', 'ما', 'وفيما', 'ومن'], A_BEFOREBAAD);
add(['بنسبة'], A_BINISBA);
add(['يوم'], A_YAWM);
add(D.FREQUENCY_WORDS, A_FREQ);
add(D.ERA_STRONG, A_ERA);
add(D.ERA_WEAK, 0, B_ERAWEAK);
add(D.UNIT_ABBREVIATIONS, 0, B_ABBR);
add(D.UNIT_ABBREVIATIONS_SAFE, 0, B_ABBRSAFE);
add(D.UNIT_ABBREVIATION_HEADS, 0, B_ABBRHEAD);
add(D.UNIT_ABBREVIATION_TAILS, 0, B_ABBRTAIL);
add(['شهر', 'شهري', 'لشهر', 'بشهر'], 0, B_SHAHR, CLITIC);
add(D.YEAR_INTRODUCERS, 0, B_YEARINTRO, CLITIC);
add([...D.YEAR_INTRODUCERS, ...D.BIRTH_WORDS, 'حتى', 'إلى', 'من'], 0, B_YEARGAPINTRO, CLITIC);
add(D.PREPOSITIONS, 0, B_PREP, CLITIC);
add(D.APPROXIMATORS, 0, B_APPROX, CLITIC);
add(D.NO_END_WORDS, 0, B_NOEND, CLITIC);
add(D.PAIR_HEADS, 0, B_PAIR, CLITIC);
add(D.NUMBER_WORDS, 0, B_NUMWORD, NUMBER_PREFIXES);
add(D.DURATION_WORDS, 0, B_DURATION, CLITIC);
add(['بنسبة', 'نسبة', 'نسبته', 'نسبتها', 'حوالي', 'بحوالي', 'نحو', 'بنحو', 'قرابة', 'بقرابة', 'زهاء', 'إلى', 'من'], 0, B_PCTINTRO, CLITIC);
add(D.WEEKDAYS, 0, B_WEEKDAY, CLITIC);

// ---------------------------------------------------------------------------------------------
// One line: tokens, their lexicon flags, the gaps between them.

const T_WORD = 1;
const T_DIGITS = 2;
const T_LATIN = 3;
const T_PUNCT = 4;

function isDigitSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x066b || c === 0x066c || c === 0x27 || c === 0xa0 || c === 0x202f;
}

function isLtrOpener(c: number): boolean {
  return c === 0x202a || c === 0x202d || c === 0x2066 || c === 0x2068;
}

function closes(opener: number, c: number): boolean {
  return opener >= 0x2066 ? c === 0x2069 : c === 0x202c;
}

function isClosingPunct(c: number): boolean {
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

function isPercentSign(c: number): boolean {
  return c === 0x25 || c === 0x066a || c === 0x2030 || c === 0x0609;
}

// ---------------------------------------------------------------------------------------------
// Number-slot context mined from correct news (scripts/build-numeral-context.mjs): for a word, the share of its
// uses that a number follows (`في 5 دول`: في) and that a number precedes (`5 دول`: دول); a word the table lacks
// backs off to its stem without proclitics and article, then counts as 0.

let contextForms: Map<string, [number, number, number]> | null = null;
let contextStems: Map<string, [number, number, number]> | null = null;

function parseContext(data: string): Map<string, [number, number, number]> {
  const m = new Map<string, [number, number, number]>();
  for (const line of data.split('\n')) {
    const [w, n, a, b] = line.split(' ');
    if (w) m.set(w, [Number(n), Number(a), Number(b)]);
  }
  return m;
}

/** The folding of scripts/build-numeral-context.mjs: no marks or tatweel, أ إ آ ٱ → ا, ى → ي. */
function foldContext(w: string): string {
  return w.replace(/[\u064b-\u065f\u0670\u0640]/g, '').replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627').replace(/\u0649/g, '\u064a');
}

/** Share of the uses of `word` that a number follows (which = 1) or precedes (which = 2), in correct news. */
export function numberShare(word: string, which: 1 | 2): number {
  if (contextForms === null) {
    contextForms = parseContext(FORMS);
    contextStems = parseContext(STEMS);
  }
  const f = foldContext(word);
  // (one letter is no word to judge by: ر is also the decimal sign of 3ر636)
  if (f.length < 2) return 0;
  let e = contextForms.get(f);
  if (e === undefined) {
    const m = /^(?:[\u0648\u0641]?(?:[\u0628\u0644\u0643]|\u0644\u0644)?(?:\u0627\u0644)?)(.+)$/.exec(f);
    if (m && m[1].length >= 2 && m[1] !== f) e = contextStems!.get(m[1]);
  }
  return e === undefined ? 0 : e[which] / e[0];
}

/** Mined evidence that a number belongs between words A and B: noisy-or of "a number follows A" and "precedes B". */
export function slotScore(a: string, b: string): number {
  return 1 - (1 - numberShare(a, 1)) * (1 - numberShare(b, 2));
}

/** Slot score a double space between two words of a single-spaced draft needs (a double space is itself a sign
 *  there; in justified text, full of them, it is none: see singleSpaced). */
const SLOT_SINGLE_SPACED = 0.3;
/** `من  إلى`, `بين  و`: a range whose first number went (folded forms). */
const FROM_TO = /^(?:\u0648?\u0645\u0646 (?:\u0627\u0644\u064a|\u062d\u062a\u064a)|\u0648?\u0628\u064a\u0646 \u0648)$/;
/** The same where the hand-written lexicons know one of the words (and said nothing). */
const SLOT_KNOWN = 0.7;
/** Share of "a number follows" a word needs for `word ،` (a space, then punctuation) to be a gap. */
const SLOT_BEFORE_PUNCT = 0.75;

type Reason = { kind: 'embedding' | 'before' | 'after' | 'day' | 'year' | 'percent' | 'pair' | 'empty'; word: string };

class Grow {
  a = new Int32Array(64);
  ensure(n: number): void {
    if (n > this.a.length) {
      const b = new Int32Array(Math.max(n, this.a.length * 2));
      b.set(this.a);
      this.a = b;
    }
  }
}

function newBuffers() {
  return { kind: new Grow(), start: new Grow(), end: new Grow(), spaces: new Grow(), second: new Grow(), pair: new Grow(), fa: new Grow(), fb: new Grow(), len: new Grow(), first: new Grow(), last: new Grow() };
}
/** Token buffers shared by all calls (check is synchronous and not re-entrant). */
const BUFFERS = newBuffers();

/** Analyses one line at a time; arrays are reused between lines and between calls. */
class LineScanner {
  n = 0;
  visual = false;
  private g = BUFFERS;
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

  constructor(
    readonly text: string,
    readonly locale: Locale,
    readonly severity: Severity,
    readonly reviewed: ReadonlySet<string> | undefined,
    readonly out: Finding[],
    /** The text is justified (full of double spaces between words): a double space is no evidence. */
    readonly justified = false,
  ) {}

  private grow(n: number): void {
    if (n <= this.kind.length) return;
    for (const k of Object.keys(this.g) as Array<keyof LineScanner['g']>) this.g[k].ensure(n);
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
    while (i < to) {
      const c = text.charCodeAt(i);
      const k = CLASS[c];
      if (k === C_BREAK) break;
      if (k === C_SPACE) {
        if (++spaces === 2) second = i;
        i++;
        continue;
      }
      if (k === C_CONTROL) {
        if (isLtrOpener(c)) {
          let j = i + 1;
          while (j < to && CLASS[text.charCodeAt(j)] === C_SPACE) j++;
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
      if (k === C_WORD) {
        kind = T_WORD;
        while (i < to && CLASS[text.charCodeAt(i)] === C_WORD) i++;
        this.hashWord(n, s, i, false);
      } else if (k === C_DIGIT) {
        kind = T_DIGITS;
        i++;
        while (i < to) {
          const d = CLASS[text.charCodeAt(i)];
          if (d === C_DIGIT) i++;
          else if (isDigitSeparator(text.charCodeAt(i)) && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === C_DIGIT) i += 2;
          else break;
        }
      } else if (k === C_LATIN) {
        kind = T_LATIN;
        i++;
        while (i < to && CLASS[text.charCodeAt(i)] === C_LATIN) i++;
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
    return i;
  }

  /** Hash the folded units of word token i read backwards (visual lines) and look its flags up. */
  private lookupReversed(i: number): void {
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
      if (f === 0) continue;
      // a character that folds to several units contributes them in their own (logical) order
      const units = f === MULTI ? (EXPAND.get(c) as number[]) : null;
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
      if (f === 0) continue;
      if (f === MULTI) {
        for (const u of EXPAND.get(c) as number[]) if (units[k++] !== u) return false;
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
    if (this.visual) for (p = s; p < e - 1 && FOLD[this.text.charCodeAt(p)] === 0; p++);
    else for (p = e - 1; p > s && FOLD[this.text.charCodeAt(p)] === 0; p--);
    const raw = this.text.charCodeAt(p);
    if (raw !== ALEF && raw !== 0xfe8d && raw !== 0xfe8e) return false;
    const l1 = this.last[i] & 0xffff;
    const l2 = this.last[i] >>> 16;
    if (this.len[i] < 4 || l1 !== ALEF || this.definiteL(j)) return false;
    // not \u0640وا/\u0640يا (adverbs حاليا), not the pronouns \u0640ها/\u0640نا, not \u0640ما (بينما، عندما)
    if (l2 === ALEF || l2 === WAW || l2 === YEH || l2 === 0x0647 || l2 === 0x0646 || l2 === 0x0645) return false;
    return (this.fa[i] & A_NOTACC) === 0;
  }

  // -- the analysis ---------------------------------------------------------------------------

  analyse(): void {
    const n = this.n;
    if (n === 0) return;
    let fwd = 0;
    let rev = 0;
    let words = 0;
    for (let i = 0; i < n; i++) {
      if (this.kind[i] !== T_WORD) continue;
      words++;
      if (this.fa[i] & A_FWD) fwd++;
      if (this.fa[i] & A_REV) rev++;
      if (this.len[i] >= 4) {
        if (this.first[i] === ((ALEF << 16) | LAM)) fwd++;
        if (this.last[i] === ((LAM << 16) | ALEF)) rev++;
      }
    }
    if (words === 0) return;
    this.visual = rev >= 2 && rev > fwd;
    this.glueFrom = this.glueTo = 0;
    this.qUpTo = this.qDouble = this.qSingle = 0;
    if (this.visual) for (let i = 0; i < n; i++) if (this.kind[i] === T_WORD) this.lookupReversed(i);

    for (let i = 0; i < n; i++) if (this.pair[i] >= 0) this.report(this.pair[i], false, { kind: 'embedding', word: '' });
    if (this.trailingPair >= 0) this.report(this.trailingPair, false, { kind: 'embedding', word: '' });

    for (let j = 1; j < n; j++) this.gap(j);
  }

  /** The gap between logical tokens j-1 and j. */
  private gap(j: number): void {
    const o = this.sep(j);
    if (this.pair[o] >= 0) return;
    const ka = this.kindL(j - 1);
    const kb = this.kindL(j);
    if (ka === T_DIGITS || kb === T_DIGITS || ka === T_LATIN) return;
    const spaces = this.spaces[o];
    const fa = this.faL(j - 1);
    const fbA = this.fbL(j - 1);
    const faB = this.faL(j);
    if (spaces === 0 && kb !== T_PUNCT) return;
    // nothing to go on: the common case, leave fast
    if (fa === 0 && fbA === 0 && faB === 0 && this.fbL(j) === 0 && kb !== T_PUNCT && spaces !== 2) return;
    if (ka === T_PUNCT && kb === T_PUNCT) {
      this.holeBetween(j, spaces);
      return;
    }
    if (kb === T_PUNCT && this.gluedDigits(j)) {
      // `الساعة :00`: the hours of a time went, its minutes stayed (and not pdftotext's `سنة ."2016`)
      if (ka === T_WORD && spaces > 0 && this.charL(j) === 0x3a && this.digitLen(j + 1) === 2 && numberShare(this.word(this.at(j - 1)), 1) >= SLOT_SINGLE_SPACED)
        this.report(this.start[o], false, { kind: 'after', word: this.word(this.at(j - 1)) });
      return;
    }
    if (fbA & B_NUMWORD) return;

    const doubleGap = spaces === 2 ? this.second[o] : -1;
    if (doubleGap >= 0) {
      // (in justified text a double space says nothing: the gap is judged as a single space below)
      const hit = this.justified ? null : (this.doubleSpaceEvidence(j) ?? this.slotEvidence(j));
      if (hit) {
        this.report(doubleGap, false, hit);
        return;
      }
    }
    const pos = doubleGap >= 0 ? doubleGap : this.start[o];
    const trailing = doubleGap < 0 && kb === T_WORD;
    const wordA = ka === T_WORD;
    const wordB = kb === T_WORD;

    if (wordB && faB & A_ERA && (fa & (A_YEAR | A_YEARLAW | A_MONTH) || fbA & B_PREP)) {
      this.report(pos, trailing, { kind: 'year', word: this.word(this.at(j)) });
      return;
    }
    if (wordA && wordB) {
      // (not `عاما بعد عاما`, `عاماً واحداً`: the noun repeated, or with the numeral one as its adjective)
      if ((fbA & (B_PREP | B_APPROX) || fa & (A_NAHWA | A_AGE)) && (faB & A_ACC || this.unitAbbrL(j)) && !this.countedWithoutNumber(j)) {
        this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
        return;
      }
      if (fbA & B_APPROX && !(fa & A_BINISBA) && faB & (A_PLURAL | A_WEAK) && !(faB & A_NUMNOUN)) {
        this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
        return;
      }
      if (faB & A_PCT) {
        this.report(pos, trailing, { kind: 'percent', word: this.word(this.at(j)) });
        return;
      }
      if (this.unitAbbrL(j, true) && this.kindL(j + 1) !== T_DIGITS) {
        this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
        return;
      }
      if (fa & A_FI && faB & A_MIAH && this.fbL(j - 2) & B_PCTINTRO) {
        // X في المائة: X must be a number; the gap is before في.
        const o2 = this.sep(j - 1);
        if (this.pair[o2] < 0 && this.spaces[o2] > 0) {
          const p2 = this.spaces[o2] === 2 ? this.second[o2] : this.start[o2];
          this.report(p2, this.spaces[o2] !== 2, { kind: 'percent', word: 'في المائة' });
          return;
        }
      }
      const weekday = (fbA & B_WEEKDAY) !== 0 || ((fa & A_YAWM) !== 0 && this.kindL(j + 1) === T_DIGITS);
      if (weekday && faB & A_MONTH && !(faB & A_MONTH2) && (!(faB & A_AMBIG) || this.kindL(j + 1) === T_DIGITS)) {
        this.report(pos, trailing, { kind: 'day', word: this.word(this.at(j)) });
        return;
      }
      if (fa & A_NUMHEAD && faB & A_YEARLAW) {
        this.report(pos, trailing, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
      if (fbA & B_PAIR && faB & A_WAW && this.kindL(j + 1) === T_DIGITS && this.spaces[this.sep(j + 1)] <= 1) {
        this.report(pos, trailing, { kind: 'pair', word: this.word(this.at(j - 1)) });
        return;
      }
    }
    if (wordA && kb === T_PUNCT) {
      const c = this.charL(j);
      if (isPercentSign(c)) {
        // `%` after a word that is not a number; a `%` glued inside a word is a kashida glyph.
        if (spaces > 0 && !this.followsLetter(j)) this.report(pos, false, { kind: 'percent', word: String.fromCharCode(c) });
        return;
      }
      if (spaces === 0 || !this.isClosing(j) || this.quotedL(j - 1)) return;
      if (fa & A_YEAR && this.fbL(j - 2) & B_YEARINTRO && !(this.faL(j - 3) & A_FREQ)) {
        this.report(pos, false, { kind: 'year', word: this.word(this.at(j - 1)) });
        return;
      }
      if (fa & A_YEARLAW && this.kindL(j - 2) === T_DIGITS) {
        this.report(pos, false, { kind: 'year', word: this.word(this.at(j - 1)) });
        return;
      }
      // (a colon after a preposition introduces a list: تتمثل في : …)
      if (fbA & B_NOEND && this.charL(j) !== 0x3a) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
      // a space before the punctuation, after a word that a number follows in most of its uses in correct news
      // (سنة ،، بنسبة .): the number went between them
      // (not after a number already: 26 سنة ., 24 فيفري .)
      if (!this.justified && this.kindL(j - 2) !== T_DIGITS && numberShare(this.word(this.at(j - 1)), 1) >= SLOT_BEFORE_PUNCT) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
    }
  }

  /** Punctuation at j glued to a digit run after it (`سنة ."2016`: pdftotext's neutral-order damage).
   *  Every j inside one glued run of punctuation has the same answer (the scan stops at the same k), so the
   *  last run scanned is remembered: a line of 100,000 glued brackets is one scan, not 100,000. */
  private gluedDigits(j: number): boolean {
    if (j >= this.glueFrom && j < this.glueTo) return this.glueResult;
    let k = j + 1;
    while (k < this.n && this.spaces[this.sep(k)] === 0 && this.kindL(k) === T_PUNCT) k++;
    this.glueFrom = j;
    this.glueTo = k;
    this.glueResult = k < this.n && this.spaces[this.sep(k)] === 0 && this.kindL(k) === T_DIGITS;
    return this.glueResult;
  }
  /** gluedDigits' memory: logical tokens [glueFrom, glueTo) share glueResult (reset per line). */
  private glueFrom = 0;
  private glueTo = 0;
  private glueResult = false;

  /** Is `%` at j glued to an Arabic word after it (skipping more `%`)? Then it is a kashida glyph. */
  private followsLetter(j: number): boolean {
    let k = j + 1;
    while (k < this.n && this.spaces[this.sep(k)] === 0 && this.kindL(k) === T_PUNCT && isPercentSign(this.charL(k))) k++;
    return k < this.n && this.spaces[this.sep(k)] === 0 && this.kindL(k) === T_WORD;
  }

  /** Is there a digit run among the `k` logical tokens before j? */
  digitsBefore(j: number, k: number): boolean {
    for (let q = j - 1; q >= 0 && q >= j - k; q--) if (this.kindL(q) === T_DIGITS) return true;
    return false;
  }

  /** A unit abbreviation starts at logical j: كلم، كلغ … or the two tokens م د / أ د; `safe` leaves out
   * the abbreviations that are also words. */
  unitAbbrL(j: number, safe = false): boolean {
    const b = this.fbL(j);
    if (b & (safe ? B_ABBRSAFE : B_ABBR)) return true;
    return (b & B_ABBRHEAD) !== 0 && (this.fbL(j + 1) & B_ABBRTAIL) !== 0 && this.spaces[this.sep(j + 1)] === 1;
  }

  /** The counted noun at logical j needs no number: repeated from two words before (عاما بعد عاما), followed by
   *  the numeral one (عاماً واحداً), or by its number (كلم 4). */
  private countedWithoutNumber(j: number): boolean {
    // (the unit written before its number, as kilometre posts are: من كلم 4 إلى كلم 7)
    if (j + 1 < this.n && this.kindL(j + 1) === T_DIGITS) return true;
    if (j + 1 < this.n && this.kindL(j + 1) === T_WORD && this.spaces[this.sep(j + 1)] > 0 && /^واحد/.test(this.word(this.at(j + 1)).replace(/[\u064b-\u065f\u0640]/g, ''))) return true;
    return j >= 2 && this.kindL(j - 2) === T_WORD && this.word(this.at(j - 2)) === this.word(this.at(j));
  }

  /** Is word j glued to an opening quote or bracket before it (a word cited, not used: حرف "في")? */
  quotedL(j: number): boolean {
    if (j < 1 || this.spaces[this.sep(j)] !== 0 || this.kindL(j - 1) !== T_PUNCT) return false;
    const c = this.charL(j - 1);
    return c === 0x22 || c === 0x27 || c === 0xab || c === 0x201c || c === 0x28 || c === 0x5b;
  }

  /** Punctuation that closes a phrase; a straight quote only when nothing is glued after it. */
  private isClosing(j: number): boolean {
    const c = this.charL(j);
    if (c === 0x22 || c === 0x27) {
      if (j + 1 >= this.n || (this.kindL(j + 1) === T_PUNCT && this.spaces[this.sep(j + 1)] === 0)) return true;
      if (this.spaces[this.sep(j + 1)] === 0) return false;
      // Maghreb newsrooms set quotes off with spaces on both sides (إلى " تشكيل لجنة "): before a word, an
      // odd-numbered quote of the line opens a quotation
      return this.quotesBefore(j, c) % 2 === 1;
    }
    return isClosingPunct(c);
  }

  /** Length of the digit run at logical j (0 when j is no digit run). */
  private digitLen(j: number): number {
    if (j >= this.n || this.kindL(j) !== T_DIGITS) return 0;
    const i = this.at(j);
    return this.end[i] - this.start[i];
  }

  /** Two punctuation tokens with nothing between them but spaces: an empty pair of brackets `()`, or an empty
   *  item of a list of numbers `3، 10، ، 31` — a number went there. */
  private holeBetween(j: number, spaces: number): void {
    // (a line in visual order reverses the tokens: `(cid:2)(cid:2)` would read as an empty pair)
    if (this.visual) return;
    const a = this.charL(j - 1);
    const b = this.charL(j);
    const o = this.sep(j);
    const pos = spaces > 0 ? this.start[o] + 1 : this.start[o];
    if (a === 0x28 && b === 0x29) {
      // only spaces inside, and no Latin word or number glued outside: `(\u202A)WDR` is pdftotext's order for (WDR)
      const open = this.at(j - 1);
      const close = this.at(j);
      for (let p = this.end[open]; p < this.start[close]; p++) if (this.text.charCodeAt(p) !== 0x20) return;
      const after = this.text.charCodeAt(this.end[close]);
      const before = this.start[open] > 0 ? this.text.charCodeAt(this.start[open] - 1) : 0x20;
      if (CLASS[after] === C_LATIN || CLASS[after] === C_DIGIT || CLASS[before] === C_LATIN || CLASS[before] === C_DIGIT) return;
      this.report(pos, false, { kind: 'empty', word: '()' });
      return;
    }
    const comma = (c: number) => c === 0x060c || c === 0x2c;
    if (comma(a) && comma(b) && spaces > 0 && j >= 2 && this.kindL(j - 2) === T_DIGITS) this.report(pos, false, { kind: 'empty', word: '،' });
  }

  /** Mined evidence for a double-space gap between the words j-1 and j (numberShare, slotThreshold). */
  private slotEvidence(j: number): Reason | null {
    if (this.kindL(j - 1) !== T_WORD || this.kindL(j) !== T_WORD) return null;
    // `X  في المائة`: X was the number
    if (this.faL(j) & A_FI && this.faL(j + 1) & A_MIAH) return { kind: 'percent', word: 'في المائة' };
    // `من  إلى 20`: the first number of a range
    if (FROM_TO.test(foldContext(this.word(this.at(j - 1))) + ' ' + foldContext(this.word(this.at(j)))) && (this.kindL(j + 1) === T_DIGITS || this.kindL(j + 2) === T_DIGITS))
      return { kind: 'after', word: this.word(this.at(j - 1)) };
    // the hand-written lexicons know these words and their exceptions (في  جوان، سنة  كاملة، بعد  ساعة): where
    // they know a word, the mined context must be strong to overrule their silence, and a month after a
    // preposition or شهر is never a gap
    const known = (this.faL(j - 1) | this.fbL(j - 1) | this.faL(j) | this.fbL(j)) !== 0;
    if (this.faL(j) & A_MONTH && this.fbL(j - 1) & (B_PREP | B_SHAHR)) return null;
    const a = this.word(this.at(j - 1));
    const b = this.word(this.at(j));
    // (a word with its number already before it, 5 جوان  في, announces none after it)
    const after = this.kindL(j - 2) === T_DIGITS ? 0 : numberShare(a, 1);
    const before = numberShare(b, 2);
    if (1 - (1 - after) * (1 - before) < (known ? SLOT_KNOWN : SLOT_SINGLE_SPACED)) return null;
    return before >= after ? { kind: 'before', word: b } : { kind: 'after', word: a };
  }

  /** How many quote tokens `c` (`"` or `'`) stand before logical token j on the line. Counted
   *  incrementally (gap visits j in increasing order), so a line of spaced quotes stays linear. */
  private quotesBefore(j: number, c: number): number {
    if (j < this.qUpTo) {
      this.qUpTo = 0;
      this.qDouble = 0;
      this.qSingle = 0;
    }
    for (; this.qUpTo < j; this.qUpTo++) {
      if (this.kindL(this.qUpTo) !== T_PUNCT) continue;
      const q = this.charL(this.qUpTo);
      if (q === 0x22) this.qDouble++;
      else if (q === 0x27) this.qSingle++;
    }
    return c === 0x22 ? this.qDouble : this.qSingle;
  }
  /** quotesBefore's counts over logical tokens [0, qUpTo) (reset per line). */
  private qUpTo = 0;
  private qDouble = 0;
  private qSingle = 0;

  /** Evidence for a double-space gap between logical tokens j-1 and j. */
  private doubleSpaceEvidence(j: number): Reason | null {
    const ka = this.kindL(j - 1);
    const kb = this.kindL(j);
    if (ka !== T_WORD && ka !== T_PUNCT) return null;
    const fa = this.faL(j - 1);
    const fbA = this.fbL(j - 1);
    const prep = (fbA & (B_PREP | B_APPROX)) !== 0 || (fa & A_NAHWA) !== 0;
    if (kb === T_WORD) {
      const faB = this.faL(j);
      const fbB = this.fbL(j);
      // a plural or number noun in construct with a definite word is not counted:
      // مجلس  نواب الشعب، من  آلاف النسخ (units are: 18  قيراط الحاصل على …)
      const idafa = this.definiteL(j + 1) && this.spaces[this.sep(j + 1)] > 0 && (faB & (A_PLURAL | A_WEAK | A_NUMNOUN)) !== 0;
      if (!idafa) {
        if (faB & (A_STRONG | A_ACC | A_PCT) || fbB & B_ERAWEAK || this.unitAbbrL(j)) return { kind: 'before', word: this.word(this.at(j)) };
        if (faB & A_WEAK && (fbA & B_APPROX || fa & A_NAHWA)) return { kind: 'before', word: this.word(this.at(j)) };
        if ((fbA & B_APPROX || fa & (A_NAHWA | A_AGE | A_YEARDEF)) && this.accusativeShapeL(j)) return { kind: 'before', word: this.word(this.at(j)) };
        if (fa & A_AGE && faB & (A_YEAR | A_WEAK)) return { kind: 'before', word: this.word(this.at(j)) };
        // `ويندوز  و8.1`: a number coordinated with nothing — unless a number stands shortly before (97 عارضا من تونس  و122)
        if (faB & A_WAW && this.kindL(j + 1) === T_DIGITS && this.spaces[this.sep(j + 1)] <= 1 && !this.digitsBefore(j, 5)) return { kind: 'before', word: 'و' };
      }
      if (faB & A_MONTH && !(faB & A_MONTH2)) {
        // the day: after a weekday (or يوم), or before a year where no preposition introduces the month
        const weekday = (fbA & B_WEEKDAY) !== 0 || (fa & A_YAWM) !== 0;
        const twoWord = (faB & A_MHEAD) !== 0 && (this.faL(j + 1) & A_MONTH2) !== 0;
        const yearAfter = this.kindL(twoWord ? j + 2 : j + 1) === T_DIGITS;
        if (weekday && (!(faB & A_AMBIG) || yearAfter || fbA & B_WEEKDAY)) return { kind: 'day', word: this.word(this.at(j)) };
        if (yearAfter && ka === T_WORD && !prep && !(fbA & (B_SHAHR | B_YEARINTRO))) return { kind: 'day', word: this.word(this.at(j)) };
      }
    }
    if (ka !== T_WORD || kb === T_DIGITS) return null;
    const endsHere = kb === T_PUNCT && this.isClosing(j) && !this.quotedL(j - 1);
    const faB = this.faL(j);
    // after a year word
    if (fa & (A_YEAR | A_YEARLAW)) {
      const fb2 = this.fbL(j - 2);
      const intro = (fb2 & B_YEARGAPINTRO) !== 0 && !(this.faL(j - 3) & A_FREQ);
      const law = (fa & A_YEARLAW) !== 0 && this.kindL(j - 2) === T_DIGITS;
      const duration = (fb2 & B_DURATION) !== 0;
      const follower = (faB & A_YEARFOLLOW) !== 0 || (this.fbL(j) & B_NUMWORD) !== 0;
      // سنة is the year in Tunisian usage (سنة 2016); عام needs an introducer (بشكل عام، الرأي العام)
      const sana = (fa & A_YEAR) !== 0 && this.len[this.at(j - 1)] === 3 && this.first[this.at(j - 1)] >>> 16 === 0x0633;
      if (!follower && (intro || law || (endsHere && !duration) || (sana && !duration && kb === T_WORD))) return { kind: 'year', word: this.word(this.at(j - 1)) };
    }
    if (fa & A_YEARDEF && kb === T_WORD && (this.accusativeShapeL(j) || faB & A_STRONG)) return { kind: 'after', word: this.word(this.at(j - 1)) };
    // after a month name whose date is already broken before it (a gap or a weekday right before)
    let mj = -1;
    if (fa & A_MONTH && !(fa & (A_MHEAD | A_MONTH2 | A_AMBIG))) mj = j - 1;
    else if (fa & A_MONTH2 && this.faL(j - 2) & A_MHEAD) mj = j - 2;
    if (mj >= 1 && !(faB & A_MONTHMOD) && this.kindL(mj - 1) !== T_DIGITS) {
      const om = this.sep(mj);
      if (this.pair[om] >= 0 || this.fbL(mj - 1) & B_WEEKDAY || this.faL(mj - 1) & A_YAWM) {
        return { kind: 'year', word: mj === j - 1 ? this.word(this.at(j - 1)) : `${this.word(this.at(j - 2))} ${this.word(this.at(j - 1))}` };
      }
    }
    // a word that cannot end a phrase, then punctuation
    if (endsHere) {
      if (fbA & B_NOEND && this.charL(j) !== 0x3a) return { kind: 'after', word: this.word(this.at(j - 1)) };
      if (fa & A_BAADQABL && !(this.faL(j - 2) & A_BEFOREBAAD)) return { kind: 'after', word: this.word(this.at(j - 1)) };
    }
    return null;
  }

  private reported = new Set<number>();

  startLine(): void {
    if (this.reported.size) this.reported.clear();
    this.qUpTo = 0;
    this.qDouble = 0;
    this.qSingle = 0;
  }

  private report(pos: number, trailingSpace: boolean, reason: Reason): void {
    if (this.reported.has(pos)) return;
    this.reported.add(pos);
    const key = reviewKey(this.text, pos);
    if (this.reviewed && this.reviewed.has(key)) return;
    this.out.push(makeFinding(this.text, pos, trailingSpace, reason, key, this.locale, this.severity));
  }
}

// ---------------------------------------------------------------------------------------------
// Messages, keys, fixes.

function message(locale: Locale, r: Reason): string {
  switch (r.kind) {
    case 'embedding':
      return locale === 'ar' ? 'يبدو أن رقمًا سقط هنا: بقي تضمين فارغ من اليسار إلى اليمين حيث كانت الأرقام.' : 'A number seems to be missing here: an empty left-to-right embedding is left where digits stood.';
    case 'before':
      return locale === 'ar' ? `يبدو أن رقمًا سقط قبل «${r.word}».` : `A number seems to be missing before “${r.word}”.`;
    case 'after':
      return locale === 'ar' ? `يبدو أن رقمًا سقط بعد «${r.word}».` : `A number seems to be missing after “${r.word}”.`;
    case 'day':
      return locale === 'ar' ? `يبدو أن رقمًا (اليوم) سقط قبل الشهر «${r.word}».` : `A number (the day) seems to be missing before the month “${r.word}”.`;
    case 'year':
      return locale === 'ar' ? `يبدو أن رقمًا (السنة) سقط بعد «${r.word}».` : `A number (the year) seems to be missing after “${r.word}”.`;
    case 'percent':
      return locale === 'ar' ? `يبدو أن رقمًا سقط: «${r.word}» بلا رقم قبلها.` : `A number seems to be missing: “${r.word}” has no number before it.`;
    case 'empty':
      return locale === 'ar'
        ? r.word === '()' ? 'يبدو أن رقمًا سقط هنا: قوسان فارغان.' : 'يبدو أن رقمًا سقط من هذه القائمة: فاصلتان بلا شيء بينهما.'
        : r.word === '()' ? 'A number seems to be missing here: the brackets are empty.' : 'A number seems to be missing from this list: two commas with nothing between them.';
    case 'pair':
      return locale === 'ar' ? `يبدو أن رقمًا سقط بعد «${r.word}»: أول رقمين يجمعهما حرف «و».` : `A number seems to be missing after “${r.word}”: the first of two numbers joined by “و”.`;
  }
}

/** Visible text of text[s, e): no controls, marks or tatweel; spaces collapsed and trimmed. */
function visible(text: string, s: number, e: number): string {
  // (runs of kept characters are copied with one slice each, not one concatenation per character)
  let out = '';
  let space = false;
  let run = -1; // start of the pending run of kept characters, or -1
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    const skip = k === C_CONTROL || (k === C_WORD && FOLD[c] === 0);
    if (!skip && k !== C_SPACE) {
      if (run < 0) {
        if (space) out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += text.slice(run, i);
      run = -1;
    }
    if (k === C_SPACE && !skip) space = out.length > 0;
  }
  if (run >= 0) out += text.slice(run, e);
  return out;
}

/** Up to `words` space-separated chunks before and after pos on its line (bounded scan). */
function around(text: string, pos: number, words: number): [string, string] {
  const chunkEdge = (dir: -1 | 1): number => {
    let p = pos;
    let seen = 0;
    let inWord = false;
    for (let steps = 0; steps < 80; steps++) {
      const q = dir < 0 ? p - 1 : p;
      if (q < 0 || q >= text.length) break;
      const k = CLASS[text.charCodeAt(q)];
      if (k === C_BREAK) break;
      if (k === C_SPACE) {
        if (inWord && ++seen === words) break;
        inWord = false;
      } else if (k !== C_CONTROL) inWord = true;
      p += dir;
    }
    return p;
  };
  return [visible(text, chunkEdge(-1), pos), visible(text, pos, chunkEdge(1))];
}

/** The key that "mark as intended" stores: the rule id and three words either side of the gap. */
export function reviewKey(text: string, pos: number): string {
  const [b, a] = around(text, pos, 3);
  return `${RULE_ID}:${b} ‸ ${a}`;
}

/** The nearest non-control character before (dir -1) or at/after (dir 1) pos, or 0. */
function charNear(text: string, pos: number, dir: -1 | 1): number {
  let i = dir < 0 ? pos - 1 : pos;
  for (let k = 0; k < 8 && i >= 0 && i < text.length; k++, i += dir) {
    const c = text.charCodeAt(i);
    if (CLASS[c] !== C_CONTROL) return c;
  }
  return 0;
}

function makeFinding(text: string, pos: number, trailingSpace: boolean, reason: Reason, key: string, locale: Locale, severity: Severity): Finding {
  const [b, a] = around(text, pos, 1);
  const spaceBefore = b && CLASS[charNear(text, pos, -1)] === C_SPACE;
  const spaceAfter = a && (trailingSpace || CLASS[charNear(text, pos, 1)] === C_SPACE);
  const preview = `${b}${spaceBefore ? ' ' : ''}[${locale === 'ar' ? 'رقم' : 'number'}]${spaceAfter ? ' ' : ''}${a}`;
  const fixes: Fix[] = [
    {
      title: locale === 'ar' ? `إدراج موضع للرقم: «${preview}»` : `Insert a placeholder for the number: “${preview}”`,
      edits: [{ start: pos, end: pos, newText: PLACEHOLDER_SNIPPET + (trailingSpace ? ' ' : '') }],
      snippet: true,
      plainText: PLACEHOLDER_PLAIN + (trailingSpace ? ' ' : ''),
    },
    {
      title: locale === 'ar' ? 'تعليم كمقصود (لا رقم ناقص هنا)' : 'Mark as intended (no number is missing here)',
      edits: [],
      command: { id: REVIEW_COMMAND, args: [key] },
    },
  ];
  return { ruleId: RULE_ID, start: pos, end: pos, severity, message: message(locale, reason), fixes };
}

/**
 * Is the text single-spaced between words (a typed draft), so that a double space is rare and meaningful? Counts
 * the gaps of exactly two spaces between two Arabic letters against all gaps between two Arabic letters; a text
 * with at most 10 % of double gaps (or fewer than 5) is: a draft that lost even many numbers stays one. Justified
 * PDF text has far more (a fifth to a half of its gaps).
 */
function singleSpaced(text: string): boolean {
  let gaps = 0;
  let doubles = 0;
  const n = text.length;
  for (let i = 1; i + 1 < n; i++) {
    if (text.charCodeAt(i) !== 0x20 || CLASS[text.charCodeAt(i - 1)] !== C_WORD) continue;
    let j = i;
    while (j < n && text.charCodeAt(j) === 0x20) j++;
    if (j < n && CLASS[text.charCodeAt(j)] === C_WORD) {
      gaps++;
      if (j - i === 2) doubles++;
    }
    i = j - 1;
  }
  return doubles < 5 || doubles * 100 <= 10 * gaps;
}

export const missingNumeral: Rule = {
  id: RULE_ID,
  title: { en: 'Missing number', ar: 'رقم ناقص' },
  description: {
    en: 'Finds places where a number dropped out of the text (PDF extraction, font fallback): a gap before a counted noun, unit or month, after a year word, an empty left-to-right embedding, “بنسبة %”. Offers a placeholder to type the number; never invents one.',
    ar: 'يكشف المواضع التي سقط منها رقم (استخراج من PDF أو خط بديل): فراغ قبل معدود أو وحدة أو شهر، أو بعد «عام/سنة»، أو تضمين فارغ من اليسار إلى اليمين، أو «بنسبة %». يقترح موضعًا لكتابة الرقم ولا يخترع رقمًا أبدًا.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  neverPreferred: true,
  options: {},
  check({ text, locale, severity, reviewed }) {
    const out: Finding[] = [];
    const scanner = new LineScanner(text, locale, severity, reviewed, out, !singleSpaced(text));
    const n = text.length;
    let lineStart = 0;
    for (;;) {
      scanner.startLine();
      const lineEnd = scanner.tokenize(lineStart);
      scanner.analyse();
      if (lineEnd >= n) break;
      lineStart = lineEnd + 1;
    }
    return out;
  },
};
