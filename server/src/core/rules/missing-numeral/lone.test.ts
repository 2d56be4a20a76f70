import { gapExpectations } from '../../../testing/ruleTester';
import { missingNumeral } from '.';

// Issue 11, session 16: in a draft whose double spaces between words are lone (index.ts loneDoubles), a double space
// before an indefinite plural or counted noun after a verb, subject or verbal noun, at the slot model's lower bar
// (double.ts LONE_DOUBLE_ODDS; helpers.ts loneDoubleCount). Sentences written for these tests (none from a corpus);
// ‸ marks where the number was, removed before linting.
const { GAP, expectGap, expectQuiet } = gapExpectations(missingNumeral);

describe('rule missing-numeral: a lone double space before a counted plural (session 16)', () => {
  it('after a verbal noun or a particle of the clause, in a one-sentence draft', () => {
    expectGap('طالب النواب بتوفير ' + GAP + ' مساعدين لكل كتلة برلمانية.');
    expectGap('أكد الأهالي أن ' + GAP + ' قذائف سقطت قرب المدرسة.');
  });

  it('a sound plural in ين of five letters (no clitic before it)', () => {
    expectGap('تحدثت الصحف عن عودة ' + GAP + ' ناجين إلى قراهم.');
    expectQuiet('استقبل الوالي  ياسين في مكتبه.');
  });

  it('stays quiet where the draft has double spaces elsewhere too (three in 39 words)', () => {
    expectQuiet(
      'طالب النواب بتوفير  مساعدين لكل كتلة برلمانية في المجلس الجديد. وقال رئيس المجلس في ندوة صحفية عقدها  صباح اليوم ' +
        'إن الطلب قيد الدرس وإن الإدارة ستنظر فيه خلال الأسابيع القادمة. وأضاف أن الميزانية محدودة  هذا العام وأن الأولوية للتجهيزات.',
    );
  });

  it('stays quiet below the bar (a plural correct news rarely counts there) and after a negation of kind', () => {
    expectQuiet('وفي الأثناء أكدت  مصادر أمنية أن الوضع مستقر.');
    expectQuiet('قالت الوزيرة إن إدخال  إصلاحات على المنظومة أمر عاجل.');
    expectQuiet('أكد الأهالي أنه لا  قذائف سقطت قرب المدرسة.');
  });
});
