/**
 * missing-numeral — a number that is not there: `في  دول` (في 5 دول), `عام ،` (عام 2016،),
 * `بنسبة %`, `حوالي شخصا`, `يوم الأحد جويلية`, or the empty left-to-right embedding
 * `\u202A \u202C` that pdftotext leaves where it had wrapped digits (arabic-defects.md §3).
 *
 * Precision first: a gap is reported only with evidence on top of its shape. A double space alone
 * is not evidence (justified PDF lines are full of them); it needs a counted noun, unit or month
 * after it, or a year word, month, approximator or preposition before it. A single space needs
 * stronger evidence: a construction that is ungrammatical without a number (an approximator or a
 * preposition before an accusative counted noun, a weekday right before a month, `بالمائة` or `%`
 * after a word that is not a number, a preposition before punctuation, `في عام ،`).
 *
 * Lines in visual order (character-reversed, as mutool/pdfminer extract RTL PDFs) are detected by a
 * vote of frequent words read forwards and backwards, and read backwards.
 *
 * The finding is a zero-width range at the gap. Fixes (neither is preferred: fix-all never invents
 * a number nor inserts markers):
 *  1. insert a placeholder snippet `${1:رقم}` at the gap (`[رقم؟]` where snippets are unsupported);
 *  2. mark as intended: the `tadqiq.markReviewed` command with a key built from the words around
 *     the gap; the rule stays quiet on reviewed keys (RuleContext.reviewed).
 * Lexicons: missing-numeral.data.ts.
 */
import { isAnyDigit, isArabicLetter, isArabicMark, isLatinLetter, isLineBreak, isSpace, TATWEEL } from '../text/arabic';
import type { Finding, Fix, Locale, Rule } from '../types';
import { t } from '../types';
import * as D from './missing-numeral.data';

export const RULE_ID = 'missing-numeral';
export const PLACEHOLDER_SNIPPET = '${1:رقم}';
export const PLACEHOLDER_PLAIN = '[رقم؟]';
export const REVIEW_COMMAND = 'tadqiq.markReviewed';

// ---------------------------------------------------------------------------------------------
// Folding: the same normalisation for the lexicons and the text.

const PRESENTATION = new Map<number, string>();
for (let c = 0xfb50; c <= 0xfdff; c++) addPresentation(c);
for (let c = 0xfe70; c <= 0xfefc; c++) addPresentation(c);
function addPresentation(c: number): void {
  const s = String.fromCharCode(c);
  const n = s.normalize('NFKC');
  if (n !== s) PRESENTATION.set(c, n);
}

/** One folded code unit, or -1 to drop it. Presentation forms are handled by the caller. */
function foldUnit(c: number): number {
  if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) return 0x0627; // أ إ آ ٱ → ا
  if (c === 0x0649) return 0x064a; // ى → ي
  if (c === TATWEEL || isArabicMark(c)) return -1;
  return c;
}

function needsFold(c: number): boolean {
  return c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671 || c === 0x0649 || c === TATWEEL || isArabicMark(c) || c >= 0xfb50;
}

function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const p = c >= 0xfb50 ? PRESENTATION.get(c) : undefined;
    if (p !== undefined) {
      for (let j = 0; j < p.length; j++) {
        const f = foldUnit(p.charCodeAt(j));
        if (f >= 0) out += String.fromCharCode(f);
      }
      continue;
    }
    const f = foldUnit(c);
    if (f >= 0) out += String.fromCharCode(f);
  }
  return out;
}

/** Fold text[s, e); `reversed` reads the code units backwards (visual-order lines). */
function foldRange(text: string, s: number, e: number, reversed: boolean): string {
  if (!reversed) {
    let plain = true;
    for (let i = s; i < e; i++) {
      if (needsFold(text.charCodeAt(i))) {
        plain = false;
        break;
      }
    }
    if (plain) return text.slice(s, e);
    return foldString(text.slice(s, e));
  }
  let r = '';
  for (let i = e - 1; i >= s; i--) r += text[i];
  return foldString(r);
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldString));

