#!/usr/bin/env node
/**
 * End-to-end tests of the tadqiq extension in a real VS Code: code-server (VS Code in the browser) driven
 * by Debian's Chromium through playwright-core. Needs `bash scripts/setup-e2e.sh` (installs and caches
 * code-server, Node 24 and Chromium), `npm run build` (dist/) and `npx tsc -p .` (out/test/e2e/).
 *
 * Phases (choose with --phases=suite,ui,vsix,web; by default: suite, then the UI checks once — on the VSIX when
 * a fresh one (packaged after the last change to the sources) exists, else on the development extension; then web):
 *   suite  the mocha suite (out/test/e2e/suite) inside the real extension host, with the extension loaded
 *          from the repository as the development extension — the same thing @vscode/test-electron does;
 *   ui     a workbench with the development extension: open a draft through Quick Open, expect a warning
 *          squiggle, hover it, apply the quick fix from Ctrl+. and see the squiggle go (screenshots in
 *          test-results/);
 *   web    the web-only build (the manifest without `main`, the web bundles only), packaged into a temporary VSIX
 *          and installed: it runs in the browser's web worker extension host, as in VS Code for the Web; the UI
 *          checks, the server's worker, "Ignore here" written to .tadqiq/reviewed.json through vscode.workspace.fs,
 *          and the review report webview;
 *   vsix   install the packaged tadqiq-*.vsix into a fresh extensions folder (`--install-extension`),
 *          open a draft WITHOUT the development path and expect the squiggle. Skipped (with a note) when no
 *          VSIX exists, unless TADQIQ_E2E_REQUIRE_VSIX=1, which makes a missing VSIX a failure.
 *
 * Prints the suite's mocha output, one line per UI check, and last exactly one line
 * `e2e: N passed, M failed`; exits 0 only if M == 0 and N > 0. Everything it starts (code-server's
 * process group, Chromium) is stopped at the end, on error, on SIGINT/SIGTERM and on the hard timeout.
 *
 * Environment:
 *   TADQIQ_CACHE              cache folder of scripts/setup-e2e.sh (default ~/.cache/tadqiq-e2e)
 *   TADQIQ_E2E_TIMEOUT_S      hard timeout of the whole run (default 600)
 *   TADQIQ_E2E_EXTENSION      extension development path (default: the repository root)
 *   TADQIQ_E2E_SUITE          compiled suite folder (default out/test/e2e/suite)
 *   TADQIQ_E2E_VSIX           the VSIX to install (default: the newest tadqiq-*.vsix in the repository root)
 *   TADQIQ_E2E_REQUIRE_VSIX   1: a missing VSIX fails the run
 *   TADQIQ_E2E_GREP           only suite tests whose title matches (passed to the suite)
 *   TADQIQ_E2E_VERBOSE        1: print every line of the extension host's console and code-server's log
 *   TADQIQ_E2E_KEEP           1: keep the temporary folder (logs, workspaces) and print its path
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';
import { pdfUiChecks, writePdfUiFixtures } from './ui-pdf.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const env = process.env;

const CACHE = env.TADQIQ_CACHE || path.join(os.homedir(), '.cache', 'tadqiq-e2e');
const HARD_TIMEOUT_MS = Number(env.TADQIQ_E2E_TIMEOUT_S || 600) * 1000;
const EXTENSION = path.resolve(env.TADQIQ_E2E_EXTENSION || ROOT);
const SUITE = path.resolve(env.TADQIQ_E2E_SUITE || path.join(ROOT, 'out/test/e2e/suite'));
const FIXTURES = path.join(path.dirname(SUITE), 'fixtures', 'drafts.js');
const PDF_FIXTURES = path.join(path.dirname(SUITE), 'fixtures', 'pdf-drafts.js');
const PDF_FILE = path.join(ROOT, 'test', 'fixtures', 'open-pdf', 'draft.pdf');
const RESULTS = path.join(ROOT, 'test-results');
const VERBOSE = env.TADQIQ_E2E_VERBOSE === '1';
const KEEP = env.TADQIQ_E2E_KEEP === '1';
const REQUIRE_VSIX = env.TADQIQ_E2E_REQUIRE_VSIX === '1';
const EXTENSION_ID = 'tadqiq.tadqiq';

const phaseArg = process.argv.find((a) => a.startsWith('--phases='));
/** Explicit phases, or undefined: suite, then the UI checks on the VSIX when a fresh one exists, else on the development extension. */
const EXPLICIT_PHASES = phaseArg ? new Set(phaseArg.slice('--phases='.length).split(',').filter(Boolean)) : undefined;

