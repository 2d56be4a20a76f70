import * as assert from 'assert';
import { fixAll, lintText } from '../../engine';
import { applyEdits } from '../../fix';
import { findingsOf, ruleTester } from '../../../testing/ruleTester';
import { analyseClaims, reviewedKey, unattributedClaim, WHO_MARKER } from '.';

/*
 * All sentences below were written for these tests (none comes from the evaluation corpus).
 * `flagged` lists the reported ranges: verb (or source phrase) and subject, in order.
 */
const VAGUE = /^Vague source: /;
const ANON = /^Anonymous source: /;
const IMPERSONAL = /^Impersonal claim: /;

ruleTester(unattributedClaim, {
  valid: [
    // ninth pass (issue 9): look-alikes of the shapes above
    { text: 'وحسب التلفزيون، فإن قائد الجيش رجح أن تستمر العملية أسبوعا.', name: 'a named person after فإن' },
    { text: 'والمحامي سامي نادر الذي رفض الكشف عن تفاصيل القضية قال إن الجلسة أجلت.', name: 'a named speaker refusing details, not his identity' },
    { text: 'وقالت الوزارة إن عاملا طلب عدم الكشف عن هويته قدم شكوى.', name: 'an anonymous person inside a named source\'s content' },
    { text: 'ونقل الموقع عن رئيس البلدية قوله إن الطريق ستفتح غدا.', name: 'a titled official quoted via عن: قوله is no name' },
    { text: 'ويتوقعون ارتفاع نسبة المشاركة.', name: 'a plural verb with no subject before: its pronoun' },
    // seventh pass (issue 9): a recall sample of the even half judged by the corpus guideline, the open shapes
    { text: 'والوزير لا يستبعد أن يستقيل قبل نهاية العام.', name: 'a definite subject before لا يستبعد: the verb is active, the view the minister\'s' },
    { text: 'المدرب يعتقد أن الفريق سيتأهل.', name: 'a definite subject before an ambiguous passive' },
    { text: 'وقال الناجون إن المركب انقلب قرب الشاطئ.', name: 'survivors, definite: the people of the story' },
    { text: 'وقال ناجي إن المركب انقلب قرب الشاطئ.', name: 'ناجي is a first name, not a form of ناجون' },
    { text: 'وقال المسؤول الذي أشرف على التحقيق إن الملف اكتمل.', name: 'a relative clause after a definite official that is no anonymity clause' },
    { text: 'وقالت وزارة الدفاع إن الجثث لمعتقلين. وأكدت المصادر ذاتها أن التحقيق متواصل.', name: 'the same sources after a named body' },
    // fifth pass (issue 9): look-alikes from a judged even-half sample of 120 flagged sentences
    { text: 'إغلاق الطريق الرابطة بين المدينتين : مصدر من وزارة التجهيز يوضح', name: 'a headline that ends at its verb: a stance announced, no proposition' },
    { text: 'ونقلت وكالات الأنباء عن رئيس الوزراء قوله إن المحادثات كانت مثمرة.', name: 'agencies quoting a named speaker: the claim rests on him' },
    { text: 'ونقلت مصادر إعلامية عن الحماية المدنية قولها إن الحريق أخمد.', name: 'vague media quoting an institution' },
    { text: 'وقال المحتجون إن مطالبهم لم تتحقق منذ سنوات.', name: 'people of a trade, definite: the people of the story' },
    { text: 'وأكد محامي المتهم أن موكله بريء.', name: 'people of a trade in construct: a role' },
    // fourth pass (issue 9): look-alikes from a judged even-half sample and own set 3's tuning half
    { text: 'وتُقدّر كلفة الجسر بمليار دينار (نحو ثلاثمائة مليون دولار) من قرض خارجي.', name: 'a passive estimate with an aside in brackets: no complement' },
    { text: 'وحسب تقديرات وزارة الفلاحة، فإن الصابة ستتراجع.', name: 'estimates in construct with a ministry are its own' },
    { text: 'ونشر تقرير حديث من موقع "المصدر" الإخباري أن الحفل ألغي.', name: 'a report from a quoted outlet is named' },
    { text: 'وتتوقع وكالة، الترقيم الدولي ستاندرد آند بورز، تحسن النمو.', name: 'an agency named in apposition between commas' },
    { text: 'الشركة الوطنية تنفي لجوء إحدى سفنها إلى ميناء أجنبي', name: 'لجوء is a word, not ل\u0640 + an addressee' },
    { text: 'وحسب ما أعلنت مجموعة قنوات "النهار"في بيانها، فإن البرنامج توقف.', name: 'a quoted name after a vague plural (the quote glued to the next word)' },
    { text: 'وتداول رواد مواقع التواصل مقطع فيديو "مضحكا" لحفل زفاف.', name: 'a scare quote after the object is no complement' },
    { text: 'وقد عاد اللاعب إلى التمارين بعد تردد أنباء عن إصابته.', name: 'a verbal noun after بعد' },
    { text: 'ونشر الصحفي الصورة دون ذكر مصدرها.', name: 'a verbal noun after دون' },
    { text: 'ووقعت الأطراف المعنية على الاتفاق أمس.', name: 'الأطراف alone: the parties just named' },
    { text: 'ونفت الوزارة خبرا مفاده أن الامتحانات ستؤجل.', name: 'a news item a named body denies' },
    { text: 'وأكد الوزير أن وسائل إعلام نقلت خبرا مفاده أن الطريق قطعت دون تثبت.', name: 'a news item inside a named speaker\'s statement' },
    { text: 'ووفق معطيات سجلتها وزارة الصحة، فإن عدد الإصابات تراجع.', name: 'a relative clause names whose the data are' },
    { text: 'وحسب تقارير فنية أعدتها الإدارة الجهوية، فإن المشروع تعطل.', name: 'reports a named body prepared' },
    { text: 'وتشير المعطيات الأولية إلى أن السائق فقد السيطرة.', name: 'the preliminary data of the inquiry' },
    // third pass (issue 9): look-alikes the corpus guideline does not mark
    { text: 'ووجد الباحثون أن النوم المبكر يحسن الذاكرة.', name: 'a finding of the definite researchers: the study reported before' },
    { text: 'وقال أحد الحاضرين )سامي العيادي( إن القاعة امتلأت.', name: 'a name in mirrored brackets (a line read back from visual order)' },
    { text: 'وقال إن المهرجان فقد بريقه على حد تعبيره.', name: 'على حد تعبيره: the speaker named before' },
    { text: 'وتقول صحيفة لوباريزيان إن فريق الإسعاف وصل متأخرا.', name: 'a foreign title with its article joined names the paper' },
    { text: 'إمساكية رمضان حسب الجهات', name: 'حسب الجهات: by region' },
    { text: 'وتوضح بعض المسارات تحرك الناس بسرعة أكبر.', name: 'some of the X (X unknown) with no complement: things, not a source' },
    { text: 'كما أعلن عدد من الشركات ومنظمي الرحلات البحرية عن نيتهم استئناف أنشطتهم.', name: 'own intention after the subject\'s genitives' },
    { text: 'وقد بيّنت الأبحاث أن المظنون فيه خصص الورشة لصناعة البنادق.', name: 'الأبحاث: the (police) inquiry of the case, not an impersonal source' },
    { text: 'وحسب المعلومات الأولية، فإن الشاب يعاني من اضطرابات نفسية.', name: 'the preliminary information of an inquiry' },
    { text: 'وقد توفيت امرأة يُعتقد أنها في الثلاثينيات من عمرها.', name: 'a passive belief verb describing the indefinite noun before it' },
    { text: 'كما أعلن عدد من الشركات السياحية عن نيتهم استئناف أنشطتهم نحو تونس.', name: 'announcing their own intention' },
    { text: 'ويتداول نشطاء على "الفيسبوك" منذ يوم أمس فيديو حول نجاة بحار.', name: 'a quoted platform name after على is no complement' },
    { text: 'وأكد في تصريح لإحدى القنوات التلفزية أن الجمعية فوجئت بالقرار.', name: 'one of the channels after ل\u0640 is the addressee' },
    { text: 'وتوصل الطرفان إلى اتفاق ينص على أن الأجور سترتفع.', name: 'توصل إلى اتفاق: reaching an agreement, no finding' },
    { text: 'وذكرت فيها عدة وجهات سياحية.', name: 'no conjunction after a quantifier: وجهات is not و + جهات' },
    { text: 'وندّد نشطاء بالاعتداء على الصحفيين.', name: 'a stance verb without a proposition (a reaction, not a claim)' },
    { text: 'وطالب متساكنون "بحلول عاجلة" لأزمة الماء.', name: 'a demand in quotation marks is no complement of a stance verb' },
    { text: 'ونظم نشطاء وقفة أمام مقر الولاية للمطالبة بالتشغيل.', name: 'vague people doing something, with no circumstantial claim' },
    { text: 'ويظهر في الشريط أحد اللاعبين وهو يحتفل.', name: 'يظهر "appears" without a complement' },
    { text: 'وقال أحد المشاركين في الندوة، محمود بن سالم، إن التظاهرة نجحت.', name: 'a name in apposition after a place phrase' },
    { text: 'وقال أحد الحاضرين (سامي العيادي) إن القاعة امتلأت.', name: 'a name in brackets after the subject' },
    { text: 'وكان بينهم طبيب أكد أن الحالة مستقرة.', name: 'بينهم "among them" is not بيّن' },
    { text: 'تقرير: الحكومة تعلن خطة جديدة لدعم المزارعين', name: 'a genre label before a colon (Report: …) is not a source' },
    { text: 'دراسة: النوم المبكر يحسن الذاكرة', name: 'a study label in a headline' },
    "وقال وزير الخارجية سامي نادر إن المحادثات ستستأنف الأسبوع المقبل.",
    "بحسب تقرير رويترز، تراجعت صادرات النفط بنسبة عشرة في المئة.",
    "قال المدرب خالد الحربي إن اللاعبين جاهزون. وأضاف الحربي أن الفريق سيخوض المباراة بتشكيلته الكاملة.",
    "كما تقول الباحثة ليلى حداد إن الظاهرة ليست جديدة.",
    "ويعتقد الخبير الاقتصادي حسن يوسف أن الأسعار ستستقر.",
    "وقال اللواء المتقاعد سمير فرج إن الجيش يملك خطة بديلة.",
    "وقالت الباحثة في مركز الأهرام للدراسات منى سليم إن التحالف هش.",
    "وأكد رئيس الوزراء أن الحكومة لن تتراجع عن الإصلاحات.",
    "وقالت وزارة الصحة في بيان إن عدد الإصابات ارتفع إلى مئة وعشرين.",
    "وذكرت وكالة الأنباء الرسمية أن الرئيس استقبل السفير الفرنسي.",
    "وفقا لتقرير صادر عن البنك الدولي، سينمو الاقتصاد بنسبة ثلاثة في المئة.",
    "ونقلت صحيفة «الشروق» عن الوزير قوله إن الميزانية جاهزة.",
    "وقال المتحدث باسم الشرطة العقيد محمد علي إن التحقيقات متواصلة.",
    "وأشارت منظمة الصحة العالمية إلى أن الوباء في تراجع.",
    "وأضاف أن الحكومة ستراجع الأسعار كل ثلاثة أشهر.",
    "وتابع قائلا إن الظروف صعبة.",
    "التقى الوزير بممثلي النقابات. وقالوا إن اللقاء كان إيجابيا.",
    "وتعتمد البلاد على مصادر الطاقة المتجددة بنسبة ثلاثين في المئة.",
    "وأعلنت الحكومة مصادرة الأملاك التابعة للشركة.",
    "وتعاني القرى من شح مصادر المياه خلال فصل الصيف.",
    "واستعانت الوزارة بخبراء من الجامعة لتقييم الأضرار.",
    "وزار الوفد عددا من الخبراء في المعهد.",
    "وأكد الوزير أن خبراء من الاتحاد الأوروبي سيزورون البلاد.",
    "وقال الرئيس التنفيذي للشركة أحمد منصور إن الأرباح تضاعفت.",
    "وذكر المعهد الوطني للإحصاء أن البطالة انخفضت.",
    "قالت الشرطة إنها اعتقلت ثلاثة أشخاص.",
    "وأوضح مدير المستشفى أن الجرحى في حالة مستقرة.",
    "ويرى الكاتب والمحلل السياسي فهد الشمري أن الانتخابات ستكون حاسمة.",
    "وقالت المحامية سلمى بن علي إن موكلها بريء.",
    "وقال سامي نادر، وزير الخارجية، إن الحوار هو الحل.",
    "بحسب الأمم المتحدة، نزح أكثر من مليون شخص.",
    "حسب وزارة الداخلية، تم توقيف عشرين مشتبها.",
    "وحسب القانون، يحق للمواطن الطعن في القرار.",
    "يمكن تعديل الجدول حسب الحاجة.",
    "وأكد مسؤول الاتصال في الوزارة رامي خليل أن الموقع سيعود للعمل.",
    "قال مدير مكتب الإحصاء إن الأرقام نهائية.",
    "وفق ما أكده الرئيس المدير العام للشركة، ستنطلق الأشغال في مارس.",
    "ونقلت رويترز عن وزير الطاقة قوله إن الإنتاج سيرتفع.",
    "وقال التقرير إن الفقر تراجع في المناطق الريفية.",
    "وقالت الدراسة التي نشرتها جامعة أكسفورد إن النوم يحسن الذاكرة.",
    "وأشارت المعلومات التي قدمها الشهود إلى أن السيارة كانت مسرعة.",
    "وقال حارس المرمى إنه جاهز للمباراة.",
    "وحذر الرئيس من مغبة التصعيد.",
    "وكشف تقرير البنك المركزي أن الاحتياطي ارتفع.",
    "ويرى أستاذ العلوم السياسية في جامعة القاهرة خالد عبد الله أن الحوار ضروري.",
    "عندما يقول أحدهم إنه لا يكذب، فإنه غالبا يكذب.",
    "ويشار إلى أن الدورة المقبلة ستقام في تونس.",
    "يذكر أن المهرجان تأسس عام 1964.",
    "تجدر الإشارة إلى أن الملعب يتسع لخمسين ألف متفرج.",
    "أعلن موقع «فيسبوك» أنه سيغلق الخدمة.",
    "وقالت صحيفة نيويورك تايمز إن المفاوضات متعثرة.",
    "وذكرت مجلة «الإيكونوميست» أن الاقتصاد العالمي يتباطأ.",
    "وقال نائب رئيس البرلمان إن الجلسة ستعقد الاثنين.",
    "وأفاد بيان صادر عن الرئاسة بأن الرئيس سيسافر.",
    "وقال الأمين العام للأمم المتحدة إن الوضع الإنساني كارثي.",
    "ورأى الوزير أن القرار يخدم المصلحة العامة.",
    "وأضافت أن الحكومة ستتدخل.",
    "ويرون أن الحل سياسي.",
    "وقالت الباحثة منى سليم إن النتائج مشجعة. وأكدت سليم أن الدراسة ستستمر.",
    "وقال رئيس الجمعية، الذي يشغل المنصب منذ عشر سنوات، إن الموارد شحيحة.",
    "وأكد الخبير أن الأزمة ستطول.",
    "وقال خبير الاقتصاد حسن يوسف إن التضخم سيتراجع.",
    "ويضم الفريق خبراء من عشر دول.",
    "وناقش المؤتمر تقارير اللجان الفرعية.",
    "وأكدت اللجنة تلقيها تقارير من مراقبين في عدة محافظات.",
    "وقال الناطق الرسمي باسم الحكومة إن القرار نهائي.",
    "وقررت المحكمة مصادرة أملاك المتهم.",
    "وطالبت منظمات حقوقية بالإفراج عن المعتقلين.",
    "وقال الوزير إن مسؤولين في الوزارة يدرسون الملف.",
    "وأكد الوزير لخبراء البنك الدولي أن الإصلاحات ماضية.",
    "وقالت منظمة العفو الدولية إن التقارير عن التعذيب موثوقة.",
    "نقلت وكالة الأنباء الفرنسية عن المتحدث باسم الجيش قوله إن الهدنة صامدة.",
    "وتقول الحكومة إن مصادر الطاقة البديلة ستغطي نصف الاستهلاك.",
    "وأشار إلى مصادر الطاقة المتجددة باعتبارها الحل.",
    "وقال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا موحدة.",
    "وقال Jean Dupont، محامي العائلة، إن القضية ستستأنف.",
    "وأضافه مسؤولون إلى قائمة المدعوين.",
    "وحذر مسؤولين في البلدية من مغبة التأخير.",
    "واتهم ناشطين بالتحريض على العنف.",
    "وفقا لتقارير الأمم المتحدة، تراجع الفقر في المنطقة.",
    "وشارك في الندوة خبراء ومحللون من عدة دول.",
    "وتوقع المدرب فوز فريقه في المباراة المقبلة.",
    "وأعلن النادي تعاقده مع لاعب جديد لمدة ثلاث سنوات.",
    "ويرى المدرب أن المنافسة على اللقب ستكون صعبة.",
    "وكشف الفحص الطبي عن إصابة اللاعب في الركبة.",
    "وذكرت الشركة في تقريرها السنوي أن الأرباح ارتفعت.",
    "وبحسب الأرقام الرسمية، بلغ النمو ثلاثة في المئة.",
    "وبحسب الإحصاءات الرسمية، تراجعت البطالة.",
    "حسب المعطيات المتوفرة، لم تسجل إصابات.",
    "ووفقا للدستور، تجرى الانتخابات كل خمس سنوات.",
    "وقالت الحكومة إن خبراء سيقيمون الأضرار.",
    "أكد وزير المالية أن مصادر التمويل متنوعة.",
    "قال الطبيب إن مصدر العدوى لم يحدد بعد.",
    "تقول الرواية إن البطل عاد إلى قريته بعد الحرب.",
    "كما يقول المثل، الصبر مفتاح الفرج.",
    "ذكرت صحيفة الشروق التونسية أن المهرجان سيفتتح الجمعة.",
    "أشارت دراسة نشرتها مجلة نيتشر إلى أن الجليد يذوب بسرعة.",
    "وأوضح بيان للوزارة أن الامتحانات ستجرى في موعدها.",
    "وقال مسؤول الإعلام بالنادي إن التذاكر نفدت.",
    "وقال محامي الدفاع إن موكله سيستأنف الحكم.",
    "ويُذكر أن الفريق تأهل إلى النهائي للمرة الثالثة.",
    "ونقل التلفزيون الرسمي عن الرئيس قوله إن الوضع تحت السيطرة.",
    "ونقل الجرحى إلى المستشفى الجهوي.",
    "وحذرت الأرصاد الجوية من رياح قوية.",
    "وتوقعت الأرصاد الجوية أمطارا غزيرة نهاية الأسبوع.",
    "ويتوقع أن يصل الوزير غدا إلى العاصمة.",
    "واعتبر أن القرار جاء في وقته.",
    "وتعتبر مصادر الطاقة المتجددة بديلا واعدا.",
    "تعتبر المنطقة من أغنى المناطق بالمياه الجوفية.",
    "وأشار الخبير في الشؤون الأمنية إلى أن الوضع هادئ.",
    "وأظهرت الأرقام الرسمية تراجع العجز التجاري.",
    "ويظهر أن الحكومة مصممة على المضي في الإصلاحات.",
    "وقال رئيس الوزراء إن مصادر قلق المواطنين معروفة.",
    "وأعلنت الوزارة إطلاق منصة لتلقي الشكاوى من المواطنين.",
    "وطالب المواطنون بتحسين الخدمات.",
    "وقالت المديرة العامة للمستشفى سعاد بن صالح إن الأسرة متوفرة.",
    "ودعا الخبير الاقتصادي فيصل الطاهري إلى ترشيد النفقات.",
    "وأكد المتحدث باسم الحماية المدنية أن الحريق أخمد.",
    "وتمت إضافة مصادر جديدة للطاقة إلى الشبكة.",
    "وبعد إضافة خبراء جدد إلى اللجنة بدأ العمل.",
    "ويبلغ عدد السكان نحو مليوني نسمة.",
    "وقدر الحضور جهود المنظمين.",
    "وتشكل الديون مصدر قلق كبير للحكومة.",
    "وتبحث الشركة عن مصادر تمويل جديدة للمشروع.",
    "ويبقى السياحة مصدر دخل رئيسي للمنطقة.",
    "وقالت المتحدثة باسم الوزارة إن الملف قيد الدراسة.",
    "وأضاف رئيس البلدية أن الأشغال ستنتهي قريبا، مشيرا إلى أن الميزانية متوفرة.",
    "ويقول ابن خلدون إن الظلم مؤذن بخراب العمران.",
    "وقالت متحدثة باسم الخارجية الألمانية إن برلين لم تتخذ قرارا بعد.",
    "وذكرت صحيفة «لوموند» الفرنسية أن المفاوضات فشلت.",
    "وأوضحت الشركة الأمريكية أن التحديث سيصدر الشهر المقبل.",
    // tuning rows written for the generalisation work (own sentences, shaped on the even half of shared/unlabelled)
    { text: 'البنك المركزي ينفي تقارير حول تعويم العملة', name: 'a vague noun right after a verb it does not agree with is its object (ينفي تقارير)' },
    { text: 'وزارة الدفاع تحذّر المواطنين من دخول المناطق المغلقة.', name: 'a sound plural in ين after a transitive verb is its object, definite too' },
    { text: 'شاهد : لحظة وصول الوفد إلى المطار', name: '"Watch:" is a headline label' },
    { text: 'المصدر : وكالة تونس إفريقيا للأنباء', name: 'a byline "Source:" is a label' },
    { text: 'ونفى الوزير كل ما قيل حول استقالته.', name: 'ما قيل "what was said" is a noun clause' },
    { text: 'وعثر على الرجل مغمى عليه إثر ما يعتقد أنها نوبة قلبية.', name: 'ما يعتقد أن "what is believed to be": a hedge, not a claim' },
    { text: 'وقال إنه لم يعتقد أنه سيعود إلى بلده.', name: 'لم يعتقد: active and negated' },
    { text: 'وتُقدّر كلفة المشروع بخمسة ملايين دينار.', name: 'a passive estimate (تُقدّر … ب\u0640) is no claim' },
    { text: 'ونقل أحد العمال إلى المستشفى المحلي لتلقي الإسعافات.', name: 'نقل without عن or a complement is "moved"' },
    { text: 'ونفى الوزير علمه بما روج من أخبار حول التحوير.', name: 'علمه "his knowledge" is no verb' },
    { text: 'وقال أحد المشاركين، سامي بن علي، إن الوقفة سلمية.', name: 'a name in apposition names the source' },
    { text: 'وأكد عضو هيئة المحامين كمال العبيدي أن الإضراب قائم.', name: 'a construct chain after a person makes it definite (and a name follows)' },
    { text: 'أكد عضو تنسيقية اعتصام الفوار زيد الهادي أن التحركات ستتواصل.', name: 'a construct chain of several nouns' },
    { text: 'وقال الوزير إن الميزانية جاهزة. وأضاف المصدر ذاته أن المشروع سينطلق قريبا.', name: 'the same source again, after a named one' },
    { text: 'وأكد مدير المستشفى أن الحالات مستقرة. وأضاف نفس المصدر أن الأطباء في حالة تأهب.', name: 'ذات/نفس المصدر after a named source' },
    { text: 'ونفت الوزارة في بلاغ لها تقارير تشير إلى امتلاء السدود.', name: 'an indefinite noun after a content word, then a verb: an object with a describing clause' },
    { text: 'ولا يُرى هذا الكوكب بالعين المجردة.', name: 'a passive by its damma needs a complement (is not seen)' },
    { text: 'وقال الرئيس إن المستثمر كبير، من دون الكشف عن هويته، وإنه سيعود قريبا.', name: 'an anonymity clause far from the named subject is about someone else' },
    { text: 'وتتوزع الانتهاكات حسب جهات البلاد.', name: 'جهات البلاد are the regions (Maghreb)' },
    { text: 'يوسف الشاهد يعلن جملة من الإجراءات لفائدة الجهة', name: '"a set of" measures after a verb is its object, not a vague subject' },
    { text: 'وقالت جامعة سوسة إن الدراسة شملت ألف طالب. وأضاف الباحثون أن النتائج أولية.', name: 'the researchers, after a named source, are that source' },
    { text: 'كما صرح لوكالة الأنباء الفرنسية أن الحكومة مستقرة.', name: 'an addressee with its genitives (لوكالة الأنباء …) is not the subject' },
    // rows for issue 9's second pass (sentences written for these tests)
    { text: 'هل يتوقع المحللون انفراجا في الأزمة قبل الصيف؟', name: 'a question asserts nothing' },
    { text: 'ودعا عدد من النواب إلى جلسة عامة. لكن الكثير من السياسيين يدعون إلى انتخابات مبكرة.', name: 'يدعون إلى is دعا (call for), not ادّعى' },
    { text: 'وعثر الأعوان على طفلة تُدعى «سلمى» في الحديقة.', name: 'تُدعى is "is called"' },
    { text: 'وبينما كان يعتقد أن الدواء آمن، تبين العكس.', name: 'كان يعتقد: a past belief, not a claim' },
    { text: 'وقال عضو الهيئة العليا المستقلة للانتخابات إن التسجيل متواصل.', name: 'a person and a definite genitive that looks like a nisba (الهيئة العليا) is a role' },
    { text: 'وأوضح مصدر رسمي بوزارة النقل هو المدير العام للطيران المدني أن الرحلات عادية.', name: '"هو" + a title names the source' },
    { text: 'وأضاف الوزير أن الوضع صعب ومن المرجح أن يتأجل الموعد.', name: 'من المرجح inside a named speaker\'s sentence' },
    { text: 'وكان من المتوقع أن يصرف القسط في الربيع.', name: 'a past expectation' },
    { text: 'ونفى الوزير ما ذكرته مصادر إعلامية حول استقالته.', name: 'a report a named subject denies' },
    { text: 'وأعلن عدد من أهالي القرية دخولهم في اعتصام مفتوح.', name: 'people announcing their own action' },
    { text: 'وتداولت صفحات على مواقع التواصل صورا للحريق.', name: 'تداول with no complement is no claim' },
    { text: 'وذكر مصادرها وقيمتها في التقرير.', name: 'مصادرها as the object of a masculine verb' },
    { text: 'ونفى الوزير أنباء عن استقالته.', name: 'أنباء عن as an object' },
    { text: 'وقال الموقوف إنه يروج المخدرات منذ سنوات.', name: 'يروج "deals in" is no rumour' },
    { text: 'وأضاف الوزير أن الوضع صعب ويرجح أن يتأجل الموعد.', name: 'a hedge inside a named speaker\'s statement is the speaker\'s' },
    { text: 'وأوضح في تصريح للإذاعة أن المتهم يعتقد أنه فر إلى الجبل.', name: 'a hedge inside an anaphoric speaker\'s statement' },
    { text: 'وقال باحثون من جامعة صفاقس إن النتائج أولية. وأضاف الباحثون أن التجارب ستتواصل.', name: 'researchers of a named university, and the same researchers after' },
    { text: 'وأكد الوزير في تصريح لوسائل الإعلام أن الخطة جاهزة.', name: 'a statement to the media (ل\u0640 = to) is the speaker\'s' },
    { text: 'ويرجع تاريخ المسجد إلى القرن العاشر.', name: 'يرجع "dates back": its subject is no source' },
    { text: 'وتم نقل أحد المحتجين إلى المستشفى.', name: 'a verbal noun after تم (نقل "moving")' },
    { text: 'وذكرت صحيفة لو باريزيان أن المهاجم فر.', name: 'a foreign title with its article (لو) names the paper' },
    { text: 'وقالت باحثة بمعهد باستور إن اللقاح فعال.', name: 'a researcher of a named institute (ب\u0640 attached)' },
    // sixth pass (issue 9): false alarms of the even half's flagged sentences, judged by the corpus guideline
    { text: 'وأكد أحد المعتصمين علي الفرشيشي أن التحرك سيتواصل.', name: 'a name right after "one of", no comma' },
    { text: 'وأكد أحد المعتصمين كريم الهمامي في تصريح للإذاعة أن التحرك سيتواصل.', name: 'a name right after "one of", closed by في تصريح' },
    { text: 'وقال مسؤولون في بلدية المدينة في بيان إن الطريق ستغلق.', name: 'a group speaking in a statement: a body\'s statement' },
    { text: 'وأفاد أحد ممثلي تنسيقية الاعتصام، سمير الدريدي، أن المفاوضات توقفت.', name: 'a name after a construct chain and a comma' },
    { text: 'وأوضح أحد مؤسسي النادي كمال الورتاني أن الفريق سيشارك.', name: 'a name inside the chain, after its definite end' },
    { text: 'وأضاف رئيس الرابطة أن الموقوف تعرض للتعنيف حسب شهادات عائلته.', name: '"according to" inside a named speaker\'s statement' },
    { text: 'وقالت المديرة إن النتائج جيدة، وليس كما يروج البعض.', name: 'وليس كما + verb: what is denied' },
    { text: 'وأكد الأهالي أنهم سيواصلون الاعتصام.', name: 'people stating their own intention' },
    { text: 'وتعمل الحكومة على ذلك من خلال نقل الموظفين إلى الجهات.', name: 'a verbal noun after من خلال' },
    { text: 'وتُظهر الأرقام الرسمية أن البطالة تراجعت.', name: 'a damma on a form IV verb before its definite subject: not passive' },
    { text: 'وتفيد المعطيات الصادرة عن الوزارة بأن الصادرات ارتفعت.', name: 'a definite report a participle says whose it is' },
    { text: 'ووضعت البلدية على ذمة المتساكنين رقما أخضر.', name: 'على ذمة: "at the disposal of", no source' },
    { text: 'وأبلغت الجيران أن النار اشتعلت.', name: 'a feminine transitive verb before definite people: its object' },
    { text: 'وليست معركة سياسية كما يروج البعض.', name: 'كما يروج البعض: a rumour named to be rebutted' },
    { text: 'وفي نظر القانون فإن العقد باطل.', name: 'في نظر + no vague owner' },
    { text: 'وحسب تقديرات وزارة الص ناعة، فإن الإنتاج سيرتفع.', name: 'a torn institution in a one-sentence draft is read whole (the short text\'s second join pass)' },
    // eighth pass (issue 9)
    { text: 'وتوصلت دراسة نشرت في مجلة "لانسيت" إلى أن التدخين يقتل.', name: 'a study published in a named journal' },
    { text: 'وأشار تقرير صدر أمس عن البنك الدولي إلى أن النمو سيتباطأ.', name: 'a report issued by a named body (صدر عن)' },
    { text: 'كشفت دراسة أجراها علماء من جامعة أكسفورد أن النوم يحمي الذاكرة.', name: 'a study its named researchers made' },
    { text: 'خلص الطرفان إلى اتفاق بشأن الأجور.', name: 'خلص with no complement: "reached"' },
    { text: 'وخلصت اللجنة إلى أن الحادث عرضي.', name: 'خلص with a definite body' },
    { text: 'وحسب ما جاء في تقرير لوكالة الأنباء الرسمية فإن الحدود ستفتح.', name: 'ما جاء في + a named document' },
    { text: 'وأصدرت الحركة بيانا ترد فيه على ما ذكرته مصادر إعلامية.', name: 'a reply does not take up what it answers' },
    { text: 'والتقى الوزير بعدد من الفاعلين الذين لاحظ بعضهم التحسن بعد أن تغيرت الإدارة.', name: 'a relative clause with a time clause (بعد أن), no complement' },
    { text: 'قال مدير الشركة التونسية للكهرباء والغاز إن الإهدار كبير.', name: 'the director of an institution whose name goes on with ل\u0640 + a definite word' },
    { text: 'وتم إنقاذ البحارة وفق تأكيد الوزير.', name: 'a confirmation of a named owner' },
    { text: 'وهو التقرير الذي أعدته مصادر مطلعة.', name: 'a relative clause with an object pronoun and no complement' },
    { text: 'أظهر استطلاع نشر نتائجه البنك العالمي أن الشباب لا يهتمون بالسياسة.', name: 'a survey whose results a definite body published (object pronoun, then its subject)' },
    { text: 'ودعت الحركة الحكومة إلى الحزم، وفق ما ورد في بيان لها اليوم.', name: 'a statement of the subject\'s own (بيان لها)' },
    { text: 'قال الناطق باسم المحكمة سامي الجلاصي إن الجلسة أجلت. وتم الاستماع إلى المتهمين. وحضر الجلسة عدد من المحامين. وتعالت الأصوات. وأضاف المصدر أن الحكم سيصدر قريبا.', name: 'the same source past the window, after a named one and no source since' },
  ],
  invalid: [
    // ninth pass (issue 9): an anonymity clause with no comma, a vague subject after فإن, a verb with a plural suffix
    { text: 'مسؤول في الشركة طلب عدم ذكر اسمه أكد أن الديون تضاعفت.', flagged: ['مسؤول في الشركة طلب عدم ذكر اسمه أكد'], message: ANON },
    { text: 'ومسؤول بالمطار فضل عدم الكشف عن هويته قال إن الرحلات ستستأنف.', flagged: ['ومسؤول بالمطار فضل عدم الكشف عن هويته قال'], message: ANON },
    { text: 'وحسب التلفزيون، فإن مصادر عسكرية رجحت أن تستمر العملية أسبوعا.', flagged: ['مصادر عسكرية رجحت'], message: VAGUE },
    { text: 'وفي الأثناء فإن محللين يتوقعون ارتفاع نسبة المشاركة.', flagged: ['محللين يتوقعون'], message: VAGUE },
    { text: 'ونقل الموقع عن مسؤول في البلدية قوله إن الطريق ستفتح غدا.', flagged: ['ونقل الموقع عن مسؤول في البلدية'], message: VAGUE },
    // eighth pass (issue 9)
    { text: 'كشفت دراسة نشرت مؤخرا أن سكان المدن ينامون أقل.', flagged: ['كشفت دراسة'], message: VAGUE },
    { text: 'قال مصدر من الديوان الوطني للسياحة إن الحجوزات ارتفعت.', flagged: ['قال مصدر من الديوان الوطني للسياحة'], message: ANON },
    { text: 'وكانت أخبار أخرى قد راجت مفادها أن المدرب سيرحل.', flagged: ['أخبار أخرى قد راجت'], message: VAGUE },
    { text: 'وتم إنقاذ البحارة وفق تأكيد مصدر محلي.', flagged: ['وفق تأكيد مصدر محلي'], message: ANON },
    { text: 'ونقل المهاجم إلى المستشفى الذي قالت تقارير أمنية، في وقت لاحق، إنه توفي فيه.', flagged: ['قالت تقارير أمنية'], message: VAGUE },
    { text: 'كشفت دراسة أجراها باحثون أن الضوضاء تضر بالأطفال.', flagged: ['كشفت دراسة'], message: VAGUE },
    { text: 'وخلصت دراسة حديثة إلى أن المشي يطيل العمر.', flagged: ['وخلصت دراسة حديثة'], message: VAGUE },
    { text: 'حلت المدينة في المرتبة الثالثة وفق ما جاء في تقرير دولي.', flagged: ['وفق ما جاء في تقرير دولي'], message: VAGUE },
    { text: 'وبحسب ترجيح مصادر مطلعة فإن التحوير قريب.', flagged: ['وبحسب ترجيح مصادر مطلعة'], message: ANON },
    { text: 'أفاد مصدر أمني بأن الطريق أغلقت. وأضاف المصدر أن التحقيق متواصل.', flagged: ['أفاد مصدر أمني', 'وأضاف المصدر'], message: ANON },
    { text: 'أفاد مصدر قضائي بأن المتهم سيعرض على الفحص. وذكرت وكالة الأنباء الرسمية أن الجلسة أجلت. وتم تعيين لجنة. وتواصل البحث. وستحال القضية على المحكمة وفق المصدر ذاته.', flagged: ['أفاد مصدر قضائي', 'وفق المصدر ذاته'], message: ANON },
    // seventh pass (issue 9)
    { text: 'والانتخابات لا يستبعد أن تتأجل.', flagged: ['يستبعد'], message: IMPERSONAL },
    { text: 'وقال المسؤول الذي طلب عدم ذكر اسمه إن الملف اختفى.', flagged: ['وقال المسؤول'], message: ANON },
    { text: 'موظف بالبلدية، رفض الكشف عن هويته، أكد أن الملف اختفى.', flagged: ['موظف بالبلدية، رفض الكشف عن هويته، أكد'], message: ANON },
    { text: 'المسؤول، الذي طلب عدم ذكر اسمه، قال إن الصفقة ألغيت.', flagged: ['المسؤول، الذي طلب عدم ذكر اسمه، قال'], message: ANON },
    { text: 'وقال ناجون إن القارب غرق بعد ساعة.', flagged: ['وقال ناجون'], message: VAGUE },
    { text: 'وأكدت مصادر أمنية أن الطريق أغلقت، وفق ما نقلته وكالة رويترز. وأضافت المصادر ذاتها أن التحقيق متواصل.', flagged: ['وأكدت مصادر أمنية', 'وأضافت المصادر ذاتها'], message: VAGUE },
    // sixth pass (issue 9): shapes no earlier set covered, generalised through the lexicon
    { text: 'وقال جيران الضحية إن الرجل كان يعيش وحده.', flagged: ['وقال جيران'], message: VAGUE },
    { text: 'وقال أقارب الموقوف إنه لم يغادر البلاد.', flagged: ['وقال أقارب الموقوف'], message: VAGUE },
    { text: 'وتشير الترجيحات إلى أن الموعد سيتأجل.', flagged: ['وتشير الترجيحات'], message: IMPERSONAL },
    { text: 'وفي نظر محللين فإن الأزمة ستطول.', flagged: ['وفي نظر محللين'], message: VAGUE },
    { text: 'وعلى عهدة مصادر مطلعة فإن الاجتماع ألغي.', flagged: ['وعلى عهدة مصادر مطلعة'], message: ANON },
    { text: 'وقال الموظف، الذي طلب عدم ذكر اسمه، إن الملفات أتلفت.', flagged: ['وقال الموظف'], message: ANON },
    { text: 'وراجت منذ أيام أنباء عن إقالة المدير.', flagged: ['وراجت منذ أيام أنباء'], message: VAGUE },
    // fifth pass (issue 9): the real source after نقل … عن stays what decides, a headline with its proposition stays a claim
    { text: 'ونقلت صحف محلية عن مصادر قضائية أن المحكمة ستنظر في الملف.', flagged: ['ونقلت صحف محلية عن مصادر قضائية'], message: VAGUE },
    { text: 'مصادر أمنية تنفي مقتل القيادي', flagged: ['مصادر أمنية تنفي'], message: VAGUE },
    { text: 'ويقول محامون إن الإجراءات الجديدة مخالفة للقانون.', flagged: ['ويقول محامون'], message: VAGUE },
    { text: 'وقال مسافرون إن الطائرة تأخرت ثلاث ساعات.', flagged: ['وقال مسافرون'], message: VAGUE },
    // fourth pass (issue 9): shapes mined from the even half's quiet vague-source sentences
    { text: 'وأوقف الأعوان شابا وصفته مصادر أمنية بالخطير.', flagged: ['وصفته مصادر أمنية'], message: VAGUE },
    { text: 'وقال مراسلنا نقلا عن مصدره الأمني إن الموقوف فر.', flagged: ['نقلا عن مصدره'], message: ANON },
    { text: 'وأكد عارفون بالملف أن العقد لم يجدد.', flagged: ['وأكد عارفون'], message: VAGUE },
    { text: 'وترى أطراف سياسية أن الحوار فشل.', flagged: ['وترى أطراف سياسية'], message: VAGUE },
    { text: 'وذكرت صفحات محلية أن الطريق قطعت.', flagged: ['وذكرت صفحات محلية'], message: VAGUE },
    { text: 'ونسبت الصحيفة إلى مصدر مطلع قوله إن الوزير سيستقيل.', flagged: ['ونسبت الصحيفة إلى مصدر مطلع'], message: ANON },
    { text: 'وتردد أن المدرب سيرحل.', flagged: ['وتردد'], message: IMPERSONAL },
    { text: 'ونشرت وسائل إعلام محلية خبرا مفاده أن المدير أقيل.', flagged: ['وسائل إعلام محلية'], message: VAGUE },
    { text: 'ورغم إلحاح بعض المواقع الإخبارية وترويج خبر مفاده أن الحفل ألغي، فإن التحضيرات متواصلة.', flagged: ['بعض المواقع الإخبارية'], message: VAGUE },
    { text: 'وحسب الروايات المتداولة، فإن الحريق كان متعمدا.', flagged: ['وحسب الروايات المتداولة'], message: IMPERSONAL },
    { text: 'وتشير المعطيات إلى أن المدرب الجديد أجنبي.', flagged: ['وتشير المعطيات'], message: IMPERSONAL },
    { text: 'ووفق معلومات مفادها أن الموقوف فر، انطلقت عمليات التمشيط.', flagged: ['ووفق معلومات'], message: VAGUE },
    { text: 'ويُحكى أن المدينة بنيت على أنقاض قرية.', flagged: ['ويُحكى'], message: IMPERSONAL },
    { text: 'وبلغ إلى علمنا أن الاجتماع ألغي.', flagged: ['وبلغ إلى علمنا'], message: IMPERSONAL },
    { text: 'وحسب ما يتداوله رواد مواقع التواصل، فإن المباراة ستعاد.', flagged: ['وحسب ما يتداوله رواد'], message: VAGUE },
    // third pass (issue 9): stance verbs with a proposition, a circumstantial claim
    { text: 'مصادر مطلعة ل\u0640"الجوهرة أف أم": الوزير سيستقيل', flagged: ['مصادر مطلعة'], message: ANON },
    { text: 'ونقلت وكالة سبأ، التي يسيطر عليها الحوثيون، عن مصدر عسكري قوله إن الهجوم صُدّ.', flagged: ['ونقلت وكالة سبأ، التي يسيطر عليها الحوثيون، عن مصدر عسكري'], message: ANON },
    { text: 'والمهرجان، على حد قول مراقبين، فقد بريقه.', flagged: ['على حد قول مراقبين'], message: VAGUE },
    { text: 'وأكدت بعض العاملات أن المصنع مغلق منذ أسبوع.', flagged: ['وأكدت بعض العاملات'], message: VAGUE },
    { text: 'وحسب الجهات المعنية فإن الطريق مغلقة.', flagged: ['وحسب الجهات المعنية'], message: VAGUE },
    { text: 'وحسب التسريبات الأولية فإن الوزير سيستقيل.', flagged: ['وحسب التسريبات الأولية'], message: IMPERSONAL },
    { text: 'وأكدت للجوهرة أف أم مصادر مطلعة أن الاجتماع تأجل.', flagged: ['وأكدت للجوهرة أف أم مصادر مطلعة'], message: ANON },
    { text: 'في حين يرى عدد من المراقبين أن الحكومة ستسقط.', flagged: ['يرى عدد من المراقبين'], message: VAGUE },
    { text: 'وتناقلت وسائل الإعلام خبر استقالة الوزير.', flagged: ['وتناقلت وسائل الإعلام'], message: VAGUE },
    { text: 'ووجد باحثون أن النوم المبكر يحسن الذاكرة.', flagged: ['ووجد باحثون'], message: VAGUE },
    { text: 'وسبق لوسائل إعلام أن تحدثت عن إصابة القائد بجروح.', flagged: ['وسبق لوسائل إعلام أن تحدثت'], message: VAGUE },
    { text: 'وقالت عدة مصادر إن الوزير سيستقيل.', flagged: ['وقالت عدة مصادر'], message: VAGUE },
    { text: 'وانتقد متابعون للشأن المحلي تأخر الأشغال، مؤكدين أن المقاول انسحب.', flagged: ['وانتقد متابعون'], message: VAGUE },
    { text: 'ونظم نشطاء وقفة أمام مقر الولاية، مؤكدين أن وعود التشغيل لم تنفذ.', flagged: ['ونظم نشطاء'], message: VAGUE },
    { text: 'وأبدت أوساط نقابية تخوفها من أن يلغى الاتفاق.', flagged: ['وأبدت أوساط نقابية'], message: VAGUE },
    { text: 'وأجمع محللون على أن الانتخابات ستؤجل.', flagged: ['وأجمع محللون'], message: VAGUE },
    { text: 'وبيّن مختصون أن نسبة التلوث تضاعفت.', flagged: ['وبيّن مختصون'], message: VAGUE },
    // tuning rows written for the generalisation work
    { text: 'وأضاف ذات المصدر أن التحقيق متواصل.', flagged: ['وأضاف ذات المصدر'], message: ANON },
    { text: 'وحسب نفس المصادر، فإن الشحنة حجزت في الميناء.', flagged: ['وحسب نفس المصادر'], message: VAGUE },
    { text: 'وعلمت الإذاعة من مصادر مطلعة أن الوزير سيستقيل.', flagged: ['وعلمت الإذاعة من مصادر مطلعة'], message: ANON },
    { text: 'وبحسب ما أفادنا به مصدر أمني، فإن المتهم فر إلى الجبل.', flagged: ['وبحسب ما أفادنا به مصدر أمني'], message: ANON },
    { text: 'واندلع الحريق في المستودع وفق ما نقلته وسائل إعلام محلية.', flagged: ['وفق ما نقلته وسائل إعلام محلية'], message: VAGUE },
    { text: 'قال مصدر أمني إن الهجوم أحبط. وأضاف المصدر ذاته أن ثلاثة أشخاص أوقفوا.', flagged: ['قال مصدر أمني', 'وأضاف المصدر ذاته'], message: ANON },
    { text: 'أكد عدد من المواقع المختصة أن اللاعب سيرحل.', flagged: ['أكد عدد من المواقع المختصة'], message: VAGUE },
    { text: 'وكانت وسائل إعلام ألمانية قد أوردت أن المهاجم فر.', flagged: ['وسائل إعلام ألمانية قد أوردت'], message: VAGUE },
    { text: 'اتهم مسؤول ألماني تونس بتأخير الترحيل.', flagged: ['اتهم مسؤول ألماني'], message: VAGUE },
    { text: 'ولكن دراسة جديدة كشفت أن الخطر محدود.', flagged: ['دراسة جديدة كشفت'], message: VAGUE },
    { text: 'وقال عقيد في شرطة المحافظة طلب عدم كشف هويته إن المقبرة تضم مئات الجثث.', flagged: ['وقال عقيد'], message: ANON },
    { text: 'وتعطلت الآلات مرة أخرى وفق ما أكدته بعض العاملات.', flagged: ['وفق ما أكدته بعض العاملات'], message: VAGUE },
    { text: 'وأوضح عدد من المحتجين أن المنحة لم تصرف بعد.', flagged: ['وأوضح عدد من المحتجين'], message: VAGUE },
    // (was a quiet row: "a number of players", unnamed, is a vague source like any other "some of the X")
    { text: 'وأكد عدد من اللاعبين أن المدرب باق.', flagged: ['وأكد عدد من اللاعبين'], message: VAGUE },
    { text: 'ونقلت صحيفة «الصباح»، الأحد، عن مصادر أمنية أن المتهمين اعترفوا.', flagged: ['ونقلت صحيفة «الصباح»، الأحد، عن مصادر أمنية'], message: VAGUE },
    { text: "ويرى محللون أن الحكومة ستواجه صعوبات في تمرير الميزانية.", flagged: ["ويرى محللون"], message: VAGUE },
    { text: "يعتقد مراقبون أن نسبة المشاركة ستكون ضعيفة هذا العام.", flagged: ["يعتقد مراقبون"], message: VAGUE },
    { text: "وقال مسؤولون أمريكيون إن واشنطن تدرس فرض عقوبات جديدة.", flagged: ["وقال مسؤولون أمريكيون"], message: VAGUE },
    { text: "وذكرت مصادر دبلوماسية غربية أن المفاوضات وصلت إلى طريق مسدود.", flagged: ["وذكرت مصادر دبلوماسية غربية"], message: VAGUE },
    { text: "أفادت تقارير إعلامية بأن الشركة تعتزم تسريح مئات العمال.", flagged: ["أفادت تقارير إعلامية"], message: VAGUE },
    { text: "وتقول مصادر مقربة من الرئاسة إن التعديل الوزاري بات وشيكا.", flagged: ["وتقول مصادر مقربة من الرئاسة"], message: ANON },
    { text: "قال مسؤول أمني رفض الكشف عن هويته إن المهاجمين فروا باتجاه الحدود.", flagged: ["قال مسؤول أمني"], message: ANON },
    { text: "وأكد مصدر مطلع أن الاتفاق سيوقع الأسبوع المقبل.", flagged: ["وأكد مصدر مطلع"], message: ANON },
    { text: "يُعتقد أن الحريق نجم عن تماس كهربائي في الطابق الثاني.", flagged: ["يُعتقد"], message: IMPERSONAL },
    { text: "ويُقال إن المدرب الجديد سيصل الأحد.", flagged: ["ويُقال"], message: IMPERSONAL },
    { text: "من المعروف أن أسعار العقارات ترتفع في الصيف.", flagged: ["من المعروف"], message: IMPERSONAL },
    { text: "وتشير التقديرات إلى أن الخسائر تجاوزت مليار دولار.", flagged: ["وتشير التقديرات"], message: IMPERSONAL },
    { text: "وحذر خبراء من موجة جفاف غير مسبوقة في المنطقة.", flagged: ["وحذر خبراء"], message: VAGUE },
    { text: "ويتوقع اقتصاديون أن يتراجع التضخم بنهاية العام.", flagged: ["ويتوقع اقتصاديون"], message: VAGUE },
    { text: "وكشفت دراسة حديثة أن الأطفال يقضون ساعات طويلة أمام الشاشات.", flagged: ["وكشفت دراسة حديثة"], message: VAGUE },
    { text: "بحسب مصادر أمنية، فإن المشتبه به اعتقل فجر اليوم.", flagged: ["بحسب مصادر أمنية"], message: VAGUE },
    { text: "ووفقًا لمصادر في الوزارة، سيعلن القرار غدا.", flagged: ["ووفقًا لمصادر في الوزارة"], message: VAGUE },
    { text: "وحسب خبراء في الشأن الاقتصادي، فإن الدينار سيواصل تراجعه.", flagged: ["وحسب خبراء في الشأن الاقتصادي"], message: VAGUE },
    { text: "نقلًا عن مصادر مطلعة، قررت اللجنة تأجيل الانتخابات.", flagged: ["نقلًا عن مصادر مطلعة"], message: ANON },
    { text: "وقالت ناشطات إن الشرطة استخدمت القوة المفرطة.", flagged: ["وقالت ناشطات"], message: VAGUE },
    { text: "وأوضح دبلوماسيون أوروبيون أن العرض الجديد لا يلبي المطالب.", flagged: ["وأوضح دبلوماسيون أوروبيون"], message: VAGUE },
    { text: "ترى أوساط سياسية أن الحزب سيخسر الأغلبية.", flagged: ["ترى أوساط سياسية"], message: VAGUE },
    { text: "ويرى البعض أن القرار جاء متأخرا.", flagged: ["ويرى البعض"], message: VAGUE },
    { text: "ويقول آخرون إن الإصلاحات لم تكن كافية.", flagged: ["ويقول آخرون"], message: VAGUE },
    { text: "وقال أحد السكان إن الانفجار هز الحي بأكمله.", flagged: ["وقال أحد السكان"], message: ANON },
    { text: "وأكدت إحدى الموظفات أن الرواتب لم تصرف منذ شهرين.", flagged: ["وأكدت إحدى الموظفات"], message: ANON },
    { text: "وأشار بعض المراقبين إلى أن الحملة الانتخابية شابتها خروقات.", flagged: ["وأشار بعض المراقبين"], message: VAGUE },
    { text: "وقال عدد من الأطباء إن المستشفى يفتقر إلى الأدوية.", flagged: ["وقال عدد من الأطباء"], message: VAGUE },
    { text: "وكانت مصادر إعلامية قد ذكرت أن الصفقة فشلت.", flagged: ["مصادر إعلامية قد ذكرت"], message: VAGUE },
    { text: "مسؤولون غربيون يقولون إن الهدنة هشة.", flagged: ["مسؤولون غربيون يقولون"], message: VAGUE },
    { text: "وقال شهود عيان إن الطائرات حلقت على علو منخفض.", flagged: ["وقال شهود عيان"], message: VAGUE },
    { text: "وذكرت وسائل إعلام محلية أن الفيضانات أودت بحياة ثلاثة أشخاص.", flagged: ["وذكرت وسائل إعلام محلية"], message: VAGUE },
    { text: "وأفادت أنباء غير مؤكدة بأن الوزير قدم استقالته.", flagged: ["وأفادت أنباء غير مؤكدة"], message: VAGUE },
    { text: "ووفقا لتقارير صحفية، فإن النادي رفض العرض.", flagged: ["ووفقا لتقارير صحفية"], message: VAGUE },
    { text: "قيل إن الاجتماع انتهى دون نتيجة.", flagged: ["قيل"], message: IMPERSONAL },
    { text: "وحسبما قيل، فإن المشروع سيتوقف.", flagged: ["وحسبما قيل"], message: IMPERSONAL },
    { text: "قال مسؤول في وزارة الصحة إن اللقاحات ستصل الشهر المقبل.", flagged: ["قال مسؤول في وزارة الصحة"], message: VAGUE },
    { text: "وتوقعت مصادر مصرفية أن يرفع البنك المركزي سعر الفائدة.", flagged: ["وتوقعت مصادر مصرفية"], message: VAGUE },
    { text: "وقالت خبيرة في شؤون الطاقة إن الأسعار ستواصل الارتفاع.", flagged: ["وقالت خبيرة في شؤون الطاقة"], message: VAGUE },
    { text: "وكشف مصدر قضائي أن التحقيق سيشمل مسؤولين سابقين.", flagged: ["وكشف مصدر قضائي"], message: ANON },
    { text: "واعتبر منتقدون أن القانون يقيد حرية التعبير.", flagged: ["واعتبر منتقدون"], message: VAGUE },
    { text: "ويرى المحللون أن السوق ستستقر قريبا.", flagged: ["ويرى المحللون"], message: VAGUE },
    { text: "وقال الخبراء إن الزلزال لم يكن الأخير.", flagged: ["وقال الخبراء"], message: VAGUE },
    { text: "فيما رجح مراقبون أن تجرى الانتخابات في موعدها.", flagged: ["رجح مراقبون"], message: VAGUE },
    { text: "وسيؤكد مسؤولون أوروبيون خلال القمة أن الدعم مستمر.", flagged: ["وسيؤكد مسؤولون أوروبيون"], message: VAGUE },
    { text: "وقالت ثلاثة مصادر مطلعة لرويترز إن الشركة ستبيع أصولها.", flagged: ["وقالت ثلاثة مصادر مطلعة"], message: ANON },
    { text: "وقال مصدران في الحكومة إن التعديل سيشمل خمس حقائب.", flagged: ["وقال مصدران في الحكومة"], message: ANON },
    { text: "قال 3 مسؤولين إن المفاوضات ستستأنف.", flagged: ["قال 3 مسؤولين"], message: VAGUE },
    { text: "نقلت صحيفة بريطانية عن مسؤولين في الاستخبارات أن التهديد ما زال قائما.", flagged: ["نقلت صحيفة بريطانية عن مسؤولين في الاستخبارات"], message: VAGUE },
    { text: "وأعلنت مصادر في الشرطة اعتقال ثلاثة مشتبه بهم.", flagged: ["وأعلنت مصادر في الشرطة"], message: VAGUE },
    { text: "مصادر: الحكومة تدرس رفع أسعار الوقود", flagged: ["مصادر"], message: VAGUE },
    { text: "وأضافت المصادر نفسها أن التحقيق ما زال في بدايته.", flagged: ["وأضافت المصادر نفسها"], message: VAGUE },
    { text: "وقال مسؤول أمريكي كبير للصحفيين إن الرئيس لم يتخذ قراره بعد.", flagged: ["وقال مسؤول أمريكي كبير"], message: VAGUE },
    { text: "وأفاد شاهد عيان بأن المسلحين أطلقوا النار في الهواء.", flagged: ["وأفاد شاهد عيان"], message: VAGUE },
    { text: "وزعم ناشطون على مواقع التواصل أن الفيديو مفبرك.", flagged: ["وزعم ناشطون"], message: VAGUE },
    { text: "تحدثت تقارير عن انسحاب وشيك للقوات.", flagged: ["تحدثت تقارير"], message: VAGUE },
    { text: "واستبعد محللون سياسيون أن يستقيل رئيس الحكومة.", flagged: ["واستبعد محللون سياسيون"], message: VAGUE },
    { text: "وتفيد معلومات أولية بأن عدد المصابين بلغ عشرين.", flagged: ["وتفيد معلومات أولية"], message: VAGUE },
    { text: "وروى سكان محليون أن المياه غمرت الشوارع.", flagged: ["وروى سكان محليون"], message: VAGUE },
    { text: "يشاع أن النجم سيعتزل نهاية الموسم.", flagged: ["يشاع"], message: IMPERSONAL },
    { text: "ويُتوقع أن تنخفض درجات الحرارة بشكل ملحوظ.", flagged: ["ويُتوقع"], message: IMPERSONAL },
    { text: "وأضاف مسؤولون في القطاع أن الطلب تراجع.", flagged: ["وأضاف مسؤولون في القطاع"], message: VAGUE },
    { text: "ونفت مصادر رسمية وجود أي خلاف داخل الحكومة.", flagged: ["ونفت مصادر رسمية"], message: VAGUE },
    { text: "بحسب تقرير إعلامي، تجاوزت الخسائر التوقعات.", flagged: ["بحسب تقرير إعلامي"], message: VAGUE },
    { text: "وقالت صحيفة أمريكية إن البيت الأبيض يراجع خططه.", flagged: ["وقالت صحيفة أمريكية"], message: VAGUE },
    { text: "ويرى كثيرون أن المنتخب قادر على التأهل.", flagged: ["ويرى كثيرون"], message: VAGUE },
    { text: "وأكد مسؤول طلب عدم ذكر اسمه أن الصفقة أُلغيت.", flagged: ["وأكد مسؤول"], message: ANON },
    { text: "وقال موظف في البنك، فضل عدم الكشف عن هويته، إن الأموال حُوّلت.", flagged: ["وقال موظف في البنك"], message: ANON },
    { text: "التقى الوفد بخبراء في المناخ. وقال الخبراء إن الوضع خطير.", flagged: ["وقال الخبراء"], message: VAGUE },
    { text: "ويعتقد أن الطائرة سقطت بسبب خلل فني.", flagged: ["ويعتقد"], message: IMPERSONAL },
    { text: "ويعتقد علماء أن الكويكب لن يشكل خطرا.", flagged: ["ويعتقد علماء"], message: VAGUE },
    { text: "وأكدت مصادر متطابقة أن الرئيس غادر البلاد.", flagged: ["وأكدت مصادر متطابقة"], message: VAGUE },
    { text: "وتقول جهات مطلعة إن الملف أحيل إلى القضاء.", flagged: ["وتقول جهات مطلعة"], message: ANON },
    { text: "وكانت تقارير صحفية تحدثت عن وجود خلافات داخل الفريق.", flagged: ["تقارير صحفية تحدثت"], message: VAGUE },
    { text: "وقال الوزير إن الوضع مستقر، فيما رأى محللون أن الأزمة لم تنته.", flagged: ["رأى محللون"], message: VAGUE },
    { text: "وق\u0640ال مسؤولون إن الطريق أغلقت.", flagged: ["وق\u0640ال مسؤولون"], message: VAGUE },
    { text: "ويَرى مُحللون أن الخطة طموحة.", flagged: ["ويَرى مُحللون"], message: VAGUE },
    { text: "قال مسؤولو الوزارة إن الامتحانات ستجرى في موعدها.", flagged: ["قال مسؤولو الوزارة"], message: VAGUE },
    { text: "ووصف مراقبون الانتخابات بأنها الأكثر نزاهة.", flagged: ["ووصف مراقبون"], message: VAGUE },
    { text: "وقالت مصادر لوكالة الأنباء الألمانية إن الطائرة هبطت اضطراريا.", flagged: ["وقالت مصادر"], message: VAGUE },
    { text: "قال ل\u0640«الشرق» مصدر حكومي إن الوزير سيستقيل.", flagged: ["قال ل\u0640«الشرق» مصدر حكومي"], message: ANON },
    { text: "وقال خبراء البنك الدولي إن النمو سيتباطأ.", flagged: ["وقال خبراء البنك الدولي"], message: VAGUE },
    { text: "ويقول سكان الحي إن المياه انقطعت منذ أسبوع.", flagged: ["ويقول سكان الحي"], message: VAGUE },
    { text: "ونقلت وكالة الأنباء عن مصادر أمنية أن المهاجم اعتقل.", flagged: ["ونقلت وكالة الأنباء عن مصادر أمنية"], message: VAGUE },
    { text: "ونُقل عن مسؤولين في الوزارة قولهم إن القرار نهائي.", flagged: ["ونُقل عن مسؤولين في الوزارة"], message: VAGUE },
    { text: "وقالت وكالة الأنباء الرسمية نقلا عن مصادر طبية إن الحصيلة ارتفعت.", flagged: ["نقلا عن مصادر طبية"], message: VAGUE },
    { text: "وقال خبير في الشؤون الأمنية إن التهديد ما زال قائما.", flagged: ["وقال خبير في الشؤون الأمنية"], message: VAGUE },
    { text: "يرى أغلب المحللين أن الأسواق ستتعافى.", flagged: ["يرى أغلب المحللين"], message: VAGUE },
    { text: "ولفتت مصادر إلى أن الاجتماع قد يؤجل.", flagged: ["ولفتت مصادر"], message: VAGUE },
    { text: "وقالت مصادر قضائية وأمنية إن التحقيق توسع.", flagged: ["وقالت مصادر قضائية وأمنية"], message: VAGUE },
    { text: "ورأت صحف عربية أن القمة لم تحقق أهدافها.", flagged: ["ورأت صحف عربية"], message: VAGUE },
    { text: "وأظهرت دراسة حديثة أن النوم المبكر يحسن التركيز.", flagged: ["وأظهرت دراسة حديثة"], message: VAGUE },
    { text: "يعتقد الناس أن الأسعار سترتفع مجددا.", flagged: ["يعتقد الناس"], message: VAGUE },
    { text: "وذكر المصدر نفسه أن الموعد لم يحدد.", flagged: ["وذكر المصدر نفسه"], message: ANON },
    { text: "وقال مصدر في الوزارة ل\u0640«تدقيق» إن القرار صدر.", flagged: ["وقال مصدر في الوزارة"], message: ANON },
    { text: "ووفقا لتقارير وسائل الإعلام، فإن الحكومة حائرة.", flagged: ["ووفقا لتقارير وسائل الإعلام"], message: VAGUE },
    { text: "بحسب تقرير مصادر أمنية، تم اعتقال خمسة مشتبه بهم.", flagged: ["بحسب تقرير مصادر أمنية"], message: VAGUE },
    { text: "وأضاف مسؤولون: القائمة طويلة.", flagged: ["وأضاف مسؤولون"], message: VAGUE },
    { text: "قال لرويترز مسؤول في الوزارة إن الخطة جاهزة.", flagged: ["قال لرويترز مسؤول في الوزارة"], message: VAGUE },
    // rows for issue 9's second pass (sentences written for these tests)
    { text: 'ولاحظ ملاحظون أن الإقبال كان ضعيفا في الساعات الأولى.', flagged: ['ولاحظ ملاحظون'], message: VAGUE },
    { text: 'وتكهن محللون بأن الحكومة ستسقط قبل الصيف.', flagged: ['وتكهن محللون'], message: VAGUE },
    { text: 'وتداولت وسائل إعلام أن المدرب سيرحل.', flagged: ['وتداولت وسائل إعلام'], message: VAGUE },
    { text: 'وقد راجت أنباء عن استقالة المدير.', flagged: ['راجت أنباء'], message: VAGUE },
    { text: 'ويتردد أن الصفقة ألغيت.', flagged: ['ويتردد'], message: IMPERSONAL },
    { text: 'ومن المتوقع أن ترتفع الأسعار في الصيف.', flagged: ['ومن المتوقع'], message: IMPERSONAL },
    { text: 'وأفاد عدد من المتساكنين بأن الماء انقطع منذ يومين.', flagged: ['وأفاد عدد من المتساكنين'], message: VAGUE },
    { text: 'أكدت عديد المصادر أن الاجتماع تأجل.', flagged: ['أكدت عديد المصادر'], message: VAGUE },
    { text: 'وعلمت الإذاعة من مصادرها أن القائمة جاهزة.', flagged: ['وعلمت الإذاعة من مصادرها'], message: VAGUE },
    { text: 'ووفقا لما نقلته مصادر صحفية فإن الوزير رفض الاستقالة.', flagged: ['ووفقا لما نقلته مصادر صحفية'], message: VAGUE },
    { text: 'مصدر أمني ينفي مقتل القيادي', flagged: ['مصدر أمني ينفي'], message: ANON },
    { text: 'أنباء عن إقالة مدير الشركة', flagged: ['أنباء'], message: VAGUE },
    { text: 'انفجار في الميناء وأنباء عن سقوط جرحى', flagged: ['وأنباء'], message: VAGUE },
    { text: 'وقد أقيل المدير حسب ما يروج في الكواليس.', flagged: ['حسب ما يروج'], message: IMPERSONAL },
    { text: 'أعلن مصدر أمني، الأحد، مقتل ثلاثة مسلحين.', flagged: ['أعلن مصدر أمني'], message: ANON },
    { text: 'وقال الوزير إن مصادر أمنية أكدت أن المتهم فر.', flagged: ['مصادر أمنية أكدت'], message: VAGUE },
    { text: 'وحسب ما علمته الإذاعة من مصادر مطلعة فإن الحفل ألغي.', flagged: ['وحسب ما علمته الإذاعة من مصادر مطلعة'], message: ANON },
    { text: 'وقد رشحت أنباء عن رحيل المدرب.', flagged: ['رشحت أنباء'], message: VAGUE },
    { text: 'وقال باحثون إن النوم المبكر يحسن الذاكرة.', flagged: ['وقال باحثون'], message: VAGUE },
    { text: 'وحسب رواية شهود عيان فإن السيارة انحرفت.', flagged: ['وحسب رواية شهود عيان'], message: VAGUE },
    { text: 'وحسب تصريح مصدر أمني فإن المتهم فر.', flagged: ['وحسب تصريح مصدر أمني'], message: ANON },
    { text: 'وفي تصريح لمصدر أمني، تبين أن المتهم فر.', flagged: ['وفي تصريح لمصدر أمني'], message: ANON },
    { text: 'وأرجع مختصون السبب إلى الجفاف.', flagged: ['وأرجع مختصون'], message: VAGUE },
    { text: 'وقال مسؤول في مستشفى المدينة إن الوضع مستقر.', flagged: ['وقال مسؤول في مستشفى المدينة'], message: VAGUE },
    { text: 'أكد مصادر مقربة من النادي أن المدرب سيرحل.', flagged: ['أكد مصادر مقربة من النادي'], message: ANON },
    { text: 'ووفق ما يتم تداوله فإن الحفل ألغي.', flagged: ['ووفق ما يتم تداوله'], message: IMPERSONAL },
    { text: 'عديد التقارير الصحفية لوسائل الإعلام المحلية أفادت بأن الملعب أغلق.', flagged: ['عديد التقارير الصحفية لوسائل الإعلام المحلية أفادت'], message: VAGUE },
  ],
});

