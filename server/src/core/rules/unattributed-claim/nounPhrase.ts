/**
 * The noun-phrase parser of the analyser: the subject starting at a token, classified (vague, anonymous, impersonal,
 * named, anaphoric) through the noun lexicons — quantifiers and "one of", construct genitives, adjectives, place
 * phrases, a study's relative clause, named exemptions. Split out of analyser.ts (token access and lookups stay there);
 * every look-around is bounded by a constant.
 */
import type { Analyser, NP, SeenWords } from './analyser';
import type { ClaimClass } from './claim';
import { academicAfter, ACADEMIC, relativeVerb } from './cues';
import { quantifierAfterL } from './forms';
import { K } from './tokens';

/** Any quotation mark or bracket: in a line read back from visual order they come mirrored (»…«). */
export const QUOTE_MARKS = '"«»“”\'()';

/** Articles of foreign titles, as written in Arabic (folded): لو، لا، لي، ذا، دي، دير، دو، إل. */
const FOREIGN_ARTICLES = new Set(['\u0644\u0648', '\u0644\u0627', '\u0644\u064a', '\u0630\u0627', '\u062f\u064a', '\u062f\u064a\u0631', '\u062f\u0648', '\u0627\u0644']);

/** Inquiries (folded lexicon keys): أبحاث، بحوث — definite, the investigation of the case (بيّنت الأبحاث أن …). */
const INQUIRY = new Set(['\u0627\u0628\u062d\u0627\u062b', '\u0628\u062d\u0648\u062b']);
/** Document plurals (folded) vague when indefinite but, definite, the ones the text just gave (الصفحات، القراءات، التحليلات). */
const INDEFINITE_ONLY = new Set(['\u0635\u0641\u062d\u0627\u062a', '\u0642\u0631\u0627\u0621\u0627\u062a', '\u062a\u062d\u0644\u064a\u0644\u0627\u062a']);
const OWNED_BY_PEOPLE = new Set(['\u0634\u0647\u0627\u062f\u0627\u062a', '\u0631\u0648\u0627\u064a\u0627\u062a']); // شهادات، روايات: a genitive after them is their owner, people as often as bodies
/** "Preliminary" (folded, with or without ال): الأولية، أولية; and, after حسب/وفق only, "available" (المتوفرة، المتاحة: حسب المعطيات المتوفرة، لم تسجل إصابات). */
const PRELIMINARY = new Set(['\u0627\u0648\u0644\u064a\u0647', '\u0627\u0644\u0627\u0648\u0644\u064a\u0647']);
const AVAILABLE = new Set(['\u0627\u0644\u0645\u062a\u0648\u0641\u0631\u0647', '\u0627\u0644\u0645\u062a\u0627\u062d\u0647']);

/** Heads of a place phrase that name a research body (folded, without ال): جامعة، معهد، مركز، كلية، مختبر، مستشفى. */
/** Researchers (folded lexicon keys): علماء، باحثون/باحثين/باحثو، باحثات، باحث، باحثة، أطباء. */
const RESEARCHERS = new Set(['\u0639\u0644\u0645\u0627\u0621', '\u0628\u0627\u062d\u062b\u0648\u0646', '\u0628\u0627\u062d\u062b\u064a\u0646', '\u0628\u0627\u062d\u062b\u0648', '\u0628\u0627\u062d\u062b\u064a', '\u0628\u0627\u062d\u062b\u0627\u062a', '\u0628\u0627\u062d\u062b', '\u0628\u0627\u062d\u062b\u0647', '\u0627\u0637\u0628\u0627\u0621']);

/** ب ل ك: a word starting with one may be a prepositional phrase (بوزارة الداخلية), not a construct member. */
const PREP_FIRST = new Set([0x0628, 0x0644, 0x0643]);

