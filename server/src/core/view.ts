/**
 * The repaired view: the text as it will read once the character-level and line-order repairs are made — bidi
 * controls dropped, tatweel and kashida glyphs (`%`, `!`, U+FFFD between letters) dropped, extraction junk (C0
 * controls, U+FFFE; VT and FF inside a word: `chars.ts` JUNK, isWordJunk) dropped, presentation forms
 * read as letters (NFKC), lines in visual order read backwards (word by word for the lines `pdftotext -raw` writes:
 * `Document.wordOrder`) — with a map from each of its offsets back to the original text. Rules about language rather than characters (a claim and its source) read this view, so that
 * `وق!!الت مص!!ادر` or a line in visual order is read as `وقالت مصادر`; their findings are mapped back.
 *
 * Pure, linear in the text, never throws. Only characters are dropped, expanded or reordered within a line:
 * every character of the view comes from one original character, so a range of the view maps to the smallest
 * original range that holds its characters.
 */
import { isArabicLetter, isArabicMark, isPresentationForm, TATWEEL } from './text/arabic';
import { isBidiControl, isKashidaGlyph } from './text/charclass';
import { ARABIC_TOKEN, CH, CONTROL, FORM, isWordJunk, JUNK, LETTER, nfkc, REPLACEMENT, TATWEEL_C } from './text/chars';
import { nextOf, VIEW_REPAIR_RE } from './text/scan';
import { Document } from './document';
import { shortReadsReversed } from './lexicon/visualLine';
import { nonOverlapping } from './fix';
import type { Edit, Finding } from './types';

export interface RepairedView {
  text: string;
  /** toOriginal[i]: the original offset of the view's character i; toOriginal[text.length] = original length. */
  toOriginal: Int32Array;
  /** Is the view the original text itself (nothing to repair)? */
  identity: boolean;
  /**
   * written[i] = 1: the view's character i was written by a repair (an edit's new text), so its place in the original
   * is only the edit's range: no edit of the view lands next to it (viewAfterEdits).
   */
  written?: Uint8Array;
}

function isLetterish(c: number): boolean {
  return isArabicLetter(c) || isPresentationForm(c);
}

/** The repaired view of a text (a document of its own: tools and tests; rules get `ctx.doc.repaired`). */
export function repairedView(text: string): RepairedView {
  return new Document(text).repaired;
}

/** The repaired view of a document (`Document.repaired` computes it once per lint). */
/**
 * The character-table flags of what buildRepairedView's line loop repairs or reads apart: bidi controls (within
 * CONTROL), extraction junk, tatweel, the kashida glyph U+FFFD, presentation forms. The other kashida glyphs (`!`,
 * `%`) and the junk VT and FF (isWordJunk) are asked by code; any other character only sets whether a letter came
 * before (LETTER is isArabicLetter, and a presentation form is never there).
 */
const REPAIRED = CONTROL | JUNK | TATWEEL_C | REPLACEMENT | FORM;

