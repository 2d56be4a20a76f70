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
});