/** Studies, reports and surveys (folded) that a relative clause may follow: دراسة، بحث، تقرير، استطلاع. */
const STUDIES = new Set(['\u062f\u0631\u0627\u0633\u0647', '\u0628\u062d\u062b', '\u062a\u0642\u0631\u064a\u0631', '\u0627\u0633\u062a\u0637\u0644\u0627\u0639']);
/** The verb of such a clause (folded): شملت، أجريت، نشرت، صدرت، أعدت، تناولت، استندت (and their masculine). */
const STUDY_CLAUSE = new Set(['\u0634\u0645\u0644\u062a', '\u0634\u0645\u0644', '\u0627\u062c\u0631\u064a\u062a', '\u0627\u062c\u0631\u064a', '\u0646\u0634\u0631\u062a', '\u0646\u0634\u0631', '\u0635\u062f\u0631\u062a', '\u0635\u062f\u0631', '\u0627\u0639\u062f\u062a', '\u0627\u0639\u062f', '\u062a\u0646\u0627\u0648\u0644\u062a', '\u062a\u0646\u0627\u0648\u0644', '\u0627\u0633\u062a\u0646\u062f\u062a', '\u0627\u0633\u062a\u0646\u062f']);
/** ل\u0640 + a pronoun (folded): له، لها، لهم، لهما. */
const OWNER_PRONOUNS = new Set(['\u0644\u0647', '\u0644\u0647\u0627', '\u0644\u0647\u0645', '\u0644\u0647\u0645\u0627']);
/** Journals (folded, without ال): مجلة، دورية، صحيفة — a study published in one is traceable. */
const JOURNALS = new Set(['\u0645\u062c\u0644\u0647', '\u062f\u0648\u0631\u064a\u0647', '\u0635\u062d\u064a\u0641\u0647', '\u0627\u0644\u0645\u062c\u0644\u0647', '\u0627\u0644\u062f\u0648\u0631\u064a\u0647', '\u0627\u0644\u0635\u062d\u064a\u0641\u0647']);
/** Participles that say whose a report is, before عن/من (folded): الصادرة، المنشورة، المقدمة (not الواردة من فرنسا: a place). */
const ISSUED = new Set(['\u0627\u0644\u0635\u0627\u062f\u0631\u0647', '\u0627\u0644\u0645\u0646\u0634\u0648\u0631\u0647', '\u0627\u0644\u0645\u0642\u062f\u0645\u0647']);
const FROM = new Set(['\u0639\u0646', '\u0645\u0646']);

/**
 * The noun phrase starting at token j (within [., end)), classified. Returns null when j does not
 * start a noun phrase (function word, punctuation, verb).
 */
