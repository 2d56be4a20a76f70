/**
 * Native scans for the characters that start a rule's work: a rule that looked at every code unit of the text with a
 * predicate ran that loop cold in the interpreter on every CLI run (~10 ms a pass over 1 MB); the regular expression
 * engine finds the next candidate at full speed from the first call. Each class here is the exact set of a predicate
 * (text/scan.test.ts compares them over every code unit).
 */

/** The first index ≥ `from` of a code unit in `re` (a global regular expression of one character class), or -1. */
export function nextOf(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  // (test, not exec: no match object; the class matches one code unit, so the match ends at lastIndex)
  return re.test(text) ? re.lastIndex - 1 : -1;
}

/** charclass.ts isKashidaGlyph: `!`, `%`, U+FFFD. */
export const KASHIDA_GLYPH_RE = /[!%\uFFFD]/g;
/** charclass.ts isPrintedKashidaChar: ASCII digits, `#`, `$`, `&`, `)`. */
export const PRINTED_KASHIDA_RE = /[0-9#$&)]/g;
/** chars.ts DIGIT (arabic.ts isAnyDigit): ASCII, Arabic-Indic and Extended Arabic-Indic digits. */
export const DIGIT_RE = /[0-9\u0660-\u0669\u06F0-\u06F9]/g;
/** chars.ts JUNK, and VT and FF (isWordJunk). */
export const WORD_JUNK_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;
/** What view.ts buildRepairedView repairs on a line: charclass.ts isBidiControl, tatweel, isKashidaGlyph, arabic.ts
 *  isPresentationForm, chars.ts isWordJunk. */
export const VIEW_REPAIR_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F!%\x7F\u061C\u0640\u200E\u200F\u202A-\u202E\u2066-\u2069\uFB50-\uFDFF\uFE70-\uFEFC\uFFFD-\uFFFF]/g;
/** lexicon/earlyMarks.ts isMarkCode: the Arabic marks (harakat, Quranic marks, superscript alef). */
export const MARK_CODE_RE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
/** chars.ts TERM: what ends a sentence (text/sentences.ts). */
export const TERM_RE = /[!.;?\u061B\u061F\u2026]/g;
/** chars.ts OPENER and CLOSER: quotation marks and brackets. */
export const QUOTE_MARK_RE = /["'()[\]{}\xAB\xBB\u2018\u2019\u201C\u201D]/g;
/** chars.ts BREAK: line breaks. */
export const BREAK_RE = /[\n\r\x85\u2028\u2029]/g;

/**
 * nextOf for a scan that only moves forward (`from` never decreases): the answer is kept while it is ahead of `from`,
 * so a loop that stops at an end short of it (a paragraph's) searches the text once, not once per paragraph.
 */
export class ForwardScan {
  private at = -2;
  constructor(
    private readonly re: RegExp,
    private readonly text: string,
  ) {}

  next(from: number): number {
    if (this.at !== -1 && this.at < from) this.at = nextOf(this.re, this.text, from);
    return this.at;
  }
}
