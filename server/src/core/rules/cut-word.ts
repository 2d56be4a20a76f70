/**
 * cut-word — a word cut at the end of a line and completed on the next one, as extraction leaves it when
 * a line break falls inside a word (`الحكو` ⏎ `مة` for `الحكومة`).
 *
 * The last Arabic token of a line (nothing but spaces and bidi controls after it) and the first token of
 * the next non-blank line (nothing but spaces and bidi controls before it) are joined when the joined
 * form is a word of the lexicon and neither piece can stand alone — or, when the lexicon's clitic analysis
 * accepts a piece (`التقليدي` ⏎ `ة`, PDFium's pieces of a LibreOffice line), when one piece is nothing correct
 * news writes alone and news writes the joined word (writtenFromHalf) — or, when one piece is no word at all (none of
 * the lexicon, never written alone: `التراكمي` ⏎ `ة`), when the lexicon's reading of a tear confirms the joined word
 * (tornPiece, the reading the run-order repair uses: lexicon/tears.ts) — or when the next line opens with the
 * haraka of the head's last letter (PDFium: `مكل` ⏎ `ّف`) and the joined form is a word of the lexicon. Precision
 * first: two words that also make a word stay apart. A piece that makes a word with its neighbour on its own line, news
 * writing that word more often, is split-word's (`في` ⏎ `تك ريس`), but in a shredded draft. Fix (preferred): remove the line break between them (and take
 * the opening haraka along, so that no repair of a detached mark moves it); the title previews the word. And a line PDFium
 * split at each of its marked letters, the pieces in reverse order, each marked letter a line of its own (markChains):
 * put back in order, one line, where the lexicon reads every join.
 */
import { foldKey, isFunctionWord, isLikelyWord, isWordKey } from '../lexicon/index';
import { pairHash, storedCount } from '../lexicon/pairs';
import { hamzaItemLine, MAX_LINE, marksApart } from '../lexicon/itemOrder';
import { shaddaSide, writesMarkOn } from '../lexicon/markPlace';
import { healed } from '../lexicon/tears';
import { earlyMarkEvidence } from '../lexicon/earlyMarks';
import { arabicRunEnd, arabicRunStart, isArabicTokenChar, Span } from '../lexicon/tokens';
import { isArabicLetter } from '../text/arabic';
import { isHaraka, printedKashidaRunBefore, printedKashidaRunEnd } from '../text/charclass';
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

/** Joined words shorter than this (folded) are not completed from pieces that are words of the lexicon. */
const MIN_HALF_JOIN = 4;

/** A piece that is no word correct news writes: none of the lexicon, never written alone, or one letter (not و). */
function fragment(x: string, likely: boolean): boolean {
  if (!likely) return true;
  const k = foldKey(x);
  return k !== null && (storedCount(pairHash(k)) === 0 || (k.length === 1 && k !== '\u0648'));
}

/**
 * Pieces the lexicon's clitic analysis accepts (`التقليدي` ⏎ `ة،`, `المه` ⏎ `ندس`, `رجال` ⏎ `ي`): joined only when
 * one of them at least is no word correct news writes (fragment) and the joined form is a word news writes
 * (lexicon/pairs.ts), four letters at least; two words news writes stay apart (عبد ⏎ الله، في ⏎ ها).
 */
function writtenFromHalf(a: string, la: boolean, b: string, lb: boolean, key: string, after: number): boolean {
  // (a line ending in و is the conjunction detached on purpose, و ⏎ العمليات, never the head of a cut word)
  // (nor is a function word beside a piece: أو ⏎ إس)
  // (a letter that is no clitic, ت ⏎ ونس, ه ⏎ ذه, is the head of a word cut after its first letter when the tail is
  // nothing news writes alone: only و is written apart on purpose, and a proclitic ب/ل/ك/ف/س before a tail news never
  // writes alone is no word either way)
  const ka = foldKey(a);
  if (key.length < MIN_HALF_JOIN || ka === null || ka.length === 0) return false;
  // (a piece of marks alone, a haraka torn onto a line of its own, adds no letter: diacritic's)
  const kb = foldKey(b);
  if (kb === null || key.length <= ka.length || kb.length === 0) return false;
  // (و is the conjunction; ا ة ى ي alone end a line as the tail of its last word split off by a space, منطلق ا ⏎ وضاع: never a head)
  if (ka.length === 1 && (!fragment(b, lb) || /[\u0627\u0629\u0648\u0649\u064a]/.test(a))) return false;
  // (a clitic drawn out with a tatweel is detached on purpose: العام ⏎ ل<U+0640>"…")
  if (b.charCodeAt(b.length - 1) === 0x0640 || after === 0x0640) return false;
  const fa = fragment(a, la);
  const fb = fragment(b, lb);
  if (!(fa || fb) || (!fa && isFunctionWord(a)) || (!fb && isFunctionWord(b))) return false;
  return storedCount(pairHash(key)) > 0;
}

