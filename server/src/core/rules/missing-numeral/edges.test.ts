import * as assert from 'assert';
import { findingsOf } from '../../../testing/ruleTester';
import { repairedView, toOriginalRange } from '../../view';
import { missingNumeral } from '.';

// A number dropped where PDF text wraps: at a line's end (its space left before the line break) or at the next line's
// start (the space it left before a comma). All sentences are written for these tests.
const at = (text: string) => findingsOf(missingNumeral, text).map((f) => f.start);
/** A line in visual order, as mutool/pdfminer extract it: the code units reversed. */
const visual = (s: string) => [...s].reverse().join('');

describe('rule missing-numeral: a number dropped at a line edge', () => {
  it('a line that ends in a space after a word a number follows: the number went at the line end', () => {
    for (const [first, second] of [
      ['وأصدرت المحكمة، أمس، حكما غيابيا بالسجن ', 'سنوات ضد المتهم الرئيسي في القضية.'],
      ['وقالت الحماية المدنية، في بلاغ لها، إن الحريق أتى على حوالي ', 'هكتارات من الغابات في الجهة.'],
      ['وأكد المدير، في تصريح للإذاعة، أن المصنع يشغل نحو ', 'عامل من أبناء المنطقة.'],
    ]) {
      for (const sep of ['\n', '\n\n']) {
        const text = `${first}${sep}${second}`;
        assert.deepStrictEqual(at(text), [first.length], JSON.stringify(text));
      }
    }
  });
  it('a line that starts with a space and a comma before a word: the number before the comma went', () => {
    const first = 'وحذر الحزب من الرجوع إلى المظالم التي حدثت سنة';
    for (const second of [' ، وطالب بالإسراع في سن قانون المصالحة.', '  ، وطالب بالإسراع في سن قانون المصالحة.', ' ؛ وطالب بالإسراع في سن القانون.']) {
      const text = `${first}\n\n${second}`;
      assert.deepStrictEqual(at(text), [first.length + 2 + second.indexOf(second.trim()) - 1], JSON.stringify(text));
    }
  });
  it('and not their look-alikes', () => {
    for (const text of [
      // a word no number follows, a definite word, a number word before the space
      'وقال، أمس، المتحدث باسم الوزارة \nإن الاجتماع سينعقد غدا.',
      'وأعلنت الوزارة، أمس، عن الإجراءات \nالجديدة لدعم الفلاحين.',
      'وصل إلى العاصمة، أمس، حوالي ثلاثة \nآلاف زائر.',
      // the number is there, on the next line
      'وأصدرت المحكمة، أمس، حكما غيابيا بالسجن \n6 سنوات ضد المتهم.',
      'وأصدرت المحكمة، أمس، حكما غيابيا بالسجن \r\n  6 سنوات ضد المتهم.',
      'وحذر الحزب من الرجوع إلى المظالم التي حدثت سنة 2011\n ، وطالب بالإسراع في سن القانون.',
      'وأصدرت المحكمة، أمس، حكما غيابيا بالسجن \r\n  6 سنوات ضد المتهم.',
      'وحذر الحزب من الرجوع إلى المظالم التي حدثت سنة 2011\n ، وطالب بالإسراع في سن القانون.',
      // the number is there, across a blank line (pdftotext's output) or two, bidi controls around it
      'وأصدرت المحكمة، أمس، حكما غيابيا بالسجن \n\n6 سنوات ضد المتهم.',
      'وأصدرت المحكمة، أمس، حكما غيابيا بالسجن \n\n \n\n\u202a 6\u202c سنوات ضد المتهم.',
      'وحذر الحزب من الرجوع إلى المظالم التي حدثت سنة 2011\n\n ، وطالب بالإسراع في سن القانون.',
      'وحذر الحزب من الرجوع إلى المظالم التي حدثت سنة \u202a2011\u202c \r\n\r\n ، وطالب بالإسراع في سن القانون.',
      // a comma glued to the line's start is the line before's own, moved there by bidi reordering
      'وحذر الحزب من الرجوع إلى المظالم\n، وطالب بالإسراع في سن القانون.',
      // a comma after the indentation of a column, or before punctuation or digits
      'وحذر الحزب من الرجوع إلى المظالم\n       ، وطالب بالإسراع في سن القانون.',
      'وحذر الحزب من الرجوع إلى المظالم\n ،"وطالب" بالإسراع في سن القانون.',
    ])
      assert.deepStrictEqual(at(text), [], JSON.stringify(text));
  });
  it('a headline (no comma, full stop or semicolon on the line) ends anywhere: a space at its end says nothing', () => {
    assert.deepStrictEqual(at('ملخص مباراة النادي الصفاقسي و طبلبة \n\nقررت الرابطة تأجيل المباراة.'), []);
    assert.deepStrictEqual(at('ملخص مباراة النادي الصفاقسي، و طبلبة \n\nقررت الرابطة تأجيل المباراة.').length, 1);
  });
  it('a draft that ends many lines in a space wraps that way: its trailing spaces say nothing', () => {
    const lines = [
      'وأصدرت المحكمة، أمس، حكما غيابيا بالسجن ',
      'مع النفاذ العاجل ضد المتهم الرئيسي في ',
      'القضية التي شغلت الرأي العام منذ مدة ',
      'طويلة وأثارت جدلا واسعا في البلاد.',
    ];
    assert.deepStrictEqual(at(lines.join('\n')), []);
    // one such line: a gap
    assert.deepStrictEqual(at(`${lines[0]}\n${lines[3]}`), [lines[0].length]);
  });
  it('on a line in visual order the repaired view reads backwards, the point after its logical end is the original line start', () => {
    const line = 'وأصدرت المحكمة، أمس، حكما غيابيا بالسجن ';
    const text = `${visual('قال القاضي إن الحكم صدر أمس في القضية التي شغلت الرأي العام.')}\n${visual(line)}\n${visual('سنوات مع النفاذ العاجل ضد المتهم الرئيسي في القضية.')}`;
    const view = repairedView(text);
    const lines = view.text.split('\n');
    assert.strictEqual(lines[1], line, 'the view reads the line logically');
    const end = lines[0].length + 1 + line.length;
    const start = text.indexOf('\n') + 1;
    assert.deepStrictEqual(toOriginalRange(view, end, end), [start, start]);
    assert.deepStrictEqual(at(text), [start]);
  });
});

