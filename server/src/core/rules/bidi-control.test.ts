import { ruleTester } from '../../testing/ruleTester';
import { bidiControl } from './bidi-control';

const LRM = '\u200E';
const RLM = '\u200F';
const ALM = '\u061C';
const LRE = '\u202A';
const RLE = '\u202B';
const PDF = '\u202C';
const RLO = '\u202E';
const RLI = '\u2067';
const PDI = '\u2069';
const ZWSP = '\u200B';
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const BOM = '\uFEFF';

ruleTester(bidiControl, {
  valid: [
    'أعلنت الحكومة اليوم عن خطة جديدة',
    '',
    { text: BOM + 'أعلنت الحكومة', name: 'byte-order mark at offset 0' },
    { text: 'من می' + ZWNJ + 'خواهم این کتاب' + ZWNJ + 'ها را بخوانم', name: 'Persian ZWNJ inside words' },
    { text: 'وہ کتاب' + ZWNJ + 'یں لایا', name: 'Urdu ZWNJ between letters' },
    { text: 'نمی' + ZWNJ + 'دانم', name: 'ZWNJ after yeh' },
    { text: 'بِ' + ZWNJ + 'ت', name: 'ZWNJ after a letter with a haraka' },
    { text: 'الاختصار ه' + ZWJ + ' للهجري', name: 'ZWJ forcing a joining form on an abbreviation' },
    { text: 'عائلة 👨' + ZWJ + '👩' + ZWJ + '👧 سعيدة', name: 'ZWJ in an emoji sequence' },
    { text: 'Auf' + ZWNJ + 'lage', name: 'ZWNJ between Latin letters (ligature control)' },
    { text: 'قالت CNN' + RLM + ' اليوم', options: { keepMarks: true }, name: 'keepMarks keeps RLM next to Latin' },
    { text: 'العدد 2017' + LRM + ALM + ' هنا', options: { keepMarks: true }, name: 'keepMarks keeps LRM and ALM' },
    'بلغ العدد 1,000,000 نسمة حسب https://example.com/?q=1 و info@example.com',
  ],
  invalid: [
    {
      text: 'في ' + LRE + ' ' + PDF + ' دول',
      flagged: [LRE, PDF],
      output: 'في ' + LRE + ' ' + PDF + ' دول',
      name: 'an empty embedding (a dropped number) is flagged but left for missing-numeral: not in fix-all',
    },
    { text: 'في ' + LRE + '12' + PDF + ' دولة', flagged: [LRE, PDF], output: 'في 12 دولة', name: 'an embedding around digits is removed by fix-all' },
    { text: RLE + 'حجز طنا' + PDF, flagged: [RLE, PDF], output: 'حجز طنا', name: 'RLE … PDF around a line' },
    { text: 'حجز' + PDF + RLE + 'طنا', flagged: [PDF + RLE], output: 'حجزطنا', name: 'one finding per maximal run' },
    { text: RLE + 'قال' + PDF + '\n' + RLE + 'أضاف' + PDF, count: 4, output: 'قال\nأضاف' },
    { text: 'قالت CNN' + LRM + ' اليوم', flagged: [LRM], output: 'قالت CNN اليوم', name: 'LRM next to Latin is still stray' },
    { text: 'في ' + LRE + '2017' + PDF + ' أعلن', count: 2, output: 'في 2017 أعلن', name: 'embedding around digits' },
    { text: 'كلمة' + ALM + ' أخرى', flagged: [ALM], output: 'كلمة أخرى', name: 'ALM' },
    { text: RLI + 'نص معزول' + PDI, count: 2, output: 'نص معزول', name: 'isolates' },
    { text: RLO + 'سكع' + PDF, count: 2, output: 'سكع' },
    { text: 'كلمة' + ZWSP + 'أخرى', flagged: [ZWSP], output: 'كلمةأخرى', name: 'ZWSP' },
    { text: 'كلمة ' + BOM + 'أخرى', flagged: [BOM], output: 'كلمة أخرى', name: 'U+FEFF not at offset 0' },
    { text: BOM + RLE + 'نص', flagged: [RLE], output: BOM + 'نص', name: 'BOM kept, control after it flagged' },
    { text: 'می ' + ZWNJ + 'خواهم', flagged: [ZWNJ], output: 'می خواهم', name: 'ZWNJ next to a space' },
    { text: 'کتاب' + ZWNJ + '.', flagged: [ZWNJ], output: 'کتاب.', name: 'ZWNJ before punctuation' },
    { text: 'العدد' + ZWNJ + '25', flagged: [ZWNJ], name: 'ZWNJ before a digit' },
    { text: 'می' + ZWNJ + ZWNJ + 'خواهم', flagged: [ZWNJ + ZWNJ], output: 'می' + ZWNJ + 'خواهم', name: 'second ZWNJ in a gap' },
    { text: 'می' + ZWNJ + RLM + 'خواهم', flagged: [ZWNJ + RLM], output: 'می' + ZWNJ + 'خواهم', name: 'ZWNJ kept, RLM removed' },
    { text: 'كلمة ' + ZWJ + ' أخرى', flagged: [ZWJ], output: 'كلمة  أخرى', name: 'ZWJ between spaces' },
    { text: 'قالت CNN' + RLM + RLE + ' اليوم', flagged: [RLM + RLE], output: 'قالت CNN' + RLM + ' اليوم', options: { keepMarks: true }, name: 'keepMarks still flags embeddings' },
    { text: 'نص\u206Cنص', count: 1, output: 'نصنص', name: 'deprecated format character' },
    { text: '😀' + RLE + '😀', count: 1, output: '😀😀', name: 'between surrogate pairs' },
    { text: 'حجز' + RLE, message: /Stray invisible control RLE \(U\+202B, right-to-left embedding\)/ },
    { text: 'حجز' + PDF + RLE, message: /PDF \(U\+202C, pop directional formatting\), RLE/ },
    { text: 'حجز' + RLE, locale: 'ar', message: /محرف تحكم خفي زائد: RLE \(U\+202B، تضمين من اليمين إلى اليسار\)/ },
  ],
});