const COUNTED_STRONG = set([...D.COUNTED_PLURAL_STRONG, ...D.COUNTED_SINGULAR_STRONG]);
const COUNTED_PLURAL = set(D.COUNTED_PLURAL_STRONG);
const COUNTED_WEAK = set(D.COUNTED_WEAK);
const ACCUSATIVE = set(D.COUNTED_ACCUSATIVE);
const NUMBER_NOUNS = set(D.NUMBER_NOUNS);
const PERCENT_WORDS = set(D.PERCENT_WORDS);
const MONTHS = set(D.MONTHS);
const AMBIGUOUS_MONTHS = set(D.AMBIGUOUS_MONTHS);
const MONTH_SECOND = set(D.MONTH_SECOND_WORDS);
const MONTH_MODIFIERS = set(D.MONTH_MODIFIERS);
const TWO_WORD_MONTH_HEADS = set(['كانون', 'تشرين']);
const WEEKDAYS = set(D.WEEKDAYS);
const YEAR_WORDS = set(D.YEAR_WORDS);
const YEAR_WORDS_DEFINITE = set(D.YEAR_WORDS_DEFINITE);
const YEAR_WORDS_LAW = set(D.YEAR_WORDS_LAW);
const NUMBERING_HEADS = set(D.NUMBERING_HEADS);
const YEAR_INTRODUCERS = set(D.YEAR_INTRODUCERS);
const PREPOSITIONS = set(D.PREPOSITIONS);
const APPROXIMATORS = set(D.APPROXIMATORS);
const NAHWA = set(D.NAHWA);
const AGE_WORDS = set(D.AGE_WORDS);
const NO_END_WORDS = set(D.NO_END_WORDS);
const PAIR_HEADS = set(D.PAIR_HEADS);
const NUMBER_WORDS = set(D.NUMBER_WORDS);
const ORIENTATION = set(D.ORIENTATION_WORDS);
const ORIENTATION_REVERSED = new Set([...ORIENTATION].map((w) => [...w].reverse().join('')));
const YEAR_FOLLOWERS = set(D.YEAR_FOLLOWERS);
const NOT_ACCUSATIVE = set(D.NOT_ACCUSATIVE_COUNT);
const BEFORE_BAAD = set(['فيما', 'من', 'ما', 'وفيما', 'ومن']);
const YEAR_GAP_INTRO = set([...D.YEAR_INTRODUCERS, ...D.BIRTH_WORDS, 'حتى', 'إلى', 'من']);
const TIME_PREPOSITIONS = set(D.TIME_PREPOSITIONS);
const DURATION_WORDS = set(D.DURATION_WORDS);
const MIAH = set(['المائة', 'المئة']);
const PERCENT_INTRO = set(['بنسبة', 'نسبة', 'نسبته', 'نسبتها', 'حوالي', 'بحوالي', 'نحو', 'بنحو', 'قرابة', 'بقرابة', 'زهاء', 'إلى', 'من']);

const ALEF = 0x0627;
const LAM = 0x0644;
const WAW = 0x0648;
const FEH = 0x0641;

/** The word itself or, when it starts with و/ف, the rest — is either in the set? */
function inSetClitic(s: ReadonlySet<string>, w: string): boolean {
  if (s.has(w)) return true;
  const c = w.charCodeAt(0);
  return (c === WAW || c === FEH) && w.length > 2 && s.has(w.slice(1));
}

/** Function words that start with ال but are not definite nouns (folded: إلى → الي). */
const AL_FUNCTION_WORDS = set(['إلى', 'التي', 'الذي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللواتي', 'اللاتي', 'إلا', 'الآن']);

function isDefinite(w: string): boolean {
  return w.length > 2 && w.charCodeAt(0) === ALEF && w.charCodeAt(1) === LAM && !AL_FUNCTION_WORDS.has(w);
}

/** A number word, also behind و/ف and ب/ل (وثلاث، بعشرات، لعدة، وبخمسة). */
function isNumberWord(w: string): boolean {
  if (NUMBER_WORDS.has(w)) return true;
  let i = 0;
  let c = w.charCodeAt(0);
  if (c === WAW || c === FEH) c = w.charCodeAt(++i);
  if (c === 0x0628 /* ب */ || c === LAM) i++;
  return i > 0 && w.length - i >= 2 && NUMBER_WORDS.has(w.slice(i));
}

/** Month (or the second word of a two-word month) — ambiguity is judged by the caller. */
function isMonth(w: string): boolean {
  return MONTHS.has(w);
}

