/**
 * Issue 13's start-up: bin/tadqiq.js answers `--help`, `--version` and `rules` from dist/cli-start.js, without loading
 * the CLI's bundle (dist/cli.js) and the rules' code. Its answers must be those of the whole CLI, byte for byte, for
 * those commands and for every command line it hands on.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { eachTestInTempDir } from './tempDir';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tadqiq.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const START = path.join(ROOT, 'dist', 'cli-start.js');

describe('CLI start-up bundle (dist/cli-start.js)', () => {
  let dir: string;
  const write = eachTestInTempDir('tadqiq-start-', (d) => (dir = d));

  /** stdout, stderr and exit code of a command line; `loaded`: which of the two bundles the process required. */
  function runOf(script: string, args: string[]) {
    // a preload that lists, at exit, the bundles required (the compile cache is off: bin/tadqiq.js then require()s dist/cli.js)
    const hook = path.join(dir, 'hook.js');
    fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(path.join(dir, 'loaded.json'))}, JSON.stringify(Object.keys(require.cache))));\n`);
    const r = spawnSync(process.execPath, ['-r', hook, script, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', TADQIQ_NO_COMPILE_CACHE: '1' },
    });
    const loaded = JSON.parse(fs.readFileSync(path.join(dir, 'loaded.json'), 'utf8')) as string[];
    return { code: r.status, out: r.stdout, err: r.stderr, cli: loaded.includes(CLI), start: loaded.includes(START) };
  }

  const light = [['rules'], ['rules', '--format', 'json'], ['rules', '--lang', 'ar'], ['rules', '--rules', 'tatweel,diacritic'], ['--help'], ['-h'], ['--version'], ['-v'], [], ['rules', '--format', 'sarif'], ['--bogus'], ['rules', '--rules', 'nope'], ['--format=xml']];
  for (const args of light) {
    it(`tadqiq ${args.join(' ') || '(no arguments)'}: the whole CLI's answer, without loading it`, () => {
      const bin = runOf(BIN, args);
      const cli = runOf(CLI, args);
      assert.deepStrictEqual({ code: bin.code, out: bin.out, err: bin.err }, { code: cli.code, out: cli.out, err: cli.err });
      assert.ok(bin.start && !bin.cli, 'bin/tadqiq.js loaded dist/cli.js');
    });
  }

  const handedOn = [['lint', 'd.txt'], ['--format', 'json', 'lint', 'd.txt'], ['fix', 'd.txt'], ['report', 'd.txt'], ['nonsense', 'd.txt'], ['extract']];
  for (const args of handedOn) {
    it(`tadqiq ${args.join(' ')}: the whole CLI runs it`, () => {
      write('d.txt', 'قال الوزي\u0640\u0640ر\n');
      const bin = runOf(BIN, args);
      const cli = runOf(CLI, args);
      assert.deepStrictEqual({ code: bin.code, out: bin.out, err: bin.err }, { code: cli.code, out: cli.out, err: cli.err });
      assert.ok(bin.cli, 'bin/tadqiq.js did not load dist/cli.js');
    });
  }

  it("a lint of one file loads neither node's os nor its string_decoder module (a run of many files or a spool that spills asks for them)", function () {
    write('d.txt', 'قال الوزي\u0640\u0640ر إن الخطة ستنطلق\n');
    const hook = path.join(dir, 'modules.js');
    const list = path.join(dir, 'modules.json');
    fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList ?? null)));\n`);
    // (SARIF is left out: its run loads string_decoder through node's own modules)
    for (const format of ['text', 'json']) {
      // (the output to a file, as a run redirected: a pipe makes node's stdout stream, which loads string_decoder itself)
      const out = fs.openSync(path.join(dir, `out.${format}`), 'w');
      const r = spawnSync(process.execPath, ['-r', hook, BIN, 'lint', '--format', format, 'd.txt'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', out, 'pipe'], env: { ...process.env, NO_COLOR: '1', TADQIQ_NO_COMPILE_CACHE: '1' } });
      fs.closeSync(out);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.ok(fs.statSync(path.join(dir, `out.${format}`)).size > 0, 'no output');
      const modules = JSON.parse(fs.readFileSync(list, 'utf8')) as string[] | null;
      if (!Array.isArray(modules)) this.skip(); // (a node without process.moduleLoadList)
      assert.deepStrictEqual(modules.filter((m) => m === 'NativeModule os' || m === 'NativeModule string_decoder'), [], format);
    }
  });

  it("a lint through the code cache loads no more of node than the lint itself needs (not node's public module API)", function () {
    if (process.platform === 'win32') this.skip();
    write('d.txt', 'قال الوزي\u0640\u0640ر إن الخطة ستنطلق\n');
    const hook = path.join(dir, 'modules.js');
    const list = path.join(dir, 'modules.json');
    fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList ?? null)));\n`);
    const cache = path.join(dir, 'cache');
    fs.mkdirSync(cache, { mode: 0o700 });
    // (twice: the first run makes the cache, the second runs from it)
    for (let i = 0; i < 2; i++) {
      const r = spawnSync(process.execPath, ['-r', hook, BIN, 'lint', 'd.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TADQIQ_CACHE_DIR: cache } });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const modules = JSON.parse(fs.readFileSync(list, 'utf8')) as string[] | null;
      if (!Array.isArray(modules)) this.skip();
      // (node >= 22.1 has a compile cache of its own, asked for through the module API: nothing to check there)
      if (typeof (require('module') as { enableCompileCache?: unknown }).enableCompileCache === 'function') this.skip();
      assert.deepStrictEqual(modules.filter((m) => m === 'NativeModule module' || m === 'NativeModule internal/modules/esm/loader'), [], `run ${i + 1}`);
    }
  });

  it('holds no rule code: the rules are values made at build time', () => {
    const text = fs.readFileSync(START, 'utf8');
    assert.doesNotMatch(text, /server\/src\/core\/(registry|engine|rules\/)/);
    assert.match(text, /"id":\s*"unattributed-claim"/);
    assert.ok(text.length < 100_000, `${text.length} characters`);
  });
});

