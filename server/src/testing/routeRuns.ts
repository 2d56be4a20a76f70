/**
 * Runs out of order on lines that already carry a route's other damage (issue 10), as the corpus's
 * `reversed-runs` lines were made (../shared/corpus/tools/inject_runs.py): the corpus cut lines of drafts that went
 * through pdftotext or mutool, so a line whose runs are reversed also has its words split at justification gaps
 * (`ال زواج`), its punctuation in LRE…PDF embeddings glued to the next word (`منها<LRE> ،<PDF>أو`), its numbers embedded
 * with their digits reversed, the whole line in RLE…PDF, kashida in its words, or its unjoined letters written as
 * presentation forms. The round trip on the laboratory's clean lines (runs-1 … runs-3) has none of that.
 *
 *  - pickRoute: which of those damages a paragraph's route gives (one draw per paragraph: a route damages every line).
 *  - routeLine: a line through that route; the spans a cut must not go through (a split word, an embedding) are
 *    returned with it, as inject_runs.py never cuts through another annotation.
 *  - cutRuns: inject_runs.py's cut of the line inside its RLE…PDF wrapper: 1 cut (70 %) or 2 (30 %, when the line has
 *    more than 3 places), inside words of 4 letters or more, weighted towards a cut after ر ز (6), then after the
 *    other letters that do not join the next (3), else 1; 8 characters from the ends at least, 10 apart; the runs in
 *    reverse order, one space between them.
 *  - routeRuns: a paragraph through a route, one line of it cut (scripts/damage-roundtrip.mjs `runs-route`).
 */
import { toPresentationForms } from '../core/text/charclass';
import type { Rand } from './damage';

const RLE = '\u202B';
const LRE = '\u202A';
const PDF = '\u202C';
/** Marks a space a justification gap opened inside a word while the line is built (a space at the end). */
const GAP = '\u0001';

const isLetter = (c: string) => c >= '\u0621' && c <= '\u064a' && c !== '\u0640';
const isMark = (c: string) => c >= '\u064b' && c <= '\u0652';
const NONJOIN = new Set('رزدذواأإآؤة');
const JOINS_NEXT = (c: string) => isLetter(c) && !NONJOIN.has(c) && c !== 'ء' && c !== 'ى';

export interface Route {
  /** The line in RLE…PDF (pdftotext). */
  wrap: boolean;
  /** Punctuation after a word in LRE…PDF, the space after it taken in (`منها<LRE> ،<PDF>أو`). */
  punct: boolean;
  /** Numbers between words in LRE…PDF, digits reversed (`لمدة <LRE> 23<PDF>عاما`). */
  numbers: boolean;
  /** Words split at a justification gap: the chance of each word of 4 letters or more. */
  split: number;
  /** Unjoined letters as their isolated presentation forms (mutool). */
  forms: boolean;
  /** The chance of a line drawn out with kashida. */
  kashida: number;
}

/** The route of a paragraph: the corpus's pdftotext drafts mostly (wrapper, embeddings, split words), some with
 *  presentation forms, kashida in some lines. */
export function pickRoute(rand: Rand): Route {
  const wrap = rand() < 0.9;
  return {
    wrap,
    punct: wrap && rand() < 0.8,
    numbers: wrap && rand() < 0.8,
    split: rand() < 0.5 ? 0 : rand() < 0.7 ? 0.08 : 0.3,
    forms: rand() < 0.2,
    kashida: rand() < 0.5 ? 0 : 0.3,
  };
}

/** A line through a route: the text and the spans a cut must not go through. */
export function routeLine(line: string, route: Route, rand: Rand): { text: string; keep: Array<[number, number]> } {
  let s = line;
  if (route.split > 0) {
    s = s
      .split(' ')
      .map((w) => {
        const letters = [...w].filter(isLetter).length;
        if (letters < 4 || rand() >= route.split) return w;
        const at: number[] = [];
        for (let j = 1; j < w.length; j++) if (isLetter(w[j - 1]) && isLetter(w[j])) at.push(j);
        if (!at.length) return w;
        const j = at[Math.floor(rand() * at.length)];
        return w.slice(0, j) + GAP + w.slice(j);
      })
      .join(' ');
  }
  if (route.kashida > 0 && rand() < route.kashida) {
    s = s
      .split(' ')
      .map((w) => {
        if (w.length < 4 || w.includes(GAP) || rand() >= 0.3) return w;
        const at: number[] = [];
        for (let j = 1; j + 1 < w.length; j++) if (JOINS_NEXT(w[j - 1]) && isLetter(w[j])) at.push(j);
        if (!at.length) return w;
        const j = at[Math.floor(rand() * at.length)];
        return w.slice(0, j) + '\u0640'.repeat(1 + Math.floor(rand() * 3)) + w.slice(j);
      })
      .join(' ');
  }
  if (route.forms) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      const joinedFrom = i > 0 && JOINS_NEXT(s[i - 1]);
      const joinsTo = JOINS_NEXT(c) && i + 1 < s.length && (isLetter(s[i + 1]) || s[i + 1] === '\u0640');
      out += isLetter(c) && !joinedFrom && !joinsTo ? toPresentationForms(c) : c;
    }
    s = out;
  }
  if (route.numbers) s = s.replace(/(^|[^\s]) ([0-9]+) (?=[\u0621-\u064a\ufe70-\ufefc])/g, (_, a: string, n: string) => `${a} ${LRE} ${[...n].reverse().join('')}${PDF}`);
  if (route.punct) s = s.replace(/([\u0621-\u064a\ufe70-\ufefc])([،.:؛]) (?=[\u0621-\u064a\ufe70-\ufefc])/g, (_, a: string, p: string) => `${a}${LRE} ${p}${PDF}`);
  // the spans a cut must not go through: a split word (both halves), an embedding
  const keep: Array<[number, number]> = [];
  for (const m of s.matchAll(/[^\s\u0001]*\u0001[^\s]*/g)) keep.push([m.index!, m.index! + m[0].length]);
  for (const m of s.matchAll(/\u202A[^\u202C]*\u202C/g)) keep.push([m.index!, m.index! + m[0].length]);
  s = s.replace(/\u0001/g, ' ');
  return route.wrap ? { text: RLE + s + PDF, keep: keep.map(([a, b]) => [a + 1, b + 1]) } : { text: s, keep };
}

