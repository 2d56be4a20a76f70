/**
 * A channel named after its medium noun (claims10, issue 9): `وكالة أنباء فارس`، `موقع أخبار اليوم`، `صحيفة اليوم
 * السابع`. The noun-phrase parser reads `أنباء`/`أخبار` after a medium as a vague genitive (`تقرير مصادر أمنية`) and
 * stops at `اليوم` (a time adverb), so the medium looked bare — a vague source. A name right after is the channel's.
 */
import type { Analyser, NP } from './analyser';
import { K } from './tokens';

/** Media (folded) that a name follows: وكالة، صحيفة، جريدة، مجلة، موقع، قناة، إذاعة، شبكة، يومية، أسبوعية. */
const MEDIA = new Set([
  '\u0648\u0643\u0627\u0644\u0647',
  '\u0635\u062d\u064a\u0641\u0647',
  '\u062c\u0631\u064a\u062f\u0647',
  '\u0645\u062c\u0644\u0647',
  '\u0645\u0648\u0642\u0639',
  '\u0642\u0646\u0627\u0647',
  '\u0627\u0630\u0627\u0639\u0647',
  '\u0634\u0628\u0643\u0647',
  '\u064a\u0648\u0645\u064a\u0647',
  '\u0627\u0633\u0628\u0648\u0639\u064a\u0647',
]);
/** News (folded) in a channel's name: أنباء، أخبار. */
const NEWS = new Set(['\u0627\u0646\u0628\u0627\u0621', '\u0627\u062e\u0628\u0627\u0631']);
/** اليوم (folded): a paper's name after its medium (صحيفة اليوم السابع), not "today". */
const TODAY = '\u0627\u0644\u064a\u0648\u0645';

/**
 * Is the subject `np` (vague, read as a bare medium) a medium, optionally with أنباء/أخبار, followed by its name —
 * `اليوم`, or after أنباء/أخبار an indefinite word no lexicon knows or a Latin run (not an adjective: `وكالة أنباء
 * محلية` stays vague; not a verb, adverb or function word: `ونقلت وكالة أنباء صباح اليوم`)?
 */
export function mediaName(a: Analyser, np: NP, b: number): boolean {
  const head = a.core(np.start);
  // (ب/ل attached after a source phrase: وفقا لوكالة أنباء …)
  if (head === null || head.definite || !(MEDIA.has(head.core) || (/^[\u0628\u0644]/.test(head.core) && MEDIA.has(head.core.slice(1))))) return false;
  let x = np.start + 1;
  const news = x < np.end && NEWS.has(a.word(x) ?? '');
  if (news) x++;
  if (x !== np.end || np.end >= b) return false;
  const w = a.word(np.end);
  if (w === TODAY) return true;
  if (!news) return false;
  if (a.kind(np.end) === K.Latin) return true;
  if (w === null || a.isStop(np.end, b) || a.noun(np.end, true) || a.lex.titles.has(w)) return false;
  const c = a.core(np.end);
  return c !== null && !c.definite && !a.isAdjectiveWord(c.core);
}
