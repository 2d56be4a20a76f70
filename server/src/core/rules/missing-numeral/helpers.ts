/** missing-numeral: what the evidence (evidence.ts) asks of a line beyond its tokens (line.ts): the draft's bars, the line's
 * punctuation, quotes and digits, the words a number counts nearby. */
import { BREAK, CH, facingRun, SPACE } from '../../text/chars';
import { A_ACC, A_NAHWA, B_APPROX, B_QADJ, B_WHOLE, A_FI, A_MIAH, A_MONTH, A_NUMNOUN, A_PCT, A_PLURAL, A_STRONG, A_WEAK, A_YAWM, A_YEAR, B_ABBR, B_ABBRHEAD, B_ABBRSAFE, B_ABBRTAIL, B_CONJ, B_NUMWORD, B_PREP, B_WEEKDAY } from './lexicon';
import { FROM_TO, pairCount, numberShare, SLOT_BEFORE_PUNCT, SLOT_BEFORE_PUNCT_FEW, SLOT_SINGLE_SPACED, slotOdds, WAW_SLOT_ODDS } from './context';
import { DEFINITE, isDigitUnit } from './edges';
import { isClosingPunct, isPercentSign, LineModel, T_DIGITS, T_PUNCT, T_WORD } from './line';
import { contextForm, slotClass } from './slot';
import { afterEvent, eventBefore } from './events';
import { AFAAL, COUNT_HEAD, ILA, REACH_VERB, RELATIVE, COMPARATIVE, COMPARE_FROM, FAAILIN, FI_START, LONE_ARTICLE, PLURAL_SHAPE, RANK_NOUN, LONE_CLITIC, RANGE_FROM, RANGE_TO, SHORT_BEFORE_ARTICLE } from './shapes';
import { ordinalTaker } from './between';

/** w without tatweel and harakat (w itself when it has none: no regex run on most words). */
function withoutMarks(w: string): string {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 0x0640 || (c >= 0x064b && c <= 0x065f)) return w.replace(/[\u0640\u064b-\u065f]/g, '');
  }
  return w;
}

/** An ordinal with the article (folded): الأول، الأولى، الثاني، الثانية … العاشرة، الأخير، الأخيرة. */
const ORDINAL_WORD = /^\u0627\u0644(?:\u0627\u0648\u0644|\u0627\u0648\u0644\u064a|\u0627\u062e\u064a\u0631|(?:\u062b\u0627\u0646\u064a|\u062b\u0627\u0644\u062b|\u0631\u0627\u0628\u0639|\u062e\u0627\u0645\u0633|\u0633\u0627\u062f\u0633|\u0633\u0627\u0628\u0639|\u062b\u0627\u0645\u0646|\u062a\u0627\u0633\u0639|\u0639\u0627\u0634\u0631|\u0627\u062e\u064a\u0631)\u0629?)$/;

export class LineHelpers extends LineModel {
  /** The draft's bar for `word ،` after a word with lexicon flags `fa` (index.ts punctuationBar): a short draft's
   *  half-way bar holds for a month or year word j-1 only, whose year is what a short draft loses (not رقم ، ولا تعليق),
   *  and not after a day (يوم 5 فيفري .: a date written whole with its year said before). */
  protected punctBar(j: number, fa: number): number {
    const bar = this.beforePunct();
    // (session 14: a draft whose only marks are the traces, half way too for a month or year word a preposition governs,
    // استقال من منصبه في ديسمبر .)
    if (bar === SLOT_BEFORE_PUNCT && fa & (A_MONTH | A_YEAR) && this.kindL(j - 2) === T_WORD && this.fbL(j - 2) & B_PREP && this.bareMarks()) return SLOT_BEFORE_PUNCT_FEW;
    return bar === SLOT_BEFORE_PUNCT_FEW && !(fa & (A_MONTH | A_YEAR) && this.kindL(j - 2) !== T_DIGITS) ? SLOT_BEFORE_PUNCT : bar;
  }

  /** Is the month at logical j named after من and a definite word, its day written as a word (العاشر من ديسمبر، الأول
   *  من جانفي)? Its year may go unsaid. */
  protected dayWordOf(j: number): boolean {
    return j >= 2 && this.kindL(j - 1) === T_WORD && /^\u0645\u0646$/.test(contextForm(this.word(this.at(j - 1)))) && this.kindL(j - 2) === T_WORD && DEFINITE.test(contextForm(this.word(this.at(j - 2))));
  }

