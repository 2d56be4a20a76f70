/**
 * Lexicons for `missing-numeral` (see lexicon.ts and evidence.ts for how each list is used).
 *
 * Words are written here in ordinary spelling; the rule folds them the same way it folds the text
 * (harakat and tatweel removed, presentation forms mapped to base letters, أ/إ/آ/ٱ → ا, ى → ي), so
 * spelling variants that differ only in hamza seats or alef maqsura need no second entry.
 * All entries are the author's own word lists (no corpus text).
 */

/**
 * Counted nouns and units that stand right after a number. `strong` ones are flagged after a
 * double-space gap whatever precedes the gap (unless they are in construct with a definite word:
 * `مجلس  نواب الشعب`); `weak` plurals have an everyday non-counting use (بعد أيام "days later",
 * أشهر "most famous", مناطق، حالات …) and need an approximator before the gap.
 * Singular counted nouns (دولة، يوم، ساعة) are no evidence: `بعد  ساعة` is "after an hour".
 */
export const COUNTED_PLURAL_STRONG = [
  // places, people, institutions
  'دول', 'بلدان', 'أشخاص', 'أفراد', 'مواطنين', 'قتلى', 'جرحى', 'ضحايا', 'مصابين', 'لاعبين', 'لاعبات',
  'أعضاء', 'نواب', 'وزراء', 'أحزاب', 'مقاعد', 'أصوات', 'مشاريع', 'مؤسسات', 'شركات', 'عائلات', 'أسر',
  'تلاميذ', 'طلبة', 'طلاب', 'عمال', 'موظفين', 'أعوان', 'ملفات', 'قضايا', 'ولايات', 'مدن', 'بلديات',
  'معتمديات', 'مستشفيات', 'مدارس', 'قوائم', 'ميداليات', 'مباريات', 'جولات', 'سيارات', 'شاحنات', 'منازل',
  'مساكن', 'إصابات', 'وفيات', 'مترشحين', 'متسابقين',
  // time
  'سنوات', 'سنين', 'أعوام', 'دقائق', 'ثوان', 'عقود', 'قرون',
  // measures and money
  'أطنان', 'لترات', 'أمتار', 'كيلومترات', 'هكتارات', 'دنانير', 'دولارات', 'ملايين', 'مليارات', 'آلاف',
  'مرات', 'نقاط', 'درجات', 'أميال',
];

export const COUNTED_SINGULAR_STRONG = [
  // units and money: after 100, 1000 … a singular; hardly ever written without a number
  'طن', 'لتر', 'كيلومتر', 'كيلوغرام', 'غرام', 'هكتار', 'قيراط', 'ميغاواط', 'مليمتر', 'ميليمتر', 'سنتيمتر',
  'دينار', 'دولار', 'يورو', 'أورو', 'مليم', 'درهم', 'ريال', 'جنيه', 'فرنك',
  'مليون', 'مليار', 'ألف', 'بليون', 'تريليون',
  // unit abbreviations (never written without a number)
  'كلم', 'كلغ', 'كغ', 'كغم', 'ملم', 'مغ',
];

export const COUNTED_WEAK = [
  'أيام', 'أشهر', 'شهور', 'أسابيع', 'ساعات', 'رجال', 'نساء', 'أطفال', 'شبان', 'أهداف', 'حالات', 'وحدات',
  'مواقع', 'مراكز', 'مناطق', 'دوائر',
];

/** Before a year word, these make a year-or-duration reading: لمدة سنة، منذ عام. */
export const DURATION_WORDS = ['لمدة', 'مدة', 'طيلة', 'طوال', 'منذ', 'قبل', 'بعد', 'خلال', 'كل', 'نصف', 'ربع', 'لفترة'];

/** Words before سنة/عام that make the year number obligatory besides the introducers. */
export const BIRTH_WORDS = ['مواليد', 'ولد', 'ولدت', 'توفي', 'توفيت', 'تأسس', 'تأسست', 'أنشئ', 'أنشئت'];

/**
 * Accusative singular of counted nouns (tamyiz after 11–99): `20 شخصا`. After a preposition or an
 * approximator this form cannot stand without its number (`حوالي شخصا`, `من العمر عاما`).
 * ألفا is left out on purpose (Alpha: من ألفا إلى ياء).
 */
