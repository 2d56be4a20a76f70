import * as assert from 'assert';
import { findingsOf, show } from '../../../testing/ruleTester';
import { missingNumeral } from '.';
import { numberBetweenOdds } from './between';

// Issue 11, session 10: the word pairs of correct news (lexicon/pairs.ts) weighed with the slot model. Sentences written
// for these tests (none from a corpus); ‸ marks where the number was, removed before linting.
const GAP = '\u2038';
const at = (text: string) => findingsOf(missingNumeral, text).map((f) => f.start);

describe('rule missing-numeral: a number between two words, by the word pairs (between.ts)', () => {
  it('scores a pair that reads better around a number above one that reads well side by side', () => {
    assert.ok(numberBetweenOdds('إلى', 'حالة') > 1, 'إلى # حالة');
    assert.ok(numberBetweenOdds('من', 'الفنانين') < -2, 'من الفنانين');
    assert.ok(numberBetweenOdds('إلى', 'المستشفى') < -2, 'إلى المستشفى');
    assert.strictEqual(numberBetweenOdds('abc', 'حالة'), 0);
  });

  it('a double space the slot model alone leaves below its bar is a gap where the two together reach theirs', () => {
    for (const marked of ['قررت الحكومة فتح ' + GAP + ' مراكز جديدة للتلقيح.', 'أعلنت الوزارة عن فتح ' + GAP + ' مدارس جديدة.']) {
      const p = marked.indexOf(GAP);
      const text = marked.slice(0, p) + marked.slice(p + 1);
      assert.deepStrictEqual(at(text), [p], show(text));
    }
  });

  it('stays quiet on typing slips between words that read well side by side', () => {
    for (const text of ['نقل الجرحى إلى  المستشفى الجهوي.', 'حضر الحفل عدد كبير من  الفنانين.', 'قالت الحكومة إنها  ستواصل الإصلاحات.'])
      assert.deepStrictEqual(at(text), [], show(text));
  });
});
