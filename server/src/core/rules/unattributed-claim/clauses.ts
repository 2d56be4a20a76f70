/**
 * Claim clauses of a text, per sentence (text/sentences.ts), in one left-to-right pass over the words: a clause
 * starts at a reporting verb, a source phrase, an impersonal phrase or a headline "مصادر: …"; its subject is
 * found after the verb, before it (with agreement) or not at all (a pronoun, or nobody for a passive).
 */
import { splitSentences, type Span } from '../../text/sentences';
import type { TextTokens } from '../../text/tokens';
import { Analyser, agrees, conjLen, hasActiveMark, hasPassiveMark, SeenWords, type NP } from './analyser';
import type { Claim, ClaimClass } from './claim';
import { lexiconFor } from './lexicon';
import { sentenceKey as reviewedKey } from '../../review';
import { Pusher, type Push } from './pusher';
import { afterOpener, agreesAfter, subjectAfter, subjectBefore } from './subjects';
import { K, key, Tokens } from './tokens';
import { complementAhead, thatAhead, viaSource } from './complements';
import { mediaName } from './media';
import { addresseeThenColon, afterWidely, ANNOUNCE, BEFORE_VERBAL_NOUN, describedBy, newsToEffect, docApposition, headlineEnd, denialBefore, headCat, isHuwaTitle, isPeople, inStatement, nameInside, ownIntention, describesNoun, definiteSubjectBefore, namedApposition, ownAnnouncement, participleAhead, participleClause, previouslySaid, rumourAt, statementOwner } from './cues';


export interface AnalyseOptions {
  vagueNouns?: readonly string[];
  verbs?: readonly string[];
  namedSources?: readonly string[];
  reviewed?: ReadonlySet<string>;
  /** The sentences of the text, when the caller has them (the document's); else they are split here. */
  sentences?: readonly Span[];
  /** The tokens of the text, when the caller has them (the document's: text/tokens.ts); else it is tokenised here. */
  tokens?: TextTokens;
  /** Also return the quiet clauses (named, anaphoric); off for the rule, which only reports the others. */
  quiet?: boolean;
}

/** All claim clauses of a text, quiet classes included (named, anaphoric). */
export function analyseClaims(text: string, opts: AnalyseOptions = {}): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lex = lexiconFor({ vagueNouns: opts.vagueNouns, verbs: opts.verbs, namedSources: opts.namedSources });
  const a = new Analyser(new Tokens(opts.tokens?.text === text ? opts.tokens : text), lex);
  const toks = a.toks;
  const sentences = opts.sentences ?? splitSentences(text);
  const claims: Claim[] = [];
  const pusher = new Pusher(a, claims, !!opts.quiet);
  let ti = 0;
  let prevStart = 0;
  for (const sent of sentences) {
    while (ti < toks.n && toks.s[ti] < sent.start) ti++;
    const a0 = ti;
    while (ti < toks.n && toks.s[ti] < sent.end) ti++;
    const b = ti;
    if (a0 >= b) continue;
    analyseSentence(a, sent, a0, b, opts.quiet ? new SeenWords(a, prevStart) : NO_SEEN, pusher);
    prevStart = a0;
  }
  claims.sort((x, y) => x.start - y.start || x.end - y.end);
  if (opts.reviewed && opts.reviewed.size > 0) {
    // only sentences with a claim get a key
    const keys = new Map<number, boolean>();
    return claims.filter((c) => {
      let r = keys.get(c.sentence.start);
      if (r === undefined) {
        r = opts.reviewed!.has(reviewedKey(text.slice(c.sentence.start, c.sentence.end)));
        keys.set(c.sentence.start, r);
      }
      return !r;
    });
  }
  return claims;
}

/** When quiet clauses are not wanted, named vs. anaphoric does not matter: skip the look-back. */
const NO_SEEN = { has: () => false } as unknown as SeenWords;