/**
 * A piece that is no word at all — none of the lexicon, never written alone in correct news — beside a piece the clitic
 * analysis accepts, joined into a word of the lexicon that news seldom writes (`للفر` ⏎ `جة`, `الملقب` ⏎ `ة`): the
 * lexicon's reading of a tear (lexicon/tears.ts) confirms it, four letters at least.
 */
function tornPiece(a: string, la: boolean, b: string, lb: boolean, key: string): boolean {
  if (key.length < MIN_HALF_JOIN) return false;
  const unwritten = (x: string) => {
    const k = foldKey(x);
    return k !== null && storedCount(pairHash(k)) === 0;
  };
  // (or two pieces the clitic analysis accepts that news never writes alone, either of them, three letters each at least
  // and nine together at most: باس ⏎ تعداد, للمص ⏎ درين — not a pronoun suffix, قر ⏎ ها, the halves of a word the runs
  // of a line tore; nor two words of clean text, فقدا ⏎ حياتهما, eleven letters the reading of a tear confirms too)
  const ua = unwritten(a);
  const ub = unwritten(b);
  const long = (x: string) => (foldKey(x)?.length ?? 0) >= 3;
  if (!((ua && !la) || (ub && !lb) || (ua && ub && long(a) && long(b) && key.length <= 9))) return false;
  const h = healed(a, b);
  return h !== null && h.confirmed;
}

/**
 * The word (folded key) a piece that is no word (none of the lexicon, or one letter) makes with its neighbour on its own
 * line, one or two spaces away (`م ن` ⏎ `خ يانة`: من, خيانة), or null. When both pieces make one, they are words split by
 * justification gaps (split-word's), not the halves of a word cut at the line break (one alone says little: `قال ت` ⏎
 * `ونس`).
 */
function neighbourJoin(text: string, piece: Span, line: Span, before: boolean): string | null {
  const p = text.slice(piece.start, piece.end);
  const k = foldKey(p);
  if (k === null || (k.length > 1 && isLikelyWord(p))) return null;
  const other = before ? lastToken(text, line.start, piece.start) : firstToken(text, piece.end, line.end);
  if (other === null) return null;
  const gap = before ? piece.start - other.end : other.start - piece.end;
  if (gap < 1 || gap > 2 || !/^ +$/.test(before ? text.slice(other.end, piece.start) : text.slice(piece.end, other.start))) return null;
  const o = text.slice(other.start, other.end);
  const joined = foldKey(before ? o + p : p + o);
  return joined !== null && joined.length >= 2 && isWordKey(joined) ? joined : null;
}

/** Does the piece `p`, which makes `join` with its neighbour on its own line (neighbourJoin), make a word news writes
 *  more often than `key`, the word it makes across the line break (`في` ⏎ `تك ريس`: تكريس, not فيتك)? Then the lexicon
 *  reads the piece as split-word's. */
function neighbourRather(p: string, join: string, key: string): boolean {
  // (not a lone letter: ا ⏎ at a line's start is as often a word's end cut off — split-word's NOT_EDGE_PIECE)
  if ((foldKey(p)?.length ?? 0) < 2) return false;
  return storedCount(pairHash(join)) > storedCount(pairHash(key));
}

/**
 * A join the lexicon allows where a line break falls inside a word at every turn (PDFium on some LibreOffice PDFs cuts a
 * justified line into pieces at its kashida points, `لتوفير ق` ⏎ `وة احتياطي` ⏎ `ة قوامه` ⏎ `ا 34 أل`): the joined form
 * is a word of the lexicon and a piece is no word news writes (fragment: `قوامه` ⏎ `ا`, `كم` ⏎ `ا`, `ال` ⏎ `دول`).
 */
function shredPiece(a: string, la: boolean, b: string, lb: boolean): boolean {
  if (a.charCodeAt(a.length - 1) === 0x0640 || b.charCodeAt(b.length - 1) === 0x0640) return false;
  // (و alone is the conjunction written apart: never a piece here either)
  if (a === '\u0648' || b === '\u0648') return false;
  // (ا ة ى ي alone end a word, never head one: a line `ا` is the tail of the word before it, `منطلق` ⏎ `ا` ⏎ `جيدا`)
  if (/^[\u0627\u0629\u0649\u064a][\u064b-\u0652]*$/.test(a)) return false;
  const k = foldKey(a + b);
  const ka = foldKey(a);
  const kb = foldKey(b);
  if (k === null || ka === null || kb === null) return false;
  const nk = storedCount(pairHash(k));
  const na = storedCount(pairHash(ka));
  const nb = storedCount(pairHash(kb));
  // (a word news writes again and again beside a piece, making a word news never writes, is a word of its own: the
  // piece cut at a space, بعد ⏎ ال, شر ⏎ في)
  if (nk === 0 && Math.max(na, nb) >= FREQUENT_PIECE) return false;
  if (fragment(a, la) || fragment(b, lb)) return true;
  // (or two pieces news writes alone, but far more rarely than the word they make: الم ⏎ دير, ان ⏎ تاج)
  return nk > 0 && nk >= SHRED_RARER * Math.min(na, nb);
}

/** A joined form a shredded stretch may make: a word of the lexicon, or one news writes (a name: جانفي). */
function knownJoin(key: string): boolean {
  return isWordKey(key) || storedCount(pairHash(key)) > 0;
}

