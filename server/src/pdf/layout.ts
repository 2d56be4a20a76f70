/**
 * Lines, columns and paragraphs rebuilt from the positions of a page's text runs (pdf.js `getTextContent()` items),
 * not from the order of the content stream. Pure: no pdf.js, no Node, no DOM; the unit tests feed it synthetic runs.
 *
 * - A run is a piece of text with its box on the page (PDF user space: y grows upwards). Its `str` is in logical
 *   order (pdf.js reverses right-to-left runs itself); runs of one glyph are common (Chromium, LibreOffice).
 * - Columns: a gutter of whitespace running down the page splits it; runs that cross the gutter (a headline over
 *   both columns) cut the page into bands read top to bottom, and in each band the columns are read right to left
 *   on an Arabic page, left to right on a Latin one.
 * - Lines: runs clustered by baseline; on a right-to-left line runs are read by their right edge, right to left,
 *   and a left-to-right stretch (Latin words, numbers) keeps its own order; a gap wider than a fraction of the font
 *   size is a space, a narrower one joins the runs (a word cut into glyph runs is one word again).
 * - Paragraphs: a vertical gap wider than the usual line spacing, or a first-line indent.
 * Linear in the number of runs but for the sorts.
 */

export interface TextRun {
  /** Text of the run, logical order. */
  str: string;
  /** Left edge and baseline, PDF user space (y up). */
  x: number;
  y: number;
  /** Advance width (0 for a combining mark drawn on its own). */
  width: number;
  /** Font size (height of the em box). */
  size: number;
  /** Place in the content stream (pdf.js item index), when known: a mark drawn on its own is matched to the glyph
   *  drawn right after it when that glyph is where the mark is (LuaLaTeX draws a mark before its base). */
  seq?: number;
}

export interface LayoutOptions {
  /** A gap wider than this fraction of the font size between two runs is a space (default 0.16). */
  spaceGap?: number;
}

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFF\uFE70-\uFEFC]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const MARKS_ONLY = /^[\u064B-\u065F\u0670\u06D6-\u06ED\u08CA-\u08FF\u0300-\u036F]+$/;
/** Separators that join two digit runs they touch into one number (1,500; 2020-2024; 3.8). */
const NUMBER_GLUE = /^[.,:/\u066B\u066C+\-\u2212]$/;

const enum Kind {
  R,
  L,
  EN,
  N,
}

function kindOf(s: string): Kind {
  let arabic = 0;
  let latin = 0;
  let digit = 0;
  for (const ch of s) {
    if (ARABIC_LETTER.test(ch)) arabic++;
    else if (LATIN_LETTER.test(ch)) latin++;
    else if (DIGIT.test(ch)) digit++;
  }
  if (arabic > 0 && arabic >= latin) return Kind.R;
  if (latin > 0) return Kind.L;
  if (digit > 0) return Kind.EN;
  return Kind.N;
}

