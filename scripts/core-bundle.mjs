// Bundles the pure core (or a piece of it) for the scripts that call it in-process: bench, eval, the data builders.
import * as esbuild from 'esbuild';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const ROOT = new URL('..', import.meta.url).pathname;

/** The module `contents` (TypeScript re-exports, paths from the repository root), bundled to out/NAME.cjs (with
 *  esbuild `plugins`, if any) and loaded. */
export async function loadTs(name, contents, plugins = []) {
  const outfile = new URL(`../out/${name}.cjs`, import.meta.url).pathname;
  // TADQIQ_HOLD_DATA=DIR: the pair table and the class trigram read from DIR/pairs.data.ts and DIR/classGrams.data.ts
  // (tables mined with an eighth of the even half held out: build-pairs / build-class-grams --hold 8), to tune the
  // run-order search on even articles the tables did not see (half `even-held`, unlabelled.mjs)
  const hold = process.env.TADQIQ_HOLD_DATA;
  if (hold) {
    const dir = hold.startsWith('/') ? hold : `${ROOT}/${hold}`;
    plugins = [...plugins, { name: 'hold-data', setup(b) { b.onResolve({ filter: /(pairs|classGrams)\.data$/ }, (a) => ({ path: `${dir}/${a.path.split('/').pop()}.ts` })); } }];
  }
  await esbuild.build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', plugins });
  return require(outfile);
}

/** The core bundle: out/core.cjs, or (TADQIQ_CORE=NAME) out/NAME.cjs — two scripts that run at once each with a bundle
 *  of its own; TADQIQ_CORE_PREBUILT=1 loads that bundle as it is (an old build kept to compare with). */
export async function loadCore() {
  const name = process.env.TADQIQ_CORE || 'core';
  const core = process.env.TADQIQ_CORE_PREBUILT === '1' ? require(new URL(`../out/${name}.cjs`, import.meta.url).pathname) : await buildCore(name);
  provideSideTrigrams(core);
  return core;
}

/** The word trigrams (side data, lexicon/trigrams.ts) handed to a core bundle as the hosts do, read from the source
 *  (TADQIQ_HOLD_DATA=DIR: DIR/trigrams.data.json; TADQIQ_TRIGRAMS=off: none — the search as a host without them). */
export function provideSideTrigrams(core) {
  if (typeof core.provideTrigrams !== 'function') return;
  const hold = process.env.TADQIQ_HOLD_DATA;
  const file = hold ? `${hold.startsWith('/') ? hold : `${ROOT}/${hold}`}/trigrams.data.json` : `${ROOT}/server/src/core/lexicon/trigrams.data.json`;
  core.provideTrigrams(process.env.TADQIQ_TRIGRAMS === 'off' ? null : () => JSON.parse(require('fs').readFileSync(file, 'utf8')));
}

function buildCore(name) {
  return loadTs(
    name,
    "export * from './server/src/core/engine'; export * from './server/src/core/registry'; export { LineIndex } from './server/src/core/text/lines'; export * from './server/src/testing/cleanText'; export { adversarialInputs } from './server/src/testing/adversarial'; export { toPresentationForms } from './server/src/core/text/charclass'; export * as pdfDamage from './server/src/testing/pdfDamage'; export * as damage from './server/src/testing/damage'; export { reversedRunRepairs, tearReading, forgetRunLines, MARGIN, CLASS } from './server/src/core/lexicon/runs'; export { provideTrigrams, hasTrigrams, TRIGRAM } from './server/src/core/lexicon/trigrams'; export * as cer from './server/src/testing/cer'; export { damage as claimDamage, DAMAGES as CLAIM_DAMAGES } from './server/src/testing/claimDamage';",
  );
}