const ONLY = { only: ['unattributed-claim'], rules: { 'unattributed-claim': { level: 'default' as const } } };
const classes = (text: string) => analyseClaims(text, { quiet: true }).map((c) => [text.slice(c.start, c.end), c.cls]);

describe('rule unattributed-claim: classes', () => {
  it('a titled person with a name is named', () => {
    assert.deepStrictEqual(classes('وقال وزير الخارجية سامي نادر إن المحادثات مستمرة.'), [['وقال وزير', 'named']]);
  });
  it('a repeated surname from the previous sentence is anaphoric', () => {
    const text = 'قال المدرب خالد الحربي إن اللاعبين جاهزون. وأضاف الحربي أن المباراة صعبة.';
    assert.deepStrictEqual(classes(text), [
      ['قال المدرب', 'named'],
      ['وأضاف الحربي', 'anaphoric'],
    ]);
  });
  it('the same surname with no earlier mention is named', () => {
    assert.deepStrictEqual(classes('وأضاف الحربي أن المباراة صعبة.'), [['وأضاف الحربي', 'named']]);
  });
  it('a pronoun subject (وقالوا، وأضافت، ويرون) is anaphoric', () => {
    assert.deepStrictEqual(classes('التقى الوزير بالنقابات. وقالوا إن اللقاء مثمر. وأضافت أن الحوار مستمر.'), [
      ['وقالوا', 'anaphoric'],
      ['وأضافت', 'anaphoric'],
    ]);
  });
  it('a definite title with no name refers back (anaphoric)', () => {
    assert.deepStrictEqual(classes('وأكد الخبير أن الأزمة ستطول.'), [['وأكد الخبير', 'anaphoric']]);
  });
  it('يَعتقد with a fatha is active (he believes): anaphoric; يعتقد alone before أن is impersonal', () => {
    assert.deepStrictEqual(classes('ويَعتقد أن الحل قريب.'), [['ويَعتقد', 'anaphoric']]);
    assert.deepStrictEqual(classes('ويعتقد أن الحل قريب.'), [['ويعتقد', 'impersonal']]);
  });
  it('a damma on the prefix makes any reporting verb passive: يُتوقع، يُرجَّح', () => {
    assert.deepStrictEqual(classes('ويُرجَّح أن يعلن القرار غدا.'), [['ويُرجَّح', 'impersonal']]);
  });
  it('an anonymity clause anywhere after the subject makes the source anonymous', () => {
    assert.deepStrictEqual(classes('وقال عنصر أمني، طلب عدم نشر اسمه، إن الحدود أغلقت.'), [['وقال عنصر', 'anonymous']]);
  });
  it('المصدر ذاته refers back to an unnamed source and stays flagged', () => {
    const c = analyseClaims('قال مصدر مطلع إن الاجتماع ألغي. وأضاف المصدر ذاته أن الموعد الجديد لم يحدد.');
    assert.deepStrictEqual(c.map((x) => [x.cls, !!x.refersBack]), [
      ['anonymous', false],
      ['anonymous', true],
    ]);
  });
});

