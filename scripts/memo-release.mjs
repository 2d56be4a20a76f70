// `node --expose-gc scripts/memo-release.mjs [KB]`: what releasing the core's memos when the language server is idle
// (core/text/memos.ts; lsp/server.ts) gives back and what it costs. The damaged ~200 KB draft of bench-lsp (the corpus
// dev degraded.txt files concatenated) checked incrementally as the server does, 60 keystrokes typed; then, with the
// memos kept and with them released (alternating, after two full collections each): V8's live heap, and the CPU time
// of the next keystroke (the first after the editor's pause). BENCH_KEEP=regexp: memos by name left as they are;
// NOGC=1: no collections (the heap then counts garbage too). One run, 200 KB, load 7-9: live heap 29.5 -> 21.6 MB
// released; the next keystroke 456 -> 915 ms CPU (median of 10; after two full collections, kept, it is ~400 ms
// against 144 ms with no collection before it: the idle collection alone makes the next keystroke dearer).
import { createRequire } from 'module';
import * as path from 'path';
import { fileURLToPath } from 'url';
import * as esbuild from 'esbuild';
import { devCorpusText, keystrokes } from './bench-texts.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(ROOT, 'out', 'memo-release.cjs');
await esbuild.build({
  stdin: { contents: "export { IncrementalLinter } from './server/src/core/incremental'; export { releaseMemos, memoNames } from './server/src/core/text/memos';", resolveDir: ROOT, loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
});
const core = createRequire(import.meta.url)(outfile);
let text = devCorpusText(Number(process.argv[2] ?? 200) * 1024);
if (!text) throw new Error('memo-release: ../shared/corpus/dev not found');
const keep = process.env.BENCH_KEEP ? new RegExp(process.env.BENCH_KEEP) : null;
const inc = new core.IncrementalLinter({});
inc.lint(text);
const keys = [...keystrokes(text, 80)];
for (const e of keys.slice(0, 60)) {
  text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
  inc.lint(text);
}
const heap = () => { if (!process.env.NOGC) { gc(); gc(); } return process.memoryUsage().heapUsed / 1024 / 1024; };
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rows = [];
for (const [i, e] of keys.slice(60).entries()) {
  const release = i % 2 === 1;
  const before = heap();
  if (release) core.releaseMemos(keep ? (n) => keep.test(n) : undefined);
  const after = heap();
  text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
  const c0 = cpu();
  inc.lint(text);
  rows.push({ release, before, after, ms: cpu() - c0 });
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
for (const release of [false, true]) {
  const r = rows.filter((x) => x.release === release);
  console.log(`${release ? 'released' : 'kept    '}: live heap ${med(r.map((x) => x.before)).toFixed(1)} -> ${med(r.map((x) => x.after)).toFixed(1)} MB, next keystroke CPU median ${med(r.map((x) => x.ms)).toFixed(1)} ms (${r.map((x) => x.ms.toFixed(0)).join(' ')})`);
}
