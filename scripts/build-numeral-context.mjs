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
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { opt as optOf, requireUnlabelled, unlabelledPath } from './unlabelled.mjs';

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
const slotModule = new URL('../out/numeral-slot.cjs', import.meta.url).pathname;
await esbuild.build({ entryPoints: [path.join(root, 'server/src/core/rules/missing-numeral/slot.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: slotModule, logLevel: 'warning' });
const { contextForm: fold, contextStem: stem, contextClass: klass } = createRequire(import.meta.url)(slotModule);

const forms = new Map();
const stems = new Map();
// per class (contextClass: definite or not, the stem's last two letters): the back-off for forms the tables lack
const classes = new Map();
const MIN_CLASS = 50;
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
    for (const [m, k] of [[forms, f], [stems, s], [classes, klass(f)]]) {
      bump(m, k, 0);
      if (numAfter) bump(m, k, 1);
      if (numBefore) bump(m, k, 2);
      // a number on both sides (9 ديسمبر 2016): what follows a word that has its number before it
      if (numAfter && numBefore) bump(m, k, 3);
    }
    if (i + 1 < toks.length && isWord(toks[i + 1])) bumpPair(`${f} ${fold(toks[i + 1])}`, 1);
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
const C = [...classes.entries()]
  .filter(([, [n]]) => n >= MIN_CLASS)
  .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
  .map(([k, [n, a, b, c]]) => `${k} ${n} ${a} ${b} ${c}`)
  .join('\n');
const P = [...pairs.entries()]
  .filter(([, [n]]) => n >= MIN_PAIR)
  .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
  .map(([k, [n, d]]) => `${k} ${n} ${d}`)
  .join('\n');
fs.writeFileSync(
  outFile,
  `// Generated by scripts/build-numeral-context.mjs — do not edit. Mined from ${lines} lines (the even-numbered articles) of correct news (ANT Corpus\n` +
    `// v1.1, Apache-2.0): per folded word form, then per stem, "form written numberAfter numberBefore" — how often it\n` +
    `// is written, how often a number follows it, how often one precedes it and how often both (kept when >= ${MIN_COUNT}\n` +
    `// times and one of the first two >= ${MIN_SHARE * 100} %); per class (definite or not, the stem's last two letters; kept\n` +
    `// when >= ${MIN_CLASS} times) the same; then per pair of folded forms "first second numberBetween sideBySide" — how\n` +
    `// often a number stood between them and how often they were written side by side (kept when a number stood between\n` +
    `// them >= ${MIN_PAIR} times); TOTALS: "words numberAfter numberBefore" over all words. Counts only, no text.\n` +
    `export const TOTALS = ${JSON.stringify(totals.join(' '))};\n` +
    `export const FORMS = ${JSON.stringify(F)};\nexport const STEMS = ${JSON.stringify(S)};\nexport const CLASSES = ${JSON.stringify(C)};\nexport const PAIRS = ${JSON.stringify(P)};\n`,
);
console.log(`numeral context: ${F.split('\n').length} forms, ${S.split('\n').length} stems, ${C.split('\n').length} classes, ${P.split('\n').length} pairs -> ${path.relative(root, outFile)} (${fs.statSync(outFile).size} bytes)`);
