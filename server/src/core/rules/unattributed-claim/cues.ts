/**
 * Small cue helpers of the claim clauses (clauses.ts): rumours (حسب ما يروج), denials (نفى … ما ذكرته مصادر), statement
 * nouns and their owners (حسب رواية شهود عيان), groups announcing their own action, questions, "هو + title", a ل\u0640
 * phrase between a subject and its verb. Every look-around is bounded by a constant number of words.
 */
import type { Span } from '../../text/sentences';
import type { Analyser, NP, SeenWords } from './analyser';
import type { NounGender } from './lexicon';
import { foldString, K } from './tokens';


/** Verbs of denial (folded, without و/ف): نفى، نفت، ينفي، تنفي، كذّب، فنّد، دحض. */
const DENIALS = new Set(['\u0646\u0641\u064a', '\u0646\u0641\u062a', '\u064a\u0646\u0641\u064a', '\u062a\u0646\u0641\u064a', '\u0643\u0630\u0628', '\u0643\u0630\u0628\u062a', '\u0641\u0646\u062f', '\u0641\u0646\u062f\u062a', '\u062f\u062d\u0636', '\u062f\u062d\u0636\u062a']);

/** A verb of denial within ten words before token k (its subject between: نفى وزير التربية الأسبق فتحي الجراي ما …). */
export function denialBefore(a: Analyser, k: number, a0: number): boolean {
  for (let x = k - 1; x >= Math.max(a0, k - 10); x--) {
    if (a.kind(x) !== K.Word) continue;
    if (DENIALS.has(a.bare(x) ?? '')) return true;
    if (a.verb(x) || a.lex.complementisers.has(a.word(x) ?? '')) return false;
  }
  return false;
}

/** Rumour verbs after "حسب ما" (folded): يروج، راج، يتداول، يتردد، يتناقل، and يتم/تم + تداوله/ترويجه/تناقله. */
const RUMOURS = new Set(['\u064a\u0631\u0648\u062c', '\u0631\u0627\u062c', '\u064a\u062a\u062f\u0627\u0648\u0644', '\u064a\u062a\u0631\u062f\u062f', '\u064a\u062a\u0646\u0627\u0642\u0644']);

const RUMOUR_NOUNS = new Set(['\u062a\u062f\u0627\u0648\u0644\u0647', '\u062a\u0631\u0648\u064a\u062c\u0647', '\u062a\u0646\u0627\u0642\u0644\u0647', '\u062a\u062f\u0627\u0648\u0644', '\u062a\u0631\u0648\u064a\u062c']);

/** The token after a rumour verb at v (حسب ما يروج، حسب ما يتم تداوله), or -1. */
export function rumourAt(a: Analyser, v: number): number {
  const w = a.word(v);
  if (w === null) return -1;
  if (RUMOURS.has(w)) return v + 1;
  if ((w === '\u064a\u062a\u0645' || w === '\u062a\u0645') && RUMOUR_NOUNS.has(a.word(v + 1) ?? '')) return v + 2;
  return -1;
}

/** At j a statement noun (رواية، تصريح، شهادة …) and right after it its owner, vague or anonymous (شهود عيان، لمصدر أمني), or null. */
export function statementOwner(a: Analyser, j: number, b: number, seen: SeenWords): NP | null {
  const c = a.core(j);
  if (!c || c.definite || !a.lex.statementNouns.has(c.core) || j + 1 >= b) return null;
  let k = j + 1;
  // (an adjective between: تصريحات متطابقة لشهود عيان)
  while (k < Math.min(b, j + 3) && a.kind(k) === K.Word && a.isAdjective(k, false)) k++;
  const np = a.np(k, b, true, seen);
  if (!np || (np.cls !== 'vague' && np.cls !== 'anonymous')) return null;
  // (media after ل\u0640 are the addressee: في تصريح لوسائل الإعلام، لوكالة أنباء)
  const cat = headCat(a, np);
  return cat === 'doc-sg' || cat === 'doc-pl' ? null : np;
}

/** The lexicon category of a noun phrase's head (its first word the noun lexicons know), or null. */
export function headCat(a: Analyser, np: NP): string | null {
  for (let k = np.start; k < np.end; k++) {
    const n = a.noun(k, true);
    if (n) return n.info.cat;
  }
  return null;
}

/** Is the noun phrase a group of people (أهالي، محتجون، عدد من المواطنين), not one person, a source or a report? */
export function isPeople(a: Analyser, np: NP): boolean {
  const c = headCat(a, np);
  return c === 'person-pl' || c === 'pron';
}

