/**
 * rtl-spacing — a space on the wrong side of a comma, a period or a number, as pdftotext leaves them
 * inside the LRE…PDF embeddings it wraps around every left-to-right piece of an RTL line: the content of
 * the embedding is written in visual order, so `الواقع ،إن` stands for `الواقع، إن` and `عام 2016قامت`
 * for `عام 2016 قامت`.
 *
 * Flagged when reversing the pieces of the embedding moves only spaces (the order of the non-space
 * characters is kept; when it changes, broken-fragment reports it). Fix (preferred): the reversed content
 * (as edits of the spaces around a lone number, which reversed-digits may be reversing in the same pass);
 * the closing PDF goes too, so the embedding is not read as visual again (the bidi-control rule removes
 * the opening LRE).
 *
 * Also a number glued to the words around it (issue 10: pdf.js and PDFium drop the spaces around the left-to-right
 * run a number is): `لتاريخ30ديسمبر` for `لتاريخ 30 ديسمبر`. A side is glued when the letters there make a word of
 * the lexicon of at least two letters that is not a proclitic alone: `ب30`, `و30`, `ال30`, `بال30` (prefixes
 * attached to a number, as some styles write them) and `30كم`, `2020م`, `1446ه` (units and era letters written on
 * the number; `12ألف`, `7مليون`) stay quiet, and so does the Maghreb decimal `3ر5`. Only in a text that shows it:
 * most of its numbers between Arabic words glued on both sides (an extraction loses the spaces around every number; correct news has
 * the odd slip, `نوفمبر2016وقتل`, among numbers written apart) or its line showing the signs of a damaging route
 * (text/damage.ts); a number glued on one side only needs both — or a text with three numbers glued on both sides at
 * least, most of its numbers (pdf.js on LibreOffice's PDFs shows no other sign): `عدد3`, `4سنوات` are typing slips as
 * often as damage. In a text that shows it, a word between two numbers is a side too (`تاريخ15نوفمبر2017`).
 * Fix (preferred): a space on each glued side.
 */
import { defineRule } from '../types';
import type { Document } from '../document';
import type { Edit, Rule, RuleContext, RuleFinding } from '../types';
import { isAttested, isLikelyWord, isWord } from '../lexicon/index';
import { isNewsWord } from '../lexicon/pairs';
import { CH, DIGIT, LETTER, MARK } from '../text/chars';
import { nonSpace, pieces } from '../text/embedding';
import { printedKashidaRunEnd } from '../text/charclass';
import { DIGIT_RE, nextOf } from '../text/scan';

/** Proclitics that attach to a number in some styles (ب30، و30، ال30، بال30، لل30). */
const PROCLITIC = /^(?:[وف]?(?:[بلك]|ال|بال|لل|كال)?|[وف])$/;
/**
 * Unit and era letters written on a number (30كم، 50كلغ، 2020م، 1446ه، 10مم، 5سم، 20مل) and the number words that
 * correct news writes glued to it (12ألف، 7مليون، 94.2بالمائة).
 */