const started = Date.now();
const say = (...a) => console.log('[e2e]', ...a);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

// ------------------------------------------------------------------ results
const counts = { passed: 0, failed: 0 };
const notes = [];
function check(name, ok, detail = '') {
  if (finishing) return; // after a timeout or signal: phases still unwinding report nothing more
  if (ok) counts.passed++;
  else counts.failed++;
  console.log(`  ${ok ? '\u2713' : '\u2717'} ${name}${detail ? ` \u2014 ${detail}` : ''}`);
}

// ------------------------------------------------------------------ cleanup, always
const groups = new Set(); // process-group ids of the code-servers we started (kept until the very end)
let browser;
let tmpRoot;
let finishing = false;

function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* already gone */
  }
}

function killGroupsNow(signal) {
  for (const pgid of groups) killGroup(pgid, signal);
}

async function finish(reason) {
  if (finishing) return;
  finishing = true;
  clearTimeout(hardTimer);
  if (reason) {
    counts.failed++;
    console.log(`  \u2717 ${reason}`);
  }
  if (browser) await Promise.race([browser.close().catch(() => {}), deadline(10000)]);
  await Promise.all([...servers].map((s) => s.stop()));
  killGroupsNow('SIGKILL');
  if (tmpRoot) {
    if (KEEP) say(`kept ${tmpRoot}`);
    else fs.rmSync(tmpRoot, { recursive: true, force: true, maxRetries: 3 });
  }
  for (const n of notes) say(n);
  say(`finished in ${elapsed()}`);
  console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
}

const hardTimer = setTimeout(() => finish(`hard timeout: the run took more than ${HARD_TIMEOUT_MS / 1000}s`), HARD_TIMEOUT_MS);
process.on('SIGINT', () => finish('interrupted (SIGINT)'));
process.on('SIGTERM', () => finish('terminated (SIGTERM)'));
process.on('SIGHUP', () => finish('hung up (SIGHUP)'));
process.on('exit', () => killGroupsNow('SIGKILL'));

function deadline(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
/** Rejects after `ms` with a message saying what was awaited. */
function within(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000}s waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

// ------------------------------------------------------------------ set-up
function readPaths() {
  const file = path.join(CACHE, 'paths.json');
  if (!fs.existsSync(file)) throw new Error(`${file} not found: run \`bash scripts/setup-e2e.sh\` first`);
  const p = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const k of ['node', 'codeServerEntry', 'chromium']) {
    if (!fs.existsSync(p[k])) throw new Error(`${k} ${p[k]} is missing: run \`bash scripts/setup-e2e.sh\` again`);
  }
  return p;
}

/**
 * The VSIX is stale when a source it is built from changed after it was packaged. (Not compared with
 * dist/: `npm test` rebuilds dist/ with source maps after packaging.)
 */
function vsixIsStale(vsix) {
  const packaged = fs.statSync(vsix).mtimeMs;
  const sources = ['package.json', 'esbuild.mjs', 'client/src', 'server/src', 'syntaxes'];
  const newer = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return false;
    }
    if (!st.isDirectory()) return st.mtimeMs > packaged;
    return fs.readdirSync(p).some((e) => !/\.test\.ts$/.test(e) && newer(path.join(p, e)));
  };
  return sources.some((f) => newer(path.join(ROOT, f)));
}