interface Line {
  runs: TextRun[];
  y: number;
  size: number;
  left: number;
  right: number;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

const isBlank = (s: string) => s.trim() === '';

/** Clusters runs into lines by baseline (top to bottom). */
function buildLines(runs: TextRun[]): Line[] {
  const sorted = runs.filter((r) => !isBlank(r.str)).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let cur: Line | undefined;
  for (const r of sorted) {
    const size = r.size > 0 ? r.size : 10;
    // marks may sit a little above or below the baseline; a new line is at least ~half an em lower
    if (cur && Math.abs(cur.y - r.y) < 0.45 * Math.max(cur.size, size)) {
      cur.runs.push(r);
      cur.left = Math.min(cur.left, r.x);
      cur.right = Math.max(cur.right, r.x + r.width);
      if (!MARKS_ONLY.test(r.str)) cur.size = Math.max(cur.size, size);
    } else {
      cur = { runs: [r], y: r.y, size, left: r.x, right: r.x + r.width };
      lines.push(cur);
    }
  }
  return lines;
}

/** Is this line right to left? Arabic letters against Latin ones; a line of neither follows the page. */
function lineIsRtl(line: Line, pageRtl: boolean): boolean {
  let arabic = 0;
  let latin = 0;
  for (const r of line.runs)
    for (const ch of r.str) {
      if (ARABIC_LETTER.test(ch)) arabic++;
      else if (LATIN_LETTER.test(ch)) latin++;
    }
  if (arabic === 0 && latin === 0) return pageRtl;
  return arabic >= latin;
}

interface Piece {
  text: string;
  kind: Kind;
  left: number;
  right: number;
  size: number;
  seq?: number;
  /** Letters of one glyph drawn with no advance: a ligature whose width the PDF's table leaves out (its ink is in
   *  the gap beside it). */
  hidden?: boolean;
}

/** One line's text: runs in reading order, spaces from gaps, left-to-right stretches kept in their order. */
export function lineText(runs: TextRun[], rtl: boolean, options: LayoutOptions = {}, spacelessPage = false): string {
  const spaceGap = options.spaceGap ?? 0.16;
  const base: Piece[] = [];
  const marks: TextRun[] = [];
  for (const r of runs) {
    if (isBlank(r.str)) continue;
    const bare = r.str.trim();
    // a mark drawn on its own (pdf.js may put a space before it)
    if (MARKS_ONLY.test(bare) && r.width < 0.05 * (r.size || 10)) marks.push({ ...r, str: bare });
    else if (rtl && r.width < 0.05 * (r.size || 10)) {
      // a character drawn with no advance (the second letter of a ligature, لأ): it follows the glyph to its right;
      // letters of one glyph with no advance (LuaLaTeX's ligature حم, whose width the PDF's table leaves at 0) come
      // reversed from pdf.js, which reads the glyph as a right-to-left run: their Unicode value is in logical order
      const at = r.x + 0.05 * (r.size || 10);
      const ligature = LETTERS_ONLY.test(r.str);
      const text = ligature ? [...r.str].reverse().join('') : r.str;
      base.push({ text, kind: kindOf(text), left: at, right: at, size: r.size || 10, seq: r.seq, hidden: ligature });
    } else {
      // one glyph's run that reads mark(s) first: a base and its mark, drawn base first, that pdf.js reversed as a
      // right-to-left run (LuaLaTeX: ًا, ُي); in logical order the mark follows its letter
      const text = rtl ? markAfterBase(r.str) : r.str;
      base.push({ text, kind: kindOf(text), left: r.x, right: r.x + r.width, size: r.size || 10, seq: r.seq });
    }
  }
  if (rtl) {
    splitOverlapped(base);
    splitEdgeNeutrals(base);
  }
  // visual order: right to left on an RTL line (by right edge, then left edge), left to right otherwise
  if (rtl) base.sort((a, b) => b.right - a.right || b.left - a.left);
  else base.sort((a, b) => a.left - b.left || a.right - b.right);
  // a mark drawn on its own goes after the letter it sits on (the piece whose box holds its x); where its x is at
  // the edge of two glyphs, the one drawn right after it in the stream, if that one is at hand (LuaLaTeX draws a
  // mark just before its base, its x at the base's left edge, which is the next glyph's right edge too)
  for (const m of marks) {
    let best = -1;
    let bestDist = Infinity;
    const near = 0.15 * (m.size || 10);
    for (let i = 0; i < base.length; i++) {
      const p = base[i];
      const d = m.x < p.left ? p.left - m.x : m.x > p.right ? m.x - p.right : 0;
      if (m.seq !== undefined && p.seq === m.seq + 1 && d <= near) {
        best = i;
        break;
      }
      if (d < bestDist) {
        bestDist = d;
        best = i;
      }
    }
    if (best >= 0) base[best].text += m.str;
    else base.push({ text: m.str, kind: Kind.N, left: m.x, right: m.x, size: m.size || 10 });
  }
  // tokens in visual order: pieces and the spaces between them
  type Tok = { piece?: Piece; space?: boolean };
  const toks: Tok[] = [];
  const gapAt = (i: number) => (rtl ? base[i - 1].left - base[i].right : base[i].left - base[i - 1].right);
  // on a page written without spaces (LuaLaTeX writes none: words are apart by position only) a line has its own
  // word gap, the same for every word of a justified line: a gap near it is a space, even a narrow one
  const wordGap = spacelessPage && !runs.some((r) => /\s/.test(r.str)) ? spacelessWordGap(base, gapAt) : Infinity;
  for (let i = 0; i < base.length; i++) {
    if (i > 0) {
      const a = base[i - 1];
      const b = base[i];
      const gap = gapAt(i);
      const em = Math.max(a.size, b.size);
      // two runs of whole words (pdf.js cuts its runs at word gaps) need less of a gap than two glyphs
      const words = a.text.length >= 3 && b.text.length >= 3 && a.kind === Kind.R && b.kind === Kind.R;
      // on a page written without spaces, the gap after a ligature with no advance is mostly that glyph's own ink
      // (a single letter with no advance, the alef of لا, is part of the glyph before it: the gap after it is not)
      const hiddenInk = spacelessPage && a.hidden && gap < 0.3 * em;
      // ة ends a word: a letter right after it on such a page is the next word, whose first glyph's box ate the gap
      // (LuaLaTeX's Noto Naskh kerns an initial ك into the space before it, 0.05 em left)
      const taaMarbuta = spacelessPage && rtl && /\u0629[\u064B-\u065F\u0670]*$/.test(a.text) && /^[\u0621-\u064A]/.test(b.text);
      if (taaMarbuta || (!hiddenInk && (gap > spaceGap * em || (words && gap > 0.04 * em) || gap > wordGap))) toks.push({ space: true });
    }
    toks.push({ piece: base[i] });
  }
  if (rtl) {
    const ltr = reverseLtrStretches(toks);
    // a bracket or guillemet on a right-to-left stretch is drawn mirrored: its glyph is the other one of the pair
    for (let i = 0; i < toks.length; i++) {
      const p = toks[i].piece;
      if (p && p.kind === Kind.N && !ltr.has(i)) p.text = mirrorRun(p.text);
    }
  }
  let out = '';
  for (const t of toks) {
    if (t.space) {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
    } else {
      const s = t.piece!.text;
      out += out.endsWith(' ') && s.startsWith(' ') ? s.slice(1) : s;
    }
  }
  return composeHamza(out.replace(/\s+/g, ' ').trim());
}

const LETTERS_ONLY = /^[\u0621-\u064A\u0671-\u06D3]{2,}$/;
const LEADING_MARKS = /^([\u064B-\u065F\u0670]+)([\u0621-\u064A\u0671-\u06D3])$/;

/** A run of mark(s) and one letter, as pdf.js gives a base and its mark reversed: the letter, then the mark(s). */
function markAfterBase(s: string): string {
  const m = LEADING_MARKS.exec(s);
  return m ? m[2] + m[1] : s;
}

const COMPOSED: Record<string, string> = {
  '\u0627\u0653': '\u0622',
  '\u0627\u0654': '\u0623',
  '\u0627\u0655': '\u0625',
  '\u0648\u0654': '\u0624',
  '\u064A\u0654': '\u0626',
};

/** A hamza or madda drawn as a mark over its alef, waw or yeh is the letter that carries it (as NFC composes it). */
function composeHamza(s: string): string {
  return /[\u0653-\u0655]/.test(s) ? s.replace(/[\u0627\u0648\u064A][\u0653-\u0655]/g, (p) => COMPOSED[p] ?? p) : s;
}

/**
 * The gap above which two pieces of a line written without spaces are two words. Letters of a word touch (a gap of
 * ~0 between glyphs); a word gap is clear of that, but a font's kerning also leaves gaps inside a word (Amiri and
 * Scheherazade set ر or و before ي or ب 0.08–0.12 em apart) while a tight justified line may have word gaps of
 * 0.15 em. On such a line every word gap is the same (the line's glue), so the gaps clear of ~0 (over 0.03 em) are
 * mostly word gaps: their median is the line's word gap, and a gap over 85 % of it is a space. Infinity when the
 * line has fewer than three gaps clear of ~0 (a word with kerns, or a few words: the last line of a paragraph, set
 * with the font's own space, which the general threshold finds).
 */
function spacelessWordGap(base: Piece[], gapAt: (i: number) => number): number {
  const clear: number[] = [];
  for (let i = 1; i < base.length; i++) {
    const em = Math.max(base[i - 1].size, base[i].size);
    const g = gapAt(i);
    if (g > 0.03 * em) clear.push(g / em);
  }
  if (clear.length < 3) return Infinity;
  const em = median(base.map((p) => p.size));
  // never below 0.05 em (a kern), never needed above the general threshold
  return Math.max(0.05, 0.85 * median(clear)) * em;
}

/**
 * On a right-to-left line listed right to left, a left-to-right stretch comes out backwards: Latin words (with the
 * numbers and neutrals between them) and a number split into runs (1 , 500 → 1,500) are put back in their order.
 */
function reverseLtrStretches(toks: Array<{ piece?: Piece; space?: boolean }>): Set<number> {
  const kind = (i: number) => toks[i].piece?.kind;
  const inLtr = new Set<number>();
  let i = 0;
  while (i < toks.length) {
    const k = kind(i);
    if (k === Kind.L || k === Kind.EN) {
      // extend over anything but Arabic; remember the last strong-or-number piece
      let j = i;
      let end = i;
      let latin = k === Kind.L;
      while (j + 1 < toks.length && kind(j + 1) !== Kind.R) {
        j++;
        const kj = kind(j);
        if (kj === Kind.L || kj === Kind.EN) {
          end = j;
          if (kj === Kind.L) latin = true;
        }
      }
      if (latin) {
        reverse(toks, i, end);
        for (let x = i; x <= end; x++) inLtr.add(x);
        i = end + 1;
      } else {
        // numbers only: digit runs that touch through one separator (1 , 500) are one number; a sign beside a
        // number keeps its place (Chromium draws 95% as %95 on an RTL line, as Arabic typesetting does)
        let s = i;
        while (s <= end) {
          if (kind(s) !== Kind.EN) {
            s++;
            continue;
          }
          let e = s;
          while (e + 2 <= end && toks[e + 1].piece && NUMBER_GLUE.test(toks[e + 1].piece!.text.trim()) && kind(e + 2) === Kind.EN) e += 2;
          // (unless the stream drew them in this order, right to left: LuaLaTeX writes a number's glyphs in logical
          // order from the right, and reading them so gives the number as typed)
          if (e > s && !streamOrder(toks, s, e)) {
            reverse(toks, s, e);
            for (let x = s; x <= e; x++) inLtr.add(x);
          }
          s = e + 1;
        }
        i = end + 1;
      }
    } else i++;
  }
  return inLtr;
}

/** Were the pieces from..to drawn in this order (each one's stream place right after the one before)? */
function streamOrder(toks: Array<{ piece?: Piece }>, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    const a = toks[k - 1].piece?.seq;
    const b = toks[k].piece?.seq;
    if (a === undefined || b === undefined || b !== a + 1) return false;
  }
  return true;
}

