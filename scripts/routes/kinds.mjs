// `node scripts/routes/kinds.mjs [--work DIR] [--routes a,b] [--extractors a,b] [--after]`
// The finer kinds of damage of the lines eval-routes leaves broken (issue 10). Reads the damage files that
// `eval-routes.mjs` writes to --work/damage (run it first, on the articles you may read: the tuned half), and counts,
// per route × extractor, the order-damaged lines the RTL family misses and those it flags but fix-all does not
// restore, by the first of these kinds that explains the line against its source span (numbers only are printed):
//   junk          kashida glyphs (C0 controls, U+FFFE, printed 7/1/0/#/$/&) and nothing else; a line with other
//                 damage too is classified without its glyphs
//   torn-only     a word cut at the line's start or end and nothing else (cut-word's business, joins lines)
//   lone-mark     a haraka alone: after a space, at the line's start, or a line of marks
//   tanwin-order  the same letters; a tanwin before or after its alef (ًا for اً), maybe with the space moved
//   early-mark    the same letters and marks; harakat on another letter
//   number        the same letters; digits glued to words, moved, or their runs in another order
//   spacing       the same letters in order; words split or glued
//   lam-alef      the same once every ل/ا pair is read in either order
//   bracket       the same once brackets are mirrored
//   mark-end      a sentence mark or quote moved to the line's end (or start)
//   punctuation   other punctuation moved
//   latin-order   Latin words in another order
//   half-reversed shaped runs reversed (presentation forms in the extracted line)
//   reversed      the whole line's letters or words reversed
//   pieces-2      the line's letters are its source's cut once and swapped (one cut: runs or PDFium pieces)
//   pieces-3+     cut two or more times, pieces out of order
//   letters       letters lost, added or changed (or unaligned)
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { opt as optOf } from '../unlabelled.mjs';
import { INVISIBLE, JUNK, MARKS, normWs, ORDER_KINDS, PRINTED_KASHIDA } from './measure.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const work = path.resolve(opt('--work', process.env.TADQIQ_ROUTES_WORK ?? path.join(os.tmpdir(), 'tadqiq-routes')));
const dir = path.join(work, 'damage');
const want = (list, x) => !list || list.split(',').includes(x);
const RTL_FAMILY = new Set(['reversed-line', 'split-word', 'broken-fragment', 'reversed-lam-alef', 'mirrored-bracket', 'rtl-spacing', 'cut-word', 'broken-paragraph', 'reversed-digits', 'diacritic']);

export const FINE = ['junk', 'torn-only', 'lone-mark', 'tanwin-order', 'early-mark', 'number', 'spacing', 'lam-alef', 'bracket', 'mark-end', 'punctuation', 'latin-order', 'half-reversed', 'reversed', 'pieces-2', 'pieces-3+', 'letters'];

