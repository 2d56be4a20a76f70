/**
 * A real second LSP client: Neovim, headless, with its built-in LSP client (no plugins), driving
 * `node dist/cli.js lsp --stdio`. The Lua side (test/lsp/nvim/tadqiq-client.lua) opens a draft, waits
 * for the diagnostics, applies a code action's edit and writes the buffer; this side checks the JSON
 * report and the file on disk.
 *
 * Needs `nvim` (scripts/setup-neovim.sh installs it) and `npm run build`. Without nvim the suite
 * fails, unless TADQIQ_SKIP_NEOVIM=1 says to skip it.
 */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot, SERVER_CLI } from './client';

const T = '\u0640';
const SCRIPT = path.join(repoRoot(), 'test', 'lsp', 'nvim', 'tadqiq-client.lua');

interface LspDiag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string;
  source?: string;
}
interface VimDiag {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  code?: string;
  source?: string;
}
interface Report {
  ok: boolean;
  error?: string;
  nvim: string;
  api: string;
  offset_encoding: string;
  fileformat: string;
  server_exit: number | null;
  publish_log: Array<{ version: number; count: number }>;
  messages: unknown[];
  steps: Array<{ name: string; ms: number; data: { version?: number; lsp?: LspDiag[]; vim?: VimDiag[]; title?: string; titles?: string[]; preferred?: string } }>;
}

function nvimVersion(): string | null {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return r.stdout.split('\n')[0].trim();
}