const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '\u00AB': '\u00BB', '\u00BB': '\u00AB', '\u2039': '\u203A', '\u203A': '\u2039' };

/** A neutral run of an RTL stretch, as logical text: its characters right to left, mirrored glyphs read as their pair. */
function mirrorRun(s: string): string {
  let out = '';
  for (const ch of s) out = (MIRROR[ch] ?? ch) + out;
  return out;
}

/**
 * A run of several characters whose box holds another run (pdf.js merges glyphs that the producer drew out of
 * order, and the glyph drawn apart sits inside the merged box) is cut into its characters, each given an equal
 * share of the box (a mark stays with its letter), so that ordering by position can put the other run in its place.
 */
function splitOverlapped(pieces: Piece[]): void {
  if (pieces.length > 4000) return;
  const byLeft = pieces.map((p, i) => ({ p, i })).sort((a, b) => a.p.left - b.p.left);
  const split = new Set<number>();
  for (const { p, i } of byLeft) {
    if (p.kind !== Kind.R || p.text.length < 2 || p.right - p.left <= 0) continue;
    const pad = 0.15 * p.size;
    for (const { p: q, i: j } of byLeft) {
      if (q.left > p.right) break;
      if (j === i || q.right - q.left <= 0) continue;
      const mid = (q.left + q.right) / 2;
      if (mid > p.left + pad && mid < p.right - pad) {
        split.add(i);
        break;
      }
    }
  }
  if (split.size === 0) return;
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!split.has(i)) {
      out.push(p);
      continue;
    }
    const clusters = p.text.match(/[^\u064B-\u065F\u0670][\u064B-\u065F\u0670]*|[\u064B-\u065F\u0670]+/g) ?? [p.text];
    const w = (p.right - p.left) / clusters.length;
    clusters.forEach((c, k) => {
      const right = p.right - k * w;
      out.push({ text: c, kind: kindOf(c), left: right - w, right, size: p.size });
    });
  }
  pieces.splice(0, pieces.length, ...out);
}