export function nounPhrase(a: Analyser, j: number, end: number, allowPrep: boolean, seen: SeenWords, depth = 0): NP | null {
  if (j >= end || depth > 3) return null;
  const kd = a.kind(j);
  if (kd === K.Latin) return { start: j, end: j + 1, cls: 'named', gender: 'any', definite: true };
  if (kd === K.Number) {
    const inner = a.np(j + 1, end, false, seen, depth + 1);
    if (inner && (inner.cls === 'vague' || inner.cls === 'anonymous')) return { ...inner, start: j, cls: 'vague' };
    return null;
  }
  if (kd !== K.Word) return null;
  const w = a.toks.w(j);
  const bw = quantifierAfterL(w, a.bare(j)!, allowPrep, a.lex);
  if (a.lex.complementisers.has(w) || a.lex.functionWords.has(w) || a.lex.functionWords.has(bw)) return null;
  if (a.verb(j)) return null;
  // "to the effect that" opens the content, not a subject: وكانت أخبار قد راجت مفادها أن …
  if (w === '\u0645\u0641\u0627\u062f\u0647' || w === '\u0645\u0641\u0627\u062f\u0647\u0627') return null;

  // named-source exemptions
  if (matchesNamed(a, j, end)) return { start: j, end: j + 1, cls: 'named', gender: 'any', definite: true };

  // vague pronouns: البعض، كثيرون، آخرون
  if (a.lex.vaguePronouns.has(bw) || a.lex.vaguePronouns.has(w)) return { start: j, end: j + 1, cls: 'vague', gender: 'pl-h', definite: false };

  // one of: أحد المسؤولين، إحدى الموظفات
  if (a.lex.oneOf.has(bw)) {
    if (a.kind(j + 1) !== K.Word || a.isStop(j + 1, end)) return null;
    const inner = a.np(j + 1, end, false, seen, depth + 1);
    let e = inner && inner.cls !== 'other' && inner.cls !== 'named' ? inner.end : Math.max(j + 2, a.chain(j + 1, end));
    e = extendAdjectives(a, e, end, true);
    return { start: j, end: e, cls: 'anonymous', gender: bw === 'احدي' ? 'f' : 'm', definite: false };
  }

  // quantifiers: بعض العلماء، عدد من الخبراء
  if (a.lex.quantifiers.has(bw) || (bw.startsWith('\u0627\u0644') && a.lex.quantifiers.has(bw))) {
    let k = j + 1;
    if (a.word(k) === '\u0645\u0646') k++;
    // no conjunction after a quantifier: عدة وجهات is "several destinations", not و + جهات
    const hk = a.noun(k, false);
    if (hk && a.word(k)!.startsWith('\u0648') && !hk.key.startsWith('\u0648')) return null;
    const inner = a.np(k, end, false, seen, depth + 1);
    if (inner && (inner.cls === 'vague' || inner.cls === 'anonymous' || inner.cls === 'impersonal')) {
      // (the verb agrees with the quantifier or with the noun: أكد عدد من المواقع، أكدت بعض المصادر)
      return { start: j, end: inner.end, cls: inner.cls === 'impersonal' ? 'vague' : inner.cls, gender: 'any', definite: false };
    }
    // "some of the X" never names a source, whoever X is (بعض العاملات، بعض الأطراف، عدد من الأهالي): a definite
    // word after the quantifier, with its adjectives, is a vague subject (its verb decides it is one)
    // — a subject, not a genitive; people (a sound plural: العاملات، المحتجين; a trade's broken plural: الطلبة); عدد/مجموعة … only with من
    const c = a.core(k);
    const construct = bw === '\u0628\u0639\u0636' || bw === '\u0645\u0639\u0638\u0645' || bw === '\u0627\u063a\u0644\u0628' || bw === '\u062c\u0644'; // بعض معظم أغلب جل
    const ofThings = bw === '\u062c\u0645\u0644\u0647' || bw === '\u0645\u062c\u0645\u0648\u0639\u0647'; // جملة، مجموعة: a set of things as often as of people
    if (depth === 0 && !ofThings && c && c.definite && (construct || k > j + 1) && a.kind(k) === K.Word && !a.isStop(k, end) && !a.verb(k) && (/(?:ون|ين|ات)$/.test(c.core) || a.noun(k, false)?.info.indefiniteOnly === true) && !a.isAdjectiveWord(c.core)) {
      return { start: j, end: extendAdjectives(a, k + 1, end, true), cls: 'vague', gender: 'any', definite: false, guessed: true };
    }
    return null;
  }

  // the same source again, written before it: ذات المصدر، نفس المصادر (= المصدر ذاته)
  if (a.lex.same.has(bw) && depth === 0) {
    const c1 = a.core(j + 1);
    const inner = c1 && c1.definite ? a.np(j + 1, end, false, seen, depth + 1) : null;
    if (inner && (inner.cls === 'anonymous' || inner.cls === 'vague' || inner.cls === 'impersonal')) return { ...inner, start: j, refersBack: true, definite: true, back: true };
    if (inner) return { ...inner, start: j, cls: 'anaphoric' };
  }

  const hit = a.noun(j, allowPrep);
  if (!hit) return otherNP(a, j, end, seen);
  const info = hit.info;
  let k = j + 1;
  // two-word heads: وسائل إعلام، مواقع التواصل
  if (info.second) {
    const nw = a.word(k);
    if (nw !== null && info.second.includes(nw)) k++;
    else if (!info.single) return otherNP(a, j, end, seen);
  }
  // false friends: مصادر الطاقة، مصدر قلق، دوائر انتخابية
  const ff = a.lex.falseFriends.get(hit.key);
  if (ff) {
    const c = a.core(k);
    // the next word, also after ل/ب/لل (مصادر للطاقة، مصدر لقلق)
    const cc = c ? c.core : '';
    const bare2 = cc.startsWith('\u0644\u0644') ? cc.slice(2) : /^[\u0644\u0628]/.test(cc) ? cc.slice(1) : '';
    if (c && (ff.has(cc) || (bare2 && ff.has(bare2)))) return { start: j, end: k + 1, cls: 'other', gender: 'any', definite: hit.definite };
  }
  const headEnd = k;
  const cat = info.cat;
  const definite = hit.definite;
  let genitiveAt = -1;
  let genitiveVague = false;
  let construct = false;
  // a construct genitive right after the head (خبراء الاقتصاد، تقارير وسائل الإعلام، مسؤول الاتصال)
  const soundPlural = /(?:ون|ين)$/.test(hit.key) && cat !== 'doc-pl';
  if (!definite && !soundPlural && k < end && !a.isStop(k, end)) {
    const c = a.core(k);
    if (c && c.definite && !a.isAdjectiveWord(c.core)) {
      genitiveAt = k;
      k = Math.max(k + 1, a.chain(k, end));
    } else if (cat === 'person-sg' && constructEnd(a, k, end) > k) {
      // a construct chain after a person: عضو هيئة الحقيقة، عضو تنسيقية اعتصام الكامور (a member of a named body): definite
      genitiveAt = k;
      construct = true;
      k = constructEnd(a, k, end);
    } else if (a.kind(k) === K.Latin) {
      genitiveAt = k;
    } else if (cat === 'doc-pl' || cat === 'doc-sg') {
      // a vague source as genitive: تقارير وسائل الإعلام، تقرير مصادر أمنية
      const inner = a.np(k, end, false, seen, depth + 1);
      if (inner && (inner.cls === 'vague' || inner.cls === 'anonymous' || inner.cls === 'impersonal')) {
        genitiveAt = k;
        genitiveVague = true;
        k = inner.end;
      } else if (c && !info.second && !OWNED_BY_PEOPLE.has(hit.key) && !a.isAdjectiveWord(c.core) && !a.lex.quantifiers.has(c.core) && a.chain(k, end) > k + 1) {
        // whose they are, in construct: تقديرات وزارة الفلاحة (not testimonies: شهادات عائلات الضحايا)
        genitiveAt = k;
        k = a.chain(k, end);
      }
    }
  }
  let anonymousAdj = false;
  let refersBack = false;
  /** A place phrase naming a university, institute or hospital (باحثون من جامعة ليفربول). */
  let academic = false;
  // adjectives, coordinated adjectives, a place/institution (في وزارة الداخلية، من الشرطة)
  let guard = 0;
  let place = false;
  while (k < end && guard++ < 10) {
    if (a.kind(k) !== K.Word) break;
    const tw = a.toks.w(k);
    const c = a.core(k)!;
    // the rest of an institution's name after a place phrase: من الشركة التونسية للكهرباء والغاز، بالوكالة الوطنية للتشغيل
    if (place && tw.length > 4 && tw.startsWith('\u0644\u0644')) {
      k++;
      if (k < end && a.word(k)?.startsWith('\u0648\u0627\u0644')) k++;
      continue;
    }
    if (a.lex.anonymousAdjectives.has(c.core)) {
      anonymousAdj = true;
      k++;
      continue;
    }
    if (/^(?:ذاته|ذاتها|نفسه|نفسها|ذاتهم|انفسهم|ذاتهما|عينه|عينها)$/.test(tw)) {
      refersBack = true;
      k++;
      continue;
    }
    if (a.isAdjective(k, definite || genitiveAt >= 0) || a.isAdjective(k, definite)) {
      k++;
      continue;
    }
    // غير + adjective: أنباء غير مؤكدة، مصادر غير رسمية
    if (tw === '\u063a\u064a\u0631' && k + 1 < end && a.isAdjective(k + 1, definite)) {
      k += 2;
      continue;
    }
    if (a.lex.subjectPrepositions.has(tw) && k + 1 < end) {
      const e2 = a.chain(k + 1, end);
      if (e2 > k + 1) {
        if (ACADEMIC.has(a.core(k + 1)?.core ?? '')) academic = true;
        k = extendAdjectives(a, e2, end, true);
        place = true;
        continue;
      }
    }
    // بجامعة أكسفورد، بمعهد باستور (the preposition attached)
    if (tw.length > 4 && tw.charCodeAt(0) === 0x0628 && ACADEMIC.has(tw.slice(1)) && k + 1 < end) {
      const e2 = a.chain(k + 1, end);
      if (e2 > k + 1) {
        academic = true;
        k = extendAdjectives(a, e2, end, true);
        continue;
      }
    }
    break;
  }
  const npEnd = k;
  // (a university or institute right after the phrase, its name not a definite chain: من جامعة ليفربول، بجامعة هارفارد)
  if (!academic && k < end && a.kind(k) === K.Word) {
    const tk = a.toks.w(k);
    if ((tk === '\u0645\u0646' || tk === '\u0641\u064a') && k + 1 < end && ACADEMIC.has(a.core(k + 1)?.core ?? '')) academic = true;
    else if (tk.length > 4 && tk.charCodeAt(0) === 0x0628 && ACADEMIC.has(tk.slice(1))) academic = true;
  }
  const g = info.gender;
  // whose it is, in a relative clause (a verb with its pronoun) or after صادرة/صدرت عن: معطيات سجلتها وزارة الداخلية — named unless vague
  const rel = !definite && (cat === 'doc-pl' || cat === 'doc-sg') ? (a.verb(npEnd)?.enclitic || relativeVerb(a, npEnd) ? npEnd + 1 : /^(?:(?:\u0627\u0644)?\u0635\u0627\u062f\u0631\u0647?|\u0635\u062f\u0631\u062a?)$/.test(a.word(npEnd) ?? '') && a.word(npEnd + 1) === '\u0639\u0646' ? npEnd + 2 : -1) : -1;
  if (rel > 0 && !genitiveVague && !['vague', 'anonymous', 'impersonal'].includes(a.np(rel, end, false, seen, depth + 1)?.cls ?? 'named')) return { start: j, end: npEnd, cls: 'named', gender: g, definite: true };
  const accusative = /ين$/.test(hit.key) && (cat === 'person-pl' || cat === 'source-sg');
  // المصدر، المصادر ذاتها: a definite source with nothing but "the same" after it is the source named before
  // (and a bare definite plural of people: وأضاف الباحثون، وأشار الخبراء after a named study are its authors; on the
  // even half of shared/unlabelled nearly every one followed a named source of the same article)
  const back = refersBack || (definite && !anonymousAdj && genitiveAt < 0 && (cat === 'source-sg' || cat === 'source-pl' || (cat === 'person-pl' && npEnd === headEnd)));
  const out = (cls: NP['cls']): NP => ({ start: j, end: npEnd, cls, gender: g, definite: definite || genitiveAt >= 0, refersBack, accusative, back });
  switch (cat) {
    case 'source-sg':
      return out('anonymous');
    case 'source-pl':
    case 'person-pl':
    case 'pron':
      // researchers of a named university or institute: the study is theirs and traceable (علماء من جامعة ليفربول)
      if ((academic || academicAfter(a, headEnd, end)) && RESEARCHERS.has(hit.key)) return out('named');
      // people of a trade, definite or in construct: the people of the story (وقال المحتجون، المحامي فلان، نواب الكتلة)
      if (hit.info.indefiniteOnly && (definite || genitiveAt >= 0)) return out('other');
      // الجهات alone is "the regions" (Maghreb: حسب الجهات "by region"), الأطراف alone the parties named; الجهات الرسمية stays a source
      if (depth === 0 && definite && npEnd === headEnd && (hit.key === '\u062c\u0647\u0627\u062a' || hit.key === '\u0627\u0637\u0631\u0627\u0641')) return out('other');
      return out(anonymousAdj ? 'anonymous' : 'vague');
    case 'person-sg': {
      if ((academic || academicAfter(a, headEnd, end)) && RESEARCHERS.has(hit.key)) return out('named');
      if (definite || construct || (genitiveAt === headEnd && !a.isAdjectiveWord(a.core(headEnd)!.core))) return { ...out('anaphoric'), cls: a.nameFollows(npEnd, end) ? 'named' : 'anaphoric' };
      if (a.nameFollows(npEnd, end) && endsDefinite(a, npEnd)) return out('named');
      // a genitive of proper names, then a definite adjective of the head: the construct is definite, a role of a named
      // body (واشار مدرب مانشستر يونايتد وبرشلونة السابق، إلى أن — the coach just named; سائق أجرة سابق stays vague — claims11)
      if (npEnd === headEnd && definiteAfterNames(a, headEnd, end)) return out('anaphoric');
      return out(anonymousAdj ? 'anonymous' : 'vague');
    }
    case 'doc-sg': {
      if (genitiveVague) return out('vague');
      if (definite) return out('anaphoric');
      // a foreign title with its article: صحيفة لو باريزيان، صحيفة لا ريبوبليكا، مجلة ذا إيكونوميست
      if (FOREIGN_ARTICLES.has(a.word(npEnd) ?? '') && npEnd + 1 < end && a.kind(npEnd + 1) === K.Word && !a.isStop(npEnd + 1, end) && !a.verb(npEnd + 1)) return out('named');
      // … or written joined: صحيفة لوباريزيان، صحيفة لوفيغارو (not ل\u0640 + a noun the lexicons know)
      for (let x = headEnd; x <= npEnd && x < end; x++) if (a.joinedForeignTitle(x)) return out('named');
      if (genitiveAt >= 0 || a.isPunct(npEnd, QUOTE_MARKS)) return out('named');
      // a study in a relative clause of its own: whose it is, when the clause says (دراسة أجراها علماء دنماركيون: the
      // owner, vague — a named one returned above), else unnamed (خلصت دراسة شملت 3 آلاف مسن إلى أن، كشفت دراسة نشرت
      // مؤخرا أن) unless a journal, a university or a name follows in the clause (دراسة نشرت في مجلة "نيتشر")
      if (rel > 0) return out('vague');
      // its owner's, when a pronoun says whose (في بيان لها، تقرير له): the subject's own
      if (OWNER_PRONOUNS.has(a.word(npEnd) ?? '')) return out('anaphoric');
      if (STUDIES.has(hit.key) && STUDY_CLAUSE.has(a.word(npEnd) ?? '')) return out(namedInClause(a, npEnd + 1, end, seen, depth) ? 'named' : 'vague');
      // only adjectives after it, and then a stop: بحسب تقرير إعلامي، كشفت دراسة حديثة أن
      if (a.word(npEnd) === '\u0645\u0646' && a.noun(npEnd + 1, false)?.info.cat === 'doc-sg' && a.np(npEnd + 1, end, false, seen, depth + 1)?.cls === 'named') return out('named');
      if (a.isStop(npEnd, end) || a.isPunct(npEnd)) {
        // a place phrase after a document names it (تقرير من البنك الدولي)
        for (let x = headEnd; x < npEnd; x++) if (a.lex.subjectPrepositions.has(a.toks.tok(x).w)) return out('named');
        return out('vague');
      }
      return out('named');
    }
    case 'doc-pl': {
      if (definite) {
        if (k < end && a.word(k) !== null && a.lex.relatives.has(a.word(k)!)) return out('other');
        // … or a participle that says it: المعطيات الصادرة عن المعهد، المعلومات المقدمة من الوزارة
        if (headEnd + 1 < end && ISSUED.has(a.word(headEnd) ?? '') && FROM.has(a.word(headEnd + 1) ?? '')) return out('other');
        // the investigation's own findings: الأبحاث (Maghreb: the police inquiry), المعلومات الأولية — whose they are is known
        // (not التسريبات الأولية: leaks stay impersonal)
        if (!refersBack && (INQUIRY.has(hit.key) || ((hit.key === '\u0645\u0639\u0644\u0648\u0645\u0627\u062a' || hit.key === '\u0645\u0639\u0637\u064a\u0627\u062a') && (a.hasWordIn(headEnd, npEnd, PRELIMINARY) || (allowPrep && a.hasWordIn(headEnd, Math.min(end, headEnd + 1), AVAILABLE)))))) return out('other');
        if (!refersBack && INDEFINITE_ONLY.has(hit.key)) return out('other');
        return out(refersBack ? 'vague' : 'impersonal');
      }
      if (a.isPunct(npEnd, '"\u00ab\u201c')) return out('named');
      if (genitiveAt >= 0) {
        const inner = a.np(genitiveAt, end, false, seen, depth + 1);
        if (inner && (inner.cls === 'vague' || inner.cls === 'anonymous' || inner.cls === 'impersonal')) return { ...out('vague'), end: Math.max(npEnd, inner.end) };
        return out('named');
      }
      return out(anonymousAdj ? 'anonymous' : 'vague');
    }
  }
  return null;
}

