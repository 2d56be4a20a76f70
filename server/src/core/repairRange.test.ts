import * as assert from 'assert';
import * as fc from 'fast-check';
import { fixAll } from './engine';
import { arabicish } from './engine.test';
import { applyEdits } from './fix';
import { fixAllInRange } from './repairRange';

const T = '\u0640';
// two stretched words on one line, one of them inside a selection
const LINE = `أعلنت وزارة الز${T}${T}راعة عن خ${T}${T}طة جديدة`;
const first = LINE.indexOf('وزارة');
const firstEnd = LINE.indexOf(' عن');

describe('fixAllInRange (Repair selection)', () => {
  it('repairs what lies inside the range and nothing outside it', () => {
    const r = fixAllInRange(LINE, first, firstEnd);
    assert.strictEqual(r.text, `أعلنت وزارة الزراعة عن خ${T}${T}طة جديدة`);
    assert.strictEqual(r.start, first);
    assert.strictEqual(r.end, firstEnd - 2);
    assert.strictEqual(r.text.slice(r.start, r.end), 'وزارة الزراعة');
    assert.ok(r.applied >= 1);
    assert.deepStrictEqual(r.edit, { start: LINE.indexOf(T), end: LINE.indexOf(T) + 2, newText: '' });
  });

  it('over the whole text is fix-all', () => {
    const r = fixAllInRange(LINE, 0, LINE.length);
    assert.strictEqual(r.text, fixAll(LINE).text);
    assert.strictEqual(r.end, r.text.length);
  });

  it('leaves out a fix whose edit crosses the boundary (a range that cuts the stretch in two)', () => {
    const mid = LINE.indexOf(T) + 1; // between the two tatweels of the first word
    const r = fixAllInRange(LINE, 0, mid);
    assert.strictEqual(r.text, LINE);
    assert.strictEqual(r.edit, null);
    assert.strictEqual(r.applied, 0);
  });

  it('an empty, reversed or out-of-bounds range changes nothing and never throws', () => {
    assert.strictEqual(fixAllInRange(LINE, 5, 5).edit, null);
    assert.strictEqual(fixAllInRange(LINE, 9, 3).edit, null);
    assert.strictEqual(fixAllInRange(LINE, -10, 1e9).text, fixAll(LINE).text);
    assert.strictEqual(fixAllInRange(LINE, NaN, NaN).edit, null);
    assert.strictEqual(fixAllInRange(undefined as unknown as string, 0, 3).edit, null);
  });

  it('repairs PDF damage in a selected line and keeps the lines around it (presentation forms, bidi controls)', () => {
    const damaged = 'صغار \ufee3\ufeb0\ufe8d\ufeae\ufecb\ufef4\ufee6 \u202bفي\u202c الريف';
    const text = `سطر أول\n${damaged}\nسطر ثالث فيه ك${T}${T}لمة`;
    const s = text.indexOf(damaged);
    const r = fixAllInRange(text, s, s + damaged.length);
    assert.strictEqual(r.text, `سطر أول\nصغار مزارعين في الريف\nسطر ثالث فيه ك${T}${T}لمة`);
    assert.strictEqual(r.text.slice(r.start, r.end), 'صغار مزارعين في الريف');
  });

  it('keeps the text outside the range, returns the edit that makes its result, and is idempotent (property)', () => {
    fc.assert(
      fc.property(arabicish, fc.nat(), fc.nat(), (text, a, b) => {
        const s = a % (text.length + 1);
        const end = s + (b % (text.length - s + 1));
        const r = fixAllInRange(text, s, end);
        assert.strictEqual(r.text.slice(0, s), text.slice(0, s), 'before the range');
        assert.strictEqual(r.text.slice(r.end), text.slice(end), 'after the range');
        assert.strictEqual(r.edit ? applyEdits(text, [r.edit]) : text, r.text, 'the edit');
        if (r.edit) assert.ok(r.edit.start >= s && r.edit.end <= end, 'the edit inside the range');
        const again = fixAllInRange(r.text, r.start, r.end);
        if (r.passes < 10) assert.strictEqual(again.text, r.text, 'idempotent');
      }),
      { numRuns: 300 },
    );
  });
});