function analyseSentence(a: Analyser, sent: Span, a0: number, b: number, seen: SeenWords, pusher: Pusher): void {
  const toks = a.toks;
  const lex = a.lex;
  pusher.reset(sent, a0, b);
  const push = pusher.push;
  let forced = -1; // a phrase start found by looking back from its second word
  let backDone = -1;
  participleClause(a, a0, b, seen, push);
  for (let i = a0; i < b; i++) {
    // the fast path: one hash lookup per word
    if (toks.k[i] !== K.Word || a.consumed[i]) continue;
    if (i !== forced) {
      if (!lex.triggers.has(key(toks.h[i])) && !(i === a0 && colonAhead(a, i, b))) continue;
      // a phrase whose first word is common is triggered by its second word: start there
      if (i > a0 && backDone !== i && !a.consumed[i - 1] && toks.k[i - 1] === K.Word && (a.matchPhrase(lex.impersonalPhrases, i - 1, b) > 0 || a.matchPhrase(lex.sourcePhrases, i - 1, b) > 0)) {
        backDone = i;
        forced = i - 1;
        i -= 2;
        continue;
      }
    }
    const tkS = toks.s[i];

    // 1. impersonal phrases: من المعروف أن
    const ip = a.matchPhrase(lex.impersonalPhrases, i, b);
    // (من المتوقع: a forecast is a claim only when it opens the sentence)
    if (ip > 0 && !(i !== a0 && lex.openingOnly.has(a.bare(ip - 1) ?? ''))) {
      const cj = conjLen(a, i);
      let rEnd = toks.e[ip - 1];
      let comma = true;
      const nx = a.word(ip);
      if (nx !== null && lex.complementisers.has(nx) && isBareComplementiser(nx)) rEnd = toks.e[ip];
      else comma = false;
      push({ cls: 'impersonal', start: tkS, end: toks.e[ip - 1], cue: 'impersonal-phrase', replace: comma ? { start: tkS + cj, end: rEnd, comma: true } : undefined }, null);
      for (let x = i; x < ip; x++) a.consumed[x] = 1;
      i = ip - 1;
      continue;
    }

    // 2. source phrases: بحسب، وفقا ل\u0640، نقلا عن
    const sp = a.matchPhrase(lex.sourcePhrases, i, b);
    if (sp > 0) {
      let j = sp;
      if (a.word(j) === '\u0644') j++; // "ل\u0640 " detached
      const wj = a.word(j);
      // (or ما glued to the verb: حسب ماتناقلته وسائل إعلام — the verb is that word, forms.ts gluedMaVerb)
      const isMa = wj === '\u0645\u0627' || /ما$/.test(a.bare(i) ?? '') && /^(?:حسبما|وفقما|بحسبما)$/.test(a.bare(i) ?? '') || (j === sp && wj !== null && wj.startsWith('\u0645\u0627') && !lex.triggers.has(key(toks.h[j])) && a.verb(j) !== null);
      // وفقا لما نقلته …: لما is ل\u0640 + ما
      const lama = wj === '\u0644\u0645\u0627';
      if (wj === '\u0645\u0627' || lama || isMa) {
        let v = wj === '\u0645\u0627' || lama ? j + 1 : j;
        if (a.word(v) === '\u0642\u062f') v++;
        // حسب ما يروج، وفق ما يتم تداوله: what circulates, with no one behind it (unless a vague subject follows)
        const rumour = rumourAt(a, v);
        if (rumour > 0) {
          const np = a.np(rumour, b, false, seen);
          if (!np || np.cls === 'other' || np.cls === 'named') {
            push({ cls: 'impersonal', start: tkS, end: toks.e[rumour - 1], cue: 'source-phrase', replace: { start: tkS + conjLen(a, i), end: toks.e[rumour - 1], comma: false } }, null);
            for (let x = i; x < rumour; x++) a.consumed[x] = 1;
            i = rumour - 1;
            continue;
          }
        }
        // وفق ما جاء في تقرير إفريقي، حسب ما ورد في تقارير إخبارية متطابقة: the document is the source
        if (CAME_IN.has(a.word(v) ?? '') && a.word(v + 1) === '\u0641\u064a' && !denialBefore(a, i, a0)) {
          const np = a.np(v + 2, b, false, seen);
          if (np && np.cls !== 'other') {
            for (let x = i; x < np.end; x++) a.consumed[x] = 1;
            push({ cls: np.cls, start: tkS, end: toks.e[np.end - 1], subject: { start: toks.s[np.start], end: toks.e[np.end - 1] }, cue: 'source-phrase', refersBack: np.refersBack, replace: { start: tkS + conjLen(a, i), end: toks.e[np.end - 1], comma: false } }, np);
            i = np.end - 1;
            continue;
          }
        }
        if (a.verb(v) || lex.impersonalVerbs.has(a.bare(v) ?? '')) {
          analyseVerb(a, sent, v, a0, b, seen, push, i);
          for (let x = i; x <= v; x++) a.consumed[x] = 1;
          i = v;
          continue;
        }
      }
      // حسب رواية شهود عيان، حسب تصريح مصدر أمني: a statement noun and its vague owner
      const owner = statementOwner(a, j, b, seen);
      if (owner) {
        for (let x = j; x < owner.end; x++) a.consumed[x] = 1;
        push({ cls: owner.cls as ClaimClass, start: tkS, end: toks.e[owner.end - 1], subject: { start: toks.s[owner.start], end: toks.e[owner.end - 1] }, cue: 'source-phrase', refersBack: owner.refersBack, testimony: true, replace: { start: tkS + conjLen(a, i), end: toks.e[owner.end - 1], comma: false } }, owner);
        i = owner.end - 1;
        continue;
      }
      const np = a.np(j, b, true, seen);
      if (np) {
        for (let x = np.start; x < np.end; x++) a.consumed[x] = 1;
        // (a channel named after its medium: بحسب صحيفة اليوم السابع، وفقا لوكالة أنباء فارس)
        const cls = np.cls === 'vague' && mediaName(a, np, b) ? 'named' : np.cls;
        if (cls !== 'other') {
          const cj = conjLen(a, i);
          push(
            {
              cls,
              start: tkS,
              end: toks.e[np.end - 1],
              subject: { start: toks.s[np.start], end: toks.e[np.end - 1] },
              cue: 'source-phrase',
              refersBack: np.refersBack,
              // (testimonies, accounts: حسب شهادات بعض جيرانه)
              testimony: lex.statementNouns.has(a.core(np.start)?.core ?? '') || undefined,
              replace: { start: tkS + cj, end: toks.e[np.end - 1], comma: false },
            },
            np,
          );
        }
        i = np.end - 1;
      }
      continue;
    }

    // 3. reporting verbs
    if (a.verb(i) || lex.impersonalVerbs.has(a.bare(i) ?? '')) {
      const prev = i > a0 ? a.word(i - 1) : null;
      // (في حين "whereas" is no time clause: في حين يرى مراقبون أن …)
      if (prev === '\u0627\u0646' && previouslySaid(a, i, a0, seen, push)) continue;
      if (prev !== null && lex.nonClaimBeforeVerb.has(prev) && !(conjLen(a, i) > 0 && BEFORE_VERBAL_NOUN.has(prev)) && !(prev === '\u062d\u064a\u0646' && a.word(i - 2) === '\u0641\u064a') && !(lex.relatives.has(prev) && relativeClaim(a, i, b, seen))) continue;
      // كل ما قيل، خلافا لما قيل: "what was said", a noun clause, not a claim
      if ((prev === '\u0645\u0627' || prev === '\u0644\u0645\u0627') && lex.impersonalVerbs.has(a.bare(i) ?? '')) continue;
      // نفى الوزير ما تناقلته وسائل إعلام: what is denied is no claim of the text
      if (prev === '\u0645\u0627' && denialBefore(a, i - 1, a0)) continue;
      // "وليس كما يروج البعض": what is denied, again
      // (كما يروج البعض: a rumour named to be rebutted)
      if (prev === '\u0643\u0645\u0627' && ((i - 2 >= a0 && NOT_AS.has(a.word(i - 2) ?? '')) || a.bare(i) === '\u064a\u0631\u0648\u062c')) continue;
      analyseVerb(a, sent, i, a0, b, seen, push, -1);
      continue;
    }

    // في تصريح لمصدر أمني، …: a statement of a vague source (also في نظر مراقبين، على ذمة مصادر، من وجهة نظر محللين)
    const stAt = i > a0 && lex.statementNouns.has(a.core(i)?.core ?? '') ? statementOpener(a, i, a0) : -1;
    if (stAt >= 0) {
      const owner = statementOwner(a, i, b, seen);
      if (owner) {
        const st = stAt;
        for (let x = st; x < owner.end; x++) a.consumed[x] = 1;
        push({ cls: owner.cls as ClaimClass, start: toks.s[st], end: toks.e[owner.end - 1], subject: { start: toks.s[owner.start], end: toks.e[owner.end - 1] }, cue: 'source-phrase', refersBack: owner.refersBack }, owner);
        i = owner.end - 1;
        continue;
      }
    }

    // 4. news with no one behind it: "أنباء عن إقالة المدير" (a headline), "… وأنباء عن وقوع ضحايا"
    if (a.word(i + 1) === '\u0639\u0646' && lex.newsOf.has(a.bare(i) ?? '') && (i === a0 || conjLen(a, i) > 0 || a.isPunct(i - 1, ':'))) {
      a.consumed[i] = 1;
      push({ cls: 'vague', start: tkS, end: toks.e[i], subject: { start: tkS + conjLen(a, i), end: toks.e[i] }, cue: 'headline' }, null);
      continue;
    }

    // 5. headline: "مصادر: …" at the start of a sentence
    if (i === a0) {
      // (the outlet it spoke to before the colon ends the subject: مصادر مطلعة ل\u0640"الجوهرة أف أم": …)
      const np = a.np(i, headlineEnd(a, i, b), false, seen);
      // A lone singular genre word before a colon is a label ("تقرير: …", "دراسة: …" = "Report: …"), not a source.
      const label = np !== null && np.end - np.start === 1 && HEADLINE_LABELS.has(a.bare(np.start) ?? '');
      if (np && !label && (np.cls === 'vague' || np.cls === 'anonymous') && (a.isPunct(np.end, ':') || addresseeThenColon(a, np.end, b))) {
        for (let x = np.start; x < np.end; x++) a.consumed[x] = 1;
        push({ cls: np.cls, start: tkS, end: toks.e[np.end - 1], subject: { start: tkS, end: toks.e[np.end - 1] }, cue: 'headline' }, np);
        i = np.end - 1;
        continue;
      }
    }
  }
  newsToEffect(a, a0, b, seen, push);
}







