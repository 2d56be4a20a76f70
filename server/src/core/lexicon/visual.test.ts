import * as assert from 'assert';
import { visualOrder } from '../../testing/damage';
import { visualToLogical } from './visual';
import { score } from './visualLine';

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
  it('remembers a reading and a score by the text alone: the same line elsewhere reads and scores the same, its span its own', () => {
    const line = 'قال المتحدث باسم الوزارة إن المفاوضات ستستأنف الأسبوع المقبل';
    const reversed = visualOrder(line);
    assert.strictEqual(visualToLogical(reversed), line);
    assert.strictEqual(visualToLogical(reversed), line);
    const text = `${reversed}\n${line}\n${reversed}`;
    const second = reversed.length + line.length + 2;
    const a = score(text, { start: 0, end: reversed.length });
    const b = score(text, { start: second, end: second + reversed.length });
    assert.deepStrictEqual(b.seg, { start: second, end: second + reversed.length });
    assert.deepStrictEqual({ ...b, seg: a.seg }, a);
    assert.ok(a.after > a.before, 'the reversal reads better');
    const plain = score(text, { start: reversed.length + 1, end: reversed.length + 1 + line.length });
    assert.ok(plain.before > plain.after, 'the line as it is reads better');
  });
});