/** A name, a quotation, a journal or a university within the next eight words (a study's relative clause). */
function namedInClause(a: Analyser, i: number, end: number, seen: SeenWords, depth: number): boolean {
  for (let x = i; x < Math.min(end, i + 8); x++) {
    const kd = a.kind(x);
    if (kd === K.Latin || a.isPunct(x, QUOTE_MARKS)) return true;
    const w = a.word(x);
    if (w === null) continue;
    if (a.lex.complementisers.has(w)) return false;
    const b = w.length > 3 && PREP_FIRST.has(w.charCodeAt(0)) ? w.slice(1) : w;
    if (ACADEMIC.has(b) || JOURNALS.has(b)) return true;
    // an object pronoun, then a definite subject: استطلاع نشر نتائجه البنك العالمي
    if (/\u0647\u0627?$/.test(w) && a.kind(x - 1) === K.Word && a.core(x + 1)?.definite && !a.isAdjectiveWord(a.core(x + 1)!.core)) return true;
    // issued by a body: صدر أمس عن البنك الدولي (not by a vague one: عن مصادر مطلعة)
    if (w === '\u0639\u0646' && a.core(x + 1)?.definite) return !['vague', 'anonymous', 'impersonal'].includes(a.np(x + 1, end, false, seen, depth + 1)?.cls ?? 'named');
  }
  return false;
}