/** Genre labels that open a headline with a colon. */
const HEADLINE_LABELS = new Set(
  ['تقرير', 'دراسة', 'تحقيق', 'تحليل', 'حوار', 'بيان', 'استطلاع', 'متابعة', 'شاهد', 'فيديو', 'المصدر'].flatMap((w) => [w, w.replace(/\u0629$/, '\u0647')]), // tokens may come with ة folded to ه
);

/** A colon within the next few words (a headline "مصادر: …"). */
function colonAhead(a: Analyser, i: number, b: number): boolean {
  // (quotation marks around an outlet's name on the way: مصادر ل\u0640"الجوهرة أف أم": …)
  for (let k = i + 1; k < Math.min(b, i + 10); k++) if (a.kind(k) === K.Punct && !a.isPunct(k, '"\u00ab\u00bb\u201c\u201d')) return a.toks.w(k) === ':';
  return false;
}

function isBareComplementiser(w: string): boolean {
  return w === '\u0627\u0646' || w === '\u0628\u0627\u0646';
}

/**
 * For a claim from verb v (or the phrase at phraseStart) ending before token endTok: the range the
 * snippet can replace, through a bare complementiser (أن، إن، بأن، إلى أن). (A function, not a
 * closure made per verb.)
 */
function replaceThrough(a: Analyser, v: number, phraseStart: number, replStart: number, endTok: number): Claim['replace'] {
  const toks = a.toks;
  if (phraseStart >= 0) return { start: replStart, end: toks.e[endTok - 1], comma: false };
  let k = endTok;
  if (a.word(k) === '\u0627\u0644\u064a' && a.word(k + 1) !== null && isBareComplementiser(a.word(k + 1)!)) k++;
  const w = a.word(k);
  if (w !== null && isBareComplementiser(w) && !a.verb(v)?.enclitic) return { start: replStart, end: toks.e[k], comma: true };
  if (a.isPunct(k, ':')) return { start: replStart, end: toks.e[k], comma: true };
  return undefined;
}

