import * as assert from 'assert';
import * as fc from 'fast-check';
import { fixAll, lintText } from '../../engine';
import { findingsOf, ruleTester, show } from '../../../testing/ruleTester';
import { toPresentationForms } from '../../text/charclass';
import { repairedView, toOriginalRange } from '../../view';
import { missingNumeral, PLACEHOLDER_PLAIN, PLACEHOLDER_SNIPPET, REVIEW_COMMAND, reviewKey } from '.';

// All sentences are written for these tests.
const LRE = '\u202A';
const LRI = '\u2066';
const PDI = '\u2069';
const PDF = '\u202C';
/** Marks where the number belongs in the invalid rows; removed before linting. */
const GAP = '\u2038';
/** A line in visual order, as mutool/pdfminer extract it: the code units reversed. */
const visual = (s: string) => [...s].reverse().join('');

ruleTester(missingNumeral, {
  valid: [
    '',
    'في عام واحد تغيّر كل شيء في القرية.',
    'منذ سنوات والناس ينتظرون افتتاح المستشفى.',
    'في الدول العربية تختلف قوانين الأحوال الشخصية.',
    'زار الوفد ثلاث دول في أسبوع واحد.',
    'زار الوفد ثلاث  دول في أسبوع واحد.',
    'شاركت عشرات الدول في القمة.',
    'شاركت عشرات  الدول في القمة.',
    'انخفضت الأسعار العام الماضي انخفاضا طفيفا.',
    'قضى في المهجر عاما ونصف ثم عاد.',
    'بعد عام ونصف من المفاوضات وُقّع الاتفاق.',
    'في حين رفض الطرف الآخر المقترح.',
    'بلغت الميزانية 1,250,000 دينار هذه السنة.',
    'بلغت الكلفة 1.5 مليون دينار.',
    'خُصّص نحو 2٬500 دولار لكل عائلة.',
    'وُقّع الاتفاق يوم ١٥ مارس ٢٠١٧ في العاصمة.',
    'وُقّع الاتفاق يوم الأربعاء ١٥ مارس ٢٠١٧.',
    'مارس الرياضة منذ صغره ثم احترفها.',
    'يوم الخميس مارس اللاعبون تمارينهم كالمعتاد.',
    'قال ماي إن الفريق جاهز للمباراة.',
    'ارتفع المؤشر بنسبة 25% مقارنة بالسنة الفارطة.',
    'ارتفع المؤشر بنسبة 25 % مقارنة بالسنة الفارطة.',
    'ارتفع المؤشر بنسبة ٣٠٪ هذا الشهر.',
    'ارتفع المؤشر بنسبة خمسين بالمائة.',
    'ارتفع المؤشر بنسبة كبيرة هذا العام.',
    'انتظرنا حوالي ساعة أمام المقر.',
    'يعيش في المدينة نحو مليون شخص.',
    'حضر حوالي ألف متفرج.',
    'أصيب قرابة 300 شخص بالعدوى.',
    'اتجهت الأنظار نحو دول الخليج.',
    'يتطلع الشباب نحو المستقبل.',
    'الوضع بشكل عام ، مستقر.',
    'منذ عام ، تغيّر الوضع كثيرا.',
    'عاش هناك لمدة سنة ، ثم عاد.',
    'عاش هناك لمدة سنة  ، ثم عاد.',
    'صادق مجلس  نواب الشعب على القانون.',
    'تختلف الأوضاع في  الدول العربية.',
    'التقينا في جوان الماضي.',
    'سبق أن قيل هذا من قبل.',
    'سنعود إلى الموضوع فيما بعد.',
    'سنعود إلى الموضوع فيما بعد  .',
    { text: 'حمّل تطبيق وين' + LRE + '%%' + PDF + 'دوز الجديد', name: 'kashida glyphs extracted as % inside a word' },
    { text: 'ينتهي المشروع بداية سنة ' + LRE + ' ."2021' + PDF + ' حسب الوزارة', name: 'punctuation glued to the digits (neutral order)' },
    'صدر القانون عدد 58 لسنة 2017 منذ مدة.',
    'تمتد الفترة بين 2015 و2016.',
    'جرت مفاوضات بين الحكومة والنقابة.',
    'افتُتحت الدورة ال\u064012 للمهرجان.',
    { text: 'وقع ذلك سنة ' + LRE + ' 2016' + PDF + ' في الصيف', name: 'digits inside an LRE embedding' },
    'این کتاب در سال ۱۳۹۹ در  کشور منتشر شد.',
    'راجع https://example.com/a%20b للمزيد من التفاصيل.',
    'قال "in  2 days" ثم غادر القاعة.',
    'يبلغ من العمر 30 عاما.',
    // correct published news (forms measured in the clean-text guard; sentences written for the test)
    { text: 'وقال متحدث باسم المنظمة الدولية للهجرة إن وزيرا للهجرة عُيّن، والشباب في نية للهجرة.', name: 'للهجرة: "for migration", not the Hijri era' },
    { text: 'ودعا الاتحاد إلى " تشكيل لجنة مستقلة " وعبّر عن " انبهاره " بالنتائج.', name: 'quotes set off by spaces (Maghreb style)' },
    { text: 'وتتمثل الأسلحة المحجوزة في :\n1 هاون عيار 60', name: 'a colon after a preposition introduces a list' },
    { text: 'ونصدر "صفر بالمائة" وسجل 9 دقائق و 93 جزء بالمائة.', name: 'spelled numbers before بالمائة' },
    { text: 'وقُتل طفل يبلغ من العمر عاماً واحداً، وتكبر التظاهرة عاما بعد عاما.', name: 'a counted noun with one, or repeated' },
    { text: 'قال إنه ملم بواقع ما يحدث، والطريق من كلم 4 إلى كلم 7 مغلق.', name: 'ملم "versed in"; a unit written before its number' },
    // double-space typos the mined context would read as gaps, were the noun not counted otherwise (issue 11)
    { text: 'تحدث الوزير عن  الأشخاص المفقودين.', name: 'a definite noun takes no number before it' },
    { text: 'يشغل المصنع  نحو 230 عاملا.', name: 'an approximator already introduces the number' },
    { text: 'بقي هناك لمدة  ثلاث سنوات.', name: 'a number word is the number' },
    { text: 'انتظرنا منذ  سنوات عديدة.', name: 'an adjective of vague quantity counts the noun' },
    { text: 'وصل الوفد بعد  ساعات من الانتظار.', name: 'بعد before a bare noun: after hours' },
    { text: 'صدر القانون في 2011 و المتعلق بحرية الصحافة.', name: 'a lone و after a number, before a definite word' },
    { text: 'حجز الأعوان 50 لترا من البنزين و كمية من السجائر.', name: 'a lone و after a number, before a noun no number counts' },
    { text: 'سجل اللاعب هدفين في دق 45 و دق 71 من اللقاء.', name: 'a lone و before a unit written before its number' },
    { text: 'أتلفت النيران 216 هكتارا من حقول القمح و هكتار من حقول الشعير.', name: 'a lone و far from the number before it' },
    { text: 'و شارك في الحفل نساء و رجال و شيوخ و أطفال من القرية.', name: 'lone و as the house style of the draft' },
    { text: 'غادر الوفد و مرافقوه القاعة.', name: 'a lone و before a plural that is no counted noun' },
    { text: 'بلغت النسبة 3،6 بالمائة، و 2،1 بالمائة في الجنوب.', name: 'decimals written whole' },
    { text: 'قال الوزير ، 2016 كانت سنة صعبة.', name: 'a spaced comma before a year' },
    { text: 'استقبل الأمير آل ثاني الوفد.', name: 'آل, the family, before a name' },
    { text: 'بلغت النسبة 3ر8 بالمائة.', name: 'a Tunisian-agency decimal written whole' },
    { text: 'أعلنت شركة بي إم دبليو عن سيارة جديدة، وكشفت دي إتش إل عن أرباحها السنوية.', name: 'إل of initials before a preposition' },
    { text: 'ومن أهمها رجوع الإطار الذي كان مكلفا بخطة وال الى إدارته الأصلية.', name: 'وال, a governor' },
    { text: 'وسجل غنابري ،21 عاما، 11 هدفا في البطولة الألمانية.', name: 'a number set apart by commas, not a decimal' },
    { text: 'حضر اللقاء نواب و أعضاء من الحكومة.', name: 'a lone و in a draft too short to tell whether it glues its و' },
    { text: 'وأفادت الوزارة وأضافت أنه وبعد التفتيش اشتكى الأهالي من تجاهل النواب و أعضاء الحكومة.', name: 'a lone و before a plural, in a draft that glues its و: a plural may stand there alone' },
    { text: 'وأفادت الوزارة وأضافت أنه تم تسجيل 316 بين مخالفات و محاضر مرورية و 8 محاضر أخرى.', name: 'a lone و before a noun a number counts only after it' },
    { text: 'وقال إنه سجن لارتكابه جرائم حق عام . وأضاف أن التحقيق جار، وأنه سيحال على القضاء. وقال إن ذلك سيتم قريبا، ثم غادر.', name: 'عام of حق عام before spaced punctuation in a draft that glues its punctuation' },
    { text: 'وأفاد أنه محتجز منذ أكثر من سنة : الخارجية تتحرك. وقال إن الوزارة تتابع الملف، وإنها ستتدخل. وأضاف أن العائلة قلقة، وأنها تنتظر.', name: 'a headline colon set apart after سنة' },
    { text: 'قضى في المهجر سنة ، ثم عاد إلى أرض الوطن .', name: 'سنة before spaced punctuation in a short draft that spaces its punctuation' },
    { text: 'سجلت درجة الحرارة -5 في المرتفعات.', name: 'a negative temperature' },
    { text: 'زار المعرض آلاف الزوار.', name: 'آلاف as a vague quantity' },
    { text: 'أفضل الجامعات: 1- جامعة بكين 2- جامعة تسينغهوا 3- جامعة موسكو.', name: 'numbered list items after a dash' },
    { text: 'وخليل الغرياني (54 سنة ) هو عضو المكتب التنفيذي.', name: 'an age before a spaced bracket' },
    { text: 'قضى هناك لمدة سنة ، ثم عاد.', name: 'سنة as a duration before spaced punctuation' },
    { text: 'وصل الوفد صباحا ، واجتمع بالوزير ، ثم زار المصنع ، والتقى العمال . وعمل هناك سنة ، ثم عاد .', name: 'سنة before spaced punctuation in a draft that spaces its punctuation' },
    { text: 'بداية من 1 مارس : التخلي نهائيا عن الأكياس البلاستيكية', name: 'a headline dated before a colon' },
    { text: 'وقد  أعلنت  السلطات  أن  آلاف  المواطنين  شاركوا  في  المسيرة  منذ  سنوات  طويلة  وفي  دول  عدة.', name: 'justified text full of double spaces, no number missing' },
    { text: 'وصل الوفد يوم الجمعة 24 فيفري ، واجتمع بالوزير ، ثم زار المصنع ، والتقى العمال . وتحدث معهم ، وأصغى إليهم .', name: 'a day and month before a spaced comma, in a draft that spaces its punctuation' },
    'رأيت شخصا يركض في الشارع.',
    'لم يحضر حتى شخصا واحدا.',
    'يوما بعد يوم تتحسن الأمور.',
    'أكدت الوزارة  أن المشروع  سيتواصل رغم الصعوبات.',
    'بدأ العام  الدراسي في موعده.',
    'استغرق ذلك سنة  واحدة فقط.',
    'وصل الوفد بعد  ساعة من الانتظار.',
    'وصل الوفد بعد ساعات من الانتظار.',
    'من  أشهر الكتّاب في العالم العربي.',
    'توجّه إلى المستشفى.',
    'سألته: من؟',
    'استمرت المفاوضات خلال عامي 2015 و2016.',
    'هذا هو رقم ، ولا تعليق.',
    // (session 11, numrecall4: a name that ends in alef after a preposition, the name علي, a writer's own
    // tanween after a preposition with one space; عدد without a verb of reaching before a comma; from year to year; a
    // definite season; an introducer with its complement)
    'سافر الوفد إلى كندا  للمشاركة في المؤتمر.',
    'عاد اللاعب من أمريكا  بعد سنوات.',
    'عين المكتب علي مدربا جديدا للفريق.',
    'تمت المصادقة من خلال قرارا وزاريا.',
    'ارتفع عدد الوفيات ، حسب الوزارة.',
    'بلغ عدد السكان ، حسب آخر إحصاء ، 11 مليونا .',
    'تتغير الأسعار من عام إلى عام ، حسب السوق.',
    'حدث ذلك في الصيف ، ثم رحل.',
    'وقعت الأحداث في شتاء قارس.',
    // (a month before spaced punctuation in a short draft that spaces its marks)
    'تأسس الحزب خلال شهر مارس ، وفق بيانه الأول .',
    'تنطلق الامتحانات في جوان ، حسب الروزنامة .',
    'دي إتش ال شركة عالمية.',
    'بقي في السجن من 3 إلى أكتوبر.',
    // (a lone و three words after a number before a dual or a quantity noun: no number went)
    'ضمت المجموعة 10 شبان و فتاتين من الجهة.',
    'حجزت 200 مخالفة مرورية و كميات متفاوتة من المشروبات.',
    // (after a day the short draft's bar does not hold: the year may have been said before; a torn word is no article)
    'تتواصل العروض إلى غاية يوم 5 فيفري . وستمثل الجمعية تونس.',
    'طلب لأخد ال؛تياطات الأمنية اللازمة.',
    'حوّل المال من حسابات باي بال. وجدد البنك طلبه.',
    { text: 'في سنة 1998\r\nفي سنة 1999', name: 'CRLF' },
    { text: 'شاركت ' + LRE + '3' + PDF + ' دول في المعرض', name: 'LRE with digits' },
    'قضينا يوم جويلية حارا على الشاطئ.',
    'يبدأ التسجيل في  كانون الثاني المقبل.',
    'انطلق المشروع في شهر  أكتوبر 2015.',
    'عرض 97 فيلما من تونس  و12 من الخارج.',
    'احتفل المسلمون بحلول عام هجري جديد.',
    'قضى سنة في السجن ثم أفرج عنه.',
    'قضى سنة  كاملة في السجن.',
    'لمدة سنة  قضاها في الخارج.',
    'عاد من المهجر منذ  أيام قليلة.',
    'سيتم ذلك بعد  أشهر من الآن.',
    'يلجأ البعض إلى  الصمت.',
    'ولد في  فرنسا وعاش في  أوروبا.',
    'حُجز 3 أطنان و500 كلغ من السكر.',
    'بلغت الكلفة 12 م د سنة 2016.',
    'كلم الرئيس نظيره هاتفيا.',
    'بلغت الكلفة ثلاثة م د فقط.',
    'يزور أهله مرتين في عام.',
    'تُكتب كلمة "في" منفصلة عمّا بعدها.',
    'عاد المهاجرون إلى  بلادنا بعد غياب.',
    'تضاعف عدد الزوار هذا العام  تقريبا.',
    'سافر في  أحيانا كثيرة إلى الخارج.',
    'شارك بينما  كان الآخرون غائبين.',
    // lone clitics: initials, a name cited in quotes, a text full of them (words torn by extraction, issue 11)
    'أعدّ التقرير الصحفي ع ب م',
    'قال في تصريح ل\u0640 "وات" إن الموسم واعد.',
    'بدأت ال مطاطية تصنع هنا ثم ب دأت ال شركة ب بيع ال منتجات في ال سوق.',
    // a unit restated in brackets after its number
    'ارتفع رأس المال إلى 24 مليون دينار ( م د) هذه السنة.',
    // a short text: too few marks to tell how it sets its punctuation
    'عاش هناك لمدة سنة ، ثم عاد.',
    // a month after its day, then a word that places it; a stretched line whose runs are all alike; a run far longer
    // than the others (a column's edge) (session 12)
    'تنطلق الدورة يوم 5 مارس  الجاري بالعاصمة، حسب البرنامج.',
    'ارتفعت الأسعار خلال شهر فيفري \n\nسجلت نسبة التضخم تراجعا طفيفا.',
    'بلغت المداخيل 7ر2 مليون دينار وتطورت المبيعات بنسبة 1ر4 بالمائة (13،4 بالمائة في الجنوب).',
    'جنت   الجهة   ملايين   الدنانير   من   صادرات   التمور.',
    'جنت   الجهة          ملايين   الدنانير   من   صادرات   التمور.',
  ],
  invalid: [
    // fix-all must never insert anything: the output is the input
    { text: 'شاركت في  دول عربية.', count: 1, output: 'شاركت في  دول عربية.' },
    { text: 'بلغت النسبة ' + LRE + ' ' + PDF + 'بالمائة', count: 1, output: 'بلغت النسبة ' + LRE + ' ' + PDF + 'بالمائة' },
    { text: 'قُتل حوالي شخصا في الحادث', count: 1, locale: 'ar', message: /يبدو أن رقمًا سقط قبل «شخصا»/ },
    { text: 'قُتل حوالي شخصا في الحادث', count: 1, message: /A number seems to be missing before “شخصا”/ },
    { text: 'ولد في عام ، ثم هاجر', count: 1, message: /the year.*“عام”/ },
    { text: 'يوم الأحد جويلية 2016', count: 1, message: /the day.*“جويلية”/ },
    { text: 'تضم القائمة ' + LRE + ' ' + PDF + 'أسماء', count: 1, message: /empty left-to-right embedding/ },
  ],
});

