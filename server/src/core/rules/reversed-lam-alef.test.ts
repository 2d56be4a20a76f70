import * as assert from 'assert';
import * as fc from 'fast-check';
import { findingsOf, ruleTester } from '../../testing/ruleTester';
import { fixAll } from '../engine';
import { reversedLamAlef } from './reversed-lam-alef';

const LRE = '\u202A';
const PDF = '\u202C';

ruleTester(reversedLamAlef, {
  valid: [
    'أعلنت الشركة الأمريكية عن الإصدار الجديد من التطبيق على الأجهزة الاجتماعية.',
    { text: 'تعمل العالقة بين الطرفين على إطلاق المشروع', name: 'العالقة is a word too: not touched' },
    { text: 'ألا إن الأمر خالي من المخاطر، والأولى الانتظار.', name: 'words with ال/لا inside that are words' },
    { text: 'مستشفى الأطفال', name: 'a final alef maqsura' },
    { text: 'وقالت ناتالي هانان إن الشحنة نُقلت بين جنوا ومالطا ثم إلى بيتالوما وتالة.', name: 'foreign names with ال inside, in clean text' },
    { text: 'تم إطالق المشروع', name: 'an inner swap with no proof of damage in the document stays quiet' },
    { text: 'قال إنه لا نية إللغائها', name: 'a word-initial swap with no proof of damage in the document stays quiet' },
    { text: 'سافر إلى ألمانيا وألبانيا', name: 'names starting with أل' },
    { text: 'تعيش الخلايا في الولايات المتحدة، والخاليا من المرض كثر', name: 'a word the lexicon knows, in a draft without proof' },
    { text: 'في والية تكساس فرع للشركة', name: 'a word news writes far more often swapped, alone in a draft without proof: quiet' },
    { text: 'قال المدير إن الشركة ال تملك المال، وإن الأمر ال يحتمل التأجيل', name: '`ال` alone twice, in a draft that writes the article + hamza in order: quiet' },

    {
      text: 'وقال المد ير إن ال قاصدون ل هذه ا لسوق كثي رون.',
      name: '`ال` alone before a word it makes a word with, on a line signed by the article\'s alef set apart (a draft split densely): a split article, not applied on the line\'s signs nor counted as evidence',
    },
    { text: 'تمكنت وحدات الجيش االشعبي من الإيقاف', name: 'a doubled alef before the article is a typo, not proof' },
    '',
  ],
  invalid: [
    { text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد', flagged: ['األمريكية', 'اإلصدار'], output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد' },
    { text: 'وسائل التواصل االجتماعي', output: 'وسائل التواصل الاجتماعي', name: 'اال at the word start' },
    { text: 'واإلنجاز كبير', output: 'والإنجاز كبير', name: 'after a proclitic' },
    {
      text: 'نشرت الصحف نص "إعالن الرياض" بعد اجتماع اإلدارة واالتحاد\nوأشار إعالن الرياض إلى االلتزام الراسخ للدول المشاركة',
      flagged: ['إعالن', 'اإلدارة', 'واالتحاد', 'إعالن', 'االلتزام'],
      output: 'نشرت الصحف نص "إعلان الرياض" بعد اجتماع الإدارة والاتحاد\nوأشار إعلان الرياض إلى الالتزام الراسخ للدول المشاركة',
      name: 'a word swapped in one place is swapped where the words around it doubt the swap (وأشار إعالن): the PDF reversed it everywhere',
    },
    {
      text: 'أعلنت الشركة األمريكية عن استقالل المشروع',
      flagged: ['األمريكية', 'استقالل'],
      output: 'أعلنت الشركة الأمريكية عن استقالل المشروع',
      name: 'inside the word, in a document that proves the damage once, on a line without signs: flagged, not applied',
    },
    {
      text: 'أعلنت الشركة األمريكية عن إطالق المشروع',
      flagged: ['األمريكية', 'إطالق'],
      output: 'أعلنت الشركة الأمريكية عن إطلاق المشروع',
      name: 'the same where the swap gives a form news writes far more often than the written one (إطلاق): a strong proof with the certain one, applied',
    },
    {
      text: 'قال المدير إن الشركة ال تملك أي فرع خالل العام',
      flagged: ['ال', 'خالل'],
      output: 'قال المدير إن الشركة لا تملك أي فرع خلال العام',
      name: '`ال` alone is `لا` reversed; two such swaps (`خالل` → `خلال`) prove the draft with no certain one',
    },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد للفريق ال\u0640 20 وال 30، ثم ال الفريق الثاني، وجاء آم&ال بعدهم',
      flagged: ['األمريكية', 'اإلصدار'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد للفريق ال\u0640 20 وال 30، ثم ال الفريق الثاني، وجاء آم&ال بعدهم',
      name: 'in a proven draft, `ال` is no `لا` before a tatweel or a number, before a word with its own article, or as the piece of a word torn by a printed kashida glyph',
    },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد في ح ال قرر الانسحاب',
      flagged: ['األمريكية', 'اإلصدار'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد في ح ال قرر الانسحاب',
      name: 'in a proven draft, `ال` that makes a word with the token before (`ح ال`: حال split by a justification gap) is no `لا`',
    },
    {
      text: 'أعلنت الشركة األمريكية عن إطالق األنزيمات',
      flagged: ['األمريكية', 'إطالق', 'األنزيمات'],
      output: 'أعلنت الشركة الأمريكية عن إطلاق الأنزيمات',
      name: 'an article + hamza reversed on a word the lexicon does not know: swapped in a draft that proves the damage',
    },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد خالل الندوة',
      flagged: ['األمريكية', 'اإلصدار', 'خالل'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد خلال الندوة',
      name: 'inside the word, in a document that proves the damage twice with no article + hamza in order: applied',
    },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد خالل الندوة\nفي الأسبوع الأول من الإعلان عن الأمر',
      flagged: ['األمريكية', 'اإلصدار', 'خالل'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد خالل الندوة\nفي الأسبوع الأول من الإعلان عن الأمر',
      name: 'the same where the article + hamza is written in order as often: flagged, not applied',
    },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد وال نية إللغائها',
      flagged: ['األمريكية', 'اإلصدار', 'إللغائها'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد وال نية لإلغائها',
      name: 'a preposition ل before a hamza, reversed at the word start (وال before نية: والنية is a word, the article may be split off it)',
    },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد في الواليات المتحدة لتقتل الخاليا',
      flagged: ['األمريكية', 'اإلصدار', 'الواليات', 'الخاليا'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد في الولايات المتحدة لتقتل الخلايا',
      name: 'words the lexicon accepts both ways, told apart by the forms news writes (lamalef.data.ts), in a proven draft',
    },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد في والية تكساس وال يوجد إعالن عن ثالثة فروع',
      flagged: ['األمريكية', 'اإلصدار', 'والية', 'ثالثة'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد في ولاية تكساس وال يوجد إعالن عن ثلاثة فروع',
      name: 'words the lexicon accepts both ways that no list holds, told apart by how often news writes each (pairs.ts) and the word pairs around them, in a draft whose proof is strong (وال يوجد, إعالن عن: the pairs do not agree, left)',
    },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد ورحبت بالسالم في والية تكساس',
      flagged: ['األمريكية', 'اإلصدار', 'والية'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد ورحبت بالسالم في ولاية تكساس',
      name: 'a swap that news does not write far more often than the word as written stays (بالسالم: سالم is written more than سلام)',
    },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد لالتحاد',
      flagged: ['األمريكية', 'اإلصدار', 'لالتحاد'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد للاتحاد',
      name: 'ل + ال is written لل: لال… is no article after ل',
    },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد وال دة زوجته وال ُمح ّبون وال أبدي',
      flagged: ['األمريكية', 'اإلصدار'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد وال دة زوجته وال ُمح ّبون وال أبدي',
      name: 'an article split off its word (وال دة, وال ُمح, وال أبدي) is split-word\'s, no reversed ولا',
    },
    { text: 'تنظيم الدولة اإلسالمية', output: 'تنظيم الدولة الإسلامية', name: 'both lam-alefs of one word, in one fix' },
    {
      text: 'أعلنت الشركة األمريكية عن اإلصدار الجديد وقالت إنها تشعر بقلق بالغ جراء التوتر',
      flagged: ['األمريكية', 'اإلصدار'],
      output: 'أعلنت الشركة الأمريكية عن الإصدار الجديد وقالت إنها تشعر بقلق بالغ جراء التوتر',
      name: 'a swap news writes far more often alone (بلاغ) that the words around do not read better with (بقلق بالغ) stays',
    },
    { text: 'منهج اإلسالم المعتدل', output: 'منهج الإسلام المعتدل', name: 'both lam-alefs of one word, the inner one told by the counts (الإسالم is a word too)' },
    { text: `تنظيم الدولة اإلس${LRE}!!${PDF}المية`, output: `تنظيم الدولة الإس${LRE}!!${PDF}لامية`, name: 'both lam-alefs of a torn word, in one fix' },
    { text: `تم إطالق المشروع في ${LRE}2014${PDF}`, output: `تم إطلاق المشروع في ${LRE}2014${PDF}`, name: 'an inner swap on a line with PDF signs' },
    { text: 'وقع الاختيار \u0639\u0649\u0644 الفريق', output: 'وقع الاختيار على الفريق', name: 'ىل for لى' },
    {
      text: `من األجه${LRE}%%${PDF}زة الجوالة`,
      output: `من الأجه${LRE}%%${PDF}زة الجوالة`,
      name: 'a word torn by a kashida glyph',
    },
  ],
});

