/**
 * The one character table of the core: a set of flags for every UTF-16 code unit, built once. Every layer and
 * rule that classifies characters in a hot loop reads it (one array read and a mask per character) instead of
 * keeping a table of its own; `arabic.ts` and `charclass.ts` keep the readable predicates the table is built
 * from. `nfkc(c)` is the one cache of a code unit's NFKC.
 *
 * The flags overlap where a character is several things (ZWJ is an invisible control and a joiner).
 */
import { isAnyDigit, isArabicLetter, isArabicMark, isLatinLetter, isPresentationForm, TATWEEL } from './arabic';
import { CHARS_BUILT } from './charsBuilt';

/** An Arabic base letter (`isArabicLetter`). */
export const LETTER = 1 << 0;
/** An Arabic combining mark: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks (`isArabicMark`). */
export const MARK = 1 << 1;
/** U+0640 ARABIC TATWEEL. */
export const TATWEEL_C = 1 << 2;
/** In an Arabic presentation-form block (U+FB50–FDFF, U+FE70–FEFC), assigned or not. */
export const FORM = 1 << 3;
/** A space inside a line: SPACE, TAB, VT, FF, NBSP, OGHAM SPACE, U+2000–200A, NNBSP, MMSP, IDEOGRAPHIC SPACE. */
export const SPACE = 1 << 4;
/** A line or paragraph break: LF, CR, NEL, LS, PS. */
export const BREAK = 1 << 5;
/**
 * An invisible format character that neither separates nor joins words: bidi embeddings, overrides, isolates
 * and marks (LRM, RLM, ALM), zero-width space/non-joiner/joiner, BOM.
 */
export const CONTROL = 1 << 6;
/** A digit: Western, Arabic-Indic, Extended Arabic-Indic. */
export const DIGIT = 1 << 7;
/** A Latin letter (Basic Latin, Latin-1, Latin Extended-A/B). */
export const LATIN = 1 << 8;
/** A sentence terminator: . ! ? ؟ … ؛ ; */
export const TERM = 1 << 9;
/** An opening quotation mark or bracket: « “ ‘ ( [ { and the straight double quote. */
export const OPENER = 1 << 10;
/** A closing quotation mark or bracket: » ” ’ ) ] } and the straight quotes. */
export const CLOSER = 1 << 11;
/** A closing quotation mark: » ” ’ and the straight double quote. */
export const CLOSE_QUOTE = 1 << 12;
/** A clause separator: ، , : */
export const CLAUSE = 1 << 13;
/** ZWNJ or ZWJ: inside a word they join (or keep apart) its letters. */
export const JOINER = 1 << 14;
/** U+FFFD: a glyph the extractor could not map (often a kashida). */
export const REPLACEMENT = 1 << 15;
/** U+00AD SOFT HYPHEN. */
export const SOFT_HYPHEN = 1 << 16;
/**
 * Extraction junk: the C0 controls that are no whitespace (U+0000–0008, U+000E–001F), DEL and the noncharacters
 * U+FFFE, U+FFFF. PDF extractors write kashida glyphs so (U+0004, U+0005, U+0007, U+0008, U+001C, U+FFFE …) and a
 * glyph with no Unicode mapping as U+0000; nobody types them. VT and FF are junk only inside a word (`isWordJunk`):
 * between lines or paragraphs they are a line or page break.
 */
export const JUNK = 1 << 17;

/** Anything that can be part of an extracted Arabic word: letter, mark, tatweel, presentation form, joiner, U+FFFD. */
export const ARABIC_TOKEN = LETTER | MARK | TATWEEL_C | FORM | JOINER | REPLACEMENT;

const flagged: number[] = CHARS_BUILT !== null ? CHARS_BUILT.flagged : [];

/** The flags of every UTF-16 code unit (as the bundle carries them, if it does). */
export const CH: Uint32Array = CHARS_BUILT !== null ? CHARS_BUILT.ch : computeCh();

