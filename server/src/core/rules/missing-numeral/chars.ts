/** missing-numeral's character tables: the class of every UTF-16 code unit, its fold (marks and tatweel dropped,
 * presentation forms read as letters, أ إ آ ٱ → ا, ى → ي) and the hash of folded units. */
import { isArabicMark } from '../../text/arabic';

// ---------------------------------------------------------------------------------------------
// Character tables.

export const C_OTHER = 0; // punctuation, symbols: one token each
export const C_SPACE = 1;
export const C_CONTROL = 2; // bidi controls, zero-width characters: transparent
export const C_WORD = 3; // Arabic letters, marks, tatweel, presentation forms
export const C_DIGIT = 4;
export const C_LATIN = 5;
export const C_BREAK = 6;

export const CLASS = new Uint8Array(0x10000);
/** Folded code unit; 0 = dropped (marks, tatweel); MULTI = several units (EXPAND). */
export const FOLD = new Uint16Array(0x10000);
export const MULTI = 0xffff;
export const EXPAND = new Map<number, number[]>();

export const ALEF = 0x0627;
export const LAM = 0x0644;
export const WAW = 0x0648;
export const FEH = 0x0641;
export const BEH = 0x0628;
export const YEH = 0x064a;

export function foldBase(c: number): number {
  if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) return ALEF; // أ إ آ ٱ → ا
  if (c === 0x0649) return YEH; // ى → ي
  if (c === 0x0640 || isArabicMark(c)) return 0;
  return c;
}

(function buildTables() {
  for (let c = 0; c < 0x10000; c++) FOLD[c] = c;
  const set = (from: number, to: number, k: number) => {
    for (let c = from; c <= to; c++) CLASS[c] = k;
  };
  for (const c of [0x20, 0x09, 0xa0, 0x3000, 0x202f]) CLASS[c] = C_SPACE;
  set(0x2000, 0x200a, C_SPACE);
  for (const c of [0x0a, 0x0d, 0x2028, 0x2029]) CLASS[c] = C_BREAK;
  set(0x200b, 0x200f, C_CONTROL);
  set(0x202a, 0x202e, C_CONTROL);
  set(0x2066, 0x2069, C_CONTROL);
  for (const c of [0x061c, 0xfeff, 0xad]) CLASS[c] = C_CONTROL;
  set(0x30, 0x39, C_DIGIT);
  set(0x0660, 0x0669, C_DIGIT);
  set(0x06f0, 0x06f9, C_DIGIT);
  set(0x41, 0x5a, C_LATIN);
  set(0x61, 0x7a, C_LATIN);
  set(0xc0, 0x24f, C_LATIN);
  CLASS[0xd7] = C_OTHER;
  CLASS[0xf7] = C_OTHER;
  // Arabic letters and marks
  const word = (from: number, to: number) => set(from, to, C_WORD);
  word(0x0621, 0x063a);
  word(0x0640, 0x065f);
  word(0x0670, 0x06d3);
  CLASS[0x06d5] = C_WORD;
  word(0x06d6, 0x06dc);
  word(0x06df, 0x06e8);
  word(0x06ea, 0x06ef);
  word(0x06fa, 0x06fc);
  CLASS[0x06ff] = C_WORD;
  word(0x0750, 0x077f);
  word(0x08a0, 0x08ff);
  word(0x0610, 0x061a);
  for (let c = 0x0621; c <= 0x08ff; c++) if (CLASS[c] === C_WORD) FOLD[c] = foldBase(c);
  // presentation forms (not the ornate parentheses)
  const pres = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      if (c === 0xfd3e || c === 0xfd3f) continue;
      const n = String.fromCharCode(c).normalize('NFKC');
      if (n.length === 1 && n.charCodeAt(0) === c) continue; // unassigned
      CLASS[c] = C_WORD;
      const units: number[] = [];
      for (let i = 0; i < n.length; i++) {
        const f = foldBase(n.charCodeAt(i));
        if (f !== 0 && f !== 0x20) units.push(f);
      }
      if (units.length === 1) FOLD[c] = units[0];
      else if (units.length === 0) FOLD[c] = 0;
      else {
        FOLD[c] = MULTI;
        EXPAND.set(c, units);
      }
    }
  };
  pres(0xfb50, 0xfdff);
  pres(0xfe70, 0xfefc);
})();

export function foldString(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)];
    if (f === MULTI) out.push(...(EXPAND.get(s.charCodeAt(i)) as number[]));
    else if (f !== 0) out.push(f);
  }
  return out;
}

export function hashUnits(u: readonly number[]): number {
  let h = 0;
  for (const c of u) h = (Math.imul(h, 31) + c) | 0;
  return h;
}
