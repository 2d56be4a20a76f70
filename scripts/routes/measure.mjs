// Measuring an extracted text against the source it was rendered from (scripts/routes/README.md, "What is
// measured"). Pure functions, no tools: the character error rate, the line alignment, the kind of damage of a line.
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
let fastDistance = null;
try {
  fastDistance = require(path.join(path.dirname(new URL(import.meta.url).pathname), 'tools', 'node_modules', 'fastest-levenshtein')).distance;
} catch {
  fastDistance = null; // the plain O(n·m) distance below is used
}

/** Whitespace as the measure normalises it: every run of these becomes one space, and the ends are trimmed.
 *  (Not U+FEFF, U+200B–U+200F nor the bidi controls: those are invisible characters the user gets, and count.) */
const WS = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
export const normWs = (s) => s.replace(WS, ' ').trim();

/** Levenshtein distance (insertions, deletions, substitutions of UTF-16 code units; all the texts are BMP). */
export function editDistance(a, b) {
  if (fastDistance) return fastDistance(a, b);
  if (a.length < b.length) [a, b] = [b, a];
  let prev = new Int32Array(b.length + 1).map((_, i) => i);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Character error rate: edit distance between the whitespace-normalised texts / length of the normalised source. */
export function cer(extracted, source) {
  const s = normWs(source);
  return { errors: editDistance(normWs(extracted), s), length: s.length };
}

// ---------------------------------------------------------------- the skeleton: letters and digits only
const TATWEEL = 0x0640;
const isSkel = (ch) => /[\p{L}\p{N}]/u.test(ch) && ch.charCodeAt(0) !== TATWEEL;
const skelMemo = new Map();
/** The letters and digits a character stands for (NFKC: a presentation form is its letters; marks, tatweel,
 *  punctuation, spaces and controls are none). */
function skelOf(ch) {
  let r = skelMemo.get(ch);
  if (r === undefined) {
    r = [...ch.normalize('NFKC')].filter(isSkel).join('');
    skelMemo.set(ch, r);
  }
  return r;
}
export const skeleton = (s) => {
  let out = '';
  for (const ch of s) out += skelOf(ch);
  return out;
};

/**
 * Line alignment: for every line of `extracted`, the span of `source` it was set from. The source's skeleton is
 * one string; each line's skeleton (length k) is matched against every window of k skeleton characters as a
 * multiset (so a line in visual order, with its runs out of order or its words reversed still finds its place),
 * the best window winning, ties and near-ties going to the one nearest where the previous line ended. The span
 * runs from the window's first to its last character, widened over the punctuation glued to them (never over a
 * space or a letter). A line whose best window still differs in more than half its letters is `unaligned`.
 * Returns one entry per line: { text, span: [start, end] | null, status: 'blank'|'no-letters'|'aligned'|'unaligned' }.
 */
export function alignLines(extracted, source) {
  const sk = [];
  const pos = [];
  for (let i = 0; i < source.length; i++) {
    for (const c of skelOf(source[i])) {
      sk.push(c.charCodeAt(0));
      pos.push(i);
    }
  }
  const N = sk.length;
  const lines = extracted.split('\n');
  const out = [];
  let expect = 0;
  const diff = new Int32Array(65536);
  const touched = [];
  for (const text of lines) {
    for (const c of touched) diff[c] = 0;
    touched.length = 0;
    if (!text.trim()) {
      out.push({ text, span: null, status: 'blank' });
      continue;
    }
    // (a kashida glyph printed as a digit between two letters, محط7ة, is no letter of the line: counted, it pushes the
    // window a character on per glyph and the line's edges into its neighbours' words, torn when it is not)
    // (nor is the bare alef pdf.js gives after an alef with its hamza drawn as an item of its own in LibreOffice's
    // PDFs, `أا` for أ: counted, it does the same)
    const ls = skeleton(text.replace(PRINTED_KASHIDA, '').replace(HAMZA_ITEM_ALEF, ''));
    const k = ls.length;
    if (k === 0) {
      out.push({ text, span: null, status: 'no-letters' });
      continue;
    }
    if (k > N) {
      out.push({ text, span: null, status: 'unaligned' });
      continue;
    }
    // diff[c] = window count − line count; cost = Σ|diff|
    for (let i = 0; i < k; i++) {
      const c = ls.charCodeAt(i);
      diff[c]--;
      touched.push(c);
    }
    let cost = k;
    const bump = (c, d) => {
      const v = diff[c];
      cost += Math.abs(v + d) - Math.abs(v);
      diff[c] = v + d;
      touched.push(c);
    };
    for (let i = 0; i < k; i++) bump(sk[i], 1);
    let best = -1;
    let bestScore = Infinity;
    let bestCost = Infinity;
    for (let s = 0; ; s++) {
      const score = cost + (0.1 * Math.abs(s - expect)) / Math.max(8, k);
      if (score < bestScore) {
        bestScore = score;
        best = s;
        bestCost = cost;
      }
      if (s + k >= N) break;
      bump(sk[s], -1);
      bump(sk[s + k], 1);
    }
    if (bestCost > k) {
      out.push({ text, span: null, status: 'unaligned', cost: bestCost / (2 * k) });
      continue;
    }
    let start = pos[best];
    let end = pos[best + k - 1] + 1;
    const glued = (ch) => ch !== undefined && !/\s/.test(ch) && skelOf(ch) === '';
    while (start > 0 && glued(source[start - 1])) start--;
    while (end < source.length && glued(source[end])) end++;
    // a line that begins or ends inside a word of the source: the word was cut across a line break; the span takes
    // the whole word, so the line differs from it (kind 'torn')
    const s0 = start;
    const e0 = end;
    while (start > 0 && !/\s/.test(source[start - 1])) start--;
    while (end < source.length && !/\s/.test(source[end])) end++;
    const torn = start !== s0 || end !== e0;
    // a token of punctuation alone beside the span (`دينار .`) goes with the line that carries it
    const t = normWs(text);
    const after = /^\s+([^\s\p{L}\p{N}]+)(?=\s|$)/u.exec(source.slice(end, end + 12));
    if (after && t.endsWith(after[1])) end += after[0].length;
    const before = /(?:^|\s)([^\s\p{L}\p{N}]+)\s+$/u.exec(source.slice(Math.max(0, start - 12), start));
    if (before && t.startsWith(before[1])) start -= before[0].length - (/^\s/.test(before[0]) ? 1 : 0);
    out.push({ text, span: [start, end], torn, cutStart: start !== s0, cutEnd: end !== e0, status: bestCost > 0.5 * k ? 'unaligned' : 'aligned', cost: bestCost / (2 * k) });
    expect = best + k;
  }
  return out;
}

// ---------------------------------------------------------------- what kind of damage a line has
export const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad]/g;
// extraction junk: C0 controls, U+FFFD/U+FFFE, tatweel and kashida glyphs, and the ! or + some fonts' kashida
// glyphs come out as between two Arabic letters
export const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd\ufffe\u0640]|(?<=[\u0620-\u064a])[!+]+(?=[\u0620-\u064a])/g;
// and what other fonts' kashida glyphs come out as between two Arabic letters (or a letter and a haraka) in LibreOffice's PDFs through pdf.js
// and PDFium: one of # $ & ) or an ASCII digit, repeated at most three times (محط77ة، ملي#ار، دولي&&ة، لجن)ة). Only a line
// that these alone separate from its source is `junk` (a number of the source glued there is not: removing it does
// not give the source); the other classes are tried with them kept, as before.
export const PRINTED_KASHIDA = /(?<=[\u0620-\u064a])([#$&)0-9])\1{0,2}(?=[\u0620-\u064a\u064b-\u0652])/g;
// the bare alef after an alef with its hamza (`أا`, `إا`): LibreOffice's PDFs through pdf.js give every such glyph so, and
// no correct text writes it (left out of the line alignment only)
export const HAMZA_ITEM_ALEF = /(?<=[\u0623\u0625])\u0627/g;
export const MARKS = /[\u064b-\u065f\u0670\u06d6-\u06ed]/g;

/** Damage classes in the order they are tried (the first that explains the difference names the line). */
export const KINDS = ['invisible', 'forms', 'junk', 'torn', 'spacing', 'diacritics', 'punctuation', 'reversed-chars', 'reversed-words', 'reordered', 'letters'];
/** The classes that are about the order and integrity of the text (the RTL family's business) rather than
 *  characters that can be dropped or folded where they stand. */
export const ORDER_KINDS = new Set(['torn', 'spacing', 'diacritics', 'punctuation', 'reversed-chars', 'reversed-words', 'reordered', 'letters']);

/** The kind of damage of an extracted line against its source span: null when they agree beyond whitespace. */
export function damageKind(line, src, torn = false) {
  let a = normWs(line);
  let b = normWs(src);
  if (a === b) return null;
  if (torn) return 'torn';
  a = normWs(a.replace(INVISIBLE, ''));
  if (a === b) return 'invisible';
  a = a.normalize('NFKC');
  b = b.normalize('NFKC');
  if (a === b) return 'forms';
  a = normWs(a.replace(JUNK, ''));
  if (a === b || a.replace(PRINTED_KASHIDA, '') === b) return 'junk';
  if (a.replace(/ /g, '') === b.replace(/ /g, '')) return 'spacing';
  if (normWs(a.replace(MARKS, '')).replace(/ /g, '') === normWs(b.replace(MARKS, '')).replace(/ /g, '')) return 'diacritics';
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa === sb) return 'punctuation';
  if ([...sa].reverse().join('') === sb) return 'reversed-chars';
  const words = (s) => normWs(s.replace(/[^\p{L}\p{N}\s]/gu, ' ')).split(' ');
  if (words(a).reverse().join(' ') === words(b).join(' ')) return 'reversed-words';
  if ([...sa].sort().join('') === [...sb].sort().join('')) return 'reordered';
  return 'letters';
}

/** A text file's lines as the measure reads them (\r\n and \r end lines too). */
export const readText = (file) => fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');

/**
 * Which character of `b` each character of `a` is kept as (-1: deleted), by a shortest edit script (Myers' O(ND)
 * diff of UTF-16 code units, after the common prefix and suffix). Used to follow the extracted text's line breaks into
 * the fixed text: fix-all joins lines (cut-word, broken-paragraph, diacritic) and edits inside them.
 */
export function keptAs(a, b) {
  const out = new Int32Array(a.length).fill(-1);
  let p = 0;
  while (p < a.length && p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) (out[p] = p), p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) {
    out[a.length - 1 - s] = b.length - 1 - s;
    s++;
  }
  const A = a.slice(p, a.length - s);
  const B = b.slice(p, b.length - s);
  const N = A.length;
  const M = B.length;
  if (!N || !M) return out;
  const max = N + M;
  const off = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < N && y < M && A.charCodeAt(x) === B.charCodeAt(y)) x++, y++;
      v[off + k] = x;
      if (x >= N && y >= M) {
        found = true;
        break;
      }
    }
  }
  // back through the trace: trace[d] holds v before step d, indices k = -d-1 .. d+1 at [k + d + 1]
  let x = N;
  let y = M;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const V = trace[d];
    const at = (k) => V[k + d + 1];
    const k = x - y;
    let prevK;
    if (d === 0) prevK = k;
    else prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const startX = d === 0 ? 0 : prevK === k + 1 ? at(prevK) : at(prevK) + 1;
    const startY = startX - k;
    while (x > startX && y > startY) {
      x--, y--;
      out[p + x] = p + y;
    }
    if (d > 0) (x = at(prevK)), (y = x - prevK);
  }
  return out;
}

