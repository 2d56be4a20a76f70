/** Generated artefacts stay honest: package.json's settings and docs/rules.md match the registry (run `npm run gen`). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../server/src/core/registry';
import { configurationSchema, rulesMarkdown } from '../server/src/core/schema';

const ROOT = path.resolve(__dirname, '..', '..');

describe('manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  it('contributes.configuration is generated from the registry (run `npm run gen` if this fails)', () => {
    assert.deepStrictEqual(pkg.contributes.configuration, JSON.parse(JSON.stringify(configurationSchema())));
  });
  it('docs/rules.md is generated from the registry (run `npm run gen` if this fails)', () => {
    assert.strictEqual(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'), rulesMarkdown());
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
  it('no raw invisible characters in source, tests or goldens (write escapes)', () => {
    const bad = /[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/;
    const offenders: string[] = [];
    for (const top of ['server', 'client', 'test', 'scripts']) {
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
