#!/usr/bin/env node
/**
 * Builds the Arabic lexicon shipped with tadqiq (server/src/core/lexicon/data.ts) from the
 * Ayaspell Hunspell dictionary (Debian package `hunspell-ar`, upstream ayaspell 3.2; licence GPL-2.0+ /
 * LGPL-2.1+ / MPL-1.1, see server/src/core/lexicon/LICENSE-ayaspell.txt).
 *
 * The generated file is committed: CI and a fresh clone need no apt package. Re-run this script only to
 * change the lexicon:
 *
 *   apt-get install hunspell-ar            # or: apt-get download hunspell-ar && dpkg -x hunspell-ar_*.deb /tmp/x
 *   node scripts/build-lexicon.mjs [--dir /usr/share/hunspell] [--out server/src/core/lexicon/data.ts]
 *
 * What is stored: every dictionary stem expanded with the suffix rules of ar.aff (inflection: ة ات ان ين
 * ون ي ية …, up to one continuation suffix, as Hunspell applies them), WITHOUT the prefix rules (the
 * clitics و ف ب ل ك س ال and the interrogative أ) and WITHOUT the pronoun-suffix classes (ه ها هم هما هن
 * ك كم كما كن ي ني نا): those are stripped at lookup time (server/src/core/lexicon/index.ts), which keeps
 * the list at ~0.5 M forms instead of tens of millions.
 *
 * Every form is folded the way lookups fold a token (diacritics and tatweel removed, أ إ آ ٱ → ا,
 * ى → ي), mapped to one ASCII character per letter (so V8 keeps the data as a one-byte string) and
 * front-coded in sorted blocks:
 *   block  = firstWord (lcpChar suffix)*      blocks joined with "\n"
 *   lcpChar = String.fromCharCode(0x20 + lcp)  (lcp ≤ 31), letters are A–Z a–z.
 * Lookup = binary search over block heads + a scan of one block (see compact.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const dir = opt('--dir', '/usr/share/hunspell');
const outFile = path.resolve(root, opt('--out', 'server/src/core/lexicon/data.ts'));
const BLOCK = 32;

const affPath = path.join(dir, 'ar.aff');
const dicPath = path.join(dir, 'ar.dic');
if (!fs.existsSync(affPath) || !fs.existsSync(dicPath)) {
  console.error(`ar.aff / ar.dic not found in ${dir}.\nInstall Debian's hunspell-ar (apt-get install hunspell-ar) or pass --dir to an extracted copy.`);
  process.exit(2);
}

// ---- the alphabet: must match ALPHABET in server/src/core/lexicon/fold.ts ----
export const ALPHABET = 'ءؤئابةتثجحخدذرزسشصضطظعغفقكلمنهوي';

// ---- parse ar.aff ----
const aff = fs.readFileSync(affPath, 'utf8').split('\n');
const AF = [null]; // AF aliases, 1-based
const rules = new Map(); // flag -> { type, entries }
for (const line of aff) {
  const p = line.trim().split(/\s+/);
  if (p[0] === 'AF' && p.length >= 2 && !/^\d+$/.test(p[1])) AF.push(p[1]);
  if ((p[0] === 'SFX' || p[0] === 'PFX') && p.length >= 5) {
    const [type, flag, strip, addc, cond] = p;
    const [add, cont] = addc.split('/');
    if (!rules.has(flag)) rules.set(flag, { type, entries: [] });
    rules.get(flag).entries.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      cont: cont ? (/^\d+$/.test(cont) ? AF[+cont] : cont) : '',
      cond,
    });
  }
}
const flagsOf = (s) => (s ? s.match(/../g) ?? [] : []); // FLAG long
const resolveFlags = (s) => flagsOf(/^\d+$/.test(s) ? AF[+s] : s);

// Pronoun-suffix classes (stripped at lookup): ?a–?i of the duplicated classes, Ha–Hi, Gb–Gi, aa–ff, AC, AD.
const isPronounClass = (f) => /^[A-S][a-i]$/.test(f) || /^(aa|bb|cc|dd|ee|ff|AC|AD)$/.test(f);

const condCache = new Map();
function condOk(cond, w) {
  if (cond === '.') return true;
  let re = condCache.get(cond);
  if (!re) condCache.set(cond, (re = new RegExp(cond + '$')));
  return re.test(w);
}

// ---- fold exactly as the runtime does ----
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\ufffd]/g;
function fold(w) {
  return w.normalize('NFKC').replace(MARKS, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي');
}
// letter i ↦ CODES[i]: ASCII, so V8 keeps DATA as a one-byte string
const CODES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const map = new Map([...ALPHABET].map((c, i) => [c, CODES[i]]));
function encode(w) {
  let s = '';
  for (const c of w) {
    const m = map.get(c);
    if (!m) return null;
    s += m;
  }
  return s;
}

// ---- expand ----
const forms = new Set();
let stems = 0;
let dropped = 0;
function add(w) {
  const e = encode(fold(w));
  if (e && e.length > 0) forms.add(e);
  else dropped++;
}
function applySfx(w, flags, depth) {
  for (const f of flags) {
    if (isPronounClass(f)) continue;
    const r = rules.get(f);
    if (!r || r.type !== 'SFX') continue;
    for (const e of r.entries) {
      if (e.strip && !w.endsWith(e.strip)) continue;
      if (!condOk(e.cond, w)) continue;
      const nw = w.slice(0, w.length - e.strip.length) + e.add;
      add(nw);
      if (depth < 1 && e.cont) applySfx(nw, flagsOf(e.cont), depth + 1);
    }
  }
}
const dic = fs.readFileSync(dicPath, 'utf8').split('\n');
for (const line of dic.slice(1)) {
  const l = line.split('\t')[0].trim();
  if (!l || l.startsWith('#') || l.startsWith(':') || l.endsWith('.dic')) continue;
  const slash = l.indexOf('/');
  const w = slash >= 0 ? l.slice(0, slash) : l;
  stems++;
  add(w);
  if (slash >= 0) applySfx(w, resolveFlags(l.slice(slash + 1)), 0);
}

// ---- two-letter words ----
// Ayaspell lists two-letter verb forms that are rare in running text (jussives and imperatives: نع)
// and that would make almost any two-letter fragment a "word". The rules judge short pieces against the
// two-letter entries that are not verbs (nouns and particles: ظل، حق، بن، آل، في), kept with their hamza.
const AM = [null];
for (const line of aff) {
  const p = line.trim().split(/\s+/);
  if (p[0] === 'AM' && p.length >= 2 && !/^\d+$/.test(p[1])) AM.push(line.trim().slice(3).trim());
}
const short = new Set();
for (const line of dic.slice(1)) {
  const [entry, morph] = line.split('\t');
  if (!entry || entry.startsWith('#') || entry.startsWith(':')) continue;
  const w = entry.split('/')[0].trim().normalize('NFKC').replace(MARKS, '');
  if ([...w].length !== 2 || !/^[\u0621-\u064a]+$/.test(w)) continue;
  const tag = morph ? (/^\d+$/.test(morph.trim()) ? AM[+morph.trim()] : morph) : '';
  if (/po:verb/.test(tag ?? '')) continue;
  short.add(w);
}
const shortList = [...short].sort().join(' ');

// ---- lam-alef context counts ----
// An extractor that writes the lam-alef ligature as two letters inside a visual-order line makes ال and
// لا indistinguishable after the reversal; both readings are often words (إعلان / أعالن). The tie is
// broken by how often the list has لا vs ال between the same two neighbours (^ = word start, $ = end).
const decode = new Map([...map].map(([k, v]) => [v, k]));
const lamAlef = new Map();
for (const f of forms) {
  const w = '^' + [...f].map((c) => decode.get(c)).join('') + '$';
  for (let i = 1; i + 2 < w.length; i++) {
    const pair = w.slice(i, i + 2);
    if (pair !== 'ال' && pair !== 'لا') continue;
    const key = w[i - 1] + w[i + 2];
    const c = lamAlef.get(key) ?? [0, 0];
    c[pair === 'لا' ? 0 : 1]++;
    lamAlef.set(key, c);
  }
}
const lamAlefTable = [...lamAlef].sort().map(([k, [la, al]]) => `${k}${la},${al}`).join(';');

// ---- front-code (the encoder that server/src/core/lexicon/compact.ts also exports for its tests) ----
const sorted = [...forms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const compactFile = path.join(root, 'out', 'build-lexicon-compact.cjs');
await esbuild.build({ entryPoints: [path.join(root, 'server/src/core/lexicon/compact.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: compactFile, logLevel: 'warning' });
const { frontCode } = createRequire(import.meta.url)(compactFile);
const data = frontCode(sorted, BLOCK);
const blockCount = Math.ceil(sorted.length / BLOCK);

const header = `/* eslint-disable */
// GENERATED by scripts/build-lexicon.mjs — do not edit.
// Source: Ayaspell Arabic Hunspell dictionary 3.2 (Debian package hunspell-ar), (c) 2006-2008 Mohamed Kebdani,
// licensed GPL-2.0+ / LGPL-2.1+ / MPL-1.1 (see LICENSE-ayaspell.txt beside this file); this derived word list is
// distributed under the same terms. ${stems} stems expanded to ${sorted.length} folded forms, ${blockCount} blocks of ${BLOCK}.
`;
const body = `${header}export const ALPHABET = '${ALPHABET}';
export const BLOCK_SIZE = ${BLOCK};
export const FORM_COUNT = ${sorted.length};
/** Two-letter non-verb entries of the dictionary, diacritics removed, hamza kept, space-separated. */
export const TWO_LETTER_WORDS = ${JSON.stringify(shortList)};
/** prev+next letter (^ start, $ end) → how many forms have لا, ال between them: "XYla,al;…" */
export const LAM_ALEF_CONTEXT = ${JSON.stringify(lamAlefTable)};
// a plain string literal (V8 scans it faster than a template literal)
export const DATA = ${JSON.stringify(data)};
`;
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, body);
console.log(`stems ${stems}, forms ${sorted.length} (dropped ${dropped}), blocks ${blockCount}, ${(body.length / 1024 / 1024).toFixed(2)} MB → ${path.relative(root, outFile)}`);
