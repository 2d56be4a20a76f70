/**
 * Small cue helpers of the claim clauses (clauses.ts): rumours (حسب ما يروج), denials (نفى … ما ذكرته مصادر), statement
 * nouns and their owners (حسب رواية شهود عيان), groups announcing their own action, questions, "هو + title", a ل\u0640
 * phrase between a subject and its verb. Every look-around is bounded by a constant number of words.
 */
import type { Span } from '../../text/sentences';
import type { Analyser, NP, SeenWords } from './analyser';
import type { NounGender } from './lexicon';
import type { Push } from './pusher';
import { foldString, hashFolded, K, key } from './tokens';
import { isListedForm } from '../../lexicon';


/** Verbs of denial (folded, without و/ف): نفى، نفت، ينفي، تنفي، كذّب، فنّد، دحض — and of reply, which does not take up
 *  what it answers (ترد فيه على ما ذكرته مصادر، ردا على ما أوردته تقارير): رد، ردت، يرد، ترد، ردا، الرد. */
const DENIALS = new Set(['\u0646\u0641\u064a', '\u0646\u0641\u062a', '\u064a\u0646\u0641\u064a', '\u062a\u0646\u0641\u064a', '\u0643\u0630\u0628', '\u0643\u0630\u0628\u062a', '\u0641\u0646\u062f', '\u0641\u0646\u062f\u062a', '\u062f\u062d\u0636', '\u062f\u062d\u0636\u062a', '\u0631\u062f', '\u0631\u062f\u062a', '\u064a\u0631\u062f', '\u062a\u0631\u062f', '\u0631\u062f\u0627', '\u0627\u0644\u0631\u062f',
  // claims8: the circumstantial participle (مفندا ما اعتبره بعض النواب …، نافيا ما ذكرته مصادر)
  '\u0645\u0641\u0646\u062f\u0627', '\u0645\u0641\u0646\u062f\u0647', '\u0646\u0627\u0641\u064a\u0627', '\u0646\u0627\u0641\u064a\u0647']);

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
  // (the account that circulates, no one's: حسب الرواية المتداولة، حسب الروايات المتداولة في الجهة)
  if (c && c.definite && a.lex.statementNouns.has(c.core) && a.core(j + 1)?.core === '\u0645\u062a\u062f\u0627\u0648\u0644\u0647') return { start: j, end: j + 2, cls: 'impersonal', gender: 'f', definite: true };
  // (ل\u0640 attached after وفقا: ووفقا لرواية أحد أفراد عائلة الضحية)
  if (!c || c.definite || !(a.lex.statementNouns.has(c.core) || (c.core.length > 4 && c.core.charCodeAt(0) === 0x0644 && a.lex.statementNouns.has(c.core.slice(1)))) || j + 1 >= b) return null;
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

/**
 * After a group's subject (within four words): أنهم/أنهن + a future (سيواصلون، لن يغادروا، سوف) — the group states its
 * own intention (وبيّن الأهالي أنهم سيواصلون احتجاجاتهم), not a claim about the world.
 */
export function ownIntention(a: Analyser, k: number, b: number): boolean {
  for (let x = k; x < Math.min(b, k + 4); x++) {
    const w = a.word(x);
    if (w === null) return false;
    if (!a.lex.complementisers.has(w)) continue;
    if (!THEY.has(w)) return false;
    const n = a.word(x + 1);
    return n !== null && (n === '\u0644\u0646' || n === '\u0633\u0648\u0641' || (n.length >= 5 && n.charCodeAt(0) === 0x0633 && 'يتن'.includes(n[1])));
  }
  return false;
}
/** أنهم، إنهم، بأنهم، أنهن (folded). */
const THEY = new Set(['\u0627\u0646\u0647\u0645', '\u0628\u0627\u0646\u0647\u0645', '\u0627\u0646\u0647\u0646', '\u0628\u0627\u0646\u0647\u0646']);

/**
 * A group of people speaking "in a statement" within nine words after its phrase (وقال مسؤولون ببلدة … في بيان إن): a
 * body's statement, which can be traced — not a vague source.
 */
export function inStatement(a: Analyser, np: NP, b: number): boolean {
  for (let x = np.end; x < Math.min(b - 1, np.end + 9); x++) {
    const w = a.word(x);
    if (w === null || a.lex.complementisers.has(w) || a.verb(x)) return false;
    if (w === '\u0641\u064a' && a.core(x + 1)?.core === '\u0628\u064a\u0627\u0646') return true;
  }
  return false;
}

