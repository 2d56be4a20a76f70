/**
 * Source nouns (lexicon for `unattributed-claim`; format in README.md). Write words in their
 * indefinite nominative form; the rule adds the clitics (و، ف، ب، ل، ك، ال، لل) and, for sound
 * masculine plurals in \u0640ون, the forms in \u0640ين, \u0640و and \u0640ي (محللين، مسؤولو، مسؤولي).
 */

/**
 * People who are vague as a source when unnamed, in the plural: flagged definite or not
 * (يرى محللون، يرى المحللون), with or without an adjective (مسؤولون أمريكيون).
 */
export const PERSON_PLURALS: string[] = [
  'محللون', 'محللات', 'خبراء', 'خبيرات', 'مسؤولون', 'مسؤولات', 'مراقبون', 'مراقبات', 'دبلوماسيون',
  'ناشطون', 'ناشطات', 'نشطاء', 'شهود', 'سكان', 'علماء', 'باحثون', 'باحثات', 'مختصون', 'متخصصون',
  'أخصائيون', 'اقتصاديون', 'معارضون', 'منتقدون', 'مقربون', 'مطلعون', 'أطباء', 'حقوقيون', 'معلقون',
  'محققون', 'مستشارون', 'مصرفيون', 'متعاملون', 'عاملون', 'موظفون', 'ضباط',
  'نقاد', 'متابعون', 'استراتيجيون', 'عسكريون', 'أمنيون', 'سياسيون', 'ناس', 'مواطنون',
  // Maghreb usage: ملاحظون (observers), متساكنون (residents), أهالي
  'ملاحظون', 'متساكنون', 'أهالي', 'فلاحون',
  // parents, unionists, media people
  'أولياء', 'نقابيون', 'إعلاميون',
  // issue 9, fourth pass: عارفون بالملف، رواد مواقع التواصل
  'عارفون', 'رواد',
  // issue 9, sixth pass: people of a place or a family, survivors (وقال جيران العائلة، بحسب ما أفاد به أجوار الضحية، ويروي
  // ناجون), diplomats as Maghreb papers spell them
  'جيران', 'أجوار', 'أقارب', 'ديبلوماسيون',
];


/**
 * People of a trade or a situation (issue 9, fifth pass): vague as a source only when indefinite (يقول محامون إن …،
 * قال مسافرون إن …، أكد نواب معارضون أن …); definite or in construct they are the people of the story (وقال المحتجون،
 * المحامي فلان، نواب الكتلة) — nounPhrase.ts reads them as no vague source there.
 */
export const PEOPLE_OF_A_TRADE: string[] = [
  'محامون', 'قضاة', 'صحفيون', 'مدونون', 'مغردون', 'نواب', 'أساتذة', 'معلمون', 'طلبة', 'طلاب', 'عمال', 'تجار',
  'مزارعون', 'مسافرون', 'سائقون', 'مهندسون', 'ممرضون', 'صيادون', 'بحارة', 'جنود', 'لاجئون', 'مهاجرون', 'محتجون',
  'متظاهرون', 'مشجعون', 'لاعبون', 'مدربون', 'مستثمرون', 'مقاولون', 'أكاديميون', 'جامعيون', 'ناخبون', 'زوار',
  'مستخدمون', 'مهنيون', 'مدافعون',
  // issue 9, seventh pass (even-half sample): survivors (وقال ناجون نقلوا إلى …: indefinite only, الناجون are the story's)
  'ناجون',
  // claims8 (issue 9): people present (وقال أشخاص كانوا في المكان إن، غير أن أشخاصا من الحي أكدوا; not أصيب ثلاثة أشخاص, no
  // claim verb, nor الأشخاص of the story)
  'أشخاص',
  // claims11 (issue 9): publishers, pharmacists, paramedics, party cadres, prisoners, smugglers (وقال ناشرون إن، أكد صيادلة أن، إلا أن مهربين قالوا)
  'ناشرون', 'صيادلة', 'مسعفون', 'قياديون', 'سجناء', 'مهربون',
];

/**
 * The singulars of the broken (and nisba) plurals of PEOPLE_OF_A_TRADE and PERSON_PLURALS (claims11, issue 9): one unnamed
 * person of a trade or a place (وقال تاجر في السوق إن، ويقول صيدلي في الحي إن، وقال قيادي في الحزب إن، وقال مواطن إن) is as
 * vague as `مسؤول` — the singulars of the sound plurals in \u0640ون are derived (lexicon.ts: مزارعون → مزارع، مزارعة). Vague only
 * when indefinite with no name after it; definite or in construct they are the story's people (التاجر، طالب الطب فلان).
 */
