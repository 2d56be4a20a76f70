#!/usr/bin/env node
/**
 * Builds server/src/core/rules/missing-numeral/context.data.ts: how strongly a word announces a number before
 * it or after it, mined from correct published news (../shared/unlabelled/ant-news.txt.gz, ANT Corpus v1.1,
 * Apache-2.0; notice in server/src/core/lexicon/LICENSE-ant-corpus.txt). For every word form (folded as the
 * rule keys it, missing-numeral/slot.ts: the base fold of text/fold.ts — diacritics, tatweel and controls dropped,
 * presentation forms as letters, أ إ آ ٱ → ا, ى → ي) and, as a back-off, for its stem without the
 * proclitics و ف ب ل ك and the article: how often it is written, how often a number comes right after it
 * (`في 5 دول`: في), and how often a number comes right before it (`5 دول`: دول). Only counts are shipped.
 *
 * Only the even-numbered articles are read: the odd-numbered half stays held out for the round trip
 * (`node scripts/numeral-roundtrip.mjs --half odd`).
 *
 * A form is kept when it is written >= MIN_COUNT times and a number follows or precedes it in >= MIN_SHARE of
 * them. Numbers: runs of digits (Western, Arabic-Indic, Persian) with . , / : between digits, and % after them.
 *
 *   node scripts/build-numeral-context.mjs [--shared ../shared] [--out server/src/core/rules/missing-numeral/context.data.ts]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { opt as optOf, requireUnlabelled, unlabelledPath } from './unlabelled.mjs';
import { loadTs } from './core-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const shared = path.resolve(root, opt('--shared', '../shared'));
const outFile = path.resolve(root, opt('--out', 'server/src/core/rules/missing-numeral/context.data.ts'));
const MIN_COUNT = 8;
const MIN_SHARE = 0.08;
/** A pair of words is kept when a number stood between them at least this often. */
const MIN_PAIR = 2;

const gz = unlabelledPath(shared);
const text = requireUnlabelled(gz, 'pass --shared DIR');

// the rule's own keying of a word (server/src/core/rules/missing-numeral/slot.ts): one definition, bundled here
const { contextForm: fold, contextStem: stem, slotClass, slotKey, SLOT_ALPHABET, SLOT_RICE, lexiconFlags } = await loadTs('numeral-slot', "export * from './server/src/core/rules/missing-numeral/slot';");
// the slot model's class of a word (slot.ts slotClass, on the hand-written lexicon's flags as the rule looks them up)
const classOfTok = new Map();
const slotClassOf = (t) => {
  let c = classOfTok.get(t);
  if (c === undefined) classOfTok.set(t, (c = slotClass(fold(t), ...lexiconFlags(t))));
  return c;
};
// the slot model (slot.ts, context.ts slotOdds): per boundary between two words, written side by side (a typing slip
// may double its space) or with a number between them, counted per class pair, per (form before, class after) and
// per (class before, form after)
const slotCC = new Map();
const slotFC = new Map();
const slotCF = new Map();
// per slot class, as per form above: written, a number after, a number before, both (a form's shares are weighed
// against its class's; a form the tables lack backs off to its class: context.ts numberRatio)
const slotMargins = new Map();
const bumpSlot = (m, k, num) => {
  let e = m.get(k);
  if (!e) m.set(k, (e = [0, 0]));
  e[num ? 0 : 1]++;
};

