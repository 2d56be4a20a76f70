/**
 * cut-word — a word cut at the end of a line and completed on the next one, as extraction leaves it when
 * a line break falls inside a word (`الحكو` ⏎ `مة` for `الحكومة`).
 *
 * The last Arabic token of a line (nothing but spaces and bidi controls after it) and the first token of
 * the next non-blank line (nothing but spaces and bidi controls before it) are joined when the joined
 * form is a word of the lexicon and neither piece can stand alone (precision first: two words that also
 * make a word stay apart). Fix (preferred): remove the line break between them; the title previews the
 * word.
 */
import { foldKey, isLikelyWord, isWordKey } from '../lexicon/index';
import { arabicRunEnd, arabicRunStart, isArabicTokenChar, Span } from '../lexicon/tokens';
import { defineRule } from '../types';
import type { Rule, RuleFinding } from '../types';

function isSkippable(c: number): boolean {
  return c === 0x20 || c === 0x09 || (c >= 0x202a && c <= 0x202e) || c === 0x200e || c === 0x200f || (c >= 0x2066 && c <= 0x2069);
}

function onlySkippable(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isSkippable(text.charCodeAt(i))) return false;
  return true;
}

/** The first token of arabicTokens(text, start, end), or null when there is none. */
function firstToken(text: string, start: number, end: number): Span | null {
  let i = start;
  while (i < end && !isArabicTokenChar(text.charCodeAt(i))) i++;
  if (i >= end) return null;
  return { start: i, end: arabicRunEnd(text, i, end) };
}

/** The last token of arabicTokens(text, start, end), or null when there is none. */
function lastToken(text: string, start: number, end: number): Span | null {
  let e = end;
  while (e > start && !isArabicTokenChar(text.charCodeAt(e - 1))) e--;
  if (e <= start) return null;
  return { start: arabicRunStart(text, e, start), end: e };
}

export const cutWord: Rule = defineRule({
  id: 'cut-word',
  title: { en: 'Word cut at a line end', ar: 'كلمة مقطوعة في آخر السطر' },
  description: {
    en: 'Flags a word cut at the end of a line and completed on the next line (الحكو ⏎ مة), when the joined form is a word and the pieces are not; the fix joins them.',
    ar: 'ينبّه إلى كلمة قُطعت في آخر السطر وتتمّتها في السطر التالي (الحكو ⏎ مة) إذا كان الموصول كلمة والجزآن ليسا كذلك؛ والإصلاح يصلهما.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'nearby',
  options: {},
  messages: {
    cut: {
      en: 'Word cut at the line end: “{a}” + “{b}” reads “{word}”.',
      ar: 'كلمة مقطوعة في آخر السطر: «{a}» + «{b}» صوابها «{word}».',
    },
    join: {
      en: 'Join: “{word}”',
      ar: 'وصل: «{word}»',
    },
  },
  check({ text, doc, message }) {
    const out: RuleFinding[] = [];
    let prev: { line: Span; last: Span } | null = null;
    for (const line of doc.lines) {
      // only the first and the last token of a line matter: found from both ends (as arabicTokens cuts them)
      const first = firstToken(text, line.start, line.end);
      if (first === null) {
        if (!onlySkippable(text, line.start, line.end)) prev = null;
        continue;
      }
      if (doc.isVisualLine(line.start, line.end)) {
        prev = null;
        continue;
      }
      if (prev && onlySkippable(text, line.start, first.start)) {
        const a = text.slice(prev.last.start, prev.last.end);
        const b = text.slice(first.start, first.end);
        // (the pieces first: their answers are cached, the joined form is new)
        const key = isLikelyWord(a) || isLikelyWord(b) ? null : foldKey(a + b);
        if (key !== null && isWordKey(key)) {
          const word = a + b;
          out.push({
            start: prev.last.start,
            end: first.end,
            message: message('cut', { a, b, word }),
            fixes: [
              {
                title: message('join', { word }),
                edits: [{ start: prev.last.end, end: first.start, newText: '' }],
                preferred: true,
              },
            ],
          });
        }
      }
      const last = lastToken(text, line.start, line.end)!;
      prev = onlySkippable(text, last.end, line.end) ? { line, last } : null;
    }
    return out;
  },
});
