import * as assert from 'assert';
import { findingsOf } from '../../../testing/ruleTester';
import { unattributedClaim } from '.';

// (sentences written for this test; none comes from the evaluation corpus)
describe('rule unattributed-claim: double-spaced drafts (text/doubleSpacing.ts)', () => {
  it('a double-spaced draft (a blank line between every two lines, as pdftotext writes one): a source named on the line before a blank line is seen, a clause across one is found', () => {
    // (written for this test) the newspaper is named after the blank line; the claim's verb and its vague subject are apart
    const lines = [
      'افتتحت البلدية صباح اليوم السوق الجديدة في',
      'الحي الشمالي بحضور عدد من التجار، وكشفت صحيفة',
      'الأنوار أن كلفة المشروع تجاوزت التقديرات الأولى.',
      'ورافق الافتتاح عرض للفرق الشعبية في',
      'الساحة المجاورة للسوق، في حين قالت',
      'مصادر مطلعة إن التجار سيدفعون إيجارا رمزيا.',
      'وتفتح السوق أبوابها كل يوم من الصباح إلى المساء.',
    ];
    const text = lines.join('\n\n');
    assert.deepStrictEqual(findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end).replace(/\n+/g, ' ')), ['قالت مصادر مطلعة']);
    // the premise: read as paragraphs, the newspaper's sentence is cut after صحيفة and the other clause after قالت
    const apart = lines.join('\n\n\n');
    assert.deepStrictEqual(findingsOf(unattributedClaim, apart).map((f) => apart.slice(f.start, f.end)), ['وكشفت صحيفة']);
  });
  it('a headline over the body of a double-spaced draft stays a sentence of its own, shorter than the line after it but not short (claims7)', () => {
    // (written for this test) a headline that ends at its verb (quiet), then a body that opens with a vague subject
    const head = 'انقطاع الماء بالأحياء الشرقية: مصدر يوضح';
    const body = [
      'مصادر من الشركة الوطنية للمياه تؤكد أن الانقطاع سيدوم',
      'يومين على الأقل بسبب أشغال صيانة القناة الرئيسية التي',
      'تزود الأحياء الشرقية، وقد دعت الشركة السكان إلى تخزين',
      'كميات كافية من الماء الصالح للشرب قبل الموعد المعلن.',
      'وأضافت الشركة في بلاغها أن فرقها ستعمل ليلا ونهارا حتى',
      'تعود المياه إلى مجاريها في أقرب الآجال الممكنة بالنسبة',
      'لكل المشتركين في الأحياء المعنية بالانقطاع.',
    ];
    const text = [head, ...body].join('\n\n');
    assert.deepStrictEqual(findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end)), ['مصادر من الشركة الوطنية للمياه تؤكد']);
    // the premise: the headline run into the body's first sentence reads as a claim and hides the body's
    const run = [head, ...body].join('\n');
    assert.deepStrictEqual(findingsOf(unattributedClaim, run).map((f) => run.slice(f.start, f.end)), ['مصدر يوضح']);
  });
  it('a short double-spaced item (five lines) reads a clause across a blank line (claims7)', () => {
    // (written for this test)
    const lines = [
      'اندلع حريق صباح اليوم في مستودع للأخشاب بالمنطقة الصناعية',
      'وتمكنت وحدات الحماية المدنية من إخماده بعد ساعتين. وبحسب',
      'مصادر محلية فإن الحريق نتج عن تماس كهربائي في أحد المحركات',
      'ولم يخلف أي إصابات بشرية لكن الخسائر المادية كانت كبيرة',
      'في انتظار إحصاء دقيق للأضرار.',
    ];
    const text = lines.join('\n\n');
    assert.deepStrictEqual(findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end).replace(/\n+/g, ' ')), ['وبحسب مصادر محلية']);
  });
  it('a paragraph\'s last line that ends without a full stop, not wrapped, ends its paragraph (claims8)', () => {
    // (written for this test) the named statement's line is short: the impersonal claim after it is no hedge of the speaker's
    const lines = [
      'أعلنت الإدارة الجهوية عن غلق ثلاث مدارس ابتدائية بسبب تسرب المياه',
      'وقال المدير الجهوي أنيس العرفاوي إن الأشغال بدأت',
      'ويعتقد أن الإصلاحات لن تنتهي قبل العطلة الشتوية بسبب نقص العمال',
      'في ظل تأخر صرف الاعتمادات المخصصة للصيانة منذ بداية السنة الدراسية',
      'وهو ما أثار استياء الأولياء الذين طالبوا بحلول عاجلة في أقرب الآجال',
    ];
    const text = lines.join('\n\n');
    assert.deepStrictEqual(findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end)), ['ويعتقد']);
    // a full line before it: the speaker goes on (ويعتقد = "and he believes"), quiet
    const full = [lines[0], 'وقال المدير الجهوي أنيس العرفاوي إن الأشغال بدأت منذ يومين ويعتقد', 'أن الإصلاحات لن تنتهي قبل العطلة الشتوية بسبب نقص العمال', ...lines.slice(3)].join('\n\n');
    assert.deepStrictEqual(findingsOf(unattributedClaim, full), []);
  });
});