  /** The day of a date without its month word (session 14): يوم, ليلة or a weekday at j-1, then من and الشهر or هذا
   *  الشهر (يوم الاثنين  من الشهر الجاري، ليلة  من الشهر الماضي): a day's number stood before من. */
  protected monthlessDay(j: number): boolean {
    const form = (q: number) => (q < this.n && this.kindL(q) === T_WORD ? contextForm(this.word(this.at(q))) : '');
    const day = this.faL(j - 1) & A_YAWM || this.fbL(j - 1) & B_WEEKDAY || /^[\u0648\u0641]?\u0644\u064a\u0644\u0629$/.test(form(j - 1));
    const month = (q: number) => form(q) === '\u0627\u0644\u0634\u0647\u0631';
    return !!day && form(j) === '\u0645\u0646' && (month(j + 1) || (form(j + 1) === '\u0647\u0630\u0627' && month(j + 2)));
  }

  /** A lone و before the noun at j where the slot model (session 14) reads a number between them far likelier than
   *  the two side by side in correct news (و 5 دقائق، و 3 خرطوشات), whatever the draft's style; a singular only in a
   *  draft that glues its و (و هكتار من حقول الشعير is one hectare); only a noun, not a number word, month,
   *  preposition, approximator or weekday (تسعة و ثلاثين، بين جانفي و نوفمبر2016); no lower bar near a number (21 دراجة
   *  نارية و قطع غيار، 26 نوفمبر و مباراة in clean news). */
  protected wawSlot(j: number): boolean {
    const faB = this.faL(j);
    const cls = slotClass(contextForm(this.word(this.at(j))), faB, this.fbL(j));
    if (/^[NMRACWYz?]/.test(cls) || slotOdds(this.word(this.at(j - 1)), this.faL(j - 1), this.fbL(j - 1), this.word(this.at(j)), faB, this.fbL(j)) < WAW_SLOT_ODDS) return false;
    return (faB & A_PLURAL) !== 0 || /^(?:S|[IV][012])$/.test(cls) || this.wawRare();
  }

  /** Does the line hold a comma, full stop or semicolon? A headline does not, and ends anywhere (a team's name before
   *  its score: مباراة جمال و طبلبة); a line of wrapped prose mostly does. */
  protected sentencePunct(): boolean {
    for (let i = 0; i < this.n; i++) {
      if (this.kind[i] !== T_PUNCT) continue;
      const c = this.text.charCodeAt(this.start[i]);
      if (c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b || c === 0x3b) return true;
    }
    return false;
  }

  /** The run (a word and what is glued to it) that faces this line's edge on the nearest line that is not blank on
   *  its side (`step` 1: after the line break at `p`; -1: before the break at `p`), across blank lines, or ''. Beyond
   *  the text (a chunk of a draft, core/incremental.ts) the draft says (Document.beyond: the rule's reach is
   *  `neighbours`). */
  protected runAcross(p: number, step: 1 | -1): string {
    const text = this.text;
    if (p >= 0 && p < text.length && !(CH[text.charCodeAt(p)] & BREAK)) return '';
    return facingRun(text, p + step, step) ?? this.beyond(step);
  }

  /** Does the nearest line that is not blank on this one's side have a number at the edge that faces this line? */
  protected digitAcross(p: number, step: 1 | -1): boolean {
    const run = this.runAcross(p, step);
    return isDigitUnit(run.charCodeAt(step > 0 ? 0 : run.length - 1));
  }

  /** Punctuation at j glued to a digit run after it (`سنة ."2016`: pdftotext's neutral-order damage).
   *  Every j inside one glued run of punctuation has the same answer (the scan stops at the same k), so the
   *  last run scanned is remembered: a line of 100,000 glued brackets is one scan, not 100,000. */
  protected gluedDigits(j: number): boolean {
    if (j >= this.glueFrom && j < this.glueTo) return this.glueResult;
    let k = j + 1;
    while (k < this.n && this.spaces[this.sep(k)] === 0 && this.kindL(k) === T_PUNCT) k++;
    this.glueFrom = j;
    this.glueTo = k;
    this.glueResult = k < this.n && this.spaces[this.sep(k)] === 0 && this.kindL(k) === T_DIGITS;
    return this.glueResult;
  }
  /** gluedDigits' memory: logical tokens [glueFrom, glueTo) share glueResult (reset per line). */
  protected glueFrom = 0;
  protected glueTo = 0;
  protected glueResult = false;

