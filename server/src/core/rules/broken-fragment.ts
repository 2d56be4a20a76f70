/**
 * broken-fragment — pieces of right-to-left text that an extractor put in the wrong order or tore apart,
 * below the level of a whole line (reversed-line) or a word (split-word):
 *
 *  1. Punctuation on the wrong side of a number or Latin word (`في ،2016` for `في 2016،`, `عاموس .6-`
 *     for `عاموس-6.`). pdftotext wraps every left-to-right piece of an RTL line in LRE…PDF
 *     (U+202A…U+202C) and writes its contents in visual order, so the neutral characters inside come out
 *     reversed around the number. Flagged when reversing the pieces of the embedding (digit and Latin
 *     runs kept whole) changes the order of its non-space characters; fix: that reversal, preferred when
 *     the embedding holds a number or Latin word and no bracket (some routes also mirror brackets), or is
 *     a straight quote and one clause mark (`" ،` → `، "`), or is a number in brackets whose opening
 *     bracket stayed before the embedding (`) (2000` → `(2000) `, both brackets mirrored). With one number
 *     in the embedding the edits go around it, so reversed-digits can reverse it in the same pass.
 *  2. A word that lost the ال + alef part of a lam-alef ligature (`لطارات` for `الإطارات`, `لنتاج` for
 *     `الإنتاج`; pdftotext on some LuaLaTeX fonts): a token starting with ل that is no word while ال +
 *     alef + the rest is. When it opens a line and the previous line ends with the torn-off alef pieces
 *     (`… ا إ`), the preferred fix moves them back (ال + that alef); when the *next* line ends with them
 *     (pdftotext emits the tail of such a line as the line before it), they go into this word
 *     (alefIntoPrevLine); otherwise the readings with ا, أ, إ
 *     are offered (the lexicon does not tell hamza forms apart) and none is preferred.
 *  3. The alef pieces of such ligatures left orphaned at the end of a run (`ا إ`, `أ`): flagged; the
 *     repair of 2. moves them back when it can tell where they go (its fix sits on the alef's finding when
 *     the word it completes is no torn ال word of its own: `الدولة أ` + `لسهم` → `لأسهم`).
 *  4. Runs of a line in reverse order with the words at their edges cut (reversedRuns; the search is lexicon/runs.ts).
 *  5. A full stop moved to the end of its line (LibreOffice's justified PDFs: `… أزرق وأظهرت … ممتاز في.` for
 *     `… أزرق. وأظهرت … ممتاز في`), or to its start (PDFium: `. … أزرق وأظهرت …`), judged by the word pairs of news
 *     (lexicon/movedMark.ts): moved back (movedMarks).
 *  6. Quotes, stops and brackets moved into the kashida gap of a word (PDFium on LibreOffice's PDFs: `الح " " راك ،`
 *     for `"الحراك"،`): the word mended and the marks put back where the text shows their place (lexicon/gapMarks.ts).
 *  Also 1. without embeddings (PDFium, pdf.js on LibreOffice PDFs): a clause or sentence mark written before a number
 *  (`فيفرى ،2017 وذلك`, `و.2011` at a line end), `%` before its number, empty quote pairs: bareNeutrals.
 */
import { foldKey, isAttested, isFunctionWord, isWord, isWordKey } from '../lexicon/index';
import { movedMark, movedMarkStart } from '../lexicon/movedMark';
import { gapMarks } from '../lexicon/gapMarks';
import { Span } from '../lexicon/tokens';
import { isAnyDigit, isArabicLetter, isLatinLetter, isPresentationForm } from '../text/arabic';
import { defineRule } from '../types';
import type { Document } from '../document';
import { nonSpace, pieces } from '../text/embedding';
import type { Fix, Rule, RuleContext, RuleFinding } from '../types';
import { ownCopy } from '../text/strings';
import { releasable } from '../text/memos';

const PDF = 0x202c;

const isBracket = (p: string) => p.length === 1 && '()[]{}«»'.includes(p);

/**
 * The reorder as edits around the embedding's one number (`: 2202` → `2202 :`), when it has exactly one: the
 * digits are left to reversed-digits, whose edit would overlap a rewrite of the whole embedding and be
 * dropped from the same fix-all pass. `fixed` holds the same number once.
 */
function aroundNumber(ps: string[], fixed: string, s: number, e: number): Array<{ start: number; end: number; newText: string }> | null {
  let k = -1;
  for (let i = 0; i < ps.length; i++) {
    if (!isAnyDigit(ps[i].charCodeAt(0))) continue;
    if (k >= 0) return null;
    k = i;
  }
  if (k < 0) return null;
  const num = ps[k];
  const at = fixed.indexOf(num);
  if (at < 0 || fixed.indexOf(num, at + 1) >= 0) return null;
  const numStart = s + 1 + ps.slice(0, k).join('').length;
  return [
    { start: s + 1, end: numStart, newText: fixed.slice(0, at) },
    { start: numStart + num.length, end: e + 1, newText: fixed.slice(at + num.length) },
  ];
}