/** An indefinite accusative noun by shape (…ًا): only used behind a preposition and a double space. */
function looksAccusativeCount(w: string): boolean {
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== ALEF || isDefinite(w)) return false;
  const p = w.charCodeAt(n - 2);
  if (p === ALEF || p === WAW || p === 0x064a /* ي: nisba adverbs حاليا */) return false;
  return !NOT_ACCUSATIVE.has(w);
}

// ---------------------------------------------------------------------------------------------
// Tokens of one line.

const W = 1; // Arabic word
const DG = 2; // digit run (with its separators)
const LT = 3; // Latin run
const P = 4; // any other visible character (punctuation, %, …)

function isTransparent(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c || c === 0xfeff || c === 0xad;
}

function isWordUnit(c: number): boolean {
  return isArabicLetter(c) || isArabicMark(c) || c === TATWEEL || (c >= 0xfb50 && c <= 0xfdff && c !== 0xfd3e && c !== 0xfd3f) || (c >= 0xfe70 && c <= 0xfefc);
}

function isDigitSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x066b || c === 0x066c || c === 0x27 || c === 0xa0 || c === 0x202f;
}

function isLtrOpener(c: number): boolean {
  return c === 0x202a || c === 0x202d || c === 0x2066 || c === 0x2068;
}

function closes(opener: number, c: number): boolean {
  return opener >= 0x2066 ? c === 0x2069 : c === 0x202c;
}

/** Punctuation that ends a phrase (a closing quote is decided by the caller). */
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

class LineTokens {
  n = 0;
  kind: number[] = [];
  start: number[] = [];
  end: number[] = [];
  /** Separator before token i: start offset, spaces, offset of its second space, empty LTR pair closer. */
  sepStart: number[] = [];
  spaces: number[] = [];
  second: number[] = [];
  pair: number[] = [];
  keys: (string | undefined)[] = [];

  reset(): void {
    this.n = 0;
  }

  push(kind: number, s: number, e: number, sepStart: number, spaces: number, second: number, pair: number): void {
    const i = this.n++;
    this.kind[i] = kind;
    this.start[i] = s;
    this.end[i] = e;
    this.sepStart[i] = sepStart;
    this.spaces[i] = spaces;
    this.second[i] = second;
    this.pair[i] = pair;
    this.keys[i] = undefined;
  }
}

