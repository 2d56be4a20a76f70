import { ruleTester } from '../../testing/ruleTester';
import { toPresentationForms as pf } from '../text/charclass';
import { presentationForm } from './presentation-form';

const ZWNJ = '\u200C';

ruleTester(presentationForm, {
  valid: [
    'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين',
    '',
    { text: 'من می' + ZWNJ + 'خواهم کتاب' + ZWNJ + 'ها را بخوانم', name: 'Persian with ZWNJ, base letters' },
    { text: '\uFD3Eبسم الله\uFD3F', name: 'ornate parentheses have no decomposition' },
    { text: '\uFDFD', name: 'bismillah ligature has no decomposition' },
    { text: 'قال النبي \uFDFA', options: { wordLigatures: false }, name: 'word ligatures allowed by option' },
    { text: '\uFEFFأعلنت الحكومة', name: 'BOM at the start is not a presentation form' },
    'Price: 1,000 USD, see https://example.com/a?b=1',
    'مُحَمَّدٌ رَسُولُ اللَّهِ',
  ],
  invalid: [
    { text: pf('الحكومة'), flagged: [pf('الحكومة')], output: 'الحكومة', name: 'one word' },
    {
      text: pf('أعلنت الحكومة خطة'),
      flagged: [pf('أعلنت'), pf('الحكومة'), pf('خطة')],
      output: 'أعلنت الحكومة خطة',
      name: 'one finding per word',
    },
    {
      text: pf('لا يجوز استغلال الإنجاز'),
      count: 4,
      output: 'لا يجوز استغلال الإنجاز',
      name: 'lam-alef ligatures become lam then alef in a logical-order line',
    },
    {
      text: pf('لا يجوز استغلال الأراضي', true),
      count: 4,
      output: 'يضارألا لالغتسا زوجي ال',
      name: 'visual-order line: lam-alef expanded in visual order (reversing the line later gives لا)',
    },
    {
      text: pf('استغلال الأراضي') + '\n' + pf('استغلال الأراضي', true),
      count: 4,
      output: 'استغلال الأراضي\nيضارألا لالغتسا',
      name: 'orientation is decided per line',
    },
    {
      text: '\uFE8D' + 'لمطا' + '\uFEAD',
      flagged: ['\uFE8D' + 'لمطا' + '\uFEAD'],
      output: 'المطار',
      name: 'a word mixing letters and presentation forms: one finding, only the forms change',
    },
    {
      text: pf('الر') + '\u0651' + pf('واية'),
      count: 1,
      output: 'الرّواية',
      name: 'a base mark inside the word is kept',
    },
    { text: 'كتاب\uFE70 جديد', flagged: ['كتاب\uFE70'], output: 'كتاب\u064B جديد', name: 'spacing fathatan form after a letter: no space' },
    { text: 'ب\uFC60', output: 'ب\u064E\u0651', name: 'shadda-fatha ligature after a letter' },
    { text: 'الفتحة (\uFE76)', output: 'الفتحة ( \u064E)', name: 'standalone spacing mark form keeps NFKC space' },
    { text: 'ب\uFE77', output: 'ب\u0640\u064E', name: 'tatweel-with-fatha form keeps the tatweel (NFKC)' },
    { text: 'قال \uFDFA', flagged: ['\uFDFA'], output: 'قال صلى الله عليه وسلم', name: 'word ligature expanded' },
    { text: 'بسم \uFDF2', output: 'بسم الله' },
    { text: pf('في') + '\r\n' + pf('المدينة'), count: 2, output: 'في\r\nالمدينة', name: 'CRLF' },
    { text: '😀 ' + pf('مدينة') + ' 😀', count: 1, output: '😀 مدينة 😀', name: 'surrogate pairs around' },
    { text: pf('حجز') + '\u202C', flagged: [pf('حجز')], output: 'حجز\u202C', name: 'bidi control is not part of the word' },
    { text: pf('مدينة'), message: /Presentation forms in “مدينة” \(U\+FEE3, U\+FEAA, …\)/ },
    { text: pf('مدينة'), locale: 'ar', message: /أشكال عرض في «مدينة»/ },
  ],
});
