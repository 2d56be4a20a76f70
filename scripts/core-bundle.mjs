// Bundles the pure core into out/core.cjs for scripts (bench, eval) that call it in-process.
import * as esbuild from 'esbuild';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
export async function loadCore() {
  const outfile = new URL('../out/core.cjs', import.meta.url).pathname;
  await esbuild.build({
    stdin: { contents: "export * from './server/src/core/engine'; export * from './server/src/core/registry'; export { LineIndex } from './server/src/core/text/lines'; export * from './server/src/testing/cleanText'; export { adversarialInputs } from './server/src/testing/adversarial'; export { toPresentationForms } from './server/src/core/text/charclass'; export * as pdfDamage from './server/src/testing/pdfDamage'; export * as damage from './server/src/testing/damage'; export { reversedRunRepairs } from './server/src/core/lexicon/runs'; export * as cer from './server/src/testing/cer'; export { damage as claimDamage, DAMAGES as CLAIM_DAMAGES } from './server/src/testing/claimDamage';", resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
  });
  return require(outfile);
}
