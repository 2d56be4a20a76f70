/**
 * The character table (chars.ts CH) and its flagged code units (FLAGGED, in their order) as a bundle carries them: null
 * here, so chars.ts builds them as it is loaded (~4,400 predicate calls, 1-2 ms of every process). The CLI's bundle
 * replaces this module by the tables chars.ts itself computes when the bundle is built (esbuild.mjs `charTables`),
 * read from dist/cli-data/ (issue 13's start-up; test/cli-data.test.ts compares them with chars.ts's).
 */
export const CHARS_BUILT: { ch: Uint32Array; flagged: number[] } | null = null;
