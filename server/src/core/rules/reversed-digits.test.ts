import * as assert from 'assert';
import * as fc from 'fast-check';
import { findingsOf, ruleTester } from '../../testing/ruleTester';
import { fixAll } from '../engine';
import { reversedDigits } from './reversed-digits';

const LRE = '\u202A';
const PDF = '\u202C';
const REVERSED = `انطلق المشروع في ${LRE} 51${PDF} مارس ${LRE} 4102${PDF} بكلفة ${LRE} 096${PDF} مليون دينار، ويكتمل سنة ${LRE} 0202${PDF}.`;
const FIXED = `انطلق المشروع في ${LRE} 15${PDF} مارس ${LRE} 2014${PDF} بكلفة ${LRE} 690${PDF} مليون دينار، ويكتمل سنة ${LRE} 2020${PDF}.`;

ruleTester(reversedDigits, {
  valid: [
    'انطلق المشروع في 15 مارس 2014 بكلفة 690 مليون دينار.',
    { text: 'الرمز 0202 والرقم 4102 في القائمة، سنة 2016 و2017 و2018.', name: 'years as written outweigh odd codes' },
    { text: 'فاز الفريق 2-1 في الدقيقة 90.', name: 'no evidence' },
    { text: 'طائرة A320 ونسخة v55 وهاتف 0216', name: 'Latin-bound runs and a single odd number' },
    { text: 'في 4102 و5102 و32 شخصا', name: 'odd runs on a clean line (no PDF signs) are numbers' },
    {
      text: 'وحجز 05 أطنان و09 كلغ من الجبن و(02) رشاشين و(01) بندقية، منذ 03 ماي إلى 06 ماي، والهاتف 71.341.666',
      name: 'Maghreb counts and dates with a leading zero in a clean line',
    },
    '',
  ],
  invalid: [
    { text: REVERSED, flagged: ['51', '4102', '096', '0202'], output: FIXED, name: 'a document whose numbers came out reversed' },
    { text: `في ${LRE}4102${PDF} و${LRE}5102${PDF}`, count: 2, output: `في ${LRE}2014${PDF} و${LRE}2015${PDF}`, name: 'two reversed years' },
  ],
});

describe('reversed-digits details', () => {
  it('a run that is not evidence itself gets no preferred fix when the evidence is weak', () => {
    const text = `في ${LRE}4102${PDF} و${LRE}5102${PDF} و32 شخصا`;
    const got = findingsOf(reversedDigits, text);
    const f32 = got.find((f) => text.slice(f.start, f.end) === '32')!;
    assert.ok(f32, 'flagged');
    assert.ok(!f32.fixes[0].preferred);
    assert.strictEqual(fixAll(text, { only: ['reversed-digits'] }).text, `في ${LRE}2014${PDF} و${LRE}2015${PDF} و32 شخصا`);
  });

  it('a run on a clean line of a damaged document is flag-only, and only when the evidence is strong', () => {
    const text = `${REVERSED}\nوحجز 05 أطنان سنة 4102`;
    const got = findingsOf(reversedDigits, text);
    assert.ok(!got.some((f) => text.slice(f.start, f.end) === '05'), 'a leading zero on a clean line is the newsroom style');
    const f4102 = got.find((f) => text.slice(f.start, f.end) === '4102' && f.start > REVERSED.length);
    assert.ok(f4102, 'a run that cannot be read as written is flagged');
    assert.ok(!f4102.fixes[0].preferred);
    assert.match(fixAll(text, { only: ['reversed-digits'] }).text, /وحجز 05 أطنان سنة 4102$/);
    const weak = `في ${LRE}4102${PDF} و${LRE}5102${PDF} و${LRE}2016${PDF}\nوحجز 05 أطنان`;
    assert.ok(!findingsOf(reversedDigits, weak).some((f) => weak.slice(f.start, f.end) === '05'));
  });

  it('reverses decimals as a whole', () => {
    const text = `${REVERSED} على مسافة 5.31 كلم`;
    assert.match(fixAll(text, { only: ['reversed-digits'] }).text, /13\.5 كلم/);
  });

  it('previews the number in the fix title', () => {
    const [f] = findingsOf(reversedDigits, `في ${LRE}4102${PDF} و${LRE}5102${PDF}`);
    assert.match(f.fixes[0].title, /2014/);
  });

  it('is idempotent under fix-all', () => {
    const once = fixAll(REVERSED, { only: ['reversed-digits'] }).text;
    assert.strictEqual(fixAll(once, { only: ['reversed-digits'] }).text, once);
  });

  it('never fires on a text of plausible years and numbers (property)', () => {
    const num = fc.oneof(fc.integer({ min: 1950, max: 2030 }).map(String), fc.integer({ min: 1, max: 999 }).map(String));
    fc.assert(
      fc.property(fc.array(num, { minLength: 1, maxLength: 30 }), (ns) => {
        const text = ns.map((n) => `في ${n} مليون`).join('، ');
        const years = ns.filter((n) => n.length === 4).length;
        const got = findingsOf(reversedDigits, text);
        if (years > 0) assert.deepStrictEqual(got, []);
      }),
    );
  });

  it('keeps the digits of a number (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 10, max: 99999 }), { minLength: 1, maxLength: 10 }), (ns) => {
        const text = `في ${LRE}4102${PDF} و${LRE}5102${PDF} ${ns.join(' و')}`;
        for (const f of findingsOf(reversedDigits, text)) {
          const before = text.slice(f.start, f.end);
          assert.strictEqual([...f.fixes[0].edits[0].newText].sort().join(''), [...before].sort().join(''));
        }
      }),
    );
  });
});
