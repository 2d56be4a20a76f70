/**
 * The pusher of claim clauses (clauses.ts): per sentence, upgrades a clause to anonymous after an anonymity clause,
 * resolves "the same source again" against the last source with an explicit subject, quiets hedges inside a named
 * speaker's statement and drops the quiet classes unless they are wanted.
 */
import type { Span } from '../../text/sentences';
import type { Analyser, NP } from './analyser';
import type { Claim } from './claim';
import { K, key } from './tokens';
import { isPerson, endsWithQuestionMark, headCat, anonymityMarker } from './cues';

/** Adds a clause; verbTok: the verb of a clause with no explicit subject (a pronoun that may report: وأوضح أن). */
export type Push = (c: Omit<Claim, 'sentence'>, np: NP | null, verbTok?: number) => void;

/**
 * Adds the claims of the current sentence (upgraded to anonymous after an anonymity clause, quiet
 * classes dropped unless wanted). One per analysis, reset for each sentence: no closure per sentence.
 */
export class Pusher {
  private sent: Span = { start: 0, end: 0 };
  private a0 = 0;
  private b = 0;
  private anonymityAt = -2; // not computed yet
  /** Was the last source with an explicit subject named (or a known person)? null before the first. */
  private lastNamed: boolean | null = null;
  /** The same for the last subject headed by مصدر [0] and by a plural source noun (مصادر، أوساط) [1]. */
  private readonly sourceNamed = [false, false];
  private readonly sourceAt = [-99, -99];
  private sourceSeen(slot: number, named: boolean): void {
    this.sourceNamed[slot] = named;
    this.sourceAt[slot] = this.sentenceNo;
  }
  private sentenceNo = 0;
  constructor(
    private readonly a: Analyser,
    private readonly claims: Claim[],
    private readonly quiet: boolean,
  ) {}
  reset(sent: Span, a0: number, b: number): void {
    this.sent = sent;
    this.a0 = a0;
    this.b = b;
    this.anonymityAt = -2;
    this.lastComplement = -2;
    this.sentenceNo++;
    this.question = endsWithQuestionMark(this.a.text, sent);
    this.namedStatementBefore = -1;
  }
  /** Token after the subject of the sentence's first named or anaphoric statement (one with a complement), or -1. */
  private namedStatementBefore = -1;
  /** The sentence ends with a question mark (closing quotes and spaces skipped; a constant number of characters). */
  private question = false;
  /** Index of the sentence's last complementiser (أن، إن …), colon or opening quotation, computed once a sentence. */
  private lastComplement = -2;
  /** Does a reported content follow token k in this sentence (a named subject that reports, not وتظهر خروج …)? */
  private complementAfter(k: number): boolean {
    if (this.lastComplement === -2) {
      this.lastComplement = -1;
      const T = this.a.toks;
      for (let x = this.b - 1; x >= this.a0; x--) {
        // (by hash and by character: no string is made for the words scanned)
        const kd = T.k[x];
        if ((kd === K.Word && this.a.lex.complementiserKeys.has(key(T.h[x]))) || (kd === K.Punct && isQuoteOrColon(T.text.charCodeAt(T.s[x])))) {
          this.lastComplement = x;
          break;
        }
      }
    }
    return this.lastComplement >= k;
  }
  readonly push: Push = (c, np, verbTok) => {
    const a = this.a;
    let cls = c.cls;
    // a question asserts nothing: هل يتوقع الخبراء انفراجا؟
    if (this.question && (cls === 'vague' || cls === 'anonymous' || cls === 'impersonal')) cls = 'anaphoric';
    // a hedge inside a named speaker's statement is the speaker's: وأضاف الوزير أن … يرجح أن، وأفاد رئيس الفرقة أنه
    // استنادا إلى معلومات … (a vague source relayed by the speaker stays a claim: قال الوزير إن مصادر أكدت …)
    // (and so is "according to" inside it: وأضافت الناطقة باسم الرابطة أن … حسب شهادات بعض جيرانه)
    if ((cls === 'impersonal' || c.newsItem || c.testimony) && this.namedStatementBefore >= 0 && c.start > this.a.toks.s[this.namedStatementBefore]) cls = 'anaphoric';
    if (this.anonymityAt === -2 && np) this.anonymityAt = anonymityMarker(a, this.a0, this.b);
    const anonymityAt = this.anonymityAt;
    // anonymity clause after an indefinite subject: anonymous
    // (right after it: وقال قايد السبسي إن المستثمر … من دون الكشف عن هويته is about someone else)
    if (np && anonymityAt >= np.start && anonymityAt - np.end <= ANONYMITY_REACH && (cls === 'vague' || (cls === 'named' && !np.definite && a.kind(np.start) === K.Word))) cls = 'anonymous';
    // … and after a definite person with a relative clause that says it: وأضاف المسؤول، الذي طلب عدم نشر اسمه، أن
    // (or with no comma: وقال المسؤول الذي طلب عدم ذكر اسمه إن)
    if (np && cls === 'anaphoric' && isPerson(a, np) && ((anonymityAt > np.end + 1 && anonymityAt <= np.end + 4 && a.isPunct(np.end, '\u060c,') && a.lex.relatives.has(a.word(np.end + 1) ?? '')) || (anonymityAt > np.end && anonymityAt <= np.end + 3 && a.lex.relatives.has(a.word(np.end) ?? '')))) cls = 'anonymous';
    if (np) {
      // المصدر ذاته، وأضاف المصدر: the source named before, again — quiet when that one was named
      // (نفس المصادر، المصدر ذاته refer to the last "sources" or "source", not to an outlet that relayed them since:
      // وأكدت مصادر عسكرية …، وفق ما أوردته وكالة الأنباء. ورجحت نفس المصادر أن …)
      const cat = headCat(a, np);
      const slot = cat === 'source-pl' ? 1 : cat === 'source-sg' ? 0 : -1;
      if (np.back) {
        // (its own head first, at any distance: مصدر أمني … (a named outlet relays it) … وأضاف المصدر ذاته)
        const own = slot >= 0 && this.sourceAt[slot] > 0;
        // (past the window, the last source of the text: a source named several sentences back is still the one a bare
        // المصدر، المصدر الحقوقي repeats when no source came since — even half, issue 9's eighth pass)
        if ((own ? this.sourceNamed[slot] : this.lastNamed) === true) cls = 'anaphoric';
      } else if ((cls === 'named' || cls === 'anaphoric') && (c.cue === 'source-phrase' || this.complementAfter(np.end))) {
        this.lastNamed = true;
        if (slot >= 0) this.sourceSeen(slot, true);
        if (this.namedStatementBefore < 0) this.namedStatementBefore = np.end;
      } else if (cls === 'vague' || cls === 'anonymous' || cls === 'impersonal') {
        this.lastNamed = false;
        if (slot >= 0) this.sourceSeen(slot, false);
      }
    }
    // (a pronoun subject that reports: وأوضح في تصريح … أن)
    if (!np && cls === 'anaphoric' && verbTok !== undefined && this.namedStatementBefore < 0 && this.complementAfter(verbTok + 1)) this.namedStatementBefore = verbTok + 1;
    if (!this.quiet && cls !== 'vague' && cls !== 'anonymous' && cls !== 'impersonal') return;
    c.cls = cls;
    (c as Claim).sentence = this.sent;
    this.claims.push(c as Claim);
  };
}

/** : and the quotation marks of QUOTE_MARKS. */
function isQuoteOrColon(c: number): boolean {
  return c === 0x3a || c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x28 || c === 0x29;
}

/** How far after its subject an anonymity clause may start (مسؤول، فضل عدم الكشف عن هويته: 3 tokens; عقيد في شرطة محافظة الأنبار طلب عدم كشف: 6). */
const ANONYMITY_REACH = 7;