function findVsix() {
  if (env.TADQIQ_E2E_VSIX) return fs.existsSync(env.TADQIQ_E2E_VSIX) ? path.resolve(env.TADQIQ_E2E_VSIX) : undefined;
  const found = fs
    .readdirSync(ROOT)
    .filter((f) => /^tadqiq-.*\.vsix$/.test(f))
    .map((f) => path.join(ROOT, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return found[0];
}

function mkdir(...parts) {
  const d = path.join(...parts);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

/** A user-data folder whose settings keep the workbench quiet and deterministic. */
function userDataDir(name) {
  const ud = mkdir(tmpRoot, name, 'user-data');
  mkdir(ud, 'User');
  fs.writeFileSync(
    path.join(ud, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        // VS Code in the browser autosaves after 1 s by default; the tests save explicitly.
        'files.autoSave': 'off',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'git.enabled': false,
        'editor.hover.delay': 100,
        'window.zoomLevel': 1,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
      },
      null,
      2,
    ),
  );
  return ud;
}

/** Environment for code-server: every XDG folder and TMPDIR inside our temporary folder. */
function isolatedEnv(name, extra = {}) {
  const base = mkdir(tmpRoot, name, 'home');
  const out = { ...env };
  for (const k of Object.keys(out)) if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) delete out[k];
  return {
    ...out,
    XDG_CONFIG_HOME: mkdir(base, 'config'),
    XDG_DATA_HOME: mkdir(base, 'data'),
    XDG_CACHE_HOME: mkdir(base, 'cache'),
    XDG_RUNTIME_DIR: mkdir(base, 'runtime'),
    TMPDIR: mkdir(base, 'tmp'),
    ...extra,
  };
}

// ------------------------------------------------------------------ code-server
const servers = new Set();

function serverArgs(paths, ud, ext, config) {
  return [
    paths.codeServerEntry,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    ud,
    '--extensions-dir',
    ext,
    '--config',
    config,
  ];
}

/** Runs a code-server CLI command (e.g. --install-extension) to its end; resolves with its output. */
function codeServerCli(paths, name, ud, ext, args, timeoutMs = 120000) {
  const config = path.join(mkdir(tmpRoot, name), 'config.yaml');
  fs.writeFileSync(config, '');
  const child = spawn(paths.node, [...serverArgs(paths, ud, ext, config), ...args], {
    env: isolatedEnv(name),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  groups.add(child.pid);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      killGroup(child.pid, 'SIGKILL'); // anything it left behind
      if (code === 0) resolve(out);
      else reject(new Error(`code-server ${args.join(' ')} exited with ${code ?? signal}:\n${out}`));
    });
  });
  return within(done, timeoutMs, `code-server ${args.join(' ')}`).catch((e) => {
    killGroup(child.pid, 'SIGKILL');
    throw e;
  });
}