const forms = new Map();
const stems = new Map();
// pairs of words: how often a number stands between them (في 5 دول: في دول), how often they are written side by side
const pairs = new Map();
const bumpPair = (k, i) => {
  let e = pairs.get(k);
  if (!e) pairs.set(k, (e = [0, 0]));
  e[i]++;
};
const isNumber = (t) => /^[0-9\u0660-\u0669\u06f0-\u06f9]/.test(t);
const isWord = (t) => /^[\u0621-\u06d3]/.test(t);
const bump = (m, k, i) => {
  let e = m.get(k);
  if (!e) m.set(k, (e = [0, 0, 0, 0]));
  e[i]++;
};
const TOKEN = /[\u0621-\u064a\u066e-\u06d3\u0640\u064b-\u065f\u0670]+|[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,/:\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*%?|[^\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
let lines = 0;
let article = -1;
// all the words, and how many a number follows and precedes: the base rates the rule weighs a word's shares against
const totals = [0, 0, 0];
for (const line of text.split('\n')) {
  if (line.startsWith('# ')) {
    article++;
    continue;
  }
  // the even-numbered articles only: the odd ones stay held out (scripts/numeral-roundtrip.mjs --half odd)
  if (article % 2 !== 0) continue;
  lines++;
  const toks = line.match(TOKEN) ?? [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!/^[\u0621-\u06d3]/.test(t)) continue;
    const f = fold(t);
    const s = stem(f);
    const numAfter = i + 1 < toks.length && /^[0-9\u0660-\u0669\u06f0-\u06f9]/.test(toks[i + 1]);
    const numBefore = i > 0 && /^[0-9\u0660-\u0669\u06f0-\u06f9]/.test(toks[i - 1]);
    totals[0]++;
    if (numAfter) totals[1]++;
    if (numBefore) totals[2]++;
    for (const [m, k] of [[forms, f], [stems, s]]) {
      bump(m, k, 0);
      if (numAfter) bump(m, k, 1);
      if (numBefore) bump(m, k, 2);
      // a number on both sides (9 ديسمبر 2016): what follows a word that has its number before it
      if (numAfter && numBefore) bump(m, k, 3);
    }
    if (i + 1 < toks.length && isWord(toks[i + 1])) bumpPair(`${f} ${fold(toks[i + 1])}`, 1);
    {
      let e = slotMargins.get(slotClassOf(t));
      if (!e) slotMargins.set(slotClassOf(t), (e = [0, 0, 0, 0]));
      e[0]++;
      if (numAfter) e[1]++;
      if (numBefore) e[2]++;
      if (numAfter && numBefore) e[3]++;
    }
    const b = i + 1 < toks.length && isWord(toks[i + 1]) ? toks[i + 1] : numAfter && i + 2 < toks.length && isWord(toks[i + 2]) ? toks[i + 2] : null;
    if (b !== null) {
      const ca = slotClassOf(t);
      const cb = slotClassOf(b);
      bumpSlot(slotCC, `${ca} ${cb}`, numAfter);
      bumpSlot(slotFC, `${f} ${cb}`, numAfter);
      bumpSlot(slotCF, `${ca} ${fold(b)}`, numAfter);
    }
    if (numAfter && i + 2 < toks.length && isWord(toks[i + 2])) bumpPair(`${f} ${fold(toks[i + 2])}`, 0);
  }
}
const keep = (m) =>
  [...m.entries()]
    .filter(([, [n, a, b]]) => n >= MIN_COUNT && Math.max(a, b) >= MIN_SHARE * n)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([k, [n, a, b, c]]) => `${k} ${n} ${a} ${b} ${c}`)
    .join('\n');
const F = keep(forms);
const S = keep(stems);
const P = [...pairs.entries()]
  .filter(([, [n]]) => n >= MIN_PAIR)
  .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
  .map(([k, [n, d]]) => `${k} ${n} ${d}`)
  .join('\n');
// the slot model's tables (context.ts slotOdds): the log-odds that a number stood between two words rather than
// nothing, per class pair (smoothed towards the base rate), then per form and its neighbour's class (smoothed towards
// the class pair), kept where the form moves the class pair's log-odds by SLOT_DELTA or more and one of the two is
// above SLOT_FLOOR (below it no decision changes); all quantized to quarters, in SLOT_ALPHABET
const SLOT_K_CLASS = 20;
const SLOT_K_FORM = 5;
const SLOT_DELTA = 1.25;
const SLOT_FLOOR = -3.5;
const SLOT_LO_MIN = -12;
const logit = (p) => Math.log(p / (1 - p));
const smooth = (e, prior, k) => (e[0] + k * prior) / (e[0] + e[1] + k);
let slotNum = 0;
let slotAdj = 0;
for (const [n, d] of slotCC.values()) {
  slotNum += n;
  slotAdj += d;
}
const slotBase = slotNum / (slotNum + slotAdj);
const slotClasses = [...new Set([...slotCC.keys()].flatMap((k) => k.split(' ')))].sort();
const q4 = (x, lo) => Math.max(0, Math.min(63, Math.round((x - lo) * 4)));
const ccQ = new Map();
let CCS = '';
for (const ca of slotClasses)
  for (const cb of slotClasses) {
    const q = q4(logit(smooth(slotCC.get(`${ca} ${cb}`) ?? [0, 0], slotBase, SLOT_K_CLASS)), SLOT_LO_MIN);
    ccQ.set(`${ca} ${cb}`, SLOT_LO_MIN + q / 4);
    CCS += SLOT_ALPHABET[q];
  }
