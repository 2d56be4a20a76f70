/**
 * A Chromium-made PDF read by pdf.js (Firefox's viewer) in a font whose glyphs map to presentation forms (Noto Naskh
 * Arabic, KacstBook): issue 10's commonest damage on the routes users meet. The line is drawn glyph by glyph from
 * left to right; most glyphs map to presentation forms, ligatures (lam-alef) and some isolated glyphs to plain
 * letters; pdf.js's bidi pass leaves presentation forms where they are (it classes them left to right) but reverses
 * every run of plain letters in place (the spaces and punctuation between two of them included). For the round trip
 * (scripts/damage-roundtrip.mjs, `pdfjs-forms`) and the tests of lexicon/visualMixed.ts; written apart from the
 * repair (this file does not import it).
 */
import { toPresentationForms } from '../core/text/charclass';
import type { Rand } from './damage';

const isLigature = (c: number) => c >= 0xfef5 && c <= 0xfefc;
const LIGATURE_LETTERS: Record<number, string> = { 0xfef5: '\u0644\u0622', 0xfef7: '\u0644\u0623', 0xfef9: '\u0644\u0625', 0xfefb: '\u0644\u0627' };
const isMark = (c: number) => (c >= 0x064b && c <= 0x065f) || c === 0x0670;
const isLtr = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Isolated and final alef, teh, dal, reh (glyphs some fonts map to the plain letter). */
const PLAIN_SOMETIMES: Record<number, string> = {
  0xfe8d: '\u0627', 0xfe8e: '\u0627', 0xfe95: '\u062a', 0xfe96: '\u062a', 0xfea9: '\u062f', 0xfeaa: '\u062f', 0xfead: '\u0631', 0xfeae: '\u0631',
};

/** Can the line take this damage (Arabic, no brackets, whose mirrored glyphs are another question)? */
export function canPdfjsForms(line: string): boolean {
  return /[\u0621-\u064a]{2,}/.test(line) && !/[()[\]{}<>«»]/.test(line);
}

/** The line as pdf.js gives it (see the file comment); `share` of the alef/teh/dal/reh glyphs map to plain letters. */
/** Where the glyph unit at i ends: a glyph and its marks, or a left-to-right run (a full stop inside it kept). */
function unitEnd(shaped: string, i: number): number {
  let j = i + 1;
  if (isLtr(shaped.charCodeAt(i))) while (j < shaped.length && (isLtr(shaped.charCodeAt(j)) || (shaped[j] === '.' && j + 1 < shaped.length && isLtr(shaped.charCodeAt(j + 1))))) j++;
  else while (j < shaped.length && isMark(shaped.charCodeAt(j))) j++;
  return j;
}

export function pdfjsForms(line: string, rand: Rand, share = 0.5): string {
  const shaped = toPresentationForms(line);
  // glyph units in logical order: a glyph and its marks, a left-to-right run, any other character
  const units: string[] = [];
  for (let i = 0; i < shaped.length; ) {
    const c = shaped.charCodeAt(i);
    const j = unitEnd(shaped, i);
    let u = shaped.slice(i, j);
    if (isLigature(c)) u = LIGATURE_LETTERS[(c - 0xfef5) % 2 ? c - 1 : c] + u.slice(1);
    else if (PLAIN_SOMETIMES[c] && rand() < share) u = PLAIN_SOMETIMES[c] + u.slice(1);
    units.push(u);
    i = j;
  }
  const visual = units.reverse().join('');
  // pdf.js: runs from a plain Arabic letter to the last plain letter before a presentation form, a Latin letter or
  // a digit, reversed in place
  const plain = (c: number) => (c >= 0x0621 && c <= 0x065f) || c === 0x060c || c === 0x061b || c === 0x061f;
  const strongOther = (c: number) => (c >= 0xfb50 && c <= 0xfefc) || isLtr(c);
  let out = '';
  for (let i = 0; i < visual.length; ) {
    if (!plain(visual.charCodeAt(i))) {
      out += visual[i++];
      continue;
    }
    let last = i;
    for (let j = i + 1; j < visual.length && !strongOther(visual.charCodeAt(j)); j++) if (plain(visual.charCodeAt(j))) last = j;
    out += [...visual.slice(i, last + 1)].reverse().join('');
    i = last + 1;
  }
  return out;
}