/** Starts code-server on a free port (bind to port 0; the port is read from its log) in its own process group. */
async function startCodeServer(paths, name, ud, ext, extraEnv = {}) {
  const config = path.join(mkdir(tmpRoot, name), 'config.yaml');
  fs.writeFileSync(config, '');
  const logFile = path.join(tmpRoot, name, 'code-server.log');
  const log = fs.createWriteStream(logFile);
  const child = spawn(
    paths.node,
    [...serverArgs(paths, ud, ext, config), '--bind-addr', '127.0.0.1:0', '--vscode-option', 'enable-smoke-test-driver'],
    { env: isolatedEnv(name, extraEnv), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  groups.add(child.pid);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  let seen = '';
  const listening = new Promise((resolve, reject) => {
    const onData = (d) => {
      log.write(d);
      if (VERBOSE) process.stdout.write(`[code-server ${name}] ${d}`);
      if (seen !== null) {
        seen += d;
        const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))\//.exec(seen);
        if (m) {
          seen = null;
          resolve({ url: m[1], port: Number(m[2]) });
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    exited.then((code) => reject(new Error(`code-server exited (${code}) before listening; log: ${logFile}`)));
  });
  const server = {
    name,
    logFile,
    exited,
    async stop() {
      if (!servers.has(server)) return;
      servers.delete(server);
      // SIGTERM lets code-server shut down its extension hosts; then SIGKILL whatever is left of the
      // group (an extension host forked during the shutdown, or everything if it hangs).
      killGroup(child.pid, 'SIGTERM');
      await Promise.race([exited, deadline(5000)]);
      killGroup(child.pid, 'SIGKILL');
      log.end();
    },
  };
  servers.add(server);
  const where = await within(listening, 60000, `code-server ${name} to listen`);
  Object.assign(server, where);
  return server;
}

function remoteUri(server, fsPath) {
  return `vscode-remote://127.0.0.1:${server.port}${fsPath}`;
}

function workbenchUrl(server, folder, payload) {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

// ------------------------------------------------------------------ browser
async function launchBrowser(paths) {
  const { chromium } = require('playwright-core');
  const home = mkdir(tmpRoot, 'chromium');
  return chromium.launch({
    executablePath: paths.chromium,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: { ...env, XDG_CONFIG_HOME: mkdir(home, 'config'), XDG_CACHE_HOME: mkdir(home, 'cache'), TMPDIR: mkdir(home, 'tmp') },
    timeout: 60000,
    // Our own handlers close the browser and stop code-server (playwright's would exit at once).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(60000);
  return { context, page };
}

// ------------------------------------------------------------------ phase: the mocha suite in the extension host
async function runSuite(paths) {
  say(`suite: ${path.relative(ROOT, SUITE)} in code-server ${paths.codeServerVersion} (${elapsed()})`);
  if (!fs.existsSync(path.join(SUITE, 'index.js'))) {
    check('suite: compiled suite present', false, `${SUITE}/index.js missing: run \`npx tsc -p .\``);
    return;
  }
  const workspace = mkdir(tmpRoot, 'suite', 'workspace');
  const server = await startCodeServer(paths, 'suite', userDataDir('suite'), mkdir(tmpRoot, 'suite', 'extensions'), {
    TADQIQ_E2E_GREP: env.TADQIQ_E2E_GREP || '',
  });
  const { context, page } = await newPage();
  const hostLog = fs.createWriteStream(path.join(RESULTS, 'e2e-extension-host.log'));
  // (the page may still log after the suite is over and the log closed: those lines are dropped, not a crash of the
  // runner — a write after end once killed a whole run with no result line)
  hostLog.on('error', () => {});
  const lines = [];
  let printing = false;
  let result;
  let resolveExit;
  const exit = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? util.format(...args) : String(args);
    if (!hostLog.writableEnded) hostLog.write(`${elapsed()} [${type}] ${text}\n`);
    for (const line of text.split('\n')) {
      lines.push(line);
      if (line.startsWith('TADQIQ_E2E_BEGIN')) {
        printing = true;
        continue;
      }
      const m = /^TADQIQ_E2E (\{.*\})\s*$/.exec(line);
      if (m) {
        printing = false;
        try {
          result = JSON.parse(m[1]);
        } catch {
          /* reported below */
        }
        continue;
      }
      if (printing || VERBOSE) console.log(line);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    if (Array.isArray(logs)) {
      const dir = mkdir(tmpRoot, 'suite', 'workbench-logs');
      for (const l of logs) {
        if (l && typeof l.relativePath === 'string' && typeof l.contents === 'string') {
          const f = path.join(dir, l.relativePath.replace(/\.\.+/g, '_'));
          mkdir(path.dirname(f));
          fs.writeFileSync(f, l.contents);
        }
      }
    }
    resolveExit(code);
  });
  page.on('crash', () => resolveExit('page crashed'));

  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, EXTENSION)],
    ['extensionTestsPath', remoteUri(server, SUITE)],
  ];
  await page.goto(workbenchUrl(server, workspace, payload));
  const code = await within(
    Promise.race([exit, server.exited.then((c) => `code-server exited (${c})`)]),
    Number(env.TADQIQ_E2E_SUITE_TIMEOUT_S || 300) * 1000,
    'the suite to finish (codeAutomationExit)',
  ).catch((e) => e.message);
  hostLog.end();
  await context.close().catch(() => {});
  await server.stop();

  if (result && Number.isInteger(result.passed) && Number.isInteger(result.failed)) {
    counts.passed += result.passed;
    counts.failed += result.failed;
    if (result.pending) notes.push(`suite: ${result.pending} pending`);
    if (code !== 0 && result.failed === 0) check('suite: extension host exit code', false, `exit ${code}`);
  } else {
    check('suite: ran and reported its result', false, `exit ${code}; no TADQIQ_E2E line`);
  }
  // The mocha output above shows failing tests; the console's tail helps when the suite did not report.
  if (!result || (code !== 0 && result.failed === 0)) {
    console.log('  last lines of the extension host console (full log: test-results/e2e-extension-host.log):');
    for (const l of lines.slice(-40)) console.log(`    ${l}`);
  }
  say(`suite: exit ${code} (${elapsed()})`);
}

// ------------------------------------------------------------------ UI helpers
function loadDrafts() {
  if (!fs.existsSync(FIXTURES)) throw new Error(`${FIXTURES} missing: run \`npx tsc -p .\``);
  return require(FIXTURES);
}

/** Opens `fileName` through Quick Open (Ctrl+P) in a loaded workbench. */
async function quickOpen(page, fileName) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
  // The workbench takes keyboard input once an editor area exists.
  await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible' });
  const input = page.locator('.quick-input-widget input');
  await page.keyboard.press('Control+P');
  await input.waitFor({ state: 'visible' });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label*="${fileName}"]`).first().waitFor({ state: 'visible' });
}

function editorText(page) {
  return page
    .locator('.editor-instance .monaco-editor .view-lines')
    .first()
    .innerText()
    .then((t) => t.replace(/\u00a0/g, ' '));
}

/** Ctrl+. on the first squiggle until `item` shows in the quick-fix menu (two tries: a republish can close it). */
async function openQuickFixWith(page, squiggle, item) {
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.keyboard.press('Escape');
    const at = await center(squiggle.first());
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Control+Period');
    const shown = await item
      .waitFor({ state: 'visible', timeout: 20000 })
      .then(() => true)
      .catch(() => false);
    if (shown) return true;
  }
  return false;
}

/** Clicks `item` in the open quick-fix menu; true when the squiggle then goes (the fix was applied). */
async function applyQuickFix(page, squiggle, item, timeout) {
  const c = await center(item);
  await page.mouse.click(c.x, c.y);
  return squiggle
    .first()
    .waitFor({ state: 'detached', timeout })
    .then(() => true)
    .catch(() => false);
}

/** Centre of an element; decorations are re-rendered when diagnostics are republished, so wait and retry. */
async function center(locator) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await locator.waitFor({ state: 'visible', timeout: 15000 });
    const box = await locator.boundingBox().catch(() => null);
    if (box && box.width > 0 && box.height > 0) return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  throw new Error('element has no bounding box');
}

/**
 * Opens the UI draft and checks the squiggle (and, with `fix`, the hover and the quick fix).
 * `label` prefixes the check names and screenshot files.
 */
async function uiChecks(server, workspace, payload, label, { fix, installed = false, web = false }) {
  const drafts = loadDrafts();
  const draft = drafts.ui;
  fs.writeFileSync(path.join(workspace, draft.name), draft.text);
  const pdfDrafts = require(PDF_FIXTURES);
  if (fix) writePdfUiFixtures(workspace, pdfDrafts, PDF_FILE);
  const { context, page } = await newPage();
  // the browser's console: where a web extension host logs (test-results/e2e-<label>-console.log)
  const consoleLog = fs.createWriteStream(path.join(RESULTS, `e2e-${label}-console.log`));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e}\n`));
  try {
    const t0 = Date.now();
    const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
    await page.goto(workbenchUrl(server, workspace, payload));
    await quickOpen(page, draft.name);
    const opened = secs();
    if (installed) {
      // Proof that the extension comes from the VSIX: no development extension in this window.
      const title = await page.title();
      check(`${label}: window runs without a development extension`, !/Extension Development Host/.test(title), JSON.stringify(title));
    }

    const squiggle = page.locator('.editor-instance .monaco-editor .squiggly-warning');
    let ok = await squiggle
      .first()
      .waitFor({ state: 'attached', timeout: 90000 })
      .then(() => true)
      .catch(() => false);
    const n = await squiggle.count();
    const shot = path.join(RESULTS, `e2e-${label}-squiggle.png`);
    let hoverText = '';
    if (ok) {
      // Hover the squiggle: the hover names the rule and the source, proving it is ours.
      const at = await center(squiggle.first());
      await page.mouse.move(at.x, at.y);
      const hover = page.locator('.monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .marker');
      hoverText = await hover
        .first()
        .waitFor({ state: 'visible', timeout: 15000 })
        .then(() => page.locator('.monaco-hover:not(.hidden)').first().innerText())
        .catch(() => '');
    }
    await page.screenshot({ path: shot });
    check(
      `${label}: warning squiggle under the stretched word`,
      ok && n >= 1,
      `${n} .squiggly-warning (draft open after ${opened}, squiggle after ${secs()}), screenshot ${path.relative(ROOT, shot)}`,
    );
    check(`${label}: hover shows the tadqiq tatweel diagnostic`, /tadqiq/.test(hoverText) && /tatweel/.test(hoverText), JSON.stringify(hoverText.slice(0, 160)));
    // The extension's status bar item counts the active draft's problems.
    const statusItem = page.locator('.statusbar-item', { hasText: /تدقيق|tadqiq/ }).first();
    const statusBefore = await statusItem.innerText({ timeout: 15000 }).catch(() => '');
    check(`${label}: status bar item counts 1 problem`, /(^|\D)1(\D|$)/.test(statusBefore), JSON.stringify(statusBefore));
    if (!ok || !fix) return;

    // Quick fix through the UI: put the cursor on the word, Ctrl+., pick "Remove tatweel".
    const item = page.locator('.action-widget .monaco-list-row', { hasText: /Remove tatweel|حذف التطويل/ }).first();
    ok = await openQuickFixWith(page, squiggle, item);
    const menuShot = path.join(RESULTS, `e2e-${label}-quickfix-menu.png`);
    await page.screenshot({ path: menuShot });
    if (ok) ok = await applyQuickFix(page, squiggle, item, 15000);
    const text = await editorText(page).catch(() => '');
    const fixedWord = draft.flagged[0].replace(/\u0640/g, '');
    const fixedOk = ok && text.includes(fixedWord) && !text.includes('\u0640');
    const statusClean = await page
      .locator('.statusbar-item', { hasText: /تدقيق|tadqiq/ })
      .filter({ hasNotText: /\d/ })
      .first()
      .waitFor({ state: 'visible', timeout: 15000 })
      .then(() => true)
      .catch(() => false);
    const afterShot = path.join(RESULTS, `e2e-${label}-after-fix.png`);
    await page.screenshot({ path: afterShot });
    check(`${label}: quick fix from Ctrl+. removes the tatweel and the squiggle`, fixedOk, `screenshots ${path.relative(ROOT, menuShot)}, ${path.relative(ROOT, afterShot)}`);
    check(
      `${label}: status bar item shows no problem after the fix`,
      statusClean,
      JSON.stringify(await statusItem.innerText({ timeout: 1000 }).catch(() => '')),
    );
    if (web) await webChecks(page, workspace, label);
    // issue 14: paste as repaired Arabic, Repair selection from the refactor menu, Open PDF from the explorer
    await pdfUiChecks(page, label, pdfDrafts, { check, quickOpen, center, shot: (name) => path.join(RESULTS, `e2e-${label}-${name}.png`) });
  } finally {
    consoleLog.end();
    await context.close().catch(() => {});
  }
}

