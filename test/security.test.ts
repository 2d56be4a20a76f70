/**
 * What tadqiq may do on a machine it was just installed on: it runs no code from the workspace, opens
 * no network connection, and the server and CLI start no process. Checked on the shipped bundles
 * (needs `npm run build`; `npm test` checks the same after the production build via the VSIX).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/** Every module name a bundle requires with a literal string (require("x") or require('x')). */
function requiredModules(src: string): Set<string> {
  return new Set([...src.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1].replace(/^node:/, '')));
}

const NETWORK = ['http', 'https', 'http2', 'dgram'];

describe('security', () => {
  // Workspace trust (package.json capabilities) is asserted in test/manifest.test.ts.

  for (const bundle of ['server.js', 'cli.js', 'extension.js']) {
    describe(`dist/${bundle}`, () => {
      let src = '';
      before(function () {
        const p = path.join(ROOT, 'dist', bundle);
        if (!fs.existsSync(p)) throw new Error(`${p} is missing: run \`npm run build\` first`);
        src = fs.readFileSync(p, 'utf8');
      });

      it('has no eval( and no new Function( (nothing is ever run as code)', () => {
        const hits = [...src.matchAll(/(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(|(?<![\w$])Function\s*\(\s*["'`]/g)].map((m) => src.slice(Math.max(0, m.index! - 60), m.index! + 60));
        assert.deepStrictEqual(hits, []);
      });

      it('requires no network module (http, https, http2, dgram)', () => {
        const mods = requiredModules(src);
        assert.ok(mods.has('fs'), 'the scan sees the bundle’s requires');
        assert.deepStrictEqual(NETWORK.filter((m) => mods.has(m)), []);
      });

      if (bundle === 'extension.js') {
        it('child_process only from vscode-languageclient, which forks dist/server.js (the client’s one legitimate process)', () => {
          // The client starts the server with TransportKind.stdio (child_process.fork of dist/server.js --stdio); nothing else.
          const own = ['extension.ts', 'activate.ts', 'reportPanel.ts', 'reviewFiles.ts'].map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8')).join('\n');
          assert.ok(!/child_process/.test(own), 'the extension code itself never touches child_process');
          assert.match(own, /TransportKind\.stdio/);
          assert.doesNotMatch(own, /TransportKind\.(ipc|socket|pipe)/);
        });
      } else {
        it('requires no child_process (the bundle carries a throwing stub in its place)', () => {
          assert.ok(!requiredModules(src).has('child_process'), 'child_process is required');
        });
      }
    });
  }

  // VS Code for the Web: the bundles the browser runs (esbuild's platform 'browser' already refuses a Node built-in)
  for (const [bundle, allowed] of [
    ['web/extension.js', ['vscode']],
    ['web/server.js', []],
  ] as const) {
    describe(`dist/${bundle}`, () => {
      let src = '';
      before(function () {
        const p = path.join(ROOT, 'dist', bundle);
        if (!fs.existsSync(p)) throw new Error(`${p} is missing: run \`npm run build\` first`);
        src = fs.readFileSync(p, 'utf8');
      });
      it(`requires ${allowed.length ? allowed.join(', ') : 'nothing'}: no Node module, nothing from node_modules at run time`, () => {
        assert.deepStrictEqual([...requiredModules(src)].filter((m) => !(allowed as readonly string[]).includes(m)), []);
      });
      it('has no eval( and no new Function(', () => {
        assert.deepStrictEqual([...src.matchAll(/(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(|(?<![\w$])Function\s*\(\s*["'`]/g)].length, 0);
      });
      it('opens no connection (no fetch, XMLHttpRequest or WebSocket)', () => {
        assert.deepStrictEqual([...src.matchAll(/\b(fetch\s*\(|XMLHttpRequest|WebSocket)/g)].map((m) => src.slice(Math.max(0, m.index! - 60), m.index! + 60)), []);
      });
    });
  }

  // Worker threads (not processes: the same bundle, dist/cli.js, in threads of the same process) lint many files
  // on every core: the CLI's thread pool and the bundle entry that runs a thread's body, nothing else.
  const THREADS_ALLOWED = new Set(['server/src/cli/pool.ts', 'server/src/bin/cli.ts']);

  it('only the CLI bundle requires worker_threads (the language server and the client start no thread)', () => {
    for (const bundle of ['server.js', 'extension.js']) assert.ok(!requiredModules(fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8')).has('worker_threads'), bundle);
  });

  it('no tadqiq source (server, client) imports a network or process module', () => {
    const offenders: string[] = [];
    for (const top of ['server/src', 'client/src']) {
      (function walk(d: string) {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) {
            const src = fs.readFileSync(p, 'utf8');
            for (const m of src.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"](?:node:)?([^'"]+)['"]/g)) {
              const rel = path.relative(ROOT, p).split(path.sep).join('/');
              if (m[1] === 'worker_threads' && THREADS_ALLOWED.has(rel)) continue;
              if ([...NETWORK, 'child_process', 'vm', 'worker_threads'].includes(m[1])) offenders.push(`${rel}: ${m[1]}`);
            }
          }
        }
      })(path.join(ROOT, top));
    }
    assert.deepStrictEqual(offenders, []);
  });
  // pdf.js (issue 14), loaded only when a PDF is read: it is handed bytes, never a URL, and its Node I/O modules are
  // empty stubs in the bundle (esbuild.mjs); its eval-based paths (PostScript function compiler, glyph compiler,
  // a feature test) stay off because extractPdf passes isEvalSupported: false.
  describe('dist/pdf/pdfjs.js', () => {
    let src = '';
    before(function () {
      const p = path.join(ROOT, 'dist', 'pdf', 'pdfjs.js');
      if (!fs.existsSync(p)) throw new Error(`${p} is missing: run \`npm run build\` first`);
      src = fs.readFileSync(p, 'utf8');
    });
    it('requires and imports no module (no file system, no network module, no canvas)', () => {
      assert.ok(src.includes('WorkerMessageHandler'), 'the scan sees pdf.js');
      assert.deepStrictEqual([...requiredModules(src)], []);
      // (pdf.js writes `await import("${url}")` inside a string for a worker blob it never makes here)
      assert.deepStrictEqual([...src.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]).filter((m) => !m.startsWith('${')), []);
    });
    it('is given bytes only, with eval off', () => {
      const extract = fs.readFileSync(path.join(ROOT, 'server', 'src', 'pdf', 'extract.ts'), 'utf8');
      const call = /getDocument\(\{([^}]*)\}\)/.exec(extract)?.[1] ?? '';
      assert.match(call, /\bdata:/);
      assert.match(call, /isEvalSupported: false/);
      assert.doesNotMatch(call, /\burl:|cMapUrl|standardFontDataUrl|httpHeaders/);
    });
  });
});