const formClass = (f) => slotClass(f, ...lexiconFlags(f));
const slotEntries = new Map();
for (const [side, m] of [[0, slotFC], [1, slotCF]]) {
  for (const [k, e] of m) {
    const [x, y] = k.split(' ');
    const form = side === 0 ? x : y;
    const cls = side === 0 ? y : x;
    const lb = ccQ.get(side === 0 ? `${formClass(x)} ${y}` : `${x} ${formClass(y)}`);
    const le = logit(smooth(e, 1 / (1 + Math.exp(-lb)), SLOT_K_FORM));
    if (Math.max(lb, le) <= SLOT_FLOOR || Math.abs(le - lb) < SLOT_DELTA) continue;
    const fp = slotKey(side, form, cls);
    // (two kept keys with one fingerprint: neither is kept)
    slotEntries.set(fp, slotEntries.has(fp) ? null : Math.max(0, Math.min(31, Math.round((le - lb + 8) * 2))));
  }
}
const SM = slotClasses.map((c) => (slotMargins.get(c) ?? [0, 0, 0, 0]).join(' ')).join(',');
// Rice-coded (slot.ts SLOT_RICE low bits of each gap between sorted fingerprints after its quotient in unary), then
// the shift in 5 bits; bits written six to a character of SLOT_ALPHABET, first bit highest
const slotFps = [...slotEntries.keys()].filter((fp) => slotEntries.get(fp) !== null).sort((a, b) => a - b);
const bits = [];
let prevFp = 0;
for (const fp of slotFps) {
  const gap = fp - prevFp;
  prevFp = fp;
  for (let q = gap >>> SLOT_RICE; q > 0; q--) bits.push(1);
  bits.push(0);
  for (let b = SLOT_RICE - 1; b >= 0; b--) bits.push((gap >>> b) & 1);
  const v = slotEntries.get(fp);
  for (let b = 4; b >= 0; b--) bits.push((v >>> b) & 1);
}
while (bits.length % 6) bits.push(1);
let SF = '';
for (let i = 0; i < bits.length; i += 6) SF += SLOT_ALPHABET[bits.slice(i, i + 6).reduce((x, b) => x * 2 + b, 0)];
const slotKept = slotFps.length;
fs.writeFileSync(
  outFile,
  `// Generated by scripts/build-numeral-context.mjs — do not edit. Mined from ${lines} lines (the even-numbered articles) of correct news (ANT Corpus\n` +
    `// v1.1, Apache-2.0): per folded word form, then per stem, "form written numberAfter numberBefore" — how often it\n` +
    `// is written, how often a number follows it, how often one precedes it and how often both (kept when >= ${MIN_COUNT}\n` +
    `// times and one of the first two >= ${MIN_SHARE * 100} %); then per pair of folded forms "first second numberBetween sideBySide" — how\n` +
    `// often a number stood between them and how often they were written side by side (kept when a number stood between\n` +
    `// them >= ${MIN_PAIR} times); TOTALS: "words numberAfter numberBefore" over all words. Counts only, no text.\n` +
    `export const TOTALS = ${JSON.stringify(totals.join(' '))};\n` +
    `export const FORMS = ${JSON.stringify(F)};\nexport const STEMS = ${JSON.stringify(S)};\nexport const PAIRS = ${JSON.stringify(P)};\n` +
    `// The slot model (context.ts slotOdds): its classes (slot.ts slotClass), the log-odds of a number between two\n` +
    `// words of each class pair (one character each, row by row: the class before, then after; a quarter a step from\n` +
    `// ${SLOT_LO_MIN}), and the fingerprints (slot.ts slotKey) of a form with its neighbour's class, each with how far it moves\n` +
    `// its class pair's log-odds (a half a step from -8; Rice-coded, see the script). Mined from ${slotNum} numbers between two words and ${slotAdj} words side by side.\n` +
    `export const SLOT_CLASSES = ${JSON.stringify(slotClasses.join(' '))};\nexport const SLOT_PAIRS = ${JSON.stringify(CCS)};\nexport const SLOT_FORMS = ${JSON.stringify(SF)};\nexport const SLOT_ENTRIES = ${slotKept};\n` +
    `// per slot class (the back-off of a form the tables lack), as per form above: "written numberAfter numberBefore both".\nexport const SLOT_MARGINS = ${JSON.stringify(SM)};\n`,
);
console.log(`slot model: ${slotClasses.length} classes, ${slotKept} forms with a class (${SF.length} characters)`);
console.log(`numeral context: ${F.split('\n').length} forms, ${S.split('\n').length} stems, ${P.split('\n').length} pairs -> ${path.relative(root, outFile)} (${fs.statSync(outFile).size} bytes)`);
