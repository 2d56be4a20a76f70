/**
 * What follows a claim verb in unattributed-claim's clauses (clauses.ts): the complement a verb with a second sense
 * needs, a stance verb's proposition, the real source after نقل … عن / علم … من, and the quotation that closes.
 */
import { Analyser, QUOTE_MARKS, SeenWords } from './analyser';
import type { ClaimClass } from './claim';
import type { VerbInfo } from './lexicon';
import { newsAhead } from './cues';
import { K } from './tokens';
import type { Span } from '../../text/sentences';
import type { Push } from './pusher';

/**
 * The complement a verb with a second sense needs (complementAhead); for a stance verb (`proposition`), أن/إن/بأن within
 * four words with no punctuation between (أبدت أوساط تخوفها من أن، أجمع متابعون على أن).
 */
export function thatAhead(a: Analyser, v: VerbInfo, from: number, b: number): boolean {
  // (تناقلت وسائل إعلام خبر استقالته: the news it passes on is its claim)
  // (a quotation further on is a name or a scare quote: تداول رواد مواقع التواصل مقطع فيديو "طريف")
  if (!v.proposition) return complementAhead(a, from, b, 2) || newsAhead(a, from, b);
  for (let k = from; k < Math.min(b, from + 4); k++) {
    const w = a.word(k);
    if (w === null) return false;
    if (a.lex.complementisers.has(w)) return true;
  }
  return false;
}

/** Prepositions before a quoted name (folded): على، في، عبر. */
const QUOTED_NAME_PREPS = new Set(['\u0639\u0644\u064a', '\u0641\u064a', '\u0639\u0628\u0631']);

/** A complementiser (أن، إن، بأن …), a colon or a quotation within a few words from `from`. */
export function complementAhead(a: Analyser, from: number, b: number, quoteReach = 8): boolean {
  for (let k = from; k < Math.min(b, from + 8); k++) {
    if (a.kind(k) === K.Punct) {
      const w = a.toks.w(k);
      // (a quoted name after a preposition is a name: يتداول نشطاء على "الفيسبوك" فيديو)
      if (QUOTE_MARKS.includes(w) && QUOTED_NAME_PREPS.has(a.word(k - 1) ?? '')) {
        const close = closingQuote(a, k, Math.min(b, from + 12));
        if (close < 0) return false;
        k = close;
        continue;
      }
      // (a parenthesis is an aside: تُقدّر كلفته بثلاثة مليارات (نحو ستة مليارات دينار))
      if (w === ':' || (QUOTE_MARKS.includes(w) && w !== '(' && w !== ')' && k < from + quoteReach)) return true;
      if (QUOTE_MARKS.includes(w)) continue;
      if (w === '،' || w === ',') continue;
      return false;
    }
    const w = a.word(k);
    // (قبل أن، بعد أن، منذ أن open a time clause, no complement: يظهر فيه أحد الزبائن وهو يفتح الباب وقبل أن يغلقه — claims8)
    if (w !== null && a.lex.complementisers.has(w)) return !TIME_BEFORE.has(a.bare(k - 1) ?? '');
  }
  return false;
}

/** Time prepositions (folded, و/ف dropped) that make أن a time clause: قبل، بعد، منذ. */
const TIME_BEFORE = new Set(['\u0642\u0628\u0644', '\u0628\u0639\u062f', '\u0645\u0646\u0630']);

/**
 * نقل … عن X, علم … من X: the preposition within a few words (quotation marks skipped) and a vague X, the real
 * source, pushed as the claim: 'vague'. 'other' when X is not vague, 'none' when there is no preposition.
 */
export function viaSource(a: Analyser, sent: Span, from: number, b: number, seen: SeenWords, push: Push, startTok: number, prep: string): 'vague' | 'other' | 'none' {
  // (through a relative clause between commas: نقلت وكالة سبأ، التي يسيطر عليها الحوثيون، عن مصدر عسكري)
  for (let k = from; k < Math.min(b, from + 12); k++) {
    if (a.isPunct(k)) {
      if (a.isPunct(k, QUOTES_AND_COMMAS)) continue; // نقلت "التايمز"، الأحد، عن …
      return 'none';
    }
    if (a.word(k) === prep) {
      const np = a.np(k + 1, b, false, seen);
      if (np && (np.cls === 'vague' || np.cls === 'anonymous' || np.cls === 'impersonal')) {
        for (let x = np.start; x < np.end; x++) a.consumed[x] = 1;
        const toks = a.toks;
        push({ cls: np.cls as ClaimClass, start: toks.s[startTok], end: toks.e[np.end - 1], subject: { start: toks.s[np.start], end: toks.e[np.end - 1] }, cue: 'verb', refersBack: np.refersBack }, np);
        return 'vague';
      }
      return 'other';
    }
  }
  return 'none';
}
export const QUOTES_AND_COMMAS = '"«»“”\'\u060c,';


/** Index of the punctuation token closing the quotation opened at token i (within a few words), or -1. */
export function closingQuote(a: Analyser, i: number, limit: number): number {
  const open = a.toks.tok(i).w;
  // (mirrored in a line read back from visual order: »…«)
  const close = open === '«' ? '»' : open === '»' ? '«' : open === '“' ? '”' : open === '”' ? '“' : open === '(' ? ')' : open === ')' ? '(' : open;
  for (let k = i + 1; k < Math.min(limit, a.toks.n); k++) if (a.isPunct(k, close)) return k;
  return -1;
}

