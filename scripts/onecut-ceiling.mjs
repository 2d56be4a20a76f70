// `node scripts/onecut-ceiling.mjs [--half odd|even] [--limit N] [--cuts 1]` (dev-only experiment, issue 10; nothing
// it builds is shipped): how often the right start of a one-cut line (a rotation of itself: every start re-joins the
// same torn word) is the single best order under evidence of several kinds, all mined in memory from the whole even
// half of ../shared/unlabelled (unbounded tables): the shipped pair table (pairs.data.ts), the same PMI score with an
// unbounded table, Kneser-Ney bigram and trigram language models of the pair keys, a word-class trigram (clitic
// prefixes, endings, frequent words), and the two combined. Every start of the line is a candidate (not only those the
// tears allow), the neighbouring lines as context. Prints rates only.
import { loadTs } from './core-bundle.mjs';
import { opt as optOf, requireUnlabelled, unlabelledPath, wrappedParagraphs } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const half = opt('--half', 'odd');
const limit = Number(opt('--limit', 4000));
const core = await loadTs(
  'onecut-core',
  "export * from './server/src/testing/cleanText'; export * as damage from './server/src/testing/damage'; export { pairKeys, pairScore, PARAGRAPH_EDGE, wordClass, quantise, dequantise } from './server/src/core/lexicon/pairs'; export { foldKey } from './server/src/core/lexicon/fold';",
);
const { pairKeys, pairScore, PARAGRAPH_EDGE: EDGE } = core;

// ---- mining (the even half, unbounded)
const articles = core.splitArticles(requireUnlabelled(unlabelledPath()));
const uni = new Map();
const bi = new Map();
const tri = new Map();
const inc = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
let N = 0;
const seqs = [];
articles.forEach((a, i) => {
  if (i % 2 !== 0) return;
  for (const p of a.text.split('\n')) if (p.trim()) seqs.push([EDGE, ...pairKeys(p, 0, p.length), EDGE]);
});
for (const s of seqs) {
  for (let i = 0; i < s.length; i++) {
    inc(uni, s[i]);
    N++;
    if (i + 1 < s.length) inc(bi, s[i] + ' ' + s[i + 1]);
    if (i + 2 < s.length) inc(tri, s[i] + ' ' + s[i + 1] + ' ' + s[i + 2]);
  }
}
// classes: a frequent key is its own class; else clitic prefix + ending
const PREF = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'].map((x) => core.foldKey(x));
const SUF = ['ات', 'ون', 'ين', 'ية', 'ها', 'هم', 'ة', 'ي', 'ا', 'ه', 'ت', 'ن'].map((x) => core.foldKey(x));
const FREQ = Number(opt('--freq', 200));
const clsOf = (k) => {
  if (k.length <= 1) return k;
  if ((uni.get(k) ?? 0) >= FREQ) return k;
  let p = '';
  for (const x of PREF) if (k.length >= x.length + 2 && k.startsWith(x)) { p = x; break; }
  let q = '';
  for (const x of SUF) if (k.length >= p.length + x.length + 2 && k.endsWith(x)) { q = x; break; }
  return `~${p}_${q}`;
};
console.log(`mined: ${seqs.length} paragraphs, ${N} keys, ${uni.size} keys, ${bi.size} pairs, ${tri.size} triples`);