function analyseVerb(a: Analyser, sent: Span, v: number, a0: number, b: number, seen: SeenWords, push: Push, phraseStart: number): void {
  const toks = a.toks;
  const lex = a.lex;
  const vt = toks.tok(v);
  const vinfo = a.verb(v);
  const bare = a.bare(v) ?? '';
  const cj = conjLen(a, v);
  const startTok = phraseStart >= 0 ? phraseStart : v;
  const start = toks.s[startTok];
  const replStart = toks.s[startTok] + (phraseStart >= 0 ? conjLen(a, phraseStart) : cj);

  // impersonal verbs: يقال، قيل — and any present form with a damma on the prefix (يُتوقع)
  // (a passive of a verb with a second sense needs its complement: تُقدَّر الكلفة ب<U+0640>… is an estimate, not a claim)
  // (and any passive by its mark needs one: ولا يُرى هذا الكوكب is "is not seen"; forms II–IV carry a damma on the
  // prefix when active too — ما لم تُظهره الصورة)
  // (nor before a definite noun, its subject: وتُظهر الصور الملتقطة أن)
  const nx = a.word(v + 1);
  const subjectNext = nx !== null && nx.startsWith('\u0627\u0644') && !lex.adverbs.has(nx) && !lex.functionWords.has(nx);
  const passiveMark = vinfo?.info.present && !lex.connectorVerbs.has(bare) ? hasPassiveMark(a.text, vt, cj) && !subjectNext && complementAhead(a, v + 1, b) && !describesNoun(a, v, a0, cj) : false;
  if (lex.impersonalVerbs.has(bare) || lex.impersonalVerbs.has(vt.w) || passiveMark) {
    // (not "is called" or "was told" with no complement: ويقال لهذا الطائر الحسون، قيل له ارحل; nor a saying: وكما يقال، — claims11)
    if (!passiveMark && (namesOrTells(a, v, b) || (a.bare(v - 1) === '\u0643\u0645\u0627' && a.isPunct(v + 1)))) return;
    push({ cls: 'impersonal', start, end: vt.e, cue: 'verb', replace: replaceThrough(a, v, phraseStart, replStart, v + 1) }, null);
    a.consumed[v] = 1;
    return;
  }
  if (!vinfo) return;
  // a stance verb with an object pronoun: بينهم "among them", طالبهم "asked them"
  if (vinfo.info.proposition && vinfo.enclitic) return;
  // a statement and who relayed it: في تصريح نقلته وسائل الإعلام، في حديث أوردته الإذاعة — the verb's pronoun is the
  // statement, whose speaker is the claim's (claims7); unless relayed from a vague source (شهادات نقلتها عن شهود عيان)
  // (an adjective between: في تصريحات صحفية تناقلتها وسائل الإعلام — claims10)
  const said = v - 2 > a0 && a.isAdjective(v - 1, false) ? v - 2 : v - 1;
  if (vinfo.enclitic && phraseStart < 0 && said > a0 && lex.statementNouns.has(a.core(said)?.core ?? '') && !a.core(said)!.definite) {
    if (vinfo.info.via) viaSource(a, sent, v + 1, b, seen, push, startTok, vinfo.info.via);
    return;
  }

  // a sentence (or a headline after its colon) that opens with a vague subject, then the verb: مصدر أمني ينفي مقتل
  // القيادي — the noun after the verb is its object, not its subject
  if (phraseStart < 0 && v > a0 && !vinfo.info.via && (!vinfo.info.complement || thatAhead(a, vinfo.info, v + 1, b))) {
    const pre = subjectBefore(a, v, a0, vinfo.info, seen);
    // ("some of the X" guessed a subject: only with a complement, as after the verb — بعض الأساتذة أكدوا عدم التزامهم)
    if (pre && !(pre.guessed && !complementAhead(a, v + 1, b)) && (pre.start === a0 || a.isPunct(pre.start - 1, ':') || afterOpener(a, pre.start, a0)) && !(isPeople(a, pre) && ANNOUNCE.has(bare) && !complementAhead(a, v + 1, b))) {
      // a headline that ends at its verb (مصدر من وزارة الخارجية يوضح): a stance announced, no proposition
      if (!wordAfter(a, v, b)) return;
      pushBefore(a, pre, v, push);
      return;
    }
  }
  // (a verb that carries a plural subject of its own, يتوقعون، أكدوا, has none after it: خبراء يتوقعون تراجع الأسعار)
  let subj = pluralSuffix(a, v) ? null : subjectAfter(a, v, b, seen);
  // right after the verb, a subject agrees with it in gender (ينفي تقارير: تقارير is the object; تحذّر المواطنين)
  // (but أكد مصادر مقربة من الفريق أن …: "sources" with its complement right after is the subject, agreement or not)
  if (subj && subj.start === v + 1 && !agreesAfter(vinfo.info, subj.gender) && !(headCat(a, subj) === 'source-pl' && lex.complementisers.has(a.word(subj.end) ?? ''))) subj = null;
  // (بعض المسارات: things as likely as people — a subject only with a complement)
  if (subj && subj.guessed && phraseStart < 0 && !complementAhead(a, subj.end, b)) subj = null;
  // (a rumour verb's subject is the report: وتردد المسؤولون طويلا is "hesitated" — claims11)
  if (subj && vinfo.info.report && subj.cls !== 'impersonal' && headCat(a, subj) !== 'doc-pl' && headCat(a, subj) !== 'doc-sg') return;
  // (ووجد الباحثون أن …: the researchers of the study just reported)
  if (subj && subj.definite && vinfo.info.finding) return;
  // حذّر مسؤولين: the \u0640ين form after a transitive verb is its object; the subject is a pronoun
  if (subj && subj.accusative && vinfo.info.transitive && subj.start === v + 1) subj = null;
  // (and a feminine verb before definite people is no agreement but an object: وأبلغت الجيران)
  if (subj && vinfo.info.transitive && vinfo.info.gender === 'f' && subj.definite && subj.start === v + 1 && isPeople(a, subj)) subj = null;
  // a verb with a second, non-reporting sense needs its complement (أضافه مسؤولون إلى القائمة: no claim)
  // (or a circumstantial clause that states it: انتقد نشطاء القرار، مؤكدين أن …)
  // (after حسب ما the phrase reports: وفق ما يتداوله رواد مواقع التواصل، فإن …)
  if (vinfo.info.complement && !(phraseStart >= 0 && !vinfo.info.proposition) && !thatAhead(a, vinfo.info, subj ? subj.end : v + 1, b) && !(subj && participleAhead(a, subj.end, b, subj.gender)) && !(subj && describedBy(a, v, subj))) return;
  let viaNamed = false;
  if (vinfo.info.via) {
    // علمه "his knowledge": not the verb
    // (after حسب ما the pronoun is the resumptive one: حسب ما علمته الإذاعة من مصادر مطلعة)
    if (vinfo.info.via === '\u0645\u0646' && vinfo.enclitic && phraseStart < 0) return;
    // نقل X عن Y: when Y is vague, the claim rests on Y (one finding from the verb to Y); علم X من Y: only then a claim
    const via = viaSource(a, sent, subj ? subj.end : v + 1, b, seen, push, startTok, vinfo.info.via);
    if (via === 'vague' || vinfo.info.via === '\u0645\u0646') return;
    // نقلت وكالات الأنباء عن الوزير قوله: the claim rests on whom they quote, who is no vague source (the clause stays,
    // named: a later المصدر refers back to it)
    if (via === 'other') viaNamed = true;
    // نقل with neither عن nor a complement (nor "بحسب ما" before it) is "moved": نُقل أحد العملة إلى المستشفى
    // (a verb that needs its complement has had it checked above: تناقلت وسائل الإعلام خبر …، تناقل ناشطون الصور، قائلين إن …)
    if (via === 'none' && phraseStart < 0 && !vinfo.info.complement && !complementAhead(a, subj ? subj.end : v + 1, b)) return;
  }
  // أعلن أهالي المنطقة دخولهم في إضراب: people announcing their own action, no claim (أعلنت مصادر مقتل … is one)
  if (subj && phraseStart < 0 && isPeople(a, subj) && ANNOUNCE.has(bare) && !complementAhead(a, subj.end, b) && !participleAhead(a, subj.end, b, subj.gender)) return;
  if (subj && phraseStart < 0 && ANNOUNCE.has(bare) && ownAnnouncement(a, subj.end)) return;
  // وبيّن الأهالي أنهم سيواصلون احتجاجاتهم: people stating what they themselves will do
  if (subj && phraseStart < 0 && isPeople(a, subj) && ownIntention(a, subj.end, b)) return;
  if (subj) {
    for (let x = subj.start; x < subj.end; x++) a.consumed[x] = 1;
    let cls: ClaimClass = subj.cls === 'other' ? 'named' : subj.cls;
    // أحد المشاركين، عميرة الصغير، …: a name in apposition names the source
    if ((cls === 'vague' || cls === 'anonymous') && (subj.gender === 'm' || subj.gender === 'f') && (namedApposition(a, subj.end, b, headCat(a, subj) !== 'source-sg') || nameInside(a, subj))) cls = 'named';
    if (cls === 'vague' && headCat(a, subj) === 'doc-sg' && (docApposition(a, subj.end, b) || mediaName(a, subj, b))) cls = 'named';
    // مصدر رسمي بالوزارة هو المدير العام …: "he is" + a title names the source
    if ((cls === 'vague' || cls === 'anonymous') && isHuwaTitle(a, subj.end, b)) cls = 'named';
    if (viaNamed) cls = 'named';
    if (cls === 'vague' && isPeople(a, subj) && inStatement(a, subj, b)) cls = 'named';
    push(
      {
        cls,
        start,
        end: toks.e[subj.end - 1],
        subject: { start: toks.s[subj.start], end: toks.e[subj.end - 1] },
        cue: phraseStart >= 0 ? 'source-phrase' : 'verb',
        refersBack: subj.refersBack,
        replace: replaceThrough(a, v, phraseStart, replStart, subj.end),
      },
      subj,
    );
    return;
  }
  // no subject after the verb
  const before = v > a0 ? a.word(v - 1) : null;
  // ما يعتقد أنه "what is believed to be", لم يعتقد أن "he did not think": no impersonal claim
  const notPassive = before === '\u0645\u0627' || before === '\u0644\u0645' || before === '\u0644\u0646'
    // كان يعتقد أن "it was (once) believed": a belief the text reports as past, not a claim it makes
    || before === '\u0643\u0627\u0646' || before === '\u0643\u0627\u0646\u062a';
  // (and a definite subject before it, لا between: الوزير لا يستبعد أن is the minister's own view)
  // (the complement right after, or after على نطاق واسع: ويعتقد على نطاق واسع أن)
  // (or إلى/في and the complement: وأُشير إلى أن — claims11)
  const at = afterWidely(a, v);
  const next = a.word((a.word(at) === '\u0627\u0644\u064a' || a.word(at) === '\u0641\u064a') && a.word(at + 1) !== null && lex.complementisers.has(a.word(at + 1)!) ? at + 1 : at);
  if (lex.ambiguousPassive.has(bare) && next !== null && lex.complementisers.has(next) && !hasActiveMark(a.text, vt, cj) && phraseStart < 0 && !notPassive && !describesNoun(a, v, a0, cj) && !definiteSubjectBefore(a, v, a0, seen, (g) => agrees(vinfo.info, g))) {
    push({ cls: 'impersonal', start, end: vt.e, cue: 'verb', replace: replaceThrough(a, v, phraseStart, replStart, v + 1) }, null);
    return;
  }
  if (phraseStart < 0) {
    const before = subjectBefore(a, v, a0, vinfo.info, seen);
    if (before && ((isPeople(a, before) && ANNOUNCE.has(bare)) || before.guessed) && !complementAhead(a, v + 1, b)) return;
    if (before) {
      pushBefore(a, before, v, push);
      return;
    }
  }
  push({ cls: 'anaphoric', start, end: vt.e, cue: phraseStart >= 0 ? 'source-phrase' : 'verb' }, null, v);
}

