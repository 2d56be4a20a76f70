import * as assert from 'assert';
import * as fc from 'fast-check';
import { findingsOf, ruleTester } from '../../testing/ruleTester';
import { fixAll } from '../engine';
import { brokenParagraph } from './broken-paragraph';

ruleTester(brokenParagraph, {
  valid: [
    'أعلنت الحكومة عن خطة جديدة.\n\nوقال الوزير إن الخطة تبدأ قريبا.',
    { text: 'أعلنت الحكومة عن خطة جديدة\n\nوقال الوزير إن الخطة تبدأ قريبا.', name: 'a paragraph that ends on a content word (a title)' },
    { text: 'أعلنت الحكومة عن\nخطة جديدة.', name: 'no blank line' },
    { text: 'ما قالته الوزارة في\n\n2016 كان واضحا', name: 'a number after the break' },
    { text: 'ةديدج ةطخ نع ةموكحلا تنلعأ يف\n\nةيفيرلا قطانملا يف', name: 'lines in visual order' },
    '',
  ],
  invalid: [
    {
      text: 'أعلنت الحكومة اليوم عن\n\nخطة جديدة لدعم المزارعين.',
      count: 1,
      output: 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين.',
    },
    { text: 'وهي الخطة التي\n\n\nأعلنتها الوزارة', output: 'وهي الخطة التي أعلنتها الوزارة', name: 'two blank lines' },
  ],
});

describe('broken-paragraph details', () => {
  it('names the word in the message and only changes whitespace (property)', () => {
    const [f] = findingsOf(brokenParagraph, 'أعلنت الحكومة اليوم عن\n\nخطة جديدة');
    assert.match(f.message, /عن/);
    const WORDS = ['الحكومة', 'أعلنت', 'في', 'من', 'خطة', 'جديدة.', 'التي', 'على', 'المشاريع', 'هذه'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (ps) => {
        const text = ps.map((l) => l.join(' ')).join('\n\n');
        const out = fixAll(text, { only: ['broken-paragraph'] }).text;
        assert.strictEqual(out.replace(/\s/g, ''), text.replace(/\s/g, ''));
      }),
    );
  });
});
