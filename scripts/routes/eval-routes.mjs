// `npm run eval:routes [-- --limit N] [--shift F] [--articles A-B] [--half odd|even] [--routes a,b] [--extractors a,b] [--work DIR] [--out FILE.md]`
// The PDF routes users meet (issues 10 and 14), end to end: clean articles of ../shared/unlabelled (odd half by
// default: never tuned on) are rendered to PDF by each route, extracted by each extractor, and the text measured
// against the source, per route × extractor. See scripts/routes/README.md for the routes, the extractors and
// exactly what is measured. Needs `bash scripts/routes/setup.sh` once and `npm run -s build` (dist/cli.js).
// PDFs and texts go to --work (default /tmp/tadqiq-routes; third-party text, never committed) and are reused when
// there; the table (numbers only) to --out (default out/routes/routes.md) and stdout.
import { spawnSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import { loadCore } from '../core-bundle.mjs';
import { opt as optOf, requireUnlabelled, unlabelledPath } from '../unlabelled.mjs';
import { EXTRACTORS, extract, hasTadqiqExtract } from './extract.mjs';
import { alignLines, cer, damageKind, judgeLines, KINDS, normWs, ORDER_KINDS, readText } from './measure.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const half = opt('--half', 'odd');
const limit = Number(opt('--limit', 12));
const work = path.resolve(opt('--work', process.env.TADQIQ_ROUTES_WORK ?? path.join(os.tmpdir(), 'tadqiq-routes')));
const outFile = path.resolve(root, opt('--out', path.join('out', 'routes', 'routes.md')));
const cli = path.join(root, 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('eval:routes: dist/cli.js is missing (npm run -s build)');
  process.exit(2);
}
const log = (s) => process.stderr.write(s + '\n');

// ---------------------------------------------------------------- routes
/** Each route: how it renders (producer), its fonts (rotated over the articles) and columns. */
const ROUTES = {
  'chromium-justify': { producer: 'chromium', fonts: ['Amiri', 'Noto Naskh Arabic', 'Scheherazade'], align: 'justify' },
  'chromium-start': { producer: 'chromium', fonts: ['Noto Naskh Arabic', 'Amiri', 'KacstBook'], align: 'start' },
  'lo-odt': { producer: 'fodt', fonts: ['Amiri', 'Noto Naskh Arabic', 'Scheherazade', 'KacstBook', 'AlArabiya'], cols: 1 },
  'lo-odt-2col': { producer: 'fodt', fonts: ['Noto Naskh Arabic', 'Amiri', 'KacstBook', 'Scheherazade'], cols: 2 },
  'lo-docx': { producer: 'docx', fonts: ['Scheherazade', 'Amiri', 'Noto Naskh Arabic', 'KacstBook'], cols: 1 },
  'lo-docx-2col': { producer: 'docx', fonts: ['Amiri', 'KacstBook', 'Noto Naskh Arabic'], cols: 2 },
  lualatex: { producer: 'latex', fonts: ['Amiri', 'Noto Naskh Arabic', 'Scheherazade'], cols: (i) => (i % 3 === 2 ? 2 : 1) },
  'reportlab-visual': { producer: 'reportlab', fonts: ['Amiri', 'Noto Naskh Arabic', 'KacstBook'], cols: 1 },
};
const haveLatex = spawnSync('sh', ['-c', 'command -v lualatex'], { encoding: 'utf8' }).status === 0;
const haveSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
const haveReportlab = spawnSync('/usr/bin/python3', ['-c', 'import reportlab, bidi, arabic_reshaper'], { encoding: 'utf8' }).status === 0;
const chromiumPath = process.env.TADQIQ_CHROMIUM ?? '/usr/bin/chromium';
const available = (r) =>
  ({ chromium: fs.existsSync(chromiumPath), fodt: haveSoffice, docx: haveSoffice, latex: haveLatex, reportlab: haveReportlab })[ROUTES[r].producer];
const routeNames = (opt('--routes', null)?.split(',') ?? Object.keys(ROUTES)).filter((r) => {
  if (!ROUTES[r]) throw new Error(`unknown route ${r} (${Object.keys(ROUTES).join(', ')})`);
  if (!available(r)) log(`eval:routes: skipping ${r}: its producer is not installed (bash scripts/routes/setup.sh)`);
  return available(r);
});
const extractorNames = (opt('--extractors', null)?.split(',') ?? Object.keys(EXTRACTORS)).filter((e) => {
  if (!EXTRACTORS[e]) throw new Error(`unknown extractor ${e}`);
  if (e.startsWith('tadqiq-extract') && !hasTadqiqExtract()) {
    log('eval:routes: skipping tadqiq-extract: this build has no `tadqiq extract`');
    return false;
  }
  return true;
});

// ---------------------------------------------------------------- articles (the held-out half by default)
const core = await loadCore();
const pool = core
  .splitArticles(requireUnlabelled(unlabelledPath()))
  .filter((_, i) => i % 2 === (half === 'even' ? 0 : 1))
  .filter((a) => a.text.length >= 700 && a.text.length <= 4000 && a.text.trim().split(/\n\s*\n/).length >= 3);
const step = pool.length / Math.min(limit, pool.length);
// --shift F (0 ≤ F < 1): every article taken F of a step further on — `--shift 0.5` picks articles none of the
// unshifted selections of the same --limit holds (a fresh held-out set: session 14 measured `--limit 40 --shift 0.5`)
const shift = Number(opt('--shift', 0));
if (!(shift >= 0 && shift < 1)) throw new Error(`--shift ${shift}: a fraction of a step, 0 ≤ F < 1`);
// --articles A-B: only articles A..B (1-based) of that selection, e.g. a tuned half and a held-out half of --limit 40
const [from, to] = (opt('--articles', null) ?? `1-${limit}`).split('-').map(Number);
const settingIndex = new Map();
const articles = Array.from({ length: Math.min(limit, pool.length) }, (_, i) => pool[Math.floor((i + shift) * step)])
  .map((a, i) => (settingIndex.set(a, i), a))
  .filter((_, i) => i + 1 >= from && i + 1 <= to);
const src = (a) => a.text.trim().split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).join('\n\n') + '\n';
const dirs = { src: path.join(work, 'src'), pdf: path.join(work, 'pdf'), txt: path.join(work, 'txt'), fix: path.join(work, 'fix') };
for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
const srcFile = (a) => path.join(dirs.src, `${a.id}.txt`);
for (const a of articles) fs.writeFileSync(srcFile(a), src(a));
log(`eval:routes: ${articles.length} articles of the ${half} half (${pool.length} of 700–4,000 characters), routes ${routeNames.join(', ')}; extractors ${extractorNames.join(', ')}; work ${work}`);

