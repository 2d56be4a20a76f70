// `npm test`: everything, in order, ending with one line `N passed, M failed`.
//   1. build (esbuild bundles + the VSIX)      2. type-check and compile tests (tsc → out/)
//   3. unit, golden, property, CLI and LSP-over-stdio tests, Neovim (mocha)
//   4. the web language server in a Web Worker of headless Chromium (test/browser/run-worker.mjs), extractPdf in one
//      (test/browser/run-pdf-worker.mjs), then
//      end-to-end in a real VS Code (code-server + Chromium), UI screenshot, VSIX install, the web-only extension
// Options: --only unit (steps 1–3), TADQIQ_SKIP_E2E=1 (same).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const root = path.resolve(new URL('..', import.meta.url).pathname);
process.chdir(root);
const onlyUnit = process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'unit';
const skipE2E = onlyUnit || process.env.TADQIQ_SKIP_E2E === '1';

let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args, opts = {}) {
  const t0 = Date.now();
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...opts.env }, maxBuffer: 256 * 1024 * 1024 });
  if (opts.capture && r.stdout) process.stdout.write(r.stdout);
  console.log(`== ${name}: exit ${r.status} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r;
}

function check(name, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

// 1. build
check('build', step('build', 'npm', ['run', '-s', 'build:production']).status === 0);
check('package (VSIX)', step('package', 'npm', ['run', '-s', 'package']).status === 0);
// dev build with source maps for the tests' stack traces
step('build (dev)', 'npm', ['run', '-s', 'build']);

// 2. type-check + compile
fs.rmSync('out/server', { recursive: true, force: true });
fs.rmSync('out/test', { recursive: true, force: true });
fs.rmSync('out/client', { recursive: true, force: true });
check('typecheck (tsc, strict)', step('typecheck', 'npx', ['tsc', '-p', '.']).status === 0);

// 3. mocha: everything compiled except the e2e suite (that runs inside VS Code)
if (fs.existsSync('scripts/setup-neovim.sh')) step('setup neovim', 'bash', ['scripts/setup-neovim.sh']);
const files = [];
function walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (p === path.join('out', 'test', 'e2e')) continue;
      walk(p);
    } else if (e.name.endsWith('.test.js')) files.push(p);
  }
}
walk(path.join('out', 'server'));
walk(path.join('out', 'test'));
files.sort();
// Property tests: a fixed seed on CI (a run is reproducible and a landing is not decided by luck),
// a fresh one elsewhere; FC_SEED=<n> replays a failure. The seed is printed either way.
const fcSeed = Number(process.env.FC_SEED ?? (process.env.CI ? 20261124 : Date.now() % 2 ** 31));
require('fast-check').configureGlobal({ seed: fcSeed });
console.log(`== property tests: fast-check seed ${fcSeed} (replay with FC_SEED=${fcSeed})`);
const mochaModule = require('mocha');
const Mocha = mochaModule.Mocha ?? mochaModule.default ?? mochaModule;
const mocha = new Mocha({ timeout: 60000, reporter: 'spec' });
for (const f of files) mocha.addFile(path.resolve(f));
let stats;
try {
  await mocha.loadFilesAsync();
  stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
} catch (e) {
  console.error('mocha could not load the tests:', e);
  stats = { passes: 0, failures: 1, pending: 0 };
}
console.log(`== mocha: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} pending`);
passed += stats.passes;
failed += stats.failures;
if (stats.failures) failures.push(`${stats.failures} mocha test(s)`);

// 4. end-to-end in a real VS Code
if (!skipE2E) {
  const setup = step('setup e2e', 'bash', ['scripts/setup-e2e.sh']);
  if (setup.status !== 0) check('e2e setup', false);
  else {
    // the web language server in a Web Worker of headless Chromium (the browser setup-e2e.sh installed)
    const w = step('worker (browser)', 'node', ['test/browser/run-worker.mjs'], { capture: true });
    const wm = /^worker: (\d+) passed, (\d+) failed/m.exec(w.stdout ?? '');
    if (wm) {
      passed += Number(wm[1]);
      failed += Number(wm[2]);
      if (Number(wm[2]) || w.status !== 0) failures.push('worker');
      if (w.status !== 0 && Number(wm[2]) === 0) check('worker runner exit status', false);
    } else check('worker (no result line)', false);
    // extractPdf (issue 14) in a Web Worker, pdf.js with its fake worker
    const pw = step('pdf worker (browser)', 'node', ['test/browser/run-pdf-worker.mjs'], { capture: true });
    const pm = /^pdf worker: (\d+) passed, (\d+) failed/m.exec(pw.stdout ?? '');
    if (pm) {
      passed += Number(pm[1]);
      failed += Number(pm[2]);
      if (Number(pm[2]) || pw.status !== 0) failures.push('pdf worker');
    } else check('pdf worker (no result line)', false);
    const r = step('e2e', 'node', ['test/e2e/run-code-server.mjs'], { capture: true, env: { TADQIQ_E2E_REQUIRE_VSIX: '1' } });
    const m = /^e2e: (\d+) passed, (\d+) failed/m.exec(r.stdout ?? '');
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
      if (Number(m[2]) || r.status !== 0) failures.push('e2e');
      if (r.status !== 0 && Number(m[2]) === 0) check('e2e runner exit status', false);
    } else check('e2e (no result line)', false);
  }
}

if (failures.length) console.log(`\nfailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
