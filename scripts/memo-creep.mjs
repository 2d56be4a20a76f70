// `node --expose-gc scripts/memo-creep.mjs [CHECKS]`: the heap of a long editing session. A 200 KB draft of the corpus
// dev split whose lines are whole paragraphs (twenty lines joined), one letter typed into a random line per check, the
// draft checked whole (what the language server does for its document rules); the heap after a full collection every
// 1,000 checks. The memos the core keeps across checks must not hold the drafts they read (a slice of 13 characters or
// more keeps its parent: text/strings.ts ownCopy) nor grow past their bounds (memoBudget). Needs ../shared/corpus/dev.
import { loadCore } from './core-bundle.mjs';
import { devCorpusText } from './bench-texts.mjs';

if (typeof global.gc !== 'function') {
  console.error('memo-creep: run with node --expose-gc');
  process.exit(2);
}
const core = await loadCore();
const text = devCorpusText(200 * 1024);
if (!text) {
  console.error('memo-creep: no corpus dev split');
  process.exit(2);
}
const src = text.split('\n').filter((l) => l.trim());
const lines = [];
for (let i = 0; i < src.length; i += 20) lines.push(src.slice(i, i + 20).join(' '));
let seed = 7;
const rnd = (n) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
const N = Number(process.argv[2] ?? 4000);
const t0 = Date.now();
for (let k = 0; k <= N; k++) {
  if (k % 1000 === 0) {
    global.gc();
    console.log(`${k} checks: heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(1)} MB (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const i = rnd(lines.length);
  const p = rnd(lines[i].length);
  lines[i] = lines[i].slice(0, p) + '\u0627' + lines[i].slice(p);
  core.lintText(lines.join('\n'));
}