/** Is there a word after token v in the sentence (before b)? */
function wordAfter(a: Analyser, v: number, b: number): boolean {
  for (let k = v + 1; k < b; k++) if (a.kind(k) !== K.Punct) return true;
  return false;
}

/** Pushes the claim of a subject found before its verb v (subject–verb order). */
function pushBefore(a: Analyser, before: NP, v: number, push: Push): void {
  const toks = a.toks;
  for (let x = before.start; x < before.end; x++) a.consumed[x] = 1;
  const s0 = toks.s[before.start];
  const cjS = conjLen(a, before.start);
  let rep: Claim['replace'];
  const w = a.word(v + 1);
  if (w !== null && isBareComplementiser(w) && !a.verb(v)?.enclitic) rep = { start: s0 + cjS, end: toks.e[v + 1], comma: true };
  push({ cls: before.cls as ClaimClass, start: s0, end: toks.e[v], subject: { start: s0, end: toks.e[before.end - 1] }, cue: 'verb', refersBack: before.refersBack, replace: rep }, before);
}




/**
 * A relative clause whose verb has a vague subject of its own and a complement (المهاجم الذي قالت تقارير أمنية، في وقت
 * لاحق، إنه توفي): the claim rests on that source. Not a verb with an object pronoun (المعطيات التي ذكرتها مصادر) or
 * with no complement (التقرير الذي أعدته مصادر). Constant work: the subject and six words after it.
 */
