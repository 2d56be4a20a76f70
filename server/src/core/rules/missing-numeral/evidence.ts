/** missing-numeral's evidence: which gaps of a line are a dropped number, and why (the empty embedding, a line's
 * edges, the gap's kinds dispatched to words.ts, punct.ts and double.ts); each one found is reported through report.ts. */
import { CH, DIGIT, LATIN } from '../../text/chars';
import { A_AMBIG, A_ERA, A_FI, A_FWD, A_MHEAD, A_MIAH, A_MONTH, A_MONTH2, A_NAHWA, A_NUMNOUN, A_PCT, A_REV, A_STRONG, A_YEAR, A_YEARLAW, B_APPROX, B_NUMWORD, B_PAIR, B_PREP, B_QADJ, B_SHAHR, B_WHOLE } from './lexicon';
import { ALEF, isPercentSign, isWordUnit, LAM, T_DIGITS, T_LATIN, T_PUNCT, T_WORD } from './line';
import { BRACKET_RATIO, CLITIC_RATIO, SLOT_BEFORE_PUNCT_FEW, LR_SINGLE_SPACED, numberAfterDate, numberRatio, numberShare, PAIR_SHARE_JUSTIFIED, SLOT_SINGLE_SPACED } from './context';
import { acrossLines, ARABIC_HEAD, ARABIC_TAIL, DEFINITE, isDigitUnit } from './edges';
import { contextForm } from './slot';

import { isDecimalSeparator, SCORE_WORD } from './shapes';
import { PunctEvidence } from './punct';

/** Analyses one line at a time (the line model is line.ts). */
export class LineScanner extends PunctEvidence {
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
    if (wordA && wordB) return this.wordsGap(j, spaces, pos, trailing);
    if (wordA && kb === T_PUNCT) this.punctGap(j, spaces, pos, doubleGap);
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
}
