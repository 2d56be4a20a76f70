import * as assert from 'assert';
import * as fc from 'fast-check';
import { findingsOf, ruleTester } from '../../../testing/ruleTester';
import { fixAll } from '../../engine';
import { presentationForms } from '../../../testing/pdfDamage';
import { splitWord } from './index';

/** A PDF route's sign on the line (an LRE…PDF embedding, as pdftotext writes numbers): the line was extracted. */
const SIGN = ' \u202A2014\u202C';

ruleTester(splitWord, {
  valid: [
    { text: 'التمويل من موازنة 1446\u0640 وأن التسجيل يبدأ', name: 'Hijri abbreviation with tatweel before a word is not joined' },
    { text: 'التمويل من موازنة 1446ه\u0640 وأن التسجيل يبدأ', name: 'Hijri abbreviation (letter + tatweel) before a word is not joined' },
    { text: '\u0640\u0640 كلمة أخيرة', name: 'a tatweel dash is not a piece of a word' },
    'أعلنت الحكومة عن خطة جديدة لتمويل المشاريع الصغيرة في المناطق الداخلية.',
    { text: 'لم يحضر الاجتماع إلا الوزير، ألا ترى ذلك؟', name: 'إلا and ألا are words: the hamza test is for الإ/الأ only' },
    { text: 'وفي ما يتعلق بالتمويل، قال الوزير إن البرنامج يبدأ قريبا.', name: 'two words that are also one word (في ما / فيما) stay apart' },
    { text: 'استقبل الرئيس عبد الله بن علي وفد آل سعود في قصر قرطاج.', name: 'names with particles' },
    { text: 'بلغت قيمة الصفقة 175 م د، أي ما يعادل 60 مليون دولار.', name: 'single-letter abbreviations (million dinars)' },
    { text: 'و قال المدرب إن الفريق جاهز و مستعد للمباراة.', name: 'و written apart on purpose' },
    { text: 'وذلك في 1446ه\u0640 وأن التسجيل يبدأ، وسنة 1437 ه وأن الموعد قريب', name: 'the Hijri abbreviation' },
    { text: 'استعملت الشركة تطبيق فيس بوك لنشر الإعلان.', name: 'a two-word spelling of a name' },
    { text: 'ترجمة تتضمن تفسيرا صارما للنص', name: 'no split' },
    { text: 'وقالت الشركة إنها ستواصل دعمه\nا لتكون قادرة على المنافسة', name: 'an alef opening a line is the tail of the word cut at the break (دعمها) when the two make a word: cut-word\'s' },
    { text: 'ويهدف البرنامج إلى تمو يل المشاريع الصغيرة.', name: 'one split in a document with no PDF sign: a name or a typo, quiet' },
    { text: 'هواتف مثل غالاكسي وإل جي وإتش تي سي ومنفذ يو إس بي وتقرير إف بي آي وتصنيف كيو أس' + SIGN, name: 'Arabic spellings of Latin acronyms' },
    { text: 'تعود ل800 سنة ويبعد عن الأرض ب30 بالمائة ومرت ب9 مراحل وولدت في ال\u0640 18 من نوفمبر' + SIGN, name: 'a proclitic or ال\u0640 before a number' },
    { text: 'بقيمة 370 م د في الموسم وحجز 20 كغ من اللحوم و320 كغ من التفاح' + SIGN, name: 'units and chains of abbreviations after a number' },
    { text: 'إذ نالها في أربع مناسبات والتي تضم الرؤساء' + SIGN, name: 'function words that are also letter names (في، ال) make no acronym' },
    { text: 'نجح شاب تونسي \u064Fيدعى رامي في الفوز بالجائزة.' + SIGN, name: 'a mark before the first letter of a word after a word: the two make no word, the mark is the second word\'s (diacritic moves it)' },
    '',
  ],
  invalid: [
    {
      text: 'وتحدث الوزير عن المدن ا لكبيرة وعن هيئة الحقيقة وا لكرامة في مؤتمر "ا لكتاب" السنوي.',
      flagged: ['ا لكبيرة', 'وا لكرامة', 'ا لكتاب'],
      output: 'وتحدث الوزير عن المدن الكبيرة وعن هيئة الحقيقة والكرامة في مؤتمر "الكتاب" السنوي.',
      name: 'the article\'s alef set apart from its lam (PDFium on Chromium\'s PDFs): joined in a draft with no other sign, not glued to the word before',
    },
    {
      text: 'كان الأمر جد ا لكن أحدا لم يعلق',
      flagged: ['جد ا'],
      output: 'كان الأمر جدا لكن أحدا لم يعلق',
      name: 'an alef that ends the word before (جدا, news writes it) is no article: the segmentation joins it to that word (the alef before a lam is a PDF sign since main\'s text/damage.ts)',
    },
    {
      text: 'قال إن الحب الذي يجمعهم ا لا يزال قائما بينهما',
      flagged: ['يجمعهم ا'],
      output: 'قال إن الحب الذي يجمعهما لا يزال قائما بينهما',
      name: 'an alef before لا is no article (يجمعهما split): the lam needs two letters after it; the segmentation joins it to the word before',
    },
    {
      text: 'وقال المد ير إن ا لمي اه في ا لسف ر كانت قليلة.',
      flagged: ['المد ير', 'ا لمي اه', 'ا لسف ر'],
      output: 'وقال المدير إن المياه في السفر كانت قليلة.',
      name: 'a join of the segmentation that opens with the article\'s alef and goes on past the lam\'s piece (ا لسف ر, a draft split densely) is the longer reading: the alef join gives way to it',
    },
    { text: 'وتق ول أوساط مطلعة إن الاجتماع تأجل.' + SIGN, flagged: ['وتق ول'], output: 'وتقول أوساط مطلعة إن الاجتماع تأجل.' + SIGN, name: 'a tie between two joins (وتق ول / ول أوساط): the word news writes far more often' },
    { text: 'ويهدف البرنامج إلى تمو يل المشاريع الصغيرة.' + SIGN, flagged: ['تمو يل'], output: 'ويهدف البرنامج إلى تمويل المشاريع الصغيرة.' + SIGN },
    { text: 'فاز الفريق في الدور ال أول من البطولة.' + SIGN, flagged: ['ال أول'], output: 'فاز الفريق في الدور الأول من البطولة.' + SIGN },
    { text: 'وقال الوزير ف إن ه لن يتراجع.' + SIGN, flagged: ['ف إن ه'], output: 'وقال الوزير فإنه لن يتراجع.' + SIGN, name: 'three pieces' },
    { text: 'وتوفيت سنة 1997 ع ن عمر ناهز 90 عاما.' + SIGN, flagged: ['ع ن'], output: 'وتوفيت سنة 1997 عن عمر ناهز 90 عاما.' + SIGN, name: 'a lone letter after a number that spells a function word with the next one (عن) is no abbreviation' },
    { text: 'وكان الفريق حاضرا دائم \u064Bا في المباريات.' + SIGN, output: 'وكان الفريق حاضرا دائم\u064Bا في المباريات.' + SIGN, name: 'a piece that starts with a haraka' },
    { text: 'وهي من المسائل المهم ة في هذا الملف.' + SIGN, output: 'وهي من المسائل المهمة في هذا الملف.' + SIGN, name: 'a real word plus a fragment (ة)' },
    { text: 'وهذا ما أكدته الحكو مة في بيانها.' + SIGN, flagged: ['الحكو مة'], message: /الحكومة/ },
    { text: 'ق د أعلنت الوزارة ذلك.' + SIGN, output: 'قد أعلنت الوزارة ذلك.' + SIGN, name: 'two single letters that spell a function word' },
    { text: 'وارتفعت القيمة الإ جمالية للصادرات.' + SIGN, flagged: ['الإ جمالية'], output: 'وارتفعت القيمة الإجمالية للصادرات.' + SIGN, name: 'الإ with its hamza never stands alone (the lexicon folds it to الا)' },
    { text: 'وتحسنت المردودية بالأ داء الجديد.' + SIGN, output: 'وتحسنت المردودية بالأداء الجديد.' + SIGN, name: 'a clitic, the article and a hamza alef: a head cut off at the ligature' },
  ],
});

