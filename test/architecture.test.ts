/**
 * ARCHITECTURE.md's invariant "rules never import rules": shared machinery lives in the layers (text/, lexicon/),
 * and a rule file imports only those, the core's types, and its own data (`./<id>.*.data`, or the folder of its
 * data). A rule may also be a folder named after its id (`rules/<id>/index.ts`, e.g. unattributed-claim/): its files
 * import each other (`./…`) and the core's layers (`../../…`), never another rule (`../<rule>`).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const RULES_DIR = path.resolve(__dirname, '..', '..', 'server', 'src', 'core', 'rules');

/** Every .ts file under a folder, tests aside, as paths relative to the folder. */
function sources(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...sources(dir, r));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(r);
  }
  return out;
}

function importsOf(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  return [...src.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

describe('architecture', () => {
  it('no rule imports another rule', () => {
    const bad: string[] = [];
    for (const f of fs.readdirSync(RULES_DIR)) {
      if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f.includes('.data')) continue;
      const id = f.replace(/\.ts$/, '');
      for (const spec of importsOf(path.join(RULES_DIR, f))) {
        if (!spec.startsWith('./')) continue;
        if (!spec.startsWith(`./${id}.`)) bad.push(`${f} imports ${spec}`);
      }
    }
    // folder rules: rules/<id>/…: their own files, and the core's layers two or more levels up
    for (const d of fs.readdirSync(RULES_DIR, { withFileTypes: true })) {
      if (!d.isDirectory()) continue;
      for (const rel of sources(path.join(RULES_DIR, d.name))) {
        const file = path.join(RULES_DIR, d.name, rel);
        for (const spec of importsOf(file)) {
          if (!spec.startsWith('.')) continue;
          // where the import lands, relative to the rules folder
          const target = path.relative(RULES_DIR, path.resolve(path.dirname(file), spec));
          const inOwn = target === d.name || target.startsWith(d.name + path.sep);
          const outsideRules = target.startsWith('..');
          if (!inOwn && !outsideRules) bad.push(`${d.name}/${rel} imports ${spec}`);
        }
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  it('the check sees imports (it is not vacuous)', () => {
    assert.ok(importsOf(path.join(RULES_DIR, 'reversed-line.ts')).some((s) => s === '../lexicon/visualLine'));
    assert.ok(sources(path.join(RULES_DIR, 'unattributed-claim')).includes('data/verbs.ts'));
    assert.ok(importsOf(path.join(RULES_DIR, 'unattributed-claim', 'lexicon.ts')).some((s) => s === './data/verbs'));
    assert.ok(importsOf(path.join(RULES_DIR, 'missing-numeral', 'index.ts')).some((s) => s === '../../types'));
  });
});