/**
 * `)` right before the embedding (LRE at s) whose pieces are one `(`, one number and at most spaces and one
 * full stop or comma: the number's brackets, both mirrored by the extraction.
 */
function bracketedNumber(text: string, s: number, ps: string[]): boolean {
  if (s < 1 || text[s - 1] !== ')') return false;
  let open = 0;
  let num = 0;
  for (const p of ps) {
    if (p === '(') open++;
    else if (isAnyDigit(p.charCodeAt(0))) num++;
    else if (p.trim() !== '' && !(p.length === 1 && '.،'.includes(p))) return false;
  }
  return open === 1 && num === 1;
}

/**
 * A straight double quote and one sentence or clause mark (`" ،`, `".`, `" :`): the embedding is the visual
 * order of the mark and the quote, so the reversal is the reading order (`قوله، "لقد`, `معهم." ويؤكد`).
 */
function quoteAndStop(ns: string[]): boolean {
  return ns.length === 2 && ns.includes('"') && ns.some((p) => p.length === 1 && '.،:؛,'.includes(p));
}

function neutralOrder(text: string, message: RuleContext['message'], out: RuleFinding[]): void {
  for (let s = text.indexOf('\u202A'); s >= 0; s = text.indexOf('\u202A', s + 1)) {
    // the matching PDF on the same line, no nested embedding inside
    let e = s + 1;
    while (e < text.length && e - s < 200) {
      const c = text.charCodeAt(e);
      if (c === PDF || c === 0x0a || c === 0x0d || (c >= 0x202a && c <= 0x202e && c !== PDF)) break;
      e++;
    }
    if (e >= text.length || text.charCodeAt(e) !== PDF) continue;
    const inner = text.slice(s + 1, e);
    let hasArabic = false;
    for (let i = 0; i < inner.length; i++) if (isArabicLetter(inner.charCodeAt(i)) || isPresentationForm(inner.charCodeAt(i))) hasArabic = true;
    if (hasArabic) continue;
    const ps = pieces(inner);
    const ns = nonSpace(ps);
    if (ns.length < 2) continue;
    const rev = [...ps].reverse();
    const nsRev = nonSpace(rev);
    if (nsRev.join('\u0000') === ns.join('\u0000')) continue;
    // with no digit or Latin piece (a quote and a comma) the order is a guess: flagged, fix not preferred
    const strong =
      ps.some((p) => isAnyDigit(p.charCodeAt(0)) || isLatinLetter(p.charCodeAt(0))) || quoteAndStop(ns);
    const brackets = ps.some(isBracket);
    // `… )` + LRE ` (2000` PDF: a number in brackets whose opening bracket stayed in the RTL text before the
    // embedding, both brackets mirrored: `(2000) `
    const wrapped = bracketedNumber(text, s, ps);
    const fixed = wrapped ? rev.map((p) => (p === '(' ? ')' : p)).join('') : rev.join('');
    out.push({
      start: s + 1,
      end: e,
      message: message('punctuation', { inner: inner.trim(), fixed: fixed.trim() }),
      fixes: [
        {
          title: message('reorder', { fixed: fixed.trim() }),
          // the closing PDF goes too: the embedding now holds logical text and must not be read as visual
          // again (fix-all stays idempotent); the bidi-control rule removes the opening LRE
          edits: [
            ...(wrapped ? [{ start: s - 1, end: s, newText: '(' }] : []),
            ...(aroundNumber(ps, fixed, s, e) ?? [{ start: s + 1, end: e + 1, newText: fixed }]),
          ],
          preferred: wrapped || (strong && !brackets),
        },
      ],
    });
  }
}

const isGap = (c: number) => c === 0x20 || c === 0x09;
const isBreak = (c: number) => Number.isNaN(c) || c === 0x0a || c === 0x0d;

