// The CLI's output before and after a change that must not change it (issue 13's speed work): lint (text, json,
// sarif) and fix of the 48 corpus drafts (../shared/corpus/*/*/degraded.txt, read at run time, never committed) and of
// the 1 MB bench input (scripts/bench-texts.mjs), run through two builds' bin/tadqiq.js, compared byte for byte
// (stdout and exit code). Keep a copy of the build before the change (bin/ and dist/ in one folder), then:
//   node scripts/cli-identical.mjs --ref /tmp/old-build [--new .] [--skip-1mb]
// Prints the cases that differ and exits 1 on any; 0 when every output is identical.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { opt } from './unlabelled.mjs';
import { devCorpusText } from './bench-texts.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const ref = opt(args, '--ref', undefined);
const cur = path.resolve(opt(args, '--new', ROOT));
if (!ref) {
  console.error('usage: node scripts/cli-identical.mjs --ref OLD_BUILD_DIR [--new DIR] [--skip-1mb]');
  process.exit(2);
}
const corpus = path.resolve(ROOT, '..', 'shared', 'corpus');
const drafts = ['dev', 'test']
  .flatMap((s) => (fs.existsSync(path.join(corpus, s)) ? fs.readdirSync(path.join(corpus, s)).sort().map((d) => path.join(corpus, s, d, 'degraded.txt')) : []))
  .filter((f) => fs.existsSync(f));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-identical-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const inputs = [...drafts];
if (!args.includes('--skip-1mb')) {
  const big = path.join(tmp, 'drafts-1mb.txt');
  fs.writeFileSync(big, devCorpusText(1024 * 1024));
  inputs.push(big);
}

const run = (dir, argv) => {
  const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'tadqiq.js'), ...argv], {
    cwd: tmp,
    env: { ...process.env, NO_COLOR: '1', TADQIQ_CACHE_DIR: path.join(tmp, 'cache-' + path.basename(dir)) },
    maxBuffer: 1 << 30,
  });
  return { out: r.stdout, code: r.status, err: r.stderr.toString() };
};

let cases = 0;
let bad = 0;
const commands = [
  ['lint', '--format', 'text'],
  ['lint', '--format', 'json'],
  ['lint', '--format', 'sarif'],
  ['fix'],
];
for (const f of inputs) {
  for (const c of commands) {
    const a = run(path.resolve(ref), [...c, f]);
    const b = run(cur, [...c, f]);
    cases++;
    // file paths in the output are the same (the same input file), so the bytes compare as they are
    if (a.code !== b.code || !a.out.equals(b.out)) {
      bad++;
      console.log(`DIFFERS: ${c.join(' ')} ${path.relative(ROOT, f)} (exit ${a.code} vs ${b.code}, ${a.out.length} vs ${b.out.length} bytes)${b.err ? ' ' + b.err.split('\n')[0] : ''}`);
    }
  }
}
console.log(`${cases - bad} of ${cases} outputs identical (${inputs.length} inputs x ${commands.length} commands)`);
process.exit(bad ? 1 : 0);
