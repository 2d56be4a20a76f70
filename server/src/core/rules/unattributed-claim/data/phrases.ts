/**
 * Multi-word cues for `unattributed-claim` (format in README.md). Words are written normally;
 * matching ignores diacritics, tatweel, hamza forms of alef, ى/ي and ة/ه.
 */

/**
 * Source phrases: "according to X". Each entry is the head as a sequence of words; X follows
 * (with ل or ل\u0640 attached or not: وفقا لتقارير، وفقًا ل\u0640 مصادر). X may be `ما` + a reporting verb
 * (وفق ما ذكرت وسائل إعلام، حسب ما أفاد به مصدر), handled as that verb's clause.
 */
export const SOURCE_PHRASES: string[][] = [
  ['بحسب'],
  ['حسب'],
  ['حسبما'],
  ['وفق'],
  ['وفقا'],
  ['وفقما'],
  ['طبقا'],
  ['نقلا', 'عن'],
  ['استنادا', 'إلى'],
  ['استنادا', 'الى'],
  ['على', 'لسان'],
  // "in the words of": على حد تعبير متابعين، على حد قول مراقبين (على حد تعبيره: a pronoun, quiet)
  ['على', 'حد', 'تعبير'],
  ['على', 'حد', 'قول'],
  // claims7: "by the account of" (وعلى حد رواية أحد أفراد الأسرة، …)
  ['على', 'حد', 'رواية'],
  ['بحسبما'],
];

/**
 * Impersonal phrases, flagged as such: من المعروف أن، من المعتقد أن … The last word may carry
 * the complementiser. Matching is on whole words.
 */
export const IMPERSONAL_PHRASES: string[][] = [
  ['من', 'المعروف'],
  ['من', 'المعتقد'],
  ['من', 'الشائع'],
  ['من', 'المتداول'],
  // forecasts: only when they open the sentence (below)
  ['من', 'المتوقع'],
  ['من', 'المرجح'],
  ['بات', 'معروفا'],
  ['أصبح', 'معروفا'],
  // "it came to our knowledge": وبلغ إلى علمنا أن …
  ['بلغ', 'إلى', 'علمنا'],
  ['بلغ', 'الى', 'علمنا'],
];

/**
 * Impersonal phrases (by their last word) that make a claim only when they open the sentence: ومن المتوقع أن ترتفع
 * الأسعار. Inside a sentence they are mostly a named speaker's forecast (وأضاف الوزير أن … ومن المرجح أن), a comparison
 * (أكثر من المتوقع) or a past expectation (وكان من المتوقع أن) — on the even half of shared/unlabelled about two in three.
 */
export const OPENING_ONLY_PHRASES: string[] = ['المتوقع', 'المرجح'];

/**
 * News with no one behind it, as a headline or a nominal clause: "أنباء عن إقالة المدير"، "… وأنباء عن وقوع ضحايا". Flagged
 * when the noun (indefinite) is followed by عن and opens the sentence, follows a colon or carries و.
 */
export const NEWS_OF: string[] = ['أنباء', 'أخبار', 'تقارير'];

/**
 * Anonymity: a word of `ANONYMITY_OBJECTS` preceded, within three words, by one of
 * `ANONYMITY_VERBS` (رفض الكشف عن اسمه، طلب عدم ذكر هويته، شريطة عدم نشر اسمه) makes the
 * sentence's vague or unnamed source anonymous.
 */
export const ANONYMITY_VERBS: string[] = ['الكشف', 'كشف', 'ذكر', 'نشر', 'الإفصاح', 'الإعلان', 'إعلان', 'الإشارة'];
export const ANONYMITY_OBJECTS: string[] = ['اسمه', 'اسمها', 'هويته', 'هويتها', 'اسمهم', 'هويتهم', 'أسمائهم', 'هوياتهم', 'أسمائهن', 'اسميهما'];