/** A Kneser-Ney model (interpolated, one discount) of order 2 or 3 over sequences of tokens. */
function kn(seqsOf, order, prune = null) {
  let c1 = new Map(), c2 = new Map(), c3 = new Map();
  for (const s of seqsOf) for (let i = 0; i < s.length; i++) {
    inc(c1, s[i]);
    if (i + 1 < s.length) inc(c2, s[i] + ' ' + s[i + 1]);
    if (order >= 3 && i + 2 < s.length) inc(c3, s[i] + ' ' + s[i + 1] + ' ' + s[i + 2]);
  }
  const full2 = c2, full3 = c3;
  let look2 = c2, look3 = c3;
  if (prune) {
    // (as a shipped table would hold them: n-grams seen >= min times, counts on the pair table's log scale)
    const q = (c) => (prune.quant ? core.dequantise(core.quantise(c)) : c);
    const keep = (m, min) => new Map([...m].filter(([, c]) => c >= min).map(([k, c]) => [k, q(c)]));
    look3 = keep(c3, prune.tri);
    look2 = keep(c2, prune.bi);
    if (!prune.fullStats) { c3 = look3; c2 = look2; }
    console.log(`pruned class tables: ${c1.size} classes, ${look2.size} pairs, ${look3.size} triples`);
  }
  const D = 0.75;
  // continuation counts
  const contW = new Map(); // N1+(. w)
  const ctxTypes = new Map(); // N1+(v .)
  const ctxCount = new Map(); // c(v .)
  for (const [k, c] of c2) {
    const [v, w] = k.split(' ');
    inc(contW, w);
    inc(ctxTypes, v);
    ctxCount.set(v, (ctxCount.get(v) ?? 0) + c);
  }
  const totalCont = c2.size;
  const V = c1.size + 1;
  const t2Types = new Map(), t2Count = new Map(), mid = new Map(), midTypes = new Map(), contVW = new Map();
  if (order >= 3) {
    for (const [k, c] of c3) {
      const [u, v, w] = k.split(' ');
      inc(t2Types, u + ' ' + v);
      t2Count.set(u + ' ' + v, (t2Count.get(u + ' ' + v) ?? 0) + c);
      inc(contVW, v + ' ' + w); // N1+(. v w)
    }
    for (const [k, n] of contVW) {
      const v = k.split(' ')[0];
      mid.set(v, (mid.get(v) ?? 0) + n); // N1+(. v .)
      inc(midTypes, v); // N1+(v .) among continuation
    }
  }
  const p1 = (w) => ((contW.get(w) ?? 0) + 0.5) / (totalCont + 0.5 * V);
  const p2 = (v, w, lower) => {
    // lower: continuation counts (as the middle level of a trigram model)
    if (lower && order >= 3) {
      const m = mid.get(v) ?? 0;
      if (m === 0) return p1(w);
      return Math.max((contVW.get(v + ' ' + w) ?? 0) - D, 0) / m + (D * (midTypes.get(v) ?? 0)) / m * p1(w);
    }
    const cv = ctxCount.get(v) ?? 0;
    if (cv === 0) return p1(w);
    return Math.max((look2.get(v + ' ' + w) ?? 0) - D, 0) / cv + (D * (ctxTypes.get(v) ?? 0)) / cv * p1(w);
  };
  const p3 = (u, v, w) => {
    const cuv = t2Count.get(u + ' ' + v) ?? 0;
    if (cuv === 0) return p2(v, w, true);
    return Math.max((look3.get(u + ' ' + v + ' ' + w) ?? 0) - D, 0) / cuv + (D * (t2Types.get(u + ' ' + v) ?? 0)) / cuv * p2(v, w, true);
  };
  return (s) => {
    let lp = 0;
    for (let i = 1; i < s.length; i++) lp += Math.log(order >= 3 && i >= 2 ? p3(s[i - 2], s[i - 1], s[i]) : p2(s[i - 1], s[i], false));
    return lp;
  };
}
const knBi = kn(seqs, 2);
const knTri = kn(seqs, 3);
const clsSeqs = seqs.map((s) => s.map(clsOf));
const knCls = kn(clsSeqs, 3);
const knCls2 = kn(clsSeqs, 2);
const knClsP = kn(clsSeqs, 3, { tri: Number(opt('--min-tri', 2)), bi: 2, quant: true, fullStats: args.includes('--full-stats') });
// PMI with unbounded counts (the shipped score's form: clip ±4, frequent pairs never seen scored against, classes else)
const LOGN = Math.log(N);
const pmiU = (s) => {
  let sum = 0;
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s[i], b = s[i + 1];
    if (a === '?' || b === '?') continue;
    const na = uni.get(a) ?? 0, nb = uni.get(b) ?? 0, nab = bi.get(a + ' ' + b) ?? 0;
    let v;
    if (na > 0 && nb > 0 && (nab > 0 || (na >= 100 && nb >= 100))) v = nab === 0 ? Math.min(0, LOGN - Math.log(na) - Math.log(nb)) : Math.log(nab) + LOGN - Math.log(na) - Math.log(nb);
    else v = 0;
    sum += Math.max(-4, Math.min(4, v));
  }
  return sum;
};
const shipped = (s) => {
  let sum = 0;
  for (let i = 0; i + 1 < s.length; i++) sum += pairScore(s[i], s[i + 1]);
  return sum;
};
const models = {
  shipped,
  'pmi-unbounded': pmiU,
  'kn-bigram': knBi,
  'kn-trigram': knTri,
  'class-trigram': (s) => knCls(s.map(clsOf)),
  'kn-trigram+0.5class': (s) => knTri(s) + 0.5 * knCls(s.map(clsOf)),
  'kn-trigram+class': (s) => knTri(s) + knCls(s.map(clsOf)),
  'shipped+class': (s) => shipped(s) + knCls(s.map(clsOf)),
  'kn-bigram+class': (s) => knBi(s) + knCls(s.map(clsOf)),
  'class-bigram': (s) => knCls2(s.map(clsOf)),
  'shipped+class-pruned': (s) => shipped(s) + knClsP(s.map(clsOf)),
  'shipped+0.7class-pruned': (s) => shipped(s) + 0.7 * knClsP(s.map(clsOf)),
  'shipped+1.5class-pruned': (s) => shipped(s) + 1.5 * knClsP(s.map(clsOf)),
  'shipped+class-bigram': (s) => shipped(s) + knCls2(s.map(clsOf)),
};