/**
 * The end of a construct chain starting at k: up to three indefinite nouns, then definite words (هيئة الحقيقة
 * والكرامة، تنسيقية اعتصام الكامور); k itself when there is none. Not through a word that may be a
 * prepositional phrase (بوزارة) or an adjective of the lists (رفيع المستوى).
 */
function constructEnd(a: Analyser, k: number, end: number): number {
  for (let x = k; x < end && x - k < 3 && a.kind(x) === K.Word && !a.isStop(x, end); x++) {
    const c = a.core(x)!;
    // (a definite word right after the indefinite person is its genitive even when it looks like a nisba adjective:
    // عضو الهيئة العليا — an adjective of an indefinite noun is indefinite)
    if (c.definite) return a.chain(x, end);
    // (not through an anonymity clause: مسؤول أمني رفض الكشف; nisba-looking words may be nouns: هيئة، تنسيقية)
    if (PREP_FIRST.has(c.core.charCodeAt(0)) || a.lex.adjectives.has(c.core) || a.lex.anonymousAdjectives.has(c.core) || a.lex.nonClaimBeforeVerb.has(c.core) || a.lex.anonymityVerbs.has(c.core)) return k;
  }
  return k;
}

function extendAdjectives(a: Analyser, k: number, end: number, definite: boolean): number {
  while (k < end && a.kind(k) === K.Word && (a.isAdjective(k, definite) || a.isAdjective(k, !definite))) k++;
  return k;
}