describe('rule unattributed-claim: messages', () => {
  it('Arabic messages name the class', () => {
    const f = (text: string) => findingsOf(unattributedClaim, text, undefined, 'ar')[0].message;
    assert.match(f('ويرى محللون أن الخطة فاشلة.'), /^مصدر مبهم: «ويرى محللون»/);
    assert.match(f('وأكد مصدر مطلع أن الخطة فاشلة.'), /^مصدر مجهول: «وأكد مصدر مطلع»/);
    assert.match(f('يُقال إن الخطة فاشلة.'), /^ادعاء بصيغة المجهول: «يُقال»/);
  });
  it('a source that refers back says so', () => {
    const m = findingsOf(unattributedClaim, 'وأضاف المصدر ذاته أن الموعد لم يحدد.')[0].message;
    assert.match(m, /refers back to an unnamed source/);
  });
});

describe('rule unattributed-claim: fixes', () => {
  const text = 'وقال مسؤولون أمريكيون إن العقوبات ستشدد.';
  const fixes = () => findingsOf(unattributedClaim, text)[0].fixes;
  it('offers no preferred fix, so fix-all never touches a claim', () => {
    assert.ok(fixes().every((f) => !f.preferred));
    const long = text + ' يُعتقد أن الاتفاق قريب. وبحسب مصادر مطلعة، فإن الوزير سيستقيل.';
    assert.strictEqual(fixAll(long, ONLY).text, long);
  });
  it('inserts [من؟] after the clause', () => {
    const f = fixes()[0];
    assert.match(f.title, /\[من؟\]/);
    assert.strictEqual(applyEdits(text, f.edits), 'وقال مسؤولون أمريكيون [من؟] إن العقوبات ستشدد.');
  });
  it('does not offer [من؟] twice, and the finding stays until the source is named', () => {
    const marked = 'وقال مسؤولون أمريكيون ' + WHO_MARKER + ' إن العقوبات ستشدد.';
    const got = findingsOf(unattributedClaim, marked);
    assert.strictEqual(got.length, 1);
    assert.ok(!got[0].fixes.some((f) => f.edits.some((e) => e.newText.includes(WHO_MARKER))));
  });
  it('replaces the vague attribution with a snippet, keeping the conjunction', () => {
    const f = fixes()[1];
    assert.strictEqual(f.snippet, true);
    assert.strictEqual(f.plainText, 'بحسب [المصدر]،');
    assert.strictEqual(applyEdits(text, f.edits), 'وبحسب ${1:المصدر}، العقوبات ستشدد.');
  });
  it('the snippet for a source phrase is exactly بحسب ${1:المصدر}', () => {
    const t2 = 'ووفقا لمصادر مطلعة، فإن الوزير سيستقيل.';
    const f = findingsOf(unattributedClaim, t2)[0].fixes.find((x) => x.snippet)!;
    assert.strictEqual(f.plainText, 'بحسب [المصدر]');
    assert.strictEqual(applyEdits(t2, f.edits), 'وبحسب ${1:المصدر}، فإن الوزير سيستقيل.');
  });
  it('a colon after the clause becomes a comma', () => {
    const t3 = 'وأضاف مسؤولون: القائمة طويلة.';
    const f = findingsOf(unattributedClaim, t3)[0].fixes.find((x) => x.snippet)!;
    assert.strictEqual(applyEdits(t3, f.edits), 'وبحسب ${1:المصدر}، القائمة طويلة.');
  });
  it('no snippet where it would break the sentence (أنه with a pronoun)', () => {
    const got = findingsOf(unattributedClaim, 'ويرى بعض العلماء أنه يمكن دفنها.')[0];
    assert.ok(!got.fixes.some((f) => f.snippet));
  });
  it('mark as reviewed: a command with the normalised sentence, no edits', () => {
    const f = fixes()[fixes().length - 1];
    assert.deepStrictEqual(f.edits, []);
    assert.deepStrictEqual(f.command, { id: 'tadqiq.markReviewed', args: [reviewedKey(text)] });
  });
  it('the command key is the sentence, not the paragraph', () => {
    const para = 'افتتح المعرض أمس.  وقال مسؤولون إن الإقبال كبير.';
    const f = findingsOf(unattributedClaim, para)[0].fixes.find((x) => x.command)!;
    assert.deepStrictEqual(f.command!.args, ['وقال مسؤولون إن الإقبال كبير.']);
  });
});