/** أعلن in its forms (folded, without و/ف). */
export const ANNOUNCE = new Set(['\u0627\u0639\u0644\u0646', '\u0627\u0639\u0644\u0646\u062a', '\u0627\u0639\u0644\u0646\u0648\u0627', '\u064a\u0639\u0644\u0646', '\u062a\u0639\u0644\u0646', '\u064a\u0639\u0644\u0646\u0648\u0646']);

/** Does the sentence end with ؟ or ? (up to eight closing quotation marks, brackets or spaces after it)? */
export function endsWithQuestionMark(text: string, sent: Span): boolean {
  for (let x = sent.end - 1; x >= Math.max(sent.start, sent.end - 9); x--) {
    const c = text.charCodeAt(x);
    if (c === 0x061f || c === 0x3f) return true;
    if (c !== 0x20 && c !== 0x0a && c !== 0x22 && c !== 0xbb && c !== 0xab && c !== 0x201d && c !== 0x29 && c !== 0x28) return false;
  }
  return false;
}

/** At k: هو/هي (or ، وهو) then a title or role (المدير، الناطق الرسمي): the subject is named by its role. */
export function isHuwaTitle(a: Analyser, k: number, b: number): boolean {
  // (through a place phrase of up to four words: مصدر رسمي بوزارة النقل هو …)
  for (let x = k; x < Math.min(b - 1, k + 5); x++) {
    if (a.isPunct(x, '\u060c,')) continue;
    const w = a.word(x);
    if (w === null || a.lex.complementisers.has(w) || a.verb(x)) return false;
    if (w !== '\u0647\u0648' && w !== '\u0647\u064a' && w !== '\u0648\u0647\u0648' && w !== '\u0648\u0647\u064a') continue;
    const t = a.word(x + 1);
    return t !== null && (a.lex.titles.has(t) || (t.startsWith('\u0627\u0644') && a.lex.titles.has(t.slice(2))));
  }
  return false;
}

/** Tokens [k, end) are a short ل\u0640 phrase (up to four words, the first with ل\u0640, no verb, function word or complementiser). */
export function lamTail(a: Analyser, k: number, end: number): boolean {
  if (end - k > 4) return false;
  const first = a.word(k);
  if (first === null || first.length < 3 || first.charCodeAt(0) !== 0x0644 || /^(?:لا|لم|لن|لكن)/.test(first)) return false;
  for (let x = k; x < end; x++) {
    const w = a.word(x);
    if (w === null || a.verb(x) || a.lex.functionWords.has(w) || a.lex.complementisers.has(w)) return false;
  }
  return true;
}

/**
 * Active participles of reporting verbs (masculine singular; the forms in ا، ة، ين، ون are derived): a circumstantial
 * clause "، مؤكدين أن …" or "، مشيرة إلى أن …" states what the clause's subject claims (انتقد نشطاء القرار، مؤكدين أن
 * الأشغال لم تنجز).
 */
const PARTICIPLE_STEMS = ['مؤكد', 'مشير', 'معتبر', 'مرجح', 'موضح', 'مضيف', 'مبرز', 'مبين', 'مشدد', 'محذر', 'متوقع', 'مستبعد', 'لافت', 'كاشف', 'قائل', 'زاعم', 'منبه', 'ملاحظ'];
const PARTICIPLE_NUMBER: Map<string, NounGender> = new Map(
  PARTICIPLE_STEMS.flatMap((s) => [
    [foldString(s), 'm'], [foldString(s + 'ا'), 'm'], [foldString(s + 'ة'), 'f'], [foldString(s + 'ين'), 'pl-h'], [foldString(s + 'ون'), 'pl-h'],
  ] as [string, NounGender][]),
);
/** How many words after a subject the circumstantial clause may start. */
const PARTICIPLE_REACH = 18;

/**
 * Within PARTICIPLE_REACH words from `from`: a comma, a reporting participle that agrees with a subject of gender `g`
 * (ين/ون a human plural; ة a feminine or non-human plural; else masculine) and a complementiser within two words after
 * it (مؤكدين أن، مشيرا إلى أن).
 */
export function participleAhead(a: Analyser, from: number, b: number, g: NounGender | 'any'): boolean {
  for (let k = from; k < Math.min(b - 2, from + PARTICIPLE_REACH); k++) {
    if (!a.isPunct(k, '\u060c,')) continue;
    const w = a.word(k + 1);
    const n = w === null ? undefined : PARTICIPLE_NUMBER.get(w);
    if (n === undefined) continue;
    if (g !== 'any' && !(n === g || (n === 'f' && g === 'pl-n'))) continue;
    for (let x = k + 2; x < Math.min(b, k + 4); x++) {
      const c = a.word(x);
      if (c !== null && a.lex.complementisers.has(c)) return true;
    }
  }
  return false;
}
