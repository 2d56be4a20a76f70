/**
 * Reporting and belief verbs (lexicon for `unattributed-claim`; format in README.md).
 *
 * Each entry gives the third-person masculine singular past (`past`) and/or present (`present`)
 * form, written normally (hamza, alef maqsura); the rule derives feminine, plural and dual forms
 * (قالت، قالوا، قالا، تقول، يقولون، يقولان، يقولوا) and accepts the clitics و/ف, future س and an
 * object pronoun (ذكره، أكدته). `forms` lists extra forms taken as they are (no derivation) — use it
 * for homographs whose base form must not be matched (بيّن/بين "between").
 * `via: 'عن'` marks verbs whose real source follows عن (نقلت رويترز عن مسؤولين), `via: 'من'` verbs that make a
 * claim only through a source after من (علمت الإذاعة من مصادر مطلعة); `complement: true`
 * verbs with a second, non-reporting sense (أضاف إلى) need أن/إن/بأن, a colon or a quotation.
 */
export interface ReportingVerb {
  past?: string;
  present?: string;
  forms?: string[];
  via?: 'عن' | 'من' | 'إلى';
  /**
   * The verb also has a non-reporting sense (أضاف "added to", قدّر "appreciated", وصف
   * "described"): it makes a claim only with a complement (أن، إن، بأن، a colon or a quotation)
   * within a few words after its subject.
   */
  complement?: true;
  /**
   * A stance verb (انتقد، ندّد، أبدى، عبّر عن …): a claim only with أن/إن/بأن within four words after its subject
   * (أبدت أوساط تخوفها من أن …) or a circumstantial clause (، مؤكدين أن …); a quotation or colon is a demand or a slogan.
   */
  proposition?: true;
  /**
   * A research finding (وجد، توصّل، اكتشف، أثبت): flagged with an indefinite subject only (ووجد باحثون أن …); the definite
   * ووجد الباحثون أن … follows the study it reports, named or already flagged.
   */
  finding?: true;
  /**
   * The verb takes a person as direct object (حذّر مسؤولين، اتهم ناشطين، أبلغ دبلوماسيين): a
   * sound plural or dual in \u0640ين right after it is that object, not the subject.
   */
  transitive?: true;
  /**
   * A rumour verb whose subject is the report itself (ترددت أنباء، راجت أخبار، تسربت معلومات): a subject that is no report —
   * people or sources — is another sense (وتردد المسؤولون طويلا "hesitated", ترددت مصادر في التأكيد) and no claim (claims11).
   */
  report?: true;
}