describe('rule unattributed-claim: reviewed sentences', () => {
  const text = 'افتتح المعرض أمس. وقال مسؤولون إن الإقبال كبير. ويرى محللون أن الأسعار مرتفعة.';
  it('reviewedKey strips diacritics, tatweel, bidi controls, [من؟] and extra spaces', () => {
    assert.strictEqual(reviewedKey('  وق\u0640ال   مسؤولونَ \u200f[من؟] إن\u202b الإقبال كبير. '), 'وقال مسؤولون إن الإقبال كبير.');
    assert.strictEqual(reviewedKey('\uFEFB\uFEE3'), 'لام');
  });
  it('the reviewed option silences exactly that sentence', () => {
    const got = findingsOf(unattributedClaim, text, { reviewed: [reviewedKey('وقال مسؤولون إن الإقبال كبير.')] });
    assert.deepStrictEqual(got.map((f) => text.slice(f.start, f.end)), ['ويرى محللون']);
  });
  it('LintOptions.reviewed (the workspace file) is honoured too', () => {
    const got = lintText(text, { ...ONLY, reviewed: [reviewedKey('ويرى مُحللون أن الأسعار مرتفعة.')] }).findings;
    assert.deepStrictEqual(got.map((f) => text.slice(f.start, f.end)), ['وقال مسؤولون']);
  });
  it('a sentence stays reviewed after the [من؟] marker is inserted', () => {
    const marked = 'وقال مسؤولون [من؟] إن الإقبال كبير.';
    assert.deepStrictEqual(findingsOf(unattributedClaim, marked, { reviewed: [reviewedKey('وقال مسؤولون إن الإقبال كبير.')] }), []);
  });
});