/** A piece news writes alone this often is a word of its own beside a join news never writes (see shredPiece). */
const FREQUENT_PIECE = 1000;

/** A word news writes this many times more often than the rarer of its pieces (see shredPiece). */
const SHRED_RARER = 4;

/** Breaks this near a join … */
const SHRED_NEAR = 4;
/** … that this many confirmed joins at least surround (on both sides together) lie in a shredded stretch. */
const SHRED_MIN = 2;
/** … or anywhere in a draft with this many confirmed joins, a third of its breaks at least. */
const SHRED_DRAFT_MIN = 3;

/** The loose joins (`looseAt`, break indices ascending) in a stretch whose breaks the confirmed joins (`strictAt`,
 *  ascending) fall in again and again: SHRED_MIN of them at least within SHRED_NEAR breaks on either side. Linear. */
function shreddedJoins(strictAt: number[], looseAt: number[]): boolean[] {
  const keep: boolean[] = [];
  let lo = 0;
  let hi = 0;
  for (const at of looseAt) {
    while (lo < strictAt.length && strictAt[lo] < at - SHRED_NEAR) lo++;
    while (hi < strictAt.length && strictAt[hi] <= at + SHRED_NEAR) hi++;
    keep.push(hi - lo >= SHRED_MIN);
  }
  return keep;
}

/**
 * A visual line PDFium split at a haraka drawn as a glyph of its own, its two pieces in reverse order: the logical end,
 * opened by the mark, on a line before the logical start, which ends with the letters before it (`ّف بحقوق … تونس` ⏎
 * `مسؤول أممي مكل` for `مسؤول أممي مكلّف بحقوق … تونس`). Found when the line's opening marks (a space after them at
 * most) come before letters that the next line's last token completes into a word of the lexicon, a piece no word news
 * writes, and the line before does not complete it (the pieces in order: the cut handled above). Fix (preferred): the
 * next line first, the marks at the join.
 */
function swappedPieces(
  text: string,
  doc: { lines: readonly Span[]; isVisualLine(s: number, e: number): boolean },
  marksBefore: boolean,
  out: RuleFinding[],
  message: (id: string, data?: Record<string, string | number>) => string,
  chained: Set<number>,
): void {
  if (marksBefore) return;
  const lines = doc.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    if (chained.has(i) || chained.has(i + 1)) continue;
    if (!isHaraka(text.charCodeAt(line.start))) continue;
    let m = line.start;
    while (m < line.end && isHaraka(text.charCodeAt(m))) m++;
    if (m - line.start > 2) continue;
    const restStart = text.charCodeAt(m) === 0x20 ? m + 1 : m;
    if (restStart >= line.end || !isArabicLetter(text.charCodeAt(restStart))) continue;
    const next = lines[i + 1];
    // (a tanwin and a space: the cut fell at a word's end, the tanwin the last word's of the next line — `ً عن الأضرار`
    // ⏎ `الفنيون بحثا`; PDFium on LibreOffice's two-column lines)
    const tanwinAt = restStart > m ? tanwinEnd(text, line.start, m, lines[i - 1], next, doc) : -1;
    if (tanwinAt >= 0) {
      const word = text.slice(lastToken(text, next.start, next.end)!.start, next.end) + text.slice(line.start, m);
      out.push({
        start: line.start,
        end: next.end,
        message: message('swappedTanwin', { word }),
        fixes: [{ title: message('swap', { word }), edits: [{ start: line.start, end: next.end, newText: text.slice(next.start, next.end) + text.slice(line.start, m) + ' ' + text.slice(restStart, line.end) }], preferred: true }],
      });
      i++;
      continue;
    }
    const tail = firstToken(text, restStart, line.end);
    if (tail === null || tail.start !== restStart || next.end <= next.start) continue;
    const head = lastToken(text, next.start, next.end);
    if (head === null || head.end !== next.end || !isArabicLetter(text.charCodeAt(head.end - 1))) continue;
    if (doc.isVisualLine(next.start, next.end) || doc.isVisualLine(line.start, line.end)) continue;
    const a = text.slice(head.start, head.end);
    const b = text.slice(tail.start, tail.end);
    const key = foldKey(a + b);
    if (key === null || key.length < 3 || !isWordKey(key) || !(fragment(a, isLikelyWord(a)) || fragment(b, isLikelyWord(b)))) continue;
    // (the line before ends with letters that complete the piece: the pieces are in order, the mark opens a cut word)
    if (i > 0 && lines[i - 1].end > lines[i - 1].start) {
      const before = lastToken(text, lines[i - 1].start, lines[i - 1].end);
      const bk = before && before.end === lines[i - 1].end ? foldKey(text.slice(before.start, before.end) + b) : null;
      if (bk !== null && isWordKey(bk)) continue;
    }
    const marks = text.slice(line.start, m);
    // (the marks on the head's last letter, or on the tail's first where news writes them there: تب ⏎ ّين is تبيّن)
    const onTail = markOnTail(a, b, marks);
    const word = onTail ? a + b[0] + marks + b.slice(1) : a + marks + b;
    // (a mark copied before its letter, the tail's first: the pieces' other marks were copied early too — `مّر` for
    // `مرّ` — and move one letter later, as in markChains; the early repair's edits inside this range are lost to it)
    const rest = onTail ? shiftedEarly(text.slice(restStart + 1, line.end)) : text.slice(restStart, line.end);
    const first = onTail ? shiftedEarly(text.slice(next.start, next.end)) : text.slice(next.start, next.end);
    out.push({
      start: line.start,
      end: next.end,
      message: message('swapped', { a, b, word }),
      fixes: [{ title: message('swap', { word }), edits: [{ start: line.start, end: next.end, newText: first + (onTail ? text[restStart] + marks + rest : marks + rest) }], preferred: true }],
    });
    i++;
  }
}