export const REPORTING_VERBS: ReportingVerb[] = [
  { past: 'قال', present: 'يقول' },
  { past: 'أكد', present: 'يؤكد' },
  { past: 'أضاف', present: 'يضيف', complement: true },
  { past: 'أشار', present: 'يشير' },
  { past: 'ذكر', present: 'يذكر' },
  { past: 'أفاد', present: 'يفيد' },
  { past: 'اعتبر', present: 'يعتبر' },
  { past: 'رأى', present: 'يرى' },
  { past: 'اعتقد', present: 'يعتقد' },
  { past: 'توقع', present: 'يتوقع' },
  { past: 'حذر', present: 'يحذر', transitive: true },
  { past: 'كشف', present: 'يكشف' },
  { past: 'أوضح', present: 'يوضح' },
  { past: 'أعلن', present: 'يعلن' },
  { past: 'صرح', present: 'يصرح' },
  { past: 'أورد', present: 'يورد' },
  { past: 'نقل', present: 'ينقل', via: 'عن' },
  // نسبت الوكالة إلى مصدر دبلوماسي قوله إن …: the claim rests on the source after إلى
  { past: 'نسب', present: 'ينسب', via: 'إلى' },
  // علم "learned" (also a noun: flag, science): a claim only through من + a vague source (علمت الإذاعة من مصادر)
  { forms: ['علم', 'علمت', 'علمنا'], via: 'من' },
  { past: 'لفت', present: 'يلفت' },
  { past: 'شدد', present: 'يشدد' },
  { past: 'رجح', present: 'يرجح' },
  { past: 'قدر', present: 'يقدر', complement: true },
  { past: 'زعم', present: 'يزعم' },
  // ادّعى: its past only (يدعون إلى "call for" is دعا; تُدعى "is called")
  { forms: ['ادعى', 'ادعت', 'ادعوا', 'ادعيا'] },
  { past: 'أفصح', present: 'يفصح' },
  { past: 'نفى', present: 'ينفي' },
  { past: 'اعترف', present: 'يعترف' },
  { past: 'أبلغ', transitive: true }, // not يبلغ: also "amounts to" (يبلغ عدد السكان …)
  { past: 'تحدث', present: 'يتحدث' },
  { past: 'روى', present: 'يروي' },
  { past: 'نبه', present: 'ينبه', transitive: true },
  { past: 'استبعد', present: 'يستبعد' },
  { past: 'وصف', present: 'يصف', complement: true },
  { past: 'اتهم', present: 'يتهم', transitive: true },
  // أظهر "showed"; its present يظهر is also "appears" (يظهر في الفيديو أحد الأعوان): that one with a complement only
  { past: 'أظهر' },
  { present: 'يظهر', complement: true },
  // findings: توصّل باحثون إلى أن …، وجد علماء أن …، اكتشف باحثون أن …، أثبتت دراسة أن … — with a complement and an
  // indefinite subject only (توصل الطرفان إلى اتفاق، اكتشف علماء آثار مقبرة: a fact, not a claim)
  { past: 'توصل', present: 'يتوصل', complement: true, finding: true },
  { past: 'وجد', present: 'يجد', complement: true, finding: true },
  { past: 'اكتشف', present: 'يكتشف', complement: true, finding: true },
  { past: 'أثبت', present: 'يثبت', complement: true, finding: true },
  // issue 9, eighth pass: خلصت دراسة … إلى أن (خلص "concluded"; also "got rid of": with a complement only)
  { past: 'خلص', present: 'يخلص', complement: true, finding: true },
  // بيّن "showed" is written like بين "between": only its unambiguous forms.
  { forms: ['بينت', 'بينوا', 'يبين', 'تبين', 'يبينون'] },
  // its masculine past بيّن only with a complement after a subject (وبيّن مختصون أن …; بين الخبراء والحكومة is "between")
  { forms: ['بين'], proposition: true },
  // لاحظ "noticed, observed": a claim with its complement (لاحظ مراقبون أن …), not لاحظ الطبيب ورما
  { past: 'لاحظ', present: 'يلاحظ', complement: true },
  { past: 'تكهن', present: 'يتكهن' },
  // explanations: أرجع مختصون السبب إلى …، يعزو خبراء ذلك إلى …، فسّر خبراء ذلك ب\u0640… (يرجع تاريخه إلى: its subject is no source)
  { past: 'أرجع', present: 'يرجع' },
  { past: 'عزا', present: 'يعزو' },
  { past: 'فسر', present: 'يفسر' },
  // تداولت/تناقلت وسائل إعلام أن …: with a complement only (تداولت صفحات صورا is no claim)
  { past: 'تداول', present: 'يتداول', complement: true },
  // (claims7: what they relay from someone rests on that one — حسب ما تناقلته وسائل الإعلام عن وزير الداخلية)
  { past: 'تناقل', present: 'يتناقل', complement: true, via: 'عن' },
  // issue 9, sixth pass: روّجت صفحات أن …، استبعدت تقارير أن … (with a complement only: يروج المخدرات، استبعد اللاعب)
  { past: 'روج', present: 'يروج', complement: true },
  { past: 'استبعد', present: 'يستبعد', complement: true },
  // rumour verbs whose subject is the report itself: راجت أنباء، ترددت أنباء، تسربت معلومات (only these forms:
  // يروج is also "deals in", يتردد "hesitates", يتسرب "leaks" of water; a subject the lexicons do not know is quiet)
  // stance verbs (issue 9, third pass): a claim only with a proposition after the subject — انتقد مراقبون القرار،
  // مؤكدين أن …، ذهب محللون إلى أن …، أجمع متابعون على أن …، أبدت أوساط تخوفها من أن …، عبّر نشطاء عن خشيتهم من أن …،
  // أقرّ مسؤولون بأن …; without one (ندّد نشطاء بالاعتداء، طالب الأهالي بالتشغيل) a stance or demand, not a claim
  { past: 'انتقد', present: 'ينتقد', proposition: true, transitive: true },
  { past: 'استنكر', present: 'يستنكر', proposition: true },
  { past: 'ندد', present: 'يندد', proposition: true },
  { past: 'طالب', present: 'يطالب', proposition: true, transitive: true },
  { past: 'شكك', present: 'يشكك', proposition: true },
  { past: 'ذهب', present: 'يذهب', proposition: true },
  { past: 'أجمع', present: 'يجمع', proposition: true },
  { past: 'أبدى', present: 'يبدي', proposition: true },
  { past: 'عبر', present: 'يعبر', proposition: true },
  { past: 'أقر', present: 'يقر', proposition: true },
  { forms: ['راج', 'راجت', 'ترددت', 'تسربت', 'تواترت', 'رشحت', 'يتردد', 'تتردد'], report: true },
  // with nothing but أن after them, impersonal (AMBIGUOUS_PASSIVE): وتردد أن …، وراج أن …، ويُحكى أن …
  { forms: ['تردد', 'يحكى'], report: true },
  // claims11 (issue 9): the passive أُشير ("it was pointed out"), written as the first person "I point" news does not use;
  // impersonal with إلى أن after it only (AMBIGUOUS_PASSIVE; وكما أشير إليه سابقا is a connector)
  { forms: ['أشير'] },
  // claims11: يُظن أن — only the present, impersonal with nothing but the complement after it (AMBIGUOUS_PASSIVE); يظن الخبراء
  // أن has its subject. (يُشتبه في أن was tried and taken out: on the odd half it read يشتبه المحققون التونسيون في أن after
  // وحسب رويترز, and أشخاص يشتبه في أنهم, as claims)
  { forms: ['يظن'] },
];

