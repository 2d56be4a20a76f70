import { ruleTester } from '../../testing/ruleTester';
import { tatweel, tatweelDash } from './tatweel';

const T = '\u0640';

ruleTester(tatweel, {
  valid: [
    'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين',
    '',
    'توفي سنة 1437' + 'ه' + T + ' في مكة',
    'توفي سنة 1437 ' + 'ه' + T + ' في مكة',
    'ولد عام ١٤٠٢ ' + 'ه' + T + '/1982م',
    'قال ب' + T + '«الخطة الجديدة» إنها ناجحة',
    'ما يعرف ال' + T + '«بيت» الكبير',
    'فاز ب' + T + ' 25 صوتا',
    'فاز ب' + T + '20 صوتا',
    'صرّح ل' + T + ' CNN أمس',
    'ل' + T + '"وات" قال',
    'وصفها ب' + T + ': الكارثة',
    'الاحتفال ال' + T + '12 للمهرجان',
    'وب' + T + '(الأرقام) أيضا',
    { text: 'كتب ' + 'ص' + T + ' في الهامش', options: { allow: ['ص' + T] }, name: 'allow-list' },
    'English only text with no Arabic',
    'شرطة ' + T + ' منفردة',
    { text: 'يا للهول! قالها بصوت عال', name: 'an exclamation mark after a word' },
    { text: 'بلغت النسبة 30% من السكان، وارتفع!', name: 'percent after a number' },
    { text: 'تمو!!يل', options: { kashidaGlyphs: false }, name: 'kashida glyphs can be turned off' },
    { text: 'لانتصار العيساوي ب' + T + T + '"القاذورات" و ل' + T + T + T + '40 طنا', name: 'a clitic drawn out with several tatweel before a quote or a number' },
    { text: 'دور الثقافة ب' + T + 'أكودة، وانتقل ل' + T + 'غوارديولا', name: 'a clitic set off before a name, in clean text' },
    { text: 'وتقدر القيمة ب' + T + ' \u202A 25\u202C مليون', name: 'ب\u0640 before a number in an LRE embedding (pdftotext)' },
    { text: 'في الذكرى \uFE8D\uFEDF' + T + '\u202A 12\u202C لتأسيسها', name: 'ال\u0640 in presentation forms before an embedded number' },
    { text: 'قدرت النسبة ب' + T + ' \u202A \u202Cبالمائة', name: 'ب\u0640 before an empty embedding (the number was dropped)' },
    { text: 'ةئاملاب 0،6' + T + T + T + 'ب ردقملا', name: 'visual order: \u0640ب after its number' },
    { text: 'مسافة تقدر ب' + T + ' مليار سنة ضوئية', name: 'ب\u0640 before a number in words' },
    { text: 'وتقدر الكلفة ب' + T + ' ثلاثة ملايين دينار', name: 'ب\u0640 before a cardinal in words' },
    { text: 'بطاقة معالجة تقدر ب' + T + ' أكثر من 12 ألف طن', name: 'ب\u0640 before an approximator and its number' },
    { text: 'وفي تصريح ل' + T + ' و"ات"، أكد المدير', name: 'ل\u0640 before a word holding a quote (the agency\'s abbreviation)' },
    { text: 'و10 ' + T + 'ب ضرقلل', name: 'visual order: \u0640ب after its number and a space' },
  ],
  invalid: [
    { text: 'الجم' + T + T + T + 'اعة', flagged: ['الجم' + T + T + T + 'اعة'], output: 'الجماعة' },
    { text: 'ق' + T + 'ال الوزير', flagged: ['ق' + T + 'ال'], output: 'قال الوزير' },
    { text: 'تنظي' + T + 'م الم' + T + 'ؤتمر', flagged: ['تنظي' + T + 'م', 'الم' + T + 'ؤتمر'], output: 'تنظيم المؤتمر' },
    { text: 'ك' + T + 'ت' + T + T + 'اب', count: 1, output: 'كتاب', name: 'one finding per word, several runs' },
    { text: 'قال' + T + ' الرئيس', flagged: ['قال' + T], output: 'قال الرئيس', name: 'at the word end' },
    { text: T + 'قال', flagged: [T + 'قال'], output: 'قال', name: 'at the word start' },
    { text: 'ب' + T + ' الحكومة', flagged: ['ب' + T], name: 'clitic before an Arabic word is not detached use' },
    { text: 'ب' + T + ' أكثر الناس حظا', flagged: ['ب' + T], name: 'an approximator with no number after it is an Arabic word' },
    { text: 'ل' + T + ' ما قاله الوزير', flagged: ['ل' + T], name: 'ما with no number after it' },
    { text: 'كتب ' + T + 'ب الحكومة', flagged: [T + 'ب'], name: 'a tatweel before a clitic with no number before it' },
    { text: 'المعروضة لل' + T + 'بيع وقيمة ال' + T + T + 'قرض', count: 2, name: 'a clitic stretched before a word of the lexicon' },
    { text: 'كل' + T + 'مة و' + T + 'ردة', count: 2, name: 'a word that reads whole, stretched after clitic-like letters' },
    {
      text: 'ب' + T + 'أكودة في \u202A2014\u202C',
      flagged: ['ب' + T + 'أكودة'],
      name: 'a clitic set off by tatweel in an extracted document (PDF signs): justification, flagged',
    },
    { text: 'سنة ه' + T + ' جديدة', flagged: ['ه' + T], name: 'Hijri abbreviation without a year' },
    { text: 'مُحَمّ' + T + 'َد', count: 1, output: 'مُحَمّ' + 'َد', name: 'with diacritics' },
    { text: 'الجم' + T + 'اعة\r\nق' + T + 'ال', flagged: ['الجم' + T + 'اعة', 'ق' + T + 'ال'], output: 'الجماعة\r\nقال', name: 'CRLF' },
    { text: '😀 الجم' + T + 'اعة 😀', count: 1, output: '😀 الجماعة 😀', name: 'surrogate pairs around' },
    { text: '\uFE8D\uFEDF\uFEE0' + T + '\uFE8E', count: 1, output: '\uFE8D\uFEDF\uFEE0\uFE8E', name: 'presentation forms' },
    { text: 'الجم' + T + 'اعة', locale: 'ar', message: /تطويل زائد في «الجماعة»/ },
    { text: 'تمو!!يل المشروع', flagged: ['!!'], output: 'تمويل المشروع', message: /Kashida glyph inside “تمويل”/, name: 'kashida glyph !! inside a word' },
    { text: 'الحكو\u202A%%\u202Cمة', flagged: ['\u202A%%\u202C'], output: 'الحكو\u202A\u202Cمة', name: 'kashida glyph %% in an LTR embedding: only the glyphs go' },
    { text: 'الجم\uFFFD\uFFFDاعة', count: 1, output: 'الجماعة', name: 'kashida glyph U+FFFD' },
    { text: 'الجم' + T + 'اعة', message: /Stray tatweel in “الجماعة”/ },
  ],
});

ruleTester(tatweelDash, {
  // rule 'tatweel-dash'
  valid: ['الجم' + T + 'اعة', '1437ه' + T, 'كلمة - كلمة'],
  invalid: [
    { text: 'الحكومة ' + T + ' القرار', flagged: [T], output: 'الحكومة \u2013 القرار' },
    { text: T + T + T + ' بداية', flagged: [T + T + T] },
  ],
});