export const COUNTED_ACCUSATIVE = [
  'عاما', 'يوما', 'شهرا', 'أسبوعا', 'قرنا', 'شخصا', 'مواطنا', 'طفلا', 'قتيلا', 'جريحا', 'مصابا', 'لاعبا',
  'هدفا', 'عضوا', 'نائبا', 'مقعدا', 'صوتا', 'مشروعا', 'تلميذا', 'طالبا', 'عاملا', 'موظفا', 'ملفا', 'بلدا',
  'دينارا', 'دولارا', 'درهما', 'ريالا', 'جنيها', 'مليما', 'مترا', 'كيلومترا', 'هكتارا', 'طنا', 'لترا',
  'مليونا', 'مليارا', 'فيلما', 'مترشحا', 'متسابقا', 'منزلا', 'مسكنا',
  // (session 13: the units' accusatives the list lacked)
  'مليمترا', 'ميليمترا', 'سنتيمترا', 'كيلوغراما', 'قيراطا',
];

/** Number nouns: fine right after an approximator (`حوالي مليون`), but after a double-space gap they miss their count. */
export const NUMBER_NOUNS = ['مليون', 'مليار', 'ألف', 'بليون', 'تريليون', 'ملايين', 'مليارات', 'آلاف'];

/** Percent words; `في المائة` is handled as two words. */
export const PERCENT_WORDS = ['بالمائة', 'بالمئة', 'بالمية', 'بالماية'];

/** Month names: Maghreb (Tunisia, Algeria, Morocco), Egypt/Gulf, Levant/Iraq. */
export const MONTHS = [
  'جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'يناير', 'فبراير', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس', 'اغسطس',
  'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر', 'أكتوبر',
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
];

/**
 * Month names that are also ordinary words: مارس "practised", آب/تموز/آذار/أيار are names and
 * words, ماي/أوت/غشت are short and collide with loans. They count as months only with more
 * evidence (a year right after them, or a weekday right before them).
 */
export const AMBIGUOUS_MONTHS = ['مارس', 'ماي', 'أوت', 'غشت', 'آب', 'تموز', 'آذار', 'أيار', 'شباط', 'أيلول', 'نيسان'];

/** The second word of the two-word Levantine months (كانون الثاني, تشرين الأول). */
export const MONTH_SECOND_WORDS = ['الأول', 'الثاني', 'الاول', 'الثانى'];

/** Words that follow a month name without a year: في جوان الماضي. */
export const MONTH_MODIFIERS = ['الماضي', 'المقبل', 'الجاري', 'القادم', 'الفارط', 'المنقضي', 'المنصرم', 'المنقضى', 'من'];

/**
 * Weekday names, after which a month name needs its day: يوم الأحد 17 جويلية. يوم counts too, but
 * only when a year follows the month (`يوم جويلية حار` is "a July day").
 */
