/**
 * Double-spaced drafts: pdftotext puts a blank line between every two text lines of a double-spaced page, so a
 * sentence runs on across blank lines that are no paragraph breaks (`… كشفت صحيفة` ⏎ ⏎ `الشروق أن …`). A draft is
 * double-spaced when single blank lines alternate with its text lines through most of it and the line before such a
 * blank line often ends no sentence; in such a draft a single blank line after a line that ends no sentence and is not
 * short (three fifths of the draft's typical line at least: a shorter one is a headline or a paragraph's last line — `طقس
 * اليوم الخميس`, `فرنسا : انفجار بمحطة نووية`) and, when it opens a paragraph, not clearly shorter than the line after
 * it (a longer headline over the body's first line), and not a line that was not wrapped before one that opens with و
 * (it and the next line's first word fit in nine tenths of the typical line: a paragraph's last line with no full stop) is read as a line break inside
 * the paragraph (`softBlank`): text/sentences.ts (sentences), document.ts (paragraphs) and the
 * incremental checker's chunks (core/incremental.ts: it does not cut there) read it so.
 *
 * "Ends a sentence" looks at both edges of the line (a terminator, past spaces, invisible characters, quotation marks
 * and brackets): a line in visual order has its full stop at its start, and the repaired view (view.ts), which reads
 * such a line backwards, must answer as the text does. Linear, one pass (a native scan from a line's first visible
character to its end); nothing throws.
 */
import { BREAK, CH, CLOSER, CONTROL, OPENER, SPACE, TATWEEL_C, TERM } from './chars';
import { BREAK_RE, ForwardScan } from './scan';

/** Skipped at a line's edges before the terminator test. */
const EDGE_SKIP = SPACE | CONTROL | TATWEEL_C | OPENER | CLOSER;

/** Does the line [s, e) end a sentence: a terminator at its end, or at its start (a line in visual order)? */
export function endsSentence(text: string, s: number, e: number): boolean {
  let i = s;
  while (i < e && (CH[text.charCodeAt(i)] & EDGE_SKIP) !== 0) i++;
  if (i < e && (CH[text.charCodeAt(i)] & TERM) !== 0) return true;
  let j = e - 1;
  while (j > i && (CH[text.charCodeAt(j)] & EDGE_SKIP) !== 0) j--;
  return j > i && (CH[text.charCodeAt(j)] & TERM) !== 0;
}

/** How a text's lines are spaced. */
export interface LineGaps {
  /** Lines with something visible. */
  textLines: number;
  /** Exactly one blank line between two text lines. */
  singleGaps: number;
  /** Of which the line before ends no sentence. */
  openGaps: number;
  /** The median length of the text lines (spaces at their edges left out; at most WIDTH_CAP). */
  width: number;
}

/** Lines longer than this count as this long for the median (a histogram of bounded size: linear). */
const WIDTH_CAP = 1024;

/** The length of the line [s, e) without the spaces at its edges. */
function lineLength(text: string, s: number, e: number): number {
  while (s < e && (CH[text.charCodeAt(s)] & SPACE) !== 0) s++;
  while (e > s && (CH[text.charCodeAt(e - 1)] & SPACE) !== 0) e--;
  return e - s;
}

/**
 * The end of the line that starts at `s` (its break, or the text's end), as `~end` (negative) when the line is blank —
 * spaces, invisible controls and tatweel only. Once something visible is on the line only its end is looked for, by
 * the native scan `breaks` (text/scan.ts). The one line walk of countLineGaps here and sentences.ts paragraphs.
 */
export function lineEndOrBlank(text: string, s: number, breaks: ForwardScan): number {
  const n = text.length;
  let e = s;
  while (e < n) {
    const f = CH[text.charCodeAt(e)];
    if (f & BREAK) return ~e;
    if ((f & (SPACE | CONTROL | TATWEEL_C)) === 0) {
      const b = breaks.next(e + 1);
      return b < 0 ? n : b;
    }
    e++;
  }
  return ~e;
}