  /** Is `%` at j glued to an Arabic word after it (skipping more `%`)? Then it is a kashida glyph. */
  protected followsLetter(j: number): boolean {
    let k = j + 1;
    while (k < this.n && this.spaces[this.sep(k)] === 0 && this.kindL(k) === T_PUNCT && isPercentSign(this.charL(k))) k++;
    return k < this.n && this.spaces[this.sep(k)] === 0 && this.kindL(k) === T_WORD;
  }

  /** Is word j a noun a number counts: a counted noun, unit or month of the lexicons, or one a number precedes in
   *  most of its uses in correct news? */
  protected countedL(j: number): boolean {
    if (this.faL(j) & (A_STRONG | A_PLURAL | A_ACC | A_WEAK | A_MONTH) || this.unitAbbrL(j)) return true;
    return this.kindL(j) === T_WORD && !this.definiteL(j) && numberShare(this.word(this.at(j)), 2) >= SLOT_SINGLE_SPACED;
  }

  /** How many code units word j has (tatweel and marks included). */
  protected lettersL(j: number): number {
    const i = this.at(j);
    return this.end[i] - this.start[i];
  }

  /** Is word j a proclitic or the article alone (ل، ب، ك، ال، لل، بال، وال…)? 2 when drawn with tatweel (ل\u0640), 1
   *  without, 0 when it is no lone clitic. */
  protected loneClitic(j: number): 0 | 1 | 2 {
    const i = this.at(j);
    if (this.end[i] - this.start[i] > 5) return 0;
    const w = this.word(i);
    const bare = withoutMarks(w);
    if (!LONE_CLITIC.test(bare)) return 0;
    if (w.charCodeAt(w.length - 1) === 0x0640) return 2;
    // without tatweel only a one-letter clitic: ال alone is also آل (آل ثاني) or a torn word
    return bare.length === 1 ? 1 : 0;
  }

  /** Punctuation j glued to digits: a decimal's fraction before what decimals measure (،6 بالمائة، .4٪، ،5 مليار، ،1 م د),
   *  or a date's month before its year (/06/2017); not a number set apart by a comma (غنابري ،21 عاما). */
  protected fractionOf(j: number): boolean {
    if (this.charL(j) === 0x2f) return this.kindL(j + 2) === T_PUNCT && this.charL(j + 2) === 0x2f && this.spaces[this.sep(j + 2)] === 0;
    const k = j + 2;
    if (k >= this.n) return false;
    if (this.kindL(k) === T_PUNCT) return isPercentSign(this.charL(k));
    return (this.faL(k) & (A_NUMNOUN | A_PCT)) !== 0 || this.unitAbbrL(k) || (this.faL(k) & A_FI) !== 0 && (this.faL(k + 1) & A_MIAH) !== 0;
  }

  /** Is word j the noun a number counted a few words before it (600 علبة سجائر و علبة)? */
  protected countedJustBefore(j: number): boolean {
    const f = contextForm(this.word(this.at(j)));
    for (let q = j - 3; q >= j - 5 && q >= 1; q--) if (this.kindL(q) === T_WORD && this.kindL(q - 1) === T_DIGITS && contextForm(this.word(this.at(q))) === f) return true;
    return false;
  }

  /** Is word j the article alone (ال، وال، بال، لل…), tatweel aside? */
  protected loneArticleL(j: number): boolean {
    const i = this.at(j);
    if (this.kindL(j) !== T_WORD || this.end[i] - this.start[i] > 5) return false;
    // (written with a plain alef, not إل of initials, دي إتش إل; and not after a short word, which initials are — but
    // a preposition or سن is a word, and before the article a number's: في ال\u064018 من عمره، في سن ال\u064025)
    if (j >= 1 && this.kindL(j - 1) === T_WORD && this.lettersL(j - 1) <= 2 && !SHORT_BEFORE_ARTICLE.test(contextForm(this.word(this.at(j - 1))))) return false;
    return LONE_ARTICLE.test(withoutMarks(this.word(i)));
  }