export const WEEKDAYS = ['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** `مرتين في عام.` (twice a year): before a year introducer, these make عام a plain noun. */
export const FREQUENCY_WORDS = ['مرة', 'مرتين', 'مرتان', 'مرات', 'واحدة'];

/** Year words that need a year number after them. */
export const YEAR_WORDS = ['عام', 'سنة'];
export const YEAR_WORDS_DEFINITE = ['العام', 'السنة'];
/** `عدد 12 لسنة 2017` (Tunisian/Egyptian legal numbering). */
export const YEAR_WORDS_LAW = ['لسنة', 'لعام'];
/** Law numbering heads: `القانون عدد 12`, `المرسوم رقم 5`. */
export const NUMBERING_HEADS = ['عدد', 'رقم'];

/** Before عام/سنة these make the year number obligatory: في عام 2016، مطلع سنة 2017. */
export const YEAR_INTRODUCERS = [
  'في', 'مطلع', 'بداية', 'نهاية', 'أواخر', 'أوائل', 'منتصف', 'موفى', 'أواسط', 'مستهل', 'ربيع', 'صيف',
  'خريف', 'شتاء', 'ببداية', 'بنهاية',
];

/** Prepositions and preposition-like words (also with و/ف). Not حتى: `حتى شخصا واحدا` ("not even one"). */
export const PREPOSITIONS = [
  'في', 'من', 'إلى', 'على', 'عن', 'منذ', 'خلال', 'بعد', 'قبل', 'لمدة', 'طيلة', 'طوال', 'بين', 'مدة',
  'لفترة',
];

/** Approximators: a number must follow them (حوالي 20 شخصا). */
export const APPROXIMATORS = [
  'حوالي', 'بحوالي', 'لحوالي', 'قرابة', 'بقرابة', 'لقرابة', 'زهاء', 'بزهاء', 'يناهز', 'تناهز', 'ناهز',
  'ناهزت', 'يقارب', 'تقارب', 'قاربت', 'بنسبة',
];

/** نحو is "about" before numbers and "towards" before nouns: only the unambiguous cases use it. */
export const NAHWA = ['نحو', 'بنحو', 'لنحو'];

/** Words after which an accusative counted noun needs its number: يبلغ من العمر 30 عاما. */
export const AGE_WORDS = ['العمر', 'عمره', 'عمرها', 'عمرهم', 'عمري', 'عمرك', 'سنه', 'سنها'];

/** Words that cannot be followed directly by punctuation: a number (or word) is missing. */
export const NO_END_WORDS = [
  'في', 'إلى', 'عن', 'منذ', 'خلال', 'بين', 'لمدة', 'طيلة', 'حوالي', 'بحوالي', 'قرابة', 'زهاء', 'بنسبة',
  'بنحو', 'يناهز', 'تناهز',
];

/** Words that take two numbers joined by و: بين 2015 و2016، عامي 2015 و2016، الفصلين 11 و12. */
export const PAIR_HEADS = ['بين', 'عامي', 'سنتي', 'يومي', 'الفصلين', 'المادتين', 'الفصول', 'المواد', 'العددين', 'الصفحتين', 'الرقمين'];

/** After a year number: `عام 1450 للهجرة`. للهجرة is also "for migration" (المنظمة الدولية للهجرة), so it is
 * evidence only after a year word, a month or a preposition (`سنة  للهجرة`, `في  للهجرة`). */
export const ERA_STRONG = ['للهجرة', 'للميلاد'];
/** After a year number, or naming a kind of year (`عام هجري جديد`): evidence only behind a double space. */
export const ERA_WEAK = ['هجرية', 'هجري', 'ميلادية', 'ميلادي'];

/** Unit abbreviations that never stand without a number; `م د` (million dinars) and `أ د` are two tokens. */
export const UNIT_ABBREVIATIONS = ['كلم', 'كلغ', 'كغ', 'كغم', 'ملم', 'مغ', 'سم'];
/** Those that are no ordinary word (كلم is also the verb كلّم, سم "poison", ملم "versed in"): evidence behind any non-number word. */
export const UNIT_ABBREVIATIONS_SAFE = ['كلغ', 'كغ', 'كغم'];
export const UNIT_ABBREVIATION_HEADS = ['م', 'أ'];
export const UNIT_ABBREVIATION_TAILS = ['د'];

/** Number words: a gap after them is no gap (ثلاث  دول is only spacing). Checked also with و-. */
export const NUMBER_WORDS = [
  'واحد', 'واحدة', 'أحد', 'إحدى', 'اثنين', 'اثنان', 'اثنتين', 'اثنتان', 'ثلاث', 'ثلاثة', 'أربع', 'أربعة',
  'خمس', 'خمسة', 'ست', 'ستة', 'سبع', 'سبعة', 'ثمان', 'ثماني', 'ثمانية', 'تسع', 'تسعة', 'عشر', 'عشرة',
  'عشرين', 'عشرون', 'ثلاثين', 'ثلاثون', 'أربعين', 'أربعون', 'خمسين', 'خمسون', 'ستين', 'ستون', 'سبعين',
  'سبعون', 'ثمانين', 'ثمانون', 'تسعين', 'تسعون', 'مائة', 'مئة', 'مائتين', 'مئتين', 'مائتان', 'مئتان',
  'ثلاثمائة', 'أربعمائة', 'خمسمائة', 'ستمائة', 'سبعمائة', 'ثمانمائة', 'تسعمائة', 'ألف', 'ألفين', 'ألفان',
  'آلاف', 'مليون', 'مليونين', 'ملايين', 'مليار', 'مليارين', 'مليارات', 'نصف', 'ربع', 'ثلث', 'بضع', 'بضعة',
  'عدة', 'عشرات', 'مئات', 'مائات', 'كذا', 'بعض', 'أي', 'صفر', 'جزء', 'أجزاء',
];

/** Frequent short words used to tell a logical-order line from a visual-order (reversed) one. */
export const ORIENTATION_WORDS = ['في', 'من', 'على', 'إلى', 'عن', 'أن', 'التي', 'الذي', 'هذا', 'هذه', 'مع', 'كما', 'وقد', 'بعد', 'قبل', 'حيث', 'كان', 'بين', 'ذلك', 'وفي', 'كانت'];

/** Words that follow عام/سنة without a year between them: سنة واحدة، عام ونصف. */
export const YEAR_FOLLOWERS = [
  'واحد', 'واحدة', 'كامل', 'كاملة', 'ونصف', 'أخرى', 'آخر', 'تقريبا', 'فقط', 'مضى', 'مضت', 'بعد', 'قبل',
  'على', 'من', 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'الجاري', 'الجارية',
];

/**
 * Adverbs and function words ending in ا that are not counted nouns (for the shape test of an
 * accusative counted noun after a gap).
 */
export const NOT_ACCUSATIVE_COUNT = [
  'أيضا', 'جدا', 'دائما', 'أبدا', 'معا', 'سابقا', 'لاحقا', 'مؤخرا', 'فورا', 'خصوصا', 'أساسا', 'تماما',
  'أولا', 'ثانيا', 'ثالثا', 'أخيرا', 'مثلا', 'قائلا', 'مضيفا', 'مشيرا', 'موضحا', 'مؤكدا', 'معتبرا',
  'علما', 'إذا', 'لذا', 'هذا', 'كذا', 'ماذا', 'لماذا', 'بينما', 'كلما', 'ربما', 'طالما', 'عندما', 'حينما',
  'إنما', 'كما', 'مهما', 'أينما', 'حيثما', 'بعدما', 'قبلما', 'لما', 'فيما', 'ممّا', 'مما', 'عما', 'إما',
  'حتما', 'غدا', 'صباحا', 'مساء', 'ليلا', 'نهارا', 'ظهرا', 'عصرا', 'فجرا', 'كثيرا', 'قليلا', 'طويلا',
  'مجددا', 'مجانا', 'إطلاقا', 'عموما', 'تحديدا', 'نظرا', 'وفقا', 'طبقا', 'تبعا', 'بدءا', 'انطلاقا',
  'استنادا', 'إضافة', 'شكرا', 'عفوا', 'أهلا', 'سلفا', 'آنفا', 'حالا', 'قريبا', 'بعيدا', 'ذهابا', 'إيابا',
  'تقريبا', 'دوما', 'حقا', 'فعلا', 'أصلا', 'قطعا', 'غالبا', 'أحيانا', 'مسبقا', 'سريعا', 'جديدا', 'خلافا',
  'بدلا', 'فضلا', 'ردا', 'حفاظا', 'سعيا', 'أملا', 'خوفا', 'احتجاجا', 'تضامنا', 'تفاديا', 'تجنبا', 'منعا',
];

/** Adjectives of a vague quantity after a counted noun (أيام قليلة، سنوات عديدة): the noun is counted by them, never
 *  by a number, so a double space before the noun (or before the adjective) is no dropped number. */
export const QUANTITY_ADJECTIVES = ['قليلة', 'قليل', 'قلائل', 'كثيرة', 'كثير', 'عديدة', 'عديد', 'معدودة', 'معدودات'];

/** Adjectives right after a year word (سنة كاملة، سنة طويلة): the year is a duration there, no date (but a number may
 *  still count the noun: ثلاثة أيام كاملة, so they say nothing before the noun). */
export const WHOLE_ADJECTIVES = ['كاملة', 'كامل', 'طويلة', 'طويل'];

/** Counted nouns that are also superlatives after من (من أشهر الكتّاب "among the most famous"). */
export const SUPERLATIVE_LOOKALIKES = ['أشهر'];