export function buildRepairedView(doc: Document): RepairedView {
  const text = doc.text;
  const lines = doc.lineIndex;
  // which lines need a repair (most lines of most texts need none: they are copied whole)
  const needs: boolean[] = [];
  /** Lines judged in visual order, and the short ones read so beside them. */
  const visual: boolean[] = [];
  const shortBackwards = new Set<number>();
  let any = false;
  // the next character to repair at or after the line's start (a native scan, text/scan.ts), -1 when there is none
  let next = -2;
  for (let l = 0; l < lines.lineCount; l++) {
    const s = lines.starts[l];
    const e = lines.lineEnd(l);
    if (next !== -1 && next < s) next = nextOf(VIEW_REPAIR_RE, text, s);
    let need = next >= 0 && next < e;
    const v = e - s > 2 && doc.isVisualLine(s, e);
    visual.push(v);
    if (v) need = true;
    needs.push(need);
    if (need) any = true;
  }
  // a line of one or two words beside one in visual order, too short to judge alone, read backwards when its reversal
  // reads better (lexicon/visualLine.ts shortReadsReversed: `يقال إن` ⏎ wrapped in visual order, claims10)
  for (let l = 0; l < lines.lineCount; l++) {
    if (visual[l] || !(visual[l - 1] || visual[l + 1])) continue;
    const s = lines.starts[l];
    const e = lines.lineEnd(l);
    if (e - s > 2 && !doc.wordOrder.has(s) && shortReadsReversed(text, s, e)) {
      visual[l] = needs[l] = any = true;
      shortBackwards.add(l);
    }
  }
  if (!any) return { text, toOriginal: new Int32Array(0), identity: true };
  const parts: string[] = [];
  // (sized for the text: each character gives one offset at most, but a presentation form one per letter it stands
  // for, up to 18 for ﷺ — those letters beyond the first, `extra`, make it grow: `room`)
  let map = new Int32Array(text.length + 1);
  let m = 0;
  let extra = 0;
  const room = (letters: number): void => {
    extra += letters - 1;
    if (text.length + 1 + extra <= map.length) return;
    const grown = new Int32Array(Math.max(map.length + (map.length >> 2), text.length + 1 + extra));
    grown.set(map.subarray(0, m));
    map = grown;
  };
  let changed = false;
  for (let l = 0; l < lines.lineCount; l++) {
    const s = lines.starts[l];
    const e = lines.lineEnd(l);
    const next = l + 1 < lines.lineCount ? lines.starts[l + 1] : text.length;
    if (!needs[l]) {
      parts.push(text.slice(s, next));
      for (let i = s; i < next; i++) map[m++] = i;
      continue;
    }
    // a line in word-level visual order (pdftotext -raw): its words and their pieces in logical order, embeddings dropped
    const words = doc.wordOrder.get(s);
    if (words && words.map.length <= e - s) {
      parts.push(words.text, text.slice(e, next));
      for (let k = 0; k < words.map.length; k++) map[m++] = words.map[k];
      for (let i = e; i < next; i++) map[m++] = i;
      changed = true;
      continue;
    }
    // (a line read backwards: the letters a presentation form stands for are pushed backwards too, so that once the
    // line is reversed they read in order — ﻻ in a visual-order line is لا, not ال)
    const backwards = e - s > 2 && (shortBackwards.has(l) || doc.isVisualLine(s, e));
    // The line's pieces and their origins: runs of characters kept as they are (one slice each, their offsets written
    // straight into the map), the letters of a presentation form, and the characters dropped in between. A line
    // read backwards collects single characters and is reversed at the end.
    const lineChars: string[] = [];
    const lineMap: number[] = [];
    let run = s; // start of the pending run of characters kept as they are
    const flush = (to: number): void => {
      if (run >= to) return;
      if (backwards) {
        for (let k = run; k < to; k++) {
          lineChars.push(text[k]);
          lineMap.push(k);
        }
      } else {
        parts.push(text.slice(run, to));
        for (let k = run; k < to; k++) map[m++] = k;
      }
    };
    // (runs of tatweel and of glyphs are judged once each: linear on a line of a million of them)
    let letterBefore = false; // the last character kept (controls aside) is an Arabic letter or a tatweel after one
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      // (most characters are none of those repaired below: one read of the character table says so, and whether the
      // character is a letter — all the checks below would find, without their calls; the 1 MB bench input's view
      // repairs 5,297 of its 7,086 lines, 503,000 characters)
      const flags = CH[c];
      if ((flags & REPAIRED) === 0 && c !== 0x21 && c !== 0x25 && c !== 0x0b && c !== 0x0c) {
        letterBefore = (flags & LETTER) !== 0;
        continue;
      }
      if (isBidiControl(c)) {
        // an empty left-to-right embedding (LRE <spaces> PDF) is where pdftotext dropped digits: the evidence of a
        // missing number, which fix-all leaves (bidi-control never prefers removing it), so the repaired text keeps it
        const q = emptyEmbeddingEnd(text, i, e);
        if (q > 0) {
          letterBefore = false;
          i = q - 1;
          continue; // (kept: part of the run)
        }
        flush(i);
        run = i + 1;
        changed = true;
        continue;
      }
      // extraction junk, as the extraction-junk rule removes it: a run of it inside a word whole, elsewhere its JUNK
      // characters (VT and FF there are line and page breaks); each run judged once
      if (isWordJunk(c)) {
        let q = i;
        let kept = false;
        while (q < e && isWordJunk(text.charCodeAt(q))) q++;
        if (i > s && (CH[text.charCodeAt(i - 1)] & ARABIC_TOKEN) !== 0 && q < e && (CH[text.charCodeAt(q)] & ARABIC_TOKEN) !== 0) {
          flush(i);
          run = q;
          changed = true;
        } else {
          for (let k = i; k < q; k++) {
            if ((CH[text.charCodeAt(k)] & JUNK) === 0) {
              kept = true;
              continue;
            }
            flush(k);
            run = k + 1;
            changed = true;
          }
        }
        if (kept) letterBefore = false;
        i = q - 1;
        continue;
      }
      if (c === TATWEEL && letterBefore) {
        flush(i);
        run = i + 1;
        changed = true;
        continue;
      }
      if (isKashidaGlyph(c) && letterBefore) {
        let q = i;
        while (q < e && (isKashidaGlyph(text.charCodeAt(q)) || isBidiControl(text.charCodeAt(q)))) q++;
        if (q < e && isLetterish(text.charCodeAt(q))) {
          flush(i);
          run = q;
          changed = true;
          i = q - 1;
          continue;
        }
      }
      letterBefore = isLetterish(c);
      if (isPresentationForm(c)) {
        flush(i);
        run = i + 1;
        const n = nfkc(c);
        room(n.length);
        if (backwards) {
          for (let k = n.length - 1; k >= 0; k--) {
            lineChars.push(n[k]);
            lineMap.push(i);
          }
        } else {
          parts.push(n);
          for (let k = 0; k < n.length; k++) map[m++] = i;
        }
        changed = true;
        continue;
      }
    }
    flush(e);
    if (backwards) {
      lineChars.reverse();
      lineMap.reverse();
      if (marksAfterBase(text, s, e)) keepMarksAfterBase(lineChars, lineMap);
      changed = true;
      parts.push(lineChars.join(''));
      for (let k = 0; k < lineMap.length; k++) map[m++] = lineMap[k];
    }
    // the line break as it is
    parts.push(text.slice(e, next));
    for (let i = e; i < next; i++) map[m++] = i;
  }
  map[m++] = text.length;
  return changed ? { text: parts.join(''), toOriginal: map.subarray(0, m), identity: false } : { text, toOriginal: new Int32Array(0), identity: true };
}

