/** missing-numeral's evidence between two words (one space, or two that the double-space evidence left): a
 *  construction that needs a number between them — a preposition before an accusative count, a count frame, a percent
 *  word, a unit, a weekday before a month, a lone و before a counted noun … */
import { A_ACC, A_AGE, A_AMBIG, A_BAADQABL, A_BINISBA, A_FI, A_MIAH, A_MONTH, A_MONTH2, A_NAHWA, A_NUMHEAD, A_NUMNOUN, A_PCT, A_PLURAL, A_STRONG, A_WAW, A_WEAK, A_YAWM, A_YEARLAW, B_APPROX, B_CONJ, B_NUMWORD, B_PAIR, B_PCTINTRO, B_PREP, B_QADJ, B_WEEKDAY } from './lexicon';
import { T_DIGITS, T_WORD } from './line';
import { CLITIC_RATIO, WAW_RATIO, numberRatio, numberShare, SLOT_SINGLE_SPACED } from './context';
import { contextClass, contextForm, slotClass } from './slot';
import { ARTICLE_COUNT, articleCount } from './between';

import { ARTICLE_CLITIC, PLURAL_CLASS, PLURAL_SHAPE } from './shapes';
import { DoubleSpaceEvidence } from './double';

/** The evidence between two words. */
export class WordsEvidence extends DoubleSpaceEvidence {
  /** The gap between the words j-1 and j (`spaces` at it; the finding at `pos`, with the space after it when
   *  `trailing`); reports what it finds. */
  protected wordsGap(j: number, spaces: number, pos: number, trailing: boolean): void {
    const fa = this.faL(j - 1);
    const fbA = this.fbL(j - 1);
    const faB = this.faL(j);
    // (session 15) a number gone with its space (الفصل من الدستور، من إلى 20: helpers.ts singleSpaceGap)
    if (spaces === 1 && !this.visual && this.singleSpaceGap(j)) return this.report(pos, true, { kind: 'after', word: this.word(this.at(j - 1)) });
    // (not `عاما بعد عاما`, `عاماً واحداً`: the noun repeated, or with the numeral one as its adjective)
    if ((fbA & (B_PREP | B_APPROX) || fa & (A_NAHWA | A_AGE)) && (faB & A_ACC || this.unitAbbrL(j)) && !this.countedWithoutNumber(j)) {
      this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
      return;
    }
    // a count's number (بلغ عدد المشاركين  مشاركا، ارتفع عدد المصابين إلى  حالة): two spaces before a noun numbers
    // count, right after عدد or حصيلة and the definite word it counts (countFrame); after إلى there, or after a verb of
    // reaching before عدد (session 16: بلغ عدد سكان الجهة  ساكن — the verb takes the count as its object, so the noun
    // after the two spaces is the counted one whether the lexicon counts it or not), any indefinite noun (not a verb: ي…)
    if (spaces === 2 && !this.justified && !this.definiteL(j) && !(this.fbL(j) & (B_NUMWORD | B_APPROX | B_QADJ | B_PREP | B_CONJ)) && !(faB & A_NAHWA) && !this.quotedL(j) && (this.countedL(j) || this.accusativeShapeL(j) || (this.countFrame(j) >= 2 && !/^[\u0648\u0641]?\u064a/.test(contextForm(this.word(this.at(j)))))) && this.countFrame(j) > 0) {
      this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
      return;
    }
    // a preposition before an indefinite accusative (من  وزيرا، عن مرشحا): a preposition governs the genitive, so the
    // accusative was counted by a number 11–99 that went (من 25 وزيرا); only a noun whose stem correct news writes
    // with the article (الوزير: not a name that ends in alef, فرنسا، كندا, nor an adverb, NOT_ACCUSATIVE_COUNT); with
    // one space (the number went with its own; or two in justified text, where they say nothing) only a noun a number
    // precedes in 30 % of its uses or more (شخصا، عاملا): a writer's own slip leaves the tanween after a preposition
    // too (من خلال قرضا، على رجلا، إلى قرارا)
    // (not بعد or قبل, adverbs too, عن بعد حرصا، لم تفتح بعد بحثا; nor the name علي, written as على is in the fold)
    if (fbA & B_PREP && !(fa & A_BAADQABL) && this.accusativeShapeL(j) && ((spaces === 2 && !this.justified) || numberShare(this.word(this.at(j)), 2) >= SLOT_SINGLE_SPACED) && !this.countedWithoutNumber(j) && !/^[\u0648\u0641]?\u0639\u0644\u064a$/.test(this.word(this.at(j - 1))) && articleCount(contextForm(this.word(this.at(j)))) >= ARTICLE_COUNT) {
      this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
      return;
    }
    if (fbA & B_APPROX && !(fa & A_BINISBA) && faB & (A_PLURAL | A_WEAK) && !(faB & A_NUMNOUN)) {
      this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
      return;
    }
    if (faB & A_PCT) {
      this.report(pos, trailing, { kind: 'percent', word: this.word(this.at(j)) });
      return;
    }
    if (this.unitAbbrL(j, true) && this.kindL(j + 1) !== T_DIGITS) {
      this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
      return;
    }
    if (fa & A_FI && faB & A_MIAH && this.fbL(j - 2) & B_PCTINTRO) {
      // X في المائة: X must be a number; the gap is before في.
      const o2 = this.sep(j - 1);
      if (this.pair[o2] < 0 && this.spaces[o2] > 0) {
        const p2 = this.spaces[o2] === 2 ? this.second[o2] : this.start[o2];
        this.report(p2, this.spaces[o2] !== 2, { kind: 'percent', word: 'في المائة' });
        return;
      }
    }
    const weekday = (fbA & B_WEEKDAY) !== 0 || ((fa & A_YAWM) !== 0 && this.kindL(j + 1) === T_DIGITS);
    if (weekday && faB & A_MONTH && !(faB & A_MONTH2) && (!(faB & A_AMBIG) || this.kindL(j + 1) === T_DIGITS)) {
      this.report(pos, trailing, { kind: 'day', word: this.word(this.at(j)) });
      return;
    }
    if (fa & A_NUMHEAD && faB & A_YEARLAW) {
      this.report(pos, trailing, { kind: 'after', word: this.word(this.at(j - 1)) });
      return;
    }
    if (fbA & B_PAIR && faB & A_WAW && this.kindL(j + 1) === T_DIGITS && this.spaces[this.sep(j + 1)] <= 1) {
      this.report(pos, trailing, { kind: 'pair', word: this.word(this.at(j - 1)) });
      return;
    }
    // `بأسعار 50 و70 و دينارا`, `32 غيغابايت أو غيغابايت`: a number coordinated after numbers lost its digits,
    // leaving و/أو alone before a counted noun
    if (fbA & B_CONJ && spaces === 1 && this.digitsBefore(j - 1, 2) && this.kindL(j + 1) !== T_DIGITS && (this.countedL(j) || this.countedOnLine(j))) {
      this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
      return;
    }
    // a lone و before a noun a number counts (600 علبة سجائر و علبة معسل، و أطنان من الملابس، و لترا): the number it
    // coordinated went (و5 أطنان). Right after a number and its noun, a noun numbers count (or one a number counts
    // elsewhere on the line) is enough; elsewhere only in a draft that glues its و (not و شارك as a house style), and
    // only a noun that cannot stand there alone: a plural numbers count, an accusative, a number noun, a unit, or the
    // one a number counts elsewhere on the line (a singular may: و هكتار من حقول الشعير is one hectare)
    if (spaces === 1 && this.loneWawL(j - 1) && (this.kindL(j + 1) !== T_DIGITS || faB & A_MONTH) && !this.definiteL(j) && !ARTICLE_CLITIC.test(contextForm(this.word(this.at(j)))) && !this.quotedL(j) && this.lettersL(j) >= 2) {
      // (or a noun of the same shape as the one the number before counted: 12 معتمدية و بلدية)
      // (or, up to five words after a number, session 15, a plural the lexicon counts: 150 حالة إصابة و وفيات)
      // (session 16: or a plural by its written pattern, helpers.ts pluralShapeL — 20 حالة شفاء و حالات وفاة، 3 كلغ من
      // الكوكايين و أقراص — where the draft's و is no house style (wawUnstyled); not a word that opens with إ or a bare
      // alef, the verbal nouns of derived verbs, إحداث، انطلاق، استكمال: 18 مليون دينار و إحداث ملعب; nor a word in …ين,
      // which duals and names share, 10 شبان و فتاتين، 2 كلغ من المتفجرات و مدفعين; only after a word, not an
      // indefinite plural, which it coordinates, بين مخالفات و محاضر، وأمنيين و مراسلات — the clean guard read these)
      const near = (this.digitsBefore(j - 1, 5) && (PLURAL_CLASS.test(slotClass(contextForm(this.word(this.at(j))), faB, this.fbL(j))) || (this.pluralShapeL(j) && !/^[\u0625\u0627]|\u064a\u0646$/.test(this.word(this.at(j))) && this.kindL(j - 2) === T_WORD && !(!this.definiteL(j - 2) && (this.pluralShapeL(j - 2) || PLURAL_SHAPE.test(contextForm(this.word(this.at(j - 2))).replace(/^[\u0648\u0641]/, '')) || this.faL(j - 2) & A_PLURAL)) && this.wawUnstyled())) && this.lettersL(j) >= 5) || this.digitsBefore(j - 1, 2) && (faB & A_STRONG || numberRatio(this.word(this.at(j)), 2) >= WAW_RATIO || (this.kindL(j - 3) === T_DIGITS && this.kindL(j - 2) === T_WORD && contextClass(contextForm(this.word(this.at(j)))) === contextClass(contextForm(this.word(this.at(j - 2))))));
      // (an accusative by shape only where numbers count it more than words in general: not أوروبا، كندا)
      const alone = faB & (A_ACC | A_NUMNOUN) || (this.accusativeShapeL(j) && numberRatio(this.word(this.at(j)), 2) >= CLITIC_RATIO) || this.unitAbbrL(j) || this.countedOnLine(j);
      // (the noun a number counts a few words before, 600 علبة سجائر و علبة معسل, whatever the draft's style)
      // (or after two spaces that follow a word a number follows, بين، يومي، سنة, in a single-spaced draft that glues
      // its و: both numbers of a pair went, ما بين  و نسخة)
      const pairGone = this.spaces[this.sep(j - 1)] === 2 && !this.justified && this.kindL(j - 2) === T_WORD && (this.fbL(j - 2) & B_PAIR || numberShare(this.word(this.at(j - 2)), 1) >= SLOT_SINGLE_SPACED) && this.wawRare();
      // (or where the slot model reads a number between و and the noun, session 14, wawSlot; or an hour's minutes, minutesGap)
      if (near || this.wawSlot(j) || this.minutesGap(j) || (alone && (this.digitsBefore(j - 1, 2) || this.wawRare())) || this.countedJustBefore(j) || pairGone) {
        this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
        return;
      }
    }
  }
}
