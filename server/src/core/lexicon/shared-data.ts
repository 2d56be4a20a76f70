/**
 * The entry of dist/data/lexicon.js (esbuild.mjs): the lexicon's word list, word-pair table and word-class trigrams, built once for both
 * editor servers (desktop and web), which load it as they start instead of each carrying a copy. The CLI and the
 * tests import the data modules directly.
 */
export * as data from './data';
export * as pairs from './pairs.data';
export * as classGrams from './classGrams.data';
