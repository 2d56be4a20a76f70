/**
 * Character classes for the character-level rules (presentation-form, bidi-control, mixed-digits,
 * latin-punctuation, diacritic). All functions take UTF-16 code units and are O(1), except the
 * bounded `chunkAround` helpers.
 */
import { isArabicLetter, isArabicMark, isLatinLetter, isPresentationForm, isWhitespace, TATWEEL } from './arabic';
import { nfkc } from './chars';

// ---------------------------------------------------------------------------------------------
// Presentation forms

/** Joining form of a presentation-form code point, from its Unicode decomposition tag. */
export const enum Form {
  None = 0,
  Isolated = 1,
  Final = 2,
  Initial = 3,
  Medial = 4,
}

/**
 * Decomposition tags of U+FB50–U+FDFF followed by U+FE70–U+FEFC, run-length encoded
 * (i isolated, f final, n initial, m medial, - none; a count follows a letter repeated more than
 * once). Generated from UnicodeData (Unicode 14) with Python's unicodedata.
 */
const FORMS_RLE =
  'ififnmifnmifnmifnmifnmifnmifnmifnmifnmifnmifnmifnmifififififififnmifnmifnmifnmififnmififnmifnmifif' +
  '-33ifnmifififi2fifififnmnmifififififififnifnifnmi100f51n72m22i28f28n7m8fi-18nfn6fnf2n2f2n2fnfnf2nf2n' +
  'fnf2nfn2f3nf5nf5nf2nfn3fn4-2n4f2nf4nf22n2f2nfnf8n3f2-40i13-3imi-i-imimimimimi2fififififnmififnmififn' +
  'mifnmifnmifnmifnmifififififnmifnmifnmifnmifnmifnmifnmifnmifnmifnmifnmifnmifnmifnmifnmifififnmifififi' +
  'f';

const FORM_A_START = 0xfb50; // FB50–FDFF: 688 code points
const FORM_B_START = 0xfe70; // FE70–FEFC: 141 code points
const FORM_A_LEN = 0xfe00 - FORM_A_START;

const FORMS: Uint8Array = (() => {
  const out = new Uint8Array(FORM_A_LEN + (0xfefd - FORM_B_START));
  const code: Record<string, number> = { i: Form.Isolated, f: Form.Final, n: Form.Initial, m: Form.Medial, '-': Form.None };
  let k = 0;
  const re = /([ifnm-])(\d*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(FORMS_RLE)) && k < out.length) {
    const n = m[2] ? Number(m[2]) : 1;
    for (let j = 0; j < n && k < out.length; j++) out[k++] = code[m[1]];
  }
  return out;
})();

export function joiningForm(c: number): Form {
  if (c >= FORM_A_START && c < 0xfe00) return FORMS[c - FORM_A_START] as Form;
  if (c >= FORM_B_START && c <= 0xfefc) return FORMS[FORM_A_LEN + c - FORM_B_START] as Form;
  return Form.None;
}

/** The form joins the letter before it (logical order): final or medial. */
export function joinsPrev(f: Form): boolean {
  return f === Form.Final || f === Form.Medial;
}
/** The form joins the letter after it (logical order): initial or medial. */
export function joinsNext(f: Form): boolean {
  return f === Form.Initial || f === Form.Medial;
}

/**
 * Were two letters on either side of a space drawn apart (not one word torn by a gap)? Only presentation forms say so:
 * the glyph before the space is the isolated or final form of a letter that joins the next one (`ﺏ ﻣﻠﻴﺎﺭ`: ب alone,
 * where a number went), or the glyph after it is the isolated or initial form of a letter that joins the one before
 * while that one could join it. A word torn by a justification gap keeps its joined shapes (`ﺗﻤﻮ ﻳﻞ`). Plain letters
 * say nothing: false.
 */
export function drawnApart(before: number, after: number): boolean {
  const a = joiningForm(before);
  const dualBefore = isDualJoining(a === Form.None ? before : nfkc(before).charCodeAt(nfkc(before).length - 1));
  if (a !== Form.None && dualBefore && !joinsNext(a)) return true;
  const b = joiningForm(after);
  if (b === Form.None || joinsPrev(b) || !dualBefore) return false;
  const base = nfkc(after).charCodeAt(0);
  return (SHAPES.get(base)?.length ?? 0) >= 2;
}

