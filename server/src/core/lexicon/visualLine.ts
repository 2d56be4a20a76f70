/**
 * Is a line (or a column segment of one) in visual order — the characters of a right-to-left line reversed, as
 * mutool, pdfminer and visual-order sources write them? Shared by every rule that reads words: they skip such
 * lines (their tokens are reversed), and reversed-line repairs them. The test (reversed-line.ts says why):
 *  1. a cheap signal first: a token that starts with a letter no Arabic word starts with (ة ى, or a final/medial
 *     presentation form), or ends with a reversed article (…لا, 4+ letters) — and (claims10) the wider signs a
 *     logical-order word rarely shows (wideSign: a hamza or a mark first, إ آ أ last, `لاو`, punctuation glued after a
 *     space), or the line opens with sentence punctuation;
 *  2. then the lexicon decides: the share of letters in known words must rise from the segment as it is to its
 *     reversal (readsReversed).
 */
import { foldKey, isWordKey } from './index';
import { arabicRunEnd, arabicTokens, isArabicTokenChar, type Span, tokenText } from './tokens';
import { hasKnownReading, visualToLogical } from './visual';
import { mixesForms } from './visualMixed';
import { isBidiControl } from '../text/charclass';
import { memoBudget, ownCopy } from '../text/strings';
import { onRelease, releasable } from '../text/memos';

/** Final or medial presentation forms (a logical-order word never starts with one). */
function isNonInitialForm(c: number): boolean {
  if (c < 0xfe70 || c > 0xfefc) return false;
  // FE70–FE7F: harakat forms; FE80 hamza isolated; for the rest the pattern per letter is
  // isolated, final, (initial, medial) — teh marbuta, alef forms, dal, reh, waw etc. have no initial/medial.
  return NON_INITIAL.has(c);
}
const NON_INITIAL = new Set<number>();
(() => {
  // letters with 4 forms (isolated, final, initial, medial), by their isolated code point
  const four = [0xfe89, 0xfe8f, 0xfe95, 0xfe99, 0xfe9d, 0xfea1, 0xfea5, 0xfeb1, 0xfeb5, 0xfeb9, 0xfebd, 0xfec1, 0xfec5, 0xfec9, 0xfecd, 0xfed1, 0xfed5, 0xfed9, 0xfedd, 0xfee1, 0xfee5, 0xfee9, 0xfef1];
  for (const iso of four) {
    NON_INITIAL.add(iso + 1); // final
    NON_INITIAL.add(iso + 3); // medial
  }
  // letters with 2 forms (isolated, final)
  const two = [0xfe81, 0xfe83, 0xfe85, 0xfe87, 0xfe8d, 0xfe93, 0xfea9, 0xfeab, 0xfead, 0xfeaf, 0xfeed, 0xfeef, 0xfef5, 0xfef7, 0xfef9, 0xfefb];
  for (const iso of two) NON_INITIAL.add(iso + 1);
})();

const TEH_MARBUTA = 0x0629;
const ALEF_MAQSURA = 0x0649;

/**
 * Does the span show a sign of visual order a logical-order word never shows (a token that starts with ة ى or a
 * final/medial presentation form, or ends with a reversed article)? The narrow test the rules that only skip such
 * text use (unbalanced-quote, broken-paragraph): it decides nothing by the lexicon.
 */
export function looksVisual(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    if (!isArabicTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    i = arabicRunEnd(text, s, end);
    if (narrowSign(text, s, i)) return true;
  }
  return false;
}

function narrowSign(text: string, s: number, i: number): boolean {
  const c = text.charCodeAt(s);
  if (c === TEH_MARBUTA || c === ALEF_MAQSURA || isNonInitialForm(c)) return true;
  return i - s >= 4 && text.charCodeAt(i - 1) === 0x0627 && text.charCodeAt(i - 2) === 0x0644;
}

/**
 * A sign a logical-order word rarely shows but its reversal often does, which the lexicon must confirm: a token that
 * starts with a hamza no word starts with (ء ؤ ئ, which end many: `أشياء`، `تباطؤ`، `مبادئ`) or with a mark, ends with
 * إ آ or (two letters or more) أ — `أن`، `إلى`، `آخر` reversed —, with أ/إ + و ب ف ل ك (`وأفاد`، `بأن` reversed), ends
 * with و ب ف ك + a reversed article (`لاو`), or
 * follows sentence punctuation glued to it after a space (` .كلذب`، ` ،هصفق`).
 */