export const TRADE_SINGULARS: string[] = [
  'تاجر', 'تاجرة', 'طالب', 'طالبة', 'أستاذ', 'أستاذة', 'قاض', 'قاضية', 'جندي', 'بحار', 'صيدلي', 'صيدلانية', 'صيدلاني',
  'سجين', 'سجينة', 'قيادي', 'قيادية', 'محام', 'محامية', 'مواطن', 'مواطنة', 'فلاح', 'فلاحة', 'ناشر', 'ناشرة', 'مسعف', 'مسعفة',
  // لاجئ (its plural folds to a nisba's ending: not derived). Not نائب (نائب رئيس ترجي جرجيس فلان: "deputy" before a name),
  // nor people as such — رجل، امرأة، شاب، سيدة: on the even half they head headlines (شاب يعتبر …، رجل يعترف …) 5 times for 1 claim
  'لاجئ', 'لاجئة',
];

/** Forms a sound plural in \u0640ون would also take that are words of their own — first names — and are not derived (ناجي of ناجون). */
export const NOT_PLURAL_FORMS: string[] = ['ناجي'];

/**
 * People in the singular (their duals مسؤولان، خبيرتان are derived and count as plurals): vague when indefinite (قال مسؤول أمريكي، قالت خبيرة في الطاقة);
 * quiet when definite (الخبير الاقتصادي حسن يوسف، المسؤول) or in construct with a definite noun
 * (مسؤول الاتصال في الوزارة), which names a role.
 */
export const PERSON_SINGULARS: string[] = [
  'مسؤول', 'مسؤولة', 'خبير', 'خبيرة', 'محلل', 'محللة', 'مراقب', 'مراقبة', 'ناشط', 'ناشطة', 'دبلوماسي',
  'باحث', 'باحثة', 'شاهد', 'شاهدة', 'موظف', 'موظفة', 'ضابط', 'عضو', 'مستشار', 'مستشارة', 'مصرفي',
  'طبيب', 'طبيبة', 'محقق', 'مقرب',
  // issue 9, sixth pass (not شخص: اتهم فيها شخص آخر)
  'ديبلوماسي',
  // claims7 (issue 9): a worker (وقال عامل في المصنع إن); عامل الإقليم, a governor, is in construct, and a factor is
  // no reporting verb's subject
  'عامل', 'عاملة',
];

/** The word "source" itself: anonymous in the singular and dual (مصدر مطلع، مصدران), vague in the plural (مصادر). Flagged definite or not (المصدر ذاته). */
export const SOURCE_SINGULARS: string[] = ['مصدر', 'مصدرنا', 'مصدرها', 'مصدره'];
/** With the outlet's own possessive (أكدت مصادرنا، علمت الإذاعة من مصادرها الخاصة): as vague as مصادر. */
export const SOURCE_PLURALS: string[] = ['مصادر', 'أوساط', 'دوائر', 'جهات', 'مصادرنا', 'مصادرها', 'مصادره',
  // "parties" (ترى أطراف في المعارضة أن …); the definite الأطراف alone is the parties just named (nounPhrase.ts)
  'أطراف'];

/**
 * Documents and media, in the singular: vague only when indefinite and followed by nothing but
 * adjectives (بحسب تقرير إعلامي، كشفت دراسة حديثة); quiet when a name follows (تقرير رويترز،
 * صحيفة نيويورك تايمز، دراسة أجرتها جامعة …) or when definite (التقرير = the one already named).
 */
export const DOCUMENT_SINGULARS: string[] = [
  'تقرير', 'دراسة', 'صحيفة', 'موقع', 'وكالة', 'قناة', 'استطلاع', 'بحث', 'بيان', 'مجلة', 'إذاعة',
];

/**
 * Documents and media in the plural: vague when indefinite (أفادت تقارير إعلامية، وفقا لتقارير
 * وسائل الإعلام) unless a named genitive follows (تقارير الأمم المتحدة); impersonal when definite
 * with nothing after (تشير التقديرات، تفيد الأنباء); quiet before a relative clause that says whose
 * they are (المعلومات التي أدلى بها الشهود).
 * Two-word entries are heads of two words (وسائل إعلام، مواقع التواصل).
 */
export const DOCUMENT_PLURALS: string[] = [
  'تقارير', 'دراسات', 'أنباء', 'معلومات', 'صحف', 'مواقع', 'تسريبات', 'شائعات', 'إشاعات', 'روايات',
  'تقديرات', 'استطلاعات', 'بحوث', 'أبحاث', 'وسائل إعلام', 'وسائل الإعلام', 'وسائل إعلامية', 'قنوات', 'منصات',
  'حسابات', 'تغريدات', 'منشورات', 'وكالات', 'مواقع التواصل', 'شبكات التواصل', 'منصات التواصل',
  'أخبار', 'تكهنات', 'توقعات', 'شهادات',
  // issue 9, fourth pass: ذكرت صفحات على فيسبوك، ذهبت بعض القراءات إلى أن، تشير المعطيات إلى أن (المعطيات الأولية: the inquiry's)
  'صفحات', 'قراءات', 'تحليلات', 'معطيات',
  // issue 9, sixth pass: تشير الترجيحات إلى أن، تذهب الترجيحات إلى
  'ترجيحات',
];

