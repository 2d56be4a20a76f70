/**
 * LibreOffice lines that pdf.js gives as three or more pieces glued head to tail (issue 10): LibreOffice draws a
 * kashida-justified Arabic line as several positioned runs, cut where it stretched a word (inside the word, often
 * with a kashida glyph there: a C0 control or nothing at all through pdf.js); pdf.js gives the runs left to right —
 * the line's logical end first — with nothing between them, so each cut glues the end of one piece to the start of
 * another and every word at a cut is torn, its halves in two glued tokens:
 *
 *   logical  : انتقل البث إلى مراسل في مكان الحادث وتحدث عن وقوع قتلى من بين خمسة كانوا يستقلون
 *   extracted: تقلونانوا يسة كدث عن وقوع قتلى من بين خمسانتقل البث إلى مراسل في مكان الحادث وتح
 *
 * (measured on the routes' articles 1–20, lo-* through pdf.js: 40 such lines of 3+ pieces, every cut inside a word).
 * The cuts are found jointly, the pieces read in reverse: one cut in each token the lexicon does not know (a glued
 * token: `خمسانتقل`, `يسة`, `تقلونانوا`; two words glued at a mark, `عددهم،رة`), and maybe one in a word the lexicon
 * knows only with a pronoun after it, where a kashida glyph stands, or in the line's first and last words (torn halves
 * either way); two cuts around a piece of one letter and its kashida (`ل<U+0640>`) inside one token. The word a reading makes
 * at a junction takes the head of the token cut next and the tail of the token cut before (cuts c1 < … < cm inside the
 * line, c0 its start, cm+1 its end: the junction j joins the head of cut j+1 to the tail of cut j-1), so the cuts are
 * searched one after the other, each choice checked by the word it closes. The lexicon is the judge (every junction
 * word a word, and the halves at the reading's two ends; two cuts at least in glued tokens or at kashida glyphs: one
 * glued token is as likely a name), the word pairs of correct news (lexicon/pairs.ts, with the lines around) choose
 * between the readings the lexicon allows (a junction word news writes counting a little too). Preferred (fix-all
 * applies it) when it beats the next reading by GLUED_MARGIN and the line as it is (its glued tokens giving no pair
 * evidence) by GLUED_GAIN; a kashida glyph (C0 control, U+FFFE) at a cut is dropped with the cut, every other
 * character keeps its place in its piece. Measured: routes' articles 1–20 (lo-* through pdf.js) 22 of 40 such lines
 * restored; no clean line of 2,423 (even half) read with a preferred reading.
 *
 * Pure; bounded: lines of ≤ MAX_LINE units and ≤ MAX_GLUED glued tokens, the search stops after MAX_NODES choices.
 */
import { foldKey, isLikelyWord, isWord, isWordKeyWithoutPronoun } from './index';
import { isNewsWord, linePairScore } from './pairs';
import type { Edges } from './itemOrder';

/** The longest line read (a PDF line). */
const MAX_LINE = 250;
/** Lines with more glued tokens are not read. */
const MAX_GLUED = 10;
/** Choices the search makes at most per line. */
const MAX_NODES = 20_000;
/** Readings the lexicon allows kept for the pairs to judge. */
const MAX_READINGS = 32;
/** Two words glued at a mark: a letter (or its haraka), marks, a letter. */
const GLUED_AT_MARK = /[\u0621-\u064a\u064b-\u0652][.،,:؛;*()[\]!؟?]+[\u0621-\u064a]/;
/** The best reading must beat the next best by this much (pair scores) to be preferred. */
export const GLUED_MARGIN = 2;
/** In a draft with two preferred readings at least (reversed-line), a reading ahead of the next by this much and of
 *  the line as it is by GLUED_DRAFT_GAIN is applied too: the even half's damaged lines, 10 such readings right in 11,
 *  below it 6 in 12 (routes' articles 1–20: 5 right, 1 wrong). */