/** A letter that joins the letters on both sides (it has initial and medial forms). */
function isDualJoining(c: number): boolean {
  return (SHAPES.get(c)?.length ?? 0) === 4;
}

/** Presentation forms whose NFKC is different from themselves (the ones a fix can normalise). */
const CONVERTIBLE: Uint8Array = (() => {
  const out = new Uint8Array(0xfefd - FORM_A_START);
  for (let c = FORM_A_START; c <= 0xfefc; c++) {
    if (!isPresentationForm(c)) continue;
    if (nfkc(c) !== String.fromCharCode(c)) out[c - FORM_A_START] = 1;
  }
  return out;
})();

export function isConvertiblePresentationForm(c: number): boolean {
  return c >= FORM_A_START && c <= 0xfefc && CONVERTIBLE[c - FORM_A_START] === 1;
}

/** Spacing forms of harakat whose NFKC is SPACE + mark(s): FE70, FE72, …, FE7E and the shadda ligatures FC5E–FC63. */
export function isSpacingMarkForm(c: number): boolean {
  return (c >= 0xfe70 && c <= 0xfe7e && (c & 1) === 0 && c !== 0xfe73 && c !== 0xfe75) || (c >= 0xfc5e && c <= 0xfc63);
}

/** Word ligatures U+FDF0–U+FDFC (ﷲ, ﷺ, ﷻ, the rial sign …): whole words or phrases in one code point. */
export function isWordLigature(c: number): boolean {
  return c >= 0xfdf0 && c <= 0xfdfc;
}

// ---------------------------------------------------------------------------------------------
// Invisible controls

/** Bidi embedding/override/isolate controls and implicit marks (LRM, RLM, ALM). */
export function isBidiControl(c: number): boolean {
  return c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c;
}

/** A kashida (justification stretch) as some PDF extractors write it inside a word: `!`, `%` or U+FFFD. */
export function isKashidaGlyph(c: number): boolean {
  return c === 0x21 || c === 0x25 || c === 0xfffd;
}

/**
 * Printable characters some fonts' kashida glyphs come out as in LibreOffice's PDFs through pdf.js and PDFium (issue
 * 10): ASCII digits, `#`, `$`, `&`, `)` (PDFium: `لجن)ة`, `الدولي)))ة`) — text elsewhere, so only a run of one of them
 * repeated (at most three times) between two Arabic letters is a candidate (`محط77ة`, `ملي#ار`, `دولي&&ة`), and the
 * extraction-junk rule confirms it
 * with the lexicon. Other rules leave such a run alone (a space put beside it, a join across it).
 */
export function isPrintedKashidaChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x23 || c === 0x24 || c === 0x26 || c === 0x29;
}

/** The end of the candidate printed-kashida run starting at i (see isPrintedKashidaChar), or -1. */
export function printedKashidaRunEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (!isPrintedKashidaChar(c) || i === 0 || !isArabicLetter(text.charCodeAt(i - 1))) return -1;
  let q = i + 1;
  // (bounded: a longer run is no candidate, and a megabyte of one digit costs four steps here)
  while (q < text.length && q - i < 4 && text.charCodeAt(q) === c) q++;
  // (a haraka may stand right after the run: PDFium on LibreOffice's PDFs puts a shadda a letter early, للش&&&ّغالين)
  return q - i <= 3 && q < text.length && (isArabicLetter(text.charCodeAt(q)) || isArabicMark(text.charCodeAt(q))) ? q : -1;
}

/** Does a candidate printed-kashida run end at `end` (text[end - 1] a glyph character)? */
export function printedKashidaRunBefore(text: string, end: number): boolean {
  if (end < 1) return false;
  const c = text.charCodeAt(end - 1);
  if (!isPrintedKashidaChar(c)) return false;
  let s = end - 1;
  while (s > 0 && end - s < 4 && text.charCodeAt(s - 1) === c) s--;
  return printedKashidaRunEnd(text, s) === end;
}