/** Stand-alone vague subjects: يرى البعض، يقول آخرون، يعتقد كثيرون. */
export const VAGUE_PRONOUNS: string[] = ['البعض', 'بعضهم', 'كثيرون', 'الكثيرون', 'آخرون', 'كثيرين', 'آخرين'];

/**
 * Adjectives that make a source anonymous rather than merely vague: مصدر مطلع، مصادر موثوقة،
 * مسؤول رفيع المستوى، أوساط مقربة من ….
 */
export const ANONYMOUS_ADJECTIVES: string[] = [
  'مطلع', 'مطلعة', 'مطلعون', 'مطلعين', 'موثوق', 'موثوقة', 'رفيع', 'رفيعة', 'مقرب', 'مقربة', 'مقربون',
  'مقربين', 'عليم', 'عليمة', 'مجهول', 'مجهولة',
];

/**
 * Adjectives that are not nisba forms (those in \u0640ي/\u0640ية/\u0640يون/\u0640يين are recognised by their ending):
 * they extend the subject's range (مسؤول كبير، مصادر متطابقة).
 */
export const ADJECTIVES: string[] = [
  'كبير', 'كبيرة', 'كبار', 'بارز', 'بارزة', 'بارزون', 'سابق', 'سابقة', 'سابقون', 'سابقين', 'آخر', 'أخرى',
  'مختلف', 'مختلفة', 'متطابقة', 'متعددة', 'عديدة', 'كثيرة', 'مسؤولة', 'خاصة', 'متخصصة', 'مستقلة',
  'مستقلون', 'جديد', 'جديدة', 'حديث', 'حديثة', 'أخير', 'أخيرة', 'متداولة', 'مطلعة', 'موثوقة', 'رسمية',
  'صحفية', 'إعلامية', 'إخبارية', 'عيان', 'عيانا', 'المستوى', 'عدة', 'متزايدة', 'غربيون', 'أجانب', 'متقاعد',
  'متقاعدون', 'مختصة', 'متابعة', 'قريبة', 'قريب', 'نافذة', 'ذاته', 'ذاتها', 'نفسه', 'نفسها', 'ذاتهم',
  'أنفسهم', 'ذاتهما', 'عينه', 'عينها', 'مؤكد', 'مؤكدة', 'واسعة', 'متضاربة', 'أولية', 'عليا', 'رفيعو', 'رفيعي',
];

/** Nouns that, before a plural, make a vague quantity: بعض العلماء، عدد من الخبراء، كثير من المحللين. */
export const QUANTIFIERS: string[] = [
  'بعض', 'عدد', 'العديد', 'عديد', 'كثير', 'الكثير', 'مجموعة', 'جملة', 'عشرات', 'معظم', 'أغلب', 'غالبية', 'جل', 'أغلبية', 'بضعة',
  'بضع', 'عدة', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر',
];

/** "One of": أحد المسؤولين، إحدى الموظفات — an anonymous individual. */
export const ONE_OF: string[] = ['أحد', 'إحدى'];

/**
 * Titles and roles: a subject headed by one of these is a titled (named) person — quiet.
 * Used to classify (named vs. unknown) and in messages; unknown subjects are quiet as well.
 */
export const TITLES: string[] = [
  'وزير', 'وزيرة', 'رئيس', 'رئيسة', 'الرئيس', 'نائب', 'نائبة', 'مدير', 'مديرة', 'المدير', 'المتحدث',
  'المتحدثة', 'متحدث', 'متحدثة', 'الناطق', 'الناطقة', 'ناطق', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'الجنرال',
  'الدكتور', 'الدكتورة', 'الأستاذ', 'الأستاذة', 'المحامي', 'المحامية', 'السفير', 'السفيرة', 'النائب',
  'الشيخ', 'الأمين', 'أمين', 'محافظ', 'والي', 'الوالي', 'عميد', 'قائد', 'القائد', 'زعيم', 'الزعيم', 'رئيسة',
  'الباحث', 'الباحثة', 'الخبير', 'الخبيرة', 'المحلل', 'المحللة', 'الكاتب', 'الكاتبة', 'الصحفي', 'الصحفية',
  'مؤسس', 'المؤسس', 'مستشار', 'المستشار', 'عضو', 'منسق', 'المنسق', 'ممثل', 'الممثل', 'مندوب', 'المندوب',
];

/** "The same" before a definite source or report, Maghreb style: ذات المصدر، نفس المصادر (= المصدر ذاته). */
export const SAME: string[] = ['ذات', 'نفس'];
