// `node scripts/runs-diagnose.mjs [--half even|odd] [--limit N] [--cuts 1|2|3|1-3] [--show K]`: why the round trip's
// runs-out-of-order paragraphs fail (tuning aid for lexicon/runs.ts; prints counts — causes, and the lexicon's reading
// of the failures' true tears — and with --show the first K
// failing lines of the even half only — never the held-out half, never committed).
import { loadCore } from './core-bundle.mjs';
import { opt as optOf, wrappedParagraphs } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const half = opt('--half', 'even');
const limit = Number(opt('--limit', 2000));
const cutsOpt = opt('--cuts', '1');
const show = half === 'even' ? Number(opt('--show', 0)) : 0;
const core = await loadCore();
const D = core.damage;
const rand = D.seeded(Number(opt('--seed', 20261206)));
const paragraphs = wrappedParagraphs(core, half, limit, rand);
const causes = new Map();
const tearKinds = new Map();
const add = (k) => causes.set(k, (causes.get(k) ?? 0) + 1);
let n = 0;
let shown = 0;
for (const ls of paragraphs) {
  const cand = ls.map((_, i) => i).filter((i) => ls[i].length >= 30);
  if (!cand.length) continue;
  const i = cand[Math.floor(rand() * cand.length)];
  if (!D.canReverseRuns(ls[i])) continue;
  const k = cutsOpt === '1-3' ? 1 + Math.floor(rand() * 3) : Number(cutsOpt);
  const d = D.reverseRuns(ls[i], k, rand, 0);
  if (!d) continue;
  n++;
  const dl = ls.slice();
  dl[i] = d.text;
  const text = dl.join('\n');
  const reps = core.reversedRunRepairs(text);
  const lineStart = dl.slice(0, i).reduce((s, l) => s + l.length + 1, 0);
  const r = reps.find((x) => x.start >= lineStart && x.end <= lineStart + d.text.length);
  let cause;
  if (!r) cause = 'no repair';
  else if (r.text !== ls[i]) cause = r.preferred ? 'WRONG order preferred' : 'wrong order flagged';
  else if (!r.preferred) cause = !r.confirmed ? 'right, not confirmed' : r.score < 2 ? 'right, score low' : 'right, margin low';
  else cause = core.fixAll(text).text === core.fixAll(ls.join('\n')).text ? 'restored' : 'right, paragraph differs';
  add(cause);
  // what the lexicon makes of the line's true tears (tearReading): a failure whose tear it does not know (a name, a
  // function word) is the tears' fault, not the order's
  if (cause !== 'restored') {
    const L = ls[i];
    const kinds = d.cuts.map((c) => {
      let a = c;
      while (a > 0 && L[a - 1] !== ' ') a--;
      let b = c;
      while (b < L.length && L[b] !== ' ') b++;
      const h = core.tearReading(L.slice(a, c).replace(/^[^\u0621-\u064a]+/, ''), L.slice(c, b).replace(/[^\u0621-\u064a\u064b-\u0652]+$/, ''));
      return h === null ? 'unknown' : h.confirmed ? 'confirmed' : 'allowed';
    });
    tearKinds.set(kinds.sort().join('+'), (tearKinds.get(kinds.sort().join('+')) ?? 0) + 1);
  }
  if (cause !== 'restored' && shown < show) {
    shown++;
    console.log(`--- ${cause} (cuts ${k}) score ${r?.score?.toFixed(2)} margin ${r?.margin?.toFixed(2)}\n  prev: ${ls[i - 1] ?? ''}\n  want: ${ls[i]}\n  got:  ${d.text}\n  rep:  ${r?.text ?? ''}\n  next: ${ls[i + 1] ?? ''}`);
  }
}
console.log(`${half} half, cuts ${cutsOpt}: ${n} lines`);
for (const [k, v] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(28)} ${v}  ${((v / n) * 100).toFixed(1)} %`);
console.log('  the failures\' true tears, as the lexicon reads them:');
for (const [k, v] of [...tearKinds].sort((a, b) => b[1] - a[1])) console.log(`    ${k.padEnd(40)} ${v}`);
