/** missing-numeral: the folded word shapes and marks the evidence (evidence.ts) tests a token against. */
/** هذا، هذه، ذلك، تلك، هذين، هاتين (folded forms, with و or ف). */
export const DEMONSTRATIVE = /^[\u0648\u0641]?(?:\u0647\u0630\u0627|\u0647\u0630\u0647|\u0630\u0644\u0643|\u062a\u0644\u0643|\u0647\u0630\u064a\u0646|\u0647\u0627\u062a\u064a\u0646)$/;
/** The article alone, with or without a proclitic (ال، بال، وبال، لل، ولل…; not وال، فال: وال is also a governor). */
export const LONE_ARTICLE = /^(?:[\u0648\u0641]?[\u0628\u0643]\u0627\u0644|\u0627\u0644|[\u0648\u0641]?\u0644\u0644)$/;
/** على، وعلى (folded): على بعد is a distance, not "after". */
export const DISTANCE = /^[\u0648\u0641]?\u0639\u0644\u064a$/;
/** ، . ٫ as the decimal separator (not the Latin comma, which some sources set apart before a number: غنابري ,21 عاما,) of a number whose whole part went. */
export const isDecimalSeparator = (c: number) => c === 0x060c || c === 0x2e || c === 0x066b;
/** A word with a proclitic and the article (بالمرتفعات، للمدن، والسيارات; folded forms): no number comes right before it. */
export const ARTICLE_CLITIC = /^(?:[\u0648\u0641]?[\u0628\u0643]\u0627\u0644|[\u0648\u0641]?\u0644\u0644|[\u0648\u0641]\u0627\u0644)/;
/** A range's two prepositions around its first number (folded: من 3 إلى، منذ 3 حتى). */
export const RANGE_FROM = /^[\u0648\u0641]?(?:\u0645\u0646|\u0645\u0646\u0630)$/;
export const RANGE_TO = /^(?:\u0627\u0644\u064a|\u062d\u062a\u064a)$/;
/** The short words (two letters or fewer, folded) that come before a lone article written on a number (في ال\u064018
 *  من عمره، في سن ال\u064025): other short words before it are initials (دي إل). */
export const SHORT_BEFORE_ARTICLE = /^[\u0648\u0641]?(?:\u0641\u064a|\u0645\u0646|\u0639\u0646|\u0633\u0646)$/;
/** ل ب ك alone, or with و/ف the article forms (وال، بال، لل…): فك، ول are words. */
export const LONE_CLITIC = /^(?:[\u0644\u0628\u0643]|[\u0648\u0641]?(?:[\u0628\u0643]?\u0627\u0644|\u0644\u0644))$/;
/** The slot class (slot.ts slotClass) of a plural the lexicon counts (not any ات، ين، ون: duals, verbs, كميات متفاوتة). */
export const PLURAL_CLASS = /^S$/;
/**
 * An indefinite plural by its written shape alone (a folded form without the article; issue 11, session 9): the plural
 * a number from 3 to 10 counts right before it (`أطلق الجيش 5 صواريخ`, `نظمت الجامعة 3 ندوات`), in a class of its
 * own where the lexicon lists none of them. The feminine sound plural (…ات, five letters or more), the masculine in
 * the genitive (…ين, six or more: تمكين is a verbal noun), and the broken plurals whose pattern no singular shares
 * closely: فعائل (حرائق، رسائل), فعاليل / مفاعيل / تفاعيل (صواريخ، مشاريع، تقارير), مفاعل / فواعل (مخابز، مراكز،
 * شوارع; not تفاعل, a verbal noun: تواصل), أفعلة (أسلحة، أنشطة). Not فعول or أفعال, which verbal nouns share (حضور،
 * إعلان), nor a plural with tanween alef (أرباحا: no number stands before the accusative). Session 11: فعالل (زلازل،
 * سلاسل، عقارب), five letters with alef third, not after ا ت ي ن م و ب ف ك ل (تفاعل, a verbal noun; يتابع, a verb; بكامل, a
 * clitic on فاعل; م and و: مفاعل and فواعل above).
 */