function endsDefinite(a: Analyser, k: number): boolean {
  const c = a.core(k - 1);
  return !!c && c.definite;
}

/** An unrecognised subject: named (titled person, name, institution) or anaphoric (seen before). */
function otherNP(a: Analyser, j: number, end: number, seen: SeenWords): NP {
  const c = a.core(j)!;
  const cls: ClaimClass = seen.has(c.core, j) && !a.lex.titles.has(a.word(j)!) ? 'anaphoric' : 'named';
  return { start: j, end: j + 1, cls, gender: 'any', definite: c.definite };
}

function matchesNamed(a: Analyser, j: number, end: number): boolean {
  const w0 = a.word(j);
  const b0 = a.bare(j);
  if (!(w0 !== null && a.lex.namedFirst.has(w0)) && !(b0 !== null && a.lex.namedFirst.has(b0))) return false;
  for (const phrase of a.lex.namedSources) {
    if (j + phrase.length > end) continue;
    let ok = true;
    for (let x = 0; x < phrase.length && ok; x++) {
      const w = x === 0 ? a.bare(j) : a.word(j + x);
      const p = phrase[x];
      ok = w === p || (x === 0 && w !== null && (w === 'ال' + p || a.word(j) === p));
    }
    if (ok) return true;
  }
  return false;
}

/** Up to four indefinite words the lexicons do not know from k (no preposition glued to them), then a definite adjective. */
function definiteAfterNames(a: Analyser, k: number, end: number): boolean {
  let x = k;
  while (x < end && x - k < 4 && a.nameFollows(x, end) && !a.core(x)!.definite && !PREP_FIRST.has(a.toks.w(x).charCodeAt(0))) x++;
  if (x === k || x >= end || a.kind(x) !== K.Word) return false;
  const c = a.core(x)!;
  return c.definite && a.isAdjectiveWord(c.core);
}