export const GLUED_DRAFT_MARGIN = 1;
export const GLUED_DRAFT_GAIN = 1;
/** What a junction word news writes adds to a reading's score (beside its pairs). */
const NEWS_BONUS = 1;
/** The best reading must read better than the line as it is by this much (pair scores) to be preferred. */
export const GLUED_GAIN = 3;

export interface GluedRepair {
  text: string;
  /** The cuts the reading undoes (the pieces are cuts + 1). */
  cuts: number;
  /** The only reading the lexicon allows, or ahead of the next by GLUED_MARGIN: fix-all applies it. */
  preferred: boolean;
  /** Pair score of the best reading less the next best's (Infinity when it is the only one). */
  margin: number;
  /** Pair score of the reading less the line's as it is. */
  gain: number;
}

const isArabicLetter = (c: number) => (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a);
const isMark = (c: number) => (c >= 0x064b && c <= 0x065f) || c === 0x0670;
const isWordChar = (c: number) => isArabicLetter(c) || isMark(c) || c === 0x0640;
/** A kashida glyph through pdf.js: a C0 control, U+FFFE. */
const isJunk = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe;

interface Tok {
  start: number;
  end: number;
  /** The word's letters: [cs, ce), punctuation around it left out. */
  cs: number;
  ce: number;
}

/** The word of s (punctuation at its ends dropped): a word when the lexicon knows it (one or two letters: a short word). */
function news(s: string): boolean {
  let a = 0;
  let b = s.length;
  while (a < b && !isWordChar(s.charCodeAt(a))) a++;
  while (b > a && !isWordChar(s.charCodeAt(b - 1))) b--;
  if (a === b) return false;
  for (let i = a; i < b; i++) if (!isWordChar(s.charCodeAt(i))) return false;
  const w = s.slice(a, b);
  return isLikelyWord(w);
}

/**
 * The reading of a line of LibreOffice runs glued head to tail in reverse order, or null when the lexicon finds none
 * (see the file comment). `edges`: the words on the lines around it.
 */