/** One pass over the lines (a blank line: spaces and invisible characters only). */
export function countLineGaps(text: string): LineGaps {
  const g: LineGaps = { textLines: 0, singleGaps: 0, openGaps: 0, width: 0 };
  if (typeof text !== 'string') return g;
  const lengths = new Uint32Array(WIDTH_CAP + 1);
  const n = text.length;
  let blanks = -1; // blank lines since the last text line; -1 before the first
  let prevClosed = true;
  let s = 0;
  // (a line's end by a native scan once something visible is on it: text/scan.ts)
  const breaks = new ForwardScan(BREAK_RE, text);
  while (s <= n) {
    const r = lineEndOrBlank(text, s, breaks);
    const blank = r < 0;
    const e = blank ? ~r : r;
    if (blank) {
      if (blanks >= 0) blanks++;
    } else {
      g.textLines++;
      lengths[Math.min(WIDTH_CAP, lineLength(text, s, e))]++;
      if (blanks === 1) {
        g.singleGaps++;
        if (!prevClosed) g.openGaps++;
      }
      blanks = 0;
      prevClosed = endsSentence(text, s, e);
    }
    if (e >= n) break;
    s = e + (text.charCodeAt(e) === 0x0d && e + 1 < n && text.charCodeAt(e + 1) === 0x0a ? 2 : 1);
  }
  g.width = medianWidth(lengths, g.textLines, g.width);
  return g;
}

/**
 * countLineGaps of a piece of a text, [a, b) — both line starts (or b the text's end) — for a sum over the pieces of a
 * text cut at line starts (`sumPieceGaps`: equal to countLineGaps of the whole; core/incrementalGaps.ts keeps the
 * pieces of a draft's last text and counts again only those an edit changed). Its own gaps are those between two of its
 * text lines; the gap before its first text line is the sum's to count, from the blank lines after the text line
 * before (`trail` of the pieces before) and its `lead`.
 */
export interface PieceGaps {
  textLines: number;
  singleGaps: number;
  openGaps: number;
  /** Blank lines before its first text line (all its lines when it has none), and after its last. */
  lead: number;
  trail: number;
  /** Does its last text line end a sentence? */
  lastClosed: boolean;
  /** The lengths of its text lines for the median (spaces at their edges left out; at most WIDTH_CAP). */
  lengths: Uint16Array;
}

/**
 * The gaps of the piece [a, b) of `text`: a a line start, b a line start or the text's end; `last`, the text's last
 * piece (b its end), which holds the line that starts at the end too (after a final break: a blank line).
 */
export function pieceGaps(text: string, a: number, b: number, last: boolean): PieceGaps {
  const g: PieceGaps = { textLines: 0, singleGaps: 0, openGaps: 0, lead: 0, trail: 0, lastClosed: true, lengths: EMPTY_LENGTHS };
  const n = text.length;
  const lengths: number[] = [];
  let blanks = -1;
  let s = a;
  const breaks = new ForwardScan(BREAK_RE, text);
  while (last ? s <= n : s < b) {
    const r = lineEndOrBlank(text, s, breaks);
    const blank = r < 0;
    const e = blank ? ~r : r;
    if (blank) {
      if (blanks >= 0) blanks++;
      else g.lead++;
    } else {
      g.textLines++;
      lengths.push(Math.min(WIDTH_CAP, lineLength(text, s, e)));
      if (blanks === 1) {
        g.singleGaps++;
        if (!g.lastClosed) g.openGaps++;
      }
      blanks = 0;
      g.lastClosed = endsSentence(text, s, e);
    }
    if (e >= n) break;
    s = e + (text.charCodeAt(e) === 0x0d && e + 1 < n && text.charCodeAt(e + 1) === 0x0a ? 2 : 1);
  }
  g.trail = blanks < 0 ? 0 : blanks;
  if (lengths.length) g.lengths = Uint16Array.from(lengths);
  return g;
}

const EMPTY_LENGTHS = new Uint16Array(0);

/** countLineGaps of a text from its pieces' (pieceGaps), in order. */
export function sumPieceGaps(pieces: readonly PieceGaps[]): LineGaps {
  const g: LineGaps = { textLines: 0, singleGaps: 0, openGaps: 0, width: 0 };
  const lengths = new Uint32Array(WIDTH_CAP + 1);
  let blanks = -1;
  let prevClosed = true;
  for (let i = 0; i < pieces.length; i++) {
    const x = pieces[i];
    if (x.textLines === 0) {
      if (blanks >= 0) blanks += x.lead;
      continue;
    }
    if (blanks >= 0 && blanks + x.lead === 1) {
      g.singleGaps++;
      if (!prevClosed) g.openGaps++;
    }
    g.textLines += x.textLines;
    g.singleGaps += x.singleGaps;
    g.openGaps += x.openGaps;
    for (let k = 0; k < x.lengths.length; k++) lengths[x.lengths[k]]++;
    blanks = x.trail;
    prevClosed = x.lastClosed;
  }
  g.width = medianWidth(lengths, g.textLines, g.width);
  return g;
}

