import * as assert from 'assert';
import { fixAll, lintText } from '../engine';
import { arabicTokens, tokenText } from '../lexicon/tokens';
import { isWord } from '../lexicon/index';
import { repairedView } from '../view';
import { ruleTester } from '../../testing/ruleTester';
import { extractionJunk } from './extraction-junk';

const NUL = '\u0000';
const EOT = '\u0004';
const ENQ = '\u0005';
const BEL = '\u0007';
const BS = '\u0008';
const VT = '\u000B';
const FF = '\u000C';
const FS = '\u001C';
const NONCHAR = '\uFFFE';
const T = '\u0640';

ruleTester(extractionJunk, {
  valid: [
    'أعلنت الحكومة اليوم عن خطة جديدة',
    '',
    { text: 'الفقرة الأولى\tبعد جدولة\r\nوسطر آخر\rوآخر', name: 'TAB, CR, LF are whitespace' },
    { text: 'نهاية الصفحة\n' + FF + 'بداية الصفحة التالية', name: 'FF as a page break at a line start (pdftotext)' },
    { text: 'نهاية الصفحة' + FF + '\nبداية', name: 'FF at a line end' },
    { text: 'الفقرة الأولى ' + FF + ' الفقرة الثانية', name: 'FF between words, set off by spaces' },
    { text: 'سطر' + VT + ' سطر آخر', name: 'VT (a manual line break of Word) after a word' },
    { text: 'قال الوز' + T + 'ير', name: 'tatweel is the tatweel rule’s' },
  ],
  invalid: [
    { text: 'قال الوز' + EOT + 'ارة', flagged: ['الوز' + EOT + 'ارة'], output: 'قال الوزارة', name: 'U+0004 inside a word: the word is the range' },
    { text: 'في الم' + ENQ + ENQ + 'درسة', flagged: ['الم' + ENQ + ENQ + 'درسة'], output: 'في المدرسة', name: 'a run of junk: one edit' },
    { text: 'الم' + BEL + 'دي' + BS + 'نة', flagged: ['الم' + BEL + 'دي' + BS + 'نة'], output: 'المدينة', name: 'two runs in one word: one finding, two edits' },
    { text: 'م' + FS + 'حمد', flagged: ['م' + FS + 'حمد'], output: 'محمد', name: 'U+001C' },
    { text: 'الح' + NONCHAR + 'كومة', flagged: ['الح' + NONCHAR + 'كومة'], output: 'الحكومة', name: 'U+FFFE' },
    { text: 'قال المد' + FF + 'رسة', flagged: ['المد' + FF + 'رسة'], output: 'قال المدرسة', name: 'FF inside a word is junk' },
    { text: 'الج' + VT + 'امعة', flagged: ['الج' + VT + 'امعة'], output: 'الجامعة', name: 'VT inside a word is junk' },
    {
      text: 'الو' + NUL + 'زارة',
      flagged: ['الو' + NUL + 'زارة'],
      output: 'الوزارة',
      message: /Unmapped glyph in “الوزارة”: <U\+0000>/,
      name: 'U+0000: an unmapped glyph (the message says a letter may be missing)',
    },
    { text: 'مُ' + ENQ + 'حمد', flagged: ['مُ' + ENQ + 'حمد'], output: 'مُحمد', name: 'after a haraka' },
    { text: 'الوزارة' + EOT + ' قالت', flagged: ['الوزارة' + EOT], output: 'الوزارة قالت', name: 'at a word end' },
    { text: 'كلمة ' + BEL + ' كلمة', flagged: [BEL + ' '], output: 'كلمة كلمة', name: 'alone between words: removed with one of the spaces' },
    { text: 'كلمة' + FF + EOT + '\nسطر', flagged: ['كلمة' + FF + EOT], output: 'كلمة' + FF + '\nسطر', name: 'FF ending a word stays (a page break), the junk after it goes' },
    { text: 'Hello' + NUL + ' world', flagged: [NUL], output: 'Hello world', name: 'junk outside Arabic text: never text either' },
    {
      text: 'الوز' + EOT + 'ارة',
      locale: 'ar',
      message: /^محارف دخيلة في «الوزارة»: <U\+0004>/,
      name: 'Arabic message',
    },
  ],
});

describe('extraction-junk: the word is read whole', () => {
  it('the tokeniser keeps junk inside a word as part of it, and its lexicon key drops it', () => {
    const text = 'قالت الوز' + EOT + 'ارة إن الم' + FF + 'درسة';
    const toks = arabicTokens(text, 0, text.length).map((t) => text.slice(t.start, t.end));
    assert.deepStrictEqual(toks, ['قالت', 'الوز' + EOT + 'ارة', 'إن', 'الم' + FF + 'درسة']);
    for (const t of arabicTokens(text, 0, text.length)) assert.ok(isWord(tokenText(text, t)), text.slice(t.start, t.end));
  });
  it('cut-word reads a junk word at a line end whole, and fix-all joins and cleans it', () => {
    const text = 'أعلنت ال' + EOT + 'حكو\nمة الجديدة خطتها';
    const cut = lintText(text).findings.filter((f) => f.ruleId === 'cut-word');
    assert.deepStrictEqual(cut.map((f) => text.slice(f.start, f.end)), ['ال' + EOT + 'حكو\nمة']);
    assert.strictEqual(fixAll(text).text, 'أعلنت الحكومة الجديدة خطتها');
  });
  it('junk at a word edge is not taken into the token', () => {
    const text = EOT + 'قال ' + FF + 'الوزير' + EOT;
    assert.deepStrictEqual(arabicTokens(text, 0, text.length).map((t) => text.slice(t.start, t.end)), ['قال', 'الوزير']);
  });
  it('the repaired view drops junk as the rule does (FF between paragraphs kept)', () => {
    const v = repairedView('وقالت مص' + EOT + 'ادر إن' + NUL + '\n' + FF + 'الخطة');
    assert.strictEqual(v.text, 'وقالت مصادر إن\n' + FF + 'الخطة');
    assert.strictEqual(v.toOriginal[6], 6);
    assert.strictEqual(v.toOriginal[9], 10);
  });
  it('other rules see the word whole: no split-word, cut-word or claim confusion on a junk-cut word', () => {
    const text = 'وقال مص' + EOT + 'در مطلع إن الحكو' + BEL + 'مة ستعلن الخطة';
    const ids = lintText(text).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('extraction-junk'), ids.join());
    assert.ok(!ids.includes('split-word') && !ids.includes('broken-fragment'), ids.join());
    // the claim rule reads the repaired view: the anonymous source is found through the junk
    assert.ok(ids.includes('unattributed-claim'), ids.join());
    assert.strictEqual(fixAll(text).text, 'وقال مصدر مطلع إن الحكومة ستعلن الخطة');
  });
});
