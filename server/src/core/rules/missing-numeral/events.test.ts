import * as assert from 'assert';
import { gapExpectations } from '../../../testing/ruleTester';
import { missingNumeral } from '.';
import { eventBefore } from './events';
import { contextForm } from './slot';

// Issue 11, session 15: an event's year, a partitive's number, a number gone with its space, منذ العام, عام after a word
// in alef, an hour's minutes. Sentences written for these tests (none from a corpus); ‸ marks where the number was,
// removed before linting.
const { GAP, expectGap, expectQuiet } = gapExpectations(missingNumeral);
const kind = (phrase: string) => eventBefore(phrase.split(' ').reverse().map(contextForm));

describe('rule missing-numeral: an event noun or name reads as a year-taker (session 15)', () => {
  it('tells a year-taking noun, a name and a noun that also takes a complement apart', () => {
    assert.strictEqual(kind('في تشريعيات'), 1);
    assert.strictEqual(kind('لموسم'), 1);
    assert.strictEqual(kind('بكأس الملك'), 2);
    assert.strictEqual(kind('الانتخابات الجهوية'), 2);
    assert.strictEqual(kind('خطة'), 3);
    assert.strictEqual(kind('الانتخابات'), 0);
    assert.strictEqual(kind('كأس في'), 0);
    assert.strictEqual(kind('مدرسة'), 0);
  });
});

describe('rule missing-numeral: an event\'s year (session 15)', () => {
  it('before a spaced comma in a draft that glues its marks', () => {
    expectGap('شارك الحزب في تشريعيات ' + GAP + '، وحصل على مقعدين.');
    expectGap('فاز الفريق بكأس الملك ' + GAP + '، بعد مباراة مثيرة.');
  });

  it('before two spaces and a word with ب or ل', () => {
    expectGap('خسر الحزب في انتخابات ' + GAP + ' بفارق ضئيل.');
    expectGap('تستعد لموسم ' + GAP + ' بتعاقدات كثيرة.');
  });

  it('stays quiet: a name before a spaced full stop, a draft that spaces its marks, a construct after two spaces', () => {
    expectQuiet('فاز الفريق بكأس الملك .');
    expectQuiet('تحدث الوزير عن ميزانية ، ثم غادر القاعة . وقال إنه متفائل .');
    expectQuiet('خسر الحزب في انتخابات  المجلس البلدي.');
    expectQuiet('قال إن موسم  الهجرة إلى الشمال رواية.');
    expectQuiet('شارك الحزب في التشريعيات، وحصل على مقعدين.');
  });
});

describe('rule missing-numeral: a partitive, a number gone with its space, years and minutes (session 15)', () => {
  it('a partitive before من and a definite plural after two spaces', () => {
    expectGap('نقل ' + GAP + ' من المصابين إلى المستشفى الجهوي.');
    expectQuiet('نقل عدد  من المصابين إلى المستشفى الجهوي.');
    expectQuiet('استقبل الرئيس  من الوزراء عددا كبيرا.');
  });

  it('a pair correct news writes around a number, one space apart, before a preposition', () => {
    expectGap('ينص الفصل ' + GAP + 'من المجلة الجزائية على العقوبة.');
    expectQuiet('يبلغ من العمر عاما واحدا.');
  });

  it('العام after منذ and عام after a word in alef, before a spaced comma', () => {
    expectGap('تراجعت الأسعار منذ العام ' + GAP + '، حسب المعهد.');
    expectQuiet('تراجعت الأسعار منذ العام الماضي، حسب المعهد.');
    expectGap('وصلت البعثة إلى كندا عام ' + GAP + '، وأقامت هناك.');
    expectQuiet('قال إن الوضع جيد بشكل عام ، وأضاف أنه متفائل.');
  });

  it('a lone و before a plural the lexicon counts, up to five words after a number', () => {
    expectGap('نقل 6 أطفال في حادث مرور و ' + GAP + 'مصابين آخرين إلى المستشفى.');
    expectQuiet('نقل 6 أطفال إلى المستشفى بعد حادث مرور خطير جدا و مصابين آخرين.');
  });

  it('an hour\'s minutes after a lone و', () => {
    expectGap('انطلقت الجلسة على الساعة العاشرة و ' + GAP + 'دقيقة صباحا.');
    expectQuiet('انطلقت الجلسة على الساعة العاشرة ودقيقة واحدة.');
  });
});