/** Implicit directional marks: LRM, RLM, ALM. */
export function isDirectionalMark(c: number): boolean {
  return c === 0x200e || c === 0x200f || c === 0x061c;
}

/** Zero-width characters: ZWSP, ZWNJ, ZWJ, ZWNBSP (BOM). */
export function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0xfeff;
}

/** Deprecated format characters U+206A–U+206F (symmetric swapping, Arabic form shaping, digit shapes). */
export function isDeprecatedFormat(c: number): boolean {
  return c >= 0x206a && c <= 0x206f;
}

/** Any invisible control the bidi-control rule looks at. */
export function isInvisibleControl(c: number): boolean {
  return isBidiControl(c) || isZeroWidth(c) || isDeprecatedFormat(c);
}

export const CONTROL_NAMES: Record<number, { abbr: string; en: string; ar: string }> = {
  0x200e: { abbr: 'LRM', en: 'left-to-right mark', ar: 'علامة الاتجاه من اليسار إلى اليمين' },
  0x200f: { abbr: 'RLM', en: 'right-to-left mark', ar: 'علامة الاتجاه من اليمين إلى اليسار' },
  0x061c: { abbr: 'ALM', en: 'Arabic letter mark', ar: 'علامة الحرف العربي' },
  0x202a: { abbr: 'LRE', en: 'left-to-right embedding', ar: 'تضمين من اليسار إلى اليمين' },
  0x202b: { abbr: 'RLE', en: 'right-to-left embedding', ar: 'تضمين من اليمين إلى اليسار' },
  0x202c: { abbr: 'PDF', en: 'pop directional formatting', ar: 'إنهاء التنسيق الاتجاهي' },
  0x202d: { abbr: 'LRO', en: 'left-to-right override', ar: 'فرض الاتجاه من اليسار إلى اليمين' },
  0x202e: { abbr: 'RLO', en: 'right-to-left override', ar: 'فرض الاتجاه من اليمين إلى اليسار' },
  0x2066: { abbr: 'LRI', en: 'left-to-right isolate', ar: 'عزل من اليسار إلى اليمين' },
  0x2067: { abbr: 'RLI', en: 'right-to-left isolate', ar: 'عزل من اليمين إلى اليسار' },
  0x2068: { abbr: 'FSI', en: 'first strong isolate', ar: 'عزل بحسب أول حرف قوي' },
  0x2069: { abbr: 'PDI', en: 'pop directional isolate', ar: 'إنهاء العزل الاتجاهي' },
  0x200b: { abbr: 'ZWSP', en: 'zero width space', ar: 'مسافة بعرض صفر' },
  0x200c: { abbr: 'ZWNJ', en: 'zero width non-joiner', ar: 'فاصل بعرض صفر (مانع الوصل)' },
  0x200d: { abbr: 'ZWJ', en: 'zero width joiner', ar: 'واصل بعرض صفر' },
  0xfeff: { abbr: 'ZWNBSP', en: 'zero width no-break space (byte order mark)', ar: 'مسافة غير فاصلة بعرض صفر (علامة ترتيب البايتات)' },
  0x206a: { abbr: 'ISS', en: 'inhibit symmetric swapping (deprecated)', ar: 'منع التبديل المتناظر (مهجور)' },
  0x206b: { abbr: 'ASS', en: 'activate symmetric swapping (deprecated)', ar: 'تفعيل التبديل المتناظر (مهجور)' },
  0x206c: { abbr: 'IAFS', en: 'inhibit Arabic form shaping (deprecated)', ar: 'منع تشكيل الحروف العربية (مهجور)' },
  0x206d: { abbr: 'AAFS', en: 'activate Arabic form shaping (deprecated)', ar: 'تفعيل تشكيل الحروف العربية (مهجور)' },
  0x206e: { abbr: 'NADS', en: 'national digit shapes (deprecated)', ar: 'أشكال الأرقام الوطنية (مهجور)' },
  0x206f: { abbr: 'NODS', en: 'nominal digit shapes (deprecated)', ar: 'أشكال الأرقام الاسمية (مهجور)' },
};