/**
 * The same damage with no embedding to show it (PDFium, pdf.js on LibreOffice's PDFs), where nothing but the
 * neutral character's place tells it:
 *  - a clause mark glued before a number that stands after a space (`نوفمبر ،2017 أخر` for `نوفمبر 2017، أخر`), a
 *    full stop between a one-letter clitic and a number that ends the line (`بين 2016 و.2018` for `و2018.`), or
 *    before a year after a word and a space or a line break (`ماي ⏎ .2017`, PDFium puts a line's closing number
 *    on a line of its own): the mark goes after the number (preferred; a number written so, in either order, is no
 *    text a writer means);
 *  - a per cent sign before a number after a space (`توفر %97 من` for `توفر 97% من`): after it (preferred);
 *  - a pair of straight quotes with nothing but spaces between them (`الح " " راك`): the quotes of a quotation
 *    that extraction moved off its words; where they belong only the source shows (flagged, no fix).
 * A draft with one such spot is as likely to hold a typo (`في العام ،1986`): only a draft with two is reported.
 */
function bareNeutrals(text: string, doc: Document, message: RuleContext['message'], found: RuleFinding[], gaps: readonly RuleFinding[]): void {
  // one such spot in a draft is a typo as often as not (`في العام ،1986`): reported where the draft has two at least
  // (a tally over the whole draft: Document.count/decide)
  const out: RuleFinding[] = [];
  scanNeutrals(text, message, out);
  doc.count(BARE, out.length);
  // (quotes in a word's kashida gap are gapMarkSpots' finding; counted in the tally all the same)
  // (both in text order: one walk, linear)
  if (gaps.length) {
    let k = 0;
    const kept = out.filter((f) => {
      while (k < gaps.length && gaps[k].end < f.end) k++;
      return !(k < gaps.length && gaps[k].start <= f.start && f.end <= gaps[k].end);
    });
    out.length = 0;
    for (const f of kept) out.push(f);
  }
  if (out.length > 0 && doc.decide(twoAtLeast)) found.push(...out);
}

const BARE = 'broken-fragment.bareNeutrals';

/** 5.: a full stop at a line's end (or start) that reads better inside it, the text going on on the next line. */
function movedMarks(text: string, doc: Document, message: RuleContext['message'], out: RuleFinding[]): void {
  const lines = doc.lines;
  const found: RuleFinding[] = [];
  // (a stop opening a line before a word is no way clean text is written: reported alone, and counted in the tally)
  const opening: RuleFinding[] = [];
  let prev = -1;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    // (the end of the line before, or -1 after a blank line: a paragraph's edge)
    const before = prev;
    prev = line.end > line.start ? line.end : -1;
    if (text.charCodeAt(line.start) === 0x2e) {
      const s = movedMarkStart(text, line.start, line.end, before);
      if (s !== null && !doc.isVisualLine(line.start, line.end)) opening.push(moved(text, line.start, s.to, s.mark, s.len + 1, text.slice(s.mark, s.mark + s.len), message));
      continue;
    }
    if (line.end - line.start < 10 || text.charCodeAt(line.end - 1) !== 0x2e) continue;
    // (the text must go on on the very next line: a stop before a blank line or the text's end ends a paragraph —
    // clean news sets one sentence a paragraph often enough)
    if (li + 1 >= lines.length || lines[li + 1].end === lines[li + 1].start) continue;
    const m = movedMark(text, line.start, line.end, lines[li + 1].start);
    if (m === null || doc.isVisualLine(line.start, line.end)) continue;
    (m.margin >= SURE_MARGIN ? opening : found).push(moved(text, line.start, m.to, m.mark, 1, '.', message));
  }
  // one such line in a draft is a sentence that ends with its line as often as not (a hard-wrapped correct text): only
  // a draft with two is reported (a tally over the whole draft: Document.count/decide)
  doc.count(MOVED, found.length + opening.length);
  out.push(...opening);
  if (found.length > 0 && doc.decide((total) => total(MOVED) >= 2)) out.push(...found);
}

/** The finding of a stop (`stop`, at `mark`, `len` units with the space after a leading one) that goes at `to`. */
function moved(text: string, lineStart: number, to: number, mark: number, len: number, stop: string, message: RuleContext['message']): RuleFinding {
  let ws = to;
  while (ws > lineStart && text.charCodeAt(ws - 1) !== 0x20) ws--;
  const word = text.slice(ws, to);
  const atEnd = mark > to;
  return {
    start: mark,
    end: mark + stop.length,
    message: message(atEnd ? 'movedMark' : 'movedMarkStart', { word }),
    fixes: [{ title: message('moveMark', { word }), edits: atEnd ? [{ start: to, end: to, newText: stop }, { start: mark, end: mark + len, newText: '' }] : [{ start: mark, end: mark + len, newText: '' }, { start: to, end: to, newText: stop }], preferred: true }],
  };
}

const MOVED = 'broken-fragment.movedMarks';
/** A stop at a line's end that reads this much better inside (pair PMI): reported alone too. */
const SURE_MARGIN = 7;
const twoAtLeast = (total: (name: string) => number): boolean => total(BARE) >= 2;

