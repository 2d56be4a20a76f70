/**
 * The entry of dist/data/lexicon.js (esbuild.mjs): the lexicon's word list and word-pair table, built once for both
 * editor servers (desktop and web), which load it as they start instead of each carrying a copy. The CLI and the
 * tests import data.ts and pairs.data.ts directly.
 */
export * as data from './data';
export * as pairs from './pairs.data';