/**
 * Neutrals at the edges of a number or Latin run ("،2020" as pdf.js writes a comma drawn left of a number) are
 * runs of their own, placed at their end of the box: on an RTL line they read on the other side of the number.
 */
function splitEdgeNeutrals(pieces: Piece[]): void {
  const out: Piece[] = [];
  for (const p of pieces) {
    if ((p.kind !== Kind.EN && p.kind !== Kind.L) || p.text.length < 2) {
      out.push(p);
      continue;
    }
    const m = /^([^\p{L}\p{N}\s]*)(.*?)([^\p{L}\p{N}\s]*)$/su.exec(p.text);
    if (!m || (m[1] === '' && m[3] === '') || m[2] === '') {
      out.push(p);
      continue;
    }
    // the run is in visual order, left to right: leading neutrals are at its left end
    const unit = (p.right - p.left) / p.text.length;
    let x = p.left;
    for (const part of [m[1], m[2], m[3]]) {
      if (part === '') continue;
      out.push({ text: part, kind: kindOf(part), left: x, right: x + unit * part.length, size: p.size });
      x += unit * part.length;
    }
  }
  pieces.splice(0, pieces.length, ...out);
}

function reverse<T>(a: T[], from: number, to: number): void {
  for (let x = from, y = to; x < y; x++, y--) [a[x], a[y]] = [a[y], a[x]];
}