describe('reversed-lam-alef details', () => {
  it('previews the word in the fix title', () => {
    const [f] = findingsOf(reversedLamAlef, 'عن اإلصدار');
    assert.match(f.fixes[0].title, /الإصدار/);
  });

  it('is idempotent under fix-all', () => {
    const once = fixAll('األمريكية واالجتماعي وإطالق', { only: ['reversed-lam-alef'] }).text;
    assert.strictEqual(fixAll(once, { only: ['reversed-lam-alef'] }).text, once);
  });

  it('never fires on words of the lexicon (property)', () => {
    const WORDS = ['الأمريكية', 'الإصدار', 'الاجتماعي', 'إطلاق', 'على', 'إلى', 'العلاقة', 'خلال', 'الإعلان', 'والأول', 'للأطفال', 'الآن', 'لا', 'ألا', 'إلا'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), (ws) => {
        assert.deepStrictEqual(findingsOf(reversedLamAlef, ws.join(' ')), []);
      }),
    );
  });

  it('a swap keeps the letters (property)', () => {
    const WORDS = ['األمريكية', 'اإلصدار', 'االجتماعي', 'إطالق', 'الجديد', 'واإلنجاز'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), (ws) => {
        const text = ws.join(' ');
        const out = fixAll(text, { only: ['reversed-lam-alef'] }).text;
        assert.strictEqual([...out].sort().join(''), [...text].sort().join(''));
      }),
    );
  });
});

