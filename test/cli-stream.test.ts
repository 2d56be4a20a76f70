/**
 * The streamed lint output (cli/format.ts, cli/lintRun.ts, cli/spool.ts) and the worker threads (cli/pool.ts):
 * the bytes are those of JSON.stringify over the whole output, the output comes in pieces, and the threaded run
 * writes exactly what the single-threaded one writes.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { ByteOut } from '../server/src/cli/bytes';
import { jsonFindingBytes, jsonFindingText } from '../server/src/cli/format';
import { Io, run, runAsync } from '../server/src/cli/main';
import { threadedRuns } from '../server/src/cli/pool';
import { Spool } from '../server/src/cli/spool';
import { LineIndex } from '../server/src/core/text/lines';
import type { Finding, Fix } from '../server/src/core/types';
import { eachTestInTempDir } from './tempDir';

const T = '\u0640';
const ROOT = path.resolve(__dirname, '..', '..');

/** The JSON of a finding as the CLI built it before it streamed (one object, then JSON.stringify). */
function referenceFinding(f: Finding, lines: LineIndex) {
  const range = (s: number, e: number) => ({ start: lines.position(s), end: lines.position(e) });
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    range: range(f.start, f.end),
    fixes: f.fixes
      .filter((x) => x.edits.length > 0)
      .map((x) => ({
        title: x.title,
        ...(x.preferred ? { preferred: true } : {}),
        edits: x.edits.map((e) => ({ range: range(e.start, e.end), newText: x.snippet ? x.plainText ?? e.newText : e.newText })),
      })),
  };
}

/** A finding's text inside `{ "<file>": [ … ] }` as JSON.stringify(…, null, 2) writes it. */
function reference(f: Finding, lines: LineIndex): string {
  const whole = JSON.stringify({ f: [referenceFinding(f, lines)] }, null, 2);
  return whole.slice('{\n  "f": [\n'.length, whole.length - '\n  ]\n}'.length);
}

function capture(env: NodeJS.ProcessEnv = {}): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false, env: { NO_COLOR: '1', ...env }, cwd: process.cwd() }, out, err };
}

