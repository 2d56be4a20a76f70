#!/usr/bin/env node
/**
 * Builds server/src/core/lexicon/pairs.data.ts: how often each word key and each pair of neighbouring keys occurs
 * in correct published news (lexicon/pairs.ts: the keys, the hash, the score). The judge of the order of a line
 * whose runs came out reversed (lexicon/runs.ts) reads it.
 *
 * Source: ../shared/unlabelled/ant-news.txt.gz (ANT Corpus v1.1, Apache-2.0). Only the even-numbered articles are
 * read; the odd half stays held out for the round trip (scripts/damage-roundtrip.mjs --half odd) and the clean
 * guard's --held-out. What is shipped: fingerprints (the top bits of 32-bit hashes) of keys and key pairs seen
 * >= MIN_COUNT times (word pairs >= MIN_PAIR), Rice-coded (format in lexicon/pairs.ts), each with its count on a log
 * scale — derived statistics from which no sentence of the text can be read back.
 *
 *   node scripts/build-pairs.mjs [--shared ../shared] [--out server/src/core/lexicon/pairs.data.ts] [--min 2] [--min-pair 3] [--fp-bits 23]
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
const outFile = path.resolve(root, opt('--out', 'server/src/core/lexicon/pairs.data.ts'));
const MIN_COUNT = Number(opt('--min', 2));
/** Pairs of words (not classes) are kept from this count on: the table stays small enough for the VSIX (issue 16). */
const MIN_PAIR = Number(opt('--min-pair', 3));
/** Bits of a hash kept as its fingerprint (pairs.ts): fewer bits, a smaller table and more collisions. */
const FP_BITS = Number(opt('--fp-bits', 23));

// (the builder writes the data module: it must not need it)
const { pairKeys, pairHash, classHash, wordClass, quantise, dequantise, fingerprint, Q_BITS, PARAGRAPH_EDGE, splitArticles } = await loadTs('pairs-build', "export { pairKeys, pairHash, classHash, wordClass, quantise, dequantise, fingerprint, Q_BITS, PARAGRAPH_EDGE } from './server/src/core/lexicon/pairs'; export { splitArticles } from './server/src/testing/cleanText';", [{ name: 'no-data', setup(b) { b.onResolve({ filter: /pairs\.data$/ }, () => ({ path: 'pairs-data-stub', namespace: 'stub' })); b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const PAIR_DATA = ""; export const PAIR_TOKENS = 1; export const PAIR_ENTRIES = 0; export const PAIR_FP_BITS = 32; export const PAIR_RICE = 0;', loader: 'js' })); } }]);

const articles = splitArticles(requireUnlabelled(unlabelledPath(shared), 'pass --shared DIR'));
const paragraphs = [];
let read = 0;
articles.forEach((a, i) => {
  if (i % 2 !== 0) return;
  read++;
  for (const para of a.text.split('\n')) if (para.trim()) paragraphs.push([PARAGRAPH_EDGE, ...pairKeys(para, 0, para.length), PARAGRAPH_EDGE]);
});
const count = new Map();
const add = (h) => count.set(h, (count.get(h) ?? 0) + 1);
// keys and pairs of keys
let tokens = 0;
const words = new Map();
const wordPairs = new Set();
for (const keys of paragraphs) {
  for (let k = 0; k < keys.length; k++) {
    if (keys[k] === '?') continue;
    tokens++;
    words.set(keys[k], (words.get(keys[k]) ?? 0) + 1);
    add(pairHash(keys[k]));
    if (k + 1 < keys.length && keys[k + 1] !== '?') {
      const h = pairHash(keys[k], keys[k + 1]);
      add(h);
      wordPairs.add(h);
    }
  }
}
// classes and pairs of classes (a word's class from its count as the table stores it: below MIN_COUNT, none)
const stored = (c) => (c >= MIN_COUNT ? dequantise(quantise(c)) : 0);
const cls = (k) => wordClass(k, stored(words.get(k) ?? 0));
for (const keys of paragraphs) {
  for (let k = 0; k < keys.length; k++) {
    if (keys[k] === '?') continue;
    add(classHash(cls(keys[k])));
    if (k + 1 < keys.length && keys[k + 1] !== '?') add(classHash(cls(keys[k]), cls(keys[k + 1])));
  }
}
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kept = [...count.entries()].filter(([h, c]) => c >= (wordPairs.has(h) ? Math.max(MIN_COUNT, MIN_PAIR) : MIN_COUNT));
console.log(`word pairs kept: ${kept.filter(([h]) => wordPairs.has(h)).length}`);
// fingerprints (two hashes that share one keep the larger count), sorted
const byFp = new Map();
for (const [h, c] of kept) {
  const f = fingerprint(h, FP_BITS);
  byFp.set(f, Math.max(byFp.get(f) ?? 0, c));
}
const entries = [...byFp.entries()].sort((a, b) => a[0] - b[0]);
// the Rice parameter nearest the mean gap's
const meanGap = entries.length ? entries[entries.length - 1][0] / entries.length : 1;
const RICE = Math.max(0, Math.round(Math.log2(Math.max(1, meanGap * Math.LN2))));
const bitsOut = [];
const put = (v, k) => {
  for (let i = k - 1; i >= 0; i--) bitsOut.push(Math.floor(v / 2 ** i) % 2);
};
let prevFp = -1;
for (const [f, c] of entries) {
  const gap = f - prevFp - 1;
  prevFp = f;
  const u = Math.floor(gap / 2 ** RICE);
  for (let i = 0; i < u; i++) bitsOut.push(1);
  bitsOut.push(0);
  put(gap % 2 ** RICE, RICE);
  put(quantise(c), Q_BITS);
}
while (bitsOut.length % 6) bitsOut.push(0);
let data = '';
for (let i = 0; i < bitsOut.length; i += 6) data += B64[bitsOut[i] * 32 + bitsOut[i + 1] * 16 + bitsOut[i + 2] * 8 + bitsOut[i + 3] * 4 + bitsOut[i + 4] * 2 + bitsOut[i + 5]];
fs.writeFileSync(
  outFile,
  `// Generated by scripts/build-pairs.mjs — do not edit. Source: ANT Corpus v1.1 (Apache-2.0), the even-numbered half of\n` +
    `// ../shared/unlabelled/ant-news.txt.gz (${read} articles, ${tokens} keys): the word keys and pairs of\n` +
    `// neighbouring keys seen >= ${MIN_COUNT} times (word pairs >= ${Math.max(MIN_COUNT, MIN_PAIR)}), as ${FP_BITS}-bit fingerprints with their counts on a log\n` +
    `// scale (derived statistics, no text; format in pairs.ts). ${entries.length} entries.\n` +
    `export const PAIR_TOKENS = ${tokens};\n` +
    `export const PAIR_ENTRIES = ${entries.length};\n` +
    `export const PAIR_FP_BITS = ${FP_BITS};\n` +
    `export const PAIR_RICE = ${RICE};\n` +
    `export const PAIR_DATA =\n  ${JSON.stringify(data)};\n`,
);
console.log(`${read} articles, ${tokens} keys, ${count.size} distinct keys and pairs, ${kept.length} kept (>= ${MIN_COUNT}), ${entries.length} fingerprints of ${FP_BITS} bits, Rice ${RICE}, ${data.length} characters`);