/** The characters scanNeutrals looks at (found by the regular expression engine, not a loop over every character). */
const NEUTRALS = /[\u060c\u061b.%"]/g;

function scanNeutrals(text: string, message: RuleContext['message'], out: RuleFinding[]): void {
  NEUTRALS.lastIndex = 0;
  for (let m = NEUTRALS.exec(text); m !== null; m = NEUTRALS.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0x060c || c === 0x061b || c === 0x2e) {
      // ` ،2017 ` / ` و.2018⏎`
      const before = i === 0 ? NaN : text.charCodeAt(i - 1);
      const stop = c === 0x2e;
      // (after a number, `17 ،18 و19`, it is a list typed so)
      if (i >= 2 && isAnyDigit(text.charCodeAt(i - 2))) continue;
      // (after a one-letter clitic: و، ف، ب، ل، ك)
      const afterClitic = (before === 0x0648 || before === 0x0641 || before === 0x0628 || before === 0x0644 || before === 0x0643) && (i < 2 || isGap(text.charCodeAt(i - 2)) || isBreak(text.charCodeAt(i - 2)) || text.charCodeAt(i - 2) === 0x28);
      const afterSpace = isGap(before) || isBreak(before);
      if (!(afterClitic || afterSpace)) continue;
      let e = i + 1;
      while (e < text.length && e - i <= 12 && isAnyDigit(text.charCodeAt(e))) e++;
      if (e === i + 1 || e - i > 12) continue;
      // after a space only before a year that follows a word (`نوفمبر ،2017`, `ماي ⏎ .2017`): a shorter number there is
      // as often a decimal whose whole part went (`بنسبة ،6 بالمائة`, missing-numeral's reading; `47 .6` a decimal typed so)
      if (!afterClitic && !(e - i === 5 && i >= 2 && /[\u0621-\u064a\u064b-\u0652)"\u00bb]/.test(text[i - 2]))) continue;
      const next = e < text.length ? text.charCodeAt(e) : NaN;
      if (!(isBreak(next) || (!stop && isGap(next)))) continue;
      const num = text.slice(i + 1, e);
      const fixed = num + text[i];
      out.push({
        start: i,
        end: e,
        message: message('punctuation', { inner: text.slice(i, e), fixed }),
        fixes: [{ title: message('reorder', { fixed }), edits: [{ start: i, end: e, newText: fixed }], preferred: true }],
      });
    } else if (c === 0x25 && (i === 0 || isGap(text.charCodeAt(i - 1)) || isBreak(text.charCodeAt(i - 1)))) {
      // ` %97 ` for ` 97% `
      let e = i + 1;
      while (e < text.length && e - i <= 12 && isAnyDigit(text.charCodeAt(e))) e++;
      if (e === i + 1 || e - i > 12) continue;
      const next = e < text.length ? text.charCodeAt(e) : NaN;
      if (!(isBreak(next) || isGap(next))) continue;
      const fixed = text.slice(i + 1, e) + '%';
      out.push({
        start: i,
        end: e,
        message: message('punctuation', { inner: text.slice(i, e), fixed }),
        fixes: [{ title: message('reorder', { fixed }), edits: [{ start: i, end: e, newText: fixed }], preferred: true }],
      });
    } else if (c === 0x22) {
      // `" "`: a quote, spaces, a quote; neither touching a letter or a digit
      let e = i + 1;
      while (e < text.length && isGap(text.charCodeAt(e))) e++;
      if (e === i + 1 || text.charCodeAt(e) !== 0x22) continue;
      const before = i === 0 ? NaN : text.charCodeAt(i - 1);
      const after = e + 1 < text.length ? text.charCodeAt(e + 1) : NaN;
      const loose = (x: number) => Number.isNaN(x) || isGap(x) || isBreak(x) || '.،؛:'.includes(String.fromCharCode(x));
      // (after a letter — `مطار" "` as pdf.js leaves it — only where no quotation is open on the line: `"سنيت" "،` is a
      // quote typed twice)
      if (!loose(after) || !(loose(before) || (isArabicLetter(before) && evenQuotesBefore(text, i)))) continue;
      out.push({ start: i, end: e + 1, message: message('detachedQuotes', {}), fixes: [] });
      NEUTRALS.lastIndex = e + 1;
    }
  }
}

/** Is the number of straight quotes on the line before i even (no quotation open at i)? Bounded: 300 characters. */
function evenQuotesBefore(text: string, i: number): boolean {
  let n = 0;
  for (let p = i - 1; p >= 0 && i - p <= 300; p--) {
    const c = text.charCodeAt(p);
    if (c === 0x0a || c === 0x0d) return n % 2 === 0;
    if (c === 0x22) n++;
  }
  return i <= 300 && n % 2 === 0;
}

/** 6. Marks moved into the kashida gap of a word (PDFium on LibreOffice's PDFs; lexicon/gapMarks.ts): the word mended. */
function gapMarkSpots(text: string, message: RuleContext['message']): RuleFinding[] {
  return gapMarks(text).map((g) => ({
    start: g.start,
    end: g.tailEnd,
    message: message('gapMarks', { word: g.word, marks: g.marks }),
    fixes: [{ title: message('restore', { word: g.newText }), edits: [{ start: g.start, end: g.end, newText: g.newText }], preferred: g.preferred }],
  }));
}

const LAM = '\u0644';
const ALEF_FORMS = ['\u0627', '\u0623', '\u0625', '\u0622'];

interface Tk {
  start: number;
  end: number;
  text: string;
}

/** A lone alef (any hamza form), as a token: a piece of a torn lam-alef ligature. */
function isAlefPiece(w: string): boolean {
  return w.length === 1 && ALEF_FORMS.includes(w.normalize('NFKC'));
}

/** The trailing group of alef pieces of a line (`ا إ`), if the line ends with one (before PDF/space). */
function orphanGroup(text: string, spans: readonly Span[], lineEnd: number): Tk[] {
  const group: Tk[] = [];
  for (let k = spans.length - 1; k >= 0 && group.length < 2; k--) {
    const sp = spans[k];
    if (sp.end - sp.start !== 1 || !isAlefPiece(text[sp.start])) break;
    const tk: Tk = { start: sp.start, end: sp.end, text: text[sp.start] };
    // only spaces and bidi controls after it
    let p = tk.end;
    const limit = group.length ? group[0].start : lineEnd;
    while (p < limit && (text.charCodeAt(p) === 0x20 || (text.charCodeAt(p) >= 0x202a && text.charCodeAt(p) <= 0x202e))) p++;
    if (p < limit) break;
    group.unshift(tk);
  }
  return group;
}

/** Restorations of a token that lost ال + alef (لطارات → الإطارات), one per alef form that gives a word. */
function ligatureRepairs(w: string): string[] {
  const base = w.normalize('NFKC');
  if (!base.startsWith(LAM) || base.startsWith(LAM + LAM)) return [];
  const rest = base.slice(1);
  // the lexicon folds hamza: one answer for all alef forms, offered as plain alef, hamza above, below
  return isWord('\u0627' + LAM + '\u0627' + rest) ? ['\u0627', '\u0623', '\u0625'].map((a) => '\u0627' + LAM + a + rest) : [];
}

interface LamToken {
  /** isWord of the token. */
  word: boolean;
  /** ligatureRepairs of the token (shared: read only), computed on first use. */
  repairs: readonly string[] | undefined;
}
const lamTokens = releasable('broken-fragment.lamTokens', new Map<string, LamToken | null>());

/** What ligatureFragments asks of a lam-initial token (null: no key or under 3 letters), cached per token. */
function lamToken(w: string): LamToken | null {
  let v = lamTokens.get(w);
  if (v === undefined) {
    const key = foldKey(w);
    v = key === null || key.length < 3 ? null : { word: isWordKey(key), repairs: undefined };
    if (lamTokens.size >= 50_000) lamTokens.clear();
    lamTokens.set(ownCopy(w), v);
  }
  return v;
}

/** Whether only spaces and bidi controls lie in [from, to). */
function onlyBlank(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && (c < 0x202a || c > 0x202e)) return false;
  }
  return true;
}