function wideSign(text: string, start: number, s: number, i: number): boolean {
  const c = text.charCodeAt(s);
  if (c === 0x0621 || c === 0x0624 || c === 0x0626 || (c >= 0x064b && c <= 0x0652)) return true;
  const z = text.charCodeAt(i - 1);
  if (z === 0x0625 || z === 0x0622 || (z === 0x0623 && i - s >= 2)) return true;
  // و ب ف ل ك before a hamza on alef (`وأفاد`، `بأن`، `لإنهاء` reversed end with `أو`، `أب`، `إل`)
  if (i - s >= 3 && CLITIC_BEFORE_ARTICLE_OR_L.has(z) && (text.charCodeAt(i - 2) === 0x0623 || text.charCodeAt(i - 2) === 0x0625)) return true;
  if (i - s >= 5 && CLITIC_BEFORE_ARTICLE.has(z) && text.charCodeAt(i - 2) === 0x0627 && text.charCodeAt(i - 3) === 0x0644) return true;
  const p = s > start + 1 ? text.charCodeAt(s - 1) : 0;
  return (p === 0x2e || p === 0x060c || p === 0x061b || p === 0x061f) && text.charCodeAt(s - 2) === 0x20;
}

/**
 * The cheap signal before the lexicon is asked: an Arabic token (arabicTokens, no bangs) with a narrow or a wide sign
 * of visual order (above). Read in place: no token is built.
 */
export function suspiciousRange(text: string, start: number, end: number): boolean {
  return signCount(text, start, end, 1) > 0;
}

/** How many tokens of the span show a sign of visual order, counted up to `cap`. */
export function signCount(text: string, start: number, end: number, cap: number): number {
  let n = 0;
  for (let i = start; i < end && n < cap; ) {
    if (!isArabicTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    i = arabicRunEnd(text, s, end);
    if (narrowSign(text, s, i) || wideSign(text, start, s, i)) n++;
  }
  return n;
}
/** و ب ف ك before the article: `وال<U+0640>` reversed ends with `لاو`. */
const CLITIC_BEFORE_ARTICLE = new Set([0x0648, 0x0628, 0x0641, 0x0643]);
/** و ب ف ك ل: a clitic before a word's first letter. */
const CLITIC_BEFORE_ARTICLE_OR_L = new Set([0x0648, 0x0628, 0x0641, 0x0643, 0x0644]);

/**
 * Does the span open with sentence-closing punctuation glued to an Arabic letter (`.نيحشرتم`, `؟اذامل`, or one space
 * between: `. مالعا`)? A line in logical order never does (an ellipsis `...ثم` is no sign: its first mark is followed by another); one in visual
 * order does wherever its sentence ended at the line's end.
 */
function punctuationLed(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 0x20 || isBidiControl(text.charCodeAt(i)))) i++;
  if (i + 1 >= end) return false;
  const c = text.charCodeAt(i);
  if (c !== 0x2e && c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x21 && c !== 0x3a) return false;
  // (or after one space: a sentence whose full stop had a space before it, `اعلام .` — claims10)
  const j = text.charCodeAt(i + 1) === 0x20 && i + 2 < end ? i + 2 : i + 1;
  return isArabicTokenChar(text.charCodeAt(j));
}

/** Is text[start, end) in visual order (the verdict remembered by the span's text, bounded; `Document.isVisualLine` remembers the answers of one lint by offset)? */
export function judgeVisual(text: string, start: number, end: number): boolean {
  if (end - start > MAX_SEGMENT) return false;
  const led = punctuationLed(text, start, end);
  const suspicious = suspiciousRange(text, start, end);
  if (!led && !suspicious) return false;
  // (the lexicon's verdict, by the span's text: a draft checked again after an edit — core/incremental.ts runs the
  // document rules on the whole draft — judges again only the lines it has not seen; bounded like the lexicon's caches)
  const key = text.slice(start, end);
  let v = JUDGED.get(key);
  if (v === undefined) {
    const s = score(text, { start, end });
    v = s.tokens >= 3 ? readsReversed(text, s) : s.letters >= 4 && s.before === 0 && s.after === 1;
    // a line that opens with its closing punctuation (`.مم  تغلب تايمكب راطمأ تلطه`): the lexicon, lenient with short
    // words (تلطه, راطمأ read as clitics and a stem), need only read the reversal nearly whole and better than the line
    // — as well as the line where a token also shows the cheap signal (`.نكاس فلأ  يحلا مضي`); a line in logical order
    // whose full stop the extractor moved to its start (neutral-order) reads better as it is
    if (!v && led && s.tokens >= 2) v = s.after >= 0.85 && (suspicious ? s.after >= s.before : s.after > s.before);
    if (JUDGED.size >= JUDGED_MAX || judgedChars + key.length > memoBudget(text.length)) {
      JUDGED.clear();
      judgedChars = 0;
    }
    JUDGED.set(ownCopy(key), v);
    judgedChars += key.length;
  }
  return v;
}
/**
 * A line too short to judge alone (one or two words) beside a line in visual order: in visual order too when its
 * reversal reads whole and better than the line (`نإ لاقي` — لاقي is a word, يقال reads better). The repaired view
 * asks it of a line next to one it reads backwards (claims10); a clean text has no such neighbour.
 */