/**
 * Does a line in visual order keep each mark after its base letter (the glyph drawn, then its marks: reportlab and
 * mutool's lines in presentation forms, `ﻢﻋﺰﻳُﻭ`), rather than reversed with the code units (`معزُيو`)? Read from the
 * line: a mark with no letter before it and one after (at a word's edge: `ِهب`) is reversed with the code units; one
 * with a letter before it and none after (`ﻦﻠﻋﺃُ`) stays after its base. Without either sign, a line in presentation
 * forms was shaped and drawn glyph by glyph (its marks after their bases), one in plain letters reversed whole.
 */
function marksAfterBase(text: string, s: number, e: number): boolean {
  let after = 0;
  let before = 0;
  let forms = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isPresentationForm(c)) forms = true;
    if (!isArabicMark(c)) continue;
    let q = i;
    while (q < e && isArabicMark(text.charCodeAt(q))) q++;
    const letterBefore = i > s && isLetterish(text.charCodeAt(i - 1));
    const letterAfter = q < e && isLetterish(text.charCodeAt(q));
    if (letterBefore && !letterAfter) after++;
    else if (!letterBefore && letterAfter) before++;
    i = q - 1;
  }
  return after !== before ? after > before : forms;
}

/** In a line read backwards (in logical order now), each run of marks that stands before its base letter is put back
 *  after it, in the order it was drawn (the run and its base reversed together, their origins with them). */
function keepMarksAfterBase(chars: string[], origins: number[]): void {
  for (let k = 0; k < chars.length; k++) {
    if (!isArabicMark(chars[k].charCodeAt(0))) continue;
    let q = k;
    while (q < chars.length && isArabicMark(chars[q].charCodeAt(0))) q++;
    if (q < chars.length && isArabicLetter(chars[q].charCodeAt(0))) {
      for (let a = k, b = q; a < b; a++, b--) {
        const c = chars[a];
        chars[a] = chars[b];
        chars[b] = c;
        const o = origins[a];
        origins[a] = origins[b];
        origins[b] = o;
      }
    }
    k = q;
  }
}

/**
 * The view after a set of repairs: `edits` (offsets into `original`, as fix-all's first pass chooses them) applied,
 * then the text that gives read as `buildRepairedView` reads any text. Each character an edit writes maps to the
 * original characters the edit replaced (an insertion to its point), so a range of the view still maps to the
 * smallest original range that holds it, and an edit of the view lands only where the text reads the same.
 */
export function viewAfterEdits(original: string, edits: readonly Edit[]): { view: RepairedView; doc: Document } {
  const kept = nonOverlapping(edits);
  let size = original.length;
  for (const e of kept) size += e.newText.length - (e.end - e.start);
  const map1 = new Int32Array(size + 1);
  const written1 = new Uint8Array(size + 1);
  // (the pieces joined once: a string grown by += is a rope of two objects per edit, flattened at its first read)
  const pieces: string[] = [];
  let pos = 0;
  let m = 0;
  for (const e of kept) {
    const s = Math.max(pos, Math.min(e.start, original.length));
    const end = Math.max(s, Math.min(e.end, original.length));
    pieces.push(original.slice(pos, s), e.newText);
    for (let i = pos; i < s; i++) map1[m++] = i;
    for (let k = 0; k < e.newText.length; k++) {
      written1[m] = 1;
      map1[m++] = end > s ? Math.min(s + k, end - 1) : s;
    }
    pos = end;
  }
  pieces.push(original.slice(pos));
  const text1 = pieces.join('');
  for (let i = pos; i < original.length; i++) map1[m++] = i;
  map1[m] = original.length;
  const inner = new Document(text1);
  const v = inner.repaired;
  if (v.identity) return { view: { text: text1, toOriginal: map1, identity: false, written: written1 }, doc: inner };
  const toOriginal = new Int32Array(v.toOriginal.length);
  const written = new Uint8Array(v.toOriginal.length);
  for (let i = 0; i < toOriginal.length; i++) {
    toOriginal[i] = map1[v.toOriginal[i]];
    written[i] = written1[v.toOriginal[i]];
  }
  return { view: { text: v.text, toOriginal, identity: false, written }, doc: inner.repairedDoc };
}