interface PrevLine {
  toks: readonly Span[];
  end: number;
  /** the line's first token when it starts with lam, with the index in `out` of its finding (-1: none) */
  first: { tk: Tk; outIdx: number; fixed: boolean } | null;
  /** its trailing alef pieces were already put back into the line before it */
  claimed: boolean;
  /** Is it in visual order (then it is no line before the next one)? Judged when first asked. */
  visual: () => boolean;
}

/**
 * Some extractions (pdftotext on LuaLaTeX fonts) emit the tail of a line that holds a lam-alef ligature as
 * a line of its own *before* it: the line ends with the alef piece (`… المواد ا أ`, `… خ ا`) and the
 * previous line opens with the lam and the rest of the word (`لولية …`, `لل …`). The word is the piece
 * before the alef (when it is no word of its own) + ل + that alef + the rest: `ا`+`ل`+`أ`+`ولية`, or,
 * after a whole word, ل + alef + the rest (`الدولة أ` + `لسهم` → `لأسهم`). Only when the lexicon knows it.
 */
function alefIntoPrevLine(text: string, toks: readonly Span[], lineEnd: number, first: Tk): { word: string; delStart: number; delEnd: number } | null {
  const n = toks.length;
  const a = toks[n - 1];
  if (a.end - a.start !== 1 || !isAlefPiece(text[a.start]) || !onlyBlank(text, a.end, lineEnd)) return null;
  const base = first.text.normalize('NFKC');
  // (a function word of 3+ letters opening the line — لكن، لماذا، لذلك — is no torn word; لك and لل may be)
  if (!base.startsWith(LAM) || base.length < 2 || (base.length >= 3 && isFunctionWord(base))) return null;
  const rest = base.slice(1);
  const alef = text[a.start].normalize('NFKC');
  const p = n >= 2 && onlyBlank(text, toks[n - 2].end, a.start) ? toks[n - 2] : null;
  const back = (q: number): number => {
    while (q > 0 && text.charCodeAt(q - 1) === 0x20) q--;
    return q;
  };
  if (p !== null && p.end - p.start <= 12) {
    const pt = text.slice(p.start, p.end).normalize('NFKC');
    const w = pt + LAM + alef + rest;
    if (isWord(w)) return { word: w, delStart: back(p.start), delEnd: a.end };
    if (!isWord(pt)) return null;
  }
  const w = LAM + alef + rest;
  return isWord(w) ? { word: w, delStart: back(a.start), delEnd: a.end } : null;
}

