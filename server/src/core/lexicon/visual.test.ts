import * as assert from 'assert';
import { visualOrder } from '../../testing/damage';
import { visualToLogical } from './visual';

describe('lexicon/visual: a line in visual order read back', () => {
  it('keeps numbers and Latin runs as the line displays them, and a lam-alef ligature in its order', () => {
    // (the laboratory's visual order, as the corpus's reversed lines are: numbers and lam-alef not reversed)
    const line = 'تنطلق فعالياته يوم 8 جانفي 2017 بتقنية 3D في العاصمة';
    assert.ok(visualOrder(line).includes('2017') && visualOrder(line).includes('3D'));
    assert.strictEqual(visualToLogical(visualOrder(line)), line);
  });
  it('a word two of whose readings are words is read as it reads beside its neighbours', () => {
    // (لأمانيا and ألمانيا: the ligature kept by the extractor, or the article-like pair reversed)
    const line = 'سافر الوفد إلى ألمانيا الأسبوع الماضي لحضور المؤتمر';
    assert.strictEqual(visualToLogical(visualOrder(line)), line);
  });
});
