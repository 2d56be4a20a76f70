/**
 * The explicit subject of a claim verb (clauses.ts): after the verb (verb–subject order, agreeing, past time adverbs,
 * `في تصريح ل…` and addressees `ل…`) or a vague one just before it (subject–verb order).
 */
import { agrees, QUOTE_MARKS, type Analyser, type SeenWords, type NP } from './analyser';
import type { NounGender, VerbInfo } from './lexicon';
import { K, key } from './tokens';
import { closingQuote } from './complements';
import { isListedForm } from '../../lexicon';
import { isPerson, preposedAnonymity, placeTail, lamTail } from './cues';

/** Spans of time after في (folded, without ال): الأيام، الأسابيع، الساعات، الأشهر، الشهور، الآونة، الفترة، السنوات، الدقائق، اللحظات. */
const TIME_NOUNS = new Set(['\u0627\u064a\u0627\u0645', '\u0627\u0633\u0627\u0628\u064a\u0639', '\u0633\u0627\u0639\u0627\u062a', '\u0627\u0634\u0647\u0631', '\u0634\u0647\u0648\u0631', '\u0627\u0648\u0646\u0647', '\u0641\u062a\u0631\u0647', '\u0633\u0646\u0648\u0627\u062a', '\u062f\u0642\u0627\u064a\u0642', '\u0644\u062d\u0638\u0627\u062a']);

/** A verb and the subject right after it agree in gender (masculine: not a feminine or non-human plural; feminine: not masculine). */
export function agreesAfter(v: VerbInfo, g: NounGender | 'any'): boolean {
  if (g === 'any') return true;
  if (v.gender === 'm') return g !== 'f' && g !== 'pl-n';
  if (v.gender === 'f') return g !== 'm';
  return true;
}

/** The explicit subject after a verb (verb–subject order), or null. */
export function subjectAfter(a: Analyser, v: number, b: number, seen: SeenWords): NP | null {
  const lex = a.lex;
  let j = v + 1;
  let sawPP = false;
  const limit = Math.min(b, v + 10);
  while (j < limit) {
    const kd = a.kind(j);
    if (kd === K.Punct || kd < 0) return null;
    if (kd === K.Latin) return sawPP ? null : { start: j, end: j + 1, cls: 'named', gender: 'any', definite: true };
    if (kd === K.Number) {
      const np = a.np(j, b, false, seen);
      return np && !sawPP ? np : null;
    }
    const w = a.toks.w(j);
    const bw = a.bare(j)!;
    if (lex.adverbs.has(w) || lex.pronounPPs.has(w)) {
      j++;
      continue;
    }
    // a time phrase: وترددت في الأيام الأخيرة أنباء عن …، وأكدت في الساعات الماضية مصادر (claims11)
    if (w === '\u0641\u064a' && a.core(j + 1)?.definite && TIME_NOUNS.has(a.core(j + 1)!.core)) {
      j += 2;
      while (j < limit && a.kind(j) === K.Word && a.isAdjective(j, true)) j++;
      continue;
    }
    if (w === '\u0641\u064a' && a.word(j + 1) !== null && lex.statementNouns.has(a.core(j + 1)!.core)) {
      j += 2;
      sawPP = true;
      continue;
    }
    if (w === '\u0645\u0646' && /^(?:جهته|جهتها|جهتهم|ناحيته|ناحيتها|جانبه|جانبها)$/.test(a.word(j + 1) ?? '')) {
      j += 2;
      continue;
    }
    if (lex.complementisers.has(w) || a.verb(j)) return null;
    if (lex.functionWords.has(w) || lex.functionWords.has(bw)) {
      // inside an addressee's name (للجوهرة أف أم: أم is also "or")
      if (sawPP && !lex.subjectPrepositions.has(w)) {
        j++;
        continue;
      }
      return null;
    }
    // an addressee written ل\u0640«…» or ل\u0640 "…": skip the quotation
    if (w === '\u0644' && a.isPunct(j + 1, QUOTE_MARKS)) {
      const close = closingQuote(a, j + 1, limit + 6);
      if (close < 0) return null;
      sawPP = true;
      j = close + 1;
      continue;
    }
    // an addressee: لرويترز، للصحفيين، لوكالة الأنباء
    if (w.length > 2 && w[0] === '\u0644' && !lex.functionWords.has(w) && !w.startsWith('\u0644\u0627') && !w.startsWith('\u0644\u0645') && !w.startsWith('\u0644\u0646')) {
      if (w.startsWith('\u0644\u0644') || a.noun(j, true)?.prep || (!isListedForm(w) && lookAheadVague(a, j + 1, limit, seen))) {
        sawPP = true;
        // the addressee with its genitives: لوكالة الأنباء الفرنسية (الأنباء is not the subject)
        j = Math.max(j + 1, a.chain(j, limit));
        continue;
      }
    }
    const np = a.np(j, b, false, seen);
    // after an addressee, a word no noun phrase starts with is still part of it (للجوهرة أف أم مصادر مطلعة)
    if (!np && sawPP) {
      j++;
      continue;
    }
    if (!np) return null;
    if (sawPP) {
      // (not an impersonal one: لإحدى القنوات التلفزية is still the addressee)
      if (np.cls === 'vague' || np.cls === 'anonymous') return np;
      // still inside the addressee phrase (لوكالة فرانس برس): keep looking
      j = np.end;
      continue;
    }
    return np;
  }
  return null;
}

