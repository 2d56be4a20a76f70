/**
 * broken-fragment, 1.: neutral characters on the wrong side of a number or Latin word. neutralOrder reads pdftotext's
 * LRE…PDF embeddings (their contents in visual order); bareNeutrals the same damage with no embedding to show it
 * (PDFium, pdf.js on LibreOffice's PDFs: `نوفمبر ،2017`, `%97`, empty quote pairs), reported only in a draft with two
 * such spots (a tally over the whole draft: Document.count/decide).
 */
import { isAnyDigit, isArabicLetter, isLatinLetter, isPresentationForm } from '../../text/arabic';
import type { Document } from '../../document';
import { nonSpace, pieces } from '../../text/embedding';
import type { RuleContext, RuleFinding } from '../../types';

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

export function neutralOrder(text: string, message: RuleContext['message'], out: RuleFinding[]): void {
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
export function bareNeutrals(text: string, doc: Document, message: RuleContext['message'], found: RuleFinding[], gaps: readonly RuleFinding[]): void {
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
