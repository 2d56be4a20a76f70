// Writes, from the rule registry and the editor vocabulary (server/src/shared/vocabulary.ts):
//   - server/src/shared/package.generated.ts: VERSION, EXTENSION_ID and REPOSITORY copied from package.json (the
//     only place they are written by hand), so the client, the server and the CLI never carry a copy of their own;
//   - package.json contributes.configuration (settings schema), contributes.commands (the palette's commands,
//     titled `%command.<key>%` from package.nls*.json), contributes.menus (the explorer's and the editor's context menus)
//     and activationEvents (onLanguage: for each default language);
//   - docs/rules.md and the generated blocks of every docs/rules/<id>.md (the hand-written rest of each page is kept;
//     a missing page is created with TODO sections).
// `npm run gen`. test/manifest.test.ts fails when any of them is stale; esbuild.mjs refuses to build while
// package.generated.ts disagrees with package.json.
import { createRequire } from 'module';
import * as fs from 'fs';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const pkgPath = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));

// 1. What package.json says of itself, for the sources (before bundling: everything below reads it).
const generated = new URL('../server/src/shared/package.generated.ts', import.meta.url);
function packageGenerated(pkg) {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '';
  const q = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return [
    '// Written by `npm run gen` (scripts/gen-manifest.mjs) from package.json; do not edit by hand.',
    '// test/manifest.test.ts fails and esbuild.mjs refuses to build while it differs from package.json.',
    '',
    '/** package.json `version`. */',
    `export const VERSION = ${q(pkg.version)};`,
    "/** package.json `publisher` + '.' + `name`: the id VS Code knows the extension by. */",
    `export const EXTENSION_ID = ${q(`${pkg.publisher}.${pkg.name}`)};`,
    '/** package.json `repository.url`: the rule pages\' links point into it (core/docs.ts). */',
    `export const REPOSITORY = ${q(repo)};`,
    '',
  ].join('\n');
}
const genText = packageGenerated(pkg);
if (!fs.existsSync(generated) || fs.readFileSync(generated, 'utf8') !== genText) fs.writeFileSync(generated, genText);

// 2. Bundle the (pure) schema and vocabulary modules and generate.
const outfile = new URL('../out/gen-schema.cjs', import.meta.url).pathname;
await esbuild.build({
  stdin: { contents: "export * from './server/src/core/schema'; export * as vocabulary from './server/src/shared/vocabulary';", resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'warning',
});
delete require.cache[outfile];
const { configurationSchema, rulesMarkdown, updateRuleDoc, RULES, vocabulary } = require(outfile);

const { commands, menus, activationEvents } = vocabulary.manifestContributions();
pkg.activationEvents = activationEvents;
pkg.contributes.commands = commands;
pkg.contributes.menus = menus;
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
console.log(
  `server/src/shared/package.generated.ts, package.json (configuration, commands, menus, activationEvents), docs/rules.md and docs/rules/*.md updated${created.length ? `; new pages to write: ${created.join(', ')}` : ''}`,
);
