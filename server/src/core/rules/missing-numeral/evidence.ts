/** missing-numeral's evidence: which gaps of a line are a dropped number, and why (the hand-written constructions,
 * the mined slot context, the empty embedding); each one found is reported through findings.ts. */
import { CH, DIGIT, LATIN } from '../../text/chars';
import { A_ACC, A_AGE, A_AMBIG, A_BAADQABL, A_BEFOREBAAD, A_BINISBA, A_ERA, A_FI, A_FREQ, A_FWD, A_MHEAD, A_MIAH, A_MONTH, A_MONTH2, A_MONTHMOD, A_NAHWA, A_NUMHEAD, A_NUMNOUN, A_PCT, A_PLURAL, A_REV, A_STRONG, A_WAW, A_WEAK, A_YAWM, A_YEAR, A_YEARDEF, A_YEARFOLLOW, A_YEARLAW, B_APPROX, B_CONJ, B_DURATION, B_ERAWEAK, B_NOEND, B_NUMWORD, B_PAIR, B_PCTINTRO, B_PREP, B_QADJ, B_SHAHR, B_SUPERL, B_WHOLE, B_WEEKDAY, B_YEARGAPINTRO, B_YEARINTRO } from './lexicon';
import { ALEF, isPercentSign, isWordUnit, LAM, T_DIGITS, T_LATIN, T_PUNCT, T_WORD } from './line';
import { BRACKET_RATIO, CLITIC_RATIO, WAW_RATIO, FROM_TO, SLOT_BEFORE_PUNCT, SLOT_BEFORE_PUNCT_FEW, SLOT_BEFORE_PUNCT_GLUED, LR_KNOWN, LR_SINGLE_SPACED, numberAfterDate, numberRatio, numberShare, PAIR_SHARE, PAIR_SHARE_JUSTIFIED, PAIR_SHARE_DATED, PAIR_SHARE_STRONG, pairShare, SHARE_JUSTIFIED, SLOT_KNOWN, SLOT_ODDS, SLOT_ODDS_KNOWN, SLOT_SINGLE_SPACED, slotOdds } from './context';
import { makeFinding, type Reason, reviewKey } from './findings';
import { LineHelpers } from './helpers';
import { acrossLines, ARABIC_HEAD, ARABIC_TAIL, DEFINITE, isDigitUnit } from './edges';
import { contextClass, contextForm, slotClass } from './slot';
import { ARTICLE_COUNT, articleCount, BETWEEN_ODDS, FI_OPEN_ODDS, numberBeforePunctOdds, numberNeverEnds, numberBetweenOdds, PUNCT_BETWEEN_ODDS } from './between';

import { ARTICLE_CLITIC, ITEM_HEAD, SINCE_DURING, DEMONSTRATIVE, UNTIL, DISTANCE, DUAL_SHAPE, isDecimalSeparator, PLURAL_CLASS, SCORE_WORD, RANK_NOUN_NOEND } from './shapes';

/** Analyses one line at a time (the line model is line.ts). */
export class LineScanner extends LineHelpers {
  // -- the analysis ---------------------------------------------------------------------------

  analyse(): void {
    const n = this.n;
    if (n === 0) return;
    let fwd = 0;
    let rev = 0;
    let words = 0;
    for (let i = 0; i < n; i++) {
      if (this.kind[i] !== T_WORD) continue;
      words++;
      if (this.fa[i] & A_FWD) fwd++;
      if (this.fa[i] & A_REV) rev++;
      if (this.len[i] >= 4) {
        if (this.first[i] === ((ALEF << 16) | LAM)) fwd++;
        if (this.last[i] === ((LAM << 16) | ALEF)) rev++;
      }
    }
    if (words === 0) return;
    this.visual = rev >= 2 && rev > fwd;
    this.glueFrom = this.glueTo = 0;
    this.qUpTo = this.qDouble = this.qSingle = 0;
    if (this.visual) for (let i = 0; i < n; i++) if (this.kind[i] === T_WORD) this.lookupReversed(i);
    this.stretchRuns();

    for (let i = 0; i < n; i++) if (this.pair[i] >= 0) this.report(this.pair[i], false, { kind: 'embedding', word: '' });
    if (this.trailingPair >= 0) this.report(this.trailingPair, false, { kind: 'embedding', word: '' });

    for (let j = 1; j < n; j++) this.gap(j);
    if (!this.visual) this.edges();
  }

  /**
   * A number dropped at a line's edge, where PDF text wraps (the line reads logically: visual-order lines are read in
   * the repaired view). The line starts with one or two spaces and a comma before a word (` ، والمحاكمات`, was
   * `2011، والمحاكمات`: the digits went, the space they left stayed; a comma glued to the line start, `، بعد`, is the
   * previous line's own, moved there by bidi reordering). Or the line ends in a space after a word a number follows
   * LR_SINGLE_SPACED times likelier than words in general (`بالسجن ⏎ سنوات`), in a draft that leaves at most two
   * such spaces at its line ends (a draft full of them wraps that way: its trailing space is no trace).
   */
  private edges(): void {
    const n = this.n;
    if (n >= 2 && this.kind[0] === T_PUNCT && this.spaces[0] >= 1 && this.spaces[0] <= 2 && this.pair[0] < 0 && this.kind[1] === T_WORD && this.spaces[1] >= 1 && !this.digitAcross(this.lineStart - 1, -1)) {
      const c = this.text.charCodeAt(this.start[0]);
      if (c === 0x060c || c === 0x2c || c === 0x061b) this.report(this.start[0] - 1, false, { kind: 'before', word: String.fromCharCode(c) });
    }
    // a line that starts with one or two spaces before a word (` هجرية، وبعدها`, was `1440 هجرية`; a visual-order line
    // that lost the number at its end), in a draft with at most two lines that start so (a draft that indents its
    // lines so has them by the dozen): judged with the word facing it on the line before, as a double space between
    // the two (acrossLines)
    if (this.kind[0] === T_WORD && this.spaces[0] >= 1 && this.spaces[0] <= 2 && this.pair[0] < 0 && !this.definiteL(0) && !this.quotedL(0) && this.lettersL(0) >= 2 && !(this.fbL(0) & (B_NUMWORD | B_QADJ | B_APPROX | B_WHOLE)) && !(this.faL(0) & A_NAHWA)) {
      const b = this.word(0);
      const run = DEFINITE.test(contextForm(b)) ? '' : this.runAcross(this.lineStart - 1, -1);
      // (never before a word with the article, with or without a proclitic: منهم ⏎ بالساعات)
      const odds = run === '' || isDigitUnit(run.charCodeAt(run.length - 1)) ? 0 : acrossLines(ARABIC_TAIL.exec(run)?.[0] ?? '', b, this.faL(0) | this.fbL(0), 2);
      if (odds && (odds === 2 || this.sentencePunct()) && this.leadingRare()) this.report(this.start[0] - 1, false, { kind: 'before', word: b });
    }
    // a line that ends in a space after a word (`بالسجن ⏎ سنوات`), in a draft with at most two such lines: the word a
    // number follows LR_SINGLE_SPACED times likelier than words in general, or the pair with the word facing it on the
    // next line, as a double space between the two (acrossLines)
    const last = n - 1;
    if (this.kind[last] === T_WORD && this.trailingSpaces >= 1 && this.trailingSpaces <= 2 && this.trailingPair < 0 && !this.definiteL(last) && !this.quotedL(last) && this.lettersL(last) >= 2 && !(this.fbL(last) & (B_NUMWORD | B_QADJ))) {
      const a = this.word(last);
      const run = this.runAcross(this.lineEnd, 1);
      const odds = isDigitUnit(run.charCodeAt(0)) ? 0 : Math.max(numberRatio(a, 1) >= LR_SINGLE_SPACED ? 1 : 0, acrossLines(a, ARABIC_HEAD.exec(run)?.[0] ?? '', this.faL(last) | this.fbL(last), 1));
      // (a month after its day needs no sentence around it: a headline's date, أبرز أخبار الأحد 12 مارس ⏎, lost its year;
      // nor a year word or a month, which no headline ends with: عجز الميزان التجاري سنة ⏎، انتخابات بلدية في أكتوبر ⏎;
      // but خلال شهر فيفري ⏎ names the month whole)
      const dated = last >= 1 && this.kind[last - 1] === T_DIGITS && this.spaces[last] === 1 && this.fa[last] & A_MONTH && !(this.fa[last] & (A_MHEAD | A_MONTH2)) && numberAfterDate(a) >= SLOT_BEFORE_PUNCT_FEW;
      const headlineEnd = !dated && this.kind[last - 1] !== T_DIGITS && this.fa[last] & (A_YEAR | A_MONTH) && !(this.fa[last] & (A_MHEAD | A_AMBIG)) && !(this.fb[last - 1] & B_SHAHR);
      if (odds && (odds === 2 || dated || headlineEnd || this.sentencePunct()) && this.trailingRare()) this.report(this.end[last] + 1, false, { kind: 'after', word: a });
    }
  }

