// `npm run eval [-- --split dev|test]`: run the real CLI over the corpus in ../shared/corpus and score it.
//  - lint --format json on <split>/*/degraded.txt → out/eval/<split>/pred.json → score.mjs
//  - fix on each degraded.txt → out/eval/<split>/fixed/<split>/<id>/fixed.txt → score.mjs --fixed
//  - findings on every clean.txt (should be none), per rule
//  - the clean-text guard (scripts/clean-guard.mjs) on correct published text (--no-clean skips it)
//  - the damage laboratory's round trip (scripts/damage-roundtrip.mjs, odd half, 2,000 paragraphs per damage;
//    --no-roundtrip skips it)
// Tune on dev only; test is for the final measurement.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev';
const corpus = path.resolve(process.env.TADQIQ_CORPUS ?? path.join('..', 'shared', 'corpus'));
if (!fs.existsSync(path.join(corpus, split))) {
  console.error(`eval: no corpus split at ${path.join(corpus, split)} (set TADQIQ_CORPUS)`);
  process.exit(2);
}
const out = path.resolve('out', 'eval', split);
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const ids = fs.readdirSync(path.join(corpus, split)).sort();
const cli = (a) => spawnSync(process.execPath, ['dist/cli.js', ...a], { encoding: 'utf8', maxBuffer: 1 << 30 });

const degraded = ids.map((id) => path.join(corpus, split, id, 'degraded.txt'));
const lint = cli(['lint', '--format', 'json', ...degraded]);
if (lint.status === 2) {
  console.error(lint.stderr);
  process.exit(2);
}
const pred = path.join(out, 'pred.json');
fs.writeFileSync(pred, lint.stdout);
for (const id of ids) {
  const fixed = cli(['fix', path.join(corpus, split, id, 'degraded.txt')]);
  const dir = path.join(out, 'fixed', split, id);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'fixed.txt'), fixed.stdout);
}
const score = spawnSync(process.execPath, [path.join(corpus, 'score.mjs'), pred, '--split', split, '--fixed', path.join(out, 'fixed'), '--json', path.join(out, 'score.json')], { encoding: 'utf8' });
process.stdout.write(score.stdout);
if (score.stderr) process.stderr.write(score.stderr);

const clean = JSON.parse(cli(['lint', '--format', 'json', ...ids.map((id) => path.join(corpus, split, id, 'clean.txt'))]).stdout || '{}');
const perRule = {};
for (const findings of Object.values(clean)) for (const f of findings) perRule[f.ruleId] = (perRule[f.ruleId] ?? 0) + 1;
console.log(`\nfindings on ${split}/*/clean.txt (target: none): ${Object.keys(perRule).length ? JSON.stringify(perRule) : 'none'}`);
console.log(`written: ${path.relative(process.cwd(), pred)}, ${path.relative(process.cwd(), path.join(out, 'score.json'))}`);

// Share of broken lines (lines with rtl-fragment annotations, broken-line subtype excepted) that fix-all
// repairs exactly: every segment of the fixed line (pdftotext -layout columns split at 3+ spaces) appears
// verbatim in clean.txt after NFKC and removing invisible controls, tatweel and spacing differences.
// Lines that also lost a number are left out (a number cannot be repaired). Reported with and without
// diacritics (extraction often loses them, and no rule can restore them).
const { loadCore } = await import('./core-bundle.mjs');
const core = await loadCore();
const byLineFix = core.ruleIds().filter((x) => x !== 'broken-paragraph' && x !== 'cut-word'); // keep line numbers stable
for (const noMarks of [false, true]) {
  const norm = (s) =>
    (noMarks ? s.normalize('NFKC').replace(/[\u064b-\u065f\u0670]/g, '') : s.normalize('NFKC'))
      .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u0640\ufffd]/g, '')
      .replace(/\(cid:\d+\)/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const segments = (line) => norm(line.replace(/ {3,}/g, '\u0001')).split('\u0001').map((x) => x.trim()).filter(Boolean);
  let total = 0;
  let exact = 0;
  let before = 0;
  const bySub = {};
  for (const id of ids) {
    const dir = path.join(corpus, split, id);
    const deg = fs.readFileSync(path.join(dir, 'degraded.txt'), 'utf8');
    const clean = norm(fs.readFileSync(path.join(dir, 'clean.txt'), 'utf8'));
    const degLines = deg.split('\n');
    let fixed = core.fixAll(deg, { only: byLineFix }).text.split('\n');
    // (diacritic removes a line that holds a lone haraka, which keeps no line number stable: such an article is read
    // without that rule rather than left out)
    if (fixed.length !== degLines.length) fixed = core.fixAll(deg, { only: byLineFix.filter((x) => x !== 'diacritic') }).text.split('\n');
    if (fixed.length !== degLines.length) continue;
    const ann = JSON.parse(fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8'));
    const lines = new Map();
    for (const a of ann) if (a.kind === 'rtl-fragment' && a.subtype !== 'broken-line') (lines.get(a.line) ?? lines.set(a.line, new Set()).get(a.line)).add(a.subtype);
    for (const [ln, subs] of lines) {
      if (ann.some((a) => a.line === ln && a.kind === 'missing-numeral')) continue;
      const good = segments(fixed[ln - 1]).every((s) => clean.includes(s));
      total++;
      if (good) exact++;
      if (segments(degLines[ln - 1]).every((s) => clean.includes(s))) before++;
      for (const sub of subs) {
        bySub[sub] ??= [0, 0];
        bySub[sub][0]++;
        if (good) bySub[sub][1]++;
      }
    }
  }
  console.log(`\nbroken lines repaired exactly by fix-all${noMarks ? ' (diacritics ignored)' : ''}: ${exact}/${total} = ${((exact / Math.max(1, total)) * 100).toFixed(1)} % (already right before: ${before})`);
  if (noMarks) for (const [k, v] of Object.entries(bySub).sort()) console.log(`  ${k.padEnd(20)} ${v[1]}/${v[0]}`);
}

// Correct text stays correct: the clean-text guard over ../shared/unlabelled and every corpus clean.txt
// (scripts/clean-guard.mjs; `npm run eval:clean` runs it alone). Skipped with --no-clean.
if (!args.includes('--no-clean')) {
  console.log('\n== clean-text guard (correct published text: damage-rule findings and letter-changing fixes)');
  const guard = spawnSync(process.execPath, ['scripts/clean-guard.mjs', '--examples', '3'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stdout.write(guard.stdout);
  if (guard.stderr) process.stderr.write(guard.stderr);
}

// The damage laboratory's round trip: damage applied to clean paragraphs of the held-out (odd) half, restored by
// fix-all (scripts/damage-roundtrip.mjs). Skipped with --no-roundtrip.
if (!args.includes('--no-roundtrip')) {
  console.log('\n== damage round trip (server/src/testing/damage.ts on the odd half of ../shared/unlabelled)');
  const rt = spawnSync(process.execPath, ['scripts/damage-roundtrip.mjs', '--half', 'odd', '--limit', '2000'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stdout.write(rt.stdout);
  if (rt.stderr) process.stderr.write(rt.stderr);
}
