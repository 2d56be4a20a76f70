/**
 * How a text spaces its words: the gaps of spaces between two word characters, and how many of them are exactly two
 * spaces. A typed draft is single-spaced (a double space is rare and means something: missing-numeral reads it as a
 * dropped number); justified PDF text has double gaps everywhere (a fifth to a half of its gaps). Counted here, in
 * the character layer, so that a document can answer for the whole when a rule reads one chunk of it
 * (core/incremental.ts sums the chunks' counts: no gap crosses a line break).
 */
import { CH, FORM, LETTER, MARK, TATWEEL_C } from './chars';

export interface Spacing {
  /** Gaps of spaces between two word characters. */
  gaps: number;
  /** Of which exactly two spaces. */
  doubles: number;
}

const WORD = LETTER | MARK | TATWEEL_C | FORM;

/** Part of a word: letters, marks, tatweel, presentation forms (the ornate parentheses are punctuation). */
function isWordUnit(c: number): boolean {
  return (CH[c] & WORD) !== 0 && c !== 0xfd3e && c !== 0xfd3f;
}

/** One pass over the text. */
export function countSpacing(text: string): Spacing {
  let gaps = 0;
  let doubles = 0;
  const n = text.length;
  for (let i = 1; i + 1 < n; i++) {
    if (text.charCodeAt(i) !== 0x20 || !isWordUnit(text.charCodeAt(i - 1))) continue;
    let j = i;
    while (j < n && text.charCodeAt(j) === 0x20) j++;
    if (j < n && isWordUnit(text.charCodeAt(j))) {
      gaps++;
      if (j - i === 2) doubles++;
    }
    i = j - 1;
  }
  return { gaps, doubles };
}

/**
 * Is the text single-spaced between words (a typed draft)? At most 10 % of its gaps double, or fewer than 5: a draft
 * that lost even many numbers stays one.
 */
export function isSingleSpaced(s: Spacing): boolean {
  return s.doubles < 5 || s.doubles * 100 <= 10 * s.gaps;
}