/** Invalid rows: the GAP marks show exactly where the number belongs (zero-width findings there). */
const gaps: Array<{ text: string; name?: string; plain?: string }> = [
  // double space before a counted noun, unit, number noun
  { text: 'شاركت في ' + GAP + ' دول عربية في المعرض.', plain: 'شاركت في [رقم؟] دول عربية في المعرض.' },
  { text: 'سُجن المتهم منذ ' + GAP + ' سنوات دون محاكمة.' },
  { text: 'بلغت الخسائر نحو ' + GAP + ' ألف دينار.' },
  { text: 'حصد الفريق ' + GAP + ' نقاط من مباراتين.' },
  { text: 'نُقل ' + GAP + ' أشخاص إلى المستشفى.' },
  { text: 'تبعد القرية ' + GAP + ' كلم عن المدينة.' },
  { text: 'دامت الزيارة قرابة ' + GAP + ' أسابيع.', name: 'weak plural after an approximator' },
  { text: 'تم تحيين تطبيق ويندوز ' + GAP + ' و8.1 أيضا.', name: 'a number coordinated with nothing' },
  { text: 'تُوفّي سنة ' + GAP + ' للهجرة في المدينة.' },
  { text: 'بلغت الخسائر حوالي ' + GAP + 'م د هذه السنة.', name: 'م د (million dinars) after an approximator' },
  { text: 'بلغت الخسائر ' + GAP + ' م د هذه السنة.', name: 'م د behind a double space' },
  { text: 'حُجز 3 أطنان و ' + GAP + 'كلغ من السكر.', name: 'a unit abbreviation after a word that is not a number' },
  { text: 'تراوحت الخسائر بين 15 م د و ' + GAP + 'م د.', name: 'م د after و' },
  { text: 'تبلغ من العمر ' + GAP + ' سنة.', name: 'age word, double space, year word' },
  { text: 'فاز بالجائزة سنة ' + GAP + ' في مهرجان دولي.', name: 'سنة behind a double space' },
  { text: 'شارك هذا العام ' + GAP + ' ناشرا من عدة بلدان.', name: 'accusative after العام' },
  { text: 'شارك في المعرض ' + GAP + ' متسابقين من الجهة.' },
  { text: 'قدّمت الشركة ' + GAP + ' مليون دينار للبلدية.' },
  { text: 'شاركت في ' + GAP + ' \uFEA9\uFEED\uFEDD عربية', name: 'presentation forms' },
  // a proclitic or the article left alone, its number gone (issue 11)
  { text: 'تعود الكتابة ل\u0640 ' + GAP + 'سنة خلت.', name: 'ل\u0640 drawn with tatweel, alone' },
  { text: 'تتسع القاعة ل\u0640 ' + GAP + 'مقعدا فقط.', name: 'ل\u0640 before an accusative counted noun' },
  { text: 'قيل إنها تعود ل ' + GAP + 'سنة مضت.', name: 'ل alone in a draft where lone clitics are rare' },
  // session 7, recall on sentences written apart (issue 11): the article alone after a preposition or سن, a range's
  // second day, a month before spaced punctuation in a short draft that glues its marks
  { text: 'انتُخب رئيسا وهو في ال\u0640 ' + GAP + 'من عمره.', name: 'a lone article after في' },
  { text: 'انعقد المؤتمر من 3 إلى ' + GAP + ' أكتوبر بالحمامات.', name: 'a range of days: the second day before a month' },
  { text: 'تأسس الحزب خلال شهر مارس ' + GAP + '، وفق بيانه الأول.', name: 'a month before spaced punctuation in a short draft that glues its marks' },
  { text: 'قال الوزير، في تصريح، إن الوضع مستقر. وأضاف أن العمل متواصل. وأكد أن الحكومة، كما قال، ستواصل. وقع الهجوم في نوفمبر ' + GAP + '.', name: 'a month after a preposition before spaced punctuation, in a draft that glues its marks' },
  // session 11 (numrecall4): an accusative after a preposition, a count's number after عدد or حصيلة, a year after إلى
  // or حتى, a word that introduces a year after a preposition before punctuation
  { text: 'شارك في الاجتماع عدد من ' + GAP + ' وزيرا عربيا.', name: 'a preposition, two spaces, an accusative' },
  { text: 'أصيب في الحادث أكثر من ' + GAP + 'شخصا.', name: 'a preposition before an accusative a number often precedes, one space' },
  { text: 'بلغ عدد المتطوعين ' + GAP + ' متطوعا من كل الولايات.', name: 'عدد and its noun, two spaces, an accusative' },
  { text: 'ارتفع عدد المصابين إلى ' + GAP + ' حالة حسب الوزارة.', name: 'عدد and its noun, إلى, two spaces, a noun' },
  { text: 'بلغ عدد الضحايا ' + GAP + '، حسب مصادر طبية.', name: 'a verb of reaching, عدد and its noun before a comma' },
  { text: 'ارتفعت حصيلة القتلى إلى ' + GAP + '.', name: 'حصيلة and its noun, إلى before a full stop' },
  { text: 'يعود بناء الجامع إلى عام ' + GAP + '.', name: 'عام after إلى before a full stop' },
  { text: 'انتهت المباراة بالتعادل ' + GAP + ' - 2.', name: 'a score word before a spaced dash and the second number' },
  { text: 'توقفت الأشغال في شتاء ' + GAP + '، ثم استؤنفت في الربيع، وانتهت في الصيف.', name: 'a season after a preposition before a comma' },
  // a lone و, its number gone (issue 11, session 5; session 7: up to three words after a number, before a plural the
  // lexicon counts)
  { text: 'أحصت الوزارة 40 حالة تسمم و ' + GAP + 'وفيات في الجهة.', name: 'a lone و three words after a number, before a counted plural' },
  { text: 'وأفادت الوزارة وأضافت أنه وبعد التفتيش حجزت الوحدات 600 علبة سجائر و ' + GAP + 'علبة معسل.', name: 'a lone و before the noun a number counts elsewhere on the line' },
  { text: 'وأفادت الوزارة وأضافت أنه وبعد التفتيش حجزت الشرطة سيارتين و ' + GAP + 'لترا من البنزين.', name: 'a lone و before an accusative, in a draft that glues its و' },
  { text: 'بلغ عدد الضحايا 12 قتيلا و ' + GAP + 'جريحا.', name: 'a lone و before an accusative' },
  // a decimal whose whole part went (issue 11, session 5)
  { text: 'تراجعت الصادرات بنسبة ' + GAP + '،6 بالمائة.', name: 'a decimal comma and its fraction left' },
  { text: 'وقد تبين أن نسبة ' + GAP + '.4٪ من المستجوبين راضون.', name: 'a decimal point and its fraction left' },
  // an opening bracket, a space, a unit
  { text: 'تقدمهم البوليفيون ( ' + GAP + 'متر) في الترتيب.', name: 'a unit after an opening bracket' },
  // mined odds: a noun counted more often than words in general, behind a double space in a single-spaced draft
  { text: 'أنجزت البلدية ' + GAP + ' مشاريع كبرى.', name: 'a plural behind a double space' },
  // a draft that glues its punctuation: a space before it after a word a number often follows
  {
    text: 'وصل الوفد صباحا، واجتمع بالوزير. ثم زار المصنع، والتقى العمال. وتحدث معهم، وأصغى إليهم. ثم عاد، واستراح قليلا. وغادر مساء، وعاد غدا. وقال إن الهدف تحقيق ذلك بحلول عام ' + GAP + '، كما قال.',
    name: 'a space before a comma in a draft that glues its punctuation',
  },
  {
    text: 'وصل الوفد صباحا، واجتمع بالوزير. ثم زار المصنع، والتقى العمال. وتحدث معهم، وأصغى إليهم. ثم عاد، واستراح قليلا. ونُظّم اللقاء يوم الجمعة 24 فيفري ' + GAP + '، بالعاصمة.',
    name: 'a space before a comma after a day and month, in a draft that glues its punctuation: the year went',
  },
  {
    text: 'قال إن المشروع سينطلق سنة ' + GAP + '، ثم زار المصنع، والتقى العمال. وتحدث معهم، وأصغى إليهم. ثم عاد، واستراح قليلا. وانتهت الأشغال سنة ' + GAP + '، كما قال.',
    name: 'the spaces a dropped year left before punctuation do not make the draft look as if it spaced its punctuation',
  },
  { text: 'تسجيل في ' + GAP + ' جوان 2016 لم يكتمل.', name: 'a preposition, a double space, a month and its year: the day went (was valid before session 5)' },
  { text: 'اندلع حريق في باخرة كانت على بعد ' + GAP + ' ميلا من الساحل.', name: 'على بعد is a distance, not "after"' },
  { text: 'تراجع النمو خلال سنة ' + GAP + ' بسبب أحداث الثورة.', name: 'a year word after a duration word, where the pair nearly always has the year between' },
  { text: 'درجات الحرارة: سليانة 39 درجة، قفصة : ' + GAP + ' درجة.', name: 'a colon, a double space and a noun a number precedes' },
  { text: 'يلتئم الحفل يوم 19 أكتوبر ' + GAP + ' .', name: 'two spaces before punctuation after a day and month' },
  {
    text: 'وقد  أعلنت  السلطات  أن  الحريق  اندلع  في  باخرة  كانت  على  بعد ' + GAP + ' ميلا  من  الشاطئ  صباح  أمس.',
    name: 'justified text: a double space before a word a number precedes in nearly all its uses',
  },
  { text: 'انعقدت القمة العربية ال\u0640 ' + GAP + 'في الرياض.', name: 'the article alone before a preposition: an ordinal number went' },
  { text: 'يستقبل المركز سيدات تجاوزن ال\u0640 ' + GAP + 'سنة.', name: 'the article alone before a counted noun' },
  { text: 'أعلن عن تأسيس الحزب سنة ' + GAP + '.', name: 'سنة before spaced punctuation in a draft that does not space its punctuation' },
  { text: 'استمرت الجلسة ' + GAP + ' ساعات متواصلة.', name: 'a definite noun before the double space does not count against a counted plural after it' },
  { text: 'تم الإعلان عن النتائج بتاريخ ' + GAP + '/06/2017.', name: 'a date whose day went' },
  { text: 'خلال الفترة 2010-' + GAP + '، تضاعف الدين العمومي.', name: 'a number, a dash and punctuation: the end of the range went' },
  { text: 'قدرت الخسائر ب\u0640 ' + GAP + 'ألف دينار.', name: 'ألف is no definite word (its folded ال is the root)' },
  { text: 'ارتفعت الأسعار ب' + GAP + '% خلال شهر واحد.', name: 'a lone ب glued to %' },
  { text: 'فاز الترجي على النجم بنتيجة ' + GAP + '-1.', name: 'a score whose first number went' },
  { text: 'تضم الولاية 12 معتمدية و ' + GAP + 'بلدية.', name: 'a lone و before a noun of the same shape as the one the number before counted' },
  { text: 'تمتد الحملة من 1 إلى ' + GAP + ' مارس.', name: 'a range whose second day went' },
  { text: 'يعود بناء الجامع إلى القرن ' + GAP + ' للهجرة.', name: 'an era word behind a double space' },
  { text: 'ارتفعت نسبة البطالة لدى الشباب (' + GAP + '%) هذا العام.', name: 'a share in brackets lost its number' },
  { text: 'بلغت الأرباح 120 مليون دينار خلال الموسم 2016/' + GAP + '.', name: 'a season whose second year went' },
  { text: 'انتخب رئيسا للجمهورية في ' + GAP + ' ديسمبر 2014.', name: 'a preposition, double space, month and year' },
  { text: 'و شارك في الحملة الأعوان و الإطارات، و تم حجز 600 علبة سجائر و ' + GAP + 'علبة معسل.', name: 'a lone و before the noun a number counts a few words before, in a draft that writes و apart' },
  { text: 'وأفادت الوزارة وأضافت أنه وبعد التفتيش خلال الفترة الممتدة بين 9 أكتوبر و ' + GAP + 'أكتوبر 2016.', name: 'a lone و before a month and its year' },
  { text: 'تراجعت الواردات بنسبة ' + GAP + 'ر8 بالمائة.', name: 'a Tunisian-agency decimal (8ر1) whose whole part went' },
  // percent
  { text: 'ارتفعت الأسعار بنسبة ' + GAP + '%.', plain: 'ارتفعت الأسعار بنسبة [رقم؟]%.' },
  { text: 'نسبة النجاح ' + GAP + '٪ فقط.' },
  { text: 'تراجع الإنتاج بنسبة ' + GAP + 'بالمائة هذا العام.', plain: 'تراجع الإنتاج بنسبة [رقم؟] بالمائة هذا العام.' },
  { text: 'تراجع الإنتاج بنسبة ' + GAP + 'في المائة.' },
  // year words
  { text: 'ولد الكاتب في عام ' + GAP + '، وانتقل إلى تونس.', plain: 'ولد الكاتب في عام [رقم؟]، وانتقل إلى تونس.' },
  { text: 'أُطلق المشروع مطلع سنة ' + GAP + '.' },
  { text: 'ولد سنة ' + GAP + ' وانتقل مع عائلته إلى العاصمة.' },
  { text: 'صدر المرسوم عدد ' + GAP + 'لسنة 2016.' },
  { text: 'نص الفصل عدد 12 لسنة ' + GAP + '.' },
  // months and weekdays
  { text: 'وقع الحادث يوم الأحد ' + GAP + 'جويلية 2016.', plain: 'وقع الحادث يوم الأحد [رقم؟] جويلية 2016.' },
  { text: 'نُظّم اللقاء يوم الجمعة ' + GAP + ' مارس 2017 بالعاصمة.' },
  { text: 'وُقّع الاتفاق الموافق ' + GAP + ' كانون الثاني 2017.', name: 'a month and its year with no preposition before' },
  { text: 'ولد يوم ' + GAP + ' أكتوبر 1950.' },
  { text: 'افتُتح المعرض يوم الخميس ' + GAP + ' أيار 2016.' },
  { text: 'افتُتح المعرض يوم ' + GAP + 'جويلية 2016.', name: 'يوم before a month and a year' },
  { text: 'زار الوزير الجهة يوم الجمعة ' + GAP + ' أفريل ' + GAP + ' رفقة الوالي.', name: 'day and year both missing' },
  // a month after its day lost its year: before a double space and a word, at a headline's end (session 12)
  { text: 'تنتظم يوم الخميس 14 أفريل ' + GAP + ' الندوة الجهوية للتشغيل بالمنستير.' },
  { text: 'أهم الأخبار ليوم الأحد 12 مارس ' + GAP + '\n\nانطلقت صباح اليوم الدورة الجديدة للمعرض.', name: 'a headline date at its line end' },
  // both numbers of a pair gone, the first with its space, the second glued to و (session 12)
  { text: 'وقال المدير إن الوزارة وزعت الكتب وأطلقت حملة واسعة، وإنه سيصدر ما بين ' + GAP + ' و ' + GAP + 'نسخة من الكتاب.', name: 'a pair gone after بين' },
  // a conversion in brackets after a number lost its own number (session 12)
  { text: 'بلغ القرض 314 مليون دولار ( ' + GAP + 'مليون دينار) حسب البنك.', name: 'a conversion in brackets' },
  // a headline that ends in a year word before a space: its year went (session 12)
  { text: 'تفاقم العجز التجاري خلال سنة ' + GAP + '\n\nأفاد المعهد الوطني للإحصاء بأن العجز تفاقم.', name: 'a headline ending in سنة' },
  // a month after a preposition that lost its day and its year (session 12)
  { text: 'وقد اغتيل القيادي في ' + GAP + ' جانفي ' + GAP + ' بمدينة صفاقس، حسب الرواية الرسمية.', name: 'day and year gone after في' },
  // خلال سنة before spaced punctuation in a long draft that glues its marks (session 12)
  { text: 'وقال الوزير إن الصادرات تطورت، وإن الواردات تراجعت. وأضاف أن الحكومة ستواصل دعم المصدرين، وأن البنك سيرفع القروض. وبلغ العجز ذروته خلال سنة ' + GAP + '، حسب المعهد.', name: 'خلال سنة ، in a glued draft' },
  // a Tunisian decimal's fraction gone after its ر; a decimal's whole part gone after an opening bracket (session 12)
  { text: 'بلغت المداخيل 7ر' + GAP + ' مليون دينار هذا العام.', name: 'ر glued to its whole part' },
  { text: 'تطورت المبيعات بنسبة ر' + GAP + ' بالمائة، حسب المعهد.', name: 'ر alone before a percent word' },
  { text: 'تراجعت الصادرات نحو المغرب (' + GAP + '،4 بالمائة) هذا العام.', name: 'a bracket before a decimal' },
  // on a stretched line, the one run longer than the others (session 12)
  { text: 'جنت   الجهة ' + GAP + '   ملايين   دينار   من   صادرات   التمور.', name: 'a stretched line' },
  // approximators and prepositions before an accusative counted noun, or before punctuation
  { text: 'استمر العرض حوالي ' + GAP + 'ساعات.' },
  { text: 'يبلغ من العمر ' + GAP + 'عاما.', plain: 'يبلغ من العمر [رقم؟] عاما.' },
  { text: 'قُتل حوالي ' + GAP + 'شخصا في الهجوم.' },
  // the mined context where the lexicons know a word (issue 11)
  { text: 'يصوم المسلمون هناك أكثر من ' + GAP + ' ساعة يوميا.' },
  { text: 'أنهى الفريق تحضيراته خلال ' + GAP + ' أشهر من العمل.' },
  { text: 'استمر الإضراب لمدة ' + GAP + ' أيام متتالية.' },
  // the mined pair: correct news writes a number between these two words at least as often as not (issue 11)
  { text: 'صادق المجلس على الفصل ' + GAP + ' من مشروع القانون.' },
  { text: 'شارك في المسابقة فنانون من ' + GAP + ' دولة عربية.' },
  { text: 'توفي شاب عمره ' + GAP + ' سنة في الحادث.' },
  // a number coordinated after numbers, its digits gone and و/أو left alone (issue 11)
  { text: 'بلغت الأسعار 50 و70 و ' + GAP + 'دينارا هذا العام.' },
  { text: 'يبلغ الشابان من العمر 22 و ' + GAP + 'سنة.' },
  { text: 'يباع الكتاب بسعر 20 دينارا أو ' + GAP + 'دينارا للطلبة.' },
  { text: 'تأجّل الموعد إلى ' + GAP + '.' },
  { text: 'ينتهي العقد في ' + GAP + '، حسب المصدر.' },
  { text: 'ومنذ ' + GAP + ' "، لم يتغير شيء.', name: 'before a closing quote' },
  { text: 'توفي سنة ' + GAP + ' للهجرة في المدينة.', name: 'the era after a year word' },
  { text: 'وقع ذلك في ' + GAP + ' للهجرة.', name: 'the era after a preposition' },
  // pairs joined by و
  { text: 'خلال الفترة الممتدة بين ' + GAP + 'و2019.' },
  { text: 'كان ذلك بين عامي ' + GAP + 'و 2015.' },
  // empty left-to-right embeddings (pdftotext)
  { text: 'تضم القائمة ' + LRE + ' ' + GAP + PDF + 'أسماء جديدة.' },
  { text: 'في حدود ' + LRE + GAP + PDF + ' دينار' },
  { text: 'خلّف الحادث مقتل ' + LRE + GAP + PDF, name: 'empty pair at the end of the line' },
  { text: 'زار ' + LRI + ' ' + GAP + PDI + ' مدن', name: 'empty LRI…PDI' },
  { text: 'السطر الأول\nشاركت في ' + GAP + ' دول\r\nثم ' + LRE + ' ' + GAP + PDF + 'سنوات', name: 'several lines' },
  // visual-order lines (character-reversed)
  { text: visual('حكمت المحكمة الابتدائية بالسجن ' + GAP + ' سنوات على المتهم في القضية'), name: 'visual order: counted noun' },
  { text: visual('افتتح المعرض أبوابه للعموم يوم الجمعة ' + GAP + ' أفريل في العاصمة'), name: 'visual order: month' },
  { text: visual('شارك هذا العام ' + GAP + ' ناشرًا من عدة بلدان في المعرض الدولي'), name: 'visual order: accusative shape with tanwin' },
  { text: visual('قُتل حوالي ' + GAP + 'شخصا في الهجوم على المدينة الساحلية'), name: 'visual order: single-space gap' },
  { text: toPresentationForms('أعلنت الوزارة يوم الاثنين ' + GAP + ' نوفمبر عن خطة جديدة', true), name: 'visual order in presentation forms (lam-alef ligatures)' },
];