/**
 * The web-only extension, after the UI checks: where it runs, and "Ignore here" written to the workspace's
 * .tadqiq/reviewed.json by the client through vscode.workspace.fs (the server in its worker has no file system).
 */
async function webChecks(page, workspace, label) {
  // Where the extension runs: the web worker extension host is a Worker of the workbench's iframe, and the
  // language server a Worker it starts from dist/web/server.js. Chromium reports both to the DevTools protocol.
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach().catch(() => {});
  const workers = targetInfos.filter((t) => /worker/i.test(t.type)).map((t) => `${t.type} ${t.title || t.url}`);
  const serverWorker = workers.find((w) => /tadqiq-server|dist\/web\/server\.js/.test(w));
  check(`${label}: the language server runs in a Web Worker of the browser`, !!serverWorker, serverWorker ?? `workers: ${workers.join('; ') || 'none'}`);

  const draft = loadDrafts().webReview;
  await quickOpen(page, draft.name);
  const squiggle = page.locator('.editor-instance .monaco-editor .squiggly-warning');
  let ok = await squiggle
    .first()
    .waitFor({ state: 'attached', timeout: 60000 })
    .then(() => true)
    .catch(() => false);
  const item = page.locator('.action-widget .monaco-list-row', { hasText: /Ignore here|تجاهل هنا/ }).first();
  if (ok) ok = await openQuickFixWith(page, squiggle, item);
  const menuShot = path.join(RESULTS, `e2e-${label}-ignore-menu.png`);
  await page.screenshot({ path: menuShot });
  // (the server drops the diagnostic only after the client wrote the file)
  if (ok) ok = await applyQuickFix(page, squiggle, item, 20000);
  const file = path.join(workspace, '.tadqiq', 'reviewed.json');
  let keys = [];
  try {
    keys = JSON.parse(fs.readFileSync(file, 'utf8')).reviewed;
  } catch {
    /* reported below */
  }
  const word = draft.flagged[0].replace(/\u0640/g, '<U+0640>');
  check(
    `${label}: "Ignore here" (Ctrl+.) writes .tadqiq/reviewed.json through the editor's file system and the squiggle goes`,
    ok && Array.isArray(keys) && keys.some((k) => k.startsWith('tatweel:') && k.includes(word)),
    `${JSON.stringify(keys)}; screenshot ${path.relative(ROOT, menuShot)}`,
  );

  // The review report (a webview of the page the worker renders; its script nonce comes from Web Crypto).
  const title = `tadqiq report: ${draft.name}`;
  const input = page.locator('.quick-input-widget input');
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await input.waitFor({ state: 'visible' });
  await input.fill('>tadqiq: Show the review report');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: /review report/ }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  const tab = await page
    .locator(`.tab[aria-label*="${title}"]`)
    .first()
    .waitFor({ state: 'visible', timeout: 30000 })
    .then(() => true)
    .catch(() => false);
  // the page itself: the webview's outer frame holds the content frame (#active-frame)
  const body = tab
    ? await page
        .frameLocator('iframe.webview.ready')
        .frameLocator('iframe#active-frame')
        .locator('body')
        .innerText({ timeout: 30000 })
        .catch(() => '')
    : '';
  const reportShot = path.join(RESULTS, `e2e-${label}-report.png`);
  await page.screenshot({ path: reportShot });
  check(
    `${label}: tadqiq.showReport opens the draft's review report in a webview`,
    tab && /Review report|تقرير/.test(body) && body.includes(draft.name) && body.includes(draft.fixed.trim().split(" ")[0]),
    `tab ${tab ? 'open' : 'missing'}; page ${JSON.stringify(body.replace(/\s+/g, ' ').slice(0, 120))}; screenshot ${path.relative(ROOT, reportShot)}`,
  );
}