  /** Is punctuation j, glued to the word before it, a comma or full stop that ends the word (ال؛تياطات is torn), after
   *  the bare article ال that follows a word? */
  protected gluedArticleEnd(j: number): boolean {
    const c = this.charL(j);
    const after = this.text.charCodeAt(this.end[this.at(j)]);
    if ((c !== 0x060c && c !== 0x2c && c !== 0x2e) || (after === after && !(CH[after] & (SPACE | BREAK)))) return false;
    return j >= 2 && this.kindL(j - 2) === T_WORD && /^\u0627\u0644\u0640*$/.test(this.word(this.at(j - 1)));
  }

  /** Is word j the conjunction و alone (not glued to the word after it)? */
  protected loneWawL(j: number): boolean {
    const i = this.at(j);
    return this.kindL(j) === T_WORD && this.end[i] - this.start[i] === 1 && this.text.charCodeAt(this.start[i]) === 0x0648;
  }

  /** Is word j (folded) written right after a number elsewhere on the line (600 علبة سجائر و علبة معسل)? The
   *  forms that follow a digit run are gathered once per line. */
  protected countedOnLine(j: number): boolean {
    if (this.afterDigits === null) {
      this.afterDigits = new Set();
      for (let q = 1; q < this.n; q++) if (this.kindL(q) === T_WORD && this.kindL(q - 1) === T_DIGITS && this.spaces[this.sep(q)] <= 1) this.afterDigits.add(contextForm(this.word(this.at(q))));
    }
    return this.afterDigits.size > 0 && this.afterDigits.has(contextForm(this.word(this.at(j))));
  }
  protected afterDigits: Set<string> | null = null;

  /** Is there a digit run among the `k` logical tokens before j? */
  digitsBefore(j: number, k: number): boolean {
    for (let q = j - 1; q >= 0 && q >= j - k; q--) if (this.kindL(q) === T_DIGITS) return true;
    return false;
  }

  /** A unit abbreviation starts at logical j: كلم، كلغ … or the two tokens م د / أ د; `safe` leaves out
   * the abbreviations that are also words. */
  unitAbbrL(j: number, safe = false): boolean {
    const b = this.fbL(j);
    if (b & (safe ? B_ABBRSAFE : B_ABBR)) return true;
    return (b & B_ABBRHEAD) !== 0 && (this.fbL(j + 1) & B_ABBRTAIL) !== 0 && this.spaces[this.sep(j + 1)] === 1;
  }

  /** The counted noun at logical j needs no number: repeated from two words before (عاما بعد عاما), followed by
   *  the numeral one (عاماً واحداً), or by its number (كلم 4). */
  protected countedWithoutNumber(j: number): boolean {
    // (the unit written before its number, as kilometre posts are: من كلم 4 إلى كلم 7)
    if (j + 1 < this.n && this.kindL(j + 1) === T_DIGITS) return true;
    if (j + 1 < this.n && this.kindL(j + 1) === T_WORD && this.spaces[this.sep(j + 1)] > 0 && /^واحد/.test(this.word(this.at(j + 1)).replace(/[\u064b-\u065f\u0640]/g, ''))) return true;
    return j >= 2 && this.kindL(j - 2) === T_WORD && this.word(this.at(j - 2)) === this.word(this.at(j));
  }

  /** Is word j glued to an opening quote or bracket before it (a word cited, not used: حرف "في")? */
  quotedL(j: number): boolean {
    if (j < 1 || this.spaces[this.sep(j)] !== 0 || this.kindL(j - 1) !== T_PUNCT) return false;
    const c = this.charL(j - 1);
    return c === 0x22 || c === 0x27 || c === 0xab || c === 0x201c || c === 0x28 || c === 0x5b;
  }

  /** Punctuation that closes a phrase; a straight quote only when nothing is glued after it. */
  protected isClosing(j: number): boolean {
    const c = this.charL(j);
    if (c === 0x22 || c === 0x27) {
      if (j + 1 >= this.n || (this.kindL(j + 1) === T_PUNCT && this.spaces[this.sep(j + 1)] === 0)) return true;
      if (this.spaces[this.sep(j + 1)] === 0) return false;
      // Maghreb newsrooms set quotes off with spaces on both sides (إلى " تشكيل لجنة "): before a word, an
      // odd-numbered quote of the line opens a quotation
      return this.quotesBefore(j, c) % 2 === 1;
    }
    return isClosingPunct(c);
  }

  /** Length of the digit run at logical j (0 when j is no digit run). */
  protected digitLen(j: number): number {
    if (j >= this.n || this.kindL(j) !== T_DIGITS) return 0;
    const i = this.at(j);
    return this.end[i] - this.start[i];
  }