// ---------------------------------------------------------------- render
const pdfOf = (r, a) => path.join(dirs.pdf, r, `${a.id}.pdf`);
const settingOf = (r, i) => {
  const R = ROUTES[r];
  return { font: R.fonts[i % R.fonts.length], cols: typeof R.cols === 'function' ? R.cols(i) : R.cols ?? 1 };
};
const t0 = Date.now();
const pyJobs = [];
const lo = [];
const chrome = [];
for (const r of routeNames) {
  fs.mkdirSync(path.join(dirs.pdf, r), { recursive: true });
  articles.forEach((a) => {
    if (fs.existsSync(pdfOf(r, a))) return;
    const { font, cols } = settingOf(r, settingIndex.get(a));
    const R = ROUTES[r];
    if (R.producer === 'chromium') chrome.push({ r, a, font });
    else if (R.producer === 'fodt' || R.producer === 'docx') {
      const doc = path.join(dirs.pdf, r, `${a.id}.${R.producer}`);
      pyJobs.push({ kind: R.producer, src: srcFile(a), out: doc, font, cols });
      lo.push({ r, doc });
    } else pyJobs.push({ kind: R.producer, src: srcFile(a), out: pdfOf(r, a), font, cols });
  });
}
if (pyJobs.length) {
  // LuaLaTeX is slow: its jobs in two processes beside the rest
  const latex = pyJobs.filter((j) => j.kind === 'latex');
  const rest = pyJobs.filter((j) => j.kind !== 'latex');
  const runPy = (jobs, name) =>
    new Promise((resolve) => {
      if (!jobs.length) return resolve();
      const f = path.join(work, `${name}.json`);
      fs.writeFileSync(f, JSON.stringify(jobs));
      const p = spawn('/usr/bin/python3', [path.join(here, 'render.py'), f], { stdio: ['ignore', 'inherit', 'inherit'] });
      p.on('close', resolve);
    });
  const latexHalves = [latex.filter((_, i) => i % 2 === 0), latex.filter((_, i) => i % 2 === 1)];
  await Promise.all([runPy(rest, 'jobs-rest'), runPy(latexHalves[0], 'jobs-latex0'), runPy(latexHalves[1], 'jobs-latex1')]);
}
if (lo.length) {
  const profile = path.join(work, 'lo-profile');
  for (const r of new Set(lo.map((x) => x.r))) {
    const docs = lo.filter((x) => x.r === r).map((x) => x.doc);
    const res = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dirs.pdf, r), ...docs], {
      encoding: 'utf8',
      env: { ...process.env, HOME: work },
      timeout: 1200000,
    });
    if (res.status !== 0) log(`soffice failed for ${r}: ${res.stderr?.slice(0, 300)}`);
  }
}
if (chrome.length) {
  const { chromium } = require('playwright-core');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-routes-chromium-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_CACHE_HOME: path.join(home, 'cache') },
  });
  try {
    const page = await browser.newPage();
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const { r, a, font } of chrome) {
      const [title, ...paras] = src(a).trim().split('\n\n');
      const html = `<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 2cm 2.5cm; }
body { font-family: '${font}'; font-size: 12pt; line-height: 1.6; }
h1 { font-size: 16pt; text-align: start; }
p { text-align: ${ROUTES[r].align}; margin: 0 0 0.25cm; }
</style></head><body><h1>${esc(title)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</body></html>`;
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      await page.pdf({ path: pdfOf(r, a), format: 'A4', preferCSSPageSize: true, displayHeaderFooter: false });
    }
  } finally {
    await browser.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
const tRender = Date.now() - t0;

// ---------------------------------------------------------------- extract
const t1 = Date.now();
const txtOf = (r, e, a) => path.join(dirs.txt, r, e, `${a.id}.txt`);
const failures = {};
for (const r of routeNames) {
  for (const e of extractorNames) {
    fs.mkdirSync(path.join(dirs.txt, r, e), { recursive: true });
    for (const a of articles) {
      const f = txtOf(r, e, a);
      if (fs.existsSync(f) || !fs.existsSync(pdfOf(r, a))) continue;
      try {
        fs.writeFileSync(f, await extract(e, pdfOf(r, a)));
      } catch (err) {
        failures[`${r}/${e}`] = (failures[`${r}/${e}`] ?? 0) + 1;
        log(`extract failed: ${r} ${e} ${a.id}: ${String(err.message ?? err).slice(0, 200)}`);
      }
    }
  }
}
const tExtract = Date.now() - t1;

// ---------------------------------------------------------------- lint and fix with the CLI
// Findings: `tadqiq lint --format json` over all texts of a cell (one process). Fixed texts: `tadqiq fix --write`
// over copies: once with every rule (the text the user gets: CER after fix), once without the two rules that join
// lines (broken-paragraph, cut-word), so that line i of the fixed text is line i of the extracted one.
const t2 = Date.now();
const RULES = JSON.parse(spawnSync(process.execPath, [cli, 'rules', '--format', 'json'], { encoding: 'utf8' }).stdout).map((x) => x.id ?? x.ruleId ?? x);
const lineRules = RULES.filter((id) => id !== 'broken-paragraph' && id !== 'cut-word');
const runCli = (a) => spawnSync(process.execPath, [cli, ...a], { encoding: 'utf8', maxBuffer: 1 << 30 });
const cells = [];
for (const r of routeNames) {
  for (const e of extractorNames) {
    const texts = articles.filter((a) => fs.existsSync(txtOf(r, e, a)));
    if (texts.length) cells.push({ r, e, texts, fixed: { all: {}, lines: {} } });
  }
}
// one process per step over every text (a process per file or per cell spends its time starting up)
const allTexts = cells.flatMap((c) => c.texts.map((a) => txtOf(c.r, c.e, a)));
const lint = runCli(['lint', '--format', 'json', ...allTexts]);
let findings = {};
try {
  findings = JSON.parse(lint.stdout || '{}');
} catch {
  log(`lint output unreadable: ${lint.stderr.slice(0, 300)}`);
}
for (const [mode, rules] of [['all', null], ['lines', lineRules]]) {
  const copies = [];
  for (const c of cells) {
    const dir = path.join(dirs.fix, mode, c.r, c.e);
    fs.mkdirSync(dir, { recursive: true });
    for (const a of c.texts) {
      const f = path.join(dir, `${a.id}.txt`);
      fs.copyFileSync(txtOf(c.r, c.e, a), f);
      copies.push(f);
    }
  }
  runCli(['fix', '--write', ...(rules ? ['--rules', rules.join(',')] : []), ...copies]);
  for (const c of cells) for (const a of c.texts) c.fixed[mode][a.id] = readText(path.join(dirs.fix, mode, c.r, c.e, `${a.id}.txt`));
}
for (const c of cells) c.findings = (a) => findings[txtOf(c.r, c.e, a)] ?? null;
const tLint = Date.now() - t2;

// ---------------------------------------------------------------- measure
const RTL_FAMILY = new Set(['reversed-line', 'split-word', 'broken-fragment', 'reversed-lam-alef', 'mirrored-bracket', 'rtl-spacing', 'cut-word', 'broken-paragraph', 'reversed-digits', 'diacritic']);
const rows = [];
const dumpDir = path.join(work, 'damage');
fs.mkdirSync(dumpDir, { recursive: true });
for (const { r, e, texts, findings, fixed } of cells) {
  const dump = [];
  const m = { route: r, extractor: e, articles: texts.length, lines: 0, unaligned: 0, damaged: 0, order: 0, cerErr: 0, cerErrFixed: 0, cerLen: 0,
    rtlHit: 0, anyHit: 0, rtlFindings: 0, rtlTrue: 0, restored: 0, restoredOrder: 0, lineCountChanged: 0, broke: 0, restoredL: 0, restoredOrderL: 0, brokeL: 0, refused: 0, kinds: Object.fromEntries(KINDS.map((k) => [k, 0])), byKind: Object.fromEntries(KINDS.map((k) => [k, { n: 0, rtl: 0, any: 0, restored: 0 }])) };
  for (const a of texts) {
    const source = src(a);
    const text = readText(txtOf(r, e, a));
    const c0 = cer(text, source);
    m.cerErr += c0.errors;
    m.cerLen += c0.length;
    m.cerErrFixed += cer(fixed.all[a.id], source).errors;
    const fs_ = findings(a);
    if (fs_ === null) m.refused++;
    // a finding counts on every line whose text its range covers (a character of it at least): cut-word's join starts on
    // the line before the one it repairs, the swapped pieces' on the line the mark opens (until session 16 a finding
    // counted on the line its range starts on only); byFinding keeps each finding once, with the lines it covers
    const textLines = text.split('\n');
    const byLine = new Map();
    const byFinding = [];
    for (const f of fs_ ?? []) {
      const covered = [];
      const { start: s, end: e } = f.range;
      for (let ln = s.line; ln <= Math.max(s.line, e.line); ln++) {
        const from = ln === s.line ? s.character : 0;
        const to = ln === e.line ? e.character : (textLines[ln] ?? '').length;
        const lineLen = (textLines[ln] ?? '').length;
        // (a range ending at a line's start covers none of it; a line covered whole or in part does)
        if (ln === s.line || (to > from && from < lineLen) || (lineLen === 0 && ln < e.line)) covered.push(ln);
      }
      byFinding.push({ ruleId: f.ruleId, lines: covered });
      for (const ln of covered) (byLine.get(ln) ?? byLine.set(ln, []).get(ln)).push(f.ruleId);
    }
    const fixedLines = fixed.lines[a.id].split('\n');
    const lines = alignLines(text, source);
    const sameCount = fixedLines.length === lines.length || (fixedLines.length === lines.length + 1 && fixedLines.at(-1) === '');
    if (!sameCount) m.lineCountChanged++;
    // the measure (issue 10): the whole fix-all, its lines followed back to the extracted ones (judgeLines); beside it
    // the earlier one (…L): line i of fix-all without the two rules that join lines against line i's span
    const judged = judgeLines(lines, source, text, fixed.all[a.id]);
    const orderLines = new Set();
    const countedLines = new Set();
    lines.forEach((l, i) => {
      if (l.status === 'blank') return;
      m.lines++;
      countedLines.add(i);
      const srcSpan = l.span ? source.slice(l.span[0], l.span[1]) : null;
      let kind;
      if (l.status !== 'aligned') {
        m.unaligned++;
        kind = 'letters';
      } else kind = damageKind(l.text, srcSpan, l.torn);
      const ids = byLine.get(i) ?? [];
      const rtlIds = ids.filter((id) => RTL_FAMILY.has(id));
      const order = kind !== null && ORDER_KINDS.has(kind);
      if (order) orderLines.add(i);
      const restoredL = sameCount && srcSpan !== null && normWs(fixedLines[i] ?? '') === normWs(srcSpan);
      const { ok: restored, unit } = judged[i];
      const multi = unit.lines[0] !== unit.lines[1];
      const one = (x) => String(x).replace(/\n/g, ' ');
      const rec = `\n  got: ${l.text}\n  src: ${one(multi ? unit.src : srcSpan)}\n  fix: ${one(unit.fix)}${multi ? `\n  unit: lines ${unit.lines.join('-')}${unit.src?.includes('\n') ? ', across a paragraph break' : ''}` : ''}${restoredL !== restored ? `\n  line by line: ${restoredL ? 'restored' : 'not restored'}` : ''}`;
      if (kind === null) {
        if (srcSpan !== null && !restored) m.broke++;
        if (sameCount && srcSpan !== null && !restoredL) m.brokeL++;
        if (ids.length || (srcSpan !== null && !restored)) dump.push(`${a.id}:${i + 1} clean${ids.length ? `, flagged ${ids.join(',')}` : ''}${srcSpan !== null && !restored ? ', BROKEN by fix' : ''}${rec}`);
        return;
      }
      dump.push(`${a.id}:${i + 1} ${kind}${ids.length ? `, flagged ${ids.join(',')}` : ', missed'}${restored ? ', restored' : ''}${rec}`);
      m.damaged++;
      m.kinds[kind]++;
      const bk = m.byKind[kind];
      bk.n++;
      if (rtlIds.length) bk.rtl++;
      if (ids.length) bk.any++;
      if (restored) bk.restored++;
      if (ids.length) m.anyHit++;
      if (restored) m.restored++;
      if (restoredL) m.restoredL++;
      if (order) {
        m.order++;
        if (rtlIds.length) m.rtlHit++;
        if (restored) m.restoredOrder++;
        if (restoredL) m.restoredOrderL++;
      }
    });
    // RTL precision, finding by finding: true when a line it covers is order-damaged
    for (const f of byFinding) {
      if (!RTL_FAMILY.has(f.ruleId) || !f.lines.some((ln) => countedLines.has(ln))) continue;
      m.rtlFindings++;
      if (f.lines.some((ln) => orderLines.has(ln))) m.rtlTrue++;
    }
  }
  rows.push(m);
  fs.writeFileSync(path.join(dumpDir, `${r}--${e}.txt`), dump.join('\n') + '\n');
}

// ---------------------------------------------------------------- the tables
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');
const md = [];
md.push(`# PDF routes: ${articles.length} articles of the ${half} half of ../shared/unlabelled`);
md.push('');
md.push(`Made by \`npm run eval:routes -- ${args.join(' ')}\` (scripts/routes/README.md says what each column means). tadqiq ${JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version}, ${new Date().toISOString().slice(0, 10)}.`);
md.push('');
md.push('| route | extractor | articles | lines | unaligned | damaged | order-damaged | CER | CER after fix | RTL recall | RTL precision | any-rule recall | restored (damaged) | restored (order) | clean lines broken by fix | line by line: restored (damaged) | (order) | broken |');
md.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const m of rows) {
  md.push(`| ${m.route} | ${m.extractor} | ${m.articles}${m.refused ? ` (${m.refused} refused)` : ''} | ${m.lines} | ${m.unaligned} | ${pct(m.damaged, m.lines)} | ${pct(m.order, m.lines)} | ${pct(m.cerErr, m.cerLen)} | ${pct(m.cerErrFixed, m.cerLen)} | ${ratio(m.rtlHit, m.order)} | ${ratio(m.rtlTrue, m.rtlFindings)} | ${ratio(m.anyHit, m.damaged)} | ${pct(m.restored, m.damaged)} | ${pct(m.restoredOrder, m.order)} | ${m.broke} | ${pct(m.restoredL, m.damaged)} | ${pct(m.restoredOrderL, m.order)} | ${m.brokeL}${m.lineCountChanged ? ` (${m.lineCountChanged} texts skipped)` : ''} |`);
}
// the cells weigh the same in the last row (pooled, LuaLaTeX through pdftotext -raw — a letter a line — would be most
// of the lines)
const mean = (f) => {
  const v = rows.map(f).filter((x) => Number.isFinite(x));
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN;
};
const mPct = (f) => `${(100 * mean(f)).toFixed(1)} %`;
const mRat = (f) => mean(f).toFixed(2);
md.push(`| **mean of the cells** | | | ${Math.round(mean((m) => m.lines))} | ${Math.round(mean((m) => m.unaligned))} | ${mPct((m) => m.damaged / m.lines)} | ${mPct((m) => m.order / m.lines)} | ${mPct((m) => m.cerErr / m.cerLen)} | ${mPct((m) => m.cerErrFixed / m.cerLen)} | ${mRat((m) => m.rtlHit / m.order)} | ${mRat((m) => m.rtlTrue / m.rtlFindings)} | ${mRat((m) => m.anyHit / m.damaged)} | ${mPct((m) => m.restored / m.damaged)} | ${mPct((m) => m.restoredOrder / m.order)} | ${rows.reduce((n, m) => n + m.broke, 0)} (sum) | ${mPct((m) => m.restoredL / m.damaged)} | ${mPct((m) => m.restoredOrderL / m.order)} | ${rows.reduce((n, m) => n + m.brokeL, 0)} (sum) |`);
md.push('');
md.push('Damaged lines by kind (the first class that explains the difference; share of the cell\'s damaged lines):');
md.push('');
md.push(`| route | extractor | damaged | ${KINDS.join(' | ')} |`);
md.push(`|---|---|---:|${KINDS.map(() => '---:').join('|')}|`);
for (const m of rows) md.push(`| ${m.route} | ${m.extractor} | ${m.damaged} | ${KINDS.map((k) => (m.kinds[k] ? pct(m.kinds[k], m.damaged) : '')).join(' | ')} |`);
md.push('');
md.push('Per kind of damage and extractor, all routes pooled: lines of that kind, the share an RTL-family rule flags / any rule flags / fix-all restores exactly:');
md.push('');
const exNames = [...new Set(rows.map((m) => m.extractor))];
md.push(`| kind | ${exNames.join(' | ')} |`);
md.push(`|---|${exNames.map(() => '---:').join('|')}|`);
for (const k of KINDS) {
  const cellsOf = exNames.map((e) => {
    const t = { n: 0, rtl: 0, any: 0, restored: 0 };
    for (const m of rows.filter((x) => x.extractor === e)) for (const f of Object.keys(t)) t[f] += m.byKind[k][f];
    return t.n ? `${t.n}: ${Math.round((100 * t.rtl) / t.n)} / ${Math.round((100 * t.any) / t.n)} / ${Math.round((100 * t.restored) / t.n)} %` : '';
  });
  md.push(`| ${k} | ${cellsOf.join(' | ')} |`);
}
md.push('');
md.push(`Times: render ${(tRender / 1000).toFixed(0)} s, extract ${(tExtract / 1000).toFixed(0)} s, lint + fix ${(tLint / 1000).toFixed(0)} s (2 cores, shared).${Object.keys(failures).length ? ` Extraction failures: ${JSON.stringify(failures)}.` : ''}`);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, md.join('\n') + '\n');
fs.writeFileSync(outFile.replace(/\.md$/, '') + '.json', JSON.stringify(rows, null, 1));
process.stdout.write(md.join('\n') + '\n');
log(`written: ${path.relative(process.cwd(), outFile)}`);