/** A vertical gutter: the widest band of x that (almost) no run crosses, with text on both sides. */
export function findGutter(runs: TextRun[], minWidth: number): { from: number; to: number } | null {
  // spaces count too: a river of spaces down a single column is no gutter (a gutter holds no space runs)
  const solid = runs.filter((r) => r.str !== '' && r.width > 0).sort((a, b) => b.y - a.y);
  if (solid.length < 8) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const r of solid) {
    minX = Math.min(minX, r.x);
    maxX = Math.max(maxX, r.x + r.width);
  }
  const span = maxX - minX;
  if (!(span > 0)) return null;
  const bins = Math.min(4000, Math.max(50, Math.ceil(span * 2)));
  const cover = new Float64Array(bins);
  const binOf = (x: number) => Math.min(bins - 1, Math.max(0, Math.floor(((x - minX) / span) * bins)));
  // coverage by baselines: a headline over both columns crosses the gutter once, a column of text on every line
  const baselines = new Set<number>();
  const lastLine = new Float64Array(bins).fill(NaN);
  for (const r of solid) {
    const line = Math.round(r.y);
    baselines.add(line);
    const a = binOf(r.x);
    const b = binOf(r.x + r.width - 1e-6);
    for (let k = a; k <= b; k++) {
      if (lastLine[k] === line) continue;
      lastLine[k] = line;
      cover[k]++;
    }
  }
  // a headline or two may cross the gutter of a page of many lines
  const allowed = baselines.size >= 5 ? Math.max(1, Math.floor(baselines.size * 0.06)) : 0;
  let best: { from: number; to: number } | null = null;
  // with the tolerance, and without it (a column of a single line is covered as little as a crossing headline)
  for (const limit of allowed > 0 ? [allowed, 0] : [0]) {
    let k = 0;
    while (k < bins) {
      if (cover[k] <= limit) {
        let e = k;
        while (e + 1 < bins && cover[e + 1] <= limit) e++;
        const from = minX + (k / bins) * span;
        const to = minX + ((e + 1) / bins) * span;
        const inside = k > 0 && e < bins - 1;
        // text on both sides (a column may hold a single line: the end of the text, run over from the other one)
        if (inside && to - from >= minWidth && from - minX > 0.05 * span && maxX - to > 0.05 * span) {
          if (!best || to - from > best.to - best.from) best = { from, to };
        }
        k = e + 1;
      } else k++;
    }
  }
  return best;
}

