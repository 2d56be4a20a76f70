// Writes package.json contributes.configuration and docs/rules.md from the rule registry.
// `npm run gen`. test/manifest.test.ts fails when they are stale.
import { createRequire } from 'module';
import * as fs from 'fs';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const outfile = new URL('../out/gen-schema.cjs', import.meta.url).pathname;
await esbuild.build({ entryPoints: ['server/src/core/schema.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
const { configurationSchema, rulesMarkdown } = require(outfile);

const pkgPath = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
pkg.contributes.configuration = configurationSchema();
fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
fs.mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown());
console.log('package.json contributes.configuration and docs/rules.md updated');
