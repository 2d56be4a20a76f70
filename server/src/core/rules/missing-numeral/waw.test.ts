import * as assert from 'assert';
import { findingsOf, show } from '../../../testing/ruleTester';
import { missingNumeral } from '.';

// Issue 11, session 14: a lone و judged by the slot model, a lone و after a number before a stop or the next item's و. Sentences written for these tests (none from
// a corpus); ‸ marks where the number was, removed before linting.
const GAP = '\u2038';
const at = (text: string) => findingsOf(missingNumeral, text).map((f) => f.start);
const expectGap = (marked: string) => {
  const p = marked.indexOf(GAP);
  const text = marked.slice(0, p) + marked.slice(p + 1);
  const found = at(text);
  assert.ok(found.length === 1 && Math.abs(found[0] - p) <= 1, `${show(text)}: ${JSON.stringify(found)} for a gap at ${p}`);
};
const expectQuiet = (text: string) => assert.deepStrictEqual(at(text), [], show(text));

describe('rule missing-numeral: a lone و before a word the slot model reads a number before (session 14)', () => {
  it('a plural that correct news writes after و and a number far more often than after و alone', () => {
    expectGap('استغرقت الرحلة ساعتين و' + GAP + ' دقائق فقط.');
  });

  it('a singular only in a draft that glues its و, or up to three words after a number', () => {
    expectGap('وقال الوالي إن الأعوان وجدوا وحجزوا مسدسا و' + GAP + ' خرطوشة في المنزل.');
    expectQuiet('قال الوالي إن الأعوان حجزوا مسدسا و خرطوشة في المنزل.');
    expectGap('تملك الوحدة 40 دبابة، و' + GAP + ' مدرعة.');
  });

  it('stays quiet before a word no number counts, or a plural و joins as it is', () => {
    expectQuiet('جاء الوفد و معه مسؤولون من الوزارة.');
    expectQuiet('قضى في السجن سنوات و أشهرا.');
    expectQuiet('التقى الوزير بممثلين عن النقابات و جمعيات المجتمع المدني.');
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
