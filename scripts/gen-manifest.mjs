// Writes from the rule registry: package.json contributes.configuration, docs/rules.md, the generated blocks
// of every docs/rules/<id>.md (the hand-written rest of each page is kept; a missing page is created with
// TODO sections), and server/src/core/docs.ts's REPOSITORY (copied from package.json `repository`).
// `npm run gen`. test/manifest.test.ts fails when any of them is stale.
import { createRequire } from 'module';
import * as fs from 'fs';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const pkgPath = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));

// 1. The repository the rule pages' links point into (before bundling: the docs below use it).
const docsTs = new URL('../server/src/core/docs.ts', import.meta.url);
const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '';
const src = fs.readFileSync(docsTs, 'utf8');
const updated = src.replace(/^export const REPOSITORY = .*;$/m, `export const REPOSITORY = ${JSON.stringify(repo).replace(/^"|"$/g, "'")};`);
if (updated === src && !src.includes(`export const REPOSITORY = '${repo}';`)) throw new Error('server/src/core/docs.ts: no `export const REPOSITORY = …;` line to update');
if (updated !== src) fs.writeFileSync(docsTs, updated);

// 2. Bundle the (pure) schema module and generate.
const outfile = new URL('../out/gen-schema.cjs', import.meta.url).pathname;
await esbuild.build({ entryPoints: ['server/src/core/schema.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
delete require.cache[outfile];
const { configurationSchema, rulesMarkdown, updateRuleDoc, RULES } = require(outfile);

pkg.contributes.configuration = configurationSchema();
fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
fs.mkdirSync(new URL('../docs/rules/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown());

const created = [];
for (const rule of RULES) {
  const page = new URL(`../docs/rules/${rule.id}.md`, import.meta.url);
  const existing = fs.existsSync(page) ? fs.readFileSync(page, 'utf8') : undefined;
  if (existing === undefined) created.push(rule.id);
  const next = updateRuleDoc(existing, rule);
  if (next !== existing) fs.writeFileSync(page, next);
}
console.log(`package.json contributes.configuration, docs/rules.md and docs/rules/*.md updated${created.length ? `; new pages to write: ${created.join(', ')}` : ''}`);