/**
 * The same line as pdf.js's text items give it (read off the items of the routes' Chromium PDFs, articles 1–20): every
 * presentation form is an item of its own; the plain letters and the punctuation and spaces between two presentation
 * forms are one item (without the spaces at its edges, items of their own), which pdf.js reverses — a full stop before
 * a waw included (`. و` for the visual `و .`); an isolated lam-alef (ﻻ ﻷ ﻹ ﻵ) is drawn as a zero-width alef, a
 * zero-width space and a lam — the alef and the space items of their own, the lam the first letter of the next item —
 * and a final one (ﻼ) as its two letters in visual order, inside its item. Fonts differ: in some (half the lines here)
 * the isolated ones are drawn like the final ones. `share` as pdfjsForms.
 */
export function pdfjsFormItems(line: string, rand: Rand, share = 0.5): string {
  const shaped = toPresentationForms(line);
  const splitLigatures = rand() < 0.5;
  // glyph units in logical order, each in visual order; an isolated lam-alef's alef and space flagged as items apart
  const units: Array<{ text: string; cut: boolean }> = [];
  for (let i = 0; i < shaped.length; ) {
    const c = shaped.charCodeAt(i);
    const j = unitEnd(shaped, i);
    let u = shaped.slice(i, j);
    if (isLigature(c)) {
      const letters = LIGATURE_LETTERS[(c - 0xfef5) % 2 ? c - 1 : c];
      if (splitLigatures && (c - 0xfef5) % 2 === 0) {
        // isolated: alef, space (items apart), then the lam (visual order: the alef first)
        units.push({ text: letters[1] + ' ', cut: true }, { text: letters[0] + u.slice(1), cut: false });
        i = j;
        continue;
      }
      u = letters[1] + letters[0] + u.slice(1);
    } else if (PLAIN_SOMETIMES[c] && rand() < share) u = PLAIN_SOMETIMES[c] + u.slice(1);
    units.push({ text: u, cut: false });
    i = j;
  }
  // visual order: the units reversed (an isolated lam-alef's pieces stay alef, space, lam)
  const vis: Array<{ text: string; cut: boolean }> = [];
  for (let k = units.length - 1; k >= 0; k--) {
    if (units[k].cut && k + 1 < units.length && !units[k + 1].cut) {
      // (its lam was pushed after it: put the alef and the space before the lam in visual order)
      const lam = vis.pop()!;
      vis.push(units[k], lam);
    } else vis.push(units[k]);
  }
  const isPlain = (c: number) => (c >= 0x0621 && c <= 0x065f) || c === 0x060c || c === 0x061b || c === 0x061f;
  const isStrong = (c: number) => (c >= 0xfb50 && c <= 0xfefc) || isLtr(c);
  let out = '';
  let item = '';
  const flush = () => {
    const lead = item.match(/^ +/)?.[0] ?? '';
    const body = item.slice(lead.length).replace(/ +$/, '');
    const trail = item.slice(lead.length + body.length);
    let hasPlain = false;
    for (let k = 0; k < body.length; k++) if (isPlain(body.charCodeAt(k))) hasPlain = true;
    out += lead + (hasPlain ? [...body].reverse().join('') : body) + trail;
    item = '';
  };
  for (const u of vis) {
    if (u.cut) {
      flush();
      out += u.text;
      continue;
    }
    for (const ch of u.text) {
      if (isStrong(ch.charCodeAt(0))) {
        flush();
        out += ch;
      } else item += ch;
    }
  }
  flush();
  return out;
}

/**
 * A Chromium line read by pdf.js in a font drawn in plain letters (Amiri): the line's text items left to right, each
 * in logical order — the runs of Arabic cut at every number and Latin run, which are items of their own with the
 * spaces beside them; a bracket beside them too, drawn as its mirror image. Null when the line has no such run.
 * `brackets`: every bracket an item of its own, mirrored, with the spaces beside it (Chromium cuts its items at a
 * bracket beside Arabic words too: `(أماني)`, routes' articles 1–20); then a line with a bracket and no number is cut too.
 */
