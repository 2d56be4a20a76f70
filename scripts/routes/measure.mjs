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
    const ls = skeleton(text);
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
    let torn = false;
    while (start > 0 && !/\s/.test(source[start - 1])) (start--, (torn = true));
    while (end < source.length && !/\s/.test(source[end])) (end++, (torn = true));
    // a token of punctuation alone beside the span (`دينار .`) goes with the line that carries it
    const t = normWs(text);
    const after = /^\s+([^\s\p{L}\p{N}]+)(?=\s|$)/u.exec(source.slice(end, end + 12));
    if (after && t.endsWith(after[1])) end += after[0].length;
    const before = /(?:^|\s)([^\s\p{L}\p{N}]+)\s+$/u.exec(source.slice(Math.max(0, start - 12), start));
    if (before && t.startsWith(before[1])) start -= before[0].length - (/^\s/.test(before[0]) ? 1 : 0);
    out.push({ text, span: [start, end], torn, status: bestCost > 0.5 * k ? 'unaligned' : 'aligned', cost: bestCost / (2 * k) });
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