/** The marked letters of one chain at most (a line of news carries a few). */
const MAX_CHAIN = 8;

/** The text with the marks of each word one letter later (lexicon/earlyMarks.ts: every word but those on time). */
function shiftedEarly(x: string): string {
  let t = '';
  let at = 0;
  for (const w of earlyMarkEvidence(x).words()) {
    t += x.slice(at, w.start) + w.newText;
    at = w.end;
  }
  return t + x.slice(at);
}

/** The letter of a line that is one letter after its harakat, one or two (`\u0651ر`, PDFium's piece of a marked letter),
 *  bidi controls and spaces around them aside: [marks start, letter offset], or null. */
function markLetterLine(text: string, line: Span): [number, number] | null {
  let s = line.start;
  let e = line.end;
  while (s < e && isSkippable(text.charCodeAt(s))) s++;
  while (e > s && isSkippable(text.charCodeAt(e - 1))) e--;
  let m = s;
  while (m < e && isHaraka(text.charCodeAt(m))) m++;
  if (m === s || m - s > 2 || m + 1 !== e || !isArabicLetter(text.charCodeAt(m))) return null;
  return [s, m];
}

/** A line's text, bidi controls and spaces at its edges aside: [start, end). */
function trimmed(text: string, line: Span): [number, number] {
  let s = line.start;
  let e = line.end;
  while (s < e && isSkippable(text.charCodeAt(s))) s++;
  while (e > s && isSkippable(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** A word of the lexicon: its count in news (lexicon/pairs.ts; 0 for one the compact table holds no count for), or -1 when
 *  it is none (the pair table alone is not asked: its fingerprints answer for a few strings no word). */
function wordCount(x: string): number {
  const k = foldKey(x);
  if (k === null || k.length === 0 || !isWordKey(k)) return -1;
  return storedCount(pairHash(k));
}

/**
 * How the pieces meet at a marked letter `c` between a head `a` (the last word of the text put back so far) and a tail
 * `b` (the next piece's first word, run on through the next marked letters while a piece is that word alone: `ال` `ت`
 * `ونس` `ي` `ة` is التونسية): the three one word of the lexicon (`تب` `ي` `ن`: تبيّن, no space), else the head and the letter one
 * word and the tail another (`م` `ر` `فيها`: مرّ فيها), or the head one word and the letter the tail's first (`كانت` `ت`
 * `غير`: كانت تُغير) — the reading whose rarer word news writes most often, the word whole first on a tie (the pair
 * table's fingerprints and the clitic analysis accept a few strings no word: كانتت); null when the lexicon reads none. With the
 * count in news of the reading's rarer word. An empty head or tail (the piece ends or opens with no letter: a quote, a
 * stop) leaves one reading: the letter with the side that has a word.
 */
function chainJoin(a: string, c: string, b: string): { how: 'join' | 'after' | 'before'; count: number } | null {
  type Reading = { how: 'join' | 'after' | 'before'; count: number; other: number };
  let best = null as Reading | null;
  // (a tie of the rarer words, most often two words the compact table holds no count for, goes to the reading whose
  // other word news writes more often: أن يُصبحوا, not أنيُ صبحوا)
  const consider = (how: 'join' | 'after' | 'before', count: number, other = count) => {
    if (count >= 0 && (best === null || count > best.count || (count === best.count && other > best.other))) best = { how, count, other };
  };
  const whole = a !== '' && b !== '' ? wordCount(a + c + b) : -1;
  // (a word of the lexicon made whole across the piece is the reading: pieces seldom make one by chance — but after a
  // function word that the letter and the tail make a word beside, `أن` `ح` `ذفا`, `لن` `ي` `شف`: أن حُذفا)
  // (and not where the head and the letter make a function word before a word: `أن` `ن` `أغنى` is أنّ أغنى)
  if (whole >= 0 && !(isFunctionWord(a) && wordCount(c + b) >= 0) && !(isFunctionWord(a + c) && wordCount(b) >= 0)) return { how: 'join', count: whole };
  consider('join', whole);
  // (a word of one letter is no word of a split reading: و and the clitics are written with their word, `و` `ي` `حكم`)
  const apart = (x: string) => ((foldKey(x)?.length ?? 0) < 2 ? -1 : wordCount(x));
  if (a !== '') {
    const [x, y] = [wordCount(a + c), b === '' ? -1 : apart(b)];
    consider('after', b === '' ? x : Math.min(x, y), Math.max(x, y));
  }
  if (b !== '' && (foldKey(c + b)?.length ?? 0) >= 3) {
    const [x, y] = [a === '' ? -1 : apart(a), wordCount(c + b)];
    consider('before', a === '' ? y : Math.min(x, y), Math.max(x, y));
  }
  return best === null ? null : { how: best.how, count: best.count };
}

/**
 * A visual line PDFium split at every letter that carries a haraka, the pieces in reverse order and each marked letter a
 * line of its own, its marks first (Chromium's PDFs through Chrome's viewer: `ن أن العمل مستمر.` ⏎ `\u0651ي` ⏎ `بمراحل
 * صعبة ثم تب` ⏎ `\u0651ر` ⏎ `وأكد المدير أن المشروع م` for `وأكد المدير أن المشروع مرّ بمراحل صعبة ثم تبيّن أن العمل
 * مستمر.`). Found from a line that is one letter after
 * its marks (no clean line is: markLetterLine) between two lines of text, and on as long as such lines alternate with
 * lines of text; each join read by the lexicon (chainJoin), and none of the marked letters making a word with the lines
 * around it in their order that news writes at least as often (then nothing was reversed: a letter and its mark torn off
 * in place). The marks go on the marked letter, or on the head's last letter where the vocalised forms news writes put
 * them there. Fix (preferred): the lines in reverse order, one line. Returns the indices of the lines it reorders (no
 * other join of this rule touches them).
 */
function markChains(text: string, lines: readonly Span[], out: RuleFinding[], message: (id: string, data?: Record<string, string | number>) => string): Set<number> {
  const used = new Set<number>();
  const str = (t: [number, number]) => text.slice(t[0], t[1]);
  for (let i = 1; i + 1 < lines.length; i++) {
    if (used.has(i - 1) || markLetterLine(text, lines[i]) === null) continue;
    // the chain: text lines at s, s+2, …, e; marked letters at s+1, s+3, …, e-1
    const s = i - 1;
    let e = i + 1;
    // (MAX_CHAIN marked letters at most: a chain that fails is tried again from its next marked letter, in linear time)
    while (e + 2 < lines.length && e - s < 2 * MAX_CHAIN && markLetterLine(text, lines[e + 1]) !== null) e += 2;
    // in logical order: q[0] the last text line, then c[1] (a marked letter: [marks, letter]) and q[1], …
    const q: string[] = [];
    const c: Array<[string, string]> = [];
    let ok = true;
    for (let k = e; k >= s; k -= 2) {
      const t = trimmed(text, lines[k]);
      if (t[0] >= t[1] || markLetterLine(text, lines[k]) !== null) ok = false;
      q.push(str(t));
      if (k > s) {
        const ml = markLetterLine(text, lines[k - 1])!;
        c.push([text.slice(ml[0], ml[1]), text[ml[1]]]);
      }
    }
    if (!ok) continue;
    // (the pieces' own marks are copied early too, each before its letter — the marked-letter lines prove it: `مبكرًا` for
    // `مبكراً` — and moved one letter later here, as the diacritic rule's early repair would; its edits inside this
    // finding's range are lost to it)
    for (let k = 0; k < q.length; k++) q[k] = shiftedEarly(q[k]);
    // (a piece's Arabic token at its edge, or '' when the piece opens or ends with something else: `ة.` opens with ة)
    const firstWord = (x: string) => {
      const t = firstToken(x, 0, x.length);
      return t !== null && t.start === 0 ? x.slice(0, t.end) : '';
    };
    const lastWord = (x: string) => {
      const t = lastToken(x, 0, x.length);
      return t !== null && t.end === x.length ? x.slice(t.start) : '';
    };
    const arabicEdge = (x: string, at: number) => x.length > 0 && isArabicLetter(x.charCodeAt(at < 0 ? x.length - 1 : 0));
    // the tail's word at junction j, run on through the next marked letters while a piece is that word alone
    const tailWord = (j: number): string => {
      let w = firstWord(q[j]);
      for (let k = j; k + 1 < q.length && w === q[k]; k++) w += c[k][1] + firstWord(q[k + 1]);
      return w;
    };
    let fixed = q[0];
    const words: string[] = [];
    for (let j = 1; j < q.length && ok; j++) {
      const [marks, letter] = c[j - 1];
      const a = lastWord(fixed);
      const plain = firstWord(q[j]);
      if ((a === '' && plain === '') || (a !== '' && !arabicEdge(a, -1)) || (plain !== '' && !arabicEdge(plain, 0))) {
        ok = false;
        break;
      }
      const b = plain === '' ? '' : tailWord(j);
      const read = chainJoin(a, letter, b) ?? (b !== plain ? chainJoin(a, letter, plain) : null);
      // (in their order, the line before the marked letter's last word, the letter and the next line's first word: a
      // word news writes at least as often leaves the lines as they are)
      const before = lastWord(q[j]);
      const after = firstWord(q[j - 1]);
      const inOrder = arabicEdge(before, -1) && arabicEdge(after, 0) ? wordCount(before + letter + after) : -1;
      if (read === null || (inOrder > 0 && inOrder >= read.count)) {
        ok = false;
        break;
      }
      const { how } = read;
      // (the marks on the head's last letter only where news writes them there and not on the letter)
      const bare = (x: string) => x.replace(/[\u064b-\u0652]/g, '');
      const letters = bare(a + letter + (how === 'join' ? b : ''));
      const at = bare(a).length;
      const onHead = how !== 'before' && at > 0 && !/[\u064b-\u0652]$/.test(a) && writesMarkOn(letters, at - 1, marks) && !writesMarkOn(letters, at, marks);
      const cm = onHead ? letter : letter + marks;
      // (no space before a stop or a closing bracket that opens the tail, nor after an opening quote that ends the head)
      const spaceAfter = how === 'after' && !(plain === '' && /^[\u060c\u061b\u061f.,:;!?)\]\u00bb]/.test(q[j]));
      const spaceBefore = how === 'before' && !(a === '' && /[("\u00ab[]$/.test(fixed));
      fixed += (onHead ? marks : '') + (spaceBefore ? ' ' : '') + cm + (spaceAfter ? ' ' : '') + q[j];
      words.push(how === 'join' ? a + cm + plain : how === 'after' ? a + cm : cm + plain);
    }
    if (!ok) continue;
    const start = lines[s].start;
    const end = lines[e].end;
    out.push({
      start,
      end,
      message: message('chain', { n: e - s + 1, words: words.join('، ') }),
      fixes: [{ title: message('chainFix', { words: words.join('، ') }), edits: [{ start, end, newText: fixed }], preferred: true }],
    });
    for (let k = s; k <= e; k++) used.add(k);
    i = e;
  }
  return used;
}

/**
 * Does the line opened by the tanwin [s, m) (then a space) belong after the next line, whose last word ends with a bare
 * alef that takes it (a word of the lexicon: بحثا، جدا، شيئا)? Not when the line before ends so too (the pieces may be in
 * order; a pronoun's alef, فحصها، takes none), nor on a line in visual order.
 */
function tanwinEnd(text: string, s: number, m: number, before: Span | undefined, next: Span, doc: { isVisualLine(s: number, e: number): boolean }): number {
  if (m - s !== 1 || text.charCodeAt(s) !== 0x064b) return -1;
  const takes = (ln: Span | undefined) => {
    if (ln === undefined || ln.end - ln.start < 2) return false;
    const tok = lastToken(text, ln.start, ln.end);
    if (tok === null || tok.end !== ln.end || tok.end - tok.start < 3 || text.charCodeAt(ln.end - 1) !== 0x0627) return false;
    const w = text.slice(tok.start, tok.end);
    return !/(?:ه|ن)ا$/.test(w) && isArabicLetter(w.charCodeAt(w.length - 2)) && isWordKey(foldKey(w) ?? '');
  };
  if (!takes(next) || takes(before) || doc.isVisualLine(next.start, next.end)) return -1;
  return next.end;
}

/** Do the marks of a word cut at them go on the tail's first letter rather than the head's last? By the vocalised forms
 *  news writes, else (a shadda) by the letters around each (lexicon/markPlace.ts); the head's when neither tells. */
function markOnTail(a: string, b: string, marks: string): boolean {
  const letters = (a + b).replace(/[\u064b-\u0652]/g, '');
  const i = a.replace(/[\u064b-\u0652]/g, '').length;
  if (/[\u064b-\u0652]/.test(b[0] ?? '') || i === 0 || i >= letters.length) return false;
  const head = writesMarkOn(letters, i - 1, marks);
  const tail = writesMarkOn(letters, i, marks);
  if (head !== tail) return tail;
  return marks === '\u0651' && shaddaSide(letters, i - 1, i) === 1;
}

/** A haraka set apart before its letter anywhere in the text (a space, harakat, a letter). */
function markBeforeLetter(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    if (!isHaraka(text.charCodeAt(i)) || text.charCodeAt(i - 1) !== 0x20) continue;
    let j = i;
    while (j < text.length && isHaraka(text.charCodeAt(j))) j++;
    if (j < text.length && isArabicLetter(text.charCodeAt(j))) return true;
  }
  return false;
}

export const cutWord: Rule = defineRule({
  id: 'cut-word',
  title: { en: 'Word cut at a line end', ar: 'كلمة مقطوعة في آخر السطر' },
  description: {
    en: 'Flags a word cut at the end of a line and completed on the next line (الحكو ⏎ مة، التقليدي ⏎ ة), when the joined form is a word and a piece is not one that is written alone; the fix joins them.',
    ar: 'ينبّه إلى كلمة قُطعت في آخر السطر وتتمّتها في السطر التالي (الحكو ⏎ مة، التقليدي ⏎ ة) إذا كان الموصول كلمة وأحد الجزأين لا يُكتب وحده؛ والإصلاح يصلهما.',
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
    swapped: {
      en: 'Word cut where a line was split, its two pieces in reverse order: “{b}” opens this line and “{a}” ends the next; together they read “{word}”.',
      ar: 'كلمة قُطعت حيث انقسم السطر وجاء جزآه معكوسين: «{b}» في أول هذا السطر و«{a}» في آخر التالي؛ وصوابهما «{word}».',
    },
    swappedTanwin: {
      en: 'A line split at a tanwin, its two pieces in reverse order: the tanwin opens this line, its word “{word}” ends the next.',
      ar: 'سطر انقسم عند تنوين وجاء جزآه معكوسين: التنوين في أول هذا السطر وكلمته «{word}» في آخر التالي.',
    },
    chain: {
      en: 'A line split at its marked letters, its {n} pieces in reverse order (each marked letter a line of its own, its mark first); read backwards: “{words}”.',
      ar: 'سطر انقسم عند حروفه المشكولة وجاءت قطعه ال\u0640{n} معكوسة (كل حرف مشكول في سطر وحده وحركته قبله)؛ وصوابها معكوسة: «{words}».',
    },
    chainFix: {
      en: 'Put the pieces back in order: “{words}”',
      ar: 'أعد القطع إلى ترتيبها: «{words}»',
    },
    swap: {
      en: 'Put the next line first: “{word}”',
      ar: 'قدّم السطر التالي: «{word}»',
    },
  },
  check({ text, doc, message }) {
    const out: RuleFinding[] = [];
    let prev: { line: Span; last: Span } | null = null;
    // (a draft that sets a haraka apart before its letter, ` َب`, writes the mark that opens a line before its letter too:
    // no proof of a cut there; found once, on the first line opened by a haraka)
    let marksBefore: boolean | null = null;
    // joins the lexicon allows but does not confirm, kept only in a shredded stretch (shredded), and the index of each
    // join's line break among the breaks read (a break between two lines with a token each)
    const looseOut: RuleFinding[] = [];
    // joins of a piece its own line completes beside a word written alone (oneSided): kept only in a shredded draft
    const sidedOut: RuleFinding[] = [];
    const strictAt: number[] = [];
    const looseAt: number[] = [];
    let breaks = 0;
    // the last token of the line before prev's, and whether its break with prev's line was joined (a word cut in three:
    // `ب` ⏎ `رنام` ⏎ `ج`, the middle line a piece alone)
    let before: { last: Span; made: boolean } | null = null;
    const chained = markChains(text, doc.lines, out, message);
    for (let li = 0; li < doc.lines.length; li++) {
      const line = doc.lines[li];
      if (chained.has(li)) {
        prev = null;
        before = null;
        continue;
      }
      // only the first and the last token of a line matter: found from both ends (as arabicTokens cuts them)
      const first = firstToken(text, line.start, line.end);
      if (first === null) {
        if (!onlySkippable(text, line.start, line.end)) (prev = null), (before = null);
        continue;
      }
      // (nor a line of text items in visual order with a hamza drawn before its alef, pdf.js on a Chromium PDF: its edges
      // are not its words' — reversed-line reads it, and a word cut at its logical end is joined on the next pass)
      if (doc.isVisualLine(line.start, line.end) || (line.end - line.start <= MAX_LINE && marksApart(text, line.start, line.end)) || hamzaItemLine(text, line.start, line.end)) {
        prev = null;
        before = null;
        continue;
      }
      let made = false;
      if (prev && onlySkippable(text, line.start, first.start)) {
        const a = text.slice(prev.last.start, prev.last.end);
        const b = text.slice(first.start, first.end);
        // (the pieces first: their answers are cached, the joined form is new)
        const la = isLikelyWord(a);
        const lb = isLikelyWord(b);
        const key = foldKey(a + b);
        // (a piece that is a word: not at the edge of a line whose reversed runs fix-all reorders — its edge words are
        // the halves of the word torn inside it, `ال` ⏎ `قمة`, lexicon/runs.ts — read only when it would join; an
        // order only offered is no proof: a word torn across the break makes the line look torn too)
        // (tornPiece, `any`: nor at the edge of a line whose order is only offered — its edges may be the halves of its own tears)
        // (a line opened by و alone before a space is the conjunction written apart, `متر` ⏎ ⏎ `و شارك`, not the tail of
        // مترو: clean news writes و apart at a paragraph's start)
        const wawApart = b === '\u0648' && text.charCodeAt(first.end) === 0x20;
        // (a piece cut off by a kashida glyph printed inside its word, `وك$$$الة`, `جه3ته`: extraction-junk's, not a tear)
        const glyphCut = printedKashidaRunEnd(text, first.end) > 0 || printedKashidaRunBefore(text, prev.last.start);
        const inRuns = (s: Span, any = false) => doc.runs.repairs.some((r) => (any || r.preferred) && s.start >= r.start && s.end <= r.end);
        // (a line opened by a haraka after a line ending in a letter: the word was cut right after that letter, the mark its
        // own — no word opens with a haraka, and clean text never sets one at a line's start: `المستخدمين ي` ⏎ `ُدعى`,
        // `مكل` ⏎ `ّف`, PDFium's pieces; joined when the word is one of the lexicon. Not a mark alone before a space,
        // `فحصها` ⏎ `ً عن`: in PDFium's pieces of two columns it is as often the end of a word set elsewhere)
        let marks = 0;
        while (first.start + marks < first.end && isHaraka(text.charCodeAt(first.start + marks))) marks++;
        const markCut =
          marks > 0 &&
          !(marksBefore ??= markBeforeLetter(text)) &&
          isArabicLetter(text.charCodeAt(prev.last.end - 1)) &&
          !glyphCut &&
          marks < first.end - first.start &&
          key !== null &&
          isWordKey(key);
        // (a piece that completes its neighbour on its own line is split-word's: `م ن` ⏎ `خ يانة` is من خيانة, not منخيانة —
        // both pieces, or one of two letters at least beside a word news writes alone, when news writes the word it makes
        // on its line more often than the cut's: `في` ⏎ `تك ريس` is في تكريس, split-word joins تك forward, and the two
        // joins together made فيتكريس; a piece beside a fragment says little, `قال ت` ⏎ `ونس`. Where a third of the
        // draft's breaks fall inside words at least (a shredded draft) split-word only offers such a join (its
        // lineEdgeTears) and the cut is the join: kept there, decided below)
        const headJoin = markCut ? null : neighbourJoin(text, prev.last, prev.line, true);
        const tailJoin = markCut ? null : neighbourJoin(text, first, line, false);
        const splitPiece = headJoin !== null && tailJoin !== null;
        const oneSided =
          !splitPiece &&
          key !== null &&
          ((headJoin !== null && !fragment(b, lb) && neighbourRather(a, headJoin, key)) || (tailJoin !== null && !fragment(a, la) && neighbourRather(b, tailJoin, key)));
        const strict = markCut || (!wawApart && !glyphCut && !splitPiece && key !== null && isWordKey(key) && ((!la && !lb) || ((writtenFromHalf(a, la, b, lb, key, text.charCodeAt(first.end)) || (tornPiece(a, la, b, lb, key) && !inRuns(prev.last, true) && !inRuns(first, true))) && !inRuns(prev.last) && !inRuns(first))));
        // (in a shredded stretch, a join the lexicon allows: decided below, once the stretch is known)
        const loose = !strict && !wawApart && !glyphCut && first.start === line.start && key !== null && knownJoin(key) && shredPiece(a, la, b, lb);
        if (strict || loose) {
          const word = a + b;
          (oneSided ? sidedOut : strict ? out : looseOut).push({
            start: prev.last.start,
            end: first.end,
            message: message('cut', { a, b, word }),
            fixes: [
              {
                title: message('join', { word }),
                // (with the marks that open the tail, so that no repair of a detached mark moves them onto the tail's
                // first letter in the same pass: the edit that starts first wins)
                edits: [{ start: prev.last.end, end: first.start + marks, newText: text.slice(first.start, first.start + marks) }],
                preferred: true,
              },
            ],
          });
          if (strict) strictAt.push(breaks);
          else if (!oneSided) looseAt.push(breaks);
          made = true;
        } else if (before && !before.made && first.start === line.start && !wawApart && !glyphCut && prev.last.start === prev.line.start) {
          // a word cut in three, its middle a line alone: the three read as one word where no two of them do
          const a0 = text.slice(before.last.start, before.last.end);
          const k3 = foldKey(a0 + a + b);
          if (k3 !== null && knownJoin(k3) && shredPiece(a0 + a, false, b, lb)) {
            const word = a0 + a + b;
            looseOut.push({
              start: before.last.start,
              end: first.end,
              message: message('cut', { a: a0 + '\u2026' + a, b, word }),
              fixes: [
                {
                  title: message('join', { word }),
                  edits: [
                    { start: before.last.end, end: prev.last.start, newText: '' },
                    { start: prev.last.end, end: first.start, newText: '' },
                  ],
                  preferred: true,
                },
              ],
            });
            looseAt.push(breaks);
            made = true;
          }
        }
      }
      if (prev) breaks++;
      const last = lastToken(text, line.start, line.end)!;
      before = prev ? { last: prev.last, made } : null;
      prev = onlySkippable(text, last.end, line.end) ? { line, last } : null;
    }
    swappedPieces(text, doc, marksBefore ?? markBeforeLetter(text), out, message, chained);
    // (or anywhere in a draft whose breaks the confirmed joins fall in a third of the time, three at least: a short
    // shredded paragraph has too few joins in reach for the stretch to show)
    doc.count('cut-word.breaks', breaks);
    doc.count('cut-word.joins', strictAt.length);
    const draft = (looseOut.length > 0 || sidedOut.length > 0) && doc.decide((total) => total('cut-word.joins') >= SHRED_DRAFT_MIN && total('cut-word.joins') * 3 >= total('cut-word.breaks'));
    const keep = shreddedJoins(strictAt, looseAt);
    for (let k = 0; k < looseOut.length; k++) if (draft || keep[k]) out.push(looseOut[k]);
    if (draft) out.push(...sidedOut);
    out.sort((x, y) => x.start - y.start);
    return out;
  },
});
