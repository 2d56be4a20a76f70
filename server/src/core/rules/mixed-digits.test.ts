import { ruleTester } from '../../testing/ruleTester';
import { mixedDigits } from './mixed-digits';

ruleTester(mixedDigits, {
  valid: [
    '',
    'في عام 2016 زار الوفد 25 دولة',
    'في عام ٢٠١٦ زار الوفد ٢٥ دولة',
    'سال ۱۳۹۵ و ۱۳۹۶ در این کتاب',
    'بلغ العدد 1,250,000 نسمة بنسبة 3.5 بالمئة يوم 2017/03/24 على الساعة 10:30',
    {
      text: 'في عام ٢٠١٦ انتشر COVID-19 وبيع iPhone 7 وWindows 10 وحجم 10 GB والماء H2O وورق A4',
      name: 'Western digits inside or next to Latin words',
    },
    {
      text: 'في عام ٢٠١٦ نشر الموقع https://example.com/news/2016/05 وراسلوا user2016@example.com أو www.site2.com',
      name: 'URLs and e-mail addresses',
    },
    { text: 'المصفوفة ٣ عناصر: x=3 و[1] و{2}', name: 'code-like chunks' },
    { text: 'في عام ٢٠١٦ و٢٠١٧ قال الشاعر:\nاین کتاب در سال ۱۳۹۵ چاپ شد', name: 'Persian digits in a Persian line inside an Arabic-Indic document' },
    { text: 'في عام 2016 زار 25 دولة', options: { system: 'western' } },
    { text: 'في عام ٢٠١٦', options: { system: 'arabic-indic' } },
    'رقم واحد فقط: ٧',
  ],
  invalid: [
    { text: 'في عام 2016 زار 25 دولة و٣ مدن', flagged: ['٣'], output: 'في عام 2016 زار 25 دولة و3 مدن', name: 'Arabic-Indic minority' },
    { text: 'عام ٢٠١٦ و٢٠١٧ ثم 2018', flagged: ['2018'], output: 'عام ٢٠١٦ و٢٠١٧ ثم ٢٠١٨', name: 'Western minority' },
    { text: 'عام ٢٠١٦ و٢٠١٧ ثم 1,250.5 دينار', flagged: ['1,250.5'], output: 'عام ٢٠١٦ و٢٠١٧ ثم ١,٢٥٠.٥ دينار', name: 'separators kept, digits converted' },
    { text: 'عام 2016 و2017 ثم 2٠18', flagged: ['2٠18'], output: 'عام 2016 و2017 ثم 2018', name: 'digits mixed inside one number' },
    { text: 'عام 2016 ثم عام ٢٠١٧', flagged: ['٢٠١٧'], output: 'عام 2016 ثم عام 2017', name: 'tie: the first number decides' },
    { text: 'عام ٢٠١٦ و٢٠١٧ و۲۰۱۸', flagged: ['۲۰۱۸'], output: 'عام ٢٠١٦ و٢٠١٧ و٢٠١٨', name: 'Persian digits in Arabic text' },
    {
      text: 'این کتاب در سال ۱۳۹۵ و ۱۳۹۶ و ١٣٩٧ چاپ شد',
      flagged: ['١٣٩٧'],
      output: 'این کتاب در سال ۱۳۹۵ و ۱۳۹۶ و ۱۳۹۷ چاپ شد',
      name: 'Arabic-Indic digits in a Persian document',
    },
    {
      text: 'بلغ عدد الزوار 1,250 شخصا في 3 أيام',
      options: { system: 'arabic-indic' },
      flagged: ['1,250', '3'],
      output: 'بلغ عدد الزوار ١,٢٥٠ شخصا في ٣ أيام',
      name: 'configured system flags a uniform document',
    },
    { text: 'عام ٢٠١٦ و2017', options: { system: 'persian' }, count: 2, output: 'عام ۲۰۱۶ و۲۰۱۷' },
    { text: 'عام ۲۰۱۸ في الكتاب', options: { system: 'arabic-indic' }, flagged: ['۲۰۱۸'], name: 'configured system, a draft of one other system (Persian)' },
    { text: 'صفحة 12 من الكتاب', options: { system: 'persian' }, flagged: ['12'], name: 'configured Persian, a draft of Western digits only' },
    { text: 'عام 2016\r\nو2017 و٣', flagged: ['٣'], output: 'عام 2016\r\nو2017 و3', name: 'CRLF' },
    { text: 'عام 2016 و2017 و٣', message: /“٣” is written in Arabic-Indic digits \(٠–٩\), while this document mostly uses Western digits \(0–9\)/ },
    { text: 'عام 2016 و2017 و٣', locale: 'ar', message: /أرقام مختلطة: «٣» مكتوب بالأرقام العربية المشرقية/ },
    { text: 'عام 2016', options: { system: 'arabic-indic' }, message: /configured system is Arabic-Indic digits/ },
  ],
});