  /** Is word j a range's second preposition, إلى or حتى right after digits that من or منذ introduced (من 3 إلى)? */
  protected rangeTo(j: number): boolean {
    return j >= 3 && this.kindL(j - 1) === T_DIGITS && this.kindL(j - 2) === T_WORD && RANGE_TO.test(contextForm(this.word(this.at(j)))) && RANGE_FROM.test(contextForm(this.word(this.at(j - 2))));
  }

  /** How many quote tokens `c` (`"` or `'`) stand before logical token j on the line. Counted
   *  incrementally (gap visits j in increasing order), so a line of spaced quotes stays linear. */
  protected quotesBefore(j: number, c: number): number {
    if (j < this.qUpTo) {
      this.qUpTo = 0;
      this.qDouble = 0;
      this.qSingle = 0;
    }
    for (; this.qUpTo < j; this.qUpTo++) {
      if (this.kindL(this.qUpTo) !== T_PUNCT) continue;
      const q = this.charL(this.qUpTo);
      if (q === 0x22) this.qDouble++;
      else if (q === 0x27) this.qSingle++;
    }
    return c === 0x22 ? this.qDouble : this.qSingle;
  }
  /** quotesBefore's counts over logical tokens [0, qUpTo) (reset per line). */
  protected qUpTo = 0;
  protected qDouble = 0;
  protected qSingle = 0;


  /** Is word j the preposition of a comparative right before it (أكثر من، أقل من، ما يزيد عن، يربو على: shapes.ts
   *  COMPARATIVE)? A number follows it in news (أكثر من 300 شخص), or what is compared (أكثر من مرة، أكثر من ذلك). */
  protected afterComparative(j: number): boolean {
    return j >= 1 && this.kindL(j) === T_WORD && this.kindL(j - 1) === T_WORD && COMPARE_FROM.test(contextForm(this.word(this.at(j)))) && COMPARATIVE.test(contextForm(this.word(this.at(j - 1))));
  }

  /** Is word j في or وفي opening a sentence (the line's first token, or after a full stop, colon, semicolon, ! or ؟)?
   *  A year follows it there in news (في 2015 تم تدشين المستشفى): a verb or a bare noun does not. */
  protected fiOpens(j: number): boolean {
    if (this.kindL(j) !== T_WORD || !FI_START.test(contextForm(this.word(this.at(j))))) return false;
    if (j === 0) return true;
    if (this.kindL(j - 1) !== T_PUNCT) return false;
    const c = this.charL(j - 1);
    return c === 0x2e || c === 0x3a || c === 0x061b || c === 0x21 || c === 0x061f;
  }

  /** Is word j-1 a noun of rank or edition (shapes.ts RANK_NOUN) and word j a preposition or a word with ل (not لا،
   *  لم، لن), the number between them gone? */
  protected rankBefore(j: number): boolean {
    // (session 16: or a definite noun the word pairs of correct news find an ordinal after in half its uses, between.ts
    // ordinalTaker: الدفعة، الجولة، الشوط)
    if (!RANK_NOUN.test(contextForm(this.word(this.at(j - 1)))) && !(this.definiteL(j - 1) && ordinalTaker(this.word(this.at(j - 1))))) return false;
    if (this.fbL(j) & B_PREP) return true;
    const b = contextForm(this.word(this.at(j)));
    return b.length >= 4 && b.charCodeAt(0) === 0x0644 && b.charCodeAt(1) !== 0x0627;
  }
  /** Is word j a plural by its written pattern (shapes.ts PLURAL_SHAPE, FAAILIN, AFAAL), not a word with a clitic? */
  protected pluralShapeL(j: number): boolean {
    const raw = this.word(this.at(j));
    const f = contextForm(raw);
    // (nor one that reads as a clitic on a word, والتونسيين، بمدنين، لمتابعات: a number comes before no clitic; ب ل ك
    // before م ت ا start a derived noun, not a plural's root — but a فاعلين/فاعلات of six letters is the plural itself:
    // باحثين، لاعبين، كاتبات)
    // (أفعال written with its hamza, أفلام، أطفال: إفعال, the verbal noun, is written with the hamza below)
    const faailin = FAAILIN.test(f);
    const afaal = AFAAL.test(raw);
    return !(!(PLURAL_SHAPE.test(f) || afaal) || (!faailin && /^[\u0628\u0644\u0643][\u0627\u062a\u0645]/.test(f)) || /^[\u0648\u0641]\u0627\u0644/.test(f) || (!faailin && /^[\u0648\u0641\u0628\u0644\u0643]/.test(f) && PLURAL_SHAPE.test(f.slice(1))));
  }
  /** Is word j an indefinite plural by its shape (shapes.ts PLURAL_SHAPE) after a definite word (a subject, then the
   *  object a number counted), with no definite word after it in construct (مدارس المدينة)? */
  protected pluralAfter(j: number): boolean {
    if (!this.pluralShapeL(j)) return false;
    if (this.kindL(j + 1) === T_WORD && this.definiteL(j + 1)) return false;
    // (the article with or without a proclitic, للانتخابات; not إلى, الذي: definiteL)
    if (this.definiteL(j - 1)) return true;
    const a = this.kindL(j - 1) === T_WORD ? contextForm(this.word(this.at(j - 1))) : '';
    return !a.startsWith('\u0627\u0644') && DEFINITE.test(a);
  }