/** U+XXXX */
export function codePointLabel(c: number): string {
  return 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
}

// ---------------------------------------------------------------------------------------------
// Letters and marks

/** A character that carries a haraka: Arabic letter, tatweel, or a presentation-form letter. */
export function isMarkCarrier(c: number): boolean {
  return isArabicLetter(c) || c === TATWEEL || (isPresentationForm(c) && !isSpacingMarkForm(c) && !(c >= 0xfe70 && c <= 0xfe7f));
}

/** The harakat proper: tanwin (U+064B–064D), fatha, damma, kasra, shadda, sukun (U+064E–0652). */
export function isHaraka(c: number): boolean {
  return c >= 0x064b && c <= 0x0652;
}

export function isTanwin(c: number): boolean {
  return c >= 0x064b && c <= 0x064d;
}

/**
 * Marks that extraction detaches from their letter: harakat, maddah/hamza above/below (U+0653–0655)
 * and superscript alef (U+0670). Quranic annotation marks (U+06D6–06ED) are left alone: pause
 * signs legitimately stand after a space in Quranic text.
 */
export function isDetachableMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x0655) || c === 0x0670;
}

export { isArabicMark };

/** Letters that only Persian/Urdu spelling uses (never Arabic): ک ی and the Urdu ٹ ڈ ڑ ں ھ ے ۓ. */
export function isPersianUrduLetter(c: number): boolean {
  return (
    c === 0x06a9 ||
    c === 0x06cc ||
    c === 0x0679 ||
    c === 0x0688 ||
    c === 0x0691 ||
    c === 0x06ba ||
    c === 0x06be ||
    c === 0x06d2 ||
    c === 0x06d3
  );
}

