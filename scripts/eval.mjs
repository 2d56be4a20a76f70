// `npm run eval [-- --split dev|test]`: run the real CLI over the corpus in ../shared/corpus and score it.
//  - lint --format json on <split>/*/degraded.txt → out/eval/<split>/pred.json → score.mjs
//  - fix on each degraded.txt → out/eval/<split>/fixed/<split>/<id>/fixed.txt → score.mjs --fixed
//  - findings on every clean.txt (should be none), per rule
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