function ligatureFragments(doc: Document, message: RuleContext['message'], out: RuleFinding[]): void {
  const text = doc.text;
  let prev: PrevLine | null = null;
  const orphanFindings: Array<{ tk: Tk; fix?: Fix }> = [];
  // (the damage signs read the whole text: asked only when a guess needs them)
  let signedMemo: boolean | undefined;
  const signed = () => (signedMemo ??= doc.damage.any);
  lines: for (let li = 0; li < doc.lines.length; li++) {
    const line = doc.lines[li];
    // (tokens without bangs hold no `!`: a token's text is its slice, taken only for the few tokens looked at)
    const toks = doc.lineTokens(li);
    // (a line without Arabic — digits, a marker, an empty line — is looked through: PDF extraction sets the pieces of a
    // torn ligature apart by a blank line as often as not, so the search crosses paragraphs and the rule reads the
    // whole document)
    if (toks.length === 0) continue;
    // A line in visual order is passed over, and is no line before the next one (prev). Judged only when it matters:
    // before this line reports anything (every report below asks first: a visual line drops the line, nothing of it
    // done yet), and when the next line asks for its line before — most lines never are (clean text: none).
    let vis: boolean | undefined;
    const visual = () => (vis ??= doc.isVisualLine(line.start, line.end));
    const before = prev;
    const beforeLive = () => before !== null && !before.visual();
    // this line's trailing alef piece belongs to the word that opens the previous line
    let claimed = false;
    let keepBefore = line.end;
    let alefFix: { at: number; fix: Fix } | null = null;
    if (before && before.first && !before.first.fixed) {
      const pf = before.first;
      const r = alefIntoPrevLine(text, toks, line.end, pf.tk);
      if (r !== null && beforeLive()) {
        if (visual()) {
          prev = null;
          continue lines;
        }
        const fix: Fix = {
          title: message('restore', { word: r.word }),
          edits: [
            { start: pf.tk.start, end: pf.tk.end, newText: r.word },
            { start: r.delStart, end: r.delEnd, newText: '' },
          ],
          preferred: true,
        };
        // the fix goes on the torn word when it lost ال + alef (or already has a finding), else on the alef
        // piece's finding
        const f: RuleFinding | null =
          pf.outIdx >= 0 || (r.word.length === pf.tk.text.normalize('NFKC').length + 2 && r.word.startsWith('\u0627' + LAM)) ? {
            start: pf.tk.start,
            end: pf.tk.end,
            message: message('lostPieceNext', { token: pf.tk.text, word: r.word }),
            fixes: [fix],
          } : null;
        if (f === null) alefFix = { at: r.delEnd - 1, fix };
        else if (pf.outIdx >= 0) out[pf.outIdx] = f;
        else out.push(f);
        claimed = true;
        keepBefore = r.delStart;
      }
    }
    let first: PrevLine['first'] = null;
    {
      const c0 = text.charCodeAt(toks[0].start);
      if (c0 === 0x0644 || (c0 >= 0xfedd && c0 <= 0xfee0)) first = { tk: { start: toks[0].start, end: toks[0].end, text: text.slice(toks[0].start, toks[0].end) }, outIdx: -1, fixed: false };
    }
    for (let k = 0; k < toks.length; k++) {
      if (toks[k].start >= keepBefore) break;
      const c0 = text.charCodeAt(toks[k].start);
      if (c0 !== 0x0644 && (c0 < 0xfedd || c0 > 0xfee0)) continue; // starts with lam (or its presentation forms)
      const tk: Tk = { start: toks[k].start, end: toks[k].end, text: text.slice(toks[k].start, toks[k].end) };
      const lt = lamToken(tk.text);
      if (lt === null) continue;
      // the first word of a line whose previous line ends with the torn-off alef pieces: put them back
      // (even when the torn word reads as a word too: لنتاج is ل + نتاج)
      let group = k === 0 && before && !before.claimed ? orphanGroup(text, before.toks, before.end) : [];
      if (group.length && !beforeLive()) group = [];
      const alef = group.length ? group[group.length - 1].text.normalize('NFKC') : null;
      if (alef === null && lt.word) continue;
      // a function word of 3+ letters opening a line (لكن، لماذا، لذلك) is no torn word, whatever the line
      // before ends with
      if (alef !== null && tk.text.length >= 3 && isFunctionWord(tk.text)) continue;
      const reps = (lt.repairs ??= ligatureRepairs(tk.text));
      if (reps.length === 0) continue;
      if (alef !== null) {
        if (visual()) {
          prev = null;
          continue lines;
        }
        const word = '\u0627' + LAM + alef + tk.text.normalize('NFKC').slice(1);
        let delStart = group[0].start;
        while (delStart > 0 && text.charCodeAt(delStart - 1) === 0x20) delStart--;
        if (k === 0 && first) first.fixed = true;
        out.push({
          start: tk.start,
          end: tk.end,
          message: message('lostPiecePrev', { token: tk.text, word }),
          fixes: [
            {
              title: message('restore', { word }),
              edits: [
                { start: delStart, end: group[group.length - 1].end, newText: '' },
                { start: tk.start, end: tk.end, newText: word },
              ],
              // with both pieces (ا أ) the letters only move; with one piece the article's ا, lost with the
              // ligature, is restored (the one letter a repair adds: order.property.test.ts). A line of
              // correct text does not end on a lone alef before a lam word that reads as ال + alef + rest
              preferred: true,
            },
          ],
        });
        continue;
      }
      // a guess with no structure behind it: only in text that shows a PDF route's signs (in correct text
      // لوبن، لوس أنجليس، لبشار are names and ل + a name)
      if (!signed() || isAttested(tk.text)) continue;
      if (visual()) {
        prev = null;
        continue lines;
      }
      if (k === 0 && first) first.outIdx = out.length;
      out.push({
        start: tk.start,
        end: tk.end,
        message: message('lostPieceGuess', { token: tk.text, word: reps[0] }),
        fixes: reps.map((r) => ({
          title: message('restore', { word: r }),
          edits: [{ start: tk.start, end: tk.end, newText: r }],
        })),
      });
    }
    // lone alef pieces at the end of the line or of an RTL run (before PDF)
    for (const sp of toks) {
      if (sp.end - sp.start !== 1 || !isAlefPiece(text[sp.start])) continue;
      let p = sp.end;
      while (p < line.end && text.charCodeAt(p) === 0x20) p++;
      if (p >= line.end || text.charCodeAt(p) === PDF) {
        if (visual()) {
          prev = null;
          continue lines;
        }
        orphanFindings.push({ tk: { start: sp.start, end: sp.end, text: text[sp.start] }, fix: alefFix && alefFix.at === sp.start ? alefFix.fix : undefined });
      }
    }
    prev = { toks, end: line.end, first, claimed, visual };
  }
  for (const { tk, fix } of orphanFindings) {
    // no fix of its own: the repair of the next line's word moves it back when it can tell where it goes
    out.push({
      start: tk.start,
      end: tk.end,
      message: message('loneAlef'),
      fixes: fix ? [fix] : [],
    });
  }
}

