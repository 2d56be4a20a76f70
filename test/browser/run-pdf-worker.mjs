#!/usr/bin/env node
/**
 * extractPdf in a real Web Worker (issue 14): headless Chromium (playwright-core) loads a blank page from a server on
 * 127.0.0.1 and starts a worker bundled here from server/src/pdf/extract.ts the way the web bundles get it (esbuild,
 * platform browser, `./pdfjs` replaced by the loader that importScripts dist/pdf/pdfjs.js). pdf.js runs with its
 * "fake worker" inside that worker: no second worker, no Node built-in. Checks, on the fixtures of test/fixtures/pdf:
 *   - the worker has no `process` and no `require`;
 *   - simple.pdf and two-columns.pdf give the CLI's text (`node dist/cli.js extract`), byte for byte;
 *   - encrypted.pdf rejects with a PdfError of kind 'encrypted'.
 * Prints one line per check and `pdf worker: N passed, M failed`; exits 0 only when nothing failed.
 * Needs `npm run build` (dist/pdf/pdfjs.js, dist/cli.js) and a Chromium: $TADQIQ_CHROMIUM, else the one
 * scripts/setup-e2e.sh recorded in $TADQIQ_CACHE/paths.json, else /usr/bin/chromium.
 * Every wait is on a message with a deadline; nothing sleeps.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'pdf');
const TIMEOUT_MS = Number(process.env.TADQIQ_WORKER_TIMEOUT_MS || 60000);

const counts = { passed: 0, failed: 0 };
function check(name, ok, detail = '') {
  if (ok) counts.passed++;
  else counts.failed++;
  console.log(`  ${ok ? '\u2713' : '\u2717'} ${name}${detail ? ` \u2014 ${detail}` : ''}`);
}

// the worker: extractPdf as the web bundles carry it
const esbuild = require('esbuild');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-pdf-worker-'));
const entry = path.join(tmp, 'entry.ts');
fs.writeFileSync(
  entry,
  `import { extractPdf, PdfError } from ${JSON.stringify(path.join(ROOT, 'server/src/pdf/extract.ts'))};
declare const self: any;
self.onmessage = async (e: any) => {
  const { id, data } = e.data;
  try {
    const r = await extractPdf(new Uint8Array(data));
    self.postMessage({ id, text: r.text, pages: r.pages });
  } catch (err: any) {
    self.postMessage({ id, error: err instanceof PdfError ? err.kind : String(err) });
  }
};
self.postMessage({ ready: true, hasProcess: typeof (self as any).process !== 'undefined', hasRequire: typeof (self as any).require !== 'undefined' });
`,
);
await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  outfile: path.join(tmp, 'worker.js'),
  logLevel: 'error',
  plugins: [
    {
      name: 'lazy-pdfjs-worker',
      setup(b) {
        b.onResolve({ filter: /^\.\/pdfjs$/ }, () => ({ path: 'pdfjs', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
          contents: "export function loadPdfjs() { importScripts('/pdf/pdfjs.js'); return globalThis.tadqiqPdfjs.loadPdfjs(); }",
          loader: 'js',
        }));
      },
    },
  ],
});

const files = {
  '/': { type: 'text/html', body: '<!doctype html><title>pdf worker</title>' },
  '/worker.js': { type: 'text/javascript', body: fs.readFileSync(path.join(tmp, 'worker.js')) },
  '/pdf/pdfjs.js': { type: 'text/javascript', body: fs.readFileSync(path.join(ROOT, 'dist', 'pdf', 'pdfjs.js')) },
};
const server = http.createServer((req, res) => {
  const f = files[req.url];
  if (!f) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': f.type }).end(f.body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const { chromium } = require('playwright-core');
function chromiumPath() {
  if (process.env.TADQIQ_CHROMIUM) return process.env.TADQIQ_CHROMIUM;
  const paths = path.join(process.env.TADQIQ_CACHE || path.join(os.homedir(), '.cache', 'tadqiq-e2e'), 'paths.json');
  if (fs.existsSync(paths)) {
    const p = JSON.parse(fs.readFileSync(paths, 'utf8')).chromium;
    if (p && fs.existsSync(p)) return p;
  }
  return '/usr/bin/chromium';
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.goto(base + '/');
  const ready = await page.evaluate(
    (ms) =>
      new Promise((resolve, reject) => {
        const w = new Worker('/worker.js');
        globalThis.pdfWorker = w;
        const t = setTimeout(() => reject(new Error('worker did not start')), ms);
        w.onmessage = (e) => {
          if (e.data.ready) {
            clearTimeout(t);
            resolve(e.data);
          }
        };
        w.onerror = (e) => reject(new Error(e.message));
      }),
    TIMEOUT_MS,
  );
  check('the worker has no process and no require', !ready.hasProcess && !ready.hasRequire, JSON.stringify(ready));
  const extract = (name) =>
    page.evaluate(
      ({ bytes, ms }) =>
        new Promise((resolve, reject) => {
          const id = Math.random();
          const t = setTimeout(() => reject(new Error('no answer')), ms);
          globalThis.pdfWorker.onmessage = (e) => {
            if (e.data.id === id) {
              clearTimeout(t);
              resolve(e.data);
            }
          };
          globalThis.pdfWorker.postMessage({ id, data: new Uint8Array(bytes).buffer });
        }),
      { bytes: [...fs.readFileSync(path.join(FIXTURES, name))], ms: TIMEOUT_MS },
    );
  for (const name of ['simple.pdf', 'two-columns.pdf']) {
    const r = await extract(name);
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'extract', path.join(FIXTURES, name)], { encoding: 'utf8' });
    check(`${name}: the CLI's text`, r.text === cli.stdout && cli.status === 0, r.error ?? (r.text === cli.stdout ? '' : JSON.stringify(r.text).slice(0, 200)));
  }
  const enc = await extract('encrypted.pdf');
  check("encrypted.pdf: PdfError 'encrypted'", enc.error === 'encrypted', JSON.stringify(enc).slice(0, 200));
} catch (e) {
  check('the run', false, String(e?.message ?? e));
} finally {
  await browser.close();
  server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`pdf worker: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