function lookAheadVague(a: Analyser, from: number, limit: number, seen: SeenWords): boolean {
  for (let k = from; k < limit; k++) {
    if (a.kind(k) === K.Punct) return false;
    const w = a.word(k);
    if (w !== null && (a.lex.complementisers.has(w) || a.verb(k))) return false;
    const np = a.np(k, limit, false, seen);
    if (np && (np.cls === 'vague' || np.cls === 'anonymous')) return true;
  }
  return false;
}

/** A vague subject just before the verb (subject–verb order), agreeing with it, or null. */
export function subjectBefore(a: Analyser, v: number, a0: number, vinfo: VerbInfo, seen: SeenWords): NP | null {
  const lex = a.lex;
  let e = v - 1;
  while (e >= a0 && a.word(e) !== null && (lex.auxiliaries.has(a.bare(e)!) || lex.auxiliaries.has(a.word(e)!))) e--;
  // an anonymity clause between the subject and its verb: مسؤول أمني، رفض الكشف عن هويته، أكد أن (cues.ts)
  const anonEnd = preposedAnonymity(a, e, a0);
  if (anonEnd >= 0) e = anonEnd;
  if (e < a0 || a.kind(e) === K.Punct) return null;
  for (let h = Math.max(a0, e - 9); h <= e; h++) {
    // only a word that can head a vague subject (one hash lookup) is parsed
    if (a.consumed[h] || a.kind(h) !== K.Word || !lex.headSurface.has(key(a.toks.h[h]))) continue;
    let np = a.np(h, e + 1, false, seen);
    // whose they are, with ل\u0640, between the subject and its verb: عديد التقارير الصحفية لوسائل الإعلام الإيطالية أفادت
    if (np && np.end < e + 1 && lamTail(a, np.end, e + 1)) np = { ...np, end: e + 1 };
    // (and where it works, before an anonymity clause: موظف بالبلدية، رفض الكشف عن هويته، أكد)
    if (np && anonEnd >= 0 && np.end < e + 1 && e + 1 - np.end <= 3 && placeTail(a, np.end)) np = { ...np, end: e + 1 };
    if (!np || np.end !== e + 1) continue;
    // (after an anonymity clause a definite person is anonymous too: المسؤول، الذي طلب عدم ذكر اسمه، قال إن)
    if (anonEnd >= 0 && (np.cls === 'vague' || np.cls === 'anonymous' || ((np.cls === 'anaphoric' || np.cls === 'named') && isPerson(a, np))) && agrees(vinfo, np.gender)) return { ...np, cls: 'anonymous' };
    if (np.cls !== 'vague' && np.cls !== 'anonymous') continue;
    if (!agrees(vinfo, np.gender)) continue;
    // an indefinite noun right after a content word, then a verb, is that word's object with a clause describing it:
    // ونفت الوزارة في بلاغ لها تقارير تشير إلى … (reports that indicate), not "reports indicate"
    if (!np.definite && h > a0 && a.kind(h - 1) === K.Word && !opensClause(a, h)) continue;
    return np;
  }
  return null;
}


/**
 * Conjunctions and particles that open a clause (folded; with و/ف through bare()): ولكن، بل، ثم، حيث، بينما، كما، إذ، أما،
 * غير (أن)، إلا (أن)، قد; and فإن, which opens the clause after an opener (وبحسب الصحيفة، فإن مصادر أمنية رجحت أن).
 */
const CLAUSE_OPENERS = new Set(['ولكن', 'لكن', 'بل', 'ثم', 'حيث', 'بينما', 'فيما', 'كما', 'اذ', 'اما', 'لكنه', 'غير', 'الا', 'قد', 'لقد', '\u0641\u0627\u0646']);

/**
 * Does word h open a clause right after an opener — لكن، بل، بينما، فإن (one word) or غير أن، إلا أن، كما أن — so that a
 * vague subject there, before its verb, takes an object after the verb as a sentence-initial one does (claims8: وبحسب
 * الصحيفة، فإن أوساطا حزبية تتوقع تغييرات، لكن مصادر طبية أكدت وصول جريحين)?
 */
export function afterOpener(a: Analyser, h: number, a0: number): boolean {
  if (h - 1 < a0 || a.kind(h - 1) !== K.Word) return false;
  const prev = a.word(h - 1)!;
  if (CLAUSE_OPENERS.has(prev) || CLAUSE_OPENERS.has(a.bare(h - 1) ?? '')) return prev !== '\u0642\u062f' && prev !== '\u0644\u0642\u062f';
  return prev === '\u0627\u0646' && h - 2 >= a0 && /^[\u0648\u0641]?(?:\u063a\u064a\u0631|\u0627\u0644\u0627|\u0643\u0645\u0627)$/.test(a.word(h - 2) ?? '');
}

/** Can a subject start at word h after the word before it: a function word, complementiser, auxiliary or adverb before, or و/ف on it? */
function opensClause(a: Analyser, h: number): boolean {
  const lex = a.lex;
  const prev = a.word(h - 1)!;
  const bare = a.bare(h - 1) ?? '';
  // (not a preposition or a pronoun phrase: في تقارير، لها تقارير — a noun there is governed, not a subject)
  if (lex.complementisers.has(prev) || lex.auxiliaries.has(prev) || lex.adverbs.has(prev) || CLAUSE_OPENERS.has(prev)) return true;
  if (lex.complementisers.has(bare) || lex.auxiliaries.has(bare) || CLAUSE_OPENERS.has(bare)) return true;
  const w = a.word(h)!;
  return w.length > 3 && (w.charCodeAt(0) === 0x0648 || w.charCodeAt(0) === 0x0641) && !lex.nouns.has(w);
}

