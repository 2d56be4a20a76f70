#!/usr/bin/env node
// Character error rate of PDF text extractors against the text each PDF was made from (issue 14).
//   node scripts/extract-cer.mjs DIR [--json] [--only a,b]
// DIR holds pairs NAME.pdf + NAME.txt (the source text; paragraphs separated by blank lines). For each pair it runs:
//   tadqiq          `tadqiq extract` (dist/cli.js: glyph positions, then fix-all's repairs)
//   tadqiq-raw      `tadqiq extract --raw` (the rebuilt text without the repairs)
//   pdftotext       poppler's pdftotext (reading order)          apt-get install poppler-utils
//   pdftotext-layout  pdftotext -layout
//   mutool          mutool draw -F txt                           apt-get install mupdf-tools
//   pdfjs           pdf.js's own text: getTextContent() items joined, a line break at each hasEOL (as its viewer copies)
// CER = edit distance / reference length, after NFC and with every run of white space read as one space (line and
// paragraph breaks are not measured): the definition of server/src/testing/cer.ts. Totals are summed distances over
// summed lengths. tadqiq's pages per second come from its own report (-o), without Node's start-up.
// Needs `npm run build` first. An extractor that is not installed is skipped.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { loadCore } from './core-bundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : null;
if (!dir) {
  console.error('usage: node scripts/extract-cer.mjs DIR [--json] [--only tadqiq,pdftotext,…]');
  process.exit(2);
}

// the definition itself: server/src/testing/cer.ts, bundled (one definition for the tests and this script)
const { cerText, editDistance } = (await loadCore()).cer;
export { cerText, editDistance };

const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-cer-'));
const run = (cmd, argv) => execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });

let pdfjs;
async function pdfjsText(file) {
  if (!pdfjs) {
    const lib = path.join(ROOT, 'node_modules', 'pdfjs-dist', 'legacy', 'build');
    globalThis.pdfjsWorker = await import(path.join(lib, 'pdf.worker.mjs'));
    pdfjs = await import(path.join(lib, 'pdf.mjs'));
  }
  const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0, disableFontFace: true, isEvalSupported: false }).promise;
  let out = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const tc = await (await doc.getPage(p)).getTextContent();
    for (const it of tc.items) out += it.str + (it.hasEOL ? '\n' : '');
    out += '\n\n';
  }
  await doc.destroy();
  return out;
}

let lastRate = null;
function tadqiq(file, raw) {
  const out = path.join(tmp, 'out.txt');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'extract', ...(raw ? ['--raw'] : []), file, '-o', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr.trim());
  const m = /(\d+) pages? in ([\d.]+) s/.exec(r.stderr);
  if (m && !raw) lastRate = { pages: Number(m[1]), seconds: Number(m[2]) };
  return fs.readFileSync(out, 'utf8');
}

const EXTRACTORS = {
  tadqiq: { ok: () => fs.existsSync(path.join(ROOT, 'dist', 'cli.js')), text: (f) => tadqiq(f, false) },
  'tadqiq-raw': { ok: () => fs.existsSync(path.join(ROOT, 'dist', 'cli.js')), text: (f) => tadqiq(f, true) },
  pdftotext: { ok: () => have('pdftotext'), text: (f) => run('pdftotext', ['-enc', 'UTF-8', f, '-']) },
  'pdftotext-layout': { ok: () => have('pdftotext'), text: (f) => run('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-']) },
  mutool: { ok: () => have('mutool'), text: (f) => run('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', f]) },
  pdfjs: { ok: () => fs.existsSync(path.join(ROOT, 'node_modules', 'pdfjs-dist')), text: pdfjsText },
};
const names = Object.keys(EXTRACTORS).filter((n) => (!only || only.includes(n)) && EXTRACTORS[n].ok());
const skipped = Object.keys(EXTRACTORS).filter((n) => (!only || only.includes(n)) && !names.includes(n));

const pairs = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.pdf') && fs.existsSync(path.join(dir, f.replace(/\.pdf$/, '.txt'))))
  .sort();
const rows = [];
const totals = Object.fromEntries(names.map((n) => [n, { dist: 0, len: 0 }]));
let pages = 0;
let seconds = 0;
for (const pdf of pairs) {
  const file = path.join(dir, pdf);
  const ref = cerText(fs.readFileSync(file.replace(/\.pdf$/, '.txt'), 'utf8'));
  const row = { file: pdf, chars: ref.length, cer: {} };
  for (const n of names) {
    let hyp;
    try {
      hyp = cerText(await EXTRACTORS[n].text(file));
    } catch (e) {
      row.cer[n] = null;
      row.error = `${n}: ${String(e.message ?? e).split('\n')[0]}`;
      continue;
    }
    const d = editDistance(ref, hyp);
    row.cer[n] = ref.length ? d / ref.length : 0;
    totals[n].dist += d;
    totals[n].len += ref.length;
  }
  if (lastRate) {
    row.pages = lastRate.pages;
    row.seconds = lastRate.seconds;
    pages += lastRate.pages;
    seconds += lastRate.seconds;
    lastRate = null;
  }
  rows.push(row);
}
fs.rmSync(tmp, { recursive: true, force: true });
const total = Object.fromEntries(names.map((n) => [n, totals[n].len ? totals[n].dist / totals[n].len : null]));
if (json) {
  console.log(JSON.stringify({ extractors: names, skipped, rows, total, pages, seconds, pagesPerSecond: seconds ? pages / seconds : null }, null, 2));
} else {
  const pct = (x) => (x === null || x === undefined ? 'n/a' : `${(100 * x).toFixed(2)} %`);
  console.log(`| file | chars | ${names.join(' | ')} |`);
  console.log(`| --- | ---: | ${names.map(() => '---:').join(' | ')} |`);
  for (const r of rows) console.log(`| ${r.file} | ${r.chars} | ${names.map((n) => pct(r.cer[n])).join(' | ')} |${r.error ? ` ${r.error}` : ''}`);
  console.log(`| **all** | ${rows.reduce((s, r) => s + r.chars, 0)} | ${names.map((n) => `**${pct(total[n])}**`).join(' | ')} |`);
  if (seconds) console.log(`\ntadqiq extract: ${pages} pages in ${seconds.toFixed(2)} s = ${(pages / seconds).toFixed(1)} pages/s (pdf.js load included once per file, Node start-up not)`);
  if (skipped.length) console.log(`skipped (not installed): ${skipped.join(', ')}`);
}