/** Splits a page into blocks of runs in reading order: bands cut by spanning lines, columns inside each band. */
function readingBlocks(runs: TextRun[], rtl: boolean, depth = 0): TextRun[][] {
  const sizes = runs.filter((r) => !isBlank(r.str)).map((r) => r.size || 10);
  const em = median(sizes) || 10;
  const gutter = depth < 3 ? findGutter(runs, 0.6 * em) : null;
  if (!gutter) return [runs];
  const mid = (gutter.from + gutter.to) / 2;
  const spanning: TextRun[] = [];
  const left: TextRun[] = [];
  const right: TextRun[] = [];
  for (const r of runs) {
    if (isBlank(r.str)) continue;
    const a = r.x;
    const b = r.x + r.width;
    if (b <= gutter.from + 0.5 || (b <= mid && a < gutter.from)) left.push(r);
    else if (a >= gutter.to - 0.5 || (a >= mid && b > gutter.to)) right.push(r);
    else spanning.push(r);
  }
  // the lines of spanning runs cut the page into bands (top to bottom); the rest of such a line goes with it
  const cuts = buildLines(spanning).map((l) => ({ y: l.y, size: l.size, line: l }));
  const onCut = (r: TextRun) => cuts.find((c) => Math.abs(c.y - r.y) < 0.45 * Math.max(c.size, r.size || 10));
  for (const side of [left, right]) {
    for (let i = side.length - 1; i >= 0; i--) {
      const c = onCut(side[i]);
      if (c) {
        c.line.runs.push(side[i]);
        side.splice(i, 1);
      }
    }
  }
  const blocks: TextRun[][] = [];
  const bandOf = (y: number) => {
    let b = 0;
    while (b < cuts.length && y < cuts[b].y - 0.45 * cuts[b].size) b++;
    return b;
  };
  const bandsLeft: TextRun[][] = cuts.map(() => []).concat([[]]);
  const bandsRight: TextRun[][] = cuts.map(() => []).concat([[]]);
  for (const r of left) bandsLeft[bandOf(r.y)].push(r);
  for (const r of right) bandsRight[bandOf(r.y)].push(r);
  for (let b = 0; b <= cuts.length; b++) {
    if (b > 0) blocks.push(cuts[b - 1].line.runs);
    const first = rtl ? bandsRight[b] : bandsLeft[b];
    const second = rtl ? bandsLeft[b] : bandsRight[b];
    for (const side of [first, second]) if (side.length) blocks.push(...readingBlocks(side, rtl, depth + 1));
  }
  return blocks;
}

