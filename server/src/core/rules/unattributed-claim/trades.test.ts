import { ruleTester } from '../../../testing/ruleTester';
import { unattributedClaim } from '.';

/*
 * claims11 (issue 9): one unnamed person of a trade, impersonal passives, a rumour verb's report — and their look-alikes.
 * All sentences were written for these tests (none comes from the evaluation corpus); `flagged` lists the reported ranges.
 */
const VAGUE = /^Vague source: /;
const IMPERSONAL = /^Impersonal claim: /;

ruleTester(unattributedClaim, {
  valid: [
    // claims11 (issue 9): one person of a trade, named, definite, in construct, acting or an object
    { text: 'وقال المهندس المشرف على الأشغال إن الجسر سيفتح قريبا.', name: 'a definite person of a trade: the story\'s' },
    { text: 'وقال مهندس المشروع كمال بن علي إن الجسر سيفتح قريبا.', name: 'in construct with a definite noun, then a name' },
    { text: 'وأوقفت الشرطة تاجرا بتهمة الاحتكار.', name: 'a trader as the object, no claim verb' },
    { text: 'وأصيب مواطن بجروح في الحادث.', name: 'a citizen hurt: no claim' },
    { text: 'وقال المهندسان إن الجدار سيرمم.', name: 'a trade\'s dual, definite: the story\'s' },
    { text: 'وقال رجل الأعمال سامي الفقي إن المصنع سيفتح.', name: 'a man of business, named (people as such are no trade)' },
    { text: 'وقال الصيدلي منير الحامدي إن الدواء متوفر.', name: 'a named pharmacist' },
    { text: 'وتردد المدربون كثيرا قبل اختيار التشكيلة.', name: 'a rumour verb with people as its subject: "hesitated"' },
    { text: 'ويقال لهذه الشجرة السدرة في الجنوب.', name: 'يقال ل\u0640 with no complement: "is called"' },
    { text: 'وكما يقال، فإن الوقت كالسيف.', name: 'كما يقال before a comma: a saying' },
    { text: 'وكما أشير إليه من قبل، فإن الاجتماع تأجل.', name: 'أشير with no إلى أن: a connector' },
    { text: 'ويتوقع المدرب أن يعود اللاعب الأسبوع المقبل.', name: 'يتوقع with its definite subject' },
    { text: 'وأكد مدرب ريال مدريد وتشيلسي السابق أن الفريق يستحق اللقب.', name: 'a genitive of proper names then a definite adjective: a named club\'s former coach' },
    { text: 'ويعيش في القرية، ويروي أن جده بنى البيت.', name: 'يروي with its pronoun: "he recounts"' },
  ],
  invalid: [
    // claims11 (issue 9): one unnamed person of a trade (listed, or the singular of a trade's sound plural), new trades
    { text: 'وقال مهندس في الورشة إن الجسر يحتاج إلى ترميم عاجل.', flagged: ['وقال مهندس في الورشة'], message: VAGUE },
    { text: 'وأكدت ممرضة في المستشفى أن الأسرة امتلأت منذ الأمس.', flagged: ['وأكدت ممرضة في المستشفى'], message: VAGUE },
    { text: 'ويقول تاجر في السوق المركزية إن الأسعار تضاعفت.', flagged: ['ويقول تاجر في السوق المركزية'], message: VAGUE },
    { text: 'وقال قيادي في الحزب إن الاجتماع سيعقد يوم السبت.', flagged: ['وقال قيادي في الحزب'], message: VAGUE },
    { text: 'وأفاد مسعف بأن الجرحى نقلوا إلى المستشفى.', flagged: ['وأفاد مسعف'], message: VAGUE },
    { text: 'وقال مواطن إن الماء انقطع ثلاثة أيام.', flagged: ['وقال مواطن'], message: VAGUE },
    { text: 'وأكد صيادلة أن الدواء مفقود منذ أشهر.', flagged: ['وأكد صيادلة'], message: VAGUE },
    { text: 'وقال لاجئ في المخيم إن المساعدات توقفت.', flagged: ['وقال لاجئ في المخيم'], message: VAGUE },
    { text: 'وقال سائق أجرة سابق إن الطريق أغلقت ليلا.', flagged: ['وقال سائق'], message: VAGUE },
    { text: 'وقال مهندسان في الموقع إن الجدار تصدع.', flagged: ['وقال مهندسان في الموقع'], message: VAGUE },
    // claims11: impersonal passives, a time phrase before a rumour's report
    { text: 'وأشير إلى أن المصنع سيغلق أبوابه في الربيع.', flagged: ['وأشير'], message: IMPERSONAL },
    { text: 'وراجت في الساعات الماضية أنباء عن إقالة المدير.', flagged: ['وراجت في الساعات الماضية أنباء'], message: VAGUE },
    { text: 'ويقال إن النهر فاض مرتين هذا الشهر.', flagged: ['ويقال'], message: IMPERSONAL },
    { text: 'ويظن أن السفينة غرقت قبل قرنين.', flagged: ['ويظن'], message: IMPERSONAL },
  ],
});