describe('bin/tadqiq.js: the code cache and the V8 flags of a run', () => {
  let dir: string;
  const write = eachTestInTempDir('tadqiq-cache-', (d) => (dir = d));
  const run = (args: string[], env: NodeJS.ProcessEnv, execArgv: string[] = []) => {
    const r = spawnSync(process.execPath, [...execArgv, BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('a lint with the cache made, used, corrupt or unwritable says what it says without one, and nothing more', function () {
    if (process.platform === 'win32') this.skip();
    write('d.txt', 'قال الوزي\u0640\u0640ر في 2020 إن الخطة ستنطلق.\n');
    const args = ['lint', '--format', 'json', 'd.txt'];
    const plain = run(args, { TADQIQ_NO_COMPILE_CACHE: '1' });
    assert.strictEqual(plain.code, 1);
    assert.strictEqual(plain.err, '');
    const cache = path.join(dir, 'cache');
    fs.mkdirSync(cache, { mode: 0o700 });
    const env = { TADQIQ_CACHE_DIR: cache };
    // made by the first run (where node has no compile cache of its own), used by the second
    assert.deepStrictEqual(run(args, env), plain);
    assert.deepStrictEqual(run(args, env), plain);
    const files = fs.readdirSync(cache);
    if (typeof (require('module') as { enableCompileCache?: unknown }).enableCompileCache !== 'function') {
      assert.ok(files.some((f) => /^cli-.*-lint\.cache$/.test(f)), files.join(' '));
      // a corrupt cache is rejected by V8 and made again
      for (const f of files) fs.writeFileSync(path.join(cache, f), Buffer.alloc(1000, 7));
      assert.deepStrictEqual(run(args, env), plain);
      assert.deepStrictEqual(run(args, env), plain);
    }
    // a cache folder it cannot write to
    fs.rmSync(cache, { recursive: true });
    fs.mkdirSync(cache, { mode: 0o500 });
    assert.deepStrictEqual(run(args, env), plain);
    fs.chmodSync(cache, 0o700);
  });

  it('the V8 flags it sets for a run leave no warning of node\'s on stderr, whatever node is told of deprecations', () => {
    write('d.txt', 'قال الوزير إن الخطة ستنطلق.\n');
    for (const execArgv of [[], ['--pending-deprecation'], ['--throw-deprecation'], ['--trace-deprecation']]) {
      const r = run(['lint', 'd.txt'], { TADQIQ_NO_COMPILE_CACHE: '1' }, execArgv);
      assert.deepStrictEqual({ code: r.code, err: r.err }, { code: 0, err: '' }, execArgv.join(' '));
    }
  });
});
