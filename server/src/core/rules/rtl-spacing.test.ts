import * as assert from 'assert';
import * as fc from 'fast-check';
import { findingsOf, ruleTester } from '../../testing/ruleTester';
import { fixAll } from '../engine';
import { rtlSpacing } from './rtl-spacing';

const LRE = '\u202A';
const PDF = '\u202C';
const RLE = '\u202B';

ruleTester(rtlSpacing, {
  valid: [
    'في الواقع، إن المشروع بدأ عام 2016 في العاصمة.',
    { text: `${RLE}في عام ${LRE}2016${PDF} قامت${PDF}`, name: 'nothing to move' },
    { text: `${RLE}في عام ${LRE} ،2016${PDF}قامت${PDF}`, name: 'the order of the punctuation changes: broken-fragment reports it' },
    { text: `${RLE}نشرت ${LRE}Le Point${PDF} الخبر${PDF}`, name: 'a Latin run with its inner space' },
    '',
  ],
  invalid: [
    { text: `${RLE}في الواقع${LRE} ،${PDF}إن المشروع${PDF}`, flagged: [' ،'], output: `${RLE}في الواقع${LRE}، إن المشروع${PDF}`, name: 'a comma' },
    { text: `${RLE}في عام ${LRE} 2016${PDF}قامت الوزارة${PDF}`, output: `${RLE}في عام ${LRE}2016 قامت الوزارة${PDF}`, name: 'a number glued to the next word' },
  ],
});

describe('rtl-spacing details', () => {
  it('moves only the spaces: the number is left to reversed-digits, which reverses it in the same pass', () => {
    const doc = `${RLE}أقيمت الدورة في ${LRE}4102${PDF} ثم في ${LRE}6102${PDF} بحضور ${LRE}01${PDF} فرق${PDF}\n${RLE}وبلغ العدد ${LRE} 24${PDF}مشاركا${PDF}`;
    const [f] = findingsOf(rtlSpacing, doc);
    const num = doc.indexOf(' 24') + 1;
    assert.ok(f.fixes[0].edits.every((ed) => ed.end <= num || ed.start >= num + 2));
    const out = fixAll(doc, { only: ['rtl-spacing', 'reversed-digits'] }).text;
    assert.ok(out.includes('42 مشاركا'), out);
  });

  it('previews the result in the fix title', () => {
    const [f] = findingsOf(rtlSpacing, `${RLE}في الواقع${LRE} ،${PDF}إن${PDF}`);
    assert.match(f.fixes[0].title, /، /);
  });

  it('only moves spaces and is idempotent (property)', () => {
    const piece = fc.constantFrom(' ', '،', '.', '2016', '15', 'v8');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), (ps) => {
        const text = `${RLE}قال الوزير${LRE}${ps.join('')}${PDF}إن المشروع${PDF}`;
        const once = fixAll(text, { only: ['rtl-spacing'] }).text;
        assert.strictEqual(once.replace(/[ \u202c]/g, ''), text.replace(/[ \u202c]/g, ''));
        assert.strictEqual(fixAll(once, { only: ['rtl-spacing'] }).text, once);
      }),
    );
  });
});