export const PLURAL_SHAPE = /^(?:[\u0621-\u064a]{3,}\u0627\u062a|[\u0621-\u064a]{4,}\u064a\u0646|[\u0621-\u064a]{2}\u0627\u0626[\u0621-\u064a]|[\u0621-\u064a]{2}\u0627[\u0621-\u064a]\u064a[\u0621-\u0628\u062a-\u0646\u0648]|(?:\u0645[\u0621-\u064a]|[\u0621-\u0629\u062b-\u064a]\u0648)\u0627[\u0621-\u0626\u0628-\u064a][\u0621-\u0626\u0628-\u0628\u062a-\u0646\u0648]|\u0627[\u0621-\u0626\u0628-\u064a]{2}[\u0621-\u0626\u0628-\u0649]\u0629|[\u0621-\u0626\u0628-\u0629\u062b-\u0645\u0647\u0648][\u0621-\u0626\u0628-\u064a]\u0648[\u0621-\u0628\u062a-\u0646\u0648]|\u0627[\u0621-\u0626\u0628-\u064a]{1,2}\u0627[\u0621-\u0628\u062a-\u0646\u0648]|[\u0621-\u0626\u0628-\u064a]{3}\u0627\u0621|[\u0621-\u0626\u062b-\u063a\u0642\u0647][\u0621-\u0626\u0628-\u064a]\u0627[\u0621-\u0626\u0628-\u064a][\u0621-\u0626\u0628-\u0628\u062a-\u0646\u0648])$/;
/** A dual by its shape, with or without ب (folded, indefinite): بهدفين، نقطتين، مقعدان — a count, as a number is. */
export const DUAL_SHAPE = /^\u0628?[\u0621-\u064a]{3,}(?:\u064a\u0646|\u0627\u0646)$/;
/**
 * A noun of rank or edition that a number (or an ordinal) follows (issue 11, session 10; folded forms): المركز،
 * المرتبة، الترتيب، النسخة، الدورة، الطبعة، الولاية، الذكرى with the article (and a proclitic), the same with a possessive
 * (دورتها، نسخته، مركزه), or ولاية after ب/ل (لولاية، بولاية: a term of office). `احتل المنتخب المركز 3 في`, `في
 * نسخته 12 بقصر`, `أعيد انتخابه لولاية 2 على رأس`: before a preposition the number went (the ordinal word would be
 * there otherwise: المركز الأول في). Too rare in the mined news to be in the tables (المركز is mostly a centre).
 * Session 13: the nouns that number a part or a place with the article, البند، الفقرة، النقطة، الصفحة، الآية، الجزء،
 * الحلقة، الكيلومتر، الطابق (`جاء في النقطة 4 من جدول الأعمال`).
 */
export const RANK_NOUN = /^(?:(?:[\u0648\u0641]?[\u0628\u0643]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)(?:\u0645\u0631\u0643\u0632|\u062a\u0631\u062a\u064a\u0628|\u0630\u0643\u0631\u064a|\u0628\u0646\u062f|\u0643\u064a\u0644\u0648\u0645\u062a\u0631|\u0637\u0627\u0628\u0642|\u062c\u0632\u0621|(?:\u0645\u0631\u062a\u0628|\u0646\u0633\u062e|\u062f\u0648\u0631|\u0637\u0628\u0639|\u0648\u0644\u0627\u064a|\u0641\u0642\u0631|\u0646\u0642\u0637|\u0635\u0641\u062d|\u0627\u064a|\u062d\u0644\u0642)\u0629)|[\u0648\u0641]?(?:\u0645\u0631\u0643\u0632|\u062a\u0631\u062a\u064a\u0628|(?:\u0645\u0631\u062a\u0628|\u0646\u0633\u062e|\u062f\u0648\u0631|\u0637\u0628\u0639|\u0648\u0644\u0627\u064a)\u062a)(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)|[\u0648\u0641]?[\u0628\u0644]\u0648\u0644\u0627\u064a\u0629)$/;
/** Of RANK_NOUN, the ones that never end a phrase without their number or ordinal (المرتبة ،، دورتها .; not الدورة،
 *  الولاية، الذكرى, which do): before spaced punctuation in a draft that glues its own, the number went. */
export const RANK_NOUN_NOEND = /^(?:(?:[\u0648\u0641]?[\u0628\u0643]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)(?:\u0645\u0631\u0643\u0632|\u062a\u0631\u062a\u064a\u0628|\u0645\u0631\u062a\u0628\u0629)|[\u0648\u0641]?(?:\u0645\u0631\u0643\u0632|\u062a\u0631\u062a\u064a\u0628|(?:\u0645\u0631\u062a\u0628|\u0646\u0633\u062e|\u062f\u0648\u0631|\u0637\u0628\u0639)\u062a)(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627))$/;
/** The plural فاعلين / فاعلات of six letters (folded: باحثين، لاعبين، لاجئين، كاتبات), which a clitic ب ل ك before ا
 *  would otherwise hide (بانتخابات is ب + انتخابات). */
export const FAAILIN = /^[\u0621-\u064a]\u0627[\u0621-\u064a]{2}(?:\u064a\u0646|\u0627\u062a)$/;
/** The broken plural أفعال as written with its hamza above (unfolded: أفلام، أطفال، أشجار); إفعال, the verbal noun
 *  (إعلان، إنتاج), has it below, and a draft that drops its hamzas says nothing here. */
export const AFAAL = /^\u0623[\u0621-\u064a]{2}\u0627[\u0621-\u064a]$/;
/** A word of a match's result (folded, with the article and proclitics): تعادل، فوز، هزيمة، خسارة، نتيجة — a dash and a
 *  small number glued after it and a space (بالتعادل -1) is a score whose first number went. */