// ---- the held-out lines
const D = core.damage;
const rand = D.seeded(Number(opt('--seed', 20261206)));
const paragraphs = wrappedParagraphs(core, half, limit, rand);
const right = Object.fromEntries(Object.keys(models).map((k) => [k, 0]));
const rightCtx = { both: {}, one: {}, none: {} };
let n = 0;
const ctxN = { both: 0, one: 0, none: 0 };
const cutsN = Number(opt('--cuts', 1));
const withWidth = args.includes('--width');
const ctxKeys = Number(opt('--ctx', 2));
for (const ls of paragraphs) {
  const cand = ls.map((_, i) => i).filter((i) => ls[i].length >= 30);
  if (!cand.length) continue;
  const i = cand[Math.floor(rand() * cand.length)];
  if (!D.canReverseRuns(ls[i])) continue;
  const d = D.reverseRuns(ls[i], cutsN, rand, 0);
  if (!d) continue;
  const L = ls[i];
  const c = d.cuts[0];
  // chunks of the damaged line: L[c:] then L[0:c]
  const tailPart = L.slice(c).split(' ').filter(Boolean);
  const headPart = L.slice(0, c).split(' ').filter(Boolean);
  const chunks = [...tailPart, ...headPart];
  const m = chunks.length;
  const trueB = tailPart.length;
  const prev = i > 0 ? pairKeys(ls[i - 1], 0, ls[i - 1].length).slice(-ctxKeys) : [EDGE];
  const next = i + 1 < ls.length ? pairKeys(ls[i + 1], 0, ls[i + 1].length).slice(0, ctxKeys) : [EDGE];
  const ctx = (i > 0 ? 1 : 0) + (i + 1 < ls.length ? 1 : 0);
  const ck = ctx === 2 ? 'both' : ctx === 1 ? 'one' : 'none';
  ctxN[ck]++;
  n++;
  const seqOf = (b) => {
    const rot = [...chunks.slice(b, m - 1), chunks[m - 1] + chunks[0], ...chunks.slice(1, b)];
    const t = rot.join(' ');
    return [...prev, ...pairKeys(t, 0, t.length), ...next];
  };
  const seqs2 = [];
  for (let b = 1; b < m; b++) seqs2.push([b, seqOf(b)]);
  // (--width: a start whose first word would have fitted on the line before, as wide as the paragraph's widest
  // line, is a start no greedy line breaker makes — exact in this laboratory, a proxy in a proportional font)
  const widest = Math.max(...ls.filter((_, x) => x !== i).map((l) => l.length), 0);
  const fits = (b) => i > 0 && ls[i - 1].length + 1 + (b === m - 1 ? chunks[m - 1] + chunks[0] : chunks[b]).length <= widest;
  for (const [name, f] of Object.entries(models)) {
    let best = -Infinity, bestB = -1, tie = false;
    for (const [b, s] of seqs2) {
      const v = f(s) - (withWidth && fits(b) ? 1000 : 0);
      if (v > best + 1e-9) { best = v; bestB = b; tie = false; } else if (Math.abs(v - best) <= 1e-9) tie = true;
    }
    if (bestB === trueB && !tie) {
      right[name]++;
      rightCtx[ck][name] = (rightCtx[ck][name] ?? 0) + 1;
    }
  }
}
console.log(`${half} half, ${cutsN} cut: ${n} lines (context both ${ctxN.both}, one ${ctxN.one}, none ${ctxN.none}); the right start the single best:`);
for (const k of Object.keys(models)) console.log(`  ${k.padEnd(22)} ${((right[k] / n) * 100).toFixed(1)} %   (both ${(((rightCtx.both[k] ?? 0) / ctxN.both) * 100).toFixed(1)}, one ${(((rightCtx.one[k] ?? 0) / Math.max(1, ctxN.one)) * 100).toFixed(1)}, none ${(((rightCtx.none[k] ?? 0) / Math.max(1, ctxN.none)) * 100).toFixed(1)})`);
