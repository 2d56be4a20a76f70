import * as assert from 'assert';
import * as fc from 'fast-check';
import { findingsOf, ruleTester } from '../../testing/ruleTester';
import { fixAll } from '../engine';
import { cutWord } from './cut-word';

ruleTester(cutWord, {
  valid: [
    'أعلنت الحكومة عن خطة جديدة\nلدعم المزارعين في المناطق الريفية.',
    { text: 'وقال الوزير في\nما يتعلق بالتمويل', name: 'two words that also make a word stay apart' },
    { text: 'أعلنت الحكو.\nمة', name: 'punctuation after the first piece' },
    '',
  ],
  invalid: [
    { text: 'وهذا ما أكدته الحكو\nمة في بيانها', flagged: ['الحكو\nمة'], output: 'وهذا ما أكدته الحكومة في بيانها' },
    { text: 'وهذا ما أكدته الحكو\n\nمة في بيانها', output: 'وهذا ما أكدته الحكومة في بيانها', name: 'across a blank line' },
    { text: '\u202Bوهذا ما أكدته الحكو\u202C\n\u202Bمة في بيانها\u202C', count: 1, name: 'bidi controls around the lines' },
  ],
});

describe('cut-word details', () => {
  it('previews the word in the fix title', () => {
    const [f] = findingsOf(cutWord, 'ما أكدته الحكو\nمة في بيانها');
    assert.match(f.fixes[0].title, /الحكومة/);
  });

  it('never fires on lines made of words, and only removes line breaks (property)', () => {
    const WORDS = ['الحكومة', 'أعلنت', 'في', 'ما', 'خطة', 'جديدة', 'لدعم', 'من', 'على', 'المشاريع', 'هذه', 'الحكو', 'مة'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (ls) => {
        const text = ls.map((l) => l.join(' ')).join('\n');
        const out = fixAll(text, { only: ['cut-word'] }).text;
        assert.strictEqual(out.replace(/\s/g, ''), text.replace(/\s/g, ''));
        if (!text.includes('الحكو') && !text.includes('مة')) assert.deepStrictEqual(findingsOf(cutWord, text), []);
      }),
    );
  });
});