  /** (session 16, issue 11) In a draft whose double spaces between words are lone (loneDoubles), a double space
   *  before word j that a number precedes: an indefinite plural by its shape or a noun the lexicon counts (not a
   *  definite word, a preposition, conjunction, number word, approximator or word of quantity; no definite word after
   *  it in construct), after a word that is no preposition, conjunction, number word or approximator — a verb, a
   *  subject or a verbal noun (أن  قذائف، بتوفير  مساعدين); here also a sound plural in ين of five letters with
   *  no clitic before it (عودة  ناجين: the plural shape wants six, for the duals and names that share the ending). */
  protected loneDoubleCount(j: number): boolean {
    if (!this.loneDoubles() || this.kindL(j - 1) !== T_WORD || this.kindL(j) !== T_WORD || this.definiteL(j) || this.quotedL(j) || this.lettersL(j) < 3) return false;
    if (this.fbL(j) & (B_PREP | B_CONJ | B_NUMWORD | B_APPROX | B_QADJ | B_WHOLE) || this.fbL(j - 1) & (B_PREP | B_CONJ | B_NUMWORD | B_APPROX | B_QADJ) || this.faL(j - 1) & A_NAHWA) return false;
    if (this.kindL(j + 1) === T_WORD && this.definiteL(j + 1)) return false;
    // (not after the negation of a kind, لا مشاريع ولا  استثمارات: no number counts what it denies)
    if (/^[\u0648\u0641]?\u0644\u0627$/.test(contextForm(this.word(this.at(j - 1))))) return false;
    return this.pluralShapeL(j) || (this.faL(j) & (A_PLURAL | A_STRONG | A_WEAK)) !== 0 || /^[^\u0648\u0641\u0628\u0644\u0643][\u0621-\u064a]{2,}\u064a\u0646$/.test(contextForm(this.word(this.at(j))));
  }

  /** Is word j one the article never stands before, a relative pronoun or a definite word with ل (للمجلس)? A lone
   *  article before it was written on a number (الدورة ال\u064028 للمجلس); a word torn after its article (ال لجنة) has
   *  no second article. */
  protected articleCannotPrecede(j: number): boolean {
    const b = contextForm(this.word(this.at(j)));
    return RELATIVE.test(b) || (b.length >= 5 && b.charCodeAt(0) === 0x0644 && b.charCodeAt(1) === 0x0644);
  }

