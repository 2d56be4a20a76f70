/**
 * reversed-line — a line (or a column segment of a line) written in visual order: the characters of an
 * RTL line reversed, as mutool, pdfminer and copies from visual-order sources produce them:
 *   `ةيفيرلا قطانملا يف نيعرازملا معدل ةديدج ةطخ` for `خطة جديدة لدعم المزارعين في المناطق الريفية`.
 *
 * Detection (per segment: line pieces separated by ≥ 3 spaces):
 *  1. a cheap signal first: a token that starts with a letter no Arabic word starts with (ة ى, or a
 *     final/medial presentation form), or ends with a reversed article (…لا, 4+ letters);
 *  2. then the lexicon decides: the share of letters in known words must rise from the segment as it is
 *     to its reversal (≥ 0.5 after, ≥ 0.25 more than before) over ≥ 3 Arabic tokens; a shorter segment
 *     (one or two words) only when the document has at least two such lines and the reversal is all
 *     known while the original is not.
 * Fix (preferred): the segment in logical order — characters reversed, digit and Latin runs kept, brackets
 * mirrored, lam-alef pairs read as the lexicon knows them (lexicon/visual.ts). The title previews it.
 */
import { foldKey, isWord } from '../lexicon/index';
import { arabicTokens, isArabicTokenChar, lines, segments, Span, tokenText } from '../lexicon/tokens';
import { hasKnownReading, visualToLogical } from '../lexicon/visual';
import type { Finding, Rule } from '../types';
import { t } from '../types';

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

/** Does the span show a sign of visual order (a token no logical-order word can start or end like)? */
export function looksVisual(text: string, start: number, end: number): boolean {
  return suspiciousRange(text, start, end);
}

/**
 * The cheap signal: an Arabic token (arabicTokens, no bangs) that starts with ة ى or a final/medial
 * presentation form, or ends with a reversed article (…لا, 4+ letters). Read in place: no token is built.
 */
function suspiciousRange(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    if (!isArabicTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < end && isArabicTokenChar(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(s);
    if (c === TEH_MARBUTA || c === ALEF_MAQSURA || isNonInitialForm(c)) return true;
    if (i - s >= 4 && text.charCodeAt(i - 1) === 0x0627 && text.charCodeAt(i - 2) === 0x0644) return true;
  }
  return false;
}

/**
 * Is the span a line in visual order, by the same test as the rule (cheap signal, then the lexicon)?
 * The word-level rules skip such lines: their tokens are reversed, and what they would join or swap
 * is not what the reading-order repair puts back.
 */
let visualMemo: { text: string; lines: Map<number, { end: number; v: boolean }> } | null = null;

export function isVisualLine(text: string, start: number, end: number): boolean {
  // several rules ask about the same lines of the same text: remember the answers for the last text
  if (!visualMemo || visualMemo.text !== text) visualMemo = { text, lines: new Map() };
  // the same content may come as another string object: keep this one, so that the next calls compare
  // by identity and not character by character
  else visualMemo.text = text;
  const hit = visualMemo.lines.get(start);
  if (hit && hit.end === end) return hit.v;
  const v = judgeVisual(text, start, end);
  visualMemo.lines.set(start, { end, v });
  return v;
}

function judgeVisual(text: string, start: number, end: number): boolean {
  if (end - start > MAX_SEGMENT) return false;
  if (!suspiciousRange(text, start, end)) return false;
  const s = score(text, { start, end });
  return s.tokens >= 3 ? s.after >= 0.5 && s.after - s.before >= 0.25 : s.letters >= 4 && s.before === 0 && s.after === 1;
}

interface Scored {
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
const tokScores = new Map<string, TokScore>();

function tokScore(w: string): TokScore {
  let v = tokScores.get(w);
  if (v === undefined) {
    const k = foldKey(w);
    v = k === null ? { letters: -1, before: false, after: false } : { letters: k.length, before: isWord(w), after: hasKnownReading(reverseString(w)) };
    if (tokScores.size >= 50_000) tokScores.clear();
    tokScores.set(w, v);
  }
  return v;
}

/** Known-letter shares of the segment as is and reversed. */
function score(text: string, seg: Span): Scored {
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
  return { seg, tokens: n, letters, before: letters ? before / letters : 0, after: letters ? after / letters : 0 };
}

const MAX_SEGMENT = 2000; // characters: longer "lines" are paragraphs of a normal text, not extracted lines

export const reversedLine: Rule = {
  id: 'reversed-line',
  title: { en: 'Line in visual (reversed) order', ar: 'سطر بترتيب بصري معكوس' },
  description: {
    en: 'Flags lines whose Arabic letters run left to right, character by character reversed, as PDF extractors (mutool, pdfminer) and visual-order sources emit them, and restores the logical order.',
    ar: 'ينبّه إلى الأسطر التي جاءت حروفها العربية معكوسة حرفًا حرفًا من اليسار إلى اليمين كما تُخرجها أدوات استخراج PDF والمصادر ذات الترتيب البصري، ويعيد ترتيبها المنطقي.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  options: {},
  check({ text, locale, severity }) {
    const strong: Scored[] = [];
    const weak: Scored[] = [];
    for (const line of lines(text)) {
      if (line.end - line.start > MAX_SEGMENT) continue;
      for (const seg of segments(text, line)) {
        if (!suspiciousRange(text, seg.start, seg.end)) continue;
        const s = score(text, seg);
        if (s.tokens >= 3) {
          if (s.after >= 0.5 && s.after - s.before >= 0.25) strong.push(s);
        } else if (s.letters >= 4 && s.before === 0 && s.after === 1) weak.push(s);
      }
    }
    const flagged = strong.length >= 2 ? [...strong, ...weak] : strong;
    const out: Finding[] = [];
    for (const s of flagged) {
      const original = text.slice(s.seg.start, s.seg.end);
      const fixed = visualToLogical(original);
      if (fixed === original) continue;
      const preview = fixed.length > 40 ? fixed.slice(0, 40) + '…' : fixed;
      out.push({
        ruleId: 'reversed-line',
        start: s.seg.start,
        end: s.seg.end,
        severity,
        message: t(locale, {
          en: `This line is in visual order (letters reversed, as extracted from a PDF): ${Math.round(s.before * 100)} % of it reads as words, ${Math.round(s.after * 100)} % once reversed.`,
          ar: `هذا السطر بترتيب بصري معكوس (كما يُستخرج من PDF): ${Math.round(s.before * 100)}٪ منه كلمات معروفة، و${Math.round(s.after * 100)}٪ بعد عكسه.`,
        }),
        fixes: [
          {
            title: t(locale, { en: `Restore reading order: “${preview}”`, ar: `إعادة ترتيب القراءة: «${preview}»` }),
            edits: [{ start: s.seg.start, end: s.seg.end, newText: fixed }],
            preferred: true,
          },
        ],
      });
    }
    return out;
  },
};