/** Places inside words where a run boundary can fall, with their weight (inject_runs.py's cut_points), none inside a
 *  kept span. Offsets into `inner`. */
function cutPoints(inner: string, keep: Array<[number, number]>): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  for (const m of inner.matchAll(/\S+/g)) {
    const w = m[0];
    const s = m.index!;
    if ([...w].filter((c) => c >= '\u0621' && c <= '\u064a').length < 4) continue;
    for (let j = 2; j < w.length; j++) {
      const a = w[j - 1];
      const b = w[j];
      if (!(b >= '\u0621' && b <= '\u064a') || !((a >= '\u0621' && a <= '\u064a') || isMark(a))) continue;
      if (![...w.slice(0, j - 1)].some((c) => c >= '\u0621' && c <= '\u064a')) continue;
      const pos = s + j;
      if (pos < 8 || pos > inner.length - 8) continue;
      if (keep.some(([x, y]) => x < pos && pos < y)) continue;
      pts.push([pos, 'رز'.includes(a) ? 6 : NONJOIN.has(a) ? 3 : 1]);
    }
  }
  return pts;
}

/** The line inside its wrapper and its places to cut, when inject_runs.py would take it: 40 characters or more
 *  inside the wrapper, 7 Arabic words or more, a place to cut. */
function candidate(line: string, keep: Array<[number, number]>): { pre: string; suf: string; inner: string; pts: Array<[number, number]> } | null {
  const pre = line.startsWith(RLE) ? RLE : '';
  const suf = pre && line.endsWith(PDF) ? PDF : '';
  const inner = line.slice(pre.length, line.length - suf.length);
  if (inner !== inner.trim() || inner.length < 40) return null;
  if ((inner.match(/[\u0621-\u064a\ufb50-\ufefc]{2,}/g) ?? []).length < 7) return null;
  const pts = cutPoints(inner, keep.map(([a, b]) => [a - pre.length, b - pre.length]));
  return pts.length ? { pre, suf, inner, pts } : null;
}

/** inject_runs.py's cut of a line (see the file comment), or null when the line is no candidate (shorter than 40
 *  characters inside its wrapper, fewer than 7 Arabic words, no place to cut). */
export function cutRuns(line: string, keep: Array<[number, number]>, rand: Rand): { text: string; cuts: number } | null {
  const c = candidate(line, keep);
  if (!c) return null;
  const { pre, suf, inner, pts } = c;
  const k = rand() < 0.3 && pts.length > 3 ? 2 : 1;
  const chosen: number[] = [];
  for (let n = 0; n < k; n++) {
    const pool = pts.filter(([p]) => chosen.every((c) => Math.abs(p - c) >= 10));
    if (!pool.length) break;
    let r = rand() * pool.reduce((x, [, w]) => x + w, 0);
    for (const [p, w] of pool) {
      r -= w;
      if (r <= 0) {
        chosen.push(p);
        break;
      }
    }
  }
  chosen.sort((a, b) => a - b);
  const bounds = [0, ...chosen, inner.length];
  const runs: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) runs.push(inner.slice(bounds[i], bounds[i + 1]));
  return { text: pre + runs.reverse().join(' ') + suf, cuts: chosen.length };
}

/**
 * A paragraph's lines through one route (every line), and one of them (drawn among those inject_runs.py would take)
 * with its runs reversed: `lines` the damaged paragraph, `routed` the same without the cut, `line` its index. Null
 * when no line of the paragraph can be cut.
 */
export function routeRuns(lines: readonly string[], rand: Rand): { lines: string[]; routed: string[]; line: number; cuts: number } | null {
  const route = pickRoute(rand);
  const routed = lines.map((l) => routeLine(l, route, rand));
  const cand = routed.map((_, i) => i).filter((i) => candidate(routed[i].text, routed[i].keep) !== null);
  if (!cand.length) return null;
  const i = cand[Math.floor(rand() * cand.length)];
  const cut = cutRuns(routed[i].text, routed[i].keep, rand);
  if (!cut) return null;
  const out = routed.map((r) => r.text);
  out[i] = cut.text;
  return { lines: out, routed: routed.map((r) => r.text), line: i, cuts: cut.cuts };
}
