/**
 * broken-paragraph — a paragraph broken by a blank line in mid-sentence, as PDF extraction leaves every
 * line of a page (`… أعلنت الحكومة عن` ⏎ ⏎ `خطة جديدة …`).
 *
 * A blank line is reported when the line before it ends, with no punctuation, on a word that cannot end a
 * sentence (a preposition, a conjunction, a relative pronoun, a particle: في، من، على، التي، أن، و …) and
 * the line after it starts with an Arabic word, neither line in visual order (reversed-line's signal).
 * Not reported: a headline (the first line of the text, short, without punctuation: news titles end
 * anywhere), and words that only fold to a particle (علي the name is not على; أم in أف أم, FM).
 * Fix (preferred): replace the line breaks and the blank line by one space.
 */
import { foldKey } from '../lexicon/index';
import { Span } from '../lexicon/tokens';
import { isArabicLetter, isPresentationForm } from '../text/arabic';
import { defineRule } from '../types';
import type { Rule, RuleFinding } from '../types';
import { looksVisual } from '../lexicon/visualLine';

/** Words that never end an Arabic sentence. */
const NON_FINAL = new Set(
  [
    'في', 'من', 'على', 'إلى', 'عن', 'مع', 'بين', 'حتى', 'منذ', 'لدى', 'عند', 'بعد', 'قبل', 'ضد', 'حول', 'نحو', 'دون', 'خلال',
    'عبر', 'ضمن', 'وفق', 'حسب', 'لأن', 'و', 'أو', 'ثم', 'أم', 'بل', 'لكن', 'أن', 'إن', 'أنه', 'أنها', 'التي', 'الذي', 'الذين',
    'اللذين', 'اللتين', 'اللواتي', 'ما', 'لا', 'لم', 'لن', 'قد', 'كل', 'بعض', 'هذا', 'هذه', 'هؤلاء', 'وفي', 'ومن',
    'وعلى', 'وإلى', 'وعن', 'ومع', 'وقد', 'ولم', 'ولا', 'فإن', 'بأن', 'كما', 'إذا', 'لو', 'كي', 'لكي', 'حيث', 'عندما',
  ].map((w) => foldKey(w)!),
);

/** Written so, these are names or letters, not the particles they fold to: علي (Ali, not على), أم after أف (FM). */
const MAX_HEADLINE_TOKENS = 15;

function isNameLike(word: string, prev: string | null): boolean {
  const w = word.replace(/[\u064b-\u065f\u0640]/g, '');
  if (w === 'علي' || w === 'وعلي') return true;
  return (w === 'أم' || w === 'ام') && prev !== null && /^(?:ال)?[أا]ف$/.test(prev.replace(/[\u064b-\u065f\u0640]/g, ''));
}

/** Sentence punctuation anywhere in the line (a headline has none). */
function hasSentencePunct(text: string, l: Span): boolean {
  for (let i = l.start; i < l.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x060c || c === 0x2c || c === 0x061b || c === 0x3b || c === 0x061f || c === 0x3f || c === 0x21 || c === 0x3a) return true;
  }
  return false;
}

function isBlankish(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x202a && c <= 0x202e) || c === 0x200e || c === 0x200f || (c >= 0x2066 && c <= 0x2069);
}

function isBlankLine(text: string, l: Span): boolean {
  for (let i = l.start; i < l.end; i++) if (!isBlankish(text.charCodeAt(i))) return false;
  return true;
}

/** The last visible character of a line (bidi controls and spaces skipped), or -1. */
function lastVisible(text: string, l: Span): number {
  for (let i = l.end - 1; i >= l.start; i--) if (!isBlankish(text.charCodeAt(i))) return i;
  return -1;
}

function firstVisible(text: string, l: Span): number {
  for (let i = l.start; i < l.end; i++) if (!isBlankish(text.charCodeAt(i))) return i;
  return -1;
}

export const brokenParagraph: Rule = defineRule({
  id: 'broken-paragraph',
  title: { en: 'Paragraph broken in mid-sentence', ar: 'فقرة مقطوعة في وسط الجملة' },
  description: {
    en: 'Flags a blank line inside a sentence, after a word that cannot end one (في، من، التي، أن …), as PDF extraction leaves them; the fix joins the two lines.',
    ar: 'ينبّه إلى سطر فارغ داخل الجملة بعد كلمة لا تنتهي بها جملة (في، من، التي، أن …) كما يخلّفه الاستخراج من PDF؛ والإصلاح يصل السطرين.',
  },
  defaultSeverity: 'info',
  defaultEnabled: true,
  reach: 'nearby',
  options: {},
  messages: {
    broken: {
      en: 'Paragraph broken in mid-sentence: the line ends on “{word}”, which cannot end a sentence.',
      ar: 'فقرة مقطوعة في وسط الجملة: ينتهي السطر ب\u0640«{word}» ولا تنتهي بها جملة.',
    },
    join: {
      en: 'Join the lines after “{word}”',
      ar: 'وصل السطرين بعد «{word}»',
    },
  },
  check({ text, doc, message }) {
    const out: RuleFinding[] = [];
    const ls = doc.lines;
    let seen = false;
    for (let i = 0; i + 2 < ls.length; i++) {
      const a = ls[i];
      if (isBlankLine(text, a)) continue;
      const firstLine = !seen;
      seen = true;
      let j = i + 1;
      while (j < ls.length && isBlankLine(text, ls[j])) j++;
      if (j === i + 1 || j >= ls.length) continue; // no blank line between, or nothing after
      const b = ls[j];
      const la = lastVisible(text, a);
      const fb = firstVisible(text, b);
      if (la < 0 || fb < 0) continue;
      const cb = text.charCodeAt(fb);
      if (!isArabicLetter(cb) && !isPresentationForm(cb)) continue;
      const toks = doc.lineTokens(i);
      if (toks.length < 2) continue;
      const last = toks[toks.length - 1];
      if (last.end !== la + 1) continue; // ends on punctuation, a number, Latin…
      const k = foldKey(text.slice(last.start, last.end));
      if (k === null || !NON_FINAL.has(k)) continue;
      if (isNameLike(text.slice(last.start, last.end), toks.length > 1 ? text.slice(toks[toks.length - 2].start, toks[toks.length - 2].end) : null)) continue;
      // the first line of the text, short and without punctuation, is a headline: it ends where it ends
      if (firstLine && toks.length <= MAX_HEADLINE_TOKENS && !hasSentencePunct(text, a)) continue;
      // a line in visual order ends on its first word: leave it to reversed-line
      if (looksVisual(text, a.start, a.end) || looksVisual(text, b.start, b.end)) continue;
      const word = text.slice(last.start, last.end);
      out.push({
        start: a.end,
        end: b.start,
        message: message('broken', { word }),
        fixes: [
          {
            title: message('join', { word }),
            edits: [{ start: a.end, end: b.start, newText: ' ' }],
            preferred: true,
          },
        ],
      });
      i = j - 1;
    }
    return out;
  },
});
