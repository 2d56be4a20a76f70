/** missing-numeral's evidence for a double space between two tokens: the hand-written constructions (a counted noun,
 *  a year word, a month and its day …) and the mined slot context (numberShare, pairShare, the slot model). */
import { A_ACC, A_AGE, A_AMBIG, A_BAADQABL, A_BEFOREBAAD, A_ERA, A_FI, A_FREQ, A_MHEAD, A_MIAH, A_MONTH, A_MONTH2, A_MONTHMOD, A_NAHWA, A_NUMNOUN, A_PCT, A_PLURAL, A_STRONG, A_WAW, A_WEAK, A_YAWM, A_YEAR, A_YEARDEF, A_YEARFOLLOW, A_YEARLAW, B_APPROX, B_CONJ, B_DURATION, B_ERAWEAK, B_NOEND, B_NUMWORD, B_PREP, B_QADJ, B_SHAHR, B_SUPERL, B_WHOLE, B_WEEKDAY, B_YEARGAPINTRO, B_YEARINTRO } from './lexicon';
import { T_DIGITS, T_PUNCT, T_WORD } from './line';
import { FROM_TO, SLOT_BEFORE_PUNCT_FEW, LR_KNOWN, LR_SINGLE_SPACED, numberAfterDate, numberRatio, numberShare, PAIR_SHARE, PAIR_SHARE_DATED, PAIR_SHARE_STRONG, pairShare, SHARE_JUSTIFIED, SLOT_KNOWN, SLOT_ODDS, SLOT_ODDS_KNOWN, SLOT_SINGLE_SPACED, slotOdds } from './context';
import { type Reason } from './findings';
import { contextForm } from './slot';
import { BETWEEN_ODDS, FI_OPEN_ODDS, numberBetweenOdds } from './between';

import { SINCE_DURING, DEMONSTRATIVE, DISTANCE } from './shapes';
import { GapReporter } from './report';

/**
 * The slot model's log-odds a double space needs before an indefinite plural or counted noun after a verb, subject or
 * verbal noun (helpers.ts loneDoubleCount), in a draft whose double spaces between words are lone (session 16, issue
 * 11). Tuned on the even half's numeral round trip: with no bar, 1,913 -> 1,915 of 2,165 gaps for typo double spaces
 * flagged 20 -> 32 of 1,132 (at 1 % slips: أكدت  مصادر، أثبتته  دراسات، إدخال  إصلاحات sit at -6.25 to -3.5); at -3
 * the same 2 gaps (أن  قذائف at -1.75, توفير  مساعدين at -2.75) for 1 slip more (حجز  سجائر at -2.25).
 */
export const LONE_DOUBLE_ODDS = SLOT_ODDS - 1.5;

/** The evidence of a double space (one line at a time; the line model is line.ts). */
export class DoubleSpaceEvidence extends GapReporter {
  /** Mined evidence for a double-space gap between the words j-1 and j (numberShare, pairShare). With `pairOnly`
   *  (justified text, where a double space alone says nothing) only a pair whose share reaches it counts, besides the
   *  percent and range shapes. */
  protected slotEvidence(j: number, pairOnly = 0): Reason | null {
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
    // (a month after a preposition reads whole after شهر; elsewhere in a single-spaced draft the slot model weighs it,
    // session 13: في  أكتوبر بالعاصمة, في  جانفي  اغتيل lost a day or year — even half 1,880 -> 1,888 of 2,183 gaps, typo
    // double spaces flagged 19 -> 20 of 1,132; session 16: also where a word after it places it, في  أكتوبر الماضي, في
    // جوان من العام الماضي — the month reads whole there with one space, but two in a single-spaced draft are as likely
    // the day's trace as anywhere else: even half 1,903 -> 1,911 of 2,165, --typos 0.05 1,896 -> 1,903 of 2,183 for 242
    // -> 243 slips flagged of 9,819 (في  فيفري المنقضي); session 13 had left it quiet for 7 more found and no slip more;
    // with its year after it, في  سبتمبر 2016, the day went where correct news writes the pair with a day between at
    // least as often as not)
    // (nor after a range's second preposition, من 3 إلى  أكتوبر: the day went, as in من 1 إلى  مارس)
    if (this.faL(j) & A_MONTH && (this.fbL(j - 1) & B_SHAHR || this.faL(j) & (A_MHEAD | A_MONTH2 | A_AMBIG)) && this.fbL(j - 1) & (B_PREP | B_SHAHR) && !this.rangeTo(j - 1) && !(this.fbL(j - 1) & B_PREP && !(this.fbL(j - 1) & B_SHAHR) && this.kindL(j + 1) === T_DIGITS && this.kindL(j - 2) !== T_DIGITS && pairShare(this.word(this.at(j - 1)), this.word(this.at(j))) >= PAIR_SHARE_DATED)) return null;
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
      // (or, session 16, in a draft whose double spaces between words are lone, index.ts loneDoubles: an indefinite plural
      // by its shape or a counted noun after a verb, subject or verbal noun at a lower bar, LONE_DOUBLE_ODDS — أن  قذائف،
      // توفير  مساعدين)
      // (or the slot model's log-odds and the word pairs' (between.ts: how much better the two read around a number than
      // side by side) summed reach BETWEEN_ODDS: إلى  حالة، فتح  مراكز, which the slot model alone leaves just below)
      const so = slotOdds(a, this.faL(j - 1), this.fbL(j - 1), b, this.faL(j), this.fbL(j));
      if (so < (known ? SLOT_ODDS_KNOWN : SLOT_ODDS) && so + numberBetweenOdds(a, b) < BETWEEN_ODDS && !this.pluralAfter(j) && !(so >= LONE_DOUBLE_ODDS && this.loneDoubleCount(j)) && !(this.lettersL(j) >= 3 && !(this.fbL(j) & (B_PREP | B_CONJ)) && this.countedOnLine(j))) return null;
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
  protected doubleSpaceEvidence(j: number): Reason | null {
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
      // not follow a year word: منذ سنة  بمعدل; session 16: so is عام, منذ عام  ولم — the even half writes منذ عام or منذ
      // سنة before a number 57 times, before a word 4)
      const aamForm = (fa & A_YEAR) !== 0 && this.len[this.at(j - 1)] === 3 && this.first[this.at(j - 1)] >>> 16 === 0x0639;
      const since = (sana || aamForm) && kb === T_WORD && this.kindL(j - 2) === T_WORD && SINCE_DURING.test(contextForm(this.word(this.at(j - 2))));
      if (!follower && (intro || law || (endsHere && !duration) || ((sana || aam || since) && (!duration || since) && kb === T_WORD))) return { kind: 'year', word: this.word(this.at(j - 1)) };
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
}
