#!/usr/bin/env node
/**
 * Builds server/src/core/lexicon/classGrams.data.ts: the word-class trigram model (lexicon/classGrams.ts) that judges,
 * with the word pairs, where a line whose runs came out reversed starts (lexicon/runs.ts, issue 10).
 *
 * Source: ../shared/unlabelled/ant-news.txt.gz (ANT Corpus v1.1, Apache-2.0), the even-numbered articles only (the odd
 * half stays held out for scripts/damage-roundtrip.mjs --half odd). Each paragraph's pair keys (pairs.ts) are read
 * as classes (classGrams.ts keyClass, with the shipped pair table's counts); shipped: the counts the Kneser-Ney
 * trigram needs — triples of classes seen >= MIN_TRI times, and for every pair of classes seen its context counts —
 * as fingerprints of their hashes with counts on a log scale (the format of pairs.data.ts): derived statistics of
 * about a thousand classes, from which no sentence can be read back.
 *
 *   node scripts/build-class-grams.mjs [--shared ../shared] [--out server/src/core/lexicon/classGrams.data.ts] [--min-tri 2] [--fp-bits 24] [--every 2] [--min-ctx 2] [--hold]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { heldOut, opt as optOf, requireUnlabelled, unlabelledPath } from './unlabelled.mjs';
import { loadTs } from './core-bundle.mjs';
import { encodeCountTable } from './counttable.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const shared = path.resolve(root, opt('--shared', '../shared'));
const outFile = path.resolve(root, opt('--out', 'server/src/core/lexicon/classGrams.data.ts'));
/** Triples of classes are kept from this count on (2: 77.4 % of one-cut starts right on the odd half, 1: 77.7 %,
 *  3: 76.8 %, with the shipped pairs; scripts/onecut-ceiling.mjs). */
const MIN_TRI = Number(opt('--min-tri', 2));
const FP_BITS = Number(opt('--fp-bits', 24));
/** --every N: only every N-th even article (N = 4: a model of a quarter, to tune the search on the even articles it has
 *  not seen — the margins on the articles a model was mined from are too confident). */
const EVERY = Number(opt('--every', 2));
/** --hold: leave out the even articles of half `even-held` (unlabelled.mjs heldOut; a model to tune on, never shipped:
 *  run with TADQIQ_HOLD_DATA set to the folder of the pair table built with --hold, whose counts the classes read). */
const HOLD = args.includes('--hold');
/** Pairs of classes seen fewer times than this keep no context counts (the model backs off there), and continuation
 *  counts under it are left out: the table fits the VSIX's start-up budget (issue 16). */
const MIN_CTX = Number(opt('--min-ctx', 2));

// (the builder writes the data module: it must not need it)
const { pairKeys, pairHash, keyClass, gramName, quantise, Q_BITS, PARAGRAPH_EDGE, splitArticles } = await loadTs(
  'class-grams-build',
  "export { pairKeys, pairHash, quantise, Q_BITS, PARAGRAPH_EDGE } from './server/src/core/lexicon/pairs'; export { keyClass, gramName } from './server/src/core/lexicon/classGrams'; export { splitArticles } from './server/src/testing/cleanText';",
  [{ name: 'no-data', setup(b) { b.onResolve({ filter: /classGrams\.data$/ }, () => ({ path: 'class-data-stub', namespace: 'stub' })); b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const CLASS_DATA = ""; export const CLASS_ENTRIES = 0; export const CLASS_FP_BITS = 32; export const CLASS_RICE = 0; export const CLASS_BIGRAM_TYPES = 1; export const CLASS_TYPES = 1;', loader: 'js' })); } }],
);

const articles = splitArticles(requireUnlabelled(unlabelledPath(shared), 'pass --shared DIR'));
const inc = (m, k, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
const c1 = new Map();
const c2 = new Map();
const c3 = new Map();
let read = 0;
let tokens = 0;
articles.forEach((a, i) => {
  if (i % EVERY !== 0 || (HOLD && heldOut(i))) return;
  read++;
  for (const para of a.text.split('\n')) {
    if (!para.trim()) continue;
    const s = [PARAGRAPH_EDGE, ...pairKeys(para, 0, para.length), PARAGRAPH_EDGE].map(keyClass);
    for (let k = 0; k < s.length; k++) {
      tokens++;
      inc(c1, s[k]);
      if (k + 1 < s.length) inc(c2, s[k] + ' ' + s[k + 1]);
      if (k + 2 < s.length) inc(c3, s[k] + ' ' + s[k + 1] + ' ' + s[k + 2]);
    }
  }
});
// the Kneser-Ney counts (classGrams.ts gramName), from the whole tables; only the triples are pruned
const stored = new Map(); // name -> count as stored
const put = (name, count) => stored.set(name, count);
const ctx = new Map(), ctxTypes = new Map(), cont2 = new Map();
for (const [k, c] of c3) {
  const [u, v, w] = k.split(' ');
  if (c >= MIN_TRI) put(gramName.tri(u, v, w), c);
  inc(ctx, u + ' ' + v, c);
  inc(ctxTypes, u + ' ' + v);
  inc(cont2, v + ' ' + w);
}
const mid = new Map(), midTypes = new Map(), cont1 = new Map();
for (const [k, n] of cont2) {
  const [v, w] = k.split(' ');
  if (n >= MIN_CTX) put(gramName.cont2(v, w), n + 1);
  inc(mid, v, n);
  inc(midTypes, v);
}
for (const [k, n] of ctx) {
  if (n < MIN_CTX) continue;
  const [u, v] = k.split(' ');
  put(gramName.ctx(u, v), n + 1);
  put(gramName.ctxTypes(u, v), ctxTypes.get(k) + 1);
}
for (const [v, n] of mid) put(gramName.mid(v), n + 1);
for (const [v, n] of midTypes) put(gramName.midTypes(v), n + 1);
for (const k of c2.keys()) inc(cont1, k.split(' ')[1]);
for (const [w, n] of cont1) put(gramName.cont1(w), n + 1);

// fingerprints, Rice-coded (pairs.ts's format: scripts/counttable.mjs)
const { entries: ENTRIES, rice: RICE, data } = encodeCountTable([...stored].map(([name, c]) => [pairHash(name), c]), FP_BITS, quantise, Q_BITS);
fs.writeFileSync(
  outFile,
  `// Generated by scripts/build-class-grams.mjs — do not edit. Source: ANT Corpus v1.1 (Apache-2.0), the even-numbered\n` +
    `// half of ../shared/unlabelled/ant-news.txt.gz (${read} articles, ${tokens} keys): the Kneser-Ney counts of a trigram of\n` +
    `// ${c1.size} word classes (triples seen >= ${MIN_TRI} times), as ${FP_BITS}-bit fingerprints with their counts on a log\n` +
    `// scale (derived statistics, no text; lexicon/classGrams.ts). ${ENTRIES} entries.\n` +
    `export const CLASS_TYPES = ${c1.size};\n` +
    `export const CLASS_BIGRAM_TYPES = ${c2.size};\n` +
    `export const CLASS_ENTRIES = ${ENTRIES};\n` +
    `export const CLASS_FP_BITS = ${FP_BITS};\n` +
    `export const CLASS_RICE = ${RICE};\n` +
    `export const CLASS_DATA =\n  ${JSON.stringify(data)};\n`,
);
console.log(`${read} articles, ${tokens} keys, ${c1.size} classes, ${c2.size} pairs, ${c3.size} triples; ${stored.size} counts stored, ${ENTRIES} fingerprints of ${FP_BITS} bits, Rice ${RICE}, ${data.length} characters`);
