/**
 * A word torn after (or before) a piece that is a frequent function word (إن|هاء، ما|رس، تم|كنت، عن|اصر):
 * tears.ts never reads such halves as a tear — a function word beside a word is two words (من إلى) — so a line cut
 * there in 2 runs and more is only ever offered the order that leaves that junction a space. Inside an order whose
 * other tears the lexicon confirms (runs.ts: FN_JOIN.confirmed of them, one such join an order), the halves are joined
 * when the word they make is one news writes. Never in a one-cut order (its one tear must be confirmed), never
 * confirmed. Pure.
 */
import { foldKey, isAttested, isWordKey } from './index';
import { frequentFunctionWord, type Heal } from './tears';
import { pairHash, storedCount } from './pairs';

/** The join's weight in an order's score, the confirmed tears an order needs beside it, and how much more often than
 *  the other half news writes the word (`rarer`; below). Issue 10, session 15, even
 *  half (tuned), lines of 2 / 3 cuts reordered right (wrongly) of 1,893 / 1,803, one-cut lines unchanged: none
 *  1,693 (15) / 1,601 (30); weight −3: 1,702 (15) / 1,622 (25); −2: 1,704 / 1,622 (23); −1: 1,706 / 1,624 (23); 0:
 *  1,710 (15) / 1,625 (23); −2 beside 2 confirmed tears: 1,693 / 1,622 (24). Even articles the tables were not mined from
 *  (`even-held`, TADQIQ_HOLD_DATA): none 1,205 (8) / 1,123 (30) of 1,366 / 1,281; weight 0: 1,216 (8) / 1,145 (24). With
 *  `rarer` 1 (shipped): even 1,709 (15) / 1,621 (23), even-held 1,216 (8) / 1,143 (24); 2: even 1,707 / 1,618 (24). */
export const FN_JOIN = { weight: 0, confirmed: 1, rarer: 1 };

/** The halves joined, when one is a frequent function word and the two make a word news writes (else null). */
export function functionJoin(head: string, tail: string): (Heal & { fn: true }) | null {
  const hk = foldKey(head);
  const tk = foldKey(tail);
  if (hk === null || tk === null || hk.length < 2 || tk.length < 2) return null;
  if (tail.charCodeAt(tail.length - 1) === 0x0640) return null;
  if (!frequentFunctionWord(head) && !frequentFunctionWord(tail)) return null;
  // (two function words side by side are two words: إن هي, من ما — joined, إن|هي folds to أنهى. Allowing them: even
  // half 3 cuts +7 lines, held-out even articles +5, but a written 4-cut line lost to an order joining إن|هي)
  if (frequentFunctionWord(head) && frequentFunctionWord(tail)) return null;
  const w = head + tail;
  const k = foldKey(w);
  if (k === null || !(isWordKey(k) || isAttested(w)) || storedCount(pairHash(k)) === 0) return null;
  // (the other half written alone more often than the word the two make is a word beside the function word, not a
  // piece: بن غازي of a list of names, not بنغازي — the round trip's one split line reordered, even half)
  const other = frequentFunctionWord(head) ? tk : hk;
  if (storedCount(pairHash(k)) < FN_JOIN.rarer * storedCount(pairHash(other))) return null;
  return { word: w, confirmed: false, weight: FN_JOIN.weight, fn: true };
}