const noSp = (s) => s.replace(/ /g, '');
const noMarks = (s) => s.replace(MARKS, '');
const letters = (s) => s.replace(/[^\p{L}\p{N}]/gu, '');
const TANWIN_ALEF = /\u064b\s*\u0627|\u0627\s*\u064b/g;
const lamAlef = (s) => s.replace(/[لاأإآ]{2,}/g, (m) => [...m].sort().join(''));
const mirror = (s) => s.replace(/[()[\]{}]/g, (c) => ({ '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{' })[c]);
const MARK_CH = /[.،؛:!?؟"«»'-]/;

/** How many pieces of b, taken greedily longest first, spell a (both without spaces); Infinity when a letter of a is
 *  nowhere in b. */
function pieces(a, b) {
  let n = 0;
  for (let i = 0; i < a.length; ) {
    let best = 0;
    for (let len = 1; i + len <= a.length && b.includes(a.slice(i, i + len)); len++) best = len;
    if (!best) return Infinity;
    i += best;
    n++;
  }
  return n;
}

/** The finer kind of one damaged line (got: as extracted, src: its source span, kind: the measure's). */
export function fineKind(got, src, kind) {
  const raw = normWs(got);
  let a = normWs(raw.replace(INVISIBLE, '')).normalize('NFKC');
  const b = normWs(src).normalize('NFKC');
  const unjunked = normWs(a.replace(JUNK, '').replace(PRINTED_KASHIDA, ''));
  if (unjunked === b) return 'junk';
  a = unjunked; // the glyphs are extraction-junk's: the kind is that of what is left
  if (kind === 'torn') {
    const aw = a.split(' ');
    const bw = b.split(' ');
    for (const [x, y] of [[aw.slice(1), bw.slice(1)], [aw.slice(0, -1), bw.slice(0, -1)], [aw.slice(1, -1), bw.slice(1, -1)]])
      if (x.join(' ') === y.join(' ') || (x.length > 0 && b.includes(x.join(' ')))) return 'torn-only';
    if (aw.length <= 2 && b.includes(a)) return 'torn-only';
  }
  if (/(^|\s)[\u064b-\u0652]/.test(raw) || /^[\u064b-\u0652\s]+$/.test(raw)) return 'lone-mark';
  if (noSp(noMarks(a)) === noSp(noMarks(b))) {
    if (noSp(a.replace(TANWIN_ALEF, 'اً')) === noSp(b.replace(TANWIN_ALEF, 'اً'))) {
      if (a.replace(TANWIN_ALEF, 'اً') !== b.replace(TANWIN_ALEF, 'اً') && /\d/.test(a) && noSp(a) === noSp(b)) return 'number';
      return a.match(TANWIN_ALEF)?.join() !== b.match(TANWIN_ALEF)?.join() ? 'tanwin-order' : 'spacing';
    }
    if (noSp(a) !== noSp(b)) return 'early-mark';
  }
  if (noSp(a).replace(/\d/g, '') === noSp(b).replace(/\d/g, '') && /\d/.test(a)) return 'number';
  if (noSp(a) === noSp(b)) return 'spacing';
  if (noSp(lamAlef(a)) === noSp(lamAlef(b))) return 'lam-alef';
  if (noSp(mirror(a)) === noSp(b) || noSp(a).replace(/[()]/g, '') === noSp(b).replace(/[()]/g, '')) return 'bracket';
  if (letters(a) === letters(b)) {
    // a mark moved to an end: the line without its first or last marks, the marks put back elsewhere
    const end = a.match(/[.،؛:!?؟"«»'\s-]+$/)?.[0] ?? '';
    const start = a.match(/^[.،؛:!?؟"«»'\s-]+/)?.[0] ?? '';
    const sorted = (s) => [...s.replace(/[\p{L}\p{N}\s]/gu, '')].sort().join('');
    if ((end.trim() || start.trim()) && sorted(a) === sorted(b) && [...(end + start)].some((c) => MARK_CH.test(c))) return 'mark-end';
    return 'punctuation';
  }
  const latin = (s) => (s.match(/[A-Za-z]+/g) ?? []).join(' ');
  if (latin(a) && latin(a) !== latin(b) && latin(a).split(' ').sort().join() === latin(b).split(' ').sort().join() && noSp(a).replace(/[A-Za-z]/g, '') === noSp(b).replace(/[A-Za-z]/g, '')) return 'latin-order';
  if (/[\ufb50-\ufdff\ufe70-\ufeff]/.test(raw)) return 'half-reversed';
  const la = letters(noMarks(a));
  const lb = letters(noMarks(b));
  if ([...la].reverse().join('') === lb) return 'reversed';
  const wa = normWs(a.replace(/[^\p{L}\p{N}\s]/gu, ' ')).split(' ');
  if (wa.reverse().join(' ') === normWs(b.replace(/[^\p{L}\p{N}\s]/gu, ' '))) return 'reversed';
  if ([...la].sort().join('') === [...lb].sort().join('') || kind === 'torn') {
    const n = pieces(la, lb);
    if (n === 2) return 'pieces-2';
    if (n !== Infinity && n <= 8) return 'pieces-3+';
  }
  return 'letters';
}

/** The damage file of one cell, as records {kind, ids, restored, got, src, fix}. */
export function readDamage(file) {
  const out = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i + 3 < lines.length + 1; i++) {
    const m = /^(\S+):(\d+) ([a-z-]+)(?:, flagged ([^,\s]+(?:,[^,\s]+)*))?(?:, missed)?(, restored)?(, BROKEN by fix)?$/.exec(lines[i]);
    if (!m || !lines[i + 1]?.startsWith('  got: ')) continue;
    out.push({ kind: m[3], ids: m[4] ? m[4].split(',') : [], restored: !!m[5], got: lines[i + 1].slice(7), src: lines[i + 2].slice(7), fix: lines[i + 3].slice(7) });
    i += 3;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const cells = [];
  const total = { missed: Object.fromEntries(FINE.map((k) => [k, 0])), unrestored: Object.fromEntries(FINE.map((k) => [k, 0])) };
  for (const f of files) {
    const [r, e] = f.replace(/\.txt$/, '').split('--');
    if (!want(opt('--routes', null), r) || !want(opt('--extractors', null), e)) continue;
    const c = { cell: `${r} ${e}`, missed: {}, unrestored: {}, order: 0 };
    for (const rec of readDamage(path.join(dir, f))) {
      if (!ORDER_KINDS.has(rec.kind)) continue;
      c.order++;
      if (rec.restored) continue;
      // --after: the kind of what fix-all leaves (its output against the source) rather than of the extracted line
      const k = args.includes('--after') ? fineKind(rec.fix, rec.src, rec.kind) : fineKind(rec.got, rec.src, rec.kind);
      const which = rec.ids.some((id) => RTL_FAMILY.has(id)) ? 'unrestored' : 'missed';
      c[which][k] = (c[which][k] ?? 0) + 1;
      total[which][k]++;
    }
    cells.push(c);
  }
  const used = FINE.filter((k) => total.missed[k] + total.unrestored[k]);
  const cell = (c, k) => (c.missed[k] || c.unrestored[k] ? `${c.missed[k] ?? 0} / ${c.unrestored[k] ?? 0}` : '');
  console.log('Order-damaged lines not restored, by kind: missed by the RTL family / flagged but not restored.\n');
  console.log(`| kind | ${cells.map((c) => c.cell).join(' | ')} | all |`);
  console.log(`|---|${cells.map(() => '---:|').join('')}---:|`);
  for (const k of used.sort((x, y) => total.missed[y] + total.unrestored[y] - total.missed[x] - total.unrestored[x]))
    console.log(`| ${k} | ${cells.map((c) => cell(c, k)).join(' | ')} | ${total.missed[k]} / ${total.unrestored[k]} |`);
  console.log(`| order-damaged lines | ${cells.map((c) => c.order).join(' | ')} | ${cells.reduce((s, c) => s + c.order, 0)} |`);
}
