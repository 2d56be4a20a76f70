/** Generated artefacts stay honest: package.json's settings and docs/rules.md match the registry (run `npm run gen`). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../server/src/core/registry';
import { REPOSITORY } from '../server/src/core/docs';
import { configurationSchema, RULE_DOC_SECTIONS, rulesMarkdown, updateRuleDoc } from '../server/src/core/schema';

const ROOT = path.resolve(__dirname, '..', '..');

describe('manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  it('contributes.configuration is generated from the registry (run `npm run gen` if this fails)', () => {
    assert.deepStrictEqual(pkg.contributes.configuration, JSON.parse(JSON.stringify(configurationSchema())));
  });
  it('docs/rules.md is generated from the registry (run `npm run gen` if this fails)', () => {
    assert.strictEqual(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'), rulesMarkdown());
  });
  it('every rule has its page docs/rules/<id>.md, and the page\'s generated blocks are current (run `npm run gen` if this fails)', () => {
    for (const r of RULES) {
      const page = path.join(ROOT, 'docs', 'rules', `${r.id}.md`);
      assert.ok(fs.existsSync(page), `docs/rules/${r.id}.md is missing: run \`npm run gen\` and write its sections`);
      const text = fs.readFileSync(page, 'utf8');
      assert.strictEqual(text, updateRuleDoc(text, r), `docs/rules/${r.id}.md: a generated block is stale`);
    }
    const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
    assert.deepStrictEqual(pages.filter((id) => !RULES.some((r) => r.id === id)), [], 'pages for rules that do not exist');
  });
  it('every rule page has its hand-written sections, filled in (no TODO), with examples in code blocks', () => {
    for (const r of RULES) {
      const text = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${r.id}.md`), 'utf8');
      const headings = [...text.matchAll(/^## .*$/gm)].map((m) => m[0]);
      for (const h of RULE_DOC_SECTIONS) {
        assert.ok(headings.includes(h), `docs/rules/${r.id}.md: no "${h}"`);
        const body = text.slice(text.indexOf(h) + h.length).split(/^## |^<!-- BEGIN GENERATED/m)[0];
        assert.ok(body.trim().length > 40 && !/\bTODO\b/.test(body), `docs/rules/${r.id}.md: "${h}" is not written yet`);
      }
      const examples = text.slice(text.indexOf('## Examples')).split(/^## When/m)[0];
      assert.ok(/```[\s\S]*damaged:[\s\S]*```/.test(examples), `docs/rules/${r.id}.md: examples as code blocks (damaged: / repaired:)`);
    }
  });
  it('the rule links point into the repository package.json names (server/src/core/docs.ts REPOSITORY; run `npm run gen` if this fails)', () => {
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    assert.strictEqual(REPOSITORY, repo);
  });
  it('every rule has a unique id, bilingual texts and a test file beside it', () => {
    const ids = RULES.map((r) => r.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.ok(r.title.ar && r.title.en && r.description.ar && r.description.en, r.id);
      const dir = path.join(ROOT, 'server', 'src', 'core', 'rules');
      const hasTest = fs.readdirSync(dir).some((f) => f.endsWith('.test.ts') && fs.readFileSync(path.join(dir, f), 'utf8').includes(`'${r.id}'`) || f === `${r.id}.test.ts`);
      assert.ok(hasTest, `no test file mentions rule ${r.id}`);
    }
  });
  it('activates on the languages it lints by default', () => {
    const langs = pkg.contributes.configuration.properties['tadqiq.languages'].default as string[];
    for (const l of langs) assert.ok(pkg.activationEvents.includes(`onLanguage:${l}`), l);
  });
  it('declares workspace trust: supported in untrusted workspaces (tadqiq runs no code and no tool from the workspace), limited in virtual ones', () => {
    assert.deepStrictEqual(pkg.capabilities?.untrustedWorkspaces, { supported: true });
    const virtual = pkg.capabilities?.virtualWorkspaces;
    // the client's document selector is file: and untitled: only; a vscode-vfs: file is not checked
    assert.ok(virtual && virtual.supported === 'limited' && typeof virtual.description === 'string' && virtual.description.length > 20, JSON.stringify(virtual));
  });
  it('the core imports no editor, LSP or IO module', () => {
    const core = path.join(ROOT, 'server', 'src', 'core');
    const files: string[] = [];
    (function walk(d: string) {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) files.push(p);
      }
    })(core);
    for (const f of files) {
      const src = fs.readFileSync(f, 'utf8');
      const imports = [...src.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const i of imports) assert.ok(i.startsWith('.'), `${path.relative(ROOT, f)} imports ${i}: the core must stay pure`);
    }
  });
  it('no raw invisible characters in source, tests, goldens or docs (write escapes, or <U+0640> in Markdown)', () => {
    const bad = /[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/;
    const offenders: string[] = [];
    for (const top of ['server', 'client', 'test', 'scripts', 'docs']) {
      (function walk(d: string) {
        if (!fs.existsSync(d)) return;
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) {
            if (e.name !== 'node_modules' && e.name !== 'data') walk(p);
          } else if (/\.(ts|js|mjs|json|txt|md)$/.test(e.name) && bad.test(fs.readFileSync(p, 'utf8'))) offenders.push(path.relative(ROOT, p));
        }
      })(path.join(ROOT, top));
    }
    assert.deepStrictEqual(offenders, []);
  });
});