// ------------------------------------------------------------------ phase: UI with the development extension
async function runUi(paths) {
  say(`ui: workbench with the development extension (${elapsed()})`);
  const workspace = mkdir(tmpRoot, 'ui', 'workspace');
  const server = await startCodeServer(paths, 'ui', userDataDir('ui'), mkdir(tmpRoot, 'ui', 'extensions'));
  try {
    await uiChecks(server, workspace, [['extensionDevelopmentPath', remoteUri(server, EXTENSION)]], 'ui', { fix: true });
  } finally {
    await server.stop();
  }
}

// ------------------------------------------------------------------ phase: the packaged VSIX
/** Installs the VSIX into a fresh extensions folder (started early: it overlaps the other phases). */
async function installVsix(paths, vsix) {
  const ud = userDataDir('vsix');
  const ext = mkdir(tmpRoot, 'vsix', 'extensions');
  try {
    const out = await codeServerCli(paths, 'vsix-install', ud, ext, ['--install-extension', vsix, '--force']);
    const dirs = fs.readdirSync(ext).filter((d) => d.toLowerCase().startsWith(`${EXTENSION_ID}-`));
    if (dirs.length === 1) return { ok: true, detail: dirs[0], ud, ext };
    return { ok: false, detail: `extensions dir holds ${fs.readdirSync(ext).join(', ') || 'nothing'}; ${out.trim().split('\n').pop()}` };
  } catch (e) {
    return { ok: false, detail: e.message.split('\n').slice(0, 6).join(' | ') };
  }
}

