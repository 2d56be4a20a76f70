// The extractors of the PDF routes (scripts/routes/README.md): each turns a PDF into the text a user gets from it.
//   pdfjs             Firefox's viewer: pdf.js getTextContent, the items joined as the text layer's copy joins them
//                     (each item's str in content order, a line break after an item with hasEOL, nothing between
//                     other items: pdf.js emits the spaces it sees as items), then pdf.js's normalizeUnicode, which the
//                     viewer applies on copy; pages separated by a line break
//   pdfium            Chrome's viewer: PDFium's FPDFText_GetText over each page (@hyzyla/pdfium), \r\n → \n
//   pdftotext-raw, pdftotext, pdftotext-layout   poppler's pdftotext -enc UTF-8 [-raw|-layout]
//   mutool            MuPDF's mutool draw -F txt
//   tadqiq-extract    the project's own `tadqiq extract` (dist/cli.js), where this build has it: its text with the
//                     repairs of fix; tadqiq-extract-raw: `--raw`, the rebuilt text without them
// Every extractor gets the same clean-up the corpus gives (form feeds dropped, trailing spaces and trailing blank
// lines removed). `node scripts/routes/extract.mjs EXTRACTOR FILE.pdf` prints one.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

const here = path.dirname(new URL(import.meta.url).pathname);
const toolsModules = path.join(here, 'tools', 'node_modules');
const root = path.resolve(here, '..', '..');

const tidy = (s) => s.replace(/\f/g, '').replace(/[ \t]+$/gm, '').replace(/\n+$/, '') + '\n';

let pdfjs = null;
async function pdfjsText(file) {
  pdfjs ??= await import(pathToFileURL(path.join(toolsModules, 'pdfjs-dist', 'legacy', 'build', 'pdf.mjs')).href);
  const data = new Uint8Array(fs.readFileSync(file));
  const doc = await pdfjs.getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0, isEvalSupported: false }).promise;
  const pages = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    let s = '';
    for (const item of content.items) {
      if (typeof item.str !== 'string') continue;
      s += item.str;
      if (item.hasEOL) s += '\n';
    }
    pages.push(pdfjs.normalizeUnicode ? pdfjs.normalizeUnicode(s) : s);
    page.cleanup();
  }
  await doc.destroy();
  return pages.join('\n');
}

let pdfium = null;
async function pdfiumText(file) {
  if (!pdfium) {
    const mod = await import(pathToFileURL(path.join(toolsModules, '@hyzyla', 'pdfium', 'dist', 'index.esm.js')).href);
    pdfium = await mod.PDFiumLibrary.init();
  }
  const doc = await pdfium.loadDocument(new Uint8Array(fs.readFileSync(file)));
  const pages = [];
  for (const page of doc.pages()) pages.push(page.getText().replace(/\r\n?/g, '\n'));
  doc.destroy();
  return pages.join('\n');
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.error?.message ?? r.stderr.slice(0, 300)}`);
  return r.stdout;
};

/** Has this build `tadqiq extract`? (It lands from the extract branch.) */
export function hasTadqiqExtract() {
  const cli = path.join(root, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) return false;
  const r = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  return /^\s*tadqiq extract\b/m.test(r.stdout);
}

export const EXTRACTORS = {
  pdfjs: pdfjsText,
  pdfium: pdfiumText,
  'pdftotext-raw': async (f) => run('pdftotext', ['-enc', 'UTF-8', '-raw', f, '-']),
  pdftotext: async (f) => run('pdftotext', ['-enc', 'UTF-8', f, '-']),
  'pdftotext-layout': async (f) => run('pdftotext', ['-enc', 'UTF-8', '-layout', f, '-']),
  mutool: async (f) => run('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', f]),
  'tadqiq-extract': async (f) => run(process.execPath, [path.join(root, 'dist', 'cli.js'), 'extract', f]),
  'tadqiq-extract-raw': async (f) => run(process.execPath, [path.join(root, 'dist', 'cli.js'), 'extract', '--raw', f]),
};

/** The text `name` extracts from `file`, tidied; throws when the extractor fails. */
export async function extract(name, file) {
  return tidy(await EXTRACTORS[name](file));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [name, file] = process.argv.slice(2);
  if (!EXTRACTORS[name] || !file) {
    console.error(`usage: node scripts/routes/extract.mjs ${Object.keys(EXTRACTORS).join('|')} FILE.pdf`);
    process.exit(2);
  }
  process.stdout.write(await extract(name, file));
}
