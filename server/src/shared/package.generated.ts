// Written by `npm run gen` (scripts/gen-manifest.mjs) from package.json; do not edit by hand.
// test/manifest.test.ts fails and esbuild.mjs refuses to build while it differs from package.json.

/** package.json `version`. */
export const VERSION = '0.1.0';
/** package.json `publisher` + '.' + `name`: the id VS Code knows the extension by. */
export const EXTENSION_ID = 'tadqiq.tadqiq';
/** package.json `repository.url`: the rule pages' links point into it (core/docs.ts). */
export const REPOSITORY = 'https://example.invalid/tadqiq.git';
