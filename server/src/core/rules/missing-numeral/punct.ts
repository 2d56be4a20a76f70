/** missing-numeral's evidence before punctuation: a word that cannot end a phrase without its number (a year word,
 *  a count frame, a word a number follows in most of its uses …) before a spaced mark, `%` after a word, a score's
 *  dash. */
import { A_FREQ, A_MONTH, A_MONTH2, A_NAHWA, A_YEAR, A_YEARDEF, A_YEARLAW, B_APPROX, B_DURATION, B_NOEND, B_NUMWORD, B_PREP, B_QADJ, B_WEEKDAY, B_YEARGAPINTRO, B_YEARINTRO } from './lexicon';
import { isPercentSign, T_DIGITS, T_WORD } from './line';
import { SLOT_BEFORE_PUNCT, SLOT_BEFORE_PUNCT_FEW, SLOT_BEFORE_PUNCT_GLUED, numberAfterDate, numberShare } from './context';
import { contextForm } from './slot';
import { numberBeforePunctOdds, numberNeverEnds, PUNCT_BETWEEN_ODDS } from './between';

import { ITEM_HEAD, SINCE_DURING, DEMONSTRATIVE, UNTIL, DUAL_SHAPE, SCORE_WORD, RANK_NOUN_NOEND } from './shapes';
import { WordsEvidence } from './words';

/** The evidence between a word and the punctuation after it. */
export class PunctEvidence extends WordsEvidence {
  /** The gap between the word j-1 and the mark j (`spaces` at it; the finding at `pos`; `doubleGap` the second
   *  space of a double one, else -1); reports what it finds. */
  protected punctGap(j: number, spaces: number, pos: number, doubleGap: number): void {
    const fa = this.faL(j - 1);
    const fbA = this.fbL(j - 1);
    const o = this.sep(j);
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
