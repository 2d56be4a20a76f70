/**
 * The pieces of a left-to-right embedding (the LRE…PDF runs pdftotext writes around numbers and Latin words in a
 * right-to-left line): digit runs with their separators, Latin runs, single characters. Shared by the rules that
 * reorder or respace what such an embedding holds (broken-fragment, rtl-spacing).
 */
import { isAnyDigit, isLatinLetter } from './arabic';

/** Pieces of an LTR embedding: digit runs (with single + - , . : / between digits), Latin runs, single characters. */
export function pieces(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isAnyDigit(c)) {
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isAnyDigit(d)) j++;
        else if ('+-,.:/\u066b\u066c'.includes(s[j]) && j + 1 < n && isAnyDigit(s.charCodeAt(j + 1))) j += 2;
        else break;
      }
      out.push(s.slice(i, j));
      i = j;
    } else if (isLatinLetter(c)) {
      let j = i + 1;
      // Latin words separated by spaces or - . _ / ' & stay one left-to-right run (Le Point, Jean-Yves)
      while (j < n && (isLatinLetter(s.charCodeAt(j)) || isAnyDigit(s.charCodeAt(j)) || (' .-_/\'&'.includes(s[j]) && j + 1 < n && isLatinLetter(s.charCodeAt(j + 1))))) j++;
      out.push(s.slice(i, j));
      i = j;
    } else {
      out.push(s[i]);
      i++;
    }
  }
  return out;
}

/** The pieces that are not spaces. */
export function nonSpace(ps: string[]): string[] {
  return ps.filter((p) => p.trim() !== '');
}

