/** Generated artefacts stay honest: package.json's settings and docs/rules.md match the registry (run `npm run gen`). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../server/src/core/registry';
import { REPOSITORY } from '../server/src/core/docs';
import { configurationSchema, RULE_DOC_SECTIONS, rulesMarkdown, updateRuleDoc } from '../server/src/core/schema';
import * as V from '../server/src/shared/vocabulary';

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
      // a rule file with <id>.test.ts beside it, or a rule folder <id>/ with a test inside
      const folder = path.join(dir, r.id);
      const hasTest =
        fs.readdirSync(dir).some((f) => f.endsWith('.test.ts') && fs.readFileSync(path.join(dir, f), 'utf8').includes(`'${r.id}'`) || f === `${r.id}.test.ts`) ||
        (fs.existsSync(folder) && fs.statSync(folder).isDirectory() && fs.readdirSync(folder).some((f) => f.endsWith('.test.ts')));
      assert.ok(hasTest, `no test file mentions rule ${r.id}`);
    }
  });
  it('server/src/shared/package.generated.ts says what package.json says: version, extension id, repository (run `npm run gen` if this fails)', () => {
    assert.strictEqual(V.VERSION, pkg.version);
    assert.strictEqual(V.EXTENSION_ID, `${pkg.publisher}.${pkg.name}`);
    assert.strictEqual(V.REPOSITORY, typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url);
  });
  it('package.json contributes exactly the vocabulary\'s commands, and activates on its default languages (run `npm run gen` if this fails)', () => {
    const { commands, menus, activationEvents } = V.manifestContributions();
    assert.deepStrictEqual(pkg.contributes.commands, commands);
    assert.deepStrictEqual(pkg.contributes.menus, menus);
    assert.deepStrictEqual(pkg.activationEvents, activationEvents);
    const ids = (pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    assert.deepStrictEqual(ids, V.CONTRIBUTED_COMMANDS.map((k) => V.COMMANDS[k]));
    // the server's own command is executed through LSP, never shown in the palette
    for (const c of V.SERVER_COMMANDS) assert.ok(!(ids as string[]).includes(c), c);
    assert.deepStrictEqual(Object.keys(V.COMMANDS).filter((k) => !V.CONTRIBUTED_COMMANDS.includes(k as V.CommandKey)).map((k) => V.COMMANDS[k as V.CommandKey]), [...V.SERVER_COMMANDS]);
  });
  it('package.json\'s editor settings are the vocabulary\'s names and defaults', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { default: unknown; minimum?: number; maximum?: number; enum?: unknown[] }>;
    for (const [key, value] of Object.entries(V.SETTING_DEFAULTS)) {
      const name = V.settingName(key as V.SettingKey);
      assert.ok(props[name], `package.json has no setting ${name}`);
      assert.deepStrictEqual(props[name].default, JSON.parse(JSON.stringify(value)), name);
    }
    assert.deepStrictEqual(props[V.settingName('languages')].default, [...V.DEFAULT_LANGUAGES]);
    assert.deepStrictEqual([props[V.settingName('debounce')].minimum, props[V.settingName('debounce')].maximum], [V.DEBOUNCE_MS.minimum, V.DEBOUNCE_MS.maximum]);
    assert.deepStrictEqual(props[V.settingName('messageLanguage')].enum, [...V.MESSAGE_LANGUAGES]);
    assert.deepStrictEqual(props[V.settingName('traceServer')].enum, [...V.TRACE_LEVELS]);
    for (const name of Object.keys(props)) assert.ok(name.startsWith(`${V.CONFIG_SECTION}.`), name);
    // the language client's id is the section: VS Code reads its trace setting as <id>.trace.server
    assert.strictEqual(V.settingName('traceServer'), `${V.NAME}.trace.server`);
  });
  it('package.json contributes the vocabulary\'s draft language, with its grammar', () => {
    assert.ok((pkg.contributes.languages as Array<{ id: string }>).some((l) => l.id === V.ARABIC_DRAFT_LANGUAGE));
    assert.ok((pkg.contributes.grammars as Array<{ language: string }>).some((g) => g.language === V.ARABIC_DRAFT_LANGUAGE));
    assert.ok(V.DEFAULT_LANGUAGES.includes(V.ARABIC_DRAFT_LANGUAGE));
  });
  it('no source outside server/src/shared writes a vocabulary string again (command ids, code-action kind, requests, version)', () => {
    const words = [...Object.values(V.COMMANDS), V.FIX_ALL_KIND, V.REPAIR_SELECTION_KIND, V.PASTE_EDIT_KIND, ...Object.values(V.REQUESTS), V.STATUS_BAR_ID, V.REPORT_VIEW_TYPE, V.CONFIG_FILE, V.REVIEWED_FILE, V.VERSION];
    const quoted = new RegExp(`(['"])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})\\1`);
    const offenders: string[] = [];
    const check = (p: string) => {
      fs.readFileSync(p, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (quoted.test(line)) offenders.push(`${path.relative(ROOT, p)}:${i + 1}: ${line.trim()}`);
        });
    };
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) {
          if (p !== shared) walk(p);
        } else if (/\.(ts|mjs|js)$/.test(e.name) && !e.name.endsWith('.test.ts')) check(p);
      }
    };
    for (const top of ['server/src', 'client/src', 'scripts', 'bin']) walk(path.join(ROOT, top));
    check(path.join(ROOT, 'esbuild.mjs'));
    assert.ok(quoted.test(`'${V.COMMANDS.fixAll}'`) && !quoted.test(`'${V.COMMANDS.fixAll}x'`), 'the check finds a quoted id');
    assert.deepStrictEqual(offenders, []);
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
  it('no setting names a path or a program, so untrusted workspaces need no restrictedConfigurations', () => {
    const props = Object.keys(pkg.contributes.configuration.properties);
    assert.deepStrictEqual(props.filter((k) => /path|file|dir|folder|command|executable|program|binary|script/i.test(k)), []);
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, undefined);
  });
  it('has an icon: images/icon.png, a PNG of at least 128×128, shipped in the VSIX', () => {
    assert.strictEqual(pkg.icon, 'images/icon.png');
    const png = fs.readFileSync(path.join(ROOT, pkg.icon));
    assert.deepStrictEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.strictEqual(png.toString('ascii', 12, 16), 'IHDR');
    assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128, `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`);
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!images\/icon\.png$/m);
  });
  it('contributes the report and sample commands (category tadqiq), localised in English and Arabic', () => {
    const cmds = pkg.contributes.commands as Array<{ command: string; title: string; category: string }>;
    for (const id of ['tadqiq.showReport', 'tadqiq.openSample']) {
      const c = cmds.find((x) => x.command === id);
      assert.ok(c && c.category === 'tadqiq', id);
    }
  });
  it('every %key% of package.json has an English and an Arabic text', () => {
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const ar = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ar.json'), 'utf8'));
    const keys = [...JSON.stringify(pkg).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    assert.deepStrictEqual(keys.filter((k) => typeof en[k] !== 'string' || typeof ar[k] !== 'string'), []);
  });
  it('contributes a walkthrough: open a sample draft, start from a PDF, fix all, open the report; its Markdown ships in the VSIX', () => {
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const walkthroughs = pkg.contributes.walkthroughs as Array<{ id: string; title: string; steps: Array<{ id: string; description: string; media: { markdown?: string }; completionEvents: string[] }> }>;
    assert.strictEqual(walkthroughs.length, 1);
    const w = walkthroughs[0];
    assert.strictEqual(w.id, 'getStarted');
    const commands = new Set((pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command));
    assert.deepStrictEqual(w.steps.map((s) => s.completionEvents), [
      ['onCommand:tadqiq.openSample'],
      ['onCommand:tadqiq.openPdf', 'onCommand:tadqiq.repairSelection'],
      ['onCommand:tadqiq.fixAll'],
      ['onCommand:tadqiq.showReport'],
    ]);
    for (const step of w.steps) {
      const md = step.media.markdown!;
      assert.match(md, /^walkthrough\/[\w-]+\.md$/, step.id);
      assert.ok(fs.readFileSync(path.join(ROOT, md), 'utf8').startsWith('# '), md);
      const description = en[step.description.replace(/%/g, '')] as string;
      const linked = [...description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      assert.strictEqual(linked.length, 1, step.id);
      assert.ok(commands.has(linked[0]), linked[0]);
      assert.strictEqual(`onCommand:${linked[0]}`, step.completionEvents[0]);
    }
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!walkthrough\/\*\.md$/m);
  });
  it('has a CHANGELOG.md with a section for the current version, shipped in the VSIX', () => {
    const log = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.match(log, new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}\\b`, 'm'));
    assert.match(log, /tadqiq report FILE/);
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!CHANGELOG\.md$/m);
  });
  const shared = path.join(ROOT, 'server', 'src', 'shared');
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
      for (const i of imports) {
        assert.ok(i.startsWith('.'), `${path.relative(ROOT, f)} imports ${i}: the core must stay pure`);
        const target = path.resolve(path.dirname(f), i);
        assert.ok(target.startsWith(core + path.sep) || target.startsWith(shared + path.sep), `${path.relative(ROOT, f)} imports ${i}: the core imports only itself and server/src/shared`);
      }
    }
  });
  it('server/src/shared (the editor vocabulary) imports nothing outside itself: client, server, CLI and core can all use it', () => {
    const files = fs.readdirSync(shared).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    assert.ok(files.includes('vocabulary.ts') && files.includes('package.generated.ts'));
    for (const f of files) {
      const src = fs.readFileSync(path.join(shared, f), 'utf8');
      for (const m of src.matchAll(/(?:from\s+|require\(|import\()\s*['"]([^'"]+)['"]/g)) assert.match(m[1], /^\.\/[\w.-]+$/, `${f} imports ${m[1]}`);
      assert.doesNotMatch(src, /\b(process|window|self|globalThis|document)\b\./, `${f} reads a global of some runtime`);
    }
  });
  it('no raw invisible characters in source, tests, goldens or docs (write escapes, or <U+0640> in Markdown)', () => {
    const bad = /[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;
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
