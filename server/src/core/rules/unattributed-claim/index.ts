/**
 * unattributed-claim — a claim whose source is vague (ويرى محللون، أفادت تقارير إعلامية),
 * anonymous (مصدر مطلع، مسؤول رفض الكشف عن اسمه، أحد السكان) or impersonal (يُعتقد أن، يُقال،
 * من المعروف أن، تشير التقديرات). Named sources (قال وزير الخارجية سامي نادر، بحسب تقرير رويترز)
 * and anaphoric ones (وأضاف، وقالوا، a surname already named) stay quiet.
 *
 * How it works, per sentence (text/sentences.ts), in one left-to-right pass over the words:
 *  1. a claim clause starts at a reporting/belief verb in any of its forms (data/verbs.ts), a
 *     source phrase (بحسب، وفقا ل\u0640، نقلا عن …, data/phrases.ts) or an impersonal phrase;
 *  2. its subject is searched after the verb (verb–subject order, skipping time adverbs, "في تصريح
 *     ل\u0640…" and addressee phrases ل\u0640…), else just before it (subject–verb order, with agreement:
 *     مصادر … ذكرت، خبراء … يرون), else it is a pronoun (anaphoric, quiet) — or, for يُعتقد/يُقال,
 *     nobody (impersonal);
 *  3. the subject noun phrase is classified with the noun lexicons (data/nouns.ts): only vague,
 *     anonymous and impersonal sources are reported; anything not recognised is quiet, so an
 *     unknown name is never flagged.
 * The range is the clause's verb (or source phrase) and subject, not the sentence.
 *
 * Fixes, none preferred (fix-all never touches claims): insert "[من؟]" after the clause; replace
 * the vague attribution with a snippet "بحسب ${1:المصدر}"; "mark as reviewed" (a command, no
 * edits: the editor stores `reviewedKey(sentence)` in `.tadqiq/reviewed.json`, and sentences
 * whose key is in `RuleContext.reviewed` or in the `reviewed` option are skipped).
 *
 * Files: claim.ts (the result), tokens.ts and lexicon.ts (words and lookups), analyser.ts (words, lookups) and nounPhrase.ts (noun phrases),
 * clauses.ts (claim clauses per sentence; subjects.ts finds a verb's subject, pusher.ts adds the clauses), fixes.ts (messages, fixes), data/ (the
 * lexicons; README.md).
 *
 * Linear: every look-ahead and look-behind is bounded by a constant number of words.
 */
import { defineRule, type OptionSpec, type Rule, type RuleFinding, type RuleOptions } from '../../types';
import { RULE_ID } from './claim';
import { analyseClaims } from './clauses';
import { fixesFor, messageFor, templated } from './fixes';
import { MESSAGES, type Say } from './messages';

export { RULE_ID, WHO_MARKER, type Claim, type ClaimClass } from './claim';
export { analyseClaims, type AnalyseOptions } from './clauses';
/** The "mark as reviewed" key of a sentence: core/review.ts's sentenceKey (kept under this name: stored keys stay valid). */
export { sentenceKey as reviewedKey } from '../../review';

/** The rule's options, typed. */
export interface ClaimOptions {
  /** Extra vague source nouns. */
  vagueNouns: string[];
  /** Extra reporting verbs ("past|present" or one form). */
  verbs: string[];
  /** Subjects that count as named. */
  namedSources: string[];
  /** Reviewed-sentence keys. */
  reviewed: string[];
}

const strList = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

/** The options as the engine hands them (normalised against OPTIONS), typed; anything malformed reads as empty. */
export function readOptions(o: RuleOptions | undefined): ClaimOptions {
  return { vagueNouns: strList(o?.vagueNouns), verbs: strList(o?.verbs), namedSources: strList(o?.namedSources), reviewed: strList(o?.reviewed) };
}

const OPTIONS = {
  vagueNouns: {
    type: 'string[]',
    default: [],
    description: {
      en: 'Extra vague source nouns (indefinite form, e.g. "متابعون"); plural unless clearly singular.',
      ar: 'أسماء مصادر مبهمة إضافية (بصيغة النكرة، مثل «متابعون»)؛ تُعدّ جمعًا ما لم تكن مفردة بوضوح.',
    },
  },
  verbs: {
    type: 'string[]',
    default: [],
    description: {
      en: 'Extra reporting verbs: "past|present" (e.g. "ألمح|يلمح") or one third-person masculine form; feminine, plural and clitic forms are derived.',
      ar: 'أفعال إسناد إضافية: «ماضٍ|مضارع» (مثل «ألمح|يلمح») أو صيغة الغائب المذكر؛ تُشتق صيغ المؤنث والجمع والضمائر المتصلة.',
    },
  },
  namedSources: {
    type: 'string[]',
    default: [],
    description: {
      en: 'Subjects that count as named although they start with a vague noun (e.g. "خبراء الأمم المتحدة").',
      ar: 'فواعل تُعدّ مسمّاة وإن بدأت باسم مبهم (مثل «خبراء الأمم المتحدة»).',
    },
  },
  reviewed: {
    type: 'string[]',
    default: [],
    description: {
      en: 'Sentences marked as reviewed (keys from reviewedKey); usually filled from .tadqiq/reviewed.json.',
      ar: 'جمل عُلّمت بأنها رُوجعت (مفاتيح reviewedKey)؛ تُملأ عادة من .tadqiq/reviewed.json.',
    },
  },

} satisfies Record<keyof ClaimOptions, OptionSpec>;


export const unattributedClaim: Rule = defineRule({
  id: RULE_ID,
  title: { en: 'Unattributed claim', ar: 'ادعاء غير منسوب' },
  description: {
    en: 'Flags claims whose source is vague (ويرى محللون، أفادت تقارير), anonymous (مصدر مطلع، مسؤول رفض الكشف عن اسمه) or impersonal (يُعتقد أن، من المعروف أن); named and anaphoric sources stay quiet.',
    ar: 'ينبّه إلى الادعاءات المنسوبة إلى مصدر مبهم (ويرى محللون، أفادت تقارير) أو مجهول (مصدر مطلع، مسؤول رفض الكشف عن اسمه) أو بصيغة المجهول (يُعتقد أن، من المعروف أن)، ولا ينبّه إلى المصادر المسمّاة أو المحال إليها.',
  },
  defaultSeverity: 'info',
  defaultEnabled: true,
  reach: 'paragraph',
  neverPreferred: true,
  // a claim is language: read the draft as it will read once repaired (PDF damage, visual-order lines)
  view: 'repaired',
  options: OPTIONS,
  messages: MESSAGES,
  check({ text, doc, options, message, reviewed }) {
    const o = readOptions(options);
    const keys = new Set<string>(reviewed ?? []);
    for (const k of o.reviewed) keys.add(k);
    const claims = analyseClaims(text, { vagueNouns: o.vagueNouns, verbs: o.verbs, namedSources: o.namedSources, reviewed: keys, sentences: doc?.sentences, tokens: doc && doc.text === text ? doc.tokens : undefined });
    const say = templated(message as Say);
    const out: RuleFinding[] = [];
    const keyCache = new Map<number, string>();
    for (const c of claims) {
      if (c.cls !== 'vague' && c.cls !== 'anonymous' && c.cls !== 'impersonal') continue;
      const subject = text.slice(c.start, c.end);
      // (the engine fills in the rule id and the severity)
      out.push({ start: c.start, end: c.end, message: messageFor(say, c, subject.length > 60 ? subject.slice(0, 60) + '…' : subject), fixes: fixesFor(text, say, c, keyCache) });
    }
    return out;
  },
});
