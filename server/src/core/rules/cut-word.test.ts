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
    { text: 'بحضور عبد\nالله وزملائه', name: 'two words news writes stay apart, though news writes them joined too' },
    { text: 'وشملت الأشغال الطرقات و\nالجسور', name: 'a line ending in a detached و is no cut word' },
    { text: 'وعرضت المن$$$اظر الطب$يعية في فلسطين، وفق\nوك$$$الة الأنباء الف$$$لسطينية.\nوخ$$$روجه من ثمن\nنه$$$ائي البطولة', name: 'a piece cut off by a kashida glyph printed inside its word is extraction-junk\'s, not a tear (وفق ⏎ وك$$$الة)' },
    { text: 'وليد كتيلة يحطم الرقم القياسي العالمي لسباق 1500 متر\n\nو شارك في هذا السباق عداؤون من عشرين بلدا.', name: 'a paragraph opened by و written apart: the conjunction, not the tail of مترو' },
    { text: 'في انتظار الحكم العام\nل\u0640"المحكمة"', name: 'a clitic drawn out with a tatweel is detached on purpose' },
    { text: 'اشترى الهاتف أو\nإس', name: 'a function word beside a piece is a word of its own' },
    { text: 'حيث فحصها\n\u064B عن الأضرار', name: 'a mark alone before a space opening a line: as often the end of a word set elsewhere (PDFium, two columns)' },
    { text: 'ودرس الط \u0651لاب مع أحد المستخدمين ي\n\u064Fدعى محمد', name: 'a draft that sets its harakat apart before their letters: the mark opening a line is no proof of a cut' },
    { text: 'وقد فقدا\nحياتهما في الحادث', name: 'two words of clean text, each never written alone, that the reading of a tear would join (eleven letters)' },
    { text: 'وعاد المدير إلى قر\nها الجديد', name: 'two pieces never written alone, one of two letters (a pronoun suffix), the halves of a word torn elsewhere: apart' },
    { text: 'واعتبرت الخطة منطلق ا\nوضاع الموانئ صعبة', name: 'a lone ا ending a line is the tail of the word before it, never a head' },
    { text: 'ولا يتعلق الأمر ب\nأي تغيير في الخطة', name: 'a one-letter head before a word news writes alone stays apart' },
    { text: 'بداية عرض الفيلم\n\u0651\nفي القاعات', name: 'a haraka alone on a line adds no letter (diacritic)' },
    { text: 'وقال إن الخوف م ن\nخ يانة النص هاجس دائم', name: 'both pieces make a word with their neighbours on their own lines (من، خيانة): words split by justification gaps, not a cut word' },
    { text: 'وقد ساهم البرنامج في\nتك ريس ثقافة الحوار', name: 'a piece that completes its neighbour on its own line (تكريس) beside a word written alone (في): split-word\'s join, not a cut word' },
    { text: 'وقال إن ب\nرنام\nج التنمية جاهز', name: 'a word cut in three stays apart outside a shredded stretch' },
    { text: 'وقال إن كم\nا كبيرا من الأسلحة وصل', name: 'a join the lexicon allows but does not confirm (a function word + a letter) stays apart outside a shredded stretch' },
    { text: 'قال المدير إن الفريق أنهى عمله مبكرا\n\u064b عن موعده بسبب نقص المواد\nثم انطلق العمل مجددا وكان متأخرا', name: 'a line opened by a tanwin between two lines that end with a word that takes it: the pieces may be in order, nothing moves' },
    '',
  ],
  invalid: [
    {
      text: 'أعلنت الوزا\nرة عن خط\nة جديد\nة لدعم المزار\nعين في المن\nاطق الريفي\nة. كم\nا قالت إنها ستدعم الفلاحين',
      count: 7,
      output: 'أعلنت الوزارة عن خطة جديدة لدعم المزارعين في المناطق الريفية. كما قالت إنها ستدعم الفلاحين',
      name: 'a shredded stretch (PDFium pieces of a kashida-justified LibreOffice line): joins the lexicon allows are made there too (خط ⏎ ة, كم ⏎ ا)',
    },
    {
      text: '\u0651حا أن الخطة جاهزة\nوأكد المدير أن العمل مستمر، موض',
      output: 'وأكد المدير أن العمل مستمر، موض\u0651حا أن الخطة جاهزة',
      name: 'a line split at a haraka drawn apart, its pieces in reverse order (PDFium): the next line first, the mark at the join',
    },
    {
      text: 'قال المدير إن المشروع تأخر\n\u064b عن موعده بسبب نقص المواد\nثم انطلق العمل مجددا وكان متأخرا\nوأضاف أن الفرق تعمل ليلا ونهارا',
      output: 'قال المدير إن المشروع تأخر\nثم انطلق العمل مجددا وكان متأخرا\u064b عن موعده بسبب نقص المواد\nوأضاف أن الفرق تعمل ليلا ونهارا',
      name: 'a line split at a tanwin, its pieces in reverse order (PDFium, LibreOffice two columns): the next line first, the tanwin on its last word',
    },
    {
      text: '\u0651ين أن المدير في إجازة.\nوقال الموظف إن الإدارة أغلقت المكتب بعدما تب',
      output: 'وقال الموظف إن الإدارة أغلقت المكتب بعدما تبي\u0651ن أن المدير في إجازة.',
      name: 'the swapped pieces joined with the shadda on the letter news writes it on (تبيّن, the tail\'s first letter)',
    },
    {
      text: 'أعلنت الوزا\nرة عن خط\nة جديد\nة لدعم ب\nرنام\nج التنمية في المن\nاطق الريفي\nة',
      count: 6,
      output: 'أعلنت الوزارة عن خطة جديدة لدعم برنامج التنمية في المناطق الريفية',
      name: 'in a shredded stretch, a word cut in three, its middle a line alone (ب ⏎ رنام ⏎ ج)',
    },
    {
      text: 'أعلنت الوزا\nرة عن خط\nة جديد\nة تعد منطلق\nا\nجيدا لدعم المزار\nعين في المن\nاطق الريفي\nة',
      count: 7,
      output: 'أعلنت الوزارة عن خطة جديدة تعد منطلقا\nجيدا لدعم المزارعين في المناطق الريفية',
      name: 'in a shredded stretch, a line of a lone ا is the tail of the word before it, never the head of the next',
    },
    { text: 'وهذا ما أكدته الحكو\nمة في بيانها', flagged: ['الحكو\nمة'], output: 'وهذا ما أكدته الحكومة في بيانها' },
    { text: 'وهذا ما أكدته الحكو\n\nمة في بيانها', output: 'وهذا ما أكدته الحكومة في بيانها', name: 'across a blank line' },
    { text: '\u202Bوهذا ما أكدته الحكو\u202C\n\u202Bمة في بيانها\u202C', count: 1, name: 'bidi controls around the lines' },
    {
      text: 'قالت رئيسة الاتحاد للصناعات التقليدي\nة، وداد بوشماوي',
      output: 'قالت رئيسة الاتحاد للصناعات التقليدية، وداد بوشماوي',
      name: 'a word + a piece that is no word news writes, making a word news writes (PDFium pieces of a LibreOffice line)',
    },
    { text: 'وقد صرح المه\nندس المسؤول', output: 'وقد صرح المهندس المسؤول', name: 'two pieces the clitic analysis accepts, neither written alone' },
    {
      text: 'وتحدث عن الأزمة التراكمي\nة في القطاع',
      output: 'وتحدث عن الأزمة التراكمية في القطاع',
      name: 'a piece that is no word beside a word, making a word of the lexicon that news seldom writes (the tear confirmed)',
    },
    { text: 'ودعا إلى حماية الفضاءات العامة وفضا\nءات الأطفال', output: 'ودعا إلى حماية الفضاءات العامة وفضاءات الأطفال', name: 'a head the clitic analysis accepts, a tail never written alone' },
    { text: 'وأكدت أن ت\nونس ستواصل دعم المشاريع', output: 'وأكدت أن تونس ستواصل دعم المشاريع', name: 'a word cut after its first letter, a letter that is no clitic' },
    { text: 'ووصل الوفد من س\nوريا والعراق', output: 'ووصل الوفد من سوريا والعراق', name: 'a word cut after its first letter, a tail never written alone (س ⏎ وريا)' },
    { text: 'ورحب القادة باس\nتعداد الدول للمشاركة', output: 'ورحب القادة باستعداد الدول للمشاركة', name: 'two pieces the clitic analysis accepts, neither ever written alone, the tear confirmed (باس ⏎ تعداد)' },
    { text: 'إذ قال أحد المستخدمين ي\n\u064Fدعى محمد', output: 'إذ قال أحد المستخدمين ي\u064Fدعى محمد', name: 'a tail opened by the haraka of the head\'s last letter (PDFium): cut right after that letter' },
    { text: 'وقررت المحكمة التز\nايد في الأسعار', output: 'وقررت المحكمة التزايد في الأسعار', name: 'a head never written alone, a tail the clitic analysis accepts' },
  ],
});

