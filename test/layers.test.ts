/**
 * ARCHITECTURE.md's layers, bottom up: characters (`text/`) → lexicon (`lexicon/`) → the document and its repaired
 * view → rules → engine. A lower layer never imports a higher one.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const CORE = path.resolve(__dirname, '..', '..', 'server', 'src', 'core');

function importsOf(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  return [...src.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

/** Where the relative imports of the non-test .ts files of `dir` lead, as core-relative paths. */
function targets(dir: string): Array<{ file: string; to: string }> {
  const out: Array<{ file: string; to: string }> = [];
  for (const f of fs.readdirSync(path.join(CORE, dir))) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
    for (const spec of importsOf(path.join(CORE, dir, f))) {
      if (!spec.startsWith('.')) continue;
      out.push({ file: `${dir}/${f}`, to: path.relative(CORE, path.resolve(CORE, dir, spec)) });
    }
  }
  return out;
}

describe('layers', () => {
  it('text/ imports only text/', () => {
    const t = targets('text');
    assert.ok(t.length > 3, 'the check sees imports');
    assert.deepStrictEqual(t.filter((x) => !x.to.startsWith('text/')).map((x) => `${x.file} → ${x.to}`), []);
  });
  it('lexicon/ imports only lexicon/ and text/', () => {
    const t = targets('lexicon');
    assert.ok(t.length > 3, 'the check sees imports');
    assert.deepStrictEqual(t.filter((x) => !x.to.startsWith('text/') && !x.to.startsWith('lexicon/')).map((x) => `${x.file} → ${x.to}`), []);
  });
  it('the document and the view import no rule and not the engine', () => {
    const bad: string[] = [];
    for (const f of ['document.ts', 'view.ts']) for (const spec of importsOf(path.join(CORE, f))) if (/rules\/|engine|registry/.test(spec)) bad.push(`${f} → ${spec}`);
    assert.deepStrictEqual(bad, []);
  });

  it('server/src/pdf (issue 14) sits on the core: no Node built-in, no editor or LSP module; pdf.js only through pdfjs.ts; the core never imports it', () => {
    const PDF = path.resolve(CORE, '..', 'pdf');
    const bad: string[] = [];
    let seen = 0;
    for (const f of fs.readdirSync(PDF)) {
      if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f.endsWith('.d.ts')) continue;
      const src = fs.readFileSync(path.join(PDF, f), 'utf8');
      const specs = [...importsOf(path.join(PDF, f)), ...[...src.matchAll(/\bimport\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1])];
      for (const spec of specs) {
        seen++;
        if (spec.startsWith('./')) continue;
        if (spec.startsWith('../core/') || spec.startsWith('../shared/')) continue;
        if (spec.startsWith('pdfjs-dist/') && f === 'pdfjs.ts') continue;
        bad.push(`pdf/${f} → ${spec}`);
      }
    }
    assert.ok(seen > 5, 'the check sees imports');
    assert.deepStrictEqual(bad, []);
    const intoPdf: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts')) for (const spec of importsOf(p)) if (/(^|\/)pdf\//.test(spec)) intoPdf.push(`${path.relative(CORE, p)} → ${spec}`);
      }
    };
    walk(CORE);
    assert.deepStrictEqual(intoPdf, []);
  });

  it('no file of the core is over 700 lines (a rule that grows becomes a folder)', () => {
    const long: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts')) {
          const lines = fs.readFileSync(p, 'utf8').split('\n').length;
          if (lines > 701) long.push(`${path.relative(CORE, p)}: ${lines - 1}`);
        }
      }
    };
    walk(CORE);
    assert.deepStrictEqual(long, []);
  });
});