/** The median line length from a histogram of `lines` lengths (capped at WIDTH_CAP); `none` when there is no line. */
function medianWidth(lengths: ArrayLike<number>, lines: number, none: number): number {
  let seen = 0;
  for (let k = 0; k <= WIDTH_CAP && lines > 0; k++) {
    seen += lengths[k];
    if (seen * 2 >= lines) return k;
  }
  return none;
}

/**
 * Is the text double-spaced: six text lines at least, a single blank line after three in five of them, and the line
 * before a third of those blank lines ending no sentence (a typed draft with a blank line between its one-line
 * paragraphs ends nearly every one with a full stop)? A short news item of four or five lines is, with a single blank
 * line after every line but the last and two thirds of them after a line that ends no sentence (a sentence cut at
 * every line: `وبحسب` ⏎ ⏎ `مصادر محلية فإن …`).
 */
export function isDoubleSpaced(g: LineGaps): boolean {
  if (g.textLines >= 4 && g.textLines < 6) return g.singleGaps === g.textLines - 1 && g.openGaps * 3 >= g.singleGaps * 2;
  return g.textLines >= 6 && g.singleGaps * 5 >= 3 * (g.textLines - 1) && g.openGaps * 3 >= g.singleGaps;
}

/** The answer documents carry (document.ts doubleSpaced): the typical line length of a double-spaced text, else 0. */
export function spacedWidth(g: LineGaps): number {
  return isDoubleSpaced(g) ? Math.max(1, g.width) : 0;
}

/** Does the line [s, e) open with و (spaces, invisible controls and opening quotes skipped)? */
function opensWithWaw(text: string, s: number, e: number): boolean {
  while (s < e && (CH[text.charCodeAt(s)] & EDGE_SKIP) !== 0) s++;
  return s < e && text.charCodeAt(s) === 0x0648;
}

/** The length of the first word of the line [s, e) (up to a space; spaces at its start left out). */
function firstWordLength(text: string, s: number, e: number): number {
  while (s < e && (CH[text.charCodeAt(s)] & SPACE) !== 0) s++;
  let i = s;
  while (i < e && (CH[text.charCodeAt(i)] & SPACE) === 0) i++;
  return i - s;
}

/**
 * In a double-spaced text (`width`: its typical line length, spacedWidth; 0 when not double-spaced), is a run of
 * `blanks` blank lines after the text line [s, e) a line break inside the paragraph? One blank line, after a line that
 * ends no sentence and is three fifths of the typical line at least.
 *
 * `opens`: the line [s, e) opens a paragraph (the text's first line, or one after a blank line that is no line break),
 * and [ns, ne) is the text line after the blank line. A wrapped line is full: it and the next line's first word would
 * not have fitted in a line. A paragraph's first line that is not full, before a full line (nine tenths of it, the
 * typical line at most: `طقس معتدل في أغلب الجهات مع أمطار متفرقة بالشمال` over the body's first line), was not wrapped:
 * it is a paragraph of its own — a headline, a subheading, a dateline — and its blank line a paragraph break. Read on
 * the two lines alone, so a chunk of the draft (which starts after a paragraph break) answers as the whole draft.
 */
export function softBlank(text: string, s: number, e: number, blanks: number, width: number, opens = false, ns = 0, ne = 0): boolean {
  if (width <= 0 || blanks !== 1 || endsSentence(text, s, e)) return false;
  const len = lineLength(text, s, e);
  if (len * 5 < width * 3) return false;
  if (opens && ne > ns) {
    const next = Math.min(width, lineLength(text, ns, ne));
    if ((len + 1 + firstWordLength(text, ns, ne)) * 10 < next * 9) return false;
  }
  // a line that was not wrapped — it and the next line's first word fit in nine tenths of the typical line — before a
  // line that opens with و (a new sentence: news opens nearly every one so) ends its paragraph, full stop or not (claims8:
  // `… إن الأشغال بدأت` ⏎ ⏎ `ويعتقد أن …` is no hedge inside the statement); not before `خبراء أن …`, a line of a
  // paragraph set narrower than the draft's typical line
  if (ne > ns && opensWithWaw(text, ns, ne) && (len + 1 + firstWordLength(text, ns, ne)) * 10 < width * 9) return false;
  return true;
}