  /** Is the gap before token j where a count's number stood: عدد or حصيلة and the definite word it counts before it,
   *  with إلى between (ارتفع عدد المصابين إلى  حالة): 3; after a verb of reaching (بلغ عدد الوفيات ،): 2; without: 1;
   *  else 0. */
  protected countFrame(j: number): number {
    let k = j - 1;
    if (this.kindL(k) !== T_WORD) return 0;
    const to = ILA.test(contextForm(this.word(this.at(k))));
    if (to) k--;
    if (k < 1 || this.kindL(k) !== T_WORD || !this.definiteL(k)) return 0;
    // (session 14: the counted word may be a construct of up to three, عدد أعضاء المجلس، عدد سكان البلدة: the head
    // before one or two indefinite nouns)
    for (let q = 0; q < 2 && k >= 2 && this.kindL(k - 1) === T_WORD && !this.definiteL(k - 1) && !COUNT_HEAD.test(contextForm(this.word(this.at(k - 1)))) && this.lettersL(k - 1) >= 3 && !(this.fbL(k - 1) & (B_PREP | B_CONJ | B_NUMWORD)); q++) k--;
    if (this.kindL(k - 1) !== T_WORD || !COUNT_HEAD.test(contextForm(this.word(this.at(k - 1))))) return 0;
    if (to) return 3;
    return k >= 2 && this.kindL(k - 2) === T_WORD && REACH_VERB.test(contextForm(this.word(this.at(k - 2)))) ? 2 : 1;
  }
  /** An event's year gone before token j (session 15, events.ts): an event noun or name at j-1 (its name's words one
   *  space apart) before a spaced comma, full stop or semicolon (`mark`, its code; a name not before a full stop), or a year-taking noun or a name before two
   *  spaces and a preposition, a word with ب or an adjective of relation (a name: a preposition only) (the caller checks the spaces). */
  protected eventGap(j: number, mark: number): boolean {
    const words: string[] = [];
    for (let q = j - 1; q >= 0 && q >= j - 4 && this.kindL(q) === T_WORD && (q === j - 1 || this.spaces[this.sep(q + 1)] === 1); q--) words.push(contextForm(this.word(this.at(q))));
    const kind = eventBefore(words);
    if (!kind || this.quotedL(j - 1)) return false;
    // (a name not before a full stop: news closes its paragraphs on a name and a spaced full stop,
    // لبطولة الرابطة الأولى ., where the clean guard read 14 such names)
    if (mark) return kind !== 2 || mark !== 0x2e;
    // (a name only before a preposition: a word with ل or an adjective may go on with the name, جائزة نوبل  للسلام،
    // بمهرجان كان  السينمائي — typing slips the even half's round trip flagged with --typos 0.05)
    return kind !== 3 && this.kindL(j) === T_WORD && ((this.fbL(j) & B_PREP) !== 0 || (kind === 1 && afterEvent(contextForm(this.word(this.at(j)))))) && this.kindL(j + 1) !== T_DIGITS;
  }
  /** A partitive's number gone before من at j (session 15): two spaces (the caller checks them), then من and a
   *  definite sound plural (استقبل المستشفى  من المصابين، تمكن  من المهاجرين), or منهم / منهن (أصيب  منهم); not after a
   *  word of quantity, which is the partitive's head itself (عدد  من المصابين، العديد من). */
  protected partitiveGap(j: number): boolean {
    if (this.kindL(j - 1) !== T_WORD || this.kindL(j) !== T_WORD) return false;
    const m = contextForm(this.word(this.at(j)));
    const a = contextForm(this.word(this.at(j - 1)));
    if (this.fbL(j - 1) & (B_NUMWORD | B_PREP | B_CONJ | B_APPROX | B_QADJ) || this.faL(j - 1) & (A_NAHWA | A_NUMNOUN | A_PCT | A_MIAH) || COUNT_HEAD.test(a)) return false;
    // (only after a past verb or a noun without a suffix, or a definite singular: the subject; not a verb in ي…, ما يمكن
    // من المتداخلين, nor an accusative, نوعا  من النباتات. Not a plural, an ordinal, a
    // noun in ة or with ل and the article, which من and a plural go on from — تشكيلة  من الفنانين، الجولة الأولى  من
    // الانتخابات، للصادرات  من الصناعات: typing slips the even half's round trip flagged with --typos 0.05)
    if (/(?:\u064a\u0646|\u0627\u062a|\u0647\u0627|\u0647\u0645)$/.test(a) || (!this.definiteL(j - 1) && a.endsWith('\u0629')) || /^(?:[\u0648\u0641]?[\u0628\u0643]\u0627\u0644|[\u0648\u0641]?\u0644\u0644)/.test(a) || ORDINAL_WORD.test(a) || /^[\u0648\u0641]?\u064a/.test(a) || this.endsInAlef(j - 1)) return false;
    // (and only the sentence's first or second word: its verb, or its verb and subject, قتل  من الجنود، اعتقلت الشرطة  من
    // المحتجين; further on, من and a plural go on from any noun, عدد كبير  من المجرمين، الإنتاج الوطني  من المحروقات —
    // the even half's round trip with --typos 0.1 flagged 9 such slips for 2 gaps)
    const opens = (q: number) => q < 0 || (this.kindL(q) === T_PUNCT && /[.!?\u061f:]/.test(String.fromCharCode(this.charL(q))));
    if (!(opens(j - 2) || (this.kindL(j - 2) === T_WORD && opens(j - 3)))) return false;
    if (/^\u0645\u0646\u0647(?:\u0645|\u0646)$/.test(m)) return true;
    if (m !== '\u0645\u0646' || this.kindL(j + 1) !== T_WORD || this.spaces[this.sep(j + 1)] !== 1) return false;
    const p = contextForm(this.word(this.at(j + 1)));
    return /^\u0627\u0644[\u0621-\u064a]{3,}(?:\u064a\u0646|\u0627\u062a)$/.test(p) && !(this.kindL(j + 2) === T_WORD && this.definiteL(j + 2) && !/(?:\u064a\u0646|\u0627\u062a|\u064a\u0629|\u064a)$/.test(contextForm(this.word(this.at(j + 2)))));
  }

