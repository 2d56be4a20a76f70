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
    { text: 'إيقاف زوجة قيس بن علي\n\nنفذ أعوان الأمن عملية.', name: 'a headline ends anywhere' },
    { text: 'العنوان\n\nوتبث القناة على ترددات الأف أم\n\nوأوضحت الهيئة، وكان ابن علي\n\nأكد ذلك\n\nوأضاف.', name: 'علي the name, أم in أف أم, and ذلك end lines' },
    '',
  ],
  invalid: [
    {
      text: 'وفي بيان صدر اليوم، أعلنت الحكومة عن\n\nخطة جديدة لدعم المزارعين.',
      count: 1,
      output: 'وفي بيان صدر اليوم، أعلنت الحكومة عن خطة جديدة لدعم المزارعين.',
    },
    { text: 'العنوان\n\nوهي الخطة التي\n\n\nأعلنتها الوزارة', output: 'العنوان\n\nوهي الخطة التي أعلنتها الوزارة', name: 'two blank lines' },
    {
      text: 'العنوان\n\nقال الوزير إن الخطة ستنفذ في\n\nالمناطق الداخلية.',
      output: 'العنوان\n\nقال الوزير إن الخطة ستنفذ في المناطق الداخلية.',
      name: 'after the headline, a line without punctuation is no headline',
    },
  ],
});

describe('broken-paragraph details', () => {
  it('names the word in the message and only changes whitespace (property)', () => {
    const [f] = findingsOf(brokenParagraph, 'العنوان\n\nأعلنت الحكومة اليوم عن\n\nخطة جديدة');
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