describe('cut-word details', () => {
  it('leaves the edge of a line whose runs came out reversed to that repair (its edge words are the torn halves)', () => {
    // (ال ends the line as the head of القمة, torn by the runs; with the next line's first word it would read المرحلة)
    assert.deepStrictEqual(findingsOf(cutWord, 'قمة العربية في الجزائر. وشارك الرؤساء في ال\nمرحلة جديدة من التعاون بين البلدان'), []);
    assert.strictEqual(findingsOf(cutWord, 'وشارك الرؤساء في ال\nمرحلة جديدة من التعاون بين البلدان').length, 1);
  });

  it('keeps a haraka that opens the tail on the head\'s last letter, under fix-all (the detached-mark repair would move it onto the tail\'s first)', () => {
    assert.strictEqual(fixAll('مسؤول أممي مكل\n\u0651ف بحقوق الانسان').text, 'مسؤول أممي مكل\u0651ف بحقوق الانسان');
    assert.strictEqual(fixAll('وأكد أن الطيار\n\u064Eين خضعا للاستجواب').text, 'وأكد أن الطيار\u064Eين خضعا للاستجواب');
  });

  it('puts back a line PDFium split at its marked letters, the pieces in reverse order and each marked letter a line of its own (session 16)', () => {
    // two marked letters: the shadda of مرّ (a space after it) and of تبيّن (its word goes on)
    const chain = 'قال الوزير إن الخطة جاهزة.\nن أن العمل مستمر.\n\u0651ي\nبمراحل صعبة ثم تب\n\u0651ر\nوأكد المدير أن المشروع م\nوختم بالشكر.';
    const got = findingsOf(cutWord, chain);
    assert.strictEqual(got.length, 1, JSON.stringify(got.map((f) => f.message)));
    assert.match(got[0].message, /مر\u0651، تبي\u0651ن/);
    assert.strictEqual(fixAll(chain).text, 'قال الوزير إن الخطة جاهزة.\nوأكد المدير أن المشروع مر\u0651 بمراحل صعبة ثم تبي\u0651ن أن العمل مستمر.\nوختم بالشكر.');
    // one marked letter: the fatha of المهندسَين
    assert.strictEqual(fixAll('ين عادا إلى العمل بعد الإصلاح\n\u064Eس\nوقال المسؤول إن المهند').text, 'وقال المسؤول إن المهندس\u064Eين عادا إلى العمل بعد الإصلاح');
    // the pieces' own marks copied before their letters too (a tanwin before the last alef): moved one letter later
    assert.strictEqual(fixAll('ين عادا إلى العمل\n\u064Eس\nووصل الفريق مبكر\u064Bا إلى الموقع وقال المسؤول إن المهند').text, 'ووصل الفريق مبكرا\u064B إلى الموقع وقال المسؤول إن المهندس\u064Eين عادا إلى العمل');
  });

  it('a swapped piece opened by the mark of its first letter: the pieces\' other marks, copied before their letters too, move one letter later (session 16)', () => {
    assert.strictEqual(fixAll('\u0651ين أن المدير في إجازة.\nوقال الموظف إن الإدارة م\u0651رت بأزمة بعدما تب').text, 'وقال الموظف إن الإدارة مر\u0651ت بأزمة بعدما تبي\u0651ن أن المدير في إجازة.');
  });

  it('leaves a marked letter alone on its line where the lines in their order read a word across it (nothing reversed)', () => {
    for (const f of findingsOf(cutWord, 'وقال المسؤول إن المهند\n\u064Eس\nين عادا إلى العمل بعد الإصلاح')) assert.doesNotMatch(f.message, /reverse order/);
    // nor a lone letter with no mark between two lines (a line of one letter is no marked letter's piece)
    for (const f of findingsOf(cutWord, 'ين عادا إلى العمل بعد الإصلاح\nس\nوقال المسؤول إن المهند')) assert.doesNotMatch(f.message, /marked letters/);
  });

  it('previews the word in the fix title', () => {
    const [f] = findingsOf(cutWord, 'ما أكدته الحكو\nمة في بيانها');
    assert.match(f.fixes[0].title, /الحكومة/);
  });

  it('agrees with split-word: a line-edge piece that its own line completes is joined forward, not across the break', () => {
    const SIGN = ' \u202A2014\u202C';
    assert.strictEqual(fixAll('وقد ساهم البرنامج في\nتك ريس ثقافة الحو ار بين الشباب' + SIGN).text.split('\n')[1], 'تكريس ثقافة الحوار بين الشباب 2014');
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