/** A page's paragraphs, in reading order. */
export function layoutPage(runs: TextRun[], options: LayoutOptions = {}): string[] {
  let arabic = 0;
  let latin = 0;
  for (const r of runs)
    for (const ch of r.str) {
      if (ARABIC_LETTER.test(ch)) arabic++;
      else if (LATIN_LETTER.test(ch)) latin++;
    }
  const pageRtl = arabic >= latin;
  const spaceless = writesNoSpaces(runs);
  const paragraphs: string[] = [];
  for (const block of readingBlocks(runs, pageRtl)) {
    const lines = buildLines(block);
    if (lines.length === 0) continue;
    // the line step: the smallest step between lines of one font size (a paragraph gap is larger)
    let step = 0;
    for (let i = 1; i < lines.length; i++) {
      const d = lines[i - 1].y - lines[i].y;
      const em = Math.max(lines[i].size, lines[i - 1].size);
      if (Math.abs(lines[i].size - lines[i - 1].size) <= 0.2 * em && d >= 0.8 * em && (step === 0 || d < step)) step = d;
    }
    const blockLeft = Math.min(...lines.map((l) => l.left));
    const blockRight = Math.max(...lines.map((l) => l.right));
    let para: string[] = [];
    const flush = () => {
      const joined = para.join(' ').replace(/\s+/g, ' ').trim();
      const p = pageRtl ? unmirrorPairs(joined) : joined;
      if (p) paragraphs.push(p);
      para = [];
    };
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const rtl = lineIsRtl(l, pageRtl);
      if (i > 0 && para.length) {
        const prev = lines[i - 1];
        const gap = prev.y - l.y;
        const em = Math.max(l.size, prev.size);
        // too few lines to know the line step (every step may be a paragraph's): a gap over 2.1 em is one
        const bigGap = (step > 0 && gap > Math.max(step * 1.25, step + 0.3 * em)) || (lines.length <= 3 && gap > 2.1 * em);
        const startEdgePrev = rtl ? blockRight - prev.right : prev.left - blockLeft;
        const startEdge = rtl ? blockRight - l.right : l.left - blockLeft;
        const indent = lines.length > 2 && startEdge > 1.2 * em && startEdgePrev < 0.5 * em;
        // a line that ends a sentence well before the end of the line (the last line of a paragraph)
        const endEdgePrev = rtl ? prev.left - blockLeft : blockRight - prev.right;
        const shortEnd = /[.!?\u061F:\u06D4»"”)]$/.test(para[para.length - 1]) && endEdgePrev > 0.2 * (blockRight - blockLeft);
        // a larger font (a headline) is a paragraph of its own
        const sizeChange = Math.abs(l.size - prev.size) > 0.2 * em;
        if (bigGap || indent || sizeChange || shortEnd) flush();
      }
      para.push(dropStrayGlyphs(lineText(l.runs, rtl, options, spaceless)));
    }
    flush();
  }
  return paragraphs;
}

/**
 * Is the page written without space characters (LuaLaTeX: words apart by position only)? Fewer spaces than one per
 * 200 other characters; pdf.js writes the spaces other producers draw as runs or inside runs.
 */
export function writesNoSpaces(runs: ReadonlyArray<{ str: string }>): boolean {
  let spaces = 0;
  let chars = 0;
  for (const r of runs)
    for (let i = 0; i < r.str.length; i++) {
      if (/\s/.test(r.str[i])) spaces++;
      else chars++;
    }
  return chars > 0 && spaces * 200 < chars;
}

/**
 * A Latin-1 character (U+00A1–U+00FF) drawn between two Arabic letters is a glyph the producer mapped to a wrong
 * code (LibreOffice's kashida glyph with Amiri comes out as §, «, Î…): no word has one there.
 */
function dropStrayGlyphs(s: string): string {
  return s.replace(/([\u0620-\u064A\u064B-\u065F\u0670])[\u00A1-\u00FF]+(?=[\u0620-\u064A\u064B-\u065F\u0670])/g, '$1');
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '\u00BB': '\u00AB' };

/**
 * A pair drawn mirrored inside a run that pdf.js reversed (a visual-order producer writes each line as one string):
 * in a paragraph, a closing mark that opens a word (`)WHO(`, `»الحصبة … والدماغ«`) and the next mark of the pair,
 * its opening one, closing a word, are swapped. No length limit: the paragraph is known to come from a PDF's lines.
 */
function unmirrorPairs(p: string): string {
  if (!/[)\]}\u00BB]/.test(p)) return p;
  const chars = [...p];
  for (let i = 0; i < chars.length; i++) {
    const open = CLOSERS[chars[i]];
    if (!open || (i > 0 && !/\s/.test(chars[i - 1])) || i + 1 >= chars.length || /\s/.test(chars[i + 1])) continue;
    const close = chars[i];
    for (let j = i + 1; j < chars.length; j++) {
      if (chars[j] === close) break; // another closing mark first: not this shape
      if (chars[j] === open) {
        const endsWord = j + 1 >= chars.length || /[\s.,:;!?\u060C\u061B\u061F]/.test(chars[j + 1]);
        if (endsWord && !/\s/.test(chars[j - 1])) {
          chars[i] = open;
          chars[j] = close;
          i = j;
        }
        break;
      }
    }
  }
  return chars.join('');
}
