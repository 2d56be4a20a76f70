/** missing-numeral's findings: messages, the "mark as intended" key, the placeholder and review fixes. */
import { COMMANDS } from '../../../shared/vocabulary';
import { fillMessage, t } from '../../types';
import type { Finding, Fix, Locale, Severity, Text2 } from '../../types';
import { gapKey, wordsAround } from '../../review';
import { CH, CONTROL, SOFT_HYPHEN, SPACE } from '../../text/chars';

export const RULE_ID = 'missing-numeral';
export const PLACEHOLDER_SNIPPET = '${1:رقم}';
export const PLACEHOLDER_PLAIN = '[رقم؟]';
export const REVIEW_COMMAND = COMMANDS.markReviewed;

export type Reason = { kind: 'embedding' | 'before' | 'after' | 'day' | 'year' | 'percent' | 'pair' | 'empty'; word: string };

// ---------------------------------------------------------------------------------------------
// Messages, keys, fixes.

/** Every text of the rule, both languages (Rule.messages): `{word}` the word beside the gap, `{preview}` the place. */
export const MESSAGES = {
  embedding: {
    en: 'A number seems to be missing here: an empty left-to-right embedding is left where digits stood.',
    ar: 'يبدو أن رقمًا سقط هنا: بقي تضمين فارغ من اليسار إلى اليمين حيث كانت الأرقام.',
  },
  before: { en: 'A number seems to be missing before “{word}”.', ar: 'يبدو أن رقمًا سقط قبل «{word}».' },
  after: { en: 'A number seems to be missing after “{word}”.', ar: 'يبدو أن رقمًا سقط بعد «{word}».' },
  day: { en: 'A number (the day) seems to be missing before the month “{word}”.', ar: 'يبدو أن رقمًا (اليوم) سقط قبل الشهر «{word}».' },
  year: { en: 'A number (the year) seems to be missing after “{word}”.', ar: 'يبدو أن رقمًا (السنة) سقط بعد «{word}».' },
  percent: { en: 'A number seems to be missing: “{word}” has no number before it.', ar: 'يبدو أن رقمًا سقط: «{word}» بلا رقم قبلها.' },
  emptyBrackets: { en: 'A number seems to be missing here: the brackets are empty.', ar: 'يبدو أن رقمًا سقط هنا: قوسان فارغان.' },
  emptyItem: { en: 'A number seems to be missing from this list: two commas with nothing between them.', ar: 'يبدو أن رقمًا سقط من هذه القائمة: فاصلتان بلا شيء بينهما.' },
  pair: { en: 'A number seems to be missing after “{word}”: the first of two numbers joined by “و”.', ar: 'يبدو أن رقمًا سقط بعد «{word}»: أول رقمين يجمعهما حرف «و».' },
  insert: { en: 'Insert a placeholder for the number: “{preview}”', ar: 'إدراج موضع للرقم: «{preview}»' },
  markIntended: { en: 'Mark as intended (no number is missing here)', ar: 'تعليم كمقصود (لا رقم ناقص هنا)' },
} satisfies Record<string, Text2>;

export function message(locale: Locale, r: Reason): string {
  const id = r.kind === 'empty' ? (r.word === '()' ? 'emptyBrackets' : 'emptyItem') : r.kind;
  return fillMessage(t(locale, MESSAGES[id]), { word: r.word });
}

/** The key that "mark as intended" stores: the rule id and three visible words either side of the gap (core/review.ts). */
export function reviewKey(text: string, pos: number): string {
  return gapKey(RULE_ID, text, pos);
}

/** The nearest non-control character before (dir -1) or at/after (dir 1) pos, or 0. */
export function charNear(text: string, pos: number, dir: -1 | 1): number {
  let i = dir < 0 ? pos - 1 : pos;
  for (let k = 0; k < 8 && i >= 0 && i < text.length; k++, i += dir) {
    const c = text.charCodeAt(i);
    if ((CH[c] & (CONTROL | SOFT_HYPHEN)) === 0) return c;
  }
  return 0;
}

/**
 * The finding at the gap `pos`. On a line read backwards (visual order the repaired view did not reverse) there is no
 * placeholder edit: written into the line as it stands, the placeholder would read backwards once the line is
 * repaired; the line's own repair comes first (reversed-line), and the gap then gets its placeholder.
 */
export function makeFinding(text: string, pos: number, trailingSpace: boolean, reason: Reason, key: string, locale: Locale, severity: Severity, insert = true): Finding {
  const [b, a] = wordsAround(text, pos, 1);
  const spaceBefore = b && (CH[charNear(text, pos, -1)] & SPACE) !== 0;
  const spaceAfter = a && (trailingSpace || (CH[charNear(text, pos, 1)] & SPACE) !== 0);
  const preview = `${b}${spaceBefore ? ' ' : ''}[${locale === 'ar' ? 'رقم' : 'number'}]${spaceAfter ? ' ' : ''}${a}`;
  const fixes: Fix[] = [];
  if (insert)
    fixes.push({
      title: fillMessage(t(locale, MESSAGES.insert), { preview }),
      edits: [{ start: pos, end: pos, newText: PLACEHOLDER_SNIPPET + (trailingSpace ? ' ' : '') }],
      snippet: true,
      plainText: PLACEHOLDER_PLAIN + (trailingSpace ? ' ' : ''),
    });
  fixes.push({
    title: t(locale, MESSAGES.markIntended),
    edits: [],
    command: { id: REVIEW_COMMAND, args: [key] },
  });
  return { ruleId: RULE_ID, start: pos, end: pos, severity, message: message(locale, reason), fixes };
}