/**
 * The extracted text's lines followed into the fixed text: groups of consecutive lines whose line breaks fix-all
 * removed (a line break of the extracted text is kept when the diff of the two texts keeps it as a line break), each
 * with the text fix-all made of them. Returns { groupOf: Int32Array (line → group), groups: [{ first, last, text }] }.
 */
const NEWLINE_WEIGHT = 64;
const PLACEHOLDERS = '\u0001'.repeat(NEWLINE_WEIGHT - 1);

export function lineGroups(extracted, fixed) {
  // a line break weighs as much as NEWLINE_WEIGHT characters (it is one character and NEWLINE_WEIGHT - 1 placeholders):
  // the diff never gives a line break up to match letters across lines, as it would where fix-all reversed a line
  const heavy = (t) => {
    const at = new Int32Array(t.length + 1);
    let out = '';
    for (let i = 0; i < t.length; i++) {
      at[i] = out.length;
      out += t[i] === '\n' ? '\n' + PLACEHOLDERS : t[i];
    }
    at[t.length] = out.length;
    return { out, at };
  };
  const x = heavy(extracted);
  const y = heavy(fixed);
  const back = new Int32Array(y.out.length + 1).fill(-1);
  for (let j = 0; j <= fixed.length; j++) back[y.at[j]] = j;
  const keptHeavy = keptAs(x.out, y.out);
  const kept = (i) => (keptHeavy[x.at[i]] >= 0 ? back[keptHeavy[x.at[i]]] : -1);
  const groupOf = [];
  const groups = [];
  const lineText = [];
  const keptIn = []; // per line: how many of its characters the diff keeps
  let first = 0;
  let from = 0; // where the current group's text starts in the fixed text
  let line = 0;
  let lineStart = 0;
  let k = 0;
  for (let i = 0; i <= extracted.length; i++) {
    if (i < extracted.length && extracted.charCodeAt(i) !== 10) {
      if (kept(i) >= 0) k++;
      continue;
    }
    lineText.push(extracted.slice(lineStart, i));
    keptIn.push(k);
    const to = i < extracted.length ? kept(i) : fixed.length;
    if (to >= 0) {
      groups.push({ first, last: line, text: fixed.slice(from, to) });
      first = line + 1;
      from = to + 1;
    }
    line++;
    lineStart = i + 1;
    k = 0;
  }
  // a group of several lines whose first line the diff kept little of (half its characters at most), while the group before holds that line whole:
  // fix-all moved it before its predecessor (cut-word's swapped pieces) — it belongs to that group
  for (let g = 1; g < groups.length; g++) {
    const l = groups[g].first;
    const t = normWs(lineText[l]);
    if (l < groups[g].last && keptIn[l] * 2 <= lineText[l].length && t !== '' && normWs(groups[g - 1].text).includes(t)) {
      groups[g - 1].last = l;
      groups[g].first = l + 1;
    }
  }
  groups.forEach((grp, g) => {
    for (let l = grp.first; l <= grp.last; l++) groupOf[l] = g;
  });
  return { groupOf, groups };
}