describe('reversed-lam-alef on a "word" too long to be one', () => {
  // One token of اإل repeated: a candidate pair every 3 letters. Before MAX_LETTERS this was quadratic
  // (20,000 units: 247 s) and, from about 100,000 letters, threw RangeError from a spread of the letters.
  for (const units of [20_000, 300_000]) {
    // (how the time grows with the length: `npm run bench`, scripts/bench-linear.mjs; the timeout only stops a hang)
    it(`${units} units: no finding, no failure, fix-all leaves it`, function () {
      this.timeout(30_000);
      const text = '\u0627\u0625\u0644'.repeat(units / 3);
      assert.deepStrictEqual(findingsOf(reversedLamAlef, text), []);
      assert.strictEqual(fixAll(text, { only: ['reversed-lam-alef'] }).text, text);
    });
  }
  it('a torn word (kashida glyphs between tokens) of 60,000 letters: no failure', () => {
    const text = Array.from({ length: 20_000 }, () => '\u0627\u0625\u0644').join('%');
    assert.deepStrictEqual(findingsOf(reversedLamAlef, text), []);
  });
});

describe('reversed-lam-alef: flag-only where the draft proves nothing', () => {
  it('the initial cluster of a word the lexicon does not know (a loanword): flagged, the swap offered', () => {
    const f = findingsOf(reversedLamAlef, 'وقال الباحث إن مستويات األنثوسيانين مرتفعة في البصل.');
    assert.strictEqual(f.length, 1);
    assert.ok(f[0].message.includes('الأنثوسيانين'), f[0].message);
    assert.strictEqual(f[0].fixes[0].preferred, false);
  });
});
