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
    { text: 'جرت في 25 نوفمبر2016وقتل شخص', name: 'one glued number among numbers written apart: a slip of correct text, not extraction' },
    { text: 'بلغ العدد 12ألف شخص و7مليون دينار بنسبة 94.2بالمائة', name: 'number words written on the number' },
    { text: 'دفع ب30 دينارا و30 أخرى وال30 وبال30 ولل30 ثم ب40 و50', name: 'proclitics attached to a number' },
    { text: 'على بعد 30كم و40كلم في 2020م و1446ه بنسبة 3ر5 بالمائة', name: 'units, era letters, the Maghreb decimal' },
    { text: 'جرت في 25 نوفمبر2016وقتل شخص وبلغ العدد 12 ألف و7 آلاف بين 2010 و2015', name: 'numbers joined by و, one glued slip among numbers apart' },
    'في الواقع، إن المشروع بدأ عام 2016 في العاصمة.',
    { text: `${RLE}في عام ${LRE}2016${PDF} قامت${PDF}`, name: 'nothing to move' },
    { text: `${RLE}في عام ${LRE} ،2016${PDF}قامت${PDF}`, name: 'the order of the punctuation changes: broken-fragment reports it' },
    { text: `${RLE}نشرت ${LRE}Le Point${PDF} الخبر${PDF}`, name: 'a Latin run with its inner space' },
    '',
  ],
  invalid: [
    {
      text: 'سيبدأ المشروع يوم12مارس بمشاركة100شخص',
      flagged: ['يوم12مارس', 'بمشاركة100شخص'],
      output: 'سيبدأ المشروع يوم 12 مارس بمشاركة 100 شخص',
      message: /Number glued to the words around it/,
      name: 'numbers glued on both sides, most numbers of the text so (an extraction): spaces added',
    },
    { text: 'وفقا لتاريخ30ديسمبر الماضي', flagged: ['لتاريخ30ديسمبر'], output: 'وفقا لتاريخ 30 ديسمبر الماضي', name: 'one number, glued' },
    {
      text: 'وفقا لتاريخ30ديسمبر الماضي تم حجز50طنا',
      flagged: ['لتاريخ30ديسمبر', 'حجز50طنا'],
      output: 'وفقا لتاريخ 30 ديسمبر الماضي تم حجز 50 طنا',
      name: 'the issue’s example',
    },
    {
      text: 'ذكرت الوز\u0004ارة لتاريخ30ديسمبر أن',
      flagged: ['لتاريخ30ديسمبر'],
      output: 'ذكرت الوز\u0004ارة لتاريخ 30 ديسمبر أن',
      name: 'one glued number on a line with the signs of extraction (junk)',
    },
    {
      text: 'ذكرت الوز\u0004ارة في عام2020 لتاريخ30ديسمبر وبمشاركة100شخص',
      flagged: ['عام2020', 'لتاريخ30ديسمبر', 'وبمشاركة100شخص'],
      output: 'ذكرت الوز\u0004ارة في عام 2020 لتاريخ 30 ديسمبر وبمشاركة 100 شخص',
      name: 'glued on one side: with signs on the line and in a text that shows it',
    },
    {
      text: 'يكون تاريخ15نوفمبر2017، أخر أجل\nبهدف توفير210ميغاوات خلال60سنة\nرفع الصادرات الى100مليار دينار',
      flagged: ['تاريخ15نوفمبر', 'نوفمبر2017', 'توفير210ميغاوات', 'خلال60سنة', 'الى100مليار'],
      output: 'يكون تاريخ 15 نوفمبر 2017، أخر أجل\nبهدف توفير 210 ميغاوات خلال 60 سنة\nرفع الصادرات الى 100 مليار دينار',
      name: 'three numbers glued on both sides and no other sign (pdf.js on LibreOffice): one side is enough, a word between two numbers a side, a number word apart',
    },
    {
      text: 'وقعت الحادثة ليلة14جانفي2011على الطريق',
      flagged: ['ليلة14جانفي', 'جانفي2011على'],
      output: 'وقعت الحادثة ليلة 14 جانفي 2011 على الطريق',
      name: 'a text that shows it (its numbers glued): a word between two numbers is a side',
    },
    {
      text: 'بكلفة ناهزت30ألف دينار ونحو3ملايين أخرى',
      flagged: ['ناهزت30ألف', 'ونحو3ملايين'],
      output: 'بكلفة ناهزت 30 ألف دينار ونحو 3 ملايين أخرى',
      name: 'a text that shows it: number words after a glued number were apart (news writes 30 ألف)',
    },
    {
      text: 'تنظم التظاهرة أيام25و26و27 فيفري بسوسة',
      flagged: ['أيام25و', '26و'],
      output: 'تنظم التظاهرة أيام 25 و26 و27 فيفري بسوسة',
      name: 'a text that shows it: a و between two numbers goes with the second',
    },
    {
      text: 'سيبدأ يوم12مارس بمشاركة100شخص من77ها الي77وم',
      flagged: ['يوم12مارس', 'بمشاركة100شخص'],
      output: 'سيبدأ يوم 12 مارس بمشاركة 100 شخص من77ها الي77وم',
      name: 'digits inside a word the letters make without them (a kashida read as 77) do not count towards three, and one digit repeated there is left to extraction-junk (من77ها, الي77وم)',
    },
    {
      text: 'سيبدأ يوم12مارس بمشاركة100شخص في2025م',
      flagged: ['يوم12مارس', 'بمشاركة100شخص'],
      output: 'سيبدأ يوم 12 مارس بمشاركة 100 شخص في2025م',
      name: 'a unit or era letter after the number keeps that side quiet (في2025م: one side, no signs)',
    },
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

describe('rtl-spacing: a number glued on one side in a text that is mostly an extraction', () => {
  const junk = 'وقالت الحكو\u0004مة إن المشروع سيبدأ قريبا في المناطق الريفية';
  it('flagged, the space offered, not preferred', () => {
    const t = `${junk}\nوأضاف الوزير أن المشاريع ستنطلق في سنة2019 بعد الدراسة`;
    const f = findingsOf(rtlSpacing, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].fixes[0].preferred, false);
    assert.strictEqual(f[0].fixes[0].edits[0].newText, ' ');
  });
  it('quiet in a text with no signs, and on a glued digit alone', () => {
    assert.deepStrictEqual(findingsOf(rtlSpacing, 'وأضاف الوزير أن المشاريع ستنطلق في سنة2019 بعد الدراسة'), []);
    assert.deepStrictEqual(findingsOf(rtlSpacing, `${junk}\nوأضاف الوزير أن المشاريع ستنطلق في المرحلة2 بعد الدراسة`), []);
  });
});
