// `node scripts/claims-own.mjs [--verbose [--all]] [--half tune|measure]`: unattributed-claim on the project's own claim sets
// (test/claims-own/, see its README: a tuning half and a measuring half, split before tuning), undamaged and
// through each PDF damage of server/src/testing/claimDamage.ts. Each sentence is linted alone; found = at least one
// finding on a claim line, false alarm = any finding on a named line. A measurement: always exits 0.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import { createRequire } from 'module';

const RULE = 'unattributed-claim';
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const halves = args.includes('--half') ? [args[args.indexOf('--half') + 1]] : ['tune', 'measure'];
const root = new URL('..', import.meta.url).pathname;
const outfile = new URL('../out/claims-own.cjs', import.meta.url).pathname;
await esbuild.build({
  stdin: {
    contents: "export { lintText } from './server/src/core/engine'; export { damage, DAMAGES } from './server/src/testing/claimDamage';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
});
const core = createRequire(import.meta.url)(outfile);
const unescape = (s) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
const load = (name) =>
  fs.readFileSync(new URL(`../test/claims-own/${name}`, import.meta.url), 'utf8').split(/\r?\n/)
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim() && !raw.trimStart().startsWith('#'))
    .map(({ raw, line }) => {
      const m = /\s+#\s*([\p{L}\p{N}_-]+)\s*$/u.exec(raw);
      return { line, text: unescape(m ? raw.slice(0, m.index) : raw), tag: m ? m[1] : 'untagged' };
    });
const lint = (t) => core.lintText(t, { only: [RULE] }).findings.filter((f) => f.ruleId === RULE);
const mark = (t, fs_) => {
  let s = t;
  for (const f of [...fs_].sort((a, b) => b.start - a.start)) s = s.slice(0, f.start) + '⟦' + s.slice(f.start, f.end) + '⟧' + s.slice(f.end);
  return s;
};
for (const half of halves) {
  const claims = load(`claims.${half}.ar.txt`);
  const named = load(`named.${half}.ar.txt`);
  console.log(`== ${half} half: ${claims.length} claims, ${named.length} named/quiet sentences`);
  console.log('damage          found   recall   false alarms   precision (per sentence)');
  for (const name of ['none', ...core.DAMAGES]) {
    const dmg = (t) => (name === 'none' ? t : core.damage(name, t));
    const missed = claims.filter((c) => lint(dmg(c.text)).length === 0);
    const alarms = named.map((n) => ({ ...n, fs: lint(dmg(n.text)) })).filter((n) => n.fs.length > 0);
    const found = claims.length - missed.length;
    console.log(`${name.padEnd(14)} ${String(found).padStart(4)}/${claims.length}   ${(found / claims.length).toFixed(3)}   ${String(alarms.length).padStart(6)}/${named.length}      ${(found / (found + alarms.length)).toFixed(3)}`);
    if (verbose && (name === 'none' || args.includes('--all')) && (missed.length || alarms.length)) {
      for (const m of missed) console.log(`    missed  ${m.line}: ${m.text}  # ${m.tag}`);
      for (const a of alarms) console.log(`    alarm   ${a.line}: ${mark(dmg(a.text), a.fs)}  # ${a.tag}`);
    }
  }
}
