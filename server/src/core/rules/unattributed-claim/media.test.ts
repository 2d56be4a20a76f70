import * as assert from 'assert';
import { findingsOf } from '../../../testing/ruleTester';
import { unattributedClaim } from '.';

// (sentences written for this test; none comes from the evaluation corpus or from shared/unlabelled)
const flagged = (text: string) => findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end));

describe('rule unattributed-claim: named channels and relayed statements (claims10)', () => {
  it('a news agency or site with أنباء/أخبار before its name is named; with an adjective or nothing after, vague', () => {
    assert.deepStrictEqual(flagged('وقالت وكالة أنباء فارس إن القافلة عبرت الحدود.'), []);
    assert.deepStrictEqual(flagged('وأفادت وكالة أنباء سبوتنيك بأن الرحلة ألغيت.'), []);
    assert.deepStrictEqual(flagged('وذكر موقع أخبار اليوم أن البرلمان سيصوت غدا.'), []);
    assert.deepStrictEqual(flagged('ووفقا لوكالة أنباء شينخوا فإن الجسر انهار.'), []);
    assert.deepStrictEqual(flagged('وقالت وكالة أنباء محلية إن المتظاهرين تفرقوا.'), ['وقالت وكالة أنباء محلية']);
    assert.deepStrictEqual(flagged('ونقلت وكالة أنباء عن مصادر طبية أن المصابين نقلوا.'), ['ونقلت وكالة أنباء عن مصادر طبية']);
  });
  it('a paper called اليوم is named; media and reports "today" stay vague', () => {
    assert.deepStrictEqual(flagged('وقالت صحيفة اليوم السابع إن الجلسة أجلت.'), []);
    assert.deepStrictEqual(flagged('وحسب صحيفة اليوم السابع فإن المتهم اعترف.'), []);
    assert.deepStrictEqual(flagged('وقالت وسائل إعلام اليوم إن الجيش انسحب.'), ['وقالت وسائل إعلام']);
    assert.deepStrictEqual(flagged('وكشفت دراسة اليوم أن النوم يطيل العمر.'), ['وكشفت دراسة']);
  });
  it('a named speaker\'s statement with an adjective, relayed by the media, stays quiet', () => {
    assert.deepStrictEqual(flagged('وأكد الوزير في تصريحات صحفية تناقلتها وسائل الإعلام أن المصانع ستفتح.'), []);
    assert.deepStrictEqual(flagged('وقال المدير في تصريحات إذاعية نقلتها وسائل إعلام محلية إن الموسم انطلق.'), []);
    // (relayed from vague witnesses: still a claim)
    assert.deepStrictEqual(flagged('وتوفي السجين، بحسب شهادات متطابقة نقلتها عن شهود في الحي.'), ['نقلتها عن شهود في الحي']);
  });
});
