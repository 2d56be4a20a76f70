/**
 * ARCHITECTURE.md's invariant "rules never import rules": shared machinery lives in the layers (text/, lexicon/),
 * and a rule file imports only those, the core's types, and its own data (`./<id>.*.data`, or the folder of its
 * data: unattributed-claim's `claims/`). A rule kept in a folder of its own (`rules/<id>/index.ts`, missing-numeral)
 * imports its own modules (`./…`) and the core (`../../…`), never `../<another rule>`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const RULES_DIR = path.resolve(__dirname, '..', '..', 'server', 'src', 'core', 'rules');
/** A rule's own data folder, where it has one. */
const DATA_FOLDERS: Record<string, string> = { 'unattributed-claim': 'claims' };

function importsOf(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  return [...src.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

describe('architecture', () => {
  it('no rule imports another rule', () => {
    const bad: string[] = [];
    for (const f of fs.readdirSync(RULES_DIR)) {
      const folder = path.join(RULES_DIR, f);
      if (fs.statSync(folder).isDirectory() && fs.existsSync(path.join(folder, 'index.ts'))) {
        for (const g of fs.readdirSync(folder)) {
          if (!g.endsWith('.ts')) continue;
          for (const spec of importsOf(path.join(folder, g))) if (spec.startsWith('../') && !spec.startsWith('../../')) bad.push(`${f}/${g} imports ${spec}`);
        }
        continue;
      }
      if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f.includes('.data')) continue;
      const id = f.replace(/\.ts$/, '');
      for (const spec of importsOf(path.join(RULES_DIR, f))) {
        if (!spec.startsWith('./')) continue;
        const own = spec.startsWith(`./${id}.`) || (DATA_FOLDERS[id] !== undefined && spec.startsWith(`./${DATA_FOLDERS[id]}/`));
        if (!own) bad.push(`${f} imports ${spec}`);
      }
    }
    for (const dir of Object.values(DATA_FOLDERS)) {
      for (const f of fs.readdirSync(path.join(RULES_DIR, dir))) {
        if (!f.endsWith('.ts')) continue;
        for (const spec of importsOf(path.join(RULES_DIR, dir, f))) if (/^\.\.\/[^./]/.test(spec) && !spec.startsWith('../../')) bad.push(`${dir}/${f} imports ${spec}`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  it('the check sees imports (it is not vacuous)', () => {
    assert.ok(importsOf(path.join(RULES_DIR, 'reversed-line.ts')).some((s) => s === '../lexicon/visualLine'));
    assert.ok(importsOf(path.join(RULES_DIR, 'missing-numeral', 'index.ts')).some((s) => s === '../../types'));
  });
});