const UNITS = new Set(['كم', 'كلم', 'كلغ', 'كغ', 'كج', 'مم', 'سم', 'مل', 'ه', 'م', 'ق', 'د', 'س', 'ث', 'دق', 'ك', 'ألف', 'الف', 'آلاف', 'الاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'بالمائة', 'بالمئة', 'بالمية']);
/** Longest letter run looked at on either side (a megabyte of letters glued to a number costs nothing more). */
const MAX_SIDE = 30;

const isLetter = (c: number): boolean => (CH[c] & LETTER) !== 0;
const isLetterOrMark = (c: number): boolean => (CH[c] & (LETTER | MARK)) !== 0;
const isDigit = (c: number): boolean => (CH[c] & DIGIT) !== 0;

/**
 * Is the letter run a word that stands apart from a number (not a proclitic, not a unit)? In a text that shows its
 * numbers glued (`shown`), units of two letters or more stand apart too: clean news writes `150 مليون`, `30 ألف`,
 * `50 كلغ` apart far more often than glued (the even half of the unlabelled news: مليون 773 to 11, ألف 779 to 3,
 * كلغ 94 to 1), so where an extraction glued every number, the unit was apart; era letters (`2020م`, `1446ه`) stay.
 */
function standsApart(w: string, side: 'before' | 'after', shown = false): boolean {
  const bare = w.replace(/[\u064b-\u065f\u0670]/g, '');
  if (bare.length < 2) return false;
  if (side === 'before' && PROCLITIC.test(bare)) return false;
  if (side === 'after' && UNITS.has(bare)) return shown;
  return isWord(bare) || isAttested(bare);
}

/** Is the run a word of three letters at least (the letters either side of digits, joined)? */
function isJoinedWord(w: string): boolean {
  const bare = w.replace(/[\u064b-\u065f\u0670]/g, '');
  return bare.length >= 3 && (isWord(bare) || isAttested(bare));
}

interface Num {
  s: number;
  e: number;
  /** Arabic letters right against it (before, after). */
  before: boolean;
  after: boolean;
  /** Arabic letters on both sides, against it or past one space. */
  amid: boolean;
}

/** The numbers of the text (digits with separators between digits: 1,000 3.5 ٣٫٥, the Maghreb decimal 3ر5). */
function numbers(text: string): Num[] {
  const out: Num[] = [];
  const n = text.length;
  const letterAt = (p: number) => p >= 0 && p < n && isLetterOrMark(text.charCodeAt(p));
  // (from one digit to the next: a native scan, text/scan.ts)
  for (let i = nextOf(DIGIT_RE, text, 0); i >= 0 && i < n; i = nextOf(DIGIT_RE, text, i + 1)) {
    const s = i;
    let e = i + 1;
    for (;;) {
      while (e < n && isDigit(text.charCodeAt(e))) e++;
      const c = text.charCodeAt(e);
      if (e + 1 < n && (c === 0x2c || c === 0x2e || c === 0x066b || c === 0x066c || c === 0x0631 || c === 0x2f || c === 0x3a) && isDigit(text.charCodeAt(e + 1))) e++;
      else break;
    }
    i = e - 1;
    const before = letterAt(s - 1);
    const after = e < n && isLetter(text.charCodeAt(e));
    const amid = (before || (text.charCodeAt(s - 1) === 0x20 && letterAt(s - 2))) && (after || (text.charCodeAt(e) === 0x20 && letterAt(e + 1)));
    out.push({ s, e, before, after, amid });
  }
  return out;
}

/**
 * Numbers glued to the words around them (see the header). The text must show it: most of its numbers between
 * Arabic words glued on both sides (an extraction drops the spaces around every number; a typing slip glues one), and a
 * number glued on one side only also needs the signs of a damaging route on its line.
 */
function gluedNumbers(doc: Document, message: RuleContext['message'], out: RuleFinding[]): void {
  const text = doc.text;
  const n = text.length;
  const nums = numbers(text);
  let amid = 0;
  let both = 0;
  let words = 0;
  const runBefore = (s: number) => {
    let ws = s;
    while (ws > 0 && s - ws < MAX_SIDE && isLetterOrMark(text.charCodeAt(ws - 1))) ws--;
    return text.slice(ws, s);
  };
  const runAfter = (e: number) => {
    let we = e;
    while (we < n && we - e < MAX_SIDE && isLetterOrMark(text.charCodeAt(we))) we++;
    return text.slice(e, we);
  };
  for (const x of nums) {
    if (x.amid) amid++;
    if (x.before && x.after) {
      both++;
      // (between two words that stand apart: not a unit, not a proclitic — `في2025م` is no such number; and two digits
      // at least: a lone digit inside letters is as often a glyph, some fonts' kashida read as 7)
      const b = runBefore(x.s);
      const a = runAfter(x.e);
      if (x.e - x.s >= 2 && standsApart(b, 'before') && standsApart(a, 'after') && !isJoinedWord(b + a)) words++;
    }
  }
  // (a whole-draft fact: this text's counts go into its tallies and the decision is taken on their totals, asked only
  // where a glued number depends on it — Document.count/decide; the incremental checker sums the chunks' parts)
  doc.count('rtl-spacing.numbers-amid', amid);
  doc.count('rtl-spacing.numbers-glued', both);
  doc.count('rtl-spacing.numbers-glued-words', words);
  let shownMemo: 0 | 1 | 2 | undefined;
  // 1: shown; 2: shown by three numbers glued on both sides to words at least — enough alone for a number glued on one side
  // (pdf.js on a LibreOffice PDF drops every space around a number and shows no other sign: `تاريخ15نوفمبر2017،`)
  const shownLevel = () =>
    (shownMemo ??= doc.decide((total) => {
      const glued = total('rtl-spacing.numbers-glued');
      return glued >= 1 && glued * 2 > total('rtl-spacing.numbers-amid') ? (total('rtl-spacing.numbers-glued-words') >= 3 ? 2 : 1) : 0;
    }));
  const isShown = () => shownLevel() > 0;
  for (const { s, e, before: glueBefore, after: glueAfter } of nums) {
    if (!glueBefore && !glueAfter) continue;
    // (one digit repeated inside a word that reads without it, محط77ة: a kashida glyph, extraction-junk's — unless the
    // digits stand between two words, من4الى، من11الى, and clean news does not write the word they make)
    if (glueBefore && glueAfter && printedKashidaRunEnd(text, s) === e && isJoinedWord(runBefore(s) + runAfter(e)) && !(isLikelyWord(runBefore(s)) && isLikelyWord(runAfter(e)) && !isNewsWord(runBefore(s) + runAfter(e)))) continue;
    const shown = isShown();
    // (both sides: the text shows it, or the line; one side: both)
    const signs = (glueBefore && glueAfter) || shown ? doc.damage.lineAt(s) || (shownLevel() === 2 && e - s >= 2) : false;
    // (flag-only, the spaces offered: a number of two digits at least glued to a word in a text that is mostly an
    // extraction — a fifth of its lines with a PDF route's signs — where its numbers are not glued often enough to show it)
    const weak = (glueBefore && glueAfter ? !shown && !signs : !shown || !signs) && e - s >= 2 && doc.damage.mostly;
    if (!weak && (glueBefore && glueAfter ? !shown && !signs : !shown || !signs)) continue;
    let ws = s;
    while (ws > 0 && s - ws < MAX_SIDE && isLetterOrMark(text.charCodeAt(ws - 1))) ws--;
    let we = e;
    while (we < n && we - e < MAX_SIDE && isLetterOrMark(text.charCodeAt(we))) we++;
    // (a run cut by MAX_SIDE, or glued to Latin or a tatweel beyond it, is no plain word; a word between two numbers,
    // one of them of two digits at least, is one in a text that shows the damage: `15نوفمبر2017`, `ليلة14جانفي2011`)
    const edge = (c: number, next: number) =>
      (CH[c] & (LETTER | MARK)) === 0 && ((CH[c] & DIGIT) === 0 || (shown && (e - s >= 2 || isDigit(next))));
    const before = glueBefore && (ws === 0 || edge(text.charCodeAt(ws - 1), ws > 1 ? text.charCodeAt(ws - 2) : 0)) && standsApart(text.slice(ws, s), 'before');
    // (and in a text that shows it a و between two numbers belongs to the second: `أيام25و26و27` → `أيام 25 و26 و27`)
    const wawChain = shown && glueAfter && we === e + 1 && text.charCodeAt(e) === 0x0648 && we < n && isDigit(text.charCodeAt(we));
    const after = wawChain || (glueAfter && (we === n || edge(text.charCodeAt(we), we + 1 < n ? text.charCodeAt(we + 1) : 0)) && standsApart(text.slice(e, we), 'after', shown));
    if (!before && !after) continue;
    if (!(before && after) && !(shown && signs) && !wawChain && !weak) continue;

    const line = doc.lineIndex.lineAt(s);
    if (doc.isVisualLine(doc.lineIndex.starts[line], doc.lineIndex.lineEnd(line))) continue;
    const edits: Edit[] = [];
    if (before) edits.push({ start: s, end: s, newText: ' ' });
    if (after) edits.push({ start: e, end: e, newText: ' ' });
    const fs = before ? ws : s;
    const fe = after ? we : e;
    const fixed = (before ? text.slice(ws, s) + ' ' : '') + text.slice(s, e) + (after ? ' ' + text.slice(e, we) : '');
    out.push({
      start: fs,
      end: fe,
      message: message('glued', { inner: text.slice(fs, fe), fixed }),
      fixes: [{ title: message('addSpace', { fixed }), edits, preferred: !weak }],
    });
  }
}

const PDF = 0x202c;

/**
 * The fix as edits of the spaces and the closing PDF only, when one piece is all there is between them
 * (` 2016` → `2016 `): the number itself is left to reversed-digits, whose edit would overlap a rewrite of
 * the whole embedding and be dropped from the same fix-all pass.
 */
function spaceEdits(ps: string[], s: number, e: number): Array<{ start: number; end: number; newText: string }> | null {
  const core = ps.filter((p) => p.trim() !== '');
  if (core.length !== 1) return null;
  const k = ps.indexOf(core[0]);
  const lead = ps.slice(0, k).join('');
  const trail = ps.slice(k + 1).join('');
  if (lead.trim() !== '' || trail.trim() !== '') return null;
  return [
    { start: s + 1, end: s + 1 + lead.length, newText: trail },
    { start: e - trail.length, end: e + 1, newText: lead },
  ];
}

export const rtlSpacing: Rule = defineRule({
  id: 'rtl-spacing',
  title: { en: 'Space on the wrong side (RTL extraction)', ar: 'مسافة في غير جهتها (استخراج معكوس)' },
  description: {
    en: 'Flags a space on the wrong side of punctuation or a number inside the left-to-right embeddings that pdftotext writes in visual order (الواقع ،إن for الواقع، إن), and moves it; and a number glued to the words around it (لتاريخ30ديسمبر for لتاريخ 30 ديسمبر), where extraction lost its spaces.',
    ar: 'ينبّه إلى مسافة في غير جهتها من علامة ترقيم أو عدد داخل المقاطع ذات الاتجاه من اليسار إلى اليمين التي يكتبها pdftotext بالترتيب البصري (الواقع ،إن بدل الواقع، إن)، وينقلها؛ وإلى عدد التصق بالكلمات حوله (لتاريخ30ديسمبر بدل لتاريخ 30 ديسمبر) حين أسقط الاستخراج المسافتين.',
  },
  defaultSeverity: 'info',
  defaultEnabled: true,
  reach: 'line',
  options: {},
  messages: {
    wrongSide: {
      en: 'Space on the wrong side (right-to-left extraction order): “{inner}” reads “{fixed}”.',
      ar: 'مسافة في غير جهتها (ترتيب استخراج معكوس): «{inner}» صوابها «{fixed}».',
    },
    moveSpace: {
      en: 'Move the space: “{fixed}”',
      ar: 'نقل المسافة: «{fixed}»',
    },
    glued: {
      en: 'Number glued to the words around it (the spaces were lost in extraction): “{inner}” reads “{fixed}”.',
      ar: 'عدد ملتصق بالكلمات حوله (سقطت المسافات في الاستخراج): «{inner}» صوابها «{fixed}».',
    },
    addSpace: {
      en: 'Add the spaces: “{fixed}”',
      ar: 'إضافة المسافات: «{fixed}»',
    },
  },
  check({ text, doc, message }) {
    const out: RuleFinding[] = [];
    for (let s = text.indexOf('\u202A'); s >= 0; s = text.indexOf('\u202A', s + 1)) {
      let e = s + 1;
      while (e < text.length && e - s < 200) {
        const c = text.charCodeAt(e);
        if (c === PDF || c === 0x0a || c === 0x0d || (c >= 0x202a && c <= 0x202e)) break;
        e++;
      }
      if (e >= text.length || text.charCodeAt(e) !== PDF) continue;
      const inner = text.slice(s + 1, e);
      if (!/\S/.test(inner) || !/ /.test(inner) || /[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]/.test(inner)) continue;
      const ps = pieces(inner);
      const rev = [...ps].reverse();
      if (nonSpace(rev).join('\u0000') !== nonSpace(ps).join('\u0000')) continue;
      const fixed = rev.join('');
      if (fixed === inner) continue;
      out.push({
        start: s + 1,
        end: e,
        message: message('wrongSide', { inner, fixed }),
        fixes: [
          {
            title: message('moveSpace', { fixed }),
            edits: spaceEdits(ps, s, e) ?? [{ start: s + 1, end: e + 1, newText: fixed }],
            preferred: true,
          },
        ],
      });
    }
    gluedNumbers(doc, message, out);
    return out;
  },
});