/**
 * Impersonal (passive) verbs: a claim with no one behind it. Always flagged, whatever follows:
 * يُقال، قيل، يُشاع، أُشيع، أُفيد.
 */
export const IMPERSONAL_VERBS: string[] = ['يقال', 'قيل', 'يشاع', 'أشيع', 'أفيد'];

/**
 * Verbs read as passive (يُعتقد أن "it is believed") when nothing but a complementiser (أن، بأن)
 * follows them and no diacritic says otherwise (يَعتقد = "he believes" → anaphoric, quiet).
 * A damma on the prefix (يُتوقع، يُرجَّح) makes any present form of REPORTING_VERBS passive.
 */
export const AMBIGUOUS_PASSIVE: string[] = ['يعتقد', 'يظن', 'يرجح', 'يتردد', 'تردد', 'راج', 'يحكى',
  // issue 9, sixth pass: ويُروَّج أن، ويُتداول أن، ويُستبعد أن
  'يروج', 'يتداول', 'يستبعد',
  // claims11 (issue 9): وأُشير إلى أن (not يتوقع: ويتوقع أن يصل الوزير غدا is a schedule, a quiet row of index.test.ts; nor
  // يروي: ويعيش في القرية، ويروي أن جده … is "he recounts")
  'أشير'];

/** Editorial connectors, never claims even when marked passive: يُذكر أن (it is worth noting). */
export const CONNECTOR_VERBS: string[] = ['يذكر', 'يشار', 'تجدر'];