export function gluedPiecesRepair(line: string, edges: Edges): GluedRepair | null {
  if (line.length < 8 || line.length > MAX_LINE) return null;
  // (LibreOffice's quotation marks after the pieces: lexicon/quoteItems.ts)
  if (/"\s+"\s*$/.test(line)) return null;
  // the view: kashida glyphs out (raw[at[i]] is view[i])
  let view = '';
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isJunk(c)) continue;
    // (bidi controls: another extractor's line)
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return null;
    view += line[i];
    at.push(i);
  }
  at.push(line.length);
  const n = view.length;
  // tokens (single spaces between them)
  const toks: Tok[] = [];
  for (let i = 0; i < n; ) {
    if (view.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && view.charCodeAt(j) !== 0x20) j++;
    let cs = i;
    let ce = j;
    while (cs < ce && !isWordChar(view.charCodeAt(cs))) cs++;
    while (ce > cs && !isWordChar(view.charCodeAt(ce - 1))) ce--;
    toks.push({ start: i, end: j, cs, ce });
    i = j;
  }
  if (toks.length < 3) return null;
  // glued tokens: Arabic words the lexicon does not know, or two words glued at a mark (`عددهم،رة`: a run's end glued to
  // another's start) — each holds a cut
  const must: boolean[] = [];
  const cands: number[][] = [];
  let glued = 0;
  for (let t = 0; t < toks.length; t++) {
    const k = toks[t];
    const w = view.slice(k.cs, k.ce);
    let plain = k.ce - k.cs >= 2;
    for (let i = 0; i < w.length && plain; i++) plain = isWordChar(w.charCodeAt(i));
    const marked = !plain && GLUED_AT_MARK.test(w);
    const odd = (plain && !isWord(w)) || marked;
    // (a word the lexicon knows only with a pronoun after it, `الفعالياتك`, or one news does not write (the pair table's
    // words): maybe a run's end glued to a letter of another's start — it may hold a cut; even half, 400 damaged lines:
    // right preferred readings 76 -> 100, wrong 10 -> 5)
    const maybe = plain && !odd && (!isWordKeyWithoutPronoun(foldKey(w) ?? '') || !isNewsWord(w));
    // (the line's first and last words are torn halves whether or not a cut is glued to them: they may hold one)
    const edge = t === 0 || t === toks.length - 1;
    must.push(odd && !edge);
    if (must[t]) glued++;
    // cut candidates: before a letter of its word (a mark stays with its letter), or between a letter and a mark glued
    // to it; in a word the lexicon knows, only where a kashida glyph stands (LibreOffice cut its run there, or stretched
    // the word)
    const out: number[] = [];
    for (let p = k.cs + 1; p < k.ce && (plain || marked); p++) {
      const a = view.charCodeAt(p - 1);
      const b = view.charCodeAt(p);
      if (!(isArabicLetter(b) || (marked && isWordChar(a) && !isWordChar(b)))) continue;
      if (odd || maybe || at[p] > at[p - 1] + 1) out.push(p * 4);
      // (a piece of one letter and its kashida, `ل<U+0640>`, glued between two others inside one token: two cuts)
      if (odd && isArabicLetter(b) && p + 1 < k.ce) {
        const l = view.charCodeAt(p + 1) === 0x0640 ? 2 : at[p + 1] > at[p] + 1 ? 1 : 0;
        if (l > 0 && p + l < k.ce && isArabicLetter(view.charCodeAt(p + l))) out.push(p * 4 + l);
      }
    }
    cands.push(out);
  }
  if (glued === 0 || glued > MAX_GLUED) return null;
  const T = toks.length;
  const first = toks[0];
  const last = toks[T - 1];
  // a cut is c * 4 + l: at c, and (l > 0) again at c + l, a piece of one letter between (its own piece in the reading)
  // head of a cut v in token t: its token's start to the cut; tail: the cut to its token's end; mid: the lone piece
  const head = (t: number, v: number) => view.slice(toks[t].start, v >> 2);
  const tail = (t: number, v: number) => view.slice((v >> 2) + (v & 3), toks[t].end);
  const mid = (v: number) => view.slice(v >> 2, (v >> 2) + (v & 3));
  // the line's first word, up to the first cut when that cut is in it; the last, from the last cut when in it
  const lineHead = (t1: number, v1: number) => view.slice(0, t1 === 0 ? v1 >> 2 : first.end);
  const lineTail = (tm: number, vm: number) => view.slice(tm === T - 1 ? (vm >> 2) + (vm & 3) : last.start, n);
  // cuts chosen so far (position, token), index 1…
  const cp: number[] = [0];
  const ct: number[] = [-1];
  const found: number[][] = [];
  const bonus: number[] = [];
  // (a word news writes, at a junction or an end of the reading, counts for it: ties between readings the lexicon allows)
  const nw = (w: string) => (isNewsWord(w.replace(/^[^\u0621-\u064a]+|[^\u0621-\u064a\u064b-\u0652]+$/g, '')) ? NEWS_BONUS : 0);
  let nodes = 0;
  // the tail of cut j-1, which the word at junction j ends with (the line's first word for j = 1)
  const prevTail = (j: number) => (j === 1 ? lineHead(ct[1], cp[1]) : tail(ct[j - 1], cp[j - 1]));
  // the last mandatory token (no reading ends its cuts before it)
  let lastMust = -1;
  for (let t = 0; t < T; t++) if (must[t]) lastMust = t;
  // cuts 1…j chosen, the junction words up to j-1 checked: try cut j+1 in a later token (no glued token skipped), or stop
  const search = (j: number, b: number): void => {
    if (found.length >= MAX_READINGS || nodes > MAX_NODES) return;
    const tj = ct[j];
    // stop at j cuts (two at least): the last junction (the line's last word's head + the tail of cut j-1) and the
    // reading's first word (the tail of cut j, when the last piece holds a space)
    if ((j >= 2 || (cp[j] & 3) > 0) && tj >= lastMust) {
      nodes++;
      const w = lineTail(tj, cp[j]) + mid(cp[j]) + prevTail(j);
      // (two cuts at least: one glued token is as likely a name)
      let inner = 0;
      // (counted: cuts in glued tokens, or where a kashida glyph stands)
      for (let k = 1; k <= j; k++) if (must[ct[k]] || at[cp[k] >> 2] > at[(cp[k] >> 2) - 1] + 1) inner += cp[k] & 3 ? 2 : 1;
      if (inner >= 2 && news(w) && (tj === T - 1 || news(tail(tj, cp[j])))) {
        found.push(cp.slice(1, j + 1));
        bonus.push(b + nw(w) + (tj === T - 1 ? 0 : nw(tail(tj, cp[j]))));
      }
    }
    for (let t = tj + 1; t < T; t++) {
      for (const c of cands[t]) {
        nodes++;
        // junction j: the head of cut j+1 + the tail of cut j-1 (the line's first word for j = 1)
        // (a lone piece after cut j is read between them)
        const w = head(t, c) + mid(cp[j]) + prevTail(j);
        if (!news(w)) continue;
        cp[j + 1] = c;
        ct[j + 1] = t;
        search(j + 1, b + nw(w));
        cp.length = j + 1;
        ct.length = j + 1;
      }
      if (must[t]) break;
    }
  };
  for (let t = 0; t < T; t++) {
    for (const c of cands[t]) {
      nodes++;
      // the reading's last word (the head of the first cut), when the line's first piece holds a space
      if (t > 0 && !news(head(t, c))) continue;
      cp[1] = c;
      ct[1] = t;
      search(1, t > 0 ? nw(head(t, c)) : 0);
      cp.length = 1;
      ct.length = 1;
    }
    if (must[t]) break;
  }
  if (found.length === 0) return null;
  // the readings, judged by the word pairs (the lines around included)
  const before = edges.before();
  const after = edges.after();
  const readingOf = (cs: number[]): string => {
    const bounds = [0];
    for (const v of cs) {
      bounds.push(v >> 2);
      if (v & 3) bounds.push((v >> 2) + (v & 3));
    }
    bounds.push(n);
    let s = '';
    for (let p = bounds.length - 1; p > 0; p--) {
      let a = at[bounds[p - 1]];
      let b = at[bounds[p]];
      // (a kashida glyph at the cut goes with it)
      while (a < b && isJunk(line.charCodeAt(a))) a++;
      while (b > a && isJunk(line.charCodeAt(b - 1))) b--;
      s += line.slice(a, b);
    }
    return s;
  };
  const pairsOf = (s: string): number => linePairScore(s, before, after);
  let best = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  const texts = found.map(readingOf);
  const seen = new Set<string>();
  for (let r = 0; r < texts.length; r++) {
    if (seen.has(texts[r])) continue;
    seen.add(texts[r]);
    const v = pairsOf(texts[r]) + bonus[r];
    if (v > bestScore) {
      second = bestScore;
      bestScore = v;
      best = r;
    } else if (v > second) second = v;
  }
  const margin = bestScore - second;
  // (the reading reads better than the line as it is, its glued tokens aside: by the pairs)
  // (the line's glued tokens give no pair evidence: the shape of a word no one writes says nothing of its neighbours)
  let masked = '';
  let from = 0;
  for (let t = 0; t < T; t++) {
    if (!must[t]) continue;
    masked += view.slice(from, toks[t].start) + '\ufffd';
    from = toks[t].end;
  }
  masked += view.slice(from);
  const gain = bestScore - bonus[best] - pairsOf(masked);
  if (gain <= 0) return null;
  return { text: texts[best], cuts: found[best].length, preferred: nodes <= MAX_NODES && margin >= GLUED_MARGIN && gain >= GLUED_GAIN, margin, gain };
}