/** Runs the Lua client on `file`; resolves with its report (rejects with nvim's output when it fails). */
function runNeovim(dir: string, file: string, scenario: 'diagnostics' | 'quickfix' | 'fixall', extraEnv: Record<string, string> = {}, timeoutMs = 25_000): Promise<Report> {
  const resultPath = path.join(dir, `${scenario}.report.json`);
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${SCRIPT}`], {
      cwd: dir,
      env: {
        ...process.env,
        TADQIQ_NODE: process.execPath,
        TADQIQ_CLI: SERVER_CLI,
        TADQIQ_FILE: file,
        TADQIQ_RESULT: resultPath,
        TADQIQ_SCENARIO: scenario,
        // keep Neovim's LSP log and state out of $HOME
        XDG_CACHE_HOME: path.join(dir, 'cache'),
        XDG_STATE_HOME: path.join(dir, 'state'),
        XDG_DATA_HOME: path.join(dir, 'data'),
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (out += b.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      let report: Report | undefined;
      try {
        report = JSON.parse(fs.readFileSync(resultPath, 'utf8')) as Report;
      } catch {
        /* reported below */
      }
      if (code === 0 && report?.ok) resolve(report);
      else
        reject(
          new Error(
            `nvim ${scenario} failed (exit ${code}, signal ${signal}${signal === 'SIGKILL' ? `, killed after ${timeoutMs} ms` : ''}): ` +
              `${report?.error ?? 'no report'}\n--- nvim output ---\n${out.slice(-3000)}`,
          ),
        );
    });
  });
}

/** Lua's empty table may come back as {} rather than []. */
function list<X>(x: X[] | Record<string, never> | undefined): X[] {
  if (Array.isArray(x)) return x;
  if (x && typeof x === 'object' && Object.keys(x).length === 0) return [];
  throw new Error(`expected a list, got ${JSON.stringify(x)}`);
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const versions: string[] = [];

describe('Neovim (headless, built-in LSP client) over stdio', function () {
  this.timeout(40_000);
  let dir: string;

  before(function () {
    if (!fs.existsSync(SERVER_CLI)) throw new Error(`${SERVER_CLI} is missing: run \`npm run build\` first`);
    const v = nvimVersion();
    if (!v) {
      if (process.env.TADQIQ_SKIP_NEOVIM === '1') this.skip();
      throw new Error('nvim is not installed: run `bash scripts/setup-neovim.sh` (or set TADQIQ_SKIP_NEOVIM=1 to skip)');
    }
    versions.push(v);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-nvim-'));
  });

  after(function () {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (versions.length) console.log(`    Neovim used: ${versions[0]}`);
  });

  it('opens a draft, shows the tatweel diagnostics, applies the preferred quick fix and writes the file', async function () {
    const line0 = `قال الرج${T}${T}${T}ل إن المدين${T}ة جميلة في 1437ه${T}.`;
    const text = `${line0}\nسطر ثان بلا مشكلة.\n`;
    const file = path.join(dir, 'quickfix.ar.txt');
    fs.writeFileSync(file, text, 'utf8');

    const report = await runNeovim(dir, file, 'quickfix');
    versions[0] = `${versions[0]} (${report.api})`;
    assert.strictEqual(report.offset_encoding, 'utf-16');

    const opened = report.steps.find((s) => s.name === 'opened')!;
    // what the server sent (UTF-16)...
    assert.deepStrictEqual(
      opened.data.lsp!.map((d) => [d.code, d.source, d.range]),
      [
        ['tatweel', 'tadqiq', { start: { line: 0, character: 4 }, end: { line: 0, character: 12 } }],
        ['tatweel', 'tadqiq', { start: { line: 0, character: 16 }, end: { line: 0, character: 24 } }],
      ],
    );
    // ...and what Neovim shows (vim.diagnostic.get, byte columns): the same two words
    const w1 = `الرج${T}${T}${T}ل`;
    const w2 = `المدين${T}ة`;
    const c1 = bytes('قال ');
    const c2 = bytes(line0.slice(0, line0.indexOf(w2)));
    assert.deepStrictEqual(
      opened.data.vim!.filter((d) => d.code === 'tatweel').map((d) => [d.lnum, d.col, d.end_lnum, d.end_col, d.source]),
      [
        [0, c1, 0, c1 + bytes(w1), 'tadqiq'],
        [0, c2, 0, c2 + bytes(w2), 'tadqiq'],
      ],
    );

    const actions = report.steps.find((s) => s.name === 'code actions')!;
    assert.strictEqual(actions.data.preferred, 'Remove tatweel: “الرجل”');

    const after = report.steps.find((s) => s.name === 'after quickfix')!;
    assert.strictEqual(after.data.lsp!.length, 1, 'one word left to fix');
    assert.deepStrictEqual(after.data.lsp![0].range, { start: { line: 0, character: 13 }, end: { line: 0, character: 21 } });

    assert.strictEqual(fs.readFileSync(file, 'utf8'), `قال الرجل إن المدين${T}ة جميلة في 1437ه${T}.\nسطر ثان بلا مشكلة.\n`);
    assert.strictEqual(report.server_exit, 0, 'the server exits cleanly when Neovim stops it');
  });

  it('settings from Neovim reach the server: "off" via didChangeConfiguration (as nvim-lspconfig sends them), "error" via init_options', async function () {
    const text = `قال الرج${T}${T}${T}ل إن المدين${T}ة جميلة.\n`;
    const file = path.join(dir, 'settings.ar.txt');
    fs.writeFileSync(file, text, 'utf8');
    const off = await runNeovim(dir, file, 'diagnostics', {
      TADQIQ_SETTINGS: JSON.stringify({ tadqiq: { rules: { tatweel: 'off' } } }),
      TADQIQ_SETTINGS_VIA: 'didChangeConfiguration',
    });
    const opened = off.steps.find((s) => s.name === 'opened')!;
    assert.deepStrictEqual(list(opened.data.lsp), [], 'tatweel is off');
    const err = await runNeovim(dir, file, 'diagnostics', {
      TADQIQ_SETTINGS: JSON.stringify({ tadqiq: { rules: { tatweel: 'error' } } }),
      TADQIQ_SETTINGS_VIA: 'init_options',
    });
    const diags = list(err.steps.find((s) => s.name === 'opened')!.data.vim).filter((d) => d.code === 'tatweel');
    assert.strictEqual(diags.length, 2);
    assert.ok(
      diags.every((d) => (d as VimDiag & { severity?: number }).severity === 1),
      `vim.diagnostic.severity.ERROR: ${JSON.stringify(diags)}`,
    );
    assert.strictEqual(fs.readFileSync(file, 'utf8'), text, 'the draft is untouched');
  });

  it('CRLF draft: typing a line updates the diagnostics (incremental sync), fix-all cleans everything, CRLF kept', async function () {
    const E = '\u{1F600}';
    const lines = [`قال الرج${T}${T}${T}ل إن المدين${T}ة جميلة في 1437ه${T}.`, `سطر ثان ${E} بلا مش${T}كلة.`];
    const typed = `ثم كت${T}ب سطرا ${E} آخر.`;
    const file = path.join(dir, 'fixall.ar.txt');
    fs.writeFileSync(file, lines.map((l) => `${l}\r\n`).join(''), 'utf8');

    const report = await runNeovim(dir, file, 'fixall', { TADQIQ_NEWLINE: typed });
    assert.strictEqual(report.fileformat, 'dos');

    const opened = report.steps.find((s) => s.name === 'opened')!;
    assert.deepStrictEqual(
      opened.data.lsp!.map((d) => d.range),
      [
        { start: { line: 0, character: 4 }, end: { line: 0, character: 12 } },
        { start: { line: 0, character: 16 }, end: { line: 0, character: 24 } },
        // the emoji before it counts two UTF-16 units
        { start: { line: 1, character: 15 }, end: { line: 1, character: 21 } },
      ],
    );
    const c = bytes(`سطر ثان ${E} بلا `);
    const vimLine1 = opened.data.vim!.filter((d) => d.lnum === 1);
    assert.deepStrictEqual(vimLine1.map((d) => [d.col, d.end_col]), [[c, c + bytes(`مش${T}كلة`)]], 'Neovim maps the UTF-16 range to the right bytes');

    const afterTyping = report.steps.find((s) => s.name === 'after typing')!;
    assert.ok(afterTyping.data.version! > opened.data.version!, 'a newer version');
    assert.deepStrictEqual(afterTyping.data.lsp!.map((d) => d.range).slice(-1), [{ start: { line: 2, character: 3 }, end: { line: 2, character: 7 } }]);

    const afterFix = report.steps.find((s) => s.name === 'after fix all')!;
    assert.deepStrictEqual(list(afterFix.data.lsp), []);
    assert.deepStrictEqual(list(afterFix.data.vim), []);
    assert.match(report.steps.find((s) => s.name === 'fix all')!.data.title!, /Fix all/);

    assert.strictEqual(
      fs.readFileSync(file, 'utf8'),
      [`قال الرجل إن المدينة جميلة في 1437ه${T}.`, `سطر ثان ${E} بلا مشكلة.`, `ثم كتب سطرا ${E} آخر.`].map((l) => `${l}\r\n`).join(''),
    );
    // never a diagnostic for an older version after a newer one
    const vs = report.publish_log.map((p) => p.version);
    assert.deepStrictEqual([...vs].sort((a, b) => a - b), vs, `published versions in order: ${JSON.stringify(vs)}`);
    assert.strictEqual(report.server_exit, 0);
  });
});
