/**
 * Issue 13's start-up: the CLI's bundle carries its data tables beside it (dist/cli-data/, esbuild.mjs cliSideData), not
 * as literals in dist/cli.js, and reads each as its module is initialised. Each file must be exactly the string its data module
 * exports (a stale or partial file would change what the CLI finds), and the bundle must hold no large literal.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const CORE = path.join(ROOT, 'server', 'src', 'core');
const DATA_DIR = path.join(ROOT, 'dist', 'cli-data');
const SIDE_MIN = 4096;

/** The data modules under server/src/core (relative, without .ts): *.data.ts and lexicon/data.ts. */
function dataModules(): string[] {
  const out: string[] = [];
  (function walk(d: string) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/(^|\.)data\.ts$/.test(e.name) && !e.name.endsWith('.test.ts')) out.push(path.relative(CORE, p).replace(/\.ts$/, ''));
    }
  })(CORE);
  return out.sort();
}

describe('CLI data beside the bundle (dist/cli-data/)', () => {
  before(() => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });

  it("holds every large string a data module exports, exactly, and nothing else", () => {
    const expected = new Map<string, string>();
    for (const rel of dataModules()) {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const mod = require(path.join(ROOT, 'out', 'server', 'src', 'core', rel)) as Record<string, unknown>;
      const base = rel.split(path.sep).join('-');
      const add = (name: string, v: unknown) => {
        if (typeof v !== 'string' || v.length < SIDE_MIN) return;
        expected.set(`${base}.${name}.${/^[\x00-\x7f]*$/.test(v) ? 'txt' : 'u16'}`, v);
      };
      for (const [k, v] of Object.entries(mod)) {
        add(k, v);
        if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k2, v2] of Object.entries(v)) add(`${k}.${k2}`, v2);
      }
    }
    assert.ok(expected.size >= 5, `${expected.size} large strings found: the scan sees the data modules`);
    // and the default claim lexicon's word tables, computed when the bundle was built (esbuild.mjs claimTables): what
    // the rule computes from its word lists now (a bundle built before a word list changed fails here)
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const claims = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'rules', 'unattributed-claim', 'lexicon')) as typeof import('../server/src/core/rules/unattributed-claim/lexicon');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const tables = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'rules', 'unattributed-claim', 'tables')) as typeof import('../server/src/core/rules/unattributed-claim/tables');
    expected.set('rules-unattributed-claim-builtTables.u16', tables.encodeWordTables(claims.wordTables({})));
    // and the fold tables, computed when the bundle was built (esbuild.mjs foldTables): fold.ts's, code unit for code unit
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const fold = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'text', 'fold')) as typeof import('../server/src/core/text/fold');
    // and the character table (esbuild.mjs charTables): chars.ts's CH, and FLAGGED in its order
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const chars = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'text', 'chars')) as typeof import('../server/src/core/text/chars');
    const binary = new Map<string, Uint16Array | Uint32Array>([
      ['text-foldBuilt.FOLD.u16le', fold.FOLD],
      ['text-foldBuilt.FOLD_LOOSE.u16le', fold.FOLD_LOOSE],
      ['text-charsBuilt.CH.u32le', chars.CH],
      ['text-charsBuilt.FLAGGED.u16le', Uint16Array.from(chars.FLAGGED)],
    ]);
    // and the word trigrams (side data the CLI hands to the core when a one-cut line is first scored, node/sideData.ts):
    // the source's file as it is
    const trigrams = fs.readFileSync(path.join(ROOT, 'server', 'src', 'core', 'lexicon', 'trigrams.data.json'));
    assert.ok(fs.readFileSync(path.join(DATA_DIR, 'trigrams.json')).equals(trigrams), 'dist/cli-data/trigrams.json differs from lexicon/trigrams.data.json');
    assert.deepStrictEqual(fs.readdirSync(DATA_DIR).sort(), [...expected.keys(), ...binary.keys(), 'trigrams.json'].sort());
    for (const [file, table] of binary) {
      const b = fs.readFileSync(path.join(DATA_DIR, file));
      const size = table.BYTES_PER_ELEMENT;
      assert.strictEqual(b.length, size * table.length, file);
      let differ = 0;
      for (let c = 0; c < table.length; c++) if ((size === 4 ? b.readUInt32LE(4 * c) : b.readUInt16LE(2 * c)) !== table[c]) differ++;
      assert.strictEqual(differ, 0, `${file}: ${differ} entries differ from the module's table`);
    }
    // the expansions of FOLD_MULTI, carried in dist/cli.js itself
    const src = fs.readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'latin1');
    const m = /FOLD_BUILT = little\d* \? \{.*, expand: (\[.*\]) \} : null;/.exec(src);
    assert.ok(m, 'dist/cli.js carries the fold expansions');
    const expand: Array<[number, number[]]> = [];
    for (let c = 0; c < 0x10000; c++) if (fold.FOLD[c] === fold.FOLD_MULTI) expand.push([c, [...fold.foldExpansion(c)]]);
    assert.ok(expand.length > 10, `${expand.length} expansions`);
    assert.deepStrictEqual(JSON.parse(m[1]), expand);
    for (const [file, v] of expected) {
      const text = fs.readFileSync(path.join(DATA_DIR, file), file.endsWith('.txt') ? 'latin1' : 'utf16le');
      assert.ok(text === v, `${file} differs from its module's export (${text.length} vs ${v.length} characters)`);
    }
  });

  it('dist/cli.js holds no string literal of the size the tables are written out at', () => {
    const src = fs.readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'latin1');
    let longest = 0;
    for (const m of src.matchAll(/"(?:[^"\\\n]|\\.)*"/g)) longest = Math.max(longest, m[0].length);
    assert.ok(longest > 100, 'the scan sees the bundle\'s strings');
    // (escaped: an Arabic character is six characters \uXXXX in the bundle, so a string of SIDE_MIN is at most 6 x that)
    assert.ok(longest < 6 * SIDE_MIN, `a literal of ${longest} characters`);
  });

  it("dist/cli.js holds no language-server code: its `tadqiq lsp` runs dist/server.js (test/lsp/ drives it through dist/cli.js)", () => {
    const src = fs.readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'latin1');
    assert.match(src, /server\.js/);
    // (names that survive minifying: the protocol's header and a method of it)
    assert.doesNotMatch(src, /Content-Length|textDocument\/publishDiagnostics|vscode-languageserver|vscode-jsonrpc/);
  });

  it('a lint reads the tables when it needs them (split-word asks the word list whether the joined word is one)', () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'tadqiq-cli-data-'));
    try {
      fs.writeFileSync(path.join(dir, 'd.txt'), 'أعلنت الحكو مة أمس عن خطة جديدة لدعم المدار س في المدي نة.\n');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'lint', '--format', 'json', 'd.txt'], { cwd: dir, encoding: 'utf8' });
      assert.strictEqual(r.stderr, '');
      const found = (JSON.parse(r.stdout) as Record<string, { ruleId: string; message: string }[]>)['d.txt'];
      const split = found.filter((f) => f.ruleId === 'split-word').map((f) => f.message);
      assert.ok(split.some((m) => m.includes('الحكومة')) && split.some((m) => m.includes('المدينة')), split.join('\n'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
