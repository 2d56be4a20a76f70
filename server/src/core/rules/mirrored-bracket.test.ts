import * as assert from 'assert';
import * as fc from 'fast-check';
import { findingsOf, ruleTester } from '../../testing/ruleTester';
import { fixAll } from '../engine';
import { mirroredBracket } from './mirrored-bracket';

ruleTester(mirroredBracket, {
  valid: [
    { text: 'قال الوزير )أمس\n\nإن المشروع( تأخر', name: 'not across a blank line' },
    { text: 'قال الوزير إن المشروع تأخر :)\nوأضاف أن الكلفة ارتفعت (كثيرا)', name: 'a smiley at a line end and a bracket on the next line' },
    'قدمت الشركة (كاتسو) عرضا جديدا في المهرجان.',
    { text: 'نقلت وكالة (AFP) عن الوزير، وأشار إلى البند 3) من الاتفاق، وقناة )BBC( كذلك', name: 'a Latin name in brackets as written, an item, a Latin name with no space moved' },
    { text: 'الشروط: أ) التسجيل ب) الدفع (نقدا).', name: 'an enumeration' },
    { text: 'وقال «هذا هو الحل» أمام الصحفيين.', name: 'guillemets in order' },
    { text: 'النتيجة :) جيدة (حسب المدرب)', name: 'a smiley' },
    { text: ') Latin text (', name: 'no Arabic inside' },
    '',
  ],
  invalid: [
    {
      text: 'ووفقا لما نشره موقع قناة )SWR )الألمانية فإن وكالة )Reuters News )نقلت',
      flagged: [')SWR )', ')Reuters News )'],
      output: 'ووفقا لما نشره موقع قناة (SWR) الألمانية فإن وكالة (Reuters News) نقلت',
      name: 'a Latin name in brackets as PDFium copies it from an RTL line: mirrored, the space moved before the closing one',
    },
    { text: 'قدمت الشركة )كاتسو( عرضا جديدا.', flagged: [')كاتسو('], output: 'قدمت الشركة (كاتسو) عرضا جديدا.' },
    { text: 'وقال »هذا هو الحل« أمام الصحفيين.', output: 'وقال «هذا هو الحل» أمام الصحفيين.', name: 'guillemets' },
    { text: ')المرحلة الأولى(، ثم الثانية', output: '(المرحلة الأولى)، ثم الثانية', name: 'at a line start, before a comma' },
    {
      text: 'بتوفير مليار أورو )1 أورو\nيساوي 2.42 دينار تونسي( في شكل قروض',
      flagged: [')1 أورو\nيساوي 2.42 دينار تونسي(', '('],
      output: 'بتوفير مليار أورو (1 أورو\nيساوي 2.42 دينار تونسي) في شكل قروض',
      name: 'across one line break (PDFium): both lines told, one swap',
    },
  ],
});

describe('mirrored-bracket details', () => {
  it('previews the span in the fix title', () => {
    const [f] = findingsOf(mirroredBracket, 'الشركة )كاتسو( عرضت');
    assert.match(f.fixes[0].title, /\(كاتسو\)/);
  });

  // (how its time grows with the length: `npm run bench`, scripts/bench-linear.mjs)
  it('a long line of closing brackets: no failure, nothing to swap, fix-all leaves it', () => {
    const text = ' )'.repeat(100_000) + ' كلمة';
    assert.deepStrictEqual(findingsOf(mirroredBracket, text), []);
    assert.strictEqual(fixAll(text, { only: ['mirrored-bracket'] }).text, text);
  });

  it('is idempotent and keeps the characters (property)', () => {
    const piece = fc.constantFrom('الشركة', ')', '(', 'كاتسو', ' ', '«', '»', 'عرض', '1', 'ب');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (ps) => {
        const text = ps.join('');
        const once = fixAll(text, { only: ['mirrored-bracket'] }).text;
        assert.strictEqual(fixAll(once, { only: ['mirrored-bracket'] }).text, once);
        assert.strictEqual([...once].sort().join(''), [...text].sort().join(''));
      }),
    );
  });
});
