import * as assert from 'assert';
import { gapKey, ignoreKey, sentenceKey, wordsAround } from './review';

describe('review keys (all in core/review.ts)', () => {
  it('gapKey: three visible words either side, marks, tatweel and controls dropped', () => {
    const text = 'وقال الوزير إن الحكومة ستبني  مدرسة جديدة في المنطقة\nسطر آخر';
    const pos = text.indexOf('  ') + 1;
    assert.strictEqual(gapKey('missing-numeral', text, pos), 'missing-numeral:إن الحكومة ستبني \u2038 مدرسة جديدة في');
    const damaged = 'وقال الوزير إن الحكومة\u202b ستبن\u0640\u0640ي  مَدرسة جديدة في المنطقة';
    assert.strictEqual(gapKey('missing-numeral', damaged, damaged.indexOf('  ') + 1), 'missing-numeral:إن الحكومة ستبني \u2038 مدرسة جديدة في');
    assert.deepStrictEqual(wordsAround(text, pos, 1), ['ستبني', 'مدرسة']);
  });
  it('sentenceKey: the sentence as it reads, markers and invisible characters dropped', () => {
    assert.strictEqual(sentenceKey('  وق\u0640ال   مسؤولونَ \u200f[من؟] إن\u202b الإقبال كبير. '), 'وقال مسؤولون إن الإقبال كبير.');
    assert.strictEqual(sentenceKey('\uFEFB\uFEE3'), 'لام');
    const own = 'جملة عادية.';
    assert.strictEqual(sentenceKey(own), own);
  });
  it('ignoreKey: the flagged text with its invisible characters written out', () => {
    const text = 'قال الوزي\u0640\u0640ر إن';
    assert.strictEqual(ignoreKey(text, { ruleId: 'tatweel', start: 4, end: 12 }), 'tatweel:قال \u27e6الوزي<U+0640><U+0640>ر\u27e7 إن');
  });
});