function relativeClaim(a: Analyser, v: number, b: number, seen: SeenWords): boolean {
  if (a.verb(v)?.enclitic) return false;
  const np = a.np(v + 1, b, false, seen);
  if (!np || (np.cls !== 'vague' && np.cls !== 'anonymous')) return false;
  for (let k = np.end; k < Math.min(b, np.end + 6); k++) {
    const w = a.word(k);
    // (not a time clause: بعد أن، قبل أن)
    if (w !== null && a.lex.complementisers.has(w)) return !TIME_BEFORE_THAT.has(a.word(k - 1) ?? '');
  }
  return false;
}

/** Words that make أن a time clause (folded): بعد، قبل، منذ. */
const TIME_BEFORE_THAT = new Set(['\u0628\u0639\u062f', '\u0642\u0628\u0644', '\u0645\u0646\u0630']);

/** "Came in", "appeared in" (folded) after حسب ما، وفق ما: جاء، ورد. */
const CAME_IN = new Set(['\u062c\u0627\u0621', '\u0648\u0631\u062f']);


/** The first token of في + a statement noun at i (في نظر) or على عهدة, or of من وجهة نظر; -1 when none opens it. */
function statementOpener(a: Analyser, i: number, a0: number): number {
  const p = a.bare(i - 1);
  if (p === '\u0641\u064a' || (p === '\u0639\u0644\u064a' && a.core(i)?.core === '\u0639\u0647\u062f\u0647')) return i - 1;
  // من وجهة نظر
  if (i - 2 >= a0 && a.word(i - 1) === '\u0648\u062c\u0647\u0647' && a.bare(i - 2) === '\u0645\u0646') return i - 2;
  return -1;
}
/** Before كما, a denial of what follows (folded): ليس، وليس، لا، غير، خلافا (وليس كما يروج البعض). */
const NOT_AS = new Set(['\u0644\u064a\u0633', '\u0648\u0644\u064a\u0633', '\u0644\u0627', '\u063a\u064a\u0631', '\u062e\u0644\u0627\u0641\u0627']);