  /** A number gone with its space between words j-1 and j one space apart (session 15): a range's first (من إلى 20), or
   *  a definite word and one correct news writes with a number between them 5 times or more and side by side at most
   *  a tenth as often (الفصل من الدستور: 58 to 0 in the even half; الدقيقة من، الساعة صباحا). */
  protected singleSpaceGap(j: number): boolean {
    const a = this.word(this.at(j - 1));
    const b = this.word(this.at(j));
    if (FROM_TO.test(contextForm(a) + ' ' + contextForm(b))) return this.kindL(j + 1) === T_DIGITS || this.kindL(j + 2) === T_DIGITS;
    if (!this.definiteL(j - 1) || this.kindL(j + 1) === T_DIGITS || (j >= 2 && this.kindL(j - 2) === T_DIGITS)) return false;
    // (only before a preposition: يبلغ من العمر عاما واحدا, سنة وثمانية أشهر is a year, said by the noun alone)
    if (!(this.fbL(j) & B_PREP)) return false;
    const c = pairCount(a, b);
    return c !== undefined && c[0] >= 5 && c[1] * 10 <= c[0];
  }

  /** Does word j end in alef (four letters or more, not …ذا: هكذا، لماذا)? An accusative, a name (أوباما، كندا) or a
   *  dual verb (تزوجا): عام after it is no adjective of it (even half: a number after such a word and عام 10 times in
   *  14, the others مديرا عام before a word, none before a mark). */
  protected endsInAlef(j: number): boolean {
    const f = contextForm(this.word(this.at(j)));
    return f.length >= 4 && f.charCodeAt(f.length - 1) === 0x0627 && f.charCodeAt(f.length - 2) !== 0x0630;
  }

  /** Is word j-1 العام after منذ, بحلول or حتى (even half: منذ العام then a number 3 times, never anything else), in a
   *  draft that glues its marks? Before a mark its year went (منذ العام .). */
  protected yearAfterSince(j: number): boolean {
    return this.kindL(j - 2) === T_WORD && contextForm(this.word(this.at(j - 1))) === '\u0627\u0644\u0639\u0627\u0645' && /^[\u0648\u0641]?(?:\u0645\u0646\u0630|\u0628\u062d\u0644\u0648\u0644|\u062d\u062a\u064a)$/.test(contextForm(this.word(this.at(j - 2)))) && !this.punctSpaced();
  }

  /** Is word j دقيقة or دقائق after a lone و and an hour (الساعة) one to three words before it (الساعة الثانية و دقيقة،
   *  على الساعة  و دقيقة: the even half's round trip missed four such)? The minutes' number went. */
  protected minutesGap(j: number): boolean {
    if (!/^(?:\u062f\u0642\u064a\u0642\u0629|\u062f\u0642\u0627\u0626\u0642)$/.test(contextForm(this.word(this.at(j))))) return false;
    for (let q = j - 2; q >= 0 && q >= j - 4; q--) if (this.kindL(q) === T_WORD && /^[\u0648\u0641]?[\u0628\u0644]?\u0627\u0644\u0633\u0627\u0639\u0629$/.test(contextForm(this.word(this.at(q))))) return true;
    return false;
  }

  /** Does word j end in ة (a feminine noun or adjective)? */
  protected feminineL(j: number): boolean {
    const w = this.word(this.at(j));
    // (فترة is a duration the lists do not hold: لفترة عام ، is a year long)
    return w.length >= 3 && w.charCodeAt(w.length - 1) === 0x0629 && !/^[\u0648\u0641]?[\u0628\u0644]?\u0641\u062a\u0631\u0629$/.test(w);
  }
}