export const SCORE_WORD = /^(?:[\u0648\u0641]?[\u0628\u0643]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644|[\u0648\u0641]?[\u0628\u0644])?(?:\u062a\u0639\u0627\u062f\u0644|\u0641\u0648\u0632|\u0647\u0632\u064a\u0645\u0629|\u062e\u0633\u0627\u0631\u0629|\u0646\u062a\u064a\u062c\u0629)$/;

/** The head of a count (folded): عدد or حصيلة, with و/ف and ب/ل (بلغ عدد المشاركين 300، ارتفعت حصيلة القتلى إلى 12). */
export const COUNT_HEAD = /^[\u0648\u0641]?[\u0628\u0644]?(?:\u0639\u062f\u062f|\u062d\u0635\u064a\u0644\u0629)$/;
/** A verb of reaching that takes the count's number as its object (folded; ى → ي): بلغ، تجاوز، فاق، ناهز، قارب، تخطى،
 *  تعدى, past or present, with و/ف. */
export const REACH_VERB = /^[\u0648\u0641]?(?:[\u064a\u062a]?\u0628\u0644\u063a|\u0628\u0644\u063a\u062a|[\u064a\u062a]?\u062a\u062c\u0627\u0648\u0632|\u062a\u062c\u0627\u0648\u0632\u062a|\u0641\u0627\u0642\u062a?|[\u064a\u062a]\u0641\u0648\u0642|[\u064a\u062a]?\u0646\u0627\u0647\u0632|\u0646\u0627\u0647\u0632\u062a|[\u064a\u062a]?\u0642\u0627\u0631\u0628|\u0642\u0627\u0631\u0628\u062a|[\u064a\u062a]?\u062a\u062e\u0637\u064a|\u062a\u062e\u0637\u062a|[\u064a\u062a]?\u062a\u0639\u062f\u064a|\u062a\u0639\u062f\u062a)$/;
/** إلى (folded), with و/ف. */
export const ILA = /^[\u0648\u0641]?\u0627\u0644\u064a$/;
/** إلى or حتى (folded), with و/ف. */
export const UNTIL = /^[\u0648\u0641]?(?:\u0627\u0644\u064a|\u062d\u062a\u064a)$/;

/** A comparative that a number follows through its preposition (folded, with و/ف and ب/ل): أكثر، أقل، أزيد (بأكثر من،
 *  لأقل من), يزيد، يقل، يفوق، يربو (ما يزيد عن، ما يربو على). */
export const COMPARATIVE = /^[\u0648\u0641]?(?:[\u0628\u0644]?(?:\u0627\u0643\u062b\u0631|\u0627\u0642\u0644|\u0627\u0632\u064a\u062f)|[\u064a\u062a](?:\u0632\u064a\u062f|\u0642\u0644|\u0641\u0648\u0642|\u0631\u0628\u0648))$/;
/** The comparative's preposition (folded): من، عن، على. */
export const COMPARE_FROM = /^(?:\u0645\u0646|\u0639\u0646|\u0639\u0644\u064a)$/;
/** في or وفي (folded), a sentence's first word before its year (في 2015 تم تدشين …). */
export const FI_START = /^\u0648?\u0641\u064a$/;
/** منذ or خلال (folded, with و/ف): a year word after them may be the year itself (منذ سنة 2011، خلال سنة 2016). */
export const SINCE_DURING = /^[\u0648\u0641]?(?:\u0645\u0646\u0630|\u062e\u0644\u0627\u0644)$/;
/** A relative pronoun (folded): الذي، التي، الذين، اللذين، اللتين، اللذان، اللتان، اللواتي، اللاتي، اللائي. */
export const RELATIVE = /^(?:\u0627\u0644\u0630\u064a|\u0627\u0644\u062a\u064a|\u0627\u0644\u0630\u064a\u0646|\u0627\u0644\u0644\u0630\u064a\u0646|\u0627\u0644\u0644\u062a\u064a\u0646|\u0627\u0644\u0644\u0630\u0627\u0646|\u0627\u0644\u0644\u062a\u0627\u0646|\u0627\u0644\u0644\u0648\u0627\u062a\u064a|\u0627\u0644\u0644\u0627\u062a\u064a|\u0627\u0644\u0644\u0627\u0626\u064a)$/;
/** The head of a numbered article of law or a contract (folded): الفصل، المادة، البند، الفقرة (الفصل 3 : …). */
export const ITEM_HEAD = /^(?:\u0627\u0644\u0641\u0635\u0644|\u0627\u0644\u0645\u0627\u062f\u0629|\u0627\u0644\u0628\u0646\u062f|\u0627\u0644\u0641\u0642\u0631\u0629)$/;
