/**
 * Grammar words the `unattributed-claim` parser needs (format in README.md). These are not meant
 * to be extended per newsroom.
 */

/** Complementisers that open the reported content: the subject, if any, came before. */
export const COMPLEMENTISERS: string[] = [
  'أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'أنهما', 'إنهما', 'أنهن', 'إنهن', 'بأن', 'بأنه',
  'بأنها', 'بأنهم', 'بأنهما', 'أنّ', 'إنّ', 'لأن', 'أنا', 'إننا', 'أننا', 'بأننا',
];

/** Words that may stand between a verb and its subject: time adverbs, "also", "in turn". */
export const ADVERBS: string[] = [
  'اليوم', 'أمس', 'الليلة', 'البارحة', 'غدا', 'مساء', 'صباح', 'صباحا', 'مساء', 'ليلا', 'ظهر', 'فجر', 'الأحد', 'الاثنين',
  'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'مؤخرا', 'سابقا', 'لاحقا', 'أيضا', 'كذلك',
  'بدوره', 'بدورها', 'بدورهم', 'حينها', 'آنذاك', 'حينذاك', 'الآن', 'حاليا', 'صراحة', 'مجددا', 'مرة', 'أخرى',
  'الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفارط', 'الجاري', 'يوم', 'أول', 'هذا',
  'الأسبوع', 'الشهر', 'العام', 'قبل', 'أيام', 'ساعات', 'قليل', 'بقليل', 'وقت', 'سابق', 'متأخر', 'منذ',
];

/** Nouns of a statement: في تصريح ل\u0640…، في بيان، في حديث … may stand between a verb and its subject. */
export const STATEMENT_NOUNS: string[] = [
  'تصريح', 'تصريحات', 'بيان', 'حديث', 'مقابلة', 'لقاء', 'رسالة', 'مؤتمر', 'ندوة', 'اتصال', 'تعليق',
  'تغريدة', 'منشور', 'تدوينة', 'كلمة', 'إفادة', 'شهادة', 'رواية', 'شهادات', 'روايات',
  // issue 9, sixth pass: hedges that are a view or a responsibility — في نظر مراقبين، في تقدير خبراء، من وجهة نظر
  // محللين، على عهدة مصادر (a statement of its owner only when the owner is vague: في نظر القانون is quiet; not على ذمة,
  // Maghreb "at the disposal of": على ذمة المواطنين)
  'رأي', 'نظر', 'تقدير', 'عهدة',
  // issue 9, eighth pass: a conjecture or a confirmation of its owner (بحسب ترجيح مصادر مطلعة، وفق تأكيد مصدر محلي)
  'ترجيح', 'ترجيحات', 'تأكيد', 'تأكيدات',
];

/**
 * Words before a verb that make it not a claim of the sentence: a relative clause (الذي قاله),
 * a condition or a time clause (عندما يقول أحدهم، إذا قال), an anonymity clause (رفض ذكر اسمه).
 */
export const NON_CLAIM_BEFORE_VERB: string[] = [
  'الذي', 'التي', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللاتي', 'اللواتي', 'اللائي', 'عندما', 'حين', 'حينما',
  'إذا', 'إذ', 'لو', 'لولا', 'كلما', 'لما', 'ريثما', 'مهما', 'طالما', 'أن', 'ولو', 'عدم', 'رفض', 'طلب', 'فضل', 'شريطة',
  'مشترطا', 'مفضلا', 'رافضا',
  // a verbal noun after a preposition of time or manner (بعد تردد أنباء، دون ذكر مصدرها، إثر تداول صور)
  'بعد', 'إثر', 'اثر', 'دون', 'بدون', 'رغم', 'وبعد', 'وإثر', 'واثر', 'ودون', 'وبدون', 'ورغم',
  // issue 9, sixth pass: من خلال نقل المواطنين (a verbal noun, not نقل … عن)
  'خلال',
  // a verbal noun after تم/يتم (تم نقل أحد المحتجين إلى المستشفى: "was moved")
  'تم', 'يتم', 'سيتم', 'وتم', 'ويتم', 'وسيتم',
];

/** Words before a subject-first clause that do not belong to the subject: قد، كان … (وكانت مصادر قد ذكرت). */
export const AUXILIARIES: string[] = ['قد', 'لقد', 'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'يكونون', 'لم', 'لن', 'لا', 'ما', 'سوف', 'أيضا', 'بدورها', 'بدوره'];

/** Relative pronouns: after a definite plural document (المعلومات التي …) they say whose it is. */
export const RELATIVES: string[] = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي'];

/** Prepositions that extend a subject with a place or an institution (مصدر في وزارة الداخلية، خبراء من البنك الدولي). */
export const SUBJECT_PREPOSITIONS: string[] = ['في', 'من', 'داخل', 'لدى', 'ب\u0640', 'ضمن', 'قريبة', 'قريب', 'مقربة', 'مقرب', 'مقربون', 'مقربين'];

/**
 * Function words: never a name, never a head. A subject search stops at them (unless listed
 * above as skippable).
 */
export const FUNCTION_WORDS: string[] = [
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'ما', 'لا', 'لم', 'لن', 'قد', 'لقد', 'هو', 'هي', 'هم', 'هن', 'هما',
  'نحن', 'أنا', 'أنت', 'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك', 'ثم', 'أو', 'أم', 'بل', 'لكن', 'لكنه',
  'لكنها', 'كما', 'بعد', 'قبل', 'حتى', 'منذ', 'خلال', 'عبر', 'حول', 'ضد', 'بين', 'أمام', 'لدى', 'عند',
  'غير', 'كل', 'جميع', 'كان', 'كانت', 'يكون', 'تكون', 'ليس', 'ليست', 'إذا', 'لو', 'أي', 'أية', 'إن', 'أن',
  'وقد', 'فقد', 'حيث', 'بينما', 'فيما', 'إلا', 'سوف', 'ذاته', 'نفسه', 'هناك', 'هنا', 'له', 'لها', 'لهم',
  'عنه', 'عنها', 'عنهم', 'فيه', 'فيها', 'منه', 'منها', 'منهم', 'به', 'بها', 'بهم', 'عليه', 'عليها', 'إليه',
  'إليها', 'لنا', 'لي', 'دون', 'نحو', 'وفق', 'حسب', 'بحسب', 'إثر', 'عقب', 'تجاه', 'لدي', 'كي', 'لكي', 'أجل',
  'مثل', 'بشأن', 'حيال', 'وراء', 'فوق', 'تحت', 'عدم', 'فإن', 'وإن', 'بأن', 'لأن', 'يا', 'ف', 'و',
];

/** Pronoun prepositional phrases that may stand between a verb and its subject: يقول عنه خبراء. */
export const PRONOUN_PPS: string[] = ['به', 'بها', 'له', 'لها', 'لهم', 'لنا', 'عنه', 'عنها', 'عنهم', 'لي', 'فيه', 'فيها', 'إليه', 'إليها', 'لهما'];