describe('rule unattributed-claim: options', () => {
  it('vagueNouns adds a source noun', () => {
    const text = 'وقال مرتادون إن الموقع حجب.';
    assert.deepStrictEqual(findingsOf(unattributedClaim, text), []);
    assert.deepStrictEqual(findingsOf(unattributedClaim, text, { vagueNouns: ['مرتادون'] }).map((f) => text.slice(f.start, f.end)), ['وقال مرتادون']);
    // the derived genitive form after a source phrase
    assert.strictEqual(findingsOf(unattributedClaim, 'وبحسب مرتادين، فإن الموقع حجب.', { vagueNouns: ['مرتادون'] }).length, 1);
  });
  it('verbs adds a reporting verb with its forms', () => {
    const text = 'وألمحت مصادر إلى أن الوزير سيستقيل. ويلمح مراقبون إلى صفقة.';
    assert.deepStrictEqual(findingsOf(unattributedClaim, text), []);
    assert.deepStrictEqual(findingsOf(unattributedClaim, text, { verbs: ['ألمح|يلمح'] }).map((f) => text.slice(f.start, f.end)), ['وألمحت مصادر', 'ويلمح مراقبون']);
  });
  it('namedSources exempts a subject', () => {
    const text = 'وقال خبراء البنك الدولي إن النمو سيتباطأ.';
    assert.strictEqual(findingsOf(unattributedClaim, text).length, 1);
    assert.deepStrictEqual(findingsOf(unattributedClaim, text, { namedSources: ['خبراء البنك الدولي'] }), []);
  });
  it('malformed options fall back to defaults', () => {
    assert.strictEqual(findingsOf(unattributedClaim, 'ويرى محللون أن الخطة فاشلة.', { verbs: 'قال', reviewed: [1, 2] } as never).length, 1);
  });
});