async function runVsix(paths, vsix, install) {
  if (!vsix) {
    const msg = 'no fresh tadqiq-*.vsix in the repository root (run `npm run package`)';
    if (REQUIRE_VSIX) check('vsix: package present', false, msg);
    else notes.push(`vsix: skipped, ${msg}`);
    return;
  }
  say(`vsix: ${path.relative(ROOT, vsix)} (${elapsed()})`);
  const { ok, detail, ud, ext } = await install;
  check('vsix: installs with code-server --install-extension', ok, detail);
  if (!ok) return;
  const workspace = mkdir(tmpRoot, 'vsix', 'workspace');
  const server = await startCodeServer(paths, 'vsix', ud, ext);
  try {
    await uiChecks(server, workspace, undefined, 'vsix', { fix: true, installed: true });
  } finally {
    await server.stop();
  }
}

// ------------------------------------------------------------------ phase: the web-only extension
/**
 * A web-only build of the extension: the real manifest without `main` (and without the prepublish build), with the
 * web bundles only (dist/web/extension.js, dist/web/server.js), packaged by vsce into <tmp>/web/tadqiq-web.vsix.
 * code-server runs an extension without a Node entry in the browser's web worker extension host, so whatever it
 * does there, it does as it would in VS Code for the Web.
 */
function packageWebOnly() {
  const stage = mkdir(tmpRoot, 'web', 'stage');
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
  if (!manifest.browser) throw new Error('package.json has no `browser` entry');
  delete manifest.main;
  delete manifest.scripts;
  delete manifest.devDependencies;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
  const files = ['README.md', 'LICENSE', 'CHANGELOG.md', 'images/icon.png', 'dist/web/extension.js', 'dist/web/server.js', 'dist/data/lexicon.js', 'dist/pdf/pdfjs.js', 'dist/THIRD_PARTY_NOTICES.txt'];
  for (const f of fs.readdirSync(EXTENSION)) if (/^package\.nls.*\.json$/.test(f)) files.push(f);
  for (const dir of ['syntaxes', 'walkthrough']) for (const f of fs.readdirSync(path.join(EXTENSION, dir))) files.push(`${dir}/${f}`);
  for (const f of files) {
    const from = path.join(EXTENSION, f);
    if (!fs.existsSync(from)) throw new Error(`${f} is missing: run \`npm run build\``);
    mkdir(path.dirname(path.join(stage, f)));
    fs.copyFileSync(from, path.join(stage, f));
  }
  fs.writeFileSync(path.join(stage, '.vscodeignore'), '');
  const out = path.join(tmpRoot, 'web', 'tadqiq-web.vsix');
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '-o', out], { cwd: stage, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && fs.existsSync(out) ? resolve(out) : reject(new Error(`vsce package (web-only) exited ${code}: ${log.trim().split('\n').slice(-5).join(' | ')}`))));
  });
}