  /** The separator (physical token index) of the line's one run of spaces longer than every other run between two of its
   *  words, by one to three spaces, on a stretched line of four such runs or more (its other runs of two spaces or more,
   *  or of one in justified text: the stretch of the line and the space a number left); -1 where there is none. A run
   *  far longer is a column's edge, not a gap. */
  private longRun = -1;

  private stretchRuns(): void {
    this.longRun = -1;
    let max = 0;
    let at = -1;
    let next = 0;
    let runs = 0;
    for (let i = 1; i < this.n; i++) {
      if (this.kind[i] !== T_WORD || this.kind[i - 1] !== T_WORD || this.pair[i] >= 0) continue;
      const s = this.spaces[i];
      runs++;
      if (s > max) {
        next = max;
        max = s;
        at = i;
      } else if (s > next) next = s;
    }
    if (runs >= 4 && max >= 3 && (next >= 2 || (this.justified && next >= 1)) && max > next && max <= next + 3) this.longRun = at;
  }

  /** The gap between logical tokens j-1 and j. */
  private gap(j: number): void {
    const o = this.sep(j);
    if (this.pair[o] >= 0) return;
    const ka = this.kindL(j - 1);
    const kb = this.kindL(j);
    if (ka === T_DIGITS || kb === T_DIGITS || ka === T_LATIN) return;
    const spaces = this.spaces[o];
    const fa = this.faL(j - 1);
    const fbA = this.fbL(j - 1);
    const faB = this.faL(j);
    if (spaces === 0 && kb !== T_PUNCT) return;
    // a proclitic or the article left alone before a word (تعود ل سنة، ال\u0640 سنوات، ب\u0640 مزايا): it was written on a
    // number that went (ل, ب, ك and ال are never words of their own; و and ف alone are a house style). Drawn with
    // tatweel it was written for a number (or a foreign word, which would still be there); without, only where lone
    // clitics are rare in the text (index.ts loneClitics): PDF extraction tears words (ال مطاطية) and leaves many.
    // (not initials, ع ب م, nor before a name cited in quotes, ل\u0640 "وات")
    const clitic = ka === T_WORD && kb === T_WORD ? this.loneClitic(j - 1) : 0;
    // (session 14: or before في المائة, يستأثر ب في المائة من الاستثمارات)
    if (clitic && !this.definiteL(j) && (this.countedL(j) || numberRatio(this.word(this.at(j)), 2) >= CLITIC_RATIO || (faB & A_FI && this.faL(j + 1) & A_MIAH)) && this.lettersL(j) >= 2 && !(j >= 2 && this.kindL(j - 2) === T_WORD && this.lettersL(j - 2) === 1) && !this.quotedL(j) && (clitic === 2 || this.cliticsRare())) {
      this.report(spaces === 2 ? this.second[o] : this.start[o], spaces !== 2, { kind: 'after', word: this.word(this.at(j - 1)) });
      return;
    }
    // the article alone (its tatweel dropped by the repaired view: ال\u0640 28 في → ال في) before a preposition, punctuation
    // or a noun a number counts: it was written on a number (القمة العربية ال\u064028، تجاوزن ال\u064050 سنة). آل, the family
    // (آل ثاني), comes before a name, never before these
    // (session 13: nor before a relative pronoun or a word with ل, الدورة ال\u064028 للمجلس، في دورتها ال\u064030 التي)
    // (glued to a comma or full stop too, the bare article after a word: في سن ال\u064025. → ال.; not a name's end,
    // باي بال"، ار.تي.ال))
    if (ka === T_WORD && (spaces > 0 || (kb === T_PUNCT && this.gluedArticleEnd(j))) && this.loneArticleL(j - 1) && (kb === T_PUNCT ? this.isClosing(j) : kb === T_WORD && (this.fbL(j) & B_PREP || (!this.definiteL(j) && this.countedL(j)) || this.articleCannotPrecede(j)))) {
      this.report(spaces === 2 ? this.second[o] : this.start[o], spaces !== 2 && kb === T_WORD, { kind: 'after', word: this.word(this.at(j - 1)) });
      return;
    }
    // a number, a dash and punctuation: the second number of a range or score went (الفترة 2010-،); not a dash before a
    // word, which numbers list items (1- جامعة بكين 2- جامعة …)
    if (ka === T_PUNCT && !this.visual && (this.charL(j - 1) === 0x2d || this.charL(j - 1) === 0x2f) && j >= 3 && this.kindL(j - 2) === T_DIGITS && this.spaces[this.sep(j - 1)] === 0 && this.kindL(j - 3) === T_WORD && this.spaces[this.sep(j - 2)] > 0 && kb === T_PUNCT && this.isClosing(j)) {
      this.report(this.end[this.at(j - 1)], false, { kind: 'pair', word: '-' });
      return;
    }
    // a word, a small number and a dash glued to it, then a preposition: a score or range lost its second number
    // (تعادل الفريقان 1- في الشوط الأول); a list item's dash comes at a line's start or after a colon, before a noun
    // (أهم المحاور: 1- التشغيل), and a year's dash is no score (not more than two digits)
    if (ka === T_PUNCT && kb === T_WORD && spaces > 0 && !this.visual && this.charL(j - 1) === 0x2d && j >= 3 && this.kindL(j - 2) === T_DIGITS && this.digitLen(j - 2) <= 2 && this.spaces[this.sep(j - 1)] === 0 && this.kindL(j - 3) === T_WORD && this.spaces[this.sep(j - 2)] > 0 && this.fbL(j) & B_PREP && this.kindL(j + 1) !== T_DIGITS) {
      this.report(this.end[this.at(j - 1)], false, { kind: 'pair', word: '-' });
      return;
    }
    // `بنسبة ر8 بالمائة`: a number of the Tunisian agency's style (8ر1: the fraction, ر, the whole) whose whole part
    // went, leaving ر glued to the fraction after a space
    if (kb === T_WORD && spaces > 0 && !this.visual && this.lettersL(j) === 1 && this.text.charCodeAt(this.start[this.at(j)]) === 0x0631 && j + 1 < this.n && this.kindL(j + 1) === T_DIGITS && this.spaces[this.sep(j + 1)] === 0) {
      this.report(spaces === 2 ? this.second[o] : this.start[o], false, { kind: 'before', word: this.word(this.at(j)) });
      return;
    }
    // a Tunisian decimal whose fraction went (5ر مليون، بنسبة ر بالمائة: were 5ر3 مليون، 2ر4 بالمائة): ر glued to a whole
    // part, or alone after a word, then a space and a word that measures (a percent word, a number noun, a unit)
    if (ka === T_WORD && kb === T_WORD && spaces > 0 && !this.visual && this.lettersL(j - 1) === 1 && this.text.charCodeAt(this.start[this.at(j - 1)]) === 0x0631 && (this.kindL(j - 2) === T_DIGITS ? this.spaces[this.sep(j - 1)] === 0 : this.kindL(j - 2) === T_WORD && this.spaces[this.sep(j - 1)] > 0) && (faB & (A_PCT | A_NUMNOUN) || this.unitAbbrL(j))) {
      this.report(this.end[this.at(j - 1)], false, { kind: 'after', word: this.word(this.at(j - 1)) });
      return;
    }
    // an opening bracket, a space and a noun a number counts: `( متر)`, `( بالمائة)` (not a unit restated after its
    // number: 24 مليون دينار ( م د))
    // (after a number, only a word that is no abbreviation: a conversion lost its number, 314 مليون دولار ( مليون دينار))
    if (ka === T_PUNCT && kb === T_WORD && spaces > 0 && this.charL(j - 1) === 0x28 && (!this.digitsBefore(j - 1, 4) || (!this.unitAbbrL(j) && this.lettersL(j) >= 3 && this.kindL(j - 2) === T_WORD && contextForm(this.word(this.at(j - 2))) !== contextForm(this.word(this.at(j))))) && (faB & (A_STRONG | A_PCT) || this.unitAbbrL(j) || (!this.definiteL(j) && numberRatio(this.word(this.at(j)), 2) >= BRACKET_RATIO))) {
      this.report(spaces === 2 ? this.second[o] : this.start[o], spaces !== 2, { kind: 'before', word: this.word(this.at(j)) });
      return;
    }
    // nothing to go on: the common case, leave fast
    if (fa === 0 && fbA === 0 && faB === 0 && this.fbL(j) === 0 && kb !== T_PUNCT && spaces !== 2) return;
    if (ka === T_PUNCT && kb === T_PUNCT) {
      // a decimal whose whole part went right after an opening bracket (تقهقرها (،3 بالمائة), was (11،3 بالمائة))
      if (this.charL(j - 1) === 0x28 && !this.visual && isDecimalSeparator(this.charL(j)) && this.gluedDigits(j) && this.spaces[this.sep(j + 1)] === 0 && this.digitLen(j + 1) > 0 && this.digitLen(j + 1) <= 3 && this.fractionOf(j)) {
        this.report(this.start[o], false, { kind: 'before', word: this.word(this.at(j)) });
        return;
      }
      this.holeBetween(j, spaces);
      return;
    }
    if (kb === T_PUNCT && this.gluedDigits(j)) {
      // `الساعة :00`: the hours of a time went, its minutes stayed (and not pdftotext's `سنة ."2016`)
      if (ka === T_WORD && spaces > 0 && this.charL(j) === 0x3a && this.digitLen(j + 1) === 2 && numberShare(this.word(this.at(j - 1)), 1) >= SLOT_SINGLE_SPACED)
        this.report(this.start[o], false, { kind: 'after', word: this.word(this.at(j - 1)) });
      // `بنسبة ،6 بالمائة`, `نسبة .4٪`: a decimal whose whole part went, its separator and fraction stayed (one
      // separator glued to at most three digits, after a space); a date whose day went, `بتاريخ /06/2017`
      // `بنتيجة -1`: the first number of a score went, after a word a number often follows (not a negative
      // temperature: الحرارة -5), or a word of a match's result (بالتعادل -1، بالفوز -0; shapes.ts SCORE_WORD)
      else if (ka === T_WORD && spaces > 0 && !this.visual && this.charL(j) === 0x2d && this.spaces[this.sep(j + 1)] === 0 && this.digitLen(j + 1) > 0 && this.digitLen(j + 1) <= 2 && (numberShare(this.word(this.at(j - 1)), 1) >= SLOT_SINGLE_SPACED || SCORE_WORD.test(contextForm(this.word(this.at(j - 1))))))
        this.report(this.start[o], false, { kind: 'after', word: this.word(this.at(j - 1)) });
      else if (ka === T_WORD && spaces > 0 && !this.visual && (isDecimalSeparator(this.charL(j)) || this.charL(j) === 0x2f) && this.spaces[this.sep(j + 1)] === 0 && this.digitLen(j + 1) > 0 && this.digitLen(j + 1) <= 3 && !this.quotedL(j - 1) && this.fractionOf(j))
        this.report(this.start[o], false, { kind: 'after', word: this.word(this.at(j - 1)) });
      return;
    }
    if (fbA & B_NUMWORD) return;

    // (on a stretched line, the one run of spaces longer than every other between its words is what a double space is in
    // a single-spaced draft: the line's stretch plus the space a number left, شهدت   المدينة   عام    أكبر)
    const stretched = spaces >= 3 && o === this.longRun;
    const doubleGap = spaces === 2 || stretched ? this.second[o] : -1;
    if (doubleGap >= 0) {
      // (in justified text a double space says nothing: the gap is judged as a single space below)
      // (session 15: or an event's year, جرت انتخابات  في: helpers.ts eventGap)
      const hit = this.justified && !stretched ? this.slotEvidence(j, PAIR_SHARE_JUSTIFIED) : (this.doubleSpaceEvidence(j) ?? this.slotEvidence(j) ?? (spaces === 2 && this.eventGap(j, 0) ? { kind: 'year', word: this.word(this.at(j - 1)) } : null) ?? (spaces === 2 && !this.visual && this.partitiveGap(j) ? { kind: 'before', word: this.word(this.at(j)) } : null));
      if (hit) {
        this.report(doubleGap, false, hit);
        return;
      }
    }
    const pos = doubleGap >= 0 ? doubleGap : this.start[o];
    const trailing = doubleGap < 0 && kb === T_WORD;
    const wordA = ka === T_WORD;
    const wordB = kb === T_WORD;

    if (wordB && faB & A_ERA && (fa & (A_YEAR | A_YEARLAW | A_MONTH) || fbA & B_PREP)) {
      this.report(pos, trailing, { kind: 'year', word: this.word(this.at(j)) });
      return;
    }
    // (session 13) a pair's second number after its first and a lone و (بين 2014 و موضحا، يومي 8 و من الشهر، بين 1955 و .):
    // بين، عامي، يومي … and a number need their second (not before a definite word: بين 2011 و اليوم)
    // (session 14: before a comma, full stop or semicolon after any number, spaced or glued, خلال 2013 و، وقد أدينوا: a
    // clause never ends in و)
    const stop = kb === T_PUNCT && (this.charL(j) === 0x060c || this.charL(j) === 0x2c || this.charL(j) === 0x2e || this.charL(j) === 0x061b);
    // (or before the next item's و glued to its number, أيام 22 و و24، الفصول 5 و و13: a list lost an item)
    const nextItem = kb === T_WORD && this.loneWawL(j) && this.kindL(j + 1) === T_DIGITS && this.spaces[this.sep(j + 1)] === 0;
    if (wordA && (spaces > 0 || stop) && kb !== T_DIGITS && j >= 3 && this.loneWawL(j - 1) && this.kindL(j - 2) === T_DIGITS && ((this.kindL(j - 3) === T_WORD && this.fbL(j - 3) & B_PAIR) || ((stop || nextItem) && !this.visual)) && (wordB ? !this.definiteL(j) : this.isClosing(j))) {
      this.report(pos, trailing, { kind: 'pair', word: 'و' });
      return;
    }
    if (wordA && wordB) {
      // (session 15) a number gone with its space (الفصل من الدستور، من إلى 20: helpers.ts singleSpaceGap)
      if (spaces === 1 && !this.visual && this.singleSpaceGap(j)) return this.report(pos, true, { kind: 'after', word: this.word(this.at(j - 1)) });
      // (not `عاما بعد عاما`, `عاماً واحداً`: the noun repeated, or with the numeral one as its adjective)
      if ((fbA & (B_PREP | B_APPROX) || fa & (A_NAHWA | A_AGE)) && (faB & A_ACC || this.unitAbbrL(j)) && !this.countedWithoutNumber(j)) {
        this.report(pos, trailing, { kind: 'before', word: this.word(this.at(j)) });
        return;
      }
      // a count's number (بلغ عدد المشاركين  مشاركا، ارتفع عدد المصابين إلى  حالة): two spaces before a noun numbers
      // count, right after عدد or حصيلة and the definite word it counts (countFrame); after إلى there, any indefinite
      // noun (not a verb: ي…)
      if (spaces === 2 && !this.justified && !this.definiteL(j) && !(this.fbL(j) & (B_NUMWORD | B_APPROX | B_QADJ | B_PREP | B_CONJ)) && !(faB & A_NAHWA) && !this.quotedL(j) && (this.countedL(j) || this.accusativeShapeL(j) || (this.countFrame(j) === 3 && !/^[\u0648\u0641]?\u064a/.test(contextForm(this.word(this.at(j)))))) && this.countFrame(j) > 0) {
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
        const near = (this.digitsBefore(j - 1, 5) && PLURAL_CLASS.test(slotClass(contextForm(this.word(this.at(j))), faB, this.fbL(j))) && this.lettersL(j) >= 5) || this.digitsBefore(j - 1, 2) && (faB & A_STRONG || numberRatio(this.word(this.at(j)), 2) >= WAW_RATIO || (this.kindL(j - 3) === T_DIGITS && this.kindL(j - 2) === T_WORD && contextClass(contextForm(this.word(this.at(j)))) === contextClass(contextForm(this.word(this.at(j - 2))))));
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
    if (wordA && kb === T_PUNCT) {
      const c = this.charL(j);
      if (isPercentSign(c)) {
        // `%` after a word that is not a number; a `%` glued inside a word is a kashida glyph.
        if (spaces > 0 && !this.followsLetter(j)) this.report(pos, false, { kind: 'percent', word: String.fromCharCode(c) });
        // `ب\u0640%`: a lone ب، ل or ك (its tatweel dropped by the view) glued to `%`: the number went between them
        else if (spaces === 0 && !this.visual && !this.followsLetter(j) && this.lettersL(j - 1) <= 2 && /^[\u0628\u0644\u0643]\u0640?$/.test(this.word(this.at(j - 1))) && (j < 2 || this.spaces[this.sep(j - 1)] > 0))
          this.report(this.start[o], false, { kind: 'percent', word: String.fromCharCode(c) });
        return;
      }
      // a score's first number before a spaced dash and the second (انتهت المباراة بالتعادل  - 2، بنتيجة  - 1): a word of a
      // match's result (SCORE_WORD; session 13: or one and the team it names, بفوز المحليين  - 1), the dash and one or two
      // digits apart from it
      if (spaces > 0 && !this.visual && (c === 0x2d || c === 0x2013) && this.kindL(j + 1) === T_DIGITS && this.digitLen(j + 1) <= 2 && this.spaces[this.sep(j + 1)] === 1 && (SCORE_WORD.test(contextForm(this.word(this.at(j - 1)))) || (this.definiteL(j - 1) && this.kindL(j - 2) === T_WORD && SCORE_WORD.test(contextForm(this.word(this.at(j - 2))))))) {
        this.report(pos, false, { kind: 'pair', word: '-' });
        return;
      }
      if (spaces === 0 || !this.isClosing(j) || this.quotedL(j - 1)) return;
      // (session 15) an event's name or noun before a spaced mark in a draft that glues its own (بكأس العرب .: eventGap)
      if ((c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b) && !this.punctSpaced() && this.eventGap(j, c)) return this.report(pos, false, { kind: 'year', word: this.word(this.at(j - 1)) });
      // a comparative's preposition before a comma, full stop or semicolon (يقدر عددهم بأكثر من .): its number went
      if ((c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b) && this.afterComparative(j - 1)) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
      // a count's number before a comma, full stop or semicolon, where the sentence cannot end without it: after a verb
      // of reaching and عدد or حصيلة and the word it counts (بلغ عدد الوفيات ،; not in a draft that spaces its marks,
      // where a clause may stand between them and the number: بلغ عدد السكان ، حسب آخر إحصاء ، 11 مليونا), or إلى after
      // them (ارتفع عدد المصابين إلى .)
      const frame = c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b ? this.countFrame(j) : 0;
      if (frame === 3 || (frame === 2 && !this.punctSpaced())) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
      // (also after إلى or حتى, يعود إلى عام .; not from year to year, من عام إلى عام ،)
      if (fa & A_YEAR && (this.fbL(j - 2) & B_YEARINTRO || (this.kindL(j - 2) === T_WORD && UNTIL.test(contextForm(this.word(this.at(j - 2)))) && !(this.faL(j - 3) & A_YEAR))) && !(this.faL(j - 3) & A_FREQ)) {
        this.report(pos, false, { kind: 'year', word: this.word(this.at(j - 1)) });
        return;
      }
      // a word that introduces a year or month (a season, مطلع، نهاية، منتصف…) without the article, after a preposition, ends
      // no phrase: its year went (وقعت أحداث الثورة في شتاء .، عاد الفريق في صيف ،), in a draft that does not space its
      // punctuation (one that does may write وصل الوفد في صيف ، ثم غادر .)
      if (fbA & B_YEARINTRO && !(fbA & B_PREP) && !this.definiteL(j - 1) && this.kindL(j - 2) === T_WORD && this.fbL(j - 2) & B_PREP && (c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b) && !this.punctSpaced()) {
        this.report(pos, false, { kind: 'year', word: this.word(this.at(j - 1)) });
        return;
      }
      // سنة is the year in Tunisian usage (تأسس الحزب سنة .): before spaced punctuation, its year went, unless a duration
      // or frequency word counts it (لمدة سنة ،، مرة في سنة) or the draft spaces its punctuation as a house style
      // (session 14: but after منذ or خلال in a draft that glues its marks or has too few to tell, where correct news
      // writes the year after them — منذ سنة 48 times in 55, one before punctuation; خلال سنة 42 in 42, none — not after
      // لمدة or a length, منذ سنة ، ولم يعد in a draft that spaces its marks)
      const sinceYear = this.fbL(j - 2) & B_DURATION && this.kindL(j - 2) === T_WORD && SINCE_DURING.test(contextForm(this.word(this.at(j - 2)))) && (c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b) && (this.beforePunct() !== SLOT_BEFORE_PUNCT || this.bareMarks());
      if (fa & A_YEAR && this.len[this.at(j - 1)] === 3 && this.first[this.at(j - 1)] >>> 16 === 0x0633 && this.kindL(j - 2) !== T_DIGITS && c !== 0x3a && !(this.fbL(j - 2) & (B_NUMWORD | B_QADJ)) && (!(this.fbL(j - 2) & B_DURATION) || sinceYear) && !(this.faL(j - 2) & A_FREQ) && !this.punctSpaced()) {
        this.report(pos, false, { kind: 'year', word: this.word(this.at(j - 1)) });
        return;
      }
      // عام without the article after a definite word is no adjective of it (النادي عام is not النادي العام): the year
      // (تأسس النادي عام ،، انعقدت القمة في الرياض عام ،), before spaced punctuation in a draft that glues its own;
      // not a duration (منذ عام ،: a year ago) nor the predicate of a definite subject before a colon
      // (nor of an indefinite word in ة, which it would agree with as عامة: في قرية صغيرة عام ،; not a duration or an
      // approximator, لمدة عام ،، قرابة عام ،)
      // (session 15: or a word in alef, an accusative, a name or a dual verb, that عام cannot be the adjective of: أوباما
      // عام ،، تزوجا عام .; helpers.ts endsInAlef; or العام after منذ, بحلول or حتى: yearAfterSince)
      if (fa & A_YEARDEF && (c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b) && this.yearAfterSince(j)) return this.report(pos, false, { kind: 'year', word: this.word(this.at(j - 1)) });
      if (fa & A_YEAR && this.len[this.at(j - 1)] === 3 && this.first[this.at(j - 1)] >>> 16 === 0x0639 && this.kindL(j - 2) === T_WORD && (this.definiteL(j - 2) || this.feminineL(j - 2) || this.endsInAlef(j - 2)) && !(this.fbL(j - 2) & (B_DURATION | B_NUMWORD | B_QADJ | B_APPROX)) && !(this.faL(j - 2) & A_NAHWA) && (c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b) && !this.punctSpaced() && numberShare(this.word(this.at(j - 1)), 1) >= SLOT_BEFORE_PUNCT_GLUED) {
        this.report(pos, false, { kind: 'year', word: this.word(this.at(j - 1)) });
        return;
      }
      // a year word after منذ (منذ عام ، is a year ago) before two spaces and a comma, full stop or semicolon in a
      // single-spaced draft: two spaces there are no house style, and the year went with its own space (منذ عام  ،; not
      // a length, لمدة سنة  ،: no year follows لمدة سنة)
      if (doubleGap >= 0 && !this.justified && fa & A_YEAR && this.kindL(j - 2) === T_WORD && /^[\u0648\u0641]?\u0645\u0646\u0630$/.test(contextForm(this.word(this.at(j - 2)))) && (c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b) && numberShare(this.word(this.at(j - 1)), 1) >= SLOT_BEFORE_PUNCT_GLUED) {
        this.report(pos, false, { kind: 'year', word: this.word(this.at(j - 1)) });
        return;
      }
      // (session 13) a numbered item's head opening its line before a spaced colon (الفصل : تحدث لجنة، البند : يلتزم): its
      // number went (an ordinal word would stand there otherwise: الفصل الأول :; not المركز : a form's label)
      if (c === 0x3a && j === 1 && ITEM_HEAD.test(contextForm(this.word(this.at(0))))) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(0)) });
        return;
      }
      // a noun of rank that never ends a phrase without its number (احتل المرتبة ،، في دورتها .), before spaced
      // punctuation in a draft that glues its own (not after a demonstrative)
      if (RANK_NOUN_NOEND.test(contextForm(this.word(this.at(j - 1)))) && c !== 0x3a && !this.punctSpaced() && !(j >= 2 && this.kindL(j - 2) === T_WORD && DEMONSTRATIVE.test(contextForm(this.word(this.at(j - 2)))))) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
      if (fa & A_YEARLAW && this.kindL(j - 2) === T_DIGITS) {
        this.report(pos, false, { kind: 'year', word: this.word(this.at(j - 1)) });
        return;
      }
      // a word a number follows in half its uses after a count, before punctuation: the count it set against went
      // (بهدفين مقابل ., 3 نقاط مقابل ،: a score's or vote's second number; not دون أي مقابل ،, nor a unit right after
      // its own number, 120 دق ،; session 13: a number word and its noun count as the number, بثلاثة أهداف مقابل .)
      // (not a month after its day: 1 أكتوبر . is a date without its year, judged below)
      if (numberShare(this.word(this.at(j - 1)), 1) >= SLOT_BEFORE_PUNCT_FEW && !(fa & (A_MONTH | A_YEAR | A_YEARLAW)) && c !== 0x3a && ((this.kindL(j - 2) === T_WORD && DUAL_SHAPE.test(contextForm(this.word(this.at(j - 2))))) || ((this.kindL(j - 3) === T_DIGITS || (this.kindL(j - 3) === T_WORD && this.fbL(j - 3) & B_NUMWORD)) && this.kindL(j - 2) === T_WORD))) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
      // (a colon after a preposition introduces a list: تتمثل في : …; a quote after it opens a quotation, whatever
      // the line's count of quotes says: وأعرب عن " خالص تعازيه)
      if (fbA & B_NOEND && this.charL(j) !== 0x3a && this.charL(j) !== 0x22 && this.charL(j) !== 0x27) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
      // (session 13) a word correct news never ends a clause with and mostly has a number after (between.ts
      // numberNeverEnds: الدقيقة، الفصل، لنحو), with the article or after a preposition, before a spaced comma, full stop
      // or semicolon in a draft that does not space its marks, however short: أدرك التعادل في الدقيقة .
      if ((c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b) && (this.definiteL(j - 1) || fbA & B_PREP || this.fbL(j - 2) & B_PREP) && !this.punctSpaced() && numberNeverEnds(this.word(this.at(j - 1)))) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
      // a space before the punctuation, after a word that a number follows in most of its uses in correct news
      // (سنة ،، بنسبة .): the number went between them
      // (not after a number already: 26 سنة ., 24 فيفري .)
      // (the lower bar of a draft that glues its punctuation holds for the marks that end a phrase, not for a quote,
      // which may open the next one: أفريل "فيسبوك")
      // nor for a month named after a preposition (من أفريل :), which reads whole without its year
      // nor for a year word as a duration (لمدة سنة ،، منذ عام ،: a year ago) — but خلال سنة ، in a long draft that glues
      // its marks lost its year (خلال سنة 2016، is how news writes it; during a year, خلال سنة، glued)
      // (the draft's bar is asked only where it decides: a share between the two bars)
      // (nor عام without a word that introduces a year, one the lists know or one a number often follows, بحلول: not
      // حق عام ., بشكل عام ،)
      // (nor for a colon, which Maghreb headlines set apart: منذ أكثر من سنة : الخارجية تتحرك)
      const fixedBar = c === 0x22 || c === 0x27 || c === 0x3a || (fa & A_MONTH && this.fbL(j - 2) & B_PREP && ((this.beforePunct() === SLOT_BEFORE_PUNCT && !this.bareMarks()) || (this.beforePunct() !== SLOT_BEFORE_PUNCT_GLUED && (this.dayWordOf(j - 1) || this.spaces[this.sep(j - 1)] >= 2)))) || (fa & A_YEAR && this.fbL(j - 2) & B_DURATION && !(this.beforePunct() === SLOT_BEFORE_PUNCT_GLUED && /^[\u0648\u0641]?\u062e\u0644\u0627\u0644$/.test(contextForm(this.word(this.at(j - 2)))))) || (fa & A_YEAR && this.len[this.at(j - 1)] === 3 && this.first[this.at(j - 1)] >>> 16 !== 0x0633 && !(this.fbL(j - 2) & (B_YEARINTRO | B_YEARGAPINTRO)) && !(this.kindL(j - 2) === T_WORD && numberShare(this.word(this.at(j - 2)), 1) >= 0.1));
      // (after a number a month is weighed by how often its date goes on to a year, 24 فيفري ، that was 24 فيفري 2017،,
      // and only against the draft's own bar: a draft that spaces its punctuation writes 24 فيفري . whole)
      // (not before a colon: 1 مارس : التخلي … is a headline's date)
      const dated = this.kindL(j - 2) === T_DIGITS && (fa & A_MONTH) !== 0 && !(fa & A_MONTH2) && c !== 0x3a;
      const share = this.justified || (this.kindL(j - 2) === T_DIGITS && !dated) ? 0 : dated ? Math.min(numberAfterDate(this.word(this.at(j - 1))), SLOT_BEFORE_PUNCT - 0.01) : numberShare(this.word(this.at(j - 1)), 1);
      // (two spaces before punctuation are no house style in a single-spaced draft: the lower bar, 19 أكتوبر  .)
      if (share >= SLOT_BEFORE_PUNCT || (!fixedBar && share >= SLOT_BEFORE_PUNCT_GLUED && (doubleGap >= 0 || share >= this.punctBar(j, fa)))) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
      // the word pairs of correct news (between.ts): a word that reads far better before a number and the mark than
      // before the mark alone (في صيف ،، إلى موسم ،، في جانفي ،), before a comma, full stop or semicolon in a draft that
      // glues its own (5 marks or more, 90 % glued: a short draft is judged by the lists alone, هذا هو رقم ، ولا تعليق،
      // تنطلق الامتحانات في جوان ، حسب الروزنامة. — but for the word a preposition governs, not a month: في صيف ،، إلى
      // موسم ،، على الساعة ., where the phrase cannot end); not after a number, not a year word (judged above: منذ عام ، is a year ago, بشكل عام ، in general),
      // not a mark glued to the next word (مؤونة ،معدات: a misplaced comma, not a number's trace), not a weekday (قال في
      // بلاغ، الأربعاء .)
      if (!(this.fbL(j - 1) & B_WEEKDAY) &&
        !this.justified && !(j + 1 < this.n && this.kindL(j + 1) === T_WORD && this.spaces[this.sep(j + 1)] === 0) && (c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b) && this.kindL(j - 2) !== T_DIGITS && (this.beforePunct() === SLOT_BEFORE_PUNCT_GLUED || ((this.beforePunct() === SLOT_BEFORE_PUNCT_FEW || this.bareMarks()) && this.kindL(j - 2) === T_WORD && this.fbL(j - 2) & B_PREP && !(fa & A_MONTH))) && !(fa & A_YEAR) && numberBeforePunctOdds(this.word(this.at(j - 1)), c) >= PUNCT_BETWEEN_ODDS) {
        this.report(pos, false, { kind: 'after', word: this.word(this.at(j - 1)) });
        return;
      }
    }
  }

  /** Two punctuation tokens with nothing between them but spaces: an empty pair of brackets `()`, or an empty
   *  item of a list of numbers `3، 10، ، 31` — a number went there. */
  private holeBetween(j: number, spaces: number): void {
    // (a line in visual order reverses the tokens: `(cid:2)(cid:2)` would read as an empty pair)
    if (this.visual) return;
    const a = this.charL(j - 1);
    const b = this.charL(j);
    const o = this.sep(j);
    // the number goes right before the closing mark (`( 7)`, `10، 7، 31`): after it, typing a number would leave the
    // hole as it was (found by the property below)
    const pos = this.start[o];
    // `(%)`: a share in brackets lost its number
    if (a === 0x28 && isPercentSign(b) && !this.followsLetter(j)) {
      this.report(pos, false, { kind: 'percent', word: String.fromCharCode(b) });
      return;
    }
    if (a === 0x28 && b === 0x29) {
      // only spaces inside, and no Latin word or number glued outside: `(\u202A)WDR` is pdftotext's order for (WDR)
      const open = this.at(j - 1);
      const close = this.at(j);
      for (let p = this.end[open]; p < this.start[close]; p++) if (this.text.charCodeAt(p) !== 0x20) return;
      const after = this.text.charCodeAt(this.end[close]);
      const before = this.start[open] > 0 ? this.text.charCodeAt(this.start[open] - 1) : 0x20;
      if ((CH[after] | CH[before]) & (LATIN | DIGIT)) return;
      // nor with an Arabic word glued after: a visual-order line read backwards turns `الكعبة)(` into `()الكعبة`
      if (isWordUnit(after)) return;
      this.report(pos, false, { kind: 'empty', word: '()' });
      return;
    }
    const comma = (c: number) => c === 0x060c || c === 0x2c;
    if (comma(a) && comma(b) && spaces > 0 && j >= 2 && this.kindL(j - 2) === T_DIGITS) this.report(pos, false, { kind: 'empty', word: '،' });
  }

  /** Mined evidence for a double-space gap between the words j-1 and j (numberShare, pairShare). With `pairOnly`
   *  (justified text, where a double space alone says nothing) only a pair whose share reaches it counts, besides the
   *  percent and range shapes. */
  private slotEvidence(j: number, pairOnly = 0): Reason | null {
    if (this.kindL(j - 1) !== T_WORD || this.kindL(j) !== T_WORD) return null;
    // `X  في المائة`: X was the number
    if (this.faL(j) & A_FI && this.faL(j + 1) & A_MIAH) return { kind: 'percent', word: 'في المائة' };
    // `من  إلى 20`: the first number of a range
    if (FROM_TO.test(contextForm(this.word(this.at(j - 1))) + ' ' + contextForm(this.word(this.at(j)))) && (this.kindL(j + 1) === T_DIGITS || this.kindL(j + 2) === T_DIGITS))
      return { kind: 'after', word: this.word(this.at(j - 1)) };
    // the hand-written lexicons know these words and their exceptions (في  جوان، سنة  كاملة، بعد  ساعة): where
    // they know a word, the mined context must be strong to overrule their silence, and a month after a
    // preposition or شهر is a gap only where the pair nearly always has the day between (below)
    const known = (this.faL(j - 1) | this.fbL(j - 1) | this.faL(j) | this.fbL(j)) !== 0;
    // بعد/قبل before a bare noun reads as "after months" (بعد  أشهر من الآن)
    // (but على بعد is a distance: على بعد  ميلا)
    // (a word with its number already before it, 5 جوان  في, or one a demonstrative points at, هذا العام  تقريبا,
    // announces none after it; elsewhere in a single-spaced draft the slot model weighs the pair, below)
    // (the exceptions stay the slot model's too: letting it weigh بعد  أشهر and في  أكتوبر finds more on the even half,
    // 0.817 -> 0.832 for typo double spaces flagged 1.06 % -> 1.15 %, but flags بعد  ساعات من الانتظار, في  أكتوبر
    // الماضي, في شهر  أكتوبر 2015: precision first)
    const pointed = j >= 2 && this.kindL(j - 2) === T_WORD && DEMONSTRATIVE.test(contextForm(this.word(this.at(j - 2))));
    const model = !pairOnly && !pointed && this.kindL(j - 2) !== T_DIGITS;
    if (this.faL(j - 1) & A_BAADQABL && !(j >= 2 && this.kindL(j - 2) === T_WORD && DISTANCE.test(contextForm(this.word(this.at(j - 2)))))) return null;
    // a noun of rank or edition before a preposition or a word with ل (المركز  في، النسخة  من، لولاية  على، الدورة
    // لمعرض): its number went, an ordinal word would stand there otherwise (not after a demonstrative: هذه النسخة  من)
    if (!pairOnly && !pointed && this.rankBefore(j)) return { kind: 'after', word: this.word(this.at(j - 1)) };
    // a pair correct news writes with a number between in most of its uses overrules the exceptions below (but not a
    // word that has its number before it: 5 جوان  في)
    // (a preposition after a number is the range's, من 1 إلى  مارس, and announces the second number all the same)
    if (!pairOnly && (this.kindL(j - 2) !== T_DIGITS || this.fbL(j - 1) & B_PREP) && pairShare(this.word(this.at(j - 1)), this.word(this.at(j))) >= PAIR_SHARE_STRONG)
      return { kind: this.faL(j) & A_MONTH ? 'day' : 'before', word: this.word(this.at(j)) };
    // (a month after a preposition reads whole where a word after it places it, في  أكتوبر الماضي, and never after شهر;
    // elsewhere in a single-spaced draft the slot model weighs it, session 13: في  أكتوبر بالعاصمة, في  جانفي  اغتيل lost
    // a day or year — even half 1,880 -> 1,888 of 2,183 gaps, typo double spaces flagged 19 -> 20 of 1,132; weighing
    // في  أكتوبر الماضي too found 7 more for no more typos, left quiet all the same; with its year after it, في  سبتمبر
    // 2016, the day went where correct news writes the pair with a day between at least as often as not)
    // (nor after a range's second preposition, من 3 إلى  أكتوبر: the day went, as in من 1 إلى  مارس)
    if (this.faL(j) & A_MONTH && (this.fbL(j - 1) & B_SHAHR || this.faL(j + 1) & A_MONTHMOD || this.faL(j) & (A_MHEAD | A_MONTH2 | A_AMBIG)) && this.fbL(j - 1) & (B_PREP | B_SHAHR) && !this.rangeTo(j - 1) && !(this.fbL(j - 1) & B_PREP && !(this.fbL(j - 1) & B_SHAHR) && this.kindL(j + 1) === T_DIGITS && this.kindL(j - 2) !== T_DIGITS && pairShare(this.word(this.at(j - 1)), this.word(this.at(j))) >= PAIR_SHARE_DATED)) return null;
    // a number does not come before a number word or an approximator (لمدة  ثلاث سنوات، تشغل  نحو 230), nor, as a
    // rule, before a definite word (عن  الأشخاص، الساعة  العاشرة)
    if (this.fbL(j) & (B_NUMWORD | B_APPROX) || this.faL(j) & A_NAHWA) return null;
    // (but after an indefinite word that has a number after it in half its uses or more, not a month: رقم  الصادر،
    // لسنة  الإطلاع — the even half holds 1 such gap and no typo double space there, session 13)
    if (this.definiteL(j)) return !pairOnly && this.kindL(j - 2) !== T_DIGITS && !this.definiteL(j - 1) && !(this.faL(j - 1) & A_MONTH) && numberShare(this.word(this.at(j - 1)), 1) >= SLOT_BEFORE_PUNCT_FEW ? { kind: 'after', word: this.word(this.at(j - 1)) } : null;
    // nor where the noun is counted otherwise or not at all: an adjective of quantity (منذ  أيام قليلة، سنة  كاملة),
    // a year word as a duration (لمدة سنة  قضاها), a superlative (من  أشهر)
    if (this.fbL(j) & (B_QADJ | B_WHOLE) || this.fbL(j + 1) & B_QADJ) return null;
    // (unless correct news writes the pair with the year between at least as often as not: خلال سنة  بسبب)
    if (this.faL(j - 1) & A_YEAR && this.fbL(j - 2) & B_DURATION && pairShare(this.word(this.at(j - 1)), this.word(this.at(j))) < PAIR_SHARE) return null;
    if (this.fbL(j) & B_SUPERL && this.faL(j - 1) & A_BEFOREBAAD) return null;
    const a = this.word(this.at(j - 1));
    const b = this.word(this.at(j));
    // (a word with its number already before it, 5 جوان  في, announces none after it)
    const after = this.kindL(j - 2) === T_DIGITS ? 0 : numberShare(a, 1);
    const before = numberShare(b, 2);
    // the pair itself: correct news wrote a number between these two words at least as often as not (في 5 دول)
    const pair = this.kindL(j - 2) === T_DIGITS ? 0 : pairShare(a, b);
    // (in justified text a word that has a number beside it in nearly all its uses says it too: على بعد  ميلا، منذ  سبتمبر)
    if (pairOnly) return pair >= pairOnly || Math.max(after, before) >= SHARE_JUSTIFIED ? (before >= after ? { kind: 'before', word: b } : { kind: 'after', word: a }) : null;
    if (pair < PAIR_SHARE && model) {
      // the slot model: the odds that correct news writes a number between the two words rather than nothing
      // (context.ts slotOdds: the pair, each form with the other's class, the class pair)
      // (or, below them, an indefinite plural by its shape after a definite word: أطلق الجيش  صواريخ, was 5 صواريخ;
      // or a noun the line counts with a digit elsewhere: 12 مدرسة ... في  مدرسة)
      // (or the slot model's log-odds and the word pairs' (between.ts: how much better the two read around a number than
      // side by side) summed reach BETWEEN_ODDS: إلى  حالة، فتح  مراكز, which the slot model alone leaves just below)
      const so = slotOdds(a, this.faL(j - 1), this.fbL(j - 1), b, this.faL(j), this.fbL(j));
      if (so < (known ? SLOT_ODDS_KNOWN : SLOT_ODDS) && so + numberBetweenOdds(a, b) < BETWEEN_ODDS && !this.pluralAfter(j) && !(this.lettersL(j) >= 3 && !(this.fbL(j) & (B_PREP | B_CONJ)) && this.countedOnLine(j))) return null;
    } else if (pair < PAIR_SHARE && 1 - (1 - after) * (1 - before) < (known ? SLOT_KNOWN : SLOT_SINGLE_SPACED)) {
      // how much likelier the two words are around a number than around any gap (naive Bayes over the base rates)
      // (a word with its number already before it is weighed by what follows it then: a month's year, 9 ديسمبر  في,
      // but not a noun's)
      const ra = pointed ? numberRatio('', 1) : Math.max(1, numberRatio(a, 1, this.kindL(j - 2) === T_DIGITS));
      const rb = numberRatio(b, 2);
      if (ra * rb < (known ? LR_KNOWN : LR_SINGLE_SPACED)) return null;
      return rb >= ra ? { kind: 'before', word: b } : { kind: 'after', word: a };
    }
    return before >= after ? { kind: 'before', word: b } : { kind: 'after', word: a };
  }

  /** Evidence for a double-space gap between logical tokens j-1 and j. */
  private doubleSpaceEvidence(j: number): Reason | null {
    const ka = this.kindL(j - 1);
    const kb = this.kindL(j);
    if (ka !== T_WORD && ka !== T_PUNCT) return null;
    const fa = this.faL(j - 1);
    const fbA = this.fbL(j - 1);
    const prep = (fbA & (B_PREP | B_APPROX)) !== 0 || (fa & A_NAHWA) !== 0;
    if (kb === T_WORD) {
      const faB = this.faL(j);
      const fbB = this.fbL(j);
      // a plural or number noun in construct with a definite word is not counted:
      // مجلس  نواب الشعب، من  آلاف النسخ (units are: 18  قيراط الحاصل على …)
      const idafa = this.definiteL(j + 1) && this.spaces[this.sep(j + 1)] > 0 && (faB & (A_PLURAL | A_WEAK | A_NUMNOUN)) !== 0;
      // nor one counted by an adjective of vague quantity: منذ  سنوات عديدة
      if (!idafa && !(this.fbL(j + 1) & B_QADJ)) {
        if (faB & (A_STRONG | A_ACC | A_PCT | A_ERA) || fbB & B_ERAWEAK || this.unitAbbrL(j)) return { kind: 'before', word: this.word(this.at(j)) };
        // the Hijri year's abbreviation ه<U+0640> (its tatweel aside, ه) after a preposition, a year word or a month: no word but
        // a year stands before it (ولد في  ه<U+0640> بمكة)
        if (ka === T_WORD && (fbA & B_PREP || fa & (A_YEAR | A_MONTH)) && contextForm(this.word(this.at(j))) === '\u0647') return { kind: 'year', word: this.word(this.at(j - 1)) };
        // after a comma, colon or dash, a noun that a number precedes in many of its uses (قفصة :  درجة، الرفاعي،  سنة)
        if (ka === T_PUNCT && (this.charL(j - 1) === 0x060c || this.charL(j - 1) === 0x2c || this.charL(j - 1) === 0x3a || this.charL(j - 1) === 0x2d) && !this.definiteL(j) && !(fbB & (B_NUMWORD | B_APPROX | B_QADJ | B_WHOLE)) && numberShare(this.word(this.at(j)), 2) >= SLOT_SINGLE_SPACED)
          return { kind: 'before', word: this.word(this.at(j)) };
        if (faB & A_WEAK && (fbA & B_APPROX || fa & A_NAHWA)) return { kind: 'before', word: this.word(this.at(j)) };
        if ((fbA & B_APPROX || fa & (A_NAHWA | A_AGE | A_YEARDEF)) && this.accusativeShapeL(j)) return { kind: 'before', word: this.word(this.at(j)) };
        if (fa & A_AGE && faB & (A_YEAR | A_WEAK)) return { kind: 'before', word: this.word(this.at(j)) };
        // `ويندوز  و8.1`: a number coordinated with nothing — unless a number stands shortly before (97 عارضا من تونس  و122)
        if (faB & A_WAW && this.kindL(j + 1) === T_DIGITS && this.spaces[this.sep(j + 1)] <= 1 && !this.digitsBefore(j, 5)) return { kind: 'before', word: 'و' };
      }
      // a comparative's preposition, two spaces and an indefinite word (أكثر من  كتاب، ما يزيد عن  رياضي): the number it
      // compared went; في or وفي opening a sentence, two spaces and a word it does not govern (في  أعلنت الحكومة، وفي
      // عاد): the year went. Not where correct news writes the two side by side (أكثر من جهة، في تونس: between.ts)
      const opens = this.fiOpens(j - 1);
      if ((opens || this.afterComparative(j - 1)) && !this.definiteL(j) && !(fbB & (B_NUMWORD | B_APPROX | B_QADJ | B_PREP | B_CONJ)) && !(faB & A_MONTH) && !this.quotedL(j) && numberBetweenOdds(this.word(this.at(j - 1)), this.word(this.at(j))) >= (opens ? FI_OPEN_ODDS : BETWEEN_ODDS))
        return { kind: 'before', word: this.word(this.at(j)) };
      // (session 14) the day of a date without its month word (يوم الاثنين  من الشهر الجاري: helpers.ts monthlessDay)
      if (ka === T_WORD && this.monthlessDay(j)) return { kind: 'day', word: this.word(this.at(j - 1)) };
      if (faB & A_MONTH && !(faB & A_MONTH2)) {
        // the day: after a weekday (or يوم), or before a year where no preposition introduces the month
        const weekday = (fbA & B_WEEKDAY) !== 0 || (fa & A_YAWM) !== 0;
        const twoWord = (faB & A_MHEAD) !== 0 && (this.faL(j + 1) & A_MONTH2) !== 0;
        const yearAfter = this.kindL(twoWord ? j + 2 : j + 1) === T_DIGITS;
        if (weekday && (!(faB & A_AMBIG) || yearAfter || fbA & B_WEEKDAY)) return { kind: 'day', word: this.word(this.at(j)) };
        if (yearAfter && ka === T_WORD && !prep && !(fbA & (B_SHAHR | B_YEARINTRO))) return { kind: 'day', word: this.word(this.at(j)) };
      }
    }
    if (ka !== T_WORD || kb === T_DIGITS) return null;
    const endsHere = kb === T_PUNCT && this.isClosing(j) && !this.quotedL(j - 1);
    const faB = this.faL(j);
    // after a year word
    if (fa & (A_YEAR | A_YEARLAW)) {
      const fb2 = this.fbL(j - 2);
      const intro = (fb2 & B_YEARGAPINTRO) !== 0 && !(this.faL(j - 3) & A_FREQ);
      const law = (fa & A_YEARLAW) !== 0 && this.kindL(j - 2) === T_DIGITS;
      const duration = (fb2 & B_DURATION) !== 0;
      const follower = (faB & A_YEARFOLLOW) !== 0 || (this.fbL(j) & B_NUMWORD) !== 0;
      // سنة is the year in Tunisian usage (سنة 2016); عام needs an introducer (بشكل عام، الرأي العام)
      const sana = (fa & A_YEAR) !== 0 && this.len[this.at(j - 1)] === 3 && this.first[this.at(j - 1)] >>> 16 === 0x0633;
      // (عام after a definite word or an indefinite one in ة is no adjective of it, as before punctuation: تأسست الجمعية
      // عام  بمبادرة، ميزانية عام  تثير; not after a duration or approximator)
      const aam = (fa & A_YEAR) !== 0 && this.len[this.at(j - 1)] === 3 && this.first[this.at(j - 1)] >>> 16 === 0x0639 && this.kindL(j - 2) === T_WORD && (this.definiteL(j - 2) || this.feminineL(j - 2)) && !(fb2 & (B_DURATION | B_NUMWORD | B_QADJ | B_APPROX)) && !(this.faL(j - 2) & A_NAHWA);
      // (سنة after منذ or خلال is as often the year, منذ سنة 2011، خلال سنة 2016, before two spaces and a word that does
      // not follow a year word: منذ سنة  بمعدل)
      const since = sana && kb === T_WORD && this.kindL(j - 2) === T_WORD && SINCE_DURING.test(contextForm(this.word(this.at(j - 2))));
      if (!follower && (intro || law || (endsHere && !duration) || ((sana || aam) && (!duration || since) && kb === T_WORD))) return { kind: 'year', word: this.word(this.at(j - 1)) };
    }
    if (fa & A_YEARDEF && kb === T_WORD && (this.accusativeShapeL(j) || faB & A_STRONG)) return { kind: 'after', word: this.word(this.at(j - 1)) };
    // a month after its day (الجمعة 14 أفريل  الندوة): the year went, where correct news goes on to a year after a date
    // of that month in half its uses or more (not before a word that places the month, 5 مارس  الجاري)
    if (fa & A_MONTH && !(fa & (A_MHEAD | A_MONTH2)) && kb === T_WORD && this.kindL(j - 2) === T_DIGITS && !(faB & A_MONTHMOD) && numberAfterDate(this.word(this.at(j - 1))) >= SLOT_BEFORE_PUNCT_FEW)
      return { kind: 'year', word: this.word(this.at(j - 1)) };
    // after a month name whose date is already broken before it (a gap or a weekday right before)
    let mj = -1;
    if (fa & A_MONTH && !(fa & (A_MHEAD | A_MONTH2 | A_AMBIG))) mj = j - 1;
    else if (fa & A_MONTH2 && this.faL(j - 2) & A_MHEAD) mj = j - 2;
    if (mj >= 1 && !(faB & A_MONTHMOD) && this.kindL(mj - 1) !== T_DIGITS) {
      const om = this.sep(mj);
      if (this.pair[om] >= 0 || this.fbL(mj - 1) & B_WEEKDAY || this.faL(mj - 1) & A_YAWM) {
        return { kind: 'year', word: mj === j - 1 ? this.word(this.at(j - 1)) : `${this.word(this.at(j - 2))} ${this.word(this.at(j - 1))}` };
      }
    }
    // a word that cannot end a phrase, then punctuation
    if (endsHere) {
      if (fbA & B_NOEND && this.charL(j) !== 0x3a) return { kind: 'after', word: this.word(this.at(j - 1)) };
      if (fa & A_BAADQABL && !(this.faL(j - 2) & A_BEFOREBAAD)) return { kind: 'after', word: this.word(this.at(j - 1)) };
    }
    return null;
  }

  private reported = new Set<number>();

  startLine(): void {
    if (this.reported.size) this.reported.clear();
    this.afterDigits = null;
    this.qUpTo = 0;
    this.qDouble = 0;
    this.qSingle = 0;
  }

  private report(pos: number, trailingSpace: boolean, reason: Reason): void {
    if (this.reported.has(pos)) return;
    this.reported.add(pos);
    const key = reviewKey(this.text, pos);
    if (this.reviewed && this.reviewed.has(key)) return;
    this.out.push(makeFinding(this.text, pos, trailingSpace, reason, key, this.locale, this.severity, !this.visual));
  }
}
