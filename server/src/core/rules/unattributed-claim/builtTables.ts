/**
 * The default claim lexicon's word tables as `encodeWordTables` (tables.ts) writes them, where a bundle carries them:
 * null here, so the rule computes them (lexicon.ts `wordTables`) at its first check. The CLI's bundle, which starts a
 * process per run, replaces this module by the text computed from these same sources when it is built (esbuild.mjs
 * `claimTables`): ~1,900 words folded, every verb conjugated and every noun inflected, not at every run (issue 13).
 */
export const BUILT_TABLES: string | null = null;