function strip(marked: string): { text: string; at: number[] } {
  const at: number[] = [];
  let text = '';
  for (const ch of marked) {
    if (ch === GAP) at.push(text.length);
    else text += ch;
  }
  return { text, at };
}

describe('rule missing-numeral: gap positions and fixes', () => {
  for (const row of gaps) {
    const { text, at } = strip(row.text);
    it(row.name ?? show(text), () => {
      const got = findingsOf(missingNumeral, text);
      assert.deepStrictEqual(
        got.map((f) => [f.start, f.end]),
        at.map((p) => [p, p]),
        `findings at ${got.map((f) => show(text.slice(0, f.start)) + '‸').join(' | ')}`,
      );
      // a line in visual order is read as the repaired view reads it (backwards); the key is the view's
      const view = repairedView(text);
      const backwards = (row.name ?? '').startsWith('visual order');
      const keyAt = (p: number) => {
        for (let i = 0; i <= view.text.length; i++) if (toOriginalRange(view, i, i)[0] === p) return reviewKey(view.text, i);
        return reviewKey(view.text, p);
      };
      for (const f of got) {
        if (backwards) {
          // no placeholder written into a line as it stands in visual order (it would read backwards once the
          // line is repaired): the finding and "mark as intended" only
          assert.strictEqual(f.fixes.length, 1);
          assert.deepStrictEqual(f.fixes[0].edits, []);
          assert.strictEqual(f.fixes[0].command?.id, REVIEW_COMMAND);
          assert.deepStrictEqual(f.fixes[0].command?.args, [keyAt(f.start)]);
          continue;
        }
        assert.strictEqual(f.fixes.length, 2);
        const [insert, mark] = f.fixes;
        assert.ok(!insert.preferred && !mark.preferred, 'no preferred fix: fix-all never invents a number');
        assert.strictEqual(insert.snippet, true);
        assert.strictEqual(insert.edits.length, 1);
        assert.deepStrictEqual([insert.edits[0].start, insert.edits[0].end], [f.start, f.start]);
        assert.ok(insert.edits[0].newText.startsWith(PLACEHOLDER_SNIPPET));
        assert.strictEqual(insert.plainText, PLACEHOLDER_PLAIN + insert.edits[0].newText.slice(PLACEHOLDER_SNIPPET.length));
        assert.deepStrictEqual(mark.edits, []);
        assert.strictEqual(mark.command?.id, REVIEW_COMMAND);
        assert.deepStrictEqual(mark.command?.args, [view.identity ? reviewKey(text, f.start) : keyAt(f.start)]);
      }
      if (row.plain) {
        const f = got[0];
        const e = f.fixes[0].edits[0];
        assert.strictEqual(text.slice(0, e.start) + f.fixes[0].plainText + text.slice(e.end), row.plain);
      }
      assert.strictEqual(fixAll(text, { only: [missingNumeral.id] }).text, text, 'fix-all leaves the text alone');
    });
  }

  it('a lone article glued to the full stop (في سن ال\u0640.): found, offered "mark as intended" only', () => {
    // (the view dropped the tatweel right before the point: where the placeholder goes is not known exactly)
    const text = 'فاز بالميدالية الذهبية في الألعاب الأولمبية وهو في سن ال\u0640.';
    const got = findingsOf(missingNumeral, text);
    assert.deepStrictEqual(got.map((f) => f.start), [text.length - 1]);
    assert.deepStrictEqual(got[0].fixes.map((f) => [f.command?.id, f.edits.length]), [[REVIEW_COMMAND, 0]]);
  });

  it('the insert title previews the result', () => {
    const [f] = findingsOf(missingNumeral, 'شاركت في  دول عربية.', undefined, 'ar');
    assert.match(f.fixes[0].title, /«في \[رقم\] دول»/);
    const [g] = findingsOf(missingNumeral, 'قُتل حوالي شخصا.', undefined, 'en');
    assert.match(g.fixes[0].title, /“حوالي \[number\] شخصا\.”/);
  });

  it('a reviewed key silences exactly that gap', () => {
    const text = 'شاركت في  دول عربية.\nوزار الوزير  دول مجاورة.';
    const all = findingsOf(missingNumeral, text);
    assert.strictEqual(all.length, 2);
    const key = all[0].fixes[1].command!.args[0] as string;
    assert.match(key, /^missing-numeral:.*في ‸ دول/);
    const r = lintText(text, { only: [missingNumeral.id], reviewed: [key] });
    assert.deepStrictEqual(
      r.findings.map((f) => f.start),
      [all[1].start],
    );
  });

  it('the key does not depend on where the sentence sits in the file', () => {
    const s = 'شاركت في  دول عربية.';
    const [a] = findingsOf(missingNumeral, s);
    const [b] = findingsOf(missingNumeral, 'سطر قبله.\n' + s);
    assert.strictEqual(a.fixes[1].command!.args[0], b.fixes[1].command!.args[0]);
  });

  it('never throws and stays quiet on odd input', () => {
    for (const s of [LRE, PDF, LRE + PDF, '  ', '%', ' %', 'في', 'في  ', '  دول', '\n\n', '\u0640\u0640', '\uD83D\uDE00  دول', 'a  دول']) {
      assert.doesNotThrow(() => findingsOf(missingNumeral, s));
    }
    assert.strictEqual(findingsOf(missingNumeral, '  دول').length, 0, 'nothing before the gap');
  });

  it('is linear: many gaps, long lines, a long plain text', function () {
    this.timeout(60000); // a quadratic pass would take minutes here
    // (single-spaced apart from the gaps, as a typed draft is: a text full of double spaces reads as justified)
    const unit = 'شاركت في  دول عربية ' + LRE + ' ' + PDF + 'وقال الوزير إن المشروع سيتواصل رغم الصعوبات في المناطق الداخلية والساحلية ';
    assert.strictEqual(findingsOf(missingNumeral, (unit + '\n').repeat(20000)).length, 40000);
    assert.strictEqual(findingsOf(missingNumeral, unit.repeat(5000)).length, 10000, 'one long line');
    const plain = 'أكدت الوزارة أن المشروع سيتواصل رغم الصعوبات في الدول العربية منذ سنوات.\n'.repeat(15000);
    assert.strictEqual(findingsOf(missingNumeral, plain).length, 0);
  });
});

