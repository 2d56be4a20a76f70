/**
 * Broken files and the CLI (issue "A fresh machine, a hurried editor, a broken file"): a corrupt
 * `.tadqiq.json` or `.tadqiq/reviewed.json` gives one clear message and the defaults; `fix --write` leaves
 * a read-only file, a file deleted after it was read and a file changed on disk between read and write as
 * they are, with one error on stderr and exit 2. The read/write race is made deterministic through the
 * `beforeWrite` seam of `run()` and by calling writeFileAtomic directly, never by timing.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Io, run } from '../server/src/cli/main';
import { digestOf, readTextFile, writeFileAtomic, WriteRefused } from '../server/src/node/files';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const T = '\u0640';
const DRAFT = `قال الوزي${T}${T}ر إن الخطة جاهزة.\n`;
const FIXED = 'قال الوزير إن الخطة جاهزة.\n';

function tadqiq(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** run() in this process, with stdout/stderr captured and an optional hook just before each write. */
function runIn(cwd: string, argv: string[], beforeWrite?: (file: string) => void) {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env: { NO_COLOR: '1' }, cwd, beforeWrite };
  // run() resolves paths against process.cwd() for expansion: give absolute paths
  const code = run(argv.map((a) => (a.endsWith('.txt') ? path.join(cwd, a) : a)), io);
  return { code, out, err };
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim());

