/**
 * The sample draft the walkthrough opens (`tadqiq.openSample`): samples/draft.ar.txt, with its invisible damage
 * written as escapes (a stretched word, an RLM, presentation forms, dropped numbers, a vague source).
 */
export const SAMPLE_DRAFT =
  'تقرير: وزارة الزراعة تعلن خطة لدعم المزارعين\n\nأعلنت وزارة الز\u0640\u0640راعة يوم \u200fالإثنين عن خ\u0640طة جديدة لدعم صغار \ufee3\ufeb0\ufe8d\ufeae\ufecb\ufef4\ufee6 في المناطق الريفية، وقالت الوزيرة ليلى حداد إن الخطة ستنطلق مطلع العام المقبل.\n\nوأوضحت حداد أن الوزارة رصدت مبلغ 40 مليون دينار لنحو  ألف مزارع في  ولايات للبرنامج، وأن التسجيل سيبدأ ب\u0640«منصة رقمية» جديدة في 1446ه\u0640.\n\nويرى محل\u0640\u0640\u0640لون أن الخطة تأتي متأخرة، فيما أكد رئيس اتحاد الفلاحين سامي نادر أنها خطوة في الاتجاه الصحيح.\n';
