/**
 * The fold tables (fold.ts FOLD, FOLD_LOOSE and the expansions of FOLD_MULTI) as a bundle carries them: null here, so
 * fold.ts computes them as it is loaded (a presentation form's NFKC each, ~2 ms of every process). The CLI's bundle
 * replaces this module by the tables computed from fold.ts itself when it is built (esbuild.mjs `foldTables`), read
 * from dist/cli-data/ (issue 13's start-up; test/cli-data.test.ts compares them with fold.ts's).
 */
export const FOLD_BUILT: { fold: Uint16Array; loose: Uint16Array; expand: Array<[number, number[]]> } | null = null;