describe('rule missing-numeral: a line edge judged with the word facing it across blank lines', () => {
  // (pdftotext writes a blank line between every two lines of these pages; the word on the other side decides)
  it('a line that ends in a space, judged with the first word of the next line that is not blank', () => {
    for (const [first, second] of [
      // a pair correct news writes with a number between (also on a line without a comma or full stop)
      ['وتم تحرير المخالفات طبقا لأحكام القانون عدد ', 'لسنة المتعلق بحماية المستهلك.'],
      // a word a number precedes many times more often than words in general
      ['وقال المتحدث، أمس، إن الحريق الذي اندلع في الغابة أتى على ', 'هكتارا من أشجار الصنوبر.'],
    ]) {
      for (const sep of ['\n\n', '\n\n\n\n', '\n \n\u200f\n']) {
        const text = `${first}${sep}${second}`;
        assert.deepStrictEqual(at(text), [first.length], JSON.stringify(text));
      }
    }
  });
  it('a line that starts with a space, judged with the last word of the line before that is not blank', () => {
    for (const [first, second] of [
      ['وأكد المدير، في تصريح للإذاعة، أن المصنع يشغل حاليا', ' عاملا من أبناء الجهة، وفق قوله.'],
      ['وأضاف أن الجائزة أسندت لأول مرة سنة', ' وقد فاز بها كاتب من الجنوب.'],
    ]) {
      const text = `${first}\n\n${second}`;
      assert.deepStrictEqual(at(text), [first.length + 2], JSON.stringify(text));
    }
  });
  it('and not their look-alikes', () => {
    for (const text of [
      // the number is there, across the blank line
      'وسجلت الشركة نموا كبيرا في رقم المعاملات سنة \n\n2016 بنسبة تفوق التوقعات.',
      'وأكد المدير، في تصريح للإذاعة، أن المصنع يشغل حاليا 120\n\n عاملا من أبناء الجهة، وفق قوله.',
      // a definite word after the edge, with or without a proclitic; a number word; an approximator
      'وقال المسؤول، أمس، إن الوزارة قررت منذ \n\nالأسبوع الماضي تعليق الدروس.',
      'وقال المسؤول، أمس، إن الوزارة قررت منذ مدة\n\n بالتنسيق مع الولاية تعليق الدروس.',
      'وقال المسؤول، أمس، إن المصنع يشغل حاليا \n\nثلاثة آلاف عامل من أبناء الجهة.',
      'وقال المسؤول، أمس، إن المصنع يشغل حاليا \n\nنحو ألف عامل من أبناء الجهة.',
      'ووصل عدد الزوار إلى مليون\n\n زائر، حسب الأرقام الرسمية.',
      // a headline ends anywhere: a space at its end says nothing without a pair
      'ملخص مباراة النادي الصفاقسي و طبلبة \n\nقررت الرابطة تأجيل المباراة.',
      // a comma glued to the line's start is the line before's own (bidi reordering moves it there), even after a year
      // word
      'وبين، أمس، أن الموسم السياحي سيكون أفضل من سنة\n\n، مشددا على ضرورة الاهتمام بالبنية. وقال، أمس، إن الأمر، حسب رأيه، سيتحسن.',
    ])
      assert.deepStrictEqual(at(text), [], JSON.stringify(text));
  });
});

describe('rule missing-numeral: a preposition before a quote', () => {
  it('a spaced quote after a preposition opens a quotation, whatever the count of quotes before it on the line', () => {
    // (an odd count of quotes before it would make it a closing one)
    assert.deepStrictEqual(at('وتابع " إن الشباب يبحثون عن " الخلاص بأي ثمن.'), []);
    assert.deepStrictEqual(at('وقال إن الشباب يبحثون عن ، ثم غادر.').length, 1);
  });
});

describe('rule missing-numeral: a score or range without its second number', () => {
  it('a word, a small number and a dash, then a preposition', () => {
    const text = 'انتهت المباراة بين الفريقين 2- في الشوط الأول.';
    assert.deepStrictEqual(at(text), [text.indexOf('-') + 1]);
  });
  it('not a list item, a year, nor a range that goes on', () => {
    for (const text of ['أهم المحاور: 1- التشغيل 2- الصحة 3- التعليم.', '1- في البداية نرحب بالضيوف.', 'اندلعت الحرب سنة 1914- في أوروبا.', 'تعادل الفريقان 1-1 في الشوط الأول.'])
      assert.deepStrictEqual(at(text), [], text);
  });
});