/** The end of the empty left-to-right embedding that opens at i (LRE/LRO/LRI/FSI, only spaces, its closer), or 0. */
function emptyEmbeddingEnd(text: string, i: number, e: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x202a && c !== 0x202d && c !== 0x2066 && c !== 0x2068) return 0;
  let q = i + 1;
  while (q < e && text.charCodeAt(q) === 0x20) q++;
  if (q >= e) return 0;
  const d = text.charCodeAt(q);
  return (c >= 0x2066 ? d === 0x2069 : d === 0x202c) ? q + 1 : 0;
}

/** The original range that holds the characters of the view's range [s, e) (an empty range maps to a point). */
export function toOriginalRange(view: RepairedView, s: number, e: number): [number, number] {
  if (view.identity) return [s, e];
  if (e <= s) {
    const p = view.toOriginal[Math.min(s, view.toOriginal.length - 1)];
    // (on a line read backwards the point between view characters from original a and a-1 is a, not a-1)
    if (s > 0 && s < view.toOriginal.length && view.toOriginal[s - 1] === p + 1) return [p + 1, p + 1];
    // (at the end of a line read backwards, the point after its last view character a is a: the start of the original
    // line, not the line break after it)
    if (s >= 2 && view.toOriginal[s - 2] === view.toOriginal[s - 1] + 1 && (s >= view.text.length || view.text.charCodeAt(s) === 0x0a || view.text.charCodeAt(s) === 0x0d)) return [view.toOriginal[s - 1], view.toOriginal[s - 1]];
    return [p, p];
  }
  let lo = Infinity;
  let hi = -1;
  for (let i = s; i < e; i++) {
    const o = view.toOriginal[i];
    if (o < lo) lo = o;
    if (o > hi) hi = o;
  }
  return [lo, hi + 1];
}

/**
 * A finding of the view, in original offsets. Edits are kept only where they land exactly: the original range
 * reads as the view's range (nothing dropped, expanded or reversed inside it); a fix with an edit that does not
 * is offered without its edits only when it has a command, and dropped otherwise.
 */
export function findingToOriginal(view: RepairedView, original: string, f: Finding): Finding {
  if (view.identity) return f;
  const [start, end] = toOriginalRange(view, f.start, f.end);
  const fixes = [];
  for (const fix of f.fixes) {
    const edits: Edit[] = [];
    let exact = true;
    for (const ed of fix.edits) {
      const [os, oe] = toOriginalRange(view, ed.start, ed.end);
      if (original.slice(os, oe) !== view.text.slice(ed.start, ed.end) || !lands(view, ed.start, ed.end, os)) {
        exact = false;
        break;
      }
      edits.push({ start: os, end: oe, newText: ed.newText });
    }
    if (exact) fixes.push({ ...fix, edits });
    else if (fix.command) fixes.push({ ...fix, edits: [], preferred: false });
  }
  return { ...f, start, end, fixes };
}

/** Do the view's offsets [s, e) map one to one, in order, onto the original from `os`? */
function lands(view: RepairedView, s: number, e: number, os: number): boolean {
  const w = view.written;
  if (w) {
    // nothing lands beside or inside what a repair wrote: its order in the original is not known
    if (s > 0 && w[s - 1]) return false;
    for (let i = s; i <= e && i < w.length; i++) if (w[i]) return false;
  }
  if (e === s) {
    // an insertion: the characters around it must be neighbours in the original too
    const before = s > 0 ? view.toOriginal[s - 1] : -1;
    const after = view.toOriginal[s];
    if (before >= 0) return after === before + 1;
    // at the very start of the view: nothing the view dropped may stand before it (a bidi control opening the text:
    // the point after the control is not the point before it; and a chunk of the incremental checker starts after a
    // line break, whose neighbour in a full check would have to be the original character right after it), and the
    // characters after it must run forwards (the start of a line read backwards is the end of the original line,
    // where a placeholder would read backwards once the line is repaired)
    if (after !== 0) return false;
    return s + 1 >= view.toOriginal.length - 1 || view.toOriginal[s + 1] === after + 1;
  }
  for (let i = s; i < e; i++) if (view.toOriginal[i] !== os + (i - s)) return false;
  return true;
}
