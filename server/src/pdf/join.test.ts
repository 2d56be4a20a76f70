import * as assert from 'assert';
import { joinSplitWords } from './join';

describe('pdf joinSplitWords', () => {
  it('joins a word cut by a justification gap when a piece cannot stand alone', () => {
    assert.strictEqual(joinSplitWords('على المحلات التجار ية ومنع الاحتكار'), 'على المحلات التجارية ومنع الاحتكار');
    assert.strictEqual(joinSplitWords('ستقدم تعو يضات للمزارعين'), 'ستقدم تعويضات للمزارعين');
    assert.strictEqual(joinSplitWords('بسبب نقص التمو يل.'), 'بسبب نقص التمويل.');
    assert.strictEqual(joinSplitWords('(التمو يل)'), '(التمويل)');
  });
  it('leaves words that stand alone, and non-Arabic tokens', () => {
    for (const s of ['في ما قاله الوزير', 'عبد الله', 'برنامج e-Invoice الجديد', 'بلغت 350 مليون', 'قال: «لن نفرض ضرائب»']) assert.strictEqual(joinSplitWords(s), s);
  });
});
