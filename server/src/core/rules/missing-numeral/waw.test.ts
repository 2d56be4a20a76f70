import { gapExpectations } from '../../../testing/ruleTester';
import { missingNumeral } from '.';

// Issue 11, session 14: a lone و judged by the slot model, a lone و after a number before a stop or the next item's و. Sentences written for these tests (none from
// a corpus); ‸ marks where the number was, removed before linting.
const { GAP, expectGap, expectQuiet } = gapExpectations(missingNumeral);

describe('rule missing-numeral: a lone و before a word the slot model reads a number before (session 14)', () => {
  it('a plural that correct news writes after و and a number far more often than after و alone', () => {
    expectGap('استغرقت الرحلة ساعتين و' + GAP + ' دقائق فقط.');
  });

  it('a singular only in a draft that glues its و', () => {
    expectGap('وقال الوالي إن الأعوان وجدوا وحجزوا مسدسا و' + GAP + ' خرطوشة في المنزل.');
    expectQuiet('قال الوالي إن الأعوان حجزوا مسدسا و خرطوشة في المنزل.');
  });

  it('stays quiet before a word no number counts, or a plural و joins as it is', () => {
    expectQuiet('جاء الوفد و معه مسؤولون من الوزارة.');
    expectQuiet('قضى في السجن سنوات و أشهرا.');
    expectQuiet('التقى الوزير بممثلين عن النقابات و جمعيات المجتمع المدني.');
    // (nor a number word, a month, or a noun the odds leave below their bar near a number: تسعة و ثلاثين، بين جانفي و
    // نوفمبر، 21 دراجة نارية و قطع غيار)
    expectQuiet('أدى الحادث إلى مقتل تسعة و ثلاثين شخصا.');
    expectQuiet('سجلت الحصيلة بين جانفي و نوفمبر تراجعا.');
    expectQuiet('حجز الأعوان 21 دراجة نارية و قطع غيار.');
  });
});

describe('rule missing-numeral: a lone و after a number, before a stop or the next item (session 14)', () => {
  it('the second number went: before a comma glued to و, or before the next item and its number', () => {
    expectGap('اعتزل بين 2019 و' + GAP + '، ثم عاد.');
    expectGap('تنعقد الدورة أيام 12 و' + GAP + ' و14 ماي.');
  });

  it('stays quiet before a verb, and with the second number', () => {
    expectQuiet('سافر في 2019 و عاد في 2021.');
    expectQuiet('اعتزل بين 2019 و2021، ثم عاد.');
    expectQuiet('تنعقد الدورة أيام 12 و13 و14 ماي.');
  });
});
