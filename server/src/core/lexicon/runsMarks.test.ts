/**
 * lexicon/runsMarks.ts — brackets and quotation marks as evidence of a line's order (issue 10). Sentences written for
 * these tests.
 */
import * as assert from 'assert';
import { countMarks, marksOf, misplacedMarks, type MarkState } from './runsMarks';

const marks = (t: string) => marksOf(t, 0, t.length) ?? [];
const misplaced = (t: string, st: MarkState = { depth: 0, quoted: false }) => misplacedMarks([marks(t)], st);

describe('lexicon/runsMarks: brackets and quotes out of place', () => {
  it('a quote before a word opens, after one closes; brackets open and close', () => {
    assert.deepStrictEqual(marks('عرض "الليلة الأخيرة" في (تونس)'), [2, -2, 1, -1]);
    // (a quote after a clitic drawn out with tatweel opens: ب<U+0640>"النصر")
    assert.deepStrictEqual(marks('يتصالحان ب\u0640"النصر"'), [2, -2]);
    assert.deepStrictEqual(marks(' " '), [3]);
    assert.strictEqual(marksOf('لا علامة هنا', 0, 12), null);
  });
  it('a line in reading order has none out of place; the same runs in the wrong order have', () => {
    assert.strictEqual(misplaced('وشارك الفنان (من تونس) في العرض "الأخير" أمس'), 0);
    // the line started inside the brackets: their close first (out of place), their open at the end (it may go on
    // into the next line)
    assert.strictEqual(misplaced('تونس) في العرض "الأخير" أمس وشارك الفنان (من'), 1);
    // (a quote between a space and the line's end can open or close: only the close before it is out of place)
    assert.strictEqual(misplaced('الأخير" أمس وشارك الفنان (من تونس) في العرض "'), 1);
  });
  it('a line that starts inside a quotation or brackets opened on the line before', () => {
    const st: MarkState = { depth: 0, quoted: false };
    const before = 'وقال الوزير "إن المشروع (الذي';
    countMarks(before, 0, before.length, st);
    assert.deepStrictEqual(st, { depth: 1, quoted: true });
    assert.strictEqual(misplaced('بدأ أمس) سينتهي قريبا" وأضاف', st), 0);
    assert.strictEqual(misplaced('بدأ أمس) سينتهي قريبا" وأضاف'), 2);
  });
});
