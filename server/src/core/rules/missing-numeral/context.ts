/** missing-numeral's mined evidence (context.data.ts, scripts/build-numeral-context.mjs). */
import { FORMS, PAIRS, STEMS } from './context.data';
import { contextForm, contextStem } from './slot';

// ---------------------------------------------------------------------------------------------
// Number-slot context mined from correct news (scripts/build-numeral-context.mjs): for a word, the share of its
// uses that a number follows (`في 5 دول`: في) and that a number precedes (`5 دول`: دول); a word the table lacks
// backs off to its stem without proclitics and article, then counts as 0.

export let contextForms: Map<string, [number, number, number]> | null = null;
export let contextStems: Map<string, [number, number, number]> | null = null;

export function parseContext(data: string): Map<string, [number, number, number]> {
  const m = new Map<string, [number, number, number]>();
  for (const line of data.split('\n')) {
    const [w, n, a, b] = line.split(' ');
    if (w) m.set(w, [Number(n), Number(a), Number(b)]);
  }
  return m;
}

/** Share of the uses of `word` that a number follows (which = 1) or precedes (which = 2), in correct news. */
export function numberShare(word: string, which: 1 | 2): number {
  if (contextForms === null) {
    contextForms = parseContext(FORMS);
    contextStems = parseContext(STEMS);
  }
  const f = contextForm(word);
  // (one letter is no word to judge by: ر is also the decimal sign of 3ر636)
  if (f.length < 2) return 0;
  let e = contextForms.get(f);
  if (e === undefined) {
    const st = contextStem(f);
    if (st !== f) e = contextStems!.get(st);
  }
  return e === undefined ? 0 : e[which] / e[0];
}

let contextPairs: Map<string, [number, number]> | null = null;

/**
 * Of the times correct news wrote the pair `a b` with a number between them or side by side, the share with a number
 * (`في 5 دول` against `في دول`); 0 for a pair the context does not hold (a number stood between them fewer than twice).
 */
export function pairShare(a: string, b: string): number {
  if (contextPairs === null) {
    contextPairs = new Map();
    for (const line of PAIRS.split('\n')) {
      const [x, y, n, d] = line.split(' ');
      if (y !== undefined) contextPairs.set(`${x} ${y}`, [Number(n), Number(d)]);
    }
  }
  const e = contextPairs.get(`${contextForm(a)} ${contextForm(b)}`);
  return e === undefined ? 0 : e[0] / (e[0] + e[1]);
}

/** Pair share at which a double space between the two words of a single-spaced draft is a gap. */
export const PAIR_SHARE = 0.5;
/** Pair share above which the pair overrules the slot evidence's exceptions (a definite word after, بعد/قبل before…):
 *  on the odd half, dropped numbers found 0.588 -> 0.593, typo double spaces flagged 54 -> 54 of 5,905. */
export const PAIR_SHARE_STRONG = 0.8;
/** In justified text, where a double space alone says nothing, the pair alone decides, and must be near certain (a
 *  number stood between the two words in 95 % of the times correct news wrote them): on the odd half, justified,
 *  dropped numbers found 0.217 -> 0.305 for 14 false alarms in 2,000 articles (0.05 per 1,000 words; 0.5 would find
 *  0.328 for 50). */
export const PAIR_SHARE_JUSTIFIED = 0.95;

/** Mined evidence that a number belongs between words A and B: noisy-or of "a number follows A" and "precedes B". */
export function slotScore(a: string, b: string): number {
  return 1 - (1 - numberShare(a, 1)) * (1 - numberShare(b, 2));
}

/** Slot score a double space between two words of a single-spaced draft needs (a double space is itself a sign
 *  there; in justified text, full of them, it is none: see singleSpaced). */
export const SLOT_SINGLE_SPACED = 0.3;
/** `من  إلى`, `بين  و`: a range whose first number went (folded forms). */
export const FROM_TO = /^(?:\u0648?\u0645\u0646 (?:\u0627\u0644\u064a|\u062d\u062a\u064a)|\u0648?\u0628\u064a\u0646 \u0648)$/;
/** The same where the hand-written lexicons know one of the words (and said nothing). Was 0.7; 0.4 once the slot
 *  evidence leaves alone the nouns counted otherwise (evidence.ts slotEvidence): on the even half, dropped numbers
 *  found 0.548 -> 0.584 and typo double spaces flagged 1.0 % -> 0.9 %. */
export const SLOT_KNOWN = 0.4;
/** Share of "a number follows" a word needs for `word ،` (a space, then punctuation) to be a gap. */
export const SLOT_BEFORE_PUNCT = 0.75;