describe('rule unattributed-claim: extracted text', () => {
  it('bidi controls and presentation forms do not hide a claim', () => {
    const text = '\u202bوقال مسؤولون\u202c إن الطريق أغلقت.';
    assert.deepStrictEqual(findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end)), ['وقال مسؤولون']);
    const pf = '\uFEED\uFED7\uFE8E\uFEDD \uFEE3\uFEB4\uFE86\uFEED\uFEDF\uFEEE\uFEE5 \uFE8D\uFEE5';
    assert.strictEqual(findingsOf(unattributedClaim, pf).length, 1);
  });
  it('a word split by a justification gap (أك دت مص ادر) is read whole', () => {
    const text = 'أك دت مص ادر من الشرطة أن المشتبه به فر.';
    assert.deepStrictEqual(findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end)), ['أك دت مص ادر من الشرطة']);
  });
  it('a cue torn after a function word is read whole when news hardly writes the rest alone (مع لومات), not otherwise (لا حظ)', () => {
    const text = 'وكشفت مع لومات أولية أن المتهم فر إلى الخارج.';
    assert.deepStrictEqual(findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end)), ['وكشفت مع لومات أولية']);
    assert.deepStrictEqual(findingsOf(unattributedClaim, 'لا حظ للفريق في التأهل كما قال المدرب.'), []);
  });
  it('a cue torn before a function-word piece is read whole when the lexicon confirms the tear (الأها لي), not a word before أن', () => {
    const text = 'وأكد بعض الأها لي أن الطريق أغلقت منذ يومين.';
    assert.deepStrictEqual(findingsOf(unattributedClaim, text).map((f) => text.slice(f.start, f.end)), ['وأكد بعض الأها لي']);
    assert.deepStrictEqual(findingsOf(unattributedClaim, 'وقال الخبير أن الوضع تحسن كثيرا.'), []);
  });
  it('never throws on odd input', () => {
    for (const s of ['', ' ', '.', '«', 'قال', 'بحسب', 'وفقا ل\u0640', 'من المعروف', '\uD83D', 'قال «مصادر', 'مصادر:']) {
      assert.doesNotThrow(() => lintText(s, ONLY));
    }
  });
});
