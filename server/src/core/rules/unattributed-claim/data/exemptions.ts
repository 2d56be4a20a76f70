/**
 * Exemptions for `unattributed-claim` (format in README.md).
 */

/**
 * False friends: a source noun followed by one of these words is not a source of a claim
 * (مصادر الطاقة، مصدر قلق، دوائر انتخابية). Keys are the head noun (singular and plural both
 * listed); values are the following word, with or without ال (both are matched).
 */
export const FALSE_FRIENDS: Record<string, string[]> = {
  مصدر: [
    'طاقة', 'مياه', 'ماء', 'دخل', 'تمويل', 'غذاء', 'رزق', 'قلق', 'خطر', 'إزعاج', 'تهديد', 'إلهام', 'نفط',
    'غاز', 'كهرباء', 'عدوى', 'بروتين', 'ثروة', 'ضوء', 'حرارة', 'تلوث', 'إشعاع', 'وقود', 'مال', 'أموال',
    'رئيسي', 'رئيسية', 'أساسي', 'أساسية', 'فخر', 'إيرادات', 'عيش', 'فيتامين', 'فيتامينات', 'ألياف',
    'كالسيوم', 'حديد', 'سعرات', 'نمو', 'ربح', 'أرباح', 'عملة', 'انبعاثات', 'تهديدات', 'مخاطر', 'قوة',
    'إلهامه', 'إلهامها', 'رزقه', 'رزقهم', 'دخلهم', 'دخله', 'قلقه', 'الفيروس', 'فيروس', 'تسرب', 'انتشار',
    'صوت', 'نار', 'إطلاق', 'حريق', 'ضجيج',
  ],
  دوائر: ['انتخابية', 'كهربائية', 'مغلقة', 'بلدية'],
  مواقع: ['عسكرية', 'أثرية', 'سياحية', 'تصوير', 'عمل', 'بناء', 'تاريخية', 'دينية', 'استراتيجية', 'نووية', 'حساسة', 'متقدمة', 'قتالية'],
  شهود: ['زور'],
  أطراف: ['نزاع', 'صراع', 'عقد', 'اتفاق', 'اتفاقية', 'معادلة', 'جسم', 'مدينة', 'ممضية', 'موقعة', 'معنية', 'متنازعة', 'اجتماعيين'],
  جهات: ['أربع', 'الأربع', 'بلاد', 'جمهورية', 'وطن', 'ولاية'], // Maghreb: جهات البلاد are the regions
};
FALSE_FRIENDS['مصادر'] = FALSE_FRIENDS['مصدر'];

/**
 * Named sources: subjects that start with one of these phrases are treated as named (quiet),
 * whatever noun heads them. Newsrooms extend this list with the `namedSources` option.
 */
export const NAMED_SOURCES: string[] = [
  'وسائل الإعلام الرسمية',
  'وسائل إعلام رسمية',
  'خبراء الأمم المتحدة',
  'مراقبو الأمم المتحدة',
  'مراقبو الاتحاد الأوروبي',
];