export function shortReadsReversed(text: string, start: number, end: number): boolean {
  if (end - start > 40) return false;
  const s = score(text, { start, end });
  // (as well as the line when a word of it shows a sign of visual order: نإ reads as a clitic too)
  return s.tokens >= 1 && s.tokens < 3 && s.letters >= 3 && s.after === 1 && (s.after > s.before || signCount(text, start, end, 1) > 0);
}

const JUDGED = new Map<string, boolean>();
const JUDGED_MAX = 20_000;
let judgedChars = 0;
onRelease('visualLine.JUDGED', () => {
  JUDGED.clear();
  judgedChars = 0;
});

/**
 * The lexicon's verdict on a segment of three words or more: its reversal reads as words, half of it at least and a
 * quarter better than the segment as is — or, where a third of its words show a sign of visual order (three at least:
 * a clean line shows one, a name or `بدأ`), a tenth better (names, which neither reading knows, keep both shares low).
 */
export function readsReversed(text: string, s: Scored): boolean {
  const gain = s.after - s.before;
  if (s.after >= 0.5 && gain >= 0.25) return true;
  if (gain < 0.1 - 1e-9) return false;
  const signs = signCount(text, s.seg.start, s.seg.end, s.tokens);
  return signs >= 3 && signs * 3 >= s.tokens;
}

export interface Scored {
  seg: Span;
  tokens: number;
  letters: number;
  before: number;
  after: number;
}

function reverseString(s: string): string {
  let r = '';
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/** What score needs of a token: its folded length (-1: no key), whether it is a word as is and reversed. */
interface TokScore {
  letters: number;
  before: boolean;
  after: boolean;
}
const tokScores = releasable('visualLine.tokScores', new Map<string, TokScore>());

function tokScore(w: string): TokScore {
  let v = tokScores.get(w);
  if (v === undefined) {
    const k = foldKey(w);
    v = k === null ? { letters: -1, before: false, after: false } : { letters: k.length, before: isWordKey(k), after: hasKnownReading(reverseString(w)) };
    if (tokScores.size >= 50_000) tokScores.clear();
    tokScores.set(ownCopy(w), v);
  }
  return v;
}

/**
 * score's numbers by the segment's text (a pure function of it), bounded like JUDGED: a line is scored by
 * judgeVisual when a rule asks Document.isVisualLine, then again by reversed-line for its message — once now — and a
 * draft checked again after an edit scores only the lines it has not seen.
 */
const SCORED = new Map<string, Omit<Scored, 'seg'>>();
const SCORED_MAX = 20_000;
let scoredChars = 0;
onRelease('visualLine.SCORED', () => {
  SCORED.clear();
  scoredChars = 0;
});

/** Known-letter shares of the segment as is and reversed. */
export function score(text: string, seg: Span): Scored {
  const key = text.slice(seg.start, seg.end);
  let v = SCORED.get(key);
  if (v === undefined) {
    v = scoreOf(text, seg);
    if (SCORED.size >= SCORED_MAX || scoredChars + key.length > memoBudget(text.length)) {
      SCORED.clear();
      scoredChars = 0;
    }
    SCORED.set(ownCopy(key), v);
    scoredChars += key.length;
  }
  return { seg, tokens: v.tokens, letters: v.letters, before: v.before, after: v.after };
}

function scoreOf(text: string, seg: Span): Omit<Scored, 'seg'> {
  const toks = arabicTokens(text, seg.start, seg.end, true);
  let letters = 0;
  let before = 0;
  let after = 0;
  let n = 0;
  for (const tk of toks) {
    const v = tokScore(tokenText(text, tk));
    if (v.letters < 0) continue;
    n++;
    letters += v.letters;
    if (v.before) before += v.letters;
    if (v.after) after += v.letters;
  }
  // a line that mixes presentation forms and plain letters (pdf.js on a Chromium PDF, its plain runs reversed in
  // place): judged by the reading reversed-line's fix gives it (visual.ts), when that reads better than the reversal
  if (letters && mixesForms(text.slice(seg.start, seg.end))) {
    const alt = visualToLogical(text.slice(seg.start, seg.end));
    let altLetters = 0;
    let altKnown = 0;
    for (const tk of arabicTokens(alt, 0, alt.length, true)) {
      const v = tokScore(tokenText(alt, tk));
      if (v.letters < 0) continue;
      altLetters += v.letters;
      if (v.before) altKnown += v.letters;
    }
    if (altLetters && altKnown / altLetters > after / letters) after = (altKnown / altLetters) * letters;
  }
  return { tokens: n, letters, before: letters ? before / letters : 0, after: letters ? after / letters : 0 };
}

export const MAX_SEGMENT = 2000; // characters: longer "lines" are paragraphs of a normal text, not extracted lines

