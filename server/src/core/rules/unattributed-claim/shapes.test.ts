import * as assert from 'assert';
import { findingsOf } from '../../../testing/ruleTester';
import { unattributedClaim } from '.';

// (sentences written for this test; none comes from the evaluation corpus or from shared/unlabelled)
const flagged = (text: string) => findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end));

describe('rule unattributed-claim: tenth pass (claims7)', () => {
  it('an accusative vague plural after an opener: the indefinite accusative of a broken plural that takes tanween', () => {
    assert.deepStrictEqual(flagged('ومع ذلك فإن أوساطا حزبية تعتبر أن الموعد غير مناسب.'), ['أوساطا حزبية تعتبر']);
    assert.deepStrictEqual(flagged('لكن جيرانا للعائلة أكدوا أن الأب غادر المنزل فجرا.'), ['جيرانا للعائلة أكدوا']);
    assert.deepStrictEqual(flagged('إلا أن شهودا عيانا قالوا إن السيارة لم تتوقف.'), ['شهودا عيانا قالوا']);
    // a diptote takes no alif, and a definite group acting is no source
    assert.deepStrictEqual(flagged('غير أن خبراء يرون أن الخطة طموحة.'), ['خبراء يرون']);
    assert.deepStrictEqual(flagged('لكن عمالا من البلدية شاركوا في رفع الأنقاض.'), []);
    assert.deepStrictEqual(flagged('ومع ذلك فإن أطراف الاتفاق وقعت على الوثيقة.'), []);
  });
  it('عامل, a worker, is a vague source; the governor, the factor, a definite or injured worker are not', () => {
    assert.deepStrictEqual(flagged('وقال عامل في المخبزة إن الطحين لم يصل منذ أسبوع.'), ['وقال عامل في المخبزة']);
    assert.deepStrictEqual(flagged('عاملة في المصحة أكدت لنا أن الأدوية نفدت.'), ['عاملة في المصحة أكدت']);
    assert.deepStrictEqual(flagged('وقال عامل الإقليم أحمد العلوي إن الطريق ستفتح.'), []);
    assert.deepStrictEqual(flagged('واعتبر الوزير أن الأمن عامل حاسم في عودة السياح.'), []);
    assert.deepStrictEqual(flagged('وأصيب عامل بحروق أثناء إطفاء الحريق.'), []);
  });
  it('ما glued to the verb after حسب/وفق reads as ما + the verb', () => {
    assert.deepStrictEqual(flagged('وتوقفت الحركة في الطريق السريعة حسب ماتناقلته صفحات محلية.'), ['حسب ماتناقلته صفحات محلية']);
    assert.deepStrictEqual(flagged('وفق ماذكرته مصادر نقابية فإن الإضراب سيتواصل.'), ['وفق ماذكرته مصادر نقابية']);
    assert.deepStrictEqual(flagged('حسب ماأكدته وزارة الصحة فإن الوضع مستقر.'), []);
    // not after other words: ماذكرته alone is no verb of a claim clause
    assert.deepStrictEqual(flagged('وهذا ماذكرته الصحيفة أمس.'), []);
  });
  it('the account of one of a family or a crew, with ل\u0640 attached or after على حد', () => {
    assert.deepStrictEqual(flagged('ووفقا لرواية أحد أفراد الطاقم، فإن المحرك توقف فجأة.'), ['ووفقا لرواية أحد أفراد الطاقم']);
    assert.deepStrictEqual(flagged('وعلى حد رواية أحد الجيران فإن الباب كان مفتوحا.'), ['وعلى حد رواية أحد الجيران']);
    assert.deepStrictEqual(flagged('ووفقا لرواية الأم سعاد الماجري فإن الطفل خرج وحيدا.'), []);
    // a quantifier or أحد with ل\u0640 attached after وفقا reads as after بحسب
    assert.deepStrictEqual(flagged('وتأجلت المباراة إلى الأسبوع المقبل، وفقا لبعض المصادر الرياضية.'), ['وفقا لبعض المصادر الرياضية']);
    assert.deepStrictEqual(flagged('ووفقا لأحد المواقع المحلية فإن الطريق أغلقت.'), ['ووفقا لأحد المواقع المحلية']);
    assert.deepStrictEqual(flagged('ووفقا لبلاغ وزارة النقل فإن الطريق أغلقت.'), []);
  });
  it('a named speaker\'s statement relayed by the media, and what media relay from a named speaker, stay quiet', () => {
    assert.deepStrictEqual(flagged('وقال المدير العام في تصريح نقلته وسائل الإعلام إن المصنع سيفتح.'), []);
    assert.deepStrictEqual(flagged('وأكدت الوزيرة، في حديث أوردته الإذاعة، أن المدارس جاهزة.'), []);
    assert.deepStrictEqual(flagged('وحسب ما تناقلته وسائل الإعلام عن رئيس البلدية فإن السوق ستغلق.'), []);
    // from a vague source, or with nobody behind it, they stay claims
    assert.deepStrictEqual(flagged('وحسب ما تناقلته وسائل الإعلام عن مصادر أمنية فإن السوق ستغلق.'), ['وحسب ما تناقلته وسائل الإعلام عن مصادر أمنية']);
    assert.deepStrictEqual(flagged('وتناقل ناشطون الصور، مؤكدين أن الشرطة استعملت القوة.'), ['وتناقل ناشطون']);
    assert.deepStrictEqual(flagged('وتوفي السجين في زنزانته، بحسب شهادات نقلتها عن شهود في الحي.'), ['نقلتها عن شهود في الحي']);
  });
});