/**
 * The whole fix-all measured as a user sees it (issue 10): each extracted line (alignLines' entries) is followed into
 * the fixed text (lineGroups) and judged with the lines fix-all joined it with, and with the line it shares a torn word
 * with (both spans widened over that word, whichever side fix-all put it on). Such a unit is restored when its fixed
 * text equals the source from its first span's start to its last span's end (whitespace normalised; a unit of several
 * lines may not cross a paragraph break of the source). A line of a unit that is not restored is still right when it
 * is torn by no word, its unit crosses no paragraph break, and its span's words stand whole in the unit's fixed text
 * at its place (first, last or inside). A line with no letters (a lone mark) is right when its unit of several lines is
 * restored. Returns per line { ok, unit: { lines: [first, last], src, fix } } (null for a blank line).
 */
export function judgeLines(lines, source, extracted, fixed) {
  const { groups } = lineGroups(extracted, fixed);
  // units: groups, merged where a torn word spans the kept line break between them
  const units = [];
  for (const grp of groups) {
    const prevUnit = units.at(-1);
    const aligned = (from, to) => lines.slice(from, to + 1).filter((l) => l.status === 'aligned' && l.span);
    let merge = false;
    if (prevUnit) {
      const before = aligned(prevUnit.first, prevUnit.last).at(-1);
      const after = aligned(grp.first, grp.last)[0];
      merge = !!(before && after && before.torn && after.torn && after.span[0] < before.span[1] && after.span[0] >= before.span[0]);
    }
    if (merge) {
      prevUnit.last = grp.last;
      prevUnit.texts.push(grp.text);
    } else units.push({ first: grp.first, last: grp.last, texts: [grp.text] });
  }
  const out = new Array(lines.length).fill(null);
  for (const u of units) {
    const members = lines.slice(u.first, u.last + 1);
    const spans = members.filter((l) => l.status === 'aligned' && l.span).map((l) => l.span);
    const multi = members.filter((l) => l.status !== 'blank').length > 1;
    const fix = u.texts.join('\n');
    const src = spans.length ? source.slice(Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))) : null;
    const crosses = multi && src !== null && src.includes('\n');
    const F = normWs(fix);
    const restored = src !== null && !crosses && F === normWs(src);
    const unit = { lines: [u.first + 1, u.last + 1], src, fix };
    const nonBlank = members.map((l, j) => (l.status !== 'blank' ? u.first + j : -1)).filter((j) => j >= 0);
    for (const [j, l] of members.entries()) {
      const i = u.first + j;
      if (l.status === 'blank') continue;
      let ok = false;
      if (l.status === 'no-letters') ok = multi && restored;
      else if (l.status === 'aligned' && l.span) {
        if (restored) ok = true;
        else if (multi && !crosses && !l.torn) {
          const S = normWs(source.slice(l.span[0], l.span[1]));
          const at = nonBlank.indexOf(i);
          ok = S !== '' && (at === 0 ? (F + ' ').startsWith(S + ' ') : at === nonBlank.length - 1 ? (' ' + F).endsWith(' ' + S) : (' ' + F + ' ').includes(' ' + S + ' '));
        }
      }
      out[i] = { ok, unit };
    }
  }
  return out;
}