export function pdfjsItems(line: string, brackets = false): string | null {
  const items: string[] = [];
  // (a number with the decimal ر of the Tunisian press, `42ر2`, is one item: routes' articles 1–20)
  const re = /( ?)([([]?)([0-9A-Za-z](?:[0-9A-Za-z.,:/%' -]|\u0631(?=[0-9]))*[0-9A-Za-z%]|[0-9A-Za-z])([)\]]?)( ?)/g;
  let last = 0;
  const mirror = (b: string) => ({ '(': ')', ')': '(', '[': ']', ']': '[' })[b] ?? b;
  // (an Arabic run, cut at its brackets when `brackets`)
  const run = (t: string) => {
    if (!brackets) return void items.push(t);
    for (const part of t.split(/( ?[()[\]] ?)/)) {
      if (!part) continue;
      const b = /^( ?)([()[\]])( ?)$/.exec(part);
      if (b === null) items.push(part);
      else for (const x of [b[1], mirror(b[2]), b[3]]) if (x) items.push(x);
    }
  };
  let cut = false;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    if (m.index > last) run(line.slice(last, m.index));
    for (const part of [m[1], mirror(m[2]), m[3], mirror(m[4]), m[5]]) if (part) items.push(part);
    last = m.index + m[0].length;
    cut = true;
  }
  if (last < line.length) run(line.slice(last));
  if (!cut && !(brackets && /[()[\]]/.test(line))) return null;
  return items.reverse().join('');
}

/**
 * A paragraph of a Chromium PDF read by pdf.js in a plain-letter font: every line with a number, a Latin run or a
 * bracket comes out as its items left to right (pdfjsItems with brackets), as such a draft's lines all do. Null unless
 * two lines changed at least (the draft's evidence reversed-line reads, its lines read as items).
 */
export function pdfjsItemLines(ls: readonly string[]): string[] | null {
  let changed = 0;
  const out = ls.map((l) => {
    if (!/[\u0621-\u064a]{2,}/.test(l)) return l;
    const d = pdfjsItems(l, true);
    if (d === null || d === l) return l;
    changed++;
    return d;
  });
  return changed >= 2 ? out : null;
}

/**
 * A Chromium line read by pdf.js in a font that draws marks as glyphs of their own (Amiri, Scheherazade): the line's
 * text items left to right, each in logical order — the Arabic runs cut at every number and Latin run (as pdfjsItems)
 * and at every letter that carries a mark, whose marks and letter are an item of their own, the marks first (`ٔا` for
 * أ, `ٕا` for إ, `ّي` for يّ), and the spaces beside those items items too. Null when the line has no hamza alef.
 */
export function pdfjsMarkItems(line: string): string | null {
  if (!/[\u0623\u0625]/.test(line)) return null;
  const items: string[] = [];
  let run = '';
  const flush = () => {
    if (!run) return;
    const lead = run.match(/^ +/)?.[0] ?? '';
    const trail = run.length > lead.length ? (run.match(/ +$/)?.[0] ?? '') : '';
    if (lead) items.push(lead);
    const body = run.slice(lead.length, run.length - trail.length);
    if (body) items.push(body);
    if (trail) items.push(trail);
    run = '';
  };
  const isMark = (c: number) => c >= 0x064b && c <= 0x0652;
  const isLtr = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    if (isLtr(c)) {
      let j = i + 1;
      // (the Tunisian press's decimal ر between digits stays in the number's item, `42ر2`, as in pdfjsItems)
      while (j < line.length && (isLtr(line.charCodeAt(j)) || (/[.,:/%\u0631-]/.test(line[j]) && (line[j] !== '\u0631' || /[0-9]/.test(line[j - 1])) && j + 1 < line.length && /[0-9]/.test(line[j + 1]) || (/[.,:/%-]/.test(line[j]) && j + 1 < line.length && isLtr(line.charCodeAt(j + 1)))))) j++;
      flush();
      items.push(line.slice(i, j));
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < line.length && isMark(line.charCodeAt(j))) j++;
    if (c === 0x0623 || c === 0x0625 || j > i + 1) {
      flush();
      const base = c === 0x0623 || c === 0x0625 ? '\u0627' : line[i];
      const marks = (c === 0x0623 ? '\u0654' : c === 0x0625 ? '\u0655' : '') + line.slice(i + 1, j);
      items.push(marks + base);
    } else run += line.slice(i, j);
    i = j;
  }
  flush();
  return items.reverse().join('');
}

/**
 * A LibreOffice line with one quotation read by pdf.js, in a font with no quotation mark (lexicon/quoteItems.ts): the
 * line cut at the spaces beside the quotes, the pieces left to right (each in logical order), the quotes after them,
 * one item each (`" "`). Null unless the line has exactly one pair of quotes, a space outside each (or the line's edge).
 */
export function loQuoteItems(line: string): string | null {
  const m = /^(.*? )?"([^"\s][^"]*[^"\s]|[^"\s])"( .*)?$/.exec(line);
  if (m === null || (m[1] === undefined && m[3] === undefined)) return null;
  const pieces = [m[1]?.trim(), m[2], m[3]?.trim()].filter((x): x is string => !!x);
  return pieces.reverse().join(' ') + '" "';
}

/** Every line of a paragraph that loQuoteItems damages, damaged; null when none is. */
export function loQuoteLines(ls: readonly string[]): string[] | null {
  let changed = 0;
  const out = ls.map((l) => {
    const d = loQuoteItems(l);
    if (d === null) return l;
    changed++;
    return d;
  });
  return changed ? out : null;
}
