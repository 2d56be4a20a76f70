/** The findings' messages and fixes: "[من؟]" after the clause, the snippet "بحسب ${1:المصدر}", "mark as reviewed". */
import type { Fix, Locale } from '../../types';
import { WHO_MARKER, type Claim } from './claim';
import { sentenceKey as reviewedKey } from '../../review';


/** (One language built, here and in fixesFor: both would double what a finding allocates.) */
export function messageFor(locale: Locale, c: Claim, subject: string): string {
  const s = subject;
  switch (c.cls) {
    case 'anonymous':
      return locale === 'ar' ? `مصدر مجهول: «${s}» — الادعاء منسوب إلى من لم يُسمَّ${c.refersBack ? ' (إحالة إلى مصدر لم يُسمَّ من قبل)' : ''}. سمِّ المصدر، أو بيّن مسوّغ إخفاء الهوية واعتمده.` : `Anonymous source: “${s}” — the claim rests on someone unnamed${c.refersBack ? ' (it refers back to an unnamed source)' : ''}. Name the source, or state why anonymity is justified and have it approved.`;
    case 'impersonal':
      return locale === 'ar' ? `ادعاء بصيغة المجهول: «${s}» لا ينسب الادعاء إلى أحد. من يقول هذا أو يعتقده؟ سمِّ المصدر.` : `Impersonal claim: “${s}” attributes the claim to no one. Who says or believes this? Name the source.`;
    default:
      return locale === 'ar' ? `مصدر مبهم: «${s}» لا يحدد صاحب الادعاء${c.refersBack ? ' (إحالة إلى مصدر لم يُسمَّ)' : ''}. سمِّ المصدر (شخصًا أو مؤسسة أو وسيلة نشر).` : `Vague source: “${s}” does not say who makes the claim${c.refersBack ? ' (it refers back to an unnamed source)' : ''}. Name the source (person, organisation or publication).`;
  }
}

/** /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/ for one code unit. */
function isBlankOrMark(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

const SNIPPET = 'بحسب ${1:المصدر}';
const SNIPPET_PLAIN = 'بحسب [المصدر]';

export function fixesFor(text: string, locale: Locale, c: Claim, keyCache: Map<number, string>): Fix[] {
  const fixes: Fix[] = [];
  // 1. [من؟] after the clause, unless it is already there
  // (the next 12 characters, leading blanks and bidi/zero-width marks skipped: no slice, no regex)
  const lim = Math.min(text.length, c.end + 12);
  let p = c.end;
  while (p < lim && isBlankOrMark(text.charCodeAt(p))) p++;
  if (!(p + WHO_MARKER.length <= lim && text.startsWith(WHO_MARKER, p))) {
    const clause = text.slice(c.start, c.end);
    const preview = clause.length > 40 ? '…' + clause.slice(-40) : clause;
    fixes.push({
      title: locale === 'ar' ? `إدراج «${WHO_MARKER}» للكاتب: «${preview} ${WHO_MARKER}»` : `Insert “${WHO_MARKER}” for the writer: «${preview} ${WHO_MARKER}»`,
      edits: [{ start: c.end, end: c.end, newText: ' ' + WHO_MARKER }],
    });
  }
  // 2. replace the vague attribution with a snippet "بحسب ${1:المصدر}"
  if (c.replace && c.replace.end > c.replace.start) {
    const comma = c.replace.comma ? '،' : '';
    let old = text.slice(c.replace.start, c.replace.end);
    if (old.length > 50) old = old.slice(0, 24) + '…' + old.slice(-24);
    fixes.push({
      title: locale === 'ar' ? `استبدال «${old}» بعبارة «${SNIPPET_PLAIN}${comma}»` : `Replace «${old}» with «${SNIPPET_PLAIN}${comma}»`,
      edits: [{ start: c.replace.start, end: c.replace.end, newText: SNIPPET + comma }],
      snippet: true,
      plainText: SNIPPET_PLAIN + comma,
    });
  }
  // 3. mark as reviewed (one key per sentence, however many claims it has)
  let k = keyCache.get(c.sentence.start);
  if (k === undefined) {
    k = reviewedKey(text.slice(c.sentence.start, c.sentence.end));
    keyCache.set(c.sentence.start, k);
  }
  fixes.push({
    title: locale === 'ar' ? 'تعليم الجملة بأنها رُوجعت (لن يُنبَّه عليها، وتُحفظ في .tadqiq/reviewed.json)' : 'Mark this sentence as reviewed (stays quiet, shared through .tadqiq/reviewed.json)',
    edits: [],
    command: { id: 'tadqiq.markReviewed', args: [k] },
  });
  return fixes;
}

