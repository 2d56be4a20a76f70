/**
 * The entry of dist/data/lexicon.js (esbuild.mjs): the lexicon's word list, word-pair table and word-class trigrams, built once for both
 * editor servers (desktop and web), which load it as they start instead of each carrying a copy. The CLI and the
 * tests import the data modules directly.
 *
 * Plain objects of values, not the modules' namespaces: esbuild makes a namespace's properties getters, closures of
 * this script, and a live function keeps its script's source alive — here 1.8 MB of data held twice (the source and
 * the strings made from it) for the server's life. With values only, the source is garbage once the script has run.
 */
import * as dataModule from './data';
import * as pairsModule from './pairs.data';
import * as classGramsModule from './classGrams.data';

export const data = { ...dataModule };
export const pairs = { ...pairsModule };
export const classGrams = { ...classGramsModule };