describe('rule missing-numeral: mined context and the document\'s spacing', () => {
  const at = (text: string) => findingsOf(missingNumeral, text).map((f) => f.start);
  it('in a single-spaced draft, a double space the mined context explains is a gap', () => {
    const text = 'وأعلنت الوزارة عن اعتقال  إرهابيين في عملية أمنية بالجبل.';
    assert.deepStrictEqual(at(text), [text.indexOf('  ') + 1]);
  });
  it('a space before punctuation after a word a number nearly always follows is a gap', () => {
    const text = 'وارتفعت الأسعار بنسبة ، حسب المعهد الوطني للإحصاء.';
    assert.deepStrictEqual(at(text).length, 1);
  });
  it('in justified text a double space says nothing', () => {
    const line = 'أعلنت  الحكومة  عن  خطة  جديدة  لدعم  المزارعين  في  المناطق  الداخلية  وقال  الوزير  إن  المشروع  سيتواصل.';
    const text = `${line}\nوقال المتحدث باسم قناة فرانس  للحديث عن الأزمة.\n${line}`;
    assert.deepStrictEqual(at(text), []);
  });
  it('in justified text a pair correct news nearly always writes with a number between is still a gap', () => {
    const line = 'أعلنت  الحكومة  عن  خطة  جديدة  لدعم  المزارعين  في  المناطق  الداخلية  وقال  الوزير  إن  المشروع  سيتواصل.';
    const gap = 'وتوفي شاب عمره  سنة في الحادث.';
    const text = `${line}\n${gap}\n${line}`;
    assert.deepStrictEqual(at(text), [line.length + 1 + gap.indexOf('  ') + 1]);
  });
  it('empty brackets, an empty item of a list of numbers, a time without its hours, a range without its start', () => {
    for (const text of [
      'وعرض فيلم "يوميات بيروت" () ضمن البرنامج.',
      'في أيام 3، 10، ، 31 من الشهر.',
      'العرض الثاني على الساعة :00 مساء.',
      'الدورات من  إلى 15 مارس.',
      'تراجعت البطالة إلى  في المائة هذا العام.',
    ])
      assert.strictEqual(at(text).length, 1, text);
  });
  it('an empty item or empty brackets: the placeholder goes before the closing mark, where typing a number settles it', () => {
    for (const [text, before] of [
      ['في أيام 3، 10، ، 31 من الشهر.', 'في أيام 3، 10، '],
      ['وعرض فيلم "يوميات بيروت" ( ) ضمن البرنامج.', 'وعرض فيلم "يوميات بيروت" ( '],
      ['وعرض فيلم "يوميات بيروت" () ضمن البرنامج.', 'وعرض فيلم "يوميات بيروت" ('],
      // (the fast-check counterexample: a list in a line in visual order the shared test leaves as it is)
      [' \u064a\u0641 \u202C21 \u202A\u060c \u060c', ' \u064a\u0641 \u202C21 \u202A\u060c '],
    ])
      assert.deepStrictEqual(at(text), [before.length], text);
  });
  it('and not their look-alikes', () => {
    for (const text of ['قناة "دبليو دى ار" (\u202A)WDR\u202C الألمانية', 'بلغت 3ر636 م د في أفريل', 'الدالة f() في البرنامج', 'من  الأفضل أن ننتظر.'])
      assert.deepStrictEqual(at(text), [], text);
  });
  it('a word that already has its number before it is weighed by what follows it then: a month its year, a noun nothing', () => {
    // correct news writes a year after "day month" in most of its uses (context.data.ts, the fourth count)
    assert.deepStrictEqual(at('التقينا يوم 5 جوان  في العاصمة.'), [19]);
    assert.deepStrictEqual(at('قطع العداء 5 كيلومترات  في ساعة.'), []);
  });
});

