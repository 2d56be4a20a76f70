/**
 * mirrored-bracket — a pair of brackets or guillemets written mirrored around Arabic text, as visual-order
 * routes leave them: `)كاتسو(` for `(كاتسو)`, `»النص«` for `«النص»`.
 *
 * A closing mark that opens a span (at a word start: after a space, a line start or a bidi control) and an
 * opening mark of the same pair that closes it (before a space, punctuation, a line end or a bidi
 * control), on one line or across one line break (PDFium, pdf.js: `)31⏎عاما(`), at most 80 characters apart, with Arabic letters and no other bracket between.
 * Enumerations (`أ) … ب)`) and smileys do not match: their `)` follows a letter or a digit.
 * Fix (preferred): swap both marks; the title previews the span.
 *
 * Also a Latin name in brackets as Chrome's viewer (PDFium) copies it from an RTL line: both brackets mirrored and the
 * space after the closing one moved before it, `قناة )SWR )الألمانية` for `قناة (SWR) الألمانية` (latinSpan; issue 10,
 * session 14, the routes' articles 1–20: one such name, in 6 of 6 routes).
 */
import { hasArabicLetter } from '../lexicon/tokens';
import { defineRule } from '../types';
import type { Rule, RuleContext, RuleFinding } from '../types';

const PAIRS: Array<[string, string]> = [
  [')', '('],
  [']', '['],
  ['}', '{'],
  ['\u00bb', '\u00ab'],
];
const ANY_BRACKET = /[()[\]{}\u00ab\u00bb]/;
const MAX_SPAN = 80;

function lineStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && text.charCodeAt(s - 1) !== 0x0a && text.charCodeAt(s - 1) !== 0x0d) s--;
  return s;
}

function lineEnd(text: string, i: number): number {
  let e = i;
  while (e < text.length && text.charCodeAt(e) !== 0x0a && text.charCodeAt(e) !== 0x0d) e++;
  return e;
}

function isBidi(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || c === 0x200e || c === 0x200f || (c >= 0x2066 && c <= 0x2069);
}

function opensWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || isBidi(c);
}

function closesWord(text: string, i: number): boolean {
  if (i + 1 >= text.length) return true;
  const c = text.charCodeAt(i + 1);
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || isBidi(c) || '.,،؛:؟!"'.includes(text[i + 1]);
}

/** `)SWR )الألمانية`: a mirrored `)`, a Latin name (letters, digits, inner spaces), a space, `)` glued to an Arabic word. */
const LATIN_SPAN = /\)([A-Za-z0-9](?:[A-Za-z0-9.&'-]| (?=[A-Za-z0-9])){0,40}) \)(?=[\u0621-\u064a])/g;

function latinSpan(text: string, message: RuleContext['message'], out: RuleFinding[]): void {
  LATIN_SPAN.lastIndex = 0;
  for (let m = LATIN_SPAN.exec(text); m !== null; m = LATIN_SPAN.exec(text)) {
    if (!opensWord(text, m.index) || !/[A-Za-z]/.test(m[1])) continue;
    const fixed = `(${m[1]}) `;
    const msg = message('mirrored', { close: ')', inner: m[1] + ' ', open: ')', fixed: fixed.trim() });
    out.push({ start: m.index, end: m.index + m[0].length, message: msg, fixes: [{ title: message('swap', { fixed: fixed.trim() }), edits: [{ start: m.index, end: m.index + m[0].length, newText: fixed }], preferred: true }] });
  }
}

export const mirroredBracket: Rule = defineRule({
  id: 'mirrored-bracket',
  title: { en: 'Mirrored brackets', ar: 'أقواس معكوسة' },
  description: {
    en: 'Flags a pair of brackets or guillemets written mirrored around Arabic text, as visual-order extraction leaves them ()النص( for (النص)), and swaps them.',
    ar: 'ينبّه إلى قوسين أو علامتي تنصيص معكوستين حول نص عربي كما يخلّفهما الاستخراج بالترتيب البصري ()النص( بدل (النص))، ويبدّلهما.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'paragraph',
  options: {},
  messages: {
    mirrored: {
      en: 'Mirrored brackets (visual-order extraction): “{close}{inner}{open}” reads “{fixed}”.',
      ar: 'قوسان معكوسان (من الاستخراج بالترتيب البصري): «{close}{inner}{open}» صوابها «{fixed}».',
    },
    swap: {
      en: 'Swap the brackets: “{fixed}”',
      ar: 'تبديل القوسين: «{fixed}»',
    },
  },
  check({ text, doc, message }) {
    const out: RuleFinding[] = [];
    latinSpan(text, message, out);
    for (const [close, open] of PAIRS) {
      for (let i = text.indexOf(close); i >= 0; i = text.indexOf(close, i + 1)) {
        if (!opensWord(text, i)) continue;
        // bounded search: at most MAX_SPAN characters, never past the line end (linear in the text)
        // (across one line break too: PDFium and pdf.js set a bracketed span a line cuts in two as `)31⏎عاما(`)
        let j = -1;
        let breaks = 0;
        for (let q = i + 1; q < text.length && q - i <= MAX_SPAN; q++) {
          const c = text[q];
          if (c === open) {
            j = q;
            break;
          }
          if (c === '\n' || c === '\r') {
            if (c === '\r' && text[q + 1] === '\n') q++;
            if (++breaks > 1 || text[q + 1] === '\n' || text[q + 1] === '\r') break;
          }
        }
        if (j < 0) continue;
        const inner = text.slice(i + 1, j);
        if (inner.length === 0 || ANY_BRACKET.test(inner)) continue;
        // a span across the break: no blank line, and each of its two parts with Arabic letters
        const nl = inner.search(/[\n\r]/);
        if (nl >= 0 && (inner.slice(0, nl).trim() === '' || inner.slice(nl).trim() === '' || !hasArabicLetter(text, i + 1, i + 1 + nl) && !/[0-9]/.test(inner.slice(0, nl)))) continue;
        if (inner.trim() !== inner || !closesWord(text, j) || !hasArabicLetter(text, i + 1, j)) continue;
        // in a line in visual order the brackets are mirrored with everything else: reversed-line's repair
        if (doc.isVisualLine(lineStart(text, i), lineEnd(text, j))) continue;
        const fixed = open + inner.replace(/\r?\n|\r/, ' ') + close;
        const msg = message('mirrored', { close, inner: inner.replace(/\r?\n|\r/, ' '), open, fixed });
        const edits = [
          { start: i, end: i + 1, newText: open },
          { start: j, end: j + 1, newText: close },
        ];
        out.push({ start: i, end: j + 1, message: msg, fixes: [{ title: message('swap', { fixed }), edits, preferred: true }] });
        // across a line break, the second line is told too (its bracket), the same swap offered (fix-all applies the first)
        if (nl >= 0) out.push({ start: j, end: j + 1, message: msg, fixes: [{ title: message('swap', { fixed }), edits, preferred: false }] });
      }
    }
    return out;
  },
});