describe('CLI: broken files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-cli-faults-'));
  });
  afterEach(() => {
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
  };
  const noTemporaryFiles = () => assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), [], 'no temporary file left');

  describe('.tadqiq.json', () => {
    /** [what, file content, a phrase of the one warning per problem] — wrong types: warnings, defaults, findings still reported. */
    const WRONG_TYPES: Array<[string, string, RegExp[]]> = [
      ['rules a string', JSON.stringify({ rules: 'tatweel' }), [/tadqiq\.rules: expected an object/]],
      ['rules an array', JSON.stringify({ rules: ['tatweel'] }), [/tadqiq\.rules: expected an object/]],
      ['a rule level a number', JSON.stringify({ rules: { tatweel: 42 } }), [/tadqiq\.rules\.tatweel: expected one of/]],
      ['an unknown rule', JSON.stringify({ rules: { 'no-such-rule': 'off' } }), [/tadqiq\.rules\.no-such-rule: no such rule/]],
      ['messageLanguage 5 and an option of the wrong type', JSON.stringify({ messageLanguage: 5, tatweel: { allow: 'x' } }), [/tadqiq\.messageLanguage/, /tadqiq\.tatweel\.allow: expected string\[\]/]],
      ['the whole file an array', '[1, 2, 3]', [/settings must be an object/]],
      ['the whole file a string', '"tatweel: off"', [/settings must be an object/]],
    ];
    for (const [what, content, expected] of WRONG_TYPES) {
      it(`${what}: one warning per problem, the defaults apply (exit 1 on the finding)`, () => {
        write('d.txt', DRAFT);
        write('.tadqiq.json', content);
        const r = tadqiq(['lint', 'd.txt'], dir);
        assert.strictEqual(r.code, 1, r.err);
        assert.match(r.out, /^d\.txt:1:5 warning Stray tatweel.*\[tatweel\]$/m, 'default severity and English messages');
        const errs = lines(r.err);
        assert.strictEqual(errs.length, expected.length, r.err);
        expected.forEach((re, i) => {
          assert.match(errs[i], re);
          assert.match(errs[i], /^tadqiq: warning: .*\.tadqiq\.json: /, 'names the file');
        });
      });
    }

    for (const [what, content, expected] of [
      ['not JSON', '{ rules: ', /\.tadqiq\.json: not valid JSON/],
      ['empty', '', /\.tadqiq\.json: not valid JSON/],
      ['a merge conflict', '<<<<<<< HEAD\n{"rules":{}}\n=======\n{}\n>>>>>>> b\n', /\.tadqiq\.json: not valid JSON/],
    ] as Array<[string, string, RegExp]>) {
      it(`${what}: one clear error, exit 2 (the contract for a settings file that cannot be read)`, () => {
        write('d.txt', DRAFT);
        write('.tadqiq.json', content);
        const r = tadqiq(['lint', 'd.txt'], dir);
        assert.strictEqual(r.code, 2);
        assert.strictEqual(lines(r.err).length, 1, r.err);
        assert.match(r.err, expected);
        assert.strictEqual(r.out, '');
      });
    }

    it('a directory named .tadqiq.json: one clear error, exit 2', () => {
      write('d.txt', DRAFT);
      fs.mkdirSync(path.join(dir, '.tadqiq.json'));
      const r = tadqiq(['lint', 'd.txt'], dir);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(lines(r.err).length, 1, r.err);
      assert.match(r.err, /\.tadqiq\.json: is a directory/);
    });

    it('a .tadqiq.json saved with a BOM (Notepad) is read like any other', () => {
      write('d.txt', DRAFT);
      write('.tadqiq.json', '\ufeff' + JSON.stringify({ rules: { tatweel: 'error' } }));
      const r = tadqiq(['lint', 'd.txt'], dir);
      assert.strictEqual(r.err, '');
      assert.strictEqual(r.code, 1);
      assert.match(r.out, /^d\.txt:1:5 error /m);
    });
  });

  describe('.tadqiq/reviewed.json', () => {
    const BROKEN: Array<[string, string, RegExp]> = [
      ['not JSON', '{"version": 1, "reviewed": [', /reviewed\.json: not valid JSON/],
      ['a merge conflict', '<<<<<<< HEAD\n{"version":1,"reviewed":["a"]}\n=======\n{"version":1,"reviewed":["b"]}\n>>>>>>> theirs\n', /unresolved merge conflict/],
      ['reviewed a string', JSON.stringify({ version: 1, reviewed: 'all' }), /reviewed\.json: expected \{"version": 1, "reviewed": \[\.\.\.\]\}/],
      ['null', 'null', /reviewed\.json: expected/],
      ['empty', '', /reviewed\.json: not valid JSON/],
    ];
    for (const [what, content, expected] of BROKEN) {
      it(`${what}: one warning for the whole run (three drafts in two folders), the drafts are linted as if nothing was reviewed`, () => {
        write('.tadqiq/reviewed.json', content);
        write('a.txt', DRAFT);
        write('b.txt', DRAFT);
        write('sub/c.txt', DRAFT);
        const r = tadqiq(['lint', 'a.txt', 'b.txt', path.join('sub', 'c.txt')], dir);
        assert.strictEqual(r.code, 1, r.err);
        assert.strictEqual((r.out.match(/\[tatweel\]/g) ?? []).length, 3, r.out);
        assert.strictEqual(lines(r.err).length, 1, `one message, got:\n${r.err}`);
        assert.match(r.err, /^tadqiq: warning: .*reviewed\.json: /);
        assert.match(r.err, expected);
        assert.match(r.err, /reviews in it are ignored/);
        assert.strictEqual(fs.readFileSync(path.join(dir, '.tadqiq', 'reviewed.json'), 'utf8'), content, 'never rewritten');
      });
    }

    it('a directory named reviewed.json: one warning, defaults', () => {
      fs.mkdirSync(path.join(dir, '.tadqiq', 'reviewed.json'), { recursive: true });
      write('a.txt', DRAFT);
      const r = tadqiq(['lint', 'a.txt'], dir);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(lines(r.err).length, 1, r.err);
      assert.match(r.err, /reviewed\.json: cannot be read/);
    });
  });

  describe('fix --write', () => {
    it('a read-only file is left as it was (content and mode), one error, exit 2; the other files are fixed', () => {
      const ro = write('ro.txt', DRAFT);
      const rw = write('rw.txt', DRAFT);
      fs.chmodSync(ro, 0o444);
      const r = tadqiq(['fix', '--write', 'ro.txt', 'rw.txt'], dir);
      assert.strictEqual(r.code, 2);
      const errs = lines(r.err).filter((l) => !/fix(es)? applied/.test(l));
      assert.strictEqual(errs.length, 1, r.err);
      assert.match(errs[0], /ro\.txt: could not write: read-only file; left unchanged/);
      assert.strictEqual(fs.readFileSync(ro, 'utf8'), DRAFT);
      assert.strictEqual(fs.statSync(ro).mode & 0o777, 0o444);
      assert.strictEqual(fs.readFileSync(rw, 'utf8'), FIXED);
      noTemporaryFiles();
    });

    it('a file deleted after it was read is not recreated; one error, exit 2', () => {
      const p = write('gone.txt', DRAFT);
      const r = runIn(dir, ['fix', '--write', 'gone.txt'], (f) => fs.unlinkSync(f));
      assert.strictEqual(r.code, 2);
      assert.strictEqual(lines(r.err).length, 1, r.err);
      assert.match(r.err, /gone\.txt: could not write: deleted after it was read/);
      assert.ok(!fs.existsSync(p), 'still deleted');
      noTemporaryFiles();
    });

    it('a file changed on disk between read and write keeps the new content; one error, exit 2', () => {
      const p = write('busy.txt', DRAFT);
      const theirs = `${DRAFT}سطر أضافه محرر آخر.\n`;
      const r = runIn(dir, ['fix', '--write', 'busy.txt'], (f) => fs.writeFileSync(f, theirs));
      assert.strictEqual(r.code, 2);
      assert.strictEqual(lines(r.err).length, 1, r.err);
      assert.match(r.err, /busy\.txt: could not write: changed on disk after it was read; left unchanged/);
      assert.strictEqual(fs.readFileSync(p, 'utf8'), theirs);
      noTemporaryFiles();
    });

    it('a change of the same size with the old modification time is still seen (the bytes are compared)', () => {
      const p = write('same.txt', DRAFT);
      const { mtime, atime } = fs.statSync(p);
      const theirs = DRAFT.replace('الخطة', 'الخريطة'.slice(0, 5)); // the same length in UTF-16 and in bytes
      assert.strictEqual(Buffer.byteLength(theirs), Buffer.byteLength(DRAFT));
      assert.notStrictEqual(theirs, DRAFT);
      const r = runIn(dir, ['fix', '--write', 'same.txt'], (f) => {
        fs.writeFileSync(f, theirs);
        fs.utimesSync(f, atime, mtime);
      });
      assert.strictEqual(r.code, 2, r.err);
      assert.strictEqual(fs.readFileSync(p, 'utf8'), theirs);
    });

    it('control: with a hook that changes nothing the file is fixed (exit 0), so the refusals above are not an accident', () => {
      const p = write('ok.txt', `\ufeff${DRAFT}`);
      let called = 0;
      const r = runIn(dir, ['fix', '--write', 'ok.txt'], () => called++);
      assert.strictEqual(r.code, 0, r.err);
      assert.strictEqual(called, 1);
      assert.strictEqual(fs.readFileSync(p, 'utf8'), `\ufeff${FIXED}`, 'BOM kept');
      noTemporaryFiles();
    });

    it('writeFileAtomic itself: refuses a changed, deleted or read-only file with WriteRefused and leaves it alone', () => {
      const p = write('direct.txt', DRAFT);
      const read = readTextFile(p);
      assert.ok(read.ok && read.digest === digestOf(fs.readFileSync(p)));
      const digest = read.ok ? read.digest : undefined;
      fs.appendFileSync(p, 'x');
      assert.throws(() => writeFileAtomic(p, FIXED, { expect: digest }), (e: Error) => e instanceof WriteRefused && /changed on disk/.test(e.message));
      assert.strictEqual(fs.readFileSync(p, 'utf8'), `${DRAFT}x`);
      fs.unlinkSync(p);
      assert.throws(() => writeFileAtomic(p, FIXED, { expect: digest }), (e: Error) => e instanceof WriteRefused && /deleted/.test(e.message));
      assert.ok(!fs.existsSync(p));
      write('direct.txt', DRAFT);
      fs.chmodSync(p, 0o400);
      assert.throws(() => writeFileAtomic(p, FIXED), (e: Error) => e instanceof WriteRefused && /read-only/.test(e.message));
      assert.strictEqual(fs.readFileSync(p, 'utf8'), DRAFT);
      fs.chmodSync(p, 0o644);
      writeFileAtomic(p, FIXED, { expect: digestOf(fs.readFileSync(p)) });
      assert.strictEqual(fs.readFileSync(p, 'utf8'), FIXED);
      writeFileAtomic(path.join(dir, 'new.txt'), FIXED);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'new.txt'), 'utf8'), FIXED, 'a new file without expect is still written');
      noTemporaryFiles();
    });
  });
});