describe('CLI output, streamed', () => {
  it('writes a finding as JSON.stringify does, whatever its strings and fixes (property)', () => {
    const text = 'سطر أول\r\nثانٍ 😀\rثالث\n\nخامس';
    const lines = new LineIndex(text);
    const offset = fc.integer({ min: -2, max: text.length + 2 });
    const edit = fc.record({ start: offset, end: offset, newText: fc.string({ unit: 'binary' }) });
    const fix: fc.Arbitrary<Fix> = fc.record(
      {
        title: fc.string({ unit: 'binary' }),
        edits: fc.array(edit, { maxLength: 3 }),
        preferred: fc.boolean(),
        snippet: fc.boolean(),
        plainText: fc.string(),
      },
      { requiredKeys: ['title', 'edits'] },
    ) as fc.Arbitrary<Fix>;
    const finding = fc.record({
      ruleId: fc.constantFrom('tatweel', 'missing-numeral', 'x"\\\u2028'),
      severity: fc.constantFrom('error', 'warning', 'info', 'hint'),
      message: fc.string({ unit: 'binary' }),
      start: offset,
      end: offset,
      fixes: fc.array(fix, { maxLength: 3 }),
    }) as fc.Arbitrary<Finding>;
    fc.assert(fc.property(finding, (f) => jsonFindingText(f, lines) === reference(f, lines)), { numRuns: 2000 });
    // the byte writer: the same bytes as the text's UTF-8 (lone surrogates escaped by JSON.stringify first)
    fc.assert(
      fc.property(finding, (f) => {
        const got: Buffer[] = [];
        const w = new ByteOut((b) => got.push(b), 64);
        jsonFindingBytes(f, lines, w);
        jsonFindingBytes(f, lines, w); // the second time from the strings' cache
        w.flush();
        const one = Buffer.from(reference(f, lines), 'utf8');
        return Buffer.concat(got).equals(Buffer.concat([one, one]));
      }),
      { numRuns: 2000 },
    );
  });

  describe('on files', () => {
    let dir: string;
    const write = eachTestInTempDir('tadqiq-stream-', (d) => (dir = d));
    const draft = fs.readFileSync(path.join(ROOT, 'samples', 'draft.ar.txt'), 'utf8');

    it('writes every finding of the sample draft as JSON.stringify does, in pieces of one finding', () => {
      const big = Array.from({ length: 20 }, () => draft).join('\n');
      const file = path.join(dir, write('big.txt', big));
      const { io, out } = capture();
      assert.strictEqual(run(['lint', '--format', 'json', file], io), 1);
      const whole = out.join('');
      const findings = JSON.parse(whole)[file];
      assert.ok(findings.length > 100, `${findings.length} findings`);
      // one piece per finding (and the file's opening and closing), never the whole output at once
      assert.ok(out.length >= findings.length, `${out.length} pieces for ${findings.length} findings`);
      assert.ok(Math.max(...out.map((s) => s.length)) < 4096);
      assert.strictEqual(whole, JSON.stringify(JSON.parse(whole), null, 2) + '\n');
    });

    it('writes the same bytes through the byte buffer as through strings (several files, unusual names, text and json)', () => {
      for (const n of ['b.txt', '12', '3', '__proto__']) write(n, `قال الوزي${T}ر\n` + draft.slice(0, 300));
      write('c.txt', Array.from({ length: 40 }, () => draft).join('\n'));
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        for (const argv of [['lint', '--format', 'json', 'b.txt', 'c.txt'], ['lint', '--format', 'json', 'c.txt', '12', 'b.txt', '__proto__', '3'], ['lint', 'c.txt', 'b.txt'], ['lint', '--format', 'json', 'missing.txt', 'c.txt']]) {
          const plain = capture();
          const bytes = capture();
          const got: Buffer[] = [];
          const w = new ByteOut((b) => got.push(b), 2048);
          bytes.io.bytes = w;
          bytes.io.out = (s) => w.text(s);
          bytes.io.err = (s) => {
            w.flush();
            bytes.err.push(s);
          };
          assert.strictEqual(run(argv, bytes.io), run(argv, plain.io));
          w.flush();
          assert.ok(got.length > 10, `${got.length} buffers`);
          assert.strictEqual(Buffer.concat(got).toString('utf8'), plain.out.join(''), argv.join(' '));
          assert.deepStrictEqual(bytes.err, plain.err);
        }
      } finally {
        process.chdir(cwd);
      }
    });

    it('keeps JSON.stringify’s order of members whose names are array indices, and drops __proto__', () => {
      for (const n of ['b.txt', '12', '3', '__proto__', '07']) write(n, `قال الوزي${T}ر`);
      const { io, out } = capture();
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        run(['lint', '--format', 'json', 'b.txt', '12', '__proto__', '07', '3'], io);
      } finally {
        process.chdir(cwd);
      }
      const json = JSON.parse(out.join(''));
      assert.deepStrictEqual(Object.keys(json), ['3', '12', 'b.txt', '07']);
      assert.strictEqual(out.join(''), JSON.stringify(json, null, 2) + '\n');
    });

    it('threads write the same bytes, errors and exit code as one thread (text, json, sarif, --quiet)', async function () {
      this.timeout(120000);
      for (let i = 0; i < 12; i++) write(`d${i % 3}/f${i}.txt`, i % 4 === 0 ? 'نص سليم.\n' : draft.slice(0, 400 * (i + 1)));
      write('d1/binary.txt', Buffer.from([0x61, 0, 0x62]));
      write('d2/.tadqiq/reviewed.json', '{ not json');
      write('d2/z.md', `# عنوان\n\nقال الوزي${T}ر`);
      for (const extra of [[], ['--format', 'json'], ['--format', 'sarif'], ['--quiet'], ['--format', 'json', '--max-warnings', '3']]) {
        const argv = ['lint', ...extra, dir, path.join(dir, 'missing.txt')];
        const one = capture({ TADQIQ_JOBS: '1' });
        const many = capture({ TADQIQ_JOBS: '3' });
        const code1 = await runAsync(argv, one.io);
        const before = threadedRuns.count;
        const code3 = await runAsync(argv, many.io);
        assert.strictEqual(threadedRuns.count, before + 1, 'the run used threads');
        assert.strictEqual(code3, code1, extra.join(' '));
        assert.strictEqual(many.out.join(''), one.out.join(''), extra.join(' '));
        assert.strictEqual(many.err.join(''), one.err.join(''), extra.join(' '));
        assert.strictEqual(code1, 2);
        assert.match(one.err.join(''), /binary\.txt: binary file/);
        assert.match(one.err.join(''), /reviewed\.json/);
        if (extra[1] !== 'sarif' && extra[0] !== '--quiet') assert.ok(one.out.join('').length > 1000);
      }
    });
  });

  it('a spool gives back what it was given, through its file when it grows', () => {
    const spool = new Spool(10);
    const parts = ['أبجد', 'x', '😀😀', '', 'هوز'.repeat(50), '\u0640'];
    for (const p of parts) spool.write(p);
    const got: string[] = [];
    spool.drain((s) => got.push(s));
    assert.strictEqual(got.join(''), parts.join(''));
    assert.ok(got.length > 1);
    // empty afterwards
    const again: string[] = [];
    spool.drain((s) => again.push(s));
    assert.strictEqual(again.join(''), '');
  });
});