/** Tokenise text[from, to) (one line); returns the closer of an empty LTR pair after the last token, or -1. */
function tokenize(text: string, from: number, to: number, tk: LineTokens): number {
  tk.reset();
  let i = from;
  let sepStart = from;
  let spaces = 0;
  let second = -1;
  let pair = -1;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaces++;
      if (spaces === 2) second = i;
      i++;
      continue;
    }
    if (isTransparent(c)) {
      if (isLtrOpener(c)) {
        let j = i + 1;
        while (j < to && isSpace(text.charCodeAt(j))) j++;
        if (j < to && closes(c, text.charCodeAt(j))) {
          pair = j;
          for (let k = i + 1; k < j; k++) {
            spaces++;
            if (spaces === 2) second = k;
          }
          i = j + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    const s = i;
    let kind: number;
    if (isWordUnit(c)) {
      kind = W;
      while (i < to && isWordUnit(text.charCodeAt(i))) i++;
    } else if (isAnyDigit(c)) {
      kind = DG;
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isAnyDigit(d)) i++;
        else if (isDigitSeparator(d) && i + 1 < to && isAnyDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLatinLetter(c)) {
      kind = LT;
      while (i < to && isLatinLetter(text.charCodeAt(i))) i++;
    } else {
      kind = P;
      i++;
    }
    tk.push(kind, s, i, sepStart, spaces, second, pair);
    sepStart = i;
    spaces = 0;
    second = -1;
    pair = -1;
  }
  return pair;
}

// ---------------------------------------------------------------------------------------------
// The check.

type Reason =
  | { kind: 'embedding' }
  | { kind: 'before'; word: string }
  | { kind: 'after'; word: string }
  | { kind: 'day'; word: string }
  | { kind: 'year'; word: string }
  | { kind: 'percent'; word: string }
  | { kind: 'pair'; word: string };

function message(locale: Locale, r: Reason): string {
  switch (r.kind) {
    case 'embedding':
      return t(locale, {
        en: 'A number seems to be missing here: an empty left-to-right embedding is left where digits stood.',
        ar: 'يبدو أن رقمًا سقط هنا: بقي تضمين فارغ من اليسار إلى اليمين حيث كانت الأرقام.',
      });
    case 'before':
      return t(locale, {
        en: `A number seems to be missing before “${r.word}”.`,
        ar: `يبدو أن رقمًا سقط قبل «${r.word}».`,
      });
    case 'after':
      return t(locale, {
        en: `A number seems to be missing after “${r.word}”.`,
        ar: `يبدو أن رقمًا سقط بعد «${r.word}».`,
      });
    case 'day':
      return t(locale, {
        en: `A number (the day) seems to be missing before the month “${r.word}”.`,
        ar: `يبدو أن رقمًا (اليوم) سقط قبل الشهر «${r.word}».`,
      });
    case 'year':
      return t(locale, {
        en: `A number (the year) seems to be missing after “${r.word}”.`,
        ar: `يبدو أن رقمًا (السنة) سقط بعد «${r.word}».`,
      });
    case 'percent':
      return t(locale, {
        en: `A number seems to be missing: “${r.word}” has no number before it.`,
        ar: `يبدو أن رقمًا سقط: «${r.word}» بلا رقم قبلها.`,
      });
    case 'pair':
      return t(locale, {
        en: `A number seems to be missing after “${r.word}”: the first of two numbers joined by “و”.`,
        ar: `يبدو أن رقمًا سقط بعد «${r.word}»: أول رقمين يجمعهما حرف «و».`,
      });
  }
}

/** Visible text of text[s, e) without controls, marks and tatweel, spaces collapsed. */
function visible(text: string, s: number, e: number): string {
  let out = '';
  let space = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isTransparent(c) || c === TATWEEL || isArabicMark(c)) continue;
    if (isSpace(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += text[i];
  }
  return out;
}

/** Up to `words` space-separated chunks of the line before / after `pos` (bounded scan). */
function around(text: string, pos: number, words: number): [string, string] {
  let s = pos;
  let seen = 0;
  let inWord = false;
  while (s > 0 && pos - s < 80) {
    const c = text.charCodeAt(s - 1);
    if (isLineBreak(c)) break;
    if (isSpace(c)) {
      if (inWord) {
        seen++;
        inWord = false;
        if (seen === words) break;
      }
    } else if (!isTransparent(c)) inWord = true;
    s--;
  }
  let e = pos;
  seen = 0;
  inWord = false;
  while (e < text.length && e - pos < 80) {
    const c = text.charCodeAt(e);
    if (isLineBreak(c)) break;
    if (isSpace(c)) {
      if (inWord) {
        seen++;
        inWord = false;
        if (seen === words) break;
      }
    } else if (!isTransparent(c)) inWord = true;
    e++;
  }
  return [visible(text, s, pos), visible(text, pos, e)];
}

/** The key that "mark as intended" stores: rule id and three words either side of the gap. */
export function reviewKey(text: string, pos: number): string {
  const [b, a] = around(text, pos, 3);
  return `${RULE_ID}:${b} ‸ ${a}`;
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
  options: {},
  check({ text, locale, severity, reviewed }) {
    const out: Finding[] = [];
    const tk = new LineTokens();
    const n = text.length;
    let lineStart = 0;
    while (lineStart <= n) {
      let lineEnd = lineStart;
      while (lineEnd < n && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
      if (lineEnd > lineStart) checkLine(text, lineStart, lineEnd, tk, locale, severity, reviewed, out);
      if (lineEnd >= n) break;
      lineStart = lineEnd + 1;
    }
    return out;
  },
};

function checkLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  tk: LineTokens,
  locale: Locale,
  severity: Finding['severity'],
  reviewed: ReadonlySet<string> | undefined,
  out: Finding[],
): void {
  const trailingPair = tokenize(text, lineStart, lineEnd, tk);
  const n = tk.n;
  if (n === 0) return;

  // Orientation vote.
  let fwd = 0;
  let rev = 0;
  let words = 0;
  for (let i = 0; i < n; i++) {
    if (tk.kind[i] !== W) continue;
    words++;
    const k = foldRange(text, tk.start[i], tk.end[i], false);
    tk.keys[i] = k;
    if (ORIENTATION.has(k)) fwd++;
    if (ORIENTATION_REVERSED.has(k)) rev++;
    if (k.length >= 4) {
      if (k.charCodeAt(0) === ALEF && k.charCodeAt(1) === LAM) fwd++;
      if (k.charCodeAt(k.length - 1) === ALEF && k.charCodeAt(k.length - 2) === LAM) rev++;
    }
  }
  if (words === 0) return;
  const visual = rev >= 2 && rev > fwd;
  if (visual) for (let i = 0; i < n; i++) if (tk.kind[i] === W) tk.keys[i] = foldRange(text, tk.start[i], tk.end[i], true);

  // Logical order accessors: logical index j ↔ storage index.
  const at = (j: number) => (visual ? n - 1 - j : j);
  const kindL = (j: number) => (j >= 0 && j < n ? tk.kind[at(j)] : 0);
  const keyL = (j: number): string | null => (j >= 0 && j < n && tk.kind[at(j)] === W ? (tk.keys[at(j)] as string) : null);
  /** Storage index of the token that owns the separator between logical j-1 and j. */
  const sepOwner = (j: number) => (visual ? at(j - 1) : at(j));
  const charL = (j: number) => text.charCodeAt(tk.start[at(j)]);

  const reported = new Set<number>();
  const report = (pos: number, trailingSpace: boolean, reason: Reason) => {
    if (reported.has(pos)) return;
    reported.add(pos);
    const key = reviewKey(text, pos);
    if (reviewed && reviewed.has(key)) return;
    out.push(makeFinding(text, pos, trailingSpace, reason, key, locale, severity));
  };

  // 1. Empty LTR embeddings: `\u202A \u202C` where pdftotext had wrapped the digits.
  for (let i = 0; i < n; i++) if (tk.pair[i] >= 0) report(tk.pair[i], false, { kind: 'embedding' });
  if (trailingPair >= 0) report(trailingPair, false, { kind: 'embedding' });

  // 2. Gaps between logical tokens j-1 and j.
  for (let j = 1; j < n; j++) {
    const owner = sepOwner(j);
    if (tk.pair[owner] >= 0) continue;
    const ka = kindL(j - 1);
    const kb = kindL(j);
    if (ka === DG || kb === DG || ka === LT || (kb === P && gluedDigits(j))) continue;
    const spaces = tk.spaces[owner];
    const a = keyL(j - 1);
    const b = keyL(j);
    const a2 = keyL(j - 2);
    const doubleGap = spaces === 2 ? tk.second[owner] : -1;
    /** Insertion point for a single-space gap: before the next token (logical lines). */
    const beforeNext = () => tk.start[owner];
    const gapPos = () => (doubleGap >= 0 ? doubleGap : beforeNext());
    const gapTrailing = () => doubleGap < 0 && kb === W;

    if (a && isNumberWord(a)) continue;

    if (doubleGap >= 0) {
      const hit = doubleSpaceEvidence(a, a2, b, kb, j);
      if (hit) {
        report(doubleGap, false, hit);
        continue;
      }
    }
    if (spaces === 0 && !(kb === P && isPercentSign(charL(j)))) continue;

    // Single-space (or any-space) constructions that cannot stand without a number.
    if (a && b) {
      if ((inSetClitic(PREPOSITIONS, a) || inSetClitic(APPROXIMATORS, a) || NAHWA.has(a) || AGE_WORDS.has(a)) && ACCUSATIVE.has(b)) {
        report(gapPos(), gapTrailing(), { kind: 'before', word: b });
        continue;
      }
      if (inSetClitic(APPROXIMATORS, a) && a !== 'بنسبة' && (COUNTED_PLURAL.has(b) || COUNTED_WEAK.has(b)) && !NUMBER_NOUNS.has(b)) {
        report(gapPos(), gapTrailing(), { kind: 'before', word: b });
        continue;
      }
      if (PERCENT_WORDS.has(b)) {
        report(gapPos(), gapTrailing(), { kind: 'percent', word: b });
        continue;
      }
      if (a === 'في' && MIAH.has(b) && j >= 2) {
        // X في المائة: X must be a number; the gap is before في.
        const before = keyL(j - 2);
        const o2 = sepOwner(j - 1);
        if (before && inSetClitic(PERCENT_INTRO, before) && tk.pair[o2] < 0 && tk.spaces[o2] > 0) {
          const pos = tk.spaces[o2] === 2 ? tk.second[o2] : tk.start[o2];
          report(pos, tk.spaces[o2] !== 2, { kind: 'percent', word: 'في المائة' });
          continue;
        }
      }
      if (inSetClitic(WEEKDAYS, a) && isMonth(b) && (!AMBIGUOUS_MONTHS.has(b) || kindL(j + 1) === DG)) {
        report(gapPos(), gapTrailing(), { kind: 'day', word: b });
        continue;
      }
      if (NUMBERING_HEADS.has(a) && YEAR_WORDS_LAW.has(b)) {
        report(gapPos(), gapTrailing(), { kind: 'after', word: a });
        continue;
      }
      if (inSetClitic(PAIR_HEADS, a) && b === 'و' && kindL(j + 1) === DG && tk.spaces[sepOwner(j + 1)] <= 1) {
        report(gapPos(), gapTrailing(), { kind: 'pair', word: a });
        continue;
      }
    }
    if (a && kb === P) {
      const c = charL(j);
      if (isPercentSign(c)) {
        // `%` after a word that is not a number; a `%` glued inside a word is a kashida glyph.
        if (!followsLetter(j)) {
          report(gapPos(), false, { kind: 'percent', word: String.fromCharCode(c) });
          continue;
        }
      } else if (isClosing(j)) {
        if (YEAR_WORDS.has(a) && a2 && inSetClitic(YEAR_INTRODUCERS, a2)) {
          report(gapPos(), false, { kind: 'year', word: a });
          continue;
        }
        if (YEAR_WORDS_LAW.has(a) && kindL(j - 2) === DG) {
          report(gapPos(), false, { kind: 'year', word: a });
          continue;
        }
        if (inSetClitic(NO_END_WORDS, a)) {
          report(gapPos(), false, { kind: 'after', word: a });
          continue;
        }
      }
    }
  }

  /** Is the character after logical token j (skipping controls) an Arabic letter? (kashida `%`) */
  function followsLetter(j: number): boolean {
    let k = j + 1;
    while (k < n && tk.spaces[sepOwner(k)] === 0 && kindL(k) === P && isPercentSign(charL(k))) k++;
    return k < n && tk.spaces[sepOwner(k)] === 0 && kindL(k) === W;
  }

  /** Punctuation at j glued to a digit run after it (`سنة ."2016`: pdftotext's neutral-order damage). */
  function gluedDigits(j: number): boolean {
    let k = j + 1;
    while (k < n && tk.spaces[sepOwner(k)] === 0 && kindL(k) === P) k++;
    return k < n && tk.spaces[sepOwner(k)] === 0 && kindL(k) === DG;
  }

  /** Punctuation that closes a phrase; a straight quote only when nothing is glued after it. */
  function isClosing(j: number): boolean {
    const c = charL(j);
    if (c === 0x22 || c === 0x27) return j + 1 >= n || tk.spaces[sepOwner(j + 1)] > 0 || kindL(j + 1) === P;
    return isClosingPunct(c);
  }

  /** Evidence for a double-space gap between logical tokens (a before, b after). */
  function doubleSpaceEvidence(a: string | null, a2: string | null, b: string | null, kb: number, j: number): Reason | null {
    const ka = kindL(j - 1);
    if (ka !== W && ka !== P) return null;
    const prep = !!a && (inSetClitic(PREPOSITIONS, a) || inSetClitic(APPROXIMATORS, a) || NAHWA.has(a) || AGE_WORDS.has(a));
    if (b) {
      // a counted noun in construct with a definite word is not counted: مجلس  نواب الشعب
      const next = keyL(j + 1);
      const idafa = !!next && isDefinite(next) && tk.spaces[sepOwner(j + 1)] > 0;
      if (!idafa || NUMBER_NOUNS.has(b)) {
        if (COUNTED_STRONG.has(b) || ACCUSATIVE.has(b) || PERCENT_WORDS.has(b)) return { kind: 'before', word: b };
        if (COUNTED_WEAK.has(b) && a && inSetClitic(TIME_PREPOSITIONS, a)) return { kind: 'before', word: b };
        if (prep && looksAccusativeCount(b)) return { kind: 'before', word: b };
      }
      if (isMonth(b) && !MONTH_SECOND.has(b)) {
        if (!AMBIGUOUS_MONTHS.has(b) || kindL(j + 1) === DG || (a && inSetClitic(WEEKDAYS, a))) return { kind: 'day', word: b };
      }
    }
    if (!a || kb === DG) return null;
    // after a year word
    const endsHere = kb === P && isClosing(j);
    if (YEAR_WORDS.has(a) || YEAR_WORDS_LAW.has(a)) {
      const intro = !!a2 && inSetClitic(YEAR_GAP_INTRO, a2);
      const law = YEAR_WORDS_LAW.has(a) && kindL(j - 2) === DG;
      const duration = !!a2 && inSetClitic(DURATION_WORDS, a2);
      const follower = !!b && (YEAR_FOLLOWERS.has(b) || isNumberWord(b));
      if (!follower && (intro || law || (endsHere && !duration))) return { kind: 'year', word: a };
    }
    if (YEAR_WORDS_DEFINITE.has(a) && b && (looksAccusativeCount(b) || COUNTED_STRONG.has(b))) return { kind: 'after', word: a };
    // after a month name with no day before it: the year
    const isHead = TWO_WORD_MONTH_HEADS.has(a);
    const monthWord = isMonth(a) && !isHead ? a : MONTH_SECOND.has(a) && a2 && TWO_WORD_MONTH_HEADS.has(a2) ? `${a2} ${a}` : null;
    // (only when the date is already broken before the month: a gap or a weekday right before it)
    const mj = monthWord === a ? j - 1 : j - 2;
    const brokenBefore = mj >= 1 && (tk.spaces[sepOwner(mj)] === 2 || tk.pair[sepOwner(mj)] >= 0 || (!!keyL(mj - 1) && inSetClitic(WEEKDAYS, keyL(mj - 1) as string)));
    if (monthWord && !AMBIGUOUS_MONTHS.has(a) && brokenBefore && kindL(mj - 1) !== DG && (!b || !MONTH_MODIFIERS.has(b))) {
      return { kind: 'year', word: monthWord };
    }
    // a word that cannot end a phrase, then punctuation
    if (endsHere) {
      if (inSetClitic(NO_END_WORDS, a)) return { kind: 'after', word: a };
      if ((a === 'بعد' || a === 'قبل') && !(a2 && BEFORE_BAAD.has(a2))) return { kind: 'after', word: a };
    }
    return null;
  }
}

/** The nearest non-control character before (dir -1) or at/after (dir 1) pos, or 0. */
function charNear(text: string, pos: number, dir: -1 | 1): number {
  let i = dir < 0 ? pos - 1 : pos;
  for (let k = 0; k < 8 && i >= 0 && i < text.length; k++, i += dir) {
    const c = text.charCodeAt(i);
    if (!isTransparent(c)) return c;
  }
  return 0;
}

function makeFinding(
  text: string,
  pos: number,
  trailingSpace: boolean,
  reason: Reason,
  key: string,
  locale: Locale,
  severity: Finding['severity'],
): Finding {
  const [b, a] = around(text, pos, 1);
  const spaceBefore = b && isSpace(charNear(text, pos, -1));
  const spaceAfter = a && (trailingSpace || isSpace(charNear(text, pos, 1)));
  const preview = `${b}${spaceBefore ? ' ' : ''}[${locale === 'ar' ? 'رقم' : 'number'}]${spaceAfter ? ' ' : ''}${a}`;
  const fixes: Fix[] = [
    {
      title: t(locale, { en: `Insert a placeholder for the number: “${preview}”`, ar: `إدراج موضع للرقم: «${preview}»` }),
      edits: [{ start: pos, end: pos, newText: PLACEHOLDER_SNIPPET + (trailingSpace ? ' ' : '') }],
      snippet: true,
      plainText: PLACEHOLDER_PLAIN + (trailingSpace ? ' ' : ''),
    },
    {
      title: t(locale, { en: 'Mark as intended (no number is missing here)', ar: 'تعليم كمقصود (لا رقم ناقص هنا)' }),
      edits: [],
      command: { id: REVIEW_COMMAND, args: [key] },
    },
  ];
  return { ruleId: RULE_ID, start: pos, end: pos, severity, message: message(locale, reason), fixes };
}