/** Is the noun phrase's head a person, one or many (المسؤول، الخبراء)? */
export function isPerson(a: Analyser, np: NP): boolean {
  const c = headCat(a, np);
  return c === 'person-pl' || c === 'person-sg';
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

/** Words inside names: بن، بنت، ابن، أبو (folded). */
const NAME_LINKS = new Set(['\u0628\u0646', '\u0628\u0646\u062a', '\u0627\u0628\u0646', '\u0627\u0628\u0648']);

/**
 * After a subject: «، NAME NAME ،» — a name in apposition (up to three words closed by a comma), or «(NAME NAME)»; a
 * title may come first (، الأستاذ منير الكشو،). With `person`, also after a short place phrase (أحد المشاركين في
 * الملتقى، عميرة الصغير،) — not after a source, where the comma's next words are the reporter (مصدر أمني بالجهة، مراسل …).
 */
export function namedApposition(a: Analyser, k: number, b: number, person: boolean): boolean {
  let c = k;
  if (person && !a.isPunct(c)) {
    const w = a.word(c);
    if (w === null) return false;
    // (a name with no comma, closed by a complementiser: وأكد أحد المحتجين محمد الطرابلسي أن …)
    if (bareName(a, c, b)) return true;
    // (or, after the chain's definite end, closed by a comma or an addressee: ويقول أحد خبراء أمراض العيون منير
    // الزواري، لوكالة الأنباء — claims8; not after a nisba, a person whose name it is: أحد محاميي الأمني فلان،)
    if (/^\u0627\u0644.*[^\u064a]$/.test(a.word(k - 1) ?? '') && firstName(a, k) && a.nameFollows(k, b) && a.nameFollows(k + 1, b) && nameCloser(a, a.nameFollows(k + 2, b) ? k + 3 : k + 2)) return true;
    // (a place phrase, or the rest of a construct chain: أحد منسقي اعتصام الكامور، منجي معيز، — not ل\u0640 + the reporter)
    if (!PLACE_PREPS.has(w) && (w.charCodeAt(0) === 0x0644 || a.lex.functionWords.has(w))) return false;
    for (c = PLACE_PREPS.has(w) ? k + 1 : k; c < Math.min(b, k + 5) && !a.isPunct(c); c++) {
      const x = a.word(c);
      if (x === null || a.verb(c) || a.lex.complementisers.has(x)) return false;
      // (in a construct chain: no function word, and a name only after its definite end)
      if (!PLACE_PREPS.has(w) && (a.lex.functionWords.has(x) || a.lex.relatives.has(x))) return false;
      if (!PLACE_PREPS.has(w) && c > k && (a.word(c - 1) ?? '').startsWith('\u0627\u0644') && bareName(a, c, b)) return true;
    }
  }
  // (a bracket comes mirrored in a line read back from visual order: )NAME()
  const paren = a.isPunct(c, '()');
  if (!paren && !a.isPunct(c, '\u060c,')) return false;
  let n = c + 1;
  const t = a.word(n);
  if (t !== null && (a.lex.titles.has(t) || (t.startsWith('\u0627\u0644') && a.lex.titles.has(t.slice(2))))) n++;
  if (!a.nameFollows(n, b)) return false;
  for (let x = n + 1; x < Math.min(b, n + 4); x++) {
    if (a.isPunct(x, paren ? '()' : '\u060c,')) return true;
    // (or by the addressee or the complement: خبير في القانون الدولي، سمير بن عمر لإذاعة محلية أن — claims8)
    if (!paren && x > n + 1 && nameCloser(a, x) && !a.isPunct(x)) return true;
    const w = a.word(x);
    const afterLink = NAME_LINKS.has(a.word(x - 1) ?? ''); // بن علي: علي folds like على
    if (w === null || (!afterLink && ((a.lex.functionWords.has(w) && !NAME_LINKS.has(w)) || a.lex.complementisers.has(w) || a.verb(x)))) return false;
  }
  return false;
}
/** Can word k be a first name: no article (with or without a clitic: بالقباضة المالية is a place), no ب/ل + a listed word. */
function firstName(a: Analyser, k: number): boolean {
  const w = a.word(k);
  if (w === null || /^[\u0628\u0644\u0643\u0648\u0641]?\u0627\u0644/.test(w)) return false;
  const c = a.text.charCodeAt(a.toks.s[k]);
  return !((c === 0x0628 || c === 0x0644) && isListedForm(a.text.slice(a.toks.s[k] + 1, a.toks.e[k])));
}

/** Does token x close a name: a comma, ل\u0640 + an outlet or a document (the addressee: لوكالة، لإذاعة), or أن/إن/بأن? */
function nameCloser(a: Analyser, x: number): boolean {
  if (a.isPunct(x, '\u060c,')) return true;
  const w = a.word(x);
  if (w === null) return false;
  if (a.lex.complementisers.has(w)) return true;
  const hit = w.charCodeAt(0) === 0x0644 ? a.noun(x, true) : null;
  return hit !== null && hit.prep === true && (hit.info.cat === 'doc-sg' || hit.info.cat === 'doc-pl');
}

/**
 * A name inside a subject's construct chain, after its definite end (a chain ends at its first definite word): أحد
 * مؤسسي الجمعية سامي الطاهري — the words after الجمعية name the person.
 */
export function nameInside(a: Analyser, np: NP): boolean {
  for (let x = np.start + 2; x < np.end; x++) {
    const p = a.word(x - 1);
    const w = a.word(x);
    // (ل\u0640 + a definite word is no name: الديوان الوطني للسياحة)
    if (p === null || w === null || !p.startsWith('\u0627\u0644') || /^[\u0648\u0641]?(?:\u0627\u0644|\u0644\u0644)/.test(w) || a.lex.functionWords.has(a.bare(x) ?? '')) continue;
    if (a.nameFollows(x, np.end) && !a.lex.subjectPrepositions.has(w) && !a.lex.titles.has(w)) return true;
  }
  return false;
}

/** Two or three name words at k closed by a complementiser (أن، إن، بأن): «محمد الطرابلسي أن». */
function bareName(a: Analyser, k: number, b: number): boolean {
  // (not a definite word, a function word or ل\u0640 + an outlet, the addressee: أحد السكان لجوهرة أف أم أن; the first
  // name علي, written with ي, folds like the preposition على)
  const first = a.word(k);
  if (first === null || /^[\u0628\u0644\u0643\u0648\u0641]?\u0627\u0644/.test(first) || a.text.charCodeAt(a.toks.s[k]) === 0x0644) return false;
  // (nor ب\u0640 + a word of the list: مسؤول بوزارة الداخلية العراقية أن)
  if (first.charCodeAt(0) === 0x0628 && isListedForm(a.text.slice(a.toks.s[k] + 1, a.toks.e[k]))) return false;
  // (nor "native of": أحد بحارة أصيل جزيرة جربة أنه)
  if (NATIVE.has(first)) return false;
  const ali = first === '\u0639\u0644\u064a' && a.text.charCodeAt(a.toks.e[k] - 1) === 0x064a;
  if (!ali && (a.lex.functionWords.has(a.bare(k) ?? '') || !a.nameFollows(k, b))) return false;
  if (first.length < 3) return false;
  for (let x = k + 1; x < Math.min(b, k + 4); x++) {
    const w = a.word(x);
    if (w === null) return false;
    // (closed by a complementiser, or by في + a statement noun: أحد المحتجين إيهاب الحاجي في تصريح للإذاعة أن)
    if (a.lex.complementisers.has(w) || (w === '\u0641\u064a' && a.lex.statementNouns.has(a.core(x + 1)?.core ?? ''))) return x >= k + 2;
    if (!NAME_LINKS.has(a.word(x - 1) ?? '') && (a.lex.functionWords.has(w) || a.verb(x) || a.noun(x, true) || a.lex.adverbs.has(w))) return false;
    // (a piece of two letters is a torn word's, not a name's: مسؤول نقا بي أن)
    if (w.length < 3 && !NAME_LINKS.has(w)) return false;
  }
  return false;
}

/** أصيل، أصيلة، أصيلي (folded): "native of", no name. */
const NATIVE = new Set(['\u0627\u0635\u064a\u0644', '\u0627\u0635\u064a\u0644\u0647', '\u0627\u0635\u064a\u0644\u064a']);

/** Prepositions that open a short place phrase after a person (folded): في، من، داخل، لدى. */
const PLACE_PREPS = new Set(['\u0641\u064a', '\u0645\u0646', '\u062f\u0627\u062e\u0644', '\u0644\u062f\u064a']);

/**
 * A passive belief verb with no conjunction right after an indefinite noun (or a dash after one) describes that noun —
 * امرأة يُعتقد أنها في الثلاثينيات، سيارة يُرجَّح أنها مسروقة: a hedge on a detail, not a claim the sentence rests on.
 */
export function describesNoun(a: Analyser, v: number, a0: number, cj: number): boolean {
  if (cj > 0 || v <= a0) return false;
  let p = v - 1;
  if (a.isPunct(p, '-\u2013') && p > a0) p--;
  const w = a.word(p);
  if (w === null || w.length < 3 || w.startsWith('\u0627\u0644') || a.verb(p) || a.noun(p, true)) return false;
  const lex = a.lex;
  return !(lex.functionWords.has(w) || lex.complementisers.has(w) || lex.adverbs.has(w) || lex.auxiliaries.has(w) || lex.nonClaimBeforeVerb.has(w));
}

/**
 * After the subject of أعلن: (عن +) a noun with a possessive pronoun — the subject announces its own plan or action
 * (أعلن عدد من الشركات عن نيتهم استئناف …، أعلنت جهات نقابية عزمها الدخول في إضراب), not a claim about the world.
 */
export function ownAnnouncement(a: Analyser, k: number): boolean {
  if (possessedNoun(a, k)) return true;
  // (عن after the subject's genitives: أعلن عدد من الشركات ومنظمي الرحلات البحرية عن نيتهم)
  for (let x = k; x < k + 5 && a.word(x) !== null && !a.verb(x) && !a.lex.complementisers.has(a.word(x)!); x++) {
    if (a.word(x) === '\u0639\u0646') return possessedNoun(a, x + 1);
  }
  return false;
}

/** A noun with a possessive pronoun at k (نيتهم، عزمها; ة folds to ه: the written last letter tells بوزارة from نيته). */
function possessedNoun(a: Analyser, k: number): boolean {
  const w = a.word(k);
  return w !== null && w.length >= 4 && /(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)$/.test(w) && a.text.charCodeAt(a.toks.e[k] - 1) !== 0x0629 && !a.lex.complementisers.has(w) && !a.noun(k, true);
}

/**
 * A sentence that opens with a verb the lexicon does not know, a vague subject right after it and a circumstantial
 * clause with a reporting participle that agrees with it (نظّم نشطاء وقفة أمام الولاية، مؤكدين أن …): the subject's claim.
 */
export function participleClause(a: Analyser, a0: number, b: number, seen: SeenWords, push: Push): void {
  const w0 = a.word(a0);
  if (w0 === null || a0 + 2 >= b || a.verb(a0) || a.noun(a0, true) || a.lex.functionWords.has(w0) || a.lex.complementisers.has(w0) || a.lex.triggers.has(key(a.toks.h[a0]))) return;
  const np = a.np(a0 + 1, b, false, seen);
  if (!np || np.start !== a0 + 1 || (np.cls !== 'vague' && np.cls !== 'anonymous') || !participleAhead(a, np.end, b, np.gender)) return;
  const toks = a.toks;
  for (let x = np.start; x < np.end; x++) a.consumed[x] = 1;
  push({ cls: np.cls, start: toks.s[a0], end: toks.e[np.end - 1], subject: { start: toks.s[np.start], end: toks.e[np.end - 1] }, cue: 'verb', refersBack: np.refersBack }, np);
}

/** «(و)سبق ل\u0640X أن» before the verb at v: X said it before (وسبق لوسائل إعلام أن تحدثت عن …) — pushed when X is vague. */
export function previouslySaid(a: Analyser, v: number, a0: number, seen: SeenWords, push: Push): boolean {
  for (let s = Math.max(a0, v - 6); s < v - 2; s++) {
    const w = a.bare(s);
    if (w !== '\u0633\u0628\u0642') continue;
    const np = a.np(s + 1, v - 1, true, seen);
    if (!np || np.start !== s + 1 || np.end !== v - 1 || (np.cls !== 'vague' && np.cls !== 'anonymous')) return false;
    const toks = a.toks;
    for (let x = np.start; x < np.end; x++) a.consumed[x] = 1;
    push({ cls: np.cls, start: toks.s[s], end: toks.e[v], subject: { start: toks.s[np.start], end: toks.e[np.end - 1] }, cue: 'verb', refersBack: np.refersBack }, np);
    return true;
  }
  return false;
}

/** News nouns (folded) that, as the object of a verb with a second sense, carry its claim: خبر، نبأ، أنباء، أخبار. */
const NEWS_NOUNS = new Set(['\u062e\u0628\u0631', '\u0646\u0628\u0627', '\u0627\u0646\u0628\u0627\u0621', '\u0627\u062e\u0628\u0627\u0631']);

/** A news noun within a few words (a place or time phrase and commas between: تداولت وسائل إعلام في الفترة الأخيرة، خبر …). */
export function newsAhead(a: Analyser, from: number, b: number): boolean {
  // (a quoted name and a date on the way: تداولت صفحات مقربة من تنظيم "داعش" الثلاثاء 14 جوان خبر …)
  for (let k = from; k < Math.min(b, from + 10); k++) {
    if (a.isPunct(k, '\u060c,"\u00ab\u00bb\u201c\u201d') || a.kind(k) === K.Number) continue;
    const w = a.bare(k);
    if (w === null || a.verb(k) || a.lex.complementisers.has(w)) return false;
    if (NEWS_NOUNS.has(w)) return true;
  }
  return false;
}

/**
 * At k, in a headline: the outlet the source spoke to, then the colon — مصدر أمني للجوهرة أف أم: …، مصادر مطلعة
 * ل\u0640"الجوهرة أف أم": … (a ل\u0640 word or a detached ل\u0640, up to five more words or quotation marks, no verb).
 */
export function addresseeThenColon(a: Analyser, k: number, b: number): boolean {
  const w = a.word(k);
  // (not an adjective of the source: خبير لبناني:)
  if (w === null || w.charCodeAt(0) !== 0x0644 || a.verb(k) || a.lex.complementisers.has(w) || a.isAdjective(k, false)) return false;
  for (let x = k + 1; x < Math.min(b, k + 7); x++) {
    if (a.isPunct(x, ':')) return true;
    if (a.kind(x) === K.Punct) {
      if (a.isPunct(x, '"\u00ab\u00bb\u201c\u201d\u0640')) continue;
      return false;
    }
    const y = a.word(x);
    if (y !== null && (a.verb(x) || a.lex.complementisers.has(y))) return false;
  }
  return false;
}

/** Where a headline's source may end: before an addressee followed by the colon (addresseeThenColon), else b. */
export function headlineEnd(a: Analyser, a0: number, b: number): number {
  for (let t = a0 + 1; t < Math.min(b, a0 + 5); t++) if (addresseeThenColon(a, t, b)) return t;
  return b;
}

/** وصف with an object pronoun (folded, و/ف allowed): وصفه، وصفته، وصفها، وصفتها، وصفتهم، يصفه، تصفه … */
const DESCRIBED = /^[\u0648\u0641]?(?:\u0648\u0635\u0641|\u0648\u0635\u0641\u062a|\u064a\u0635\u0641|\u062a\u0635\u0641)(?:\u0647|\u0647\u0627|\u0647\u0645)$/;

/**
 * «X وصفته مصادر أمنية بالخطير»: a source (not a person: وصفه متابعون بالممتع is a stance) describing someone or
 * something with ب\u0640 — its description is the claim, with no أن.
 */
export function describedBy(a: Analyser, v: number, subj: NP): boolean {
  if (!DESCRIBED.test(a.word(v) ?? '')) return false;
  const cat = headCat(a, subj);
  const w = a.word(subj.end);
  return (cat === 'source-sg' || cat === 'source-pl' || cat === 'doc-pl') && w !== null && w.length > 3 && w.charCodeAt(0) === 0x0628;
}

/**
 * After a document or outlet (وكالة، صحيفة): «، NAME …،» — its name in apposition, definite words allowed and at least
 * one word no lexicon knows or a Latin one (وتتوقع وكالة، الترقيم الدولي فيتش رايتنغ، …), closed by a comma.
 */
export function docApposition(a: Analyser, k: number, b: number): boolean {
  if (!a.isPunct(k, '\u060c,')) return false;
  let name = false;
  for (let x = k + 1; x < Math.min(b, k + 7); x++) {
    if (a.isPunct(x, '\u060c,')) return name && x > k + 1;
    if (a.kind(x) === K.Latin) {
      name = true;
      continue;
    }
    const w = a.word(x);
    if (w === null || a.verb(x) || a.lex.complementisers.has(w) || a.lex.functionWords.has(w) || a.lex.adverbs.has(w)) return false;
    const c = a.core(x);
    if (c && !c.definite && !a.noun(x, true) && !a.isAdjectiveWord(c.core) && !a.lex.titles.has(w)) name = true;
  }
  return false;
}

/**
 * An unknown word with an object pronoun right after an indefinite document (معطيات سجلتها وزارة الداخلية، تقرير
 * نشرته المجلة): the verb of a relative clause that says whose the document is. Not مفادها ("to the effect that").
 */
export function relativeVerb(a: Analyser, x: number): boolean {
  const w = a.word(x);
  return w !== null && w.length >= 5 && /(?:\u062a\u0647\u0627|\u062a\u0647|\u0647\u0627)$/.test(w) && !w.startsWith('\u0645\u0641\u0627\u062f') && !a.noun(x, true) && !a.isAdjectiveWord(a.core(x)!.core) && !a.lex.functionWords.has(w);
}

/** Words after which a verb form is a verbal noun (folded; data/grammar.ts NON_CLAIM_BEFORE_VERB holds them too): not
 *  before a verb with و/ف, which opens a clause of its own (… بعد. ويرى محللون أن …, the full stop lost). */
export const BEFORE_VERBAL_NOUN = new Set(['\u062e\u0644\u0627\u0644', '\u0628\u0639\u062f', '\u0627\u062b\u0631', '\u062f\u0648\u0646', '\u0628\u062f\u0648\u0646', '\u0631\u063a\u0645', '\u0648\u0628\u0639\u062f', '\u0648\u0627\u062b\u0631', '\u0648\u062f\u0648\u0646', '\u0648\u0628\u062f\u0648\u0646', '\u0648\u0631\u063a\u0645']);

/** "To the effect that" (folded) after a news noun: مفاده، مفادها، يفيد، تفيد — matched by hash first. */
const EFFECT = new Set(['\u0645\u0641\u0627\u062f\u0647', '\u0645\u0641\u0627\u062f\u0647\u0627', '\u064a\u0641\u064a\u062f', '\u062a\u0641\u064a\u062f'].map((w) => key(hashFolded(w))));
/** News items (folded, without و/ف): خبر، خبرا، الخبر، أخبار، أنباء، نبأ، رواية. */
const NEWS_ITEMS = new Set(['\u062e\u0628\u0631', '\u062e\u0628\u0631\u0627', '\u0627\u0644\u062e\u0628\u0631', '\u0627\u062e\u0628\u0627\u0631', '\u0627\u0646\u0628\u0627\u0621', '\u0646\u0628\u0627', '\u0631\u0648\u0627\u064a\u0647']);

/**
 * A news item "to the effect that" (خبرا مفاده، خبر يفيد بأن، رواية مفادها) with a vague source within eight words
 * before it that no clause took — نشرت وسائل إعلام جزائرية خبرا مفاده أن …، إلحاح بعض وسائل الإعلام وترويج خبر
 * مفاده …: the news rests on that source. Not when a denial comes before (نفت الوزارة خبرا مفاده …). One pass over
 * the sentence, a hash test per word; run after the clauses (their subjects are taken).
 */
export function newsToEffect(a: Analyser, a0: number, b: number, seen: SeenWords, push: Push): void {
  const toks = a.toks;
  for (let k = a0 + 2; k < b; k++) {
    if (toks.k[k] !== K.Word || !EFFECT.has(key(toks.h[k])) || !NEWS_ITEMS.has(a.bare(k - 1) ?? '') || denialBefore(a, k - 1, a0)) continue;
    for (let h = Math.max(a0, k - 9); h < k - 1; h++) {
      if (a.consumed[h] || toks.k[h] !== K.Word || !a.lex.headSurface.has(key(toks.h[h]))) continue;
      const np = a.np(h, k - 1, false, seen);
      if (!np || (np.cls !== 'vague' && np.cls !== 'anonymous')) continue;
      for (let x = np.start; x < np.end; x++) a.consumed[x] = 1;
      push({ cls: np.cls, start: toks.s[np.start], end: toks.e[np.end - 1], subject: { start: toks.s[np.start], end: toks.e[np.end - 1] }, cue: 'verb', refersBack: np.refersBack, newsItem: true }, np);
      return;
    }
  }
}


/** Particles between a subject and its verb (folded): لا، قد، لقد. */
const BETWEEN_SUBJECT_VERB = new Set(['\u0644\u0627', '\u0642\u062f', '\u0644\u0642\u062f']);

/**
 * A definite subject just before an ambiguous passive at v, لا or قد between (الوزير لا يستبعد أن، المدرب يعتقد أن,
 * مدير الشركة لا يستبعد أن): the verb is active, that is its subject, not "it is believed". It must agree with the
 * verb (`agreesWith`): a feminine topic before a masculine verb is no subject (والانتخابات لا يستبعد أن تتأجل stays
 * impersonal). A word the parser does not take as a noun phrase has the gender of its ending.
 */
export function definiteSubjectBefore(a: Analyser, v: number, a0: number, seen: SeenWords, agreesWith: (g: NounGender | 'any') => boolean): boolean {
  let e = v - 1;
  if (e > a0 && BETWEEN_SUBJECT_VERB.has(a.word(e) ?? '')) e--;
  if (e < a0 || a.kind(e) !== K.Word) return false;
  const last = a.core(e);
  const lex = a.lex;
  // (not a relative pronoun: والذي قد يرجح أنه …)
  if (last === null || !last.definite || lex.functionWords.has(a.word(e)!) || lex.relatives.has(a.bare(e) ?? '') || lex.adverbs.has(a.bare(e) ?? '') || a.verb(e)) return false;
  // the noun phrase that ends there (its head: مدير الشركة), else the word alone
  let h = e;
  let g: NounGender | 'any' = 'any';
  for (let x = Math.max(a0, e - 3); x <= e; x++) {
    if (a.kind(x) !== K.Word) continue;
    const np = a.np(x, e + 1, false, seen);
    if (np && np.end === e + 1) {
      h = np.start;
      g = np.gender;
      break;
    }
  }
  // (a noun governed by a preposition is no subject: وفي الأثناء يعتقد أن)
  const prev = h > a0 ? a.bare(h - 1) : null;
  if (prev !== null && lex.functionWords.has(prev) && !lex.complementisers.has(prev)) return false;
  if (g === 'any') {
    const w = a.core(h)?.core ?? '';
    g = /\u0627\u062a$/.test(w) ? 'pl-n' : /(?:\u0648\u0646|\u064a\u0646)$/.test(w) ? 'pl-h' : /\u0647$/.test(w) ? 'f' : 'm';
  }
  return agreesWith(g);
}

/** Token index of an anonymity clause (رفض الكشف عن اسمه) in [a0, b), or -1. */
export function anonymityMarker(a: Analyser, a0: number, b: number): number {
  const T = a.toks;
  const hashes = a.lex.anonymityObjectHashes;
  for (let x = a0; x < b; x++) {
    if (T.k[x] !== K.Word || !hashes.has(key(T.h[x]))) continue;
    const w = a.word(x);
    if (w === null || !a.lex.anonymityObjects.has(w)) continue;
    for (let y = x - 1; y >= Math.max(a0, x - 4); y--) {
      const v = a.bare(y);
      if (v !== null && a.lex.anonymityVerbs.has(v)) return y;
    }
  }
  return -1;
}

/**
 * A preposed anonymity clause ending at token e, right before a verb (مسؤول أمني، رفض الكشف عن هويته، أكد أن؛ المسؤول،
 * الذي طلب عدم ذكر اسمه، قال إن): the token index where the subject before it ends, or -1. Within eight words, between
 * commas (a relative pronoun may open it), or with no comma when its object (هويته، اسمه) is the word right before the
 * verb and its own verb is طلب/رفض/فضّل/اشترط (مسؤول طلب عدم الكشف عن هويته قال إن).
 */
export function preposedAnonymity(a: Analyser, e: number, a0: number): number {
  if (e <= a0) return -1;
  // with no comma: the clause's object ends right before the verb (مسؤول طلب عدم الكشف عن هويته قال إن، موظف في البلدية
  // رفض الكشف عن اسمه أكد أن): its marker within three words before it, its own verb before the marker (and عدم), the
  // subject before that verb (or before a relative pronoun)
  if (!a.isPunct(e)) {
    const w = a.word(e);
    if (w === null || !a.lex.anonymityObjects.has(w)) return -1;
    const y = anonymityMarker(a, Math.max(a0 + 1, e - 3), e + 1);
    if (y < 0) return -1;
    // the clause's own verb: طلب عدم، فضّل عدم، اشترط عدم، رفض
    const v = a.word(y - 1) === '\u0639\u062f\u0645' ? y - 2 : y - 1;
    if (v <= a0 || !ASKING.has((a.word(v) ?? '').replace(/(?:\u062a|\u0648\u0627)$/, ''))) return -1;
    const end = a.lex.relatives.has(a.word(v - 1) ?? '') ? v - 2 : v - 1;
    return end >= a0 && a.kind(end) === K.Word ? end : -1;
  }
  if (!a.isPunct(e, '\u060c,')) return -1;
  for (let y = e - 2; y >= Math.max(a0 + 1, e - 8); y--) {
    if (!a.isPunct(y, '\u060c,')) continue;
    // (the clause opens after the comma, with a relative pronoun or with its verb)
    const first = a.lex.relatives.has(a.word(y + 1) ?? '') ? y + 2 : y + 1;
    return anonymityMarker(a, first, e) >= first ? y - 1 : -1;
  }
  return -1;
}

/** The verbs of an anonymity clause (folded, past, with ت or وا dropped): طلب، رفض، فضّل، اشترط (عدم الكشف عن هويته). */
const ASKING = new Set(['\u0637\u0644\u0628', '\u0631\u0641\u0636', '\u0641\u0636\u0644', '\u0627\u0634\u062a\u0631\u0637']);

/** A place phrase at k: ب\u0640 + a word (بالبلدية، بالجهة) or في/من + a word. */
export function placeTail(a: Analyser, k: number): boolean {
  const w = a.word(k);
  if (w === null) return false;
  if (w === '\u0641\u064a' || w === '\u0645\u0646') return a.word(k + 1) !== null;
  return w.length > 3 && w.charCodeAt(0) === 0x0628 && !a.lex.functionWords.has(w) && !a.verb(k);
}

/** "Widely" right after the verb (folded على نطاق واسع): the words a passive belief verb may put before its complement
 *  (claims8: ويعتقد على نطاق واسع أن …); the index after it, else v + 1. */
export function afterWidely(a: Analyser, v: number): number {
  return a.word(v + 1) === '\u0639\u0644\u064a' && a.word(v + 2) === '\u0646\u0637\u0627\u0642' && a.word(v + 3) === '\u0648\u0627\u0633\u0639' ? v + 4 : v + 1;
}

/** A university, institute, centre, faculty, laboratory, hospital or academy (folded; with ال): whose researchers are
 *  traceable (nounPhrase.ts: علماء من جامعة ليفربول). */
export const ACADEMIC = new Set(['\u062c\u0627\u0645\u0639\u0647', '\u0645\u0639\u0647\u062f', '\u0645\u0631\u0643\u0632', '\u0643\u0644\u064a\u0647', '\u0645\u062e\u062a\u0628\u0631', '\u0645\u0633\u062a\u0634\u0641\u064a', '\u0627\u0644\u062c\u0627\u0645\u0639\u0647', '\u0627\u0644\u0645\u0639\u0647\u062f', '\u0627\u0644\u0645\u0631\u0643\u0632',
  // claims8: the academy (علماء من الأكاديمية التشيكية للعلوم)
  '\u0627\u0643\u0627\u062f\u064a\u0645\u064a\u0647', '\u0627\u0644\u0627\u0643\u0627\u062f\u064a\u0645\u064a\u0647']);

/** "Belonging to" (folded): تابع، تابعون، تابعين، التابعين، التابعون. */
const BELONGING = new Set(['\u062a\u0627\u0628\u0639', '\u062a\u0627\u0628\u0639\u0648\u0646', '\u062a\u0627\u0628\u0639\u064a\u0646', '\u0627\u0644\u062a\u0627\u0628\u0639\u064a\u0646', '\u0627\u0644\u062a\u0627\u0628\u0639\u0648\u0646']);

/**
 * An academic body within four words after a researchers' head at h (claims8), past a field in construct, a comma or
 * "belonging to": علماء نفس في جامعة بازل، الباحثون، من جامعة بريستول، لعلماء معهد باستور، علماء تابعون لأكاديمية العلوم.
 * Constant work: four tokens.
 */
export function academicAfter(a: Analyser, h: number, end: number): boolean {
  for (let x = h; x < Math.min(end, h + 4); x++) {
    if (a.kind(x) === K.Punct) {
      if (a.isPunct(x, '\u060c,')) continue;
      return false;
    }
    const w = a.word(x);
    if (w === null || a.verb(x) || a.lex.complementisers.has(w)) return false;
    if (ACADEMIC.has(w) || (w.length > 4 && (w.charCodeAt(0) === 0x0644 || w.charCodeAt(0) === 0x0628) && ACADEMIC.has(w.slice(1)))) return true;
    if (BELONGING.has(w) || w === '\u0645\u0646' || w === '\u0641\u064a') continue;
    if (a.lex.functionWords.has(w)) return false;
  }
  return false;
}