/** A verb written with the suffix of a plural subject, \u0640ون (present: يتوقعون) or \u0640وا (past: أكدوا), no enclitic after it. */
function pluralSuffix(a: Analyser, v: number): boolean {
  const w = a.word(v);
  if (w === null || w.length < 5 || a.verb(v)?.enclitic) return false;
  const c = w.charCodeAt(w.length - 1);
  if (w.charCodeAt(w.length - 2) !== 0x0648) return false;
  if (c === 0x0627) return true;
  const p = a.bare(v)!.charCodeAt(0);
  return c === 0x0646 && (p === 0x064a || p === 0x062a);
}

/** After an impersonal يقال/قيل: ل\u0640 + a word (an addressee or "is called": يقال لهذا الطائر، قيل له) with no complementiser in the
 *  next four words (قيل لهم إن المدرسة ستغلق is still a claim). */
function namesOrTells(a: Analyser, v: number, b: number): boolean {
  const w = a.word(v + 1);
  if (w === null || w.length < 2 || w.charCodeAt(0) !== 0x0644 || a.lex.functionWords.has(w) || /^(?:\u0644\u0627|\u0644\u0645|\u0644\u0646)$/.test(w)) return false;
  for (let x = v + 2; x < Math.min(b, v + 6); x++) if (a.lex.complementisers.has(a.word(x) ?? '')) return false;
  return true;
}
