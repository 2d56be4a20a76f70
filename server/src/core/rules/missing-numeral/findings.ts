/** missing-numeral's findings: messages, the "mark as intended" key, the placeholder and review fixes. */
import { COMMANDS } from '../../../shared/vocabulary';
import type { Finding, Fix, Locale, Severity } from '../../types';
import { gapKey, wordsAround } from '../../review';
import { CH, CONTROL, SOFT_HYPHEN, SPACE } from '../../text/chars';

export const RULE_ID = 'missing-numeral';
export const PLACEHOLDER_SNIPPET = '${1:رقم}';
export const PLACEHOLDER_PLAIN = '[رقم؟]';
export const REVIEW_COMMAND = COMMANDS.markReviewed;

export type Reason = { kind: 'embedding' | 'before' | 'after' | 'day' | 'year' | 'percent' | 'pair' | 'empty'; word: string };

// ---------------------------------------------------------------------------------------------
// Messages, keys, fixes.

export function message(locale: Locale, r: Reason): string {
  switch (r.kind) {
    case 'embedding':
      return locale === 'ar' ? 'يبدو أن رقمًا سقط هنا: بقي تضمين فارغ من اليسار إلى اليمين حيث كانت الأرقام.' : 'A number seems to be missing here: an empty left-to-right embedding is left where digits stood.';
    case 'before':
      return locale === 'ar' ? `يبدو أن رقمًا سقط قبل «${r.word}».` : `A number seems to be missing before “${r.word}”.`;
    case 'after':
      return locale === 'ar' ? `يبدو أن رقمًا سقط بعد «${r.word}».` : `A number seems to be missing after “${r.word}”.`;
    case 'day':
      return locale === 'ar' ? `يبدو أن رقمًا (اليوم) سقط قبل الشهر «${r.word}».` : `A number (the day) seems to be missing before the month “${r.word}”.`;
    case 'year':
      return locale === 'ar' ? `يبدو أن رقمًا (السنة) سقط بعد «${r.word}».` : `A number (the year) seems to be missing after “${r.word}”.`;
    case 'percent':
      return locale === 'ar' ? `يبدو أن رقمًا سقط: «${r.word}» بلا رقم قبلها.` : `A number seems to be missing: “${r.word}” has no number before it.`;
    case 'empty':
      return locale === 'ar'
        ? r.word === '()' ? 'يبدو أن رقمًا سقط هنا: قوسان فارغان.' : 'يبدو أن رقمًا سقط من هذه القائمة: فاصلتان بلا شيء بينهما.'
        : r.word === '()' ? 'A number seems to be missing here: the brackets are empty.' : 'A number seems to be missing from this list: two commas with nothing between them.';
    case 'pair':
      return locale === 'ar' ? `يبدو أن رقمًا سقط بعد «${r.word}»: أول رقمين يجمعهما حرف «و».` : `A number seems to be missing after “${r.word}”: the first of two numbers joined by “و”.`;
  }
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
      title: locale === 'ar' ? `إدراج موضع للرقم: «${preview}»` : `Insert a placeholder for the number: “${preview}”`,
      edits: [{ start: pos, end: pos, newText: PLACEHOLDER_SNIPPET + (trailingSpace ? ' ' : '') }],
      snippet: true,
      plainText: PLACEHOLDER_PLAIN + (trailingSpace ? ' ' : ''),
    });
  fixes.push({
    title: locale === 'ar' ? 'تعليم كمقصود (لا رقم ناقص هنا)' : 'Mark as intended (no number is missing here)',
    edits: [],
    command: { id: REVIEW_COMMAND, args: [key] },
  });
  return { ruleId: RULE_ID, start: pos, end: pos, severity, message: message(locale, reason), fixes };
}
