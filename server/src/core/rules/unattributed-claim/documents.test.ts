import * as assert from 'assert';
import { findingsOf } from '../../../testing/ruleTester';
import { unattributedClaim } from '.';

// (sentences written for this test; none comes from the evaluation corpus, shared/unlabelled or test/claims-own)
const flagged = (text: string) => findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end));

describe('rule unattributed-claim: eleventh pass (claims8, documents)', () => {
  it('a vague subject after an opener takes a noun object, as one that opens the sentence does', () => {
    assert.deepStrictEqual(flagged('وبحسب الإذاعة، فإن أوساطا نقابية تتوقع إضرابا عاما في الخريف.'), ['أوساطا نقابية تتوقع']);
    assert.deepStrictEqual(flagged('وقال الوزير إن الطريق آمنة.\nلكن مصادر محلية أكدت انهيار جسر صغير ليلة أمس.'), ['مصادر محلية أكدت']);
    assert.deepStrictEqual(flagged('غير أن خبراء يتوقعون ارتفاعا في الأسعار.'), ['خبراء يتوقعون']);
    // a named body there stays quiet, and a vague subject inside a sentence with no opener is an object's description
    assert.deepStrictEqual(flagged('وبحسب الإذاعة، فإن النقابة تتوقع إضرابا عاما في الخريف.'), []);
    assert.deepStrictEqual(flagged('ونفت الوزارة في بلاغ لها تقارير تشير إلى نقص في الأدوية.'), []);
  });
  it('أشخاص, people present, are a vague source when indefinite; not when hurt or arrested', () => {
    assert.deepStrictEqual(flagged('وقال أشخاص شهدوا الحادث إن الحافلة انحرفت فجأة.'), ['وقال أشخاص']);
    assert.deepStrictEqual(flagged('إلا أن أشخاصا من القرية أكدوا أن البئر جفت منذ شهر.'), ['أشخاصا من القرية أكدوا']);
    assert.deepStrictEqual(flagged('وأصيب خمسة أشخاص في الحادث ونقلوا إلى المستشفى.'), []);
    assert.deepStrictEqual(flagged('وأوقفت الشرطة أشخاصا يشتبه في تورطهم في السرقة.'), []);
  });
  it('"some of the X" with a trade\'s broken plural (عدد من الطلبة) is vague; before its verb only with a complement', () => {
    assert.deepStrictEqual(flagged('وأكد عدد من الطلبة أن المطعم الجامعي أغلق أبوابه.'), ['وأكد عدد من الطلبة']);
    assert.deepStrictEqual(flagged('وأفاد بعض التجار بأن الأسعار تضاعفت.'), ['وأفاد بعض التجار']);
    assert.deepStrictEqual(flagged('وأضاف المراسل فتحي العابد أن بعض الأساتذة أكدوا حضورهم للتدريس.'), []);
  });
  it('a passive belief verb with على نطاق واسع before its complement', () => {
    assert.deepStrictEqual(flagged('ويعتقد على نطاق واسع أن الصفقة ألغيت.'), ['ويعتقد']);
    assert.deepStrictEqual(flagged('وقال الوزير إنه يعتقد أن الصفقة ألغيت.'), []);
  });
  it('a denial in a circumstantial participle: مفندا / نافيا ما قاله بعض …', () => {
    assert.deepStrictEqual(flagged('ودافع الوزير عن القانون، مفندا ما اعتبره بعض المراقبين خرقا للدستور.'), []);
    assert.deepStrictEqual(flagged('ودافع الوزير عن القانون، في حين اعتبره بعض المراقبين خرقا للدستور.'), ['اعتبره بعض المراقبين']);
  });
  it('documents issued by a named body; a name in apposition closed by an addressee or after a definite chain', () => {
    assert.deepStrictEqual(flagged('وارتفع عدد الضحايا إلى ألف، وفقا لتقارير صدرت عن الهلال الأحمر.'), []);
    assert.deepStrictEqual(flagged('وارتفع عدد الضحايا إلى ألف، وفقا لتقارير صدرت عن مصادر طبية.'), ['وفقا لتقارير']);
    assert.deepStrictEqual(flagged('وأكد خبير في الشؤون المالية، كمال الصيد لإذاعة محلية أن الدينار سيتراجع.'), []);
    assert.deepStrictEqual(flagged('ويقول أحد أطباء الأطفال هشام الرزقي، لوكالة الأنباء، إن اللقاح آمن.'), []);
    assert.deepStrictEqual(flagged('وأكد خبير في الشؤون المالية لإذاعة محلية أن الدينار سيتراجع.'), ['وأكد خبير في الشؤون المالية']);
    // (a place after the chain is no name: بالإدارة الجهوية أن)
    assert.deepStrictEqual(flagged('وأكد أحد الموظفين بالإدارة الجهوية أن الملفات ضاعت.'), ['وأكد أحد الموظفين']);
  });
  it('a time clause (قبل أن، بعد أن) is no complement: يظهر فيه أحد … is what a video shows', () => {
    assert.deepStrictEqual(flagged('ونشرت الصفحة مقطعا يظهر فيه أحد العمال وهو يغلق الباب قبل أن يغادر.'), []);
    assert.deepStrictEqual(flagged('ويظهر أحد العمال في المقطع أن الباب كان مغلقا.'), ['ويظهر أحد العمال']);
  });
  it('the article torn after its alef (رجحت ا لمصادر) is read whole, not as the dual رجحتا', () => {
    assert.deepStrictEqual(flagged('فيما رجحت ا لمصادر أن يعلن عن الاتفاق غدا.'), ['رجحت ا لمصادر']);
    assert.deepStrictEqual(flagged('وقالت ا لمصادر ذاتها إن الاجتماع تأجل.'), ['وقالت ا لمصادر ذاتها']);
  });
  it('researchers of a named academic body past a field, a comma or "belonging to" are traceable', () => {
    assert.deepStrictEqual(flagged('وبين علماء أحياء في جامعة قرطاج أن النحل يتأثر بالمبيدات.'), []);
    assert.deepStrictEqual(flagged('وأكد الباحثون، من معهد الرصد، أن الزلزال كان ضعيفا.'), []);
    assert.deepStrictEqual(flagged('وأكد علماء تابعون لأكاديمية العلوم أنهم رصدوا المذنب.'), []);
    assert.deepStrictEqual(flagged('وقال علماء من الأكاديمية المغاربية للعلوم إن المذنب سيمر قريبا.'), []);
    // not experts of one, nor researchers with no body named
    assert.deepStrictEqual(flagged('وقال خبراء في مركز الدراسات إن الأسعار سترتفع.'), ['وقال خبراء في مركز الدراسات']);
    assert.deepStrictEqual(flagged('وبين علماء أحياء أن النحل يتأثر بالمبيدات.'), ['وبين علماء']);
  });
});