async function runWeb(paths) {
  say(`web: the web-only extension (no \`main\`) in the browser's extension host (${elapsed()})`);
  const vsix = await within(packageWebOnly(), 120000, 'vsce package (web-only)');
  check('web: a web-only VSIX (manifest without main) packages', true, `${path.basename(vsix)}, ${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB`);
  const ud = userDataDir('web');
  const ext = mkdir(tmpRoot, 'web', 'extensions');
  await codeServerCli(paths, 'web-install', ud, ext, ['--install-extension', vsix, '--force']);
  const installed = fs.readdirSync(ext).filter((d) => d.toLowerCase().startsWith(`${EXTENSION_ID}-`));
  const installedManifest = installed.length === 1 ? JSON.parse(fs.readFileSync(path.join(ext, installed[0], 'package.json'), 'utf8')) : {};
  check('web: installs with code-server --install-extension, with a browser entry and no main', installed.length === 1 && !installedManifest.main && !!installedManifest.browser, installed.join(', '));
  const workspace = mkdir(tmpRoot, 'web', 'workspace');
  const review = loadDrafts().webReview;
  fs.writeFileSync(path.join(workspace, review.name), review.text);
  const server = await startCodeServer(paths, 'web', ud, ext);
  try {
    await uiChecks(server, workspace, undefined, 'web', { fix: true, installed: true, web: true });
  } finally {
    await server.stop();
  }
}

// ------------------------------------------------------------------ main
async function main() {
  const paths = readPaths();
  fs.mkdirSync(RESULTS, { recursive: true });
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-e2e-'));
  // playwright puts its own temporary profile under os.tmpdir(): keep it inside our folder too.
  process.env.TMPDIR = mkdir(tmpRoot, 'tmp');
  if (!EXPLICIT_PHASES || EXPLICIT_PHASES.has('suite') || EXPLICIT_PHASES.has('ui')) {
    if (!fs.existsSync(path.join(EXTENSION, 'package.json'))) throw new Error(`no package.json in ${EXTENSION}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
    const main = manifest.main && path.join(EXTENSION, manifest.main.endsWith('.js') ? manifest.main : `${manifest.main}.js`);
    if (!main || !fs.existsSync(main)) throw new Error(`the extension's main (${manifest.main}) is not built: run \`npm run build\``);
  }
  let vsix = findVsix();
  let PHASES = EXPLICIT_PHASES;
  if (!PHASES) {
    // The UI checks run once: on the packaged VSIX when it is fresh (the stronger check), else on the
    // development extension. --phases=suite,ui,vsix runs both.
    const fresh = vsix && !vsixIsStale(vsix);
    if (vsix && !fresh) notes.push(`vsix: ${path.basename(vsix)} is older than the sources (run \`npm run package\`); UI checks ran on the development extension`);
    PHASES = new Set(fresh ? ['suite', 'vsix', 'web'] : REQUIRE_VSIX ? ['suite', 'ui', 'vsix', 'web'] : ['suite', 'ui', 'web']);
    if (!fresh && REQUIRE_VSIX) vsix = undefined;
    if (!vsix && !REQUIRE_VSIX) notes.push('vsix: skipped, no tadqiq-*.vsix in the repository root (run `npm run package`)');
  }
  if (!PHASES.has('vsix')) vsix = undefined;
  const install = vsix ? installVsix(paths, vsix) : undefined;
  browser = await launchBrowser(paths);
  for (const [phase, fn] of [
    ['suite', () => runSuite(paths)],
    ['ui', () => runUi(paths)],
    ['vsix', () => runVsix(paths, vsix, install)],
    ['web', () => runWeb(paths)],
  ]) {
    if (!PHASES.has(phase)) continue;
    try {
      await fn();
    } catch (e) {
      check(`${phase}: phase ran to its end`, false, e instanceof Error ? e.message : String(e));
    }
  }
}

main().then(
  () => finish(),
  (e) => finish(`e2e could not run: ${e instanceof Error ? e.message : String(e)}`),
);
