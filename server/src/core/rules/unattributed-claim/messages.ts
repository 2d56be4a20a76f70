/**
 * Every user-facing text of the rule, both languages, by id: the rule's `messages` table (types.ts `Rule.messages`);
 * the engine's `ctx.message(id, data)` picks the lint's language and fills the `{name}` placeholders. Messages
 * name the flagged words (`{subject}`); fix titles preview the edit.
 */
import type { Text2 } from '../../types';

export const MESSAGES = {
  vague: {
    en: 'Vague source: “{subject}” does not say who makes the claim. Name the source (person, organisation or publication).',
    ar: 'مصدر مبهم: «{subject}» لا يحدد صاحب الادعاء. سمِّ المصدر (شخصًا أو مؤسسة أو وسيلة نشر).',
  },
  vagueBack: {
    en: 'Vague source: “{subject}” does not say who makes the claim (it refers back to an unnamed source). Name the source (person, organisation or publication).',
    ar: 'مصدر مبهم: «{subject}» لا يحدد صاحب الادعاء (إحالة إلى مصدر لم يُسمَّ). سمِّ المصدر (شخصًا أو مؤسسة أو وسيلة نشر).',
  },
  anonymous: {
    en: 'Anonymous source: “{subject}” — the claim rests on someone unnamed. Name the source, or state why anonymity is justified and have it approved.',
    ar: 'مصدر مجهول: «{subject}» — الادعاء منسوب إلى من لم يُسمَّ. سمِّ المصدر، أو بيّن مسوّغ إخفاء الهوية واعتمده.',
  },
  anonymousBack: {
    en: 'Anonymous source: “{subject}” — the claim rests on someone unnamed (it refers back to an unnamed source). Name the source, or state why anonymity is justified and have it approved.',
    ar: 'مصدر مجهول: «{subject}» — الادعاء منسوب إلى من لم يُسمَّ (إحالة إلى مصدر لم يُسمَّ من قبل). سمِّ المصدر، أو بيّن مسوّغ إخفاء الهوية واعتمده.',
  },
  impersonal: {
    en: 'Impersonal claim: “{subject}” attributes the claim to no one. Who says or believes this? Name the source.',
    ar: 'ادعاء بصيغة المجهول: «{subject}» لا ينسب الادعاء إلى أحد. من يقول هذا أو يعتقده؟ سمِّ المصدر.',
  },
  insertMarker: {
    en: 'Insert “{marker}” for the writer: «{preview} {marker}»',
    ar: 'إدراج «{marker}» للكاتب: «{preview} {marker}»',
  },
  replaceWithSnippet: {
    en: 'Replace «{old}» with «{replacement}»',
    ar: 'استبدال «{old}» بعبارة «{replacement}»',
  },
  markReviewed: {
    en: 'Mark this sentence as reviewed (stays quiet, shared through .tadqiq/reviewed.json)',
    ar: 'تعليم الجملة بأنها رُوجعت (لن يُنبَّه عليها، وتُحفظ في .tadqiq/reviewed.json)',
  },
} satisfies Record<string, Text2>;

export type MessageId = keyof typeof MESSAGES;
/** `ctx.message`, restricted to this table's ids. */
export type Say = (id: MessageId, data?: Record<string, string | number>) => string;