/**
 * 4. A line whose runs came out in reverse order, the word at every cut torn (issue 10, arabic-defects.md §2):
 * `س الريفية في الجنوب. وأكدت الوزارة أن المشروع سيشمل المدار`. The search and the judgement are the lexicon's
 * (lexicon/runs.ts): one finding per line, its fix the line in reading order, preferred only when every junction
 * is a confirmed tear and the order reads clearly best.
 */
function reversedRuns(doc: Document, message: RuleContext['message'], out: RuleFinding[]): void {
  for (const r of doc.runs.repairs) {
    const preview = r.text.length > 40 ? r.text.slice(0, 40) + '…' : r.text;
    out.push({
      start: r.start,
      end: r.end,
      message: message('runs'),
      fixes: [
        {
          title: message('reorderPieces', { preview }),
          edits: [{ start: r.start, end: r.end, newText: r.text }],
          preferred: r.preferred,
          moves: r.moves,
        },
      ],
    });
  }
}

export const brokenFragment: Rule = defineRule({
  id: 'broken-fragment',
  title: { en: 'Broken right-to-left fragment', ar: 'جزء مكسور من نص عربي' },
  description: {
    en: 'Flags pieces of Arabic text that PDF extraction put in the wrong order or tore apart: punctuation on the wrong side of a number, words that lost the ال and alef of a lam-alef ligature, and the orphaned alef pieces.',
    ar: 'ينبّه إلى أجزاء النص العربي التي رتّبها الاستخراج من PDF ترتيبًا خاطئًا أو مزّقها: علامات ترقيم في غير جهتها من العدد، وكلمات فقدت ألف اللام ولام ألف، وقطع الألف اليتيمة.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'nearby',
  options: {},
  messages: {
    punctuation: {
      en: 'Punctuation on the wrong side (right-to-left extraction order): “{inner}” reads “{fixed}”.',
      ar: 'علامة ترقيم في غير موضعها (ترتيب استخراج معكوس): «{inner}» صوابها «{fixed}».',
    },
    detachedQuotes: {
      en: 'Quotation marks with nothing between them: extraction moved them off the words they enclose (PDF). Put them back around the quotation.',
      ar: 'علامتا تنصيص لا شيء بينهما: أبعدهما الاستخراج من PDF عن الكلمات التي تحصرانها. أعدهما حول الاقتباس.',
    },
    reorder: {
      en: 'Reorder: “{fixed}”',
      ar: 'إعادة الترتيب: «{fixed}»',
    },
    restore: {
      en: 'Restore: “{word}”',
      ar: 'استعادة: «{word}»',
    },
    lostPieceNext: {
      en: '“{token}” lost the lam-alef ligature piece that the extraction left at the end of the next line: “{word}”.',
      ar: 'فقدت «{token}» جزء اللام ألف الذي تركه الاستخراج في آخر السطر التالي: «{word}».',
    },
    lostPiecePrev: {
      en: '“{token}” lost the ال and alef of a lam-alef ligature, left at the end of the previous line: “{word}”.',
      ar: 'فقدت «{token}» الألف واللام وألف اللام ألف، وقد بقيت في آخر السطر السابق: «{word}».',
    },
    lostPieceGuess: {
      en: '“{token}” looks like a word that lost the ال and alef of a lam-alef ligature in extraction: “{word}”?',
      ar: 'تبدو «{token}» كلمة فقدت الألف واللام وألف اللام ألف في الاستخراج: «{word}»؟',
    },
    loneAlef: {
      en: 'A lone alef at the end of a line: a piece of a lam-alef ligature that the extraction tore off its word.',
      ar: 'ألف منفردة في آخر السطر: جزء من لام ألف انتزعه الاستخراج من كلمته.',
    },
    runs: {
      en: 'The pieces of this line are in reverse order and the words at their edges are cut in two (PDF extraction).',
      ar: 'أجزاء هذا السطر بترتيب معكوس والكلمات على حدودها مقطوعة (من الاستخراج من PDF).',
    },
    movedMark: {
      en: 'A full stop at the end of the line that belongs after “{word}” (PDF extraction moved it).',
      ar: 'نقطة في آخر السطر موضعها بعد «{word}» (نقلها الاستخراج من PDF).',
    },
    movedMarkStart: {
      en: 'A full stop at the start of the line that belongs after “{word}” (PDF extraction moved it).',
      ar: 'نقطة في أول السطر موضعها بعد «{word}» (نقلها الاستخراج من PDF).',
    },
    moveMark: {
      en: 'Move the full stop after “{word}”',
      ar: 'نقل النقطة إلى ما بعد «{word}»',
    },
    gapMarks: {
      en: 'Punctuation inside “{word}”: PDF extraction moved “{marks}” into the gap of a word drawn out with kashida.',
      ar: 'علامات ترقيم داخل «{word}»: نقل الاستخراج من PDF «{marks}» إلى فجوة كلمة ممدودة بالكشيدة.',
    },
    reorderPieces: {
      en: 'Reorder the pieces: “{preview}”',
      ar: 'إعادة ترتيب الأجزاء: «{preview}»',
    },
  },
  check({ text, doc, message }) {
    const out: RuleFinding[] = [];
    neutralOrder(text, message, out);
    const gaps = gapMarkSpots(text, message);
    bareNeutrals(text, doc, message, out, gaps);
    out.push(...gaps);
    ligatureFragments(doc, message, out);
    reversedRuns(doc, message, out);
    movedMarks(text, doc, message, out);
    return out;
  },
});