/** Any letter or combining mark, any script (for ZWNJ/ZWJ neighbours). */
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
export function isAnyLetterOrMark(c: number): boolean {
  if (c < 0x80) return isLatinLetter(c);
  if (isArabicLetter(c) || isArabicMark(c) || isPresentationForm(c)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_OR_MARK.test(String.fromCharCode(c));
}

// ---------------------------------------------------------------------------------------------
// Digits

export const enum DigitSystem {
  None = 0,
  Western = 1,
  ArabicIndic = 2,
  Persian = 3,
}

export function digitSystem(c: number): DigitSystem {
  if (c >= 0x30 && c <= 0x39) return DigitSystem.Western;
  if (c >= 0x0660 && c <= 0x0669) return DigitSystem.ArabicIndic;
  if (c >= 0x06f0 && c <= 0x06f9) return DigitSystem.Persian;
  return DigitSystem.None;
}

const DIGIT_ZERO = [0, 0x30, 0x0660, 0x06f0];

/** Value 0–9 of a digit of any system, or -1. */
export function digitValue(c: number): number {
  const s = digitSystem(c);
  return s === DigitSystem.None ? -1 : c - DIGIT_ZERO[s];
}

/** Rewrite every digit of `s` in `system`; other characters unchanged. */
export function convertDigits(s: string, system: DigitSystem): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const v = digitValue(s.charCodeAt(i));
    out += v < 0 ? s[i] : String.fromCharCode(DIGIT_ZERO[system] + v);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Chunks (whitespace-delimited tokens), bounded

const WHITESPACE = /[ \t\u00A0\u3000\u2000-\u200A\u202F\n\r\u2028\u2029]/g;

/**
 * Classifies the whitespace-delimited chunk around an offset, with a cache: queries must come in
 * increasing offset order (as a rule scans the text), and each chunk is scanned once, so a whole
 * pass stays linear. A chunk longer than `maxLen` is "long" (code or data) and gets `longValue`.
 */
export class ChunkClassifier {
  private start = -1;
  private end = -1;
  private value = false;

  constructor(
    private readonly text: string,
    private readonly classify: (chunk: string, start: number, end: number) => boolean,
    private readonly maxLen = 400,
    private readonly longValue = true,
  ) {}

  at(i: number): boolean {
    if (i >= this.start && i < this.end) return this.value;
    const text = this.text;
    let s = i;
    let long = false;
    while (s > 0 && !isWhitespace(text.charCodeAt(s - 1))) {
      if (i - s >= this.maxLen) {
        long = true;
        break;
      }
      s--;
    }
    WHITESPACE.lastIndex = i;
    const m = WHITESPACE.exec(text);
    const e = m ? m.index : text.length;
    if (e - s > this.maxLen) long = true;
    this.start = s;
    this.end = Math.max(e, i + 1);
    this.value = long ? this.longValue : this.classify(text.slice(s, e), s, e);
    return this.value;
  }
}

/** A chunk that is (part of) a URL, an e-mail address or a domain name. */
export function isUrlOrEmail(chunk: string): boolean {
  return /:\/\/|^www\.|[\w.-]@[\w-]|\.(?:com|org|net|tn|info|gov|edu|io)\b/i.test(chunk);
}

/** A chunk that looks like code or markup: carries = { } [ ] < > ` _ \ | or a URL/e-mail. */
export function isCodeLike(chunk: string): boolean {
  return /[={}[\]<>`_\\|]/.test(chunk) || isUrlOrEmail(chunk);
}

// ---------------------------------------------------------------------------------------------
// Shaping (for tests and tools): letters → presentation forms

/** letter → [isolated, final, initial?, medial?] from U+FE80–U+FEF4. */
const SHAPES: Map<number, number[]> = (() => {
  const m = new Map<number, number[]>();
  for (let c = 0xfe80; c <= 0xfef4; c++) {
    const base = nfkc(c);
    if (base.length !== 1) continue;
    const k = base.charCodeAt(0);
    const forms = m.get(k) ?? [];
    forms.push(c);
    m.set(k, forms);
  }
  return m;
})();
/** alef variant → lam-alef isolated form (final = +1). */
const LAM_ALEF: Record<number, number> = { 0x0622: 0xfef5, 0x0623: 0xfef7, 0x0625: 0xfef9, 0x0627: 0xfefb };

/**
 * Write Arabic letters (U+0621–U+064A) as the presentation forms a PDF extractor produces: each
 * letter in its joining form, lam + alef as one ligature; marks and other characters unchanged.
 * With `visual`, the result is also reversed (clusters of letter + marks), as a line extracted
 * in visual order.
 */
export function toPresentationForms(s: string, visual = false): string {
  const cs: number[] = [];
  for (let i = 0; i < s.length; i++) cs.push(s.charCodeAt(i));
  const letterAt = (i: number, dir: 1 | -1): number => {
    for (let j = i + dir; j >= 0 && j < cs.length; j += dir) {
      if (isArabicMark(cs[j])) continue;
      return SHAPES.has(cs[j]) ? j : -1;
    }
    return -1;
  };
  const dual = (c: number) => (SHAPES.get(c)?.length ?? 0) === 4;
  const parts: string[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    const forms = SHAPES.get(c);
    if (!forms) {
      if (isArabicMark(c) && parts.length) parts[parts.length - 1] += String.fromCharCode(c);
      else parts.push(String.fromCharCode(c));
      continue;
    }
    const p = letterAt(i, -1);
    const joinP = p >= 0 && dual(cs[p]) && forms.length >= 2;
    const n = letterAt(i, 1);
    if (c === 0x0644 && n >= 0 && LAM_ALEF[cs[n]] !== undefined) {
      // lam + marks + alef → ligature, the marks after it
      let marks = '';
      for (let j = i + 1; j < n; j++) marks += String.fromCharCode(cs[j]);
      parts.push(String.fromCharCode(LAM_ALEF[cs[n]] + (joinP ? 1 : 0)) + marks);
      i = n;
      continue;
    }
    const joinN = n >= 0 && forms.length === 4 && (SHAPES.get(cs[n])?.length ?? 0) >= 2;
    const f = joinP ? (joinN ? 3 : 1) : joinN ? 2 : 0;
    parts.push(String.fromCharCode(forms[Math.min(f, forms.length - 1)]));
  }
  return visual ? parts.reverse().join('') : parts.join('');
}
