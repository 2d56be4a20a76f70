import * as assert from 'assert';
import { countLineGaps, endsSentence, isDoubleSpaced, softBlank } from './doubleSpacing';
import { splitSentences } from './sentences';
import { Document } from '../document';

/** A paragraph of my own, set in short lines. */
const LINES = [
  'أعلن المجلس البلدي يوم الأحد عن برنامج',
  'لترميم الأسواق القديمة في وسط المدينة،',
  'وقالت مصادر من البلدية إن الأشغال',
  'ستبدأ في الربيع المقبل وتدوم سنتين.',
  'وأضاف رئيس المجلس أن التمويل مضمون',
  'من ميزانية الدولة ومن هبات المانحين',
  'الذين زاروا المدينة الشهر الماضي.',
];
const double = LINES.join('\n\n');
const sentences = (text: string, d: number) => splitSentences(text, d).map((s) => text.slice(s.start, s.end).replace(/\n+/g, ' '));

describe('text/doubleSpacing', () => {
  it('a line ends a sentence with a terminator at either edge (a line in visual order has it at its start), past quotes, brackets and controls', () => {
    const t = (s: string) => endsSentence(s, 0, s.length);
    assert.strictEqual(t('ستبدأ في الربيع المقبل.'), true);
    assert.strictEqual(t('قال: «سنبدأ غدا.» '), true);
    assert.strictEqual(t('\u202b.لبقملا عيبرلا يف أدبتس\u202c'), true);
    assert.strictEqual(t('وقالت مصادر من البلدية إن الأشغال'), false);
    assert.strictEqual(t('في وسط المدينة،'), false);
    assert.strictEqual(t(''), false);
  });
  it('a draft is double-spaced when single blank lines alternate with its lines and many of those lines end no sentence', () => {
    assert.deepStrictEqual(countLineGaps(double), { textLines: 7, singleGaps: 6, openGaps: 5, width: 35 });
    assert.strictEqual(isDoubleSpaced(countLineGaps(double)), true);
    // the same lines single-spaced, or paragraphs apart: not double-spaced
    assert.strictEqual(isDoubleSpaced(countLineGaps(LINES.join('\n'))), false);
    assert.strictEqual(isDoubleSpaced(countLineGaps(LINES.slice(0, 4).join('\n') + '\n\n' + LINES.slice(4).join('\n'))), false);
    // a typed draft of one-line paragraphs, a blank line between them, every one ending with a full stop
    const typed = Array.from({ length: 8 }, (_, i) => `الفقرة رقم ${i + 1} من المسودة تنتهي بنقطة.`).join('\n\n');
    assert.strictEqual(isDoubleSpaced(countLineGaps(typed)), false);
    // too short to tell; two blank lines are no single gap
    assert.strictEqual(isDoubleSpaced(countLineGaps(LINES.slice(0, 3).join('\n\n'))), false);
    assert.strictEqual(isDoubleSpaced(countLineGaps(LINES.join('\n\n\n'))), false);
    // a short item of four or five lines: a single blank line after every line, two thirds of them ending no sentence (claims7)
    assert.strictEqual(isDoubleSpaced(countLineGaps(LINES.slice(0, 5).join('\n\n'))), true);
    assert.strictEqual(isDoubleSpaced(countLineGaps(LINES.slice(0, 4).join('\n\n'))), true);
    assert.strictEqual(isDoubleSpaced(countLineGaps(LINES.slice(0, 4).join('\n\n') + '\n\n\n' + LINES[4])), false);
    const typedShort = Array.from({ length: 5 }, (_, i) => (i % 2 ? `فقرة قصيرة رقم ${i + 1} بلا نقطة` : `الفقرة رقم ${i + 1} تنتهي بنقطة.`)).join('\n\n');
    assert.strictEqual(isDoubleSpaced(countLineGaps(typedShort)), false);
    // \r\n and blank lines of spaces and controls count as well
    assert.strictEqual(isDoubleSpaced(countLineGaps(LINES.join('\r\n \u200f\r\n'))), true);
  });
  it('softBlank: one blank line after a line that ends no sentence, in a double-spaced draft only', () => {
    const line = LINES[2];
    assert.strictEqual(softBlank(line, 0, line.length, 1, 35), true);
    assert.strictEqual(softBlank(line, 0, line.length, 1, 0), false);
    assert.strictEqual(softBlank(line, 0, line.length, 2, 35), false);
    assert.strictEqual(softBlank(LINES[3], 0, LINES[3].length, 1, 35), false);
    // a short line (a headline, a paragraph's last line) ends its paragraph: under three fifths of the typical line
    const head = 'طقس اليوم الأحد';
    assert.strictEqual(softBlank(head, 0, head.length, 1, 35), false);
    assert.strictEqual(softBlank(head, 0, head.length, 1, 25), true);
    // a paragraph's first line clearly shorter than the full line after it was not wrapped: a headline (claims7)
    const title = 'انقطاع الماء بالأحياء الشرقية: مصدر يوضح';
    const full = 'مصادر من الشركة الوطنية للمياه تؤكد أن الانقطاع سيدوم';
    const two = title + '\n\n' + full;
    const at = title.length + 2;
    assert.strictEqual(softBlank(two, 0, title.length, 1, 53, true, at, two.length), false);
    // not opening a paragraph and close to the typical line (the next line's first word would not have fitted), or
    // before a line no longer than itself, or as long as a full line: a line break
    assert.strictEqual(softBlank(two, 0, title.length, 1, 48, false, at, two.length), true);
    // … but a line that was not wrapped ends its paragraph before a line that opens with و, full stop or not (claims8: it
    // and the next line's first word fit in nine tenths of the typical line)
    const waw = title + '\n\n' + 'و' + full;
    assert.strictEqual(softBlank(waw, 0, title.length, 1, 53, false, at, waw.length), false);
    // (before a line that opens with another word, a line of a paragraph set narrower than the draft's: a line break)
    assert.strictEqual(softBlank(two, 0, title.length, 1, 53, false, at, two.length), true);
    const short = title + '\n\n' + 'رفع الأسعار في الأسواق المحلية';
    assert.strictEqual(softBlank(short, 0, title.length, 1, 44, true, at, short.length), true);
    const wrapped = full + '\n\n' + full;
    assert.strictEqual(softBlank(wrapped, 0, full.length, 1, 53, true, full.length + 2, wrapped.length), true);
  });
  it('sentences run on across the soft blank lines of a double-spaced draft, and stop at the others', () => {
    // a headline before the first line stays apart (a short line ends its paragraph)
    const titled = 'طقس اليوم الأحد\n\n' + double;
    assert.strictEqual(splitSentences(titled, countLineGaps(titled).width)[0].end, 'طقس اليوم الأحد'.length);
    // and so does a longer one over a full first line (claims7): its blank line is no line break
    const long = 'المجلس البلدي يرمم السوق\n\n' + double;
    assert.strictEqual(splitSentences(long, countLineGaps(long).width)[0].end, 'المجلس البلدي يرمم السوق'.length);
    assert.strictEqual(new Document(long).paragraphs[0].end, 'المجلس البلدي يرمم السوق'.length);
    assert.deepStrictEqual(sentences(double, 35), [
      'أعلن المجلس البلدي يوم الأحد عن برنامج لترميم الأسواق القديمة في وسط المدينة، وقالت مصادر من البلدية إن الأشغال ستبدأ في الربيع المقبل وتدوم سنتين.',
      'وأضاف رئيس المجلس أن التمويل مضمون من ميزانية الدولة ومن هبات المانحين الذين زاروا المدينة الشهر الماضي.',
    ]);
    // not double-spaced: every blank line is a paragraph break, as before
    assert.strictEqual(splitSentences(double).length, 7);
    // two blank lines stay a paragraph break in a double-spaced draft
    const twice = LINES.slice(0, 2).join('\n\n') + '\n\n\n' + LINES.slice(2).join('\n\n');
    assert.deepStrictEqual(sentences(twice, 35).slice(0, 2), ['أعلن المجلس البلدي يوم الأحد عن برنامج لترميم الأسواق القديمة في وسط المدينة،', 'وقالت مصادر من البلدية إن الأشغال ستبدأ في الربيع المقبل وتدوم سنتين.']);
  });
  it('the document reads its own spacing, and its repaired view answers as the text', () => {
    const doc = new Document(double);
    assert.strictEqual(doc.doubleSpaced, 35);
    assert.strictEqual(doc.sentences.length, 2);
    assert.strictEqual(doc.paragraphs.length, 2);
    assert.strictEqual(new Document(LINES.join('\n\n\n')).paragraphs.length, 7);
    // a chunk told the whole draft's answer reads it so, whatever its own lines look like
    assert.strictEqual(new Document(LINES.slice(2, 4).join('\n\n'), { doubleSpaced: 35 }).sentences.length, 1);
    assert.strictEqual(new Document(LINES.slice(2, 4).join('\n\n')).sentences.length, 2);
    // a view with a tatweel dropped (the repaired view differs from the text) keeps the text's answer
    const drawn = double.replace('البلدي', 'البل\u0640دي');
    const d2 = new Document(drawn);
    assert.strictEqual(d2.repaired.identity, false);
    assert.strictEqual(d2.repairedDoc.doubleSpaced, 35);
  });
});