describe('split-word details', () => {
  it('offers one preferred fix whose title previews the joined word', () => {
    const [f] = findingsOf(splitWord, 'ويهدف البرنامج إلى تمو يل المشاريع.' + SIGN);
    assert.strictEqual(f.fixes.length, 1);
    assert.ok(f.fixes[0].preferred);
    assert.match(f.fixes[0].title, /تمويل/);
  });

  it('does not join across a kashida glyph written as %', () => {
    assert.deepStrictEqual(findingsOf(splitWord, 'وقالت الشركة أن\u202A%%\u202Cه س\u202A%%\u202Cيوقف الخدمة'), []);
  });

  it('joins rare short words into long ones only in a document full of splits', () => {
    const line = 'ولا يس تطيع أحد أن يتوقع النتيجة.';
    assert.deepStrictEqual(findingsOf(splitWord, line), []);
    const splits = 'ويهدف البرنامج إلى تمو يل المشاريع المهم ة والحكو مة تدعم ال أول والث اني.';
    const doc = `${splits}\n${splits}\n${line}`;
    const got = findingsOf(splitWord, doc).map((f) => doc.slice(f.start, f.end));
    assert.ok(got.includes('يس تطيع'), got.join(' | '));
  });

  it('a short draft with 4 certain joins, dense enough, is evidence for the rare-word pass (a page copied out of a PDF)', () => {
    const text = 'وقال الوزير إن الحكو مة ستعمل على تمو يل المشاريع المهم ة في ال أول من الشهر\nولا يس تطيع أحد أن يتوقع النتيجة.';
    const got = findingsOf(splitWord, text).map((f) => text.slice(f.start, f.end));
    assert.ok(got.includes('يس تطيع'), got.join(' | '));
    // (the same joins in a long text: 4 among 300-odd tokens are no such evidence)
    const long = text + '\n' + Array.from({ length: 24 }, () => 'ويعمل الفريق على إعداد التقرير السنوي قبل نهاية الشهر').join('\n');
    assert.ok(!findingsOf(splitWord, long).some((f) => long.slice(f.start, f.end) === 'يس تطيع'));
  });

  it('joins و written apart in a draft that leads eight times as many words with و (splits cut after it), not in one that writes it apart', () => {
    // (written for this test: each line one و split off, eight words led by و)
    const split = 'وقال ال وزير إن الحكو مة وأكدت ووافقت وتعهدت وقررت وأعلنت وأضافت ووعدت و قد بدأت ال أشغال';
    const text = Array.from({ length: 6 }, () => split).join('\n');
    assert.ok(fixAll(text, { only: ['split-word'] }).text.split('\n').every((l) => l.includes(' وقد بدأت')));
    const apart = 'قال ال وزير إن الحكو مة أكدت و قررت و أعلنت و أضافت و قد بدأت ال أشغال';
    const text2 = Array.from({ length: 6 }, () => apart).join('\n');
    assert.ok(fixAll(text2, { only: ['split-word'] }).text.split('\n').every((l) => l.includes(' و قد بدأت')));
  });

  it('does not join two words that read as one only through a pronoun suffix, even in a document full of splits', () => {
    // clean lines of the PDF routes (scripts/routes): أمور أهم is not أمورًا + هم, بد أنك not بدأن + ك
    const splits = 'ويهدف البرنامج إلى تمو يل المشاريع المهم ة والحكو مة تدعم ال أول والث اني.';
    const lines = ['وقال إن هناك أمور أهم من الخلاف.', 'فلا بد أنك تعرف الجواب.'];
    const doc = `${splits}\n${splits}\n${lines.join('\n')}`;
    const got = findingsOf(splitWord, doc).map((f) => doc.slice(f.start, f.end));
    assert.ok(got.includes('تمو يل'), got.join(' | '));
    assert.ok(!got.includes('أمور أهم') && !got.includes('بد أنك'), got.join(' | '));
    const fixed = fixAll(doc, { only: ['split-word'] }).text.split('\n');
    assert.deepStrictEqual(fixed.slice(2), lines);
  });

  it('splits are joined in a document without signs when there are several (justified text)', () => {
    const doc = 'ويهدف البرنامج إلى تمو يل المشاريع المهم ة والحكو مة تدعم ال أول.';
    assert.deepStrictEqual(
      findingsOf(splitWord, doc).map((f) => doc.slice(f.start, f.end)),
      ['تمو يل', 'المهم ة', 'والحكو مة', 'ال أول'],
    );
  });

  it('on a line of shaped glyphs, keeps a lone proclitic apart from the word after it but joins a torn-off first letter', () => {
    // each piece shaped on its own, as a PDF writer shapes two runs: ﺏ then ﻣﻠﻴﺎﺭ / ﺭﻳﻄﺎﻧﻴﺎ
    const gap = presentationForms('وبلغت كلفة المشروع ب مليار دينار حسب الوزارة.');
    assert.deepStrictEqual(findingsOf(splitWord, gap), [], 'ب before a word of its own, where a number went');
    const torn = presentationForms('وقالت الحكومة إن ب ريطانيا وافقت على الاتفاق.');
    const got = findingsOf(splitWord, torn).map((f) => torn.slice(f.start, f.end));
    assert.strictEqual(got.length, 1, got.join(' | '));
    assert.strictEqual(got[0].split(' ').length, 2);
  });

  describe('in a draft full of splits (a quarter of its words, as the densest extractions)', () => {
    // (sentences written for this test; every line split as a justified PDF read by pdftotext splits them)
    const dense = ['قا ل ال وزير إن ال حكومة ستع مل عل ى تح سين الوض ع في ال بلاد', 'وأك د المس ؤول أن الم شروع سيش مل كل ال مدارس الري فية', 'وت حدث ال خبراء ع ن ض رورة ال إصلاح ف ي ال قطاع'];
    const lintDense = (line: string) => {
      const text = [...dense, line].join('\n');
      return fixAll(text, { only: ['split-word'] }).text.split('\n')[dense.length];
    };

    it('joins pieces that are words themselves when news writes the joined word far more often (الف يلم → الفيلم)', () => {
      assert.strictEqual(lintDense('وعرض الف يلم في قاعات السين ما الكبرى'), 'وعرض الفيلم في قاعات السينما الكبرى');
    });

    it('puts a moved boundary where the words are common (عاش ا لجمهور → عاش الجمهور)', () => {
      assert.strictEqual(lintDense('وقد عاش ا لجمهور لحظات جميلة'), 'وقد عاش الجمهور لحظات جميلة');
    });

    it('leaves a rare short word beside a function word (ف ي نقل → في نقل, not فينقل)', () => {
      assert.strictEqual(lintDense('ولا تكمن الصعوبة ف ي نقل العبارات'), 'ولا تكمن الصعوبة في نقل العبارات');
    });

    it('keeps two rare words apart when news never writes them joined', () => {
      assert.strictEqual(lintDense('عندما يتلفظ أي شخص بهذه العبارة'), 'عندما يتلفظ أي شخص بهذه العبارة');
    });

    it('segments a line whose every piece stands alone too (بين هم on a line with no fragment)', () => {
      assert.strictEqual(lintDense('وكان من بين هم أطباء كثيرون'), 'وكان من بينهم أطباء كثيرون');
    });

    it('joins a function word and a pronoun when news writes the joined word more often than the two apart (بين هم → بينهم)', () => {
      assert.strictEqual(lintDense('وكان من بين هم ممث لون كثي رون'), 'وكان من بينهم ممثلون كثيرون');
    });

    it('keeps two function words apart when news writes them apart more often than joined (كل ما)', () => {
      assert.strictEqual(lintDense('وقال إن كل ما يجري غريب'), 'وقال إن كل ما يجري غريب');
    });

    it('joins a name the lexicon does not know from short pieces that are no words (قرط اج → قرطاج, جو بز → جوبز)', () => {
      assert.strictEqual(lintDense('وافتتح مهرجان قرط اج بعرض عن ستيف جو بز'), 'وافتتح مهرجان قرطاج بعرض عن ستيف جوبز');
    });

    it('never gives a lone letter to a long name the lexicon does not know (قاي د السبسي → قايد السبسي)', () => {
      assert.strictEqual(lintDense('واستقبل الباجي قاي د السبسي الوفد'), 'واستقبل الباجي قايد السبسي الوفد');
    });

    it('joins two letters that spell a word news writes often (ب ن → بن), not a rare one (م د)', () => {
      assert.strictEqual(lintDense('وقال محمد ب ن علي إن ال مدة طويلة'), 'وقال محمد بن علي إن المدة طويلة');
      assert.strictEqual(lintDense('وبلغت القيمة في الس نة مليارا م د'), 'وبلغت القيمة في السنة مليارا م د');
    });

    it('takes a letter after a number for the head of a number word news writes often (5 م ليون → مليون), not a unit (175 م د)', () => {
      assert.strictEqual(lintDense('وبلغت الكلفة 5 م ليون دينار و 175 م د في الع ام'), 'وبلغت الكلفة 5 مليون دينار و 175 م د في العام');
    });

    it('the same lines in a draft with few splits keep the cautious segmentation (no word-word joins)', () => {
      // (4 splits among 300-odd tokens: the clean lines written for this test)
      const clean = Array.from({ length: 24 }, () => 'ويعمل الفريق على إعداد التقرير السنوي قبل نهاية الشهر').join('\n');
      const text = 'وقال الوزير إن الحكو مة ستعمل على تمو يل المشاريع في ال أول من الشهر' + SIGN + '\nوعرض الف يلم في القاعات الكبرى من بين هم مهرجان قرط اج\n' + clean;
      assert.strictEqual(fixAll(text, { only: ['split-word'] }).text.split('\n')[1], 'وعرض الف يلم في القاعات الكبرى من بين هم مهرجان قرط اج');
    });

    it('reads a word given the word before it: a lone letter between two words goes where the pair reads (من ك في → منك في, not من كفي)', () => {
      assert.strictEqual(lintDense('وقال إنه لا يطلب من ك في هذا الوقت شيئا'), 'وقال إنه لا يطلب منك في هذا الوقت شيئا');
    });

    it('joins a fragment into a name news writes again and again although the lexicon does not know it (أتلتي كو → أتلتيكو)', () => {
      assert.strictEqual(lintDense('وفاز فريق أتلتي كو على منافسه'), 'وفاز فريق أتلتيكو على منافسه');
    });
  });

  it('a one-letter piece at a line edge that completes the word cut at the break is cut-word\'s: the join is offered, not applied (issue 10)', () => {
    // PDFium's pieces of a LibreOffice line, nearly every line break inside a word (sentences written for this test)
    const lines = ['ويرى الخبراء ان ت', 'ونس قادرة على مض', 'اعفة صادراتها من ال', 'تمور والزيت خلال الس', 'نوات الق', 'ادمة، ويؤكدون ان ت', 'ونس تملك ما يكفي من ال', 'خبرات لكسب أس', 'واق جديدة.'];
    const text = lines.join('\n');
    const out = fixAll(text).text;
    // (both applied, split-word's `ان ت` and cut-word's `ت` ⏎ `ونس`, glued three pieces: انتونس)
    assert.ok(!out.includes('انتونس'), out);
    assert.ok(out.startsWith('ويرى الخبراء ان تونس قادرة على مضاعفة صادراتها'), out);
    const offered = findingsOf(splitWord, text).filter((f) => text.slice(f.start, f.end) === 'ان ت');
    assert.ok(offered.length > 0 && offered.every((f) => !f.fixes[0].preferred));
  });

  it('a draft whose line breaks are mostly at word ends keeps its edge joins (a justified extraction\'s splits)', () => {
    // (written for this test: a line opens with a split word whose first letter also makes a word with the line before,
    // قال ⏎ ب يت; the other breaks fall between words)
    const lines = ['وأوضح المدير أن الشركة ستوفر تمو يل المشار يع الص غيرة في الجهات الداخلية وقال', 'ب يت الشباب القديم سيصبح مقرا لها بعد ترميمه من قبل المقاو لين المحل يين', 'وأضاف أن الأشغال ستنطلق خلال الشهر القادم بمشاركة عدد من المؤس سات', 'التي فازت بالصفقة العموم ية الأخيرة.'];
    const text = lines.join('\n');
    const joins = findingsOf(splitWord, text).filter((f) => text.slice(f.start, f.end) === 'ب يت');
    assert.strictEqual(joins.length, 1);
    assert.strictEqual(joins[0].fixes[0].preferred, true);
  });

  it('a torn half of a line whose runs came out reversed is no piece of its neighbours, nor their context', () => {
    // (sentences written for this test) the middle line's runs reversed, the word مختلف torn at the cut: تلف opens the
    // line, مخ ends it; ا لجامعات, split by a justification gap, lies beside the torn tail. Read with the tail as a piece
    // of its neighbours, ا لجامعات was left split on a line fix-all puts back in order.
    const lines = [
      'وأشار التقرير إلى ارتفاع أسعار المواد الغذائية خلال الأشهر الثلاثة الأخيرة في كل الو لايات' + SIGN,
      'تلف ا لجامعات وشارك في الندوة عدد كبير من الباحثين والأساتذة القادمين من مخ',
      'وقررت اللجنة المنظمة تأجيل المهر جان إلى موعد لاحق بسبب الظروف المناخية الصعبة' + SIGN,
      'وتسعى الجمعية إلى تو فير الكتب المدرسية لفائدة التلاميذ من العائلات المعوزة' + SIGN,
    ];
    const text = lines.join('\n');
    const got = findingsOf(splitWord, text).map((f) => text.slice(f.start, f.end));
    assert.ok(got.includes('ا لجامعات'), JSON.stringify(got));
    assert.ok(got.every((g) => !g.startsWith('تلف ') && !g.endsWith(' مخ')), JSON.stringify(got));
    assert.strictEqual(fixAll(text).text.split('\n')[1], 'وشارك في الندوة عدد كبير من الباحثين والأساتذة القادمين من مختلف الجامعات');
  });

  it('is idempotent under fix-all', () => {
    const once = fixAll('إلى تمو يل المشاريع في الدور ال أول' + SIGN, { only: ['split-word'] }).text;
    assert.strictEqual(fixAll(once, { only: ['split-word'] }).text, once);
  });

  // (how the time grows with the length: `npm run bench`, scripts/bench-linear.mjs)
  it('a 10,000-word line: no failure, each finding a torn pair, idempotent fix-all', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => ['تمو', 'يل', 'في', 'ال', 'أول'][i % 5]).join(' ');
    const got = findingsOf(splitWord, long);
    assert.ok(got.length > 0);
    for (const f of got) assert.ok(['تمو يل', 'ال أول'].includes(long.slice(f.start, f.end)), `[${f.start}, ${f.end}): ${long.slice(f.start, f.end)}`);
    const once = fixAll(long, { only: ['split-word'] }).text;
    assert.strictEqual(fixAll(once, { only: ['split-word'] }).text, once);
  });

  const WORDS = ['الحكومة', 'أعلنت', 'وزير', 'المالية', 'عن', 'في', 'خطة', 'جديدة', 'لدعم', 'الاستثمار', 'المناطق', 'الداخلية', 'مليون', 'دينار', 'سنة', 'وقال', 'إن', 'المشروع', 'سيبدأ', 'قريبا', 'لا', 'التي', 'الذي', 'على', 'إلى', 'مع', 'من', 'تمويل', 'المشاريع', 'هذا', 'هذه'];
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 16 }).map((ws) => ws.join(' '));

  it('never fires on a clean line made of words (property)', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), (ls) => {
        assert.deepStrictEqual(findingsOf(splitWord, ls.join('\n')).map((f) => ls.join('\n').slice(f.start, f.end)), []);
      }),
    );
  });

  it('a repair only removes spaces (property)', () => {
    fc.assert(
      fc.property(sentence, fc.nat(), fc.nat(), (s, a, b) => {
        // split one word of a clean sentence at a random place
        const ws = s.split(' ');
        const w = ws[a % ws.length];
        if (w.length < 3) return;
        const cut = 1 + (b % (w.length - 1));
        ws[a % ws.length] = `${w.slice(0, cut)} ${w.slice(cut)}`;
        const text = ws.join(' ');
        for (const f of findingsOf(splitWord, text)) {
          for (const e of f.fixes[0].edits) {
            assert.strictEqual(e.newText, '');
            assert.match(text.slice(e.start, e.end), /^ +$/);
          }
        }
      }),
    );
  });
});