function computeCh(): Uint32Array {
  const t = new Uint32Array(0x10000);
  const set = (c: number, flag: number) => {
    if (t[c] === 0) flagged.push(c);
    t[c] |= flag;
  };
  const add = (flag: number, ...codes: number[]) => {
    for (const c of codes) set(c, flag);
  };
  const range = (flag: number, from: number, to: number) => {
    for (let c = from; c <= to; c++) set(c, flag);
  };
  // The predicates below hold only inside these blocks, each asked only in its own: Latin letters and ASCII digits
  // below U+0250, Arabic letters, marks and digits in U+0600-U+08FF (Arabic to Arabic Extended-A), the presentation
  // forms in U+FB50-U+FEFC. The rest of the 64K is not visited, and start-up makes 4,400 predicate calls rather than
  // 11,500 (text/fold.test.ts compares with a scan of every code unit).
  for (let c = 0; c <= 0x024f; c++) {
    if (isAnyDigit(c)) set(c, DIGIT);
    if (isLatinLetter(c)) set(c, LATIN);
  }
  for (let c = 0x0600; c <= 0x08ff; c++) {
    if (isArabicLetter(c)) set(c, LETTER);
    else if (isArabicMark(c)) set(c, MARK);
    if (isAnyDigit(c)) set(c, DIGIT);
  }
  for (let c = 0xfb50; c <= 0xfefc; c++) if (isPresentationForm(c)) set(c, FORM);
  set(TATWEEL, TATWEEL_C);
  add(SPACE, 0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000);
  range(SPACE, 0x2000, 0x200a);
  add(BREAK, 0x0a, 0x0d, 0x85, 0x2028, 0x2029);
  range(CONTROL, 0x200b, 0x200f);
  range(CONTROL, 0x202a, 0x202e);
  range(CONTROL, 0x2066, 0x2069);
  add(CONTROL, 0x061c, 0xfeff);
  add(JOINER, 0x200c, 0x200d);
  add(REPLACEMENT, 0xfffd);
  add(SOFT_HYPHEN, 0xad);
  range(JUNK, 0x00, 0x08);
  range(JUNK, 0x0e, 0x1f);
  add(JUNK, 0x7f, 0xfffe, 0xffff);
  add(TERM, 0x2e, 0x21, 0x3f, 0x061f, 0x2026, 0x061b, 0x3b);
  add(CLOSER, 0xbb, 0x201d, 0x2019, 0x29, 0x5d, 0x7d, 0x22, 0x27);
  add(OPENER, 0xab, 0x201c, 0x2018, 0x28, 0x5b, 0x7b, 0x22);
  add(CLOSE_QUOTE, 0xbb, 0x201d, 0x2019, 0x22);
  add(CLAUSE, 0x060c, 0x2c, 0x3a);
  return t;
}

/**
 * Every code unit with a flag, once each (in no particular order): tables built from CH visit these rather than
 * the 64K (a loop over 64K is compiled by the optimiser at start-up; one over these is not).
 */
export const FLAGGED: readonly number[] = flagged;

/**
 * Can `c` be extraction junk inside a word: JUNK, or VT/FF (which PDF extractors also write for a kashida glyph;
 * only between two characters of a word are they junk — `isInWordJunk` — elsewhere a line or page break).
 */
export function isWordJunk(c: number): boolean {
  return (CH[c] & JUNK) !== 0 || c === 0x0b || c === 0x0c;
}

/** Is text[start, end) blank: spaces, breaks and invisible controls only? */
/** Blank between lines: a space, a line break, a bidi or zero-width control (what a blank line holds). */
export function isBlankUnit(c: number): boolean {
  return (CH[c] & (SPACE | BREAK | CONTROL)) !== 0;
}

/** The longest run `facingRun` returns (a word and what is glued to it). */
const RUN_MAX = 48;

/**
 * The run of units that are not blank nearest to `from` going `step`-wards (`from` included, blank units skipped,
 * then up to the next blank unit or RUN_MAX units; read forwards either way), or null when the text ends first: the
 * word that faces a line's edge on the nearest line that is not blank.
 */
export function facingRun(text: string, from: number, step: 1 | -1): string | null {
  let i = from;
  while (i >= 0 && i < text.length && isBlankUnit(text.charCodeAt(i))) i += step;
  if (i < 0 || i >= text.length) return null;
  let j = i;
  while (j + step >= 0 && j + step < text.length && Math.abs(j + step - i) < RUN_MAX && !isBlankUnit(text.charCodeAt(j + step))) j += step;
  return step > 0 ? text.slice(i, j + 1) : text.slice(j, i + 1);
}

export function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((CH[text.charCodeAt(i)] & (SPACE | BREAK | CONTROL)) === 0) return false;
  return true;
}

/**
 * The NFKC cache: the presentation forms' (which the fold tables read at start-up) in an array of their own, every
 * other code unit's in one of 64K made on first use (its 512 KB cost start-up ~1 ms). Filled with undefined up front:
 * an empty array written at U+FB50 first would become a dictionary (slow reads).
 */
const FORMS_FROM = 0xfb50;
const FORMS_TO = 0xfefc;
const NFKC_FORMS: Array<string | undefined> = new Array<string | undefined>(FORMS_TO - FORMS_FROM + 1).fill(undefined);
let NFKC_OTHER: Array<string | undefined> | undefined;

/**
 * NFKC of one code unit, computed once per code unit for the whole process (presentation forms are read as
 * letters many times per text; a normalisation per occurrence showed up in profiles).
 */
export function nfkc(c: number): string {
  const form = c >= FORMS_FROM && c <= FORMS_TO;
  const cache = form ? NFKC_FORMS : (NFKC_OTHER ??= new Array<string | undefined>(0x10000).fill(undefined));
  const k = form ? c - FORMS_FROM : c;
  let v = cache[k];
  if (v === undefined) {
    v = String.fromCharCode(c).normalize('NFKC');
    cache[k] = v;
  }
  return v;
}