describe('rule missing-numeral: properties', () => {
  // Random drafts made of the words the rule reacts to, numbers, gaps and controls.
  const piece = fc.constantFrom(
    'في', 'وفي', 'منذ', 'حوالي', 'بنسبة', 'نحو', 'بعد', 'العمر', 'عدد', 'بين', 'عامي', 'الأحد', 'يوم', 'مطلع',
    'دول', 'سنوات', 'أشخاص', 'شخصا', 'عاما', 'ألف', 'آلاف', 'دينار', 'بالمائة', 'المائة', 'كلغ', 'م', 'د', 'و',
    'عام', 'سنة', 'العام', 'لسنة', 'جويلية', 'مارس', 'كانون', 'الثاني', 'للهجرة', 'ثلاث', 'الدول', 'العربية',
    'قال', 'الوزير', 'أيضا', 'فرنسا', '2016', '٣', '1,5', '%', '،', '.', '"', '(', ')',
  );
  const sep = fc.constantFrom(' ', ' ', ' ', '  ', '', '\n', LRE + ' ' + PDF, LRE + PDF, LRE + ' 12' + PDF, '\u202B');
  const draft = fc.array(fc.tuple(piece, sep), { maxLength: 30 }).map((ps) => ps.map(([p, s]) => p + s).join(''));

  it('the gap beside a dropped bidi control (found by this property): the finding stays, with no edit that could land on the wrong side', () => {
    const src = 'في (\u202B) ';
    const found = findingsOf(missingNumeral, src);
    assert.deepStrictEqual(found.map((f) => [f.start, f.fixes.length, f.fixes[0].edits.length]), [[5, 1, 0]]);
    assert.strictEqual(findingsOf(missingNumeral, 'في () ').map((f) => f.fixes.length).join(), '2');
  });

  it('zero-width findings with an insertion there, never a preferred fix; typing a number there settles that gap', () => {
    fc.assert(
      fc.property(draft, fc.boolean(), (text, reversed) => {
        const src = reversed ? visual(text) : text;
        const found = findingsOf(missingNumeral, src);
        for (const f of found) {
          assert.strictEqual(f.start, f.end);
          assert.ok(f.fixes.every((x) => !x.preferred));
          // (on a line read backwards there is no placeholder edit, only "mark as intended")
          if (f.fixes.length === 1) {
            // a gap beside a bidi control the repaired view dropped (`( \u202B)`): before or after the control is not
            // known, so the view offers no edit there (view.ts findingToOriginal) — only "mark as intended"
            const besideControl = /[\u202A-\u202E\u2066-\u2069]/.test(src.slice(Math.max(0, f.start - 1), f.start + 1));
            assert.ok(reversed || besideControl, `a placeholder edit was lost on a line in logical order: ${show(src)}`);
            assert.deepStrictEqual(f.fixes[0].edits, []);
            assert.strictEqual(f.fixes[0].command?.id, REVIEW_COMMAND);
            continue;
          }
          const e = f.fixes[0].edits[0];
          assert.strictEqual(e.start, f.start);
          // type a number where the placeholder would go: that gap is settled (a new number may reveal
          // another gap next to it, e.g. a month that now has its year but not its day)
          const inserted = e.newText.replace(PLACEHOLDER_SNIPPET, '7');
          const typed = src.slice(0, e.start) + inserted + src.slice(e.end);
          const left = findingsOf(missingNumeral, typed).filter((g) => g.start >= e.start && g.start <= e.start + inserted.length);
          assert.deepStrictEqual(left.map((g) => g.start), [], `typing a number at ${f.start}: ${show(typed)}`);
        }
        assert.strictEqual(fixAll(src, { only: [missingNumeral.id] }).text, src);
      }),
      { numRuns: 500 },
    );
  });
});
