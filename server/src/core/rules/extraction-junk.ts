/**
 * extraction-junk — control characters and noncharacters a PDF extractor left in the text (issue 10).
 *
 * Browsers' PDF viewers (pdf.js, PDFium) and other extractors write a justification kashida glyph as a C0 control
 * character (U+0004, U+0005, U+0007, U+0008, U+001C …) or U+FFFE, and a glyph with no Unicode mapping as U+0000:
 * `الوز<U+0004>ارة` for `الوزارة`. Nobody types them, no font shows them, and they cut the word for search, for the
 * lexicon and for every rule that reads words (the tokeniser, `lexicon/tokens.ts`, reads the word whole; the
 * repaired view drops them as this rule does).
 *
 * Found: every run of JUNK characters (`text/chars.ts`: U+0000–0008, U+000E–001F, DEL, U+FFFE, U+FFFF); VT and FF
 * only between two characters of a word — between lines or paragraphs they are a line or page break
 * (pdftotext ends every page with FF). TAB, LF and CR are never junk. One finding per word that holds junk (the
 * word is the range, so the editor underlines something visible), or per run of junk outside a word; the
 * preferred fix removes the junk and nothing else.
 *
 * Kashida glyphs written as printable characters (issue 10: LibreOffice's kashida-justified PDFs through pdf.js and
 * PDFium, by font: `محط77ة`, `ملي#ار`, `ه$$ذا`, `الوز1ارة`) are text elsewhere, so the lexicon judges them
 * (`glyphFindings`): a run of one ASCII digit, `#`, `$` or `&` repeated (at most three times, `text/charclass.ts` printedKashidaRunEnd) between two Arabic letters is a kashida glyph when
 * the letters around it read as a word without it (three letters at least, or a two-letter word of the short list; a number of several digits, `سنة2015من`,
 * is no candidate), never after a lone clitic letter for a digit before a word (`ب3أيام`: a number glued to its
 * preposition; but `ل3حظة` is لحظة, and `ب333شباك`, `ل00لاستحقاق` are runs no number is written as) nor for
 * digits between two words (`من4الى`) unless clean news writes the word they make (`الفي5لم`), and only when the draft has two such confirmed words at least for that character (a font writes
 * every kashida with the same glyph) — one for `#`, `$` and `&`, which never stand inside an Arabic word otherwise. Where the lexicon cannot confirm a word in such a draft, the run is flagged and
 * its removal only offered.
 *
 * Why its own rule rather than `tatweel`'s kashida-glyph option or `bidi-control`: those characters are no
 * stretching a user may want (tatweel has an allow list and legitimate uses) and no format character that orders
 * or joins text (bidi-control keeps ZWNJ and, on request, the marks); they are never text, so the rule has no
 * option and no exception, and a user who turns either of the others off still gets a clean draft.
 */
import { ARABIC_TOKEN, CH, isWordJunk, JUNK } from '../text/chars';
import { codePointLabel, isPrintedKashidaChar, printedKashidaRunEnd } from '../text/charclass';
import { isAttested, isLikelyWord, isWord } from '../lexicon/index';
import { isNewsWord } from '../lexicon/pairs';
import { nextOf, PRINTED_KASHIDA_RE, WORD_JUNK_RE } from '../text/scan';
import { defineRule } from '../types';
import type { Document } from '../document';
import type { Edit, Rule, RuleContext, RuleFinding } from '../types';

const isToken = (c: number): boolean => (CH[c] & ARABIC_TOKEN) !== 0;
const isJunk = (c: number): boolean => (CH[c] & JUNK) !== 0;

/** The edits that remove the junk of text[s, e): its junk runs, VT and FF only where letters stand on both sides. */
function junkEdits(text: string, s: number, e: number): Edit[] {
  const edits: Edit[] = [];
  for (let i = s; i < e; i++) {
    if (!isWordJunk(text.charCodeAt(i))) continue;
    let q = i;
    while (q < e && isWordJunk(text.charCodeAt(q))) q++;
    const inWord = i > 0 && isToken(text.charCodeAt(i - 1)) && q < text.length && isToken(text.charCodeAt(q));
    if (inWord) edits.push({ start: i, end: q, newText: '' });
    else {
      // outside a word VT and FF stay (line and page breaks): only the runs of JUNK go
      for (let k = i; k < q; k++) {
        if (!isJunk(text.charCodeAt(k))) continue;
        let j = k;
        while (j < q && isJunk(text.charCodeAt(j))) j++;
        // (junk standing alone between two spaces goes with one of them: `كلمة <U+0007> كلمة` → `كلمة كلمة`)
        const alone = k > 0 && text.charCodeAt(k - 1) === 0x20 && j < text.length && text.charCodeAt(j) === 0x20;
        edits.push({ start: k, end: alone ? j + 1 : j, newText: '' });
        k = j - 1;
      }
    }
    i = q - 1;
  }
  return edits;
}

/** The distinct code points removed by `edits`, as labels: `<U+0004>`, `<U+0000> <U+001C>`. */
function labels(text: string, edits: readonly Edit[]): string {
  const seen: number[] = [];
  for (const ed of edits) {
    for (let i = ed.start; i < ed.end && seen.length < 4; i++) {
      const c = text.charCodeAt(i);
      if (!seen.includes(c)) seen.push(c);
    }
  }
  return seen.map((c) => `<${codePointLabel(c)}>`).join(' ');
}

export const extractionJunk: Rule = defineRule({
  id: 'extraction-junk',
  title: { en: 'Control characters left by extraction', ar: 'محارف تحكم خلّفها الاستخراج' },
  description: {
    en: 'Flags control characters and noncharacters (U+0000–001F but tab and line breaks, U+FFFE) that PDF extractors write for kashida and unmapped glyphs, inside or between words; form feed and vertical tab only inside a word. The fix removes them.',
    ar: 'ينبّه إلى محارف التحكم واللامحارف (U+0000–001F عدا الجدولة وفواصل الأسطر، وU+FFFE) التي تكتبها أدوات استخراج PDF مكان الكشيدة والرموز غير المعرّفة، داخل الكلمات أو بينها؛ ولا ينبّه إلى فاصل الصفحة والجدولة العمودية إلا داخل الكلمة. والإصلاح يحذفها.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'line',
  options: {},
  messages: {
    inWord: {
      en: 'Extraction junk in “{word}”: {chars} (a kashida or a glyph the PDF extractor could not read) is no text.',
      ar: 'محارف دخيلة في «{word}»: {chars} (كشيدة أو رمز لم تقرأه أداة الاستخراج) ليست من النص.',
    },
    glyph: {
      en: 'Kashida glyph in “{word}”: {chars} is what the PDF extractor wrote for a justification stretch, no text.',
      ar: 'كشيدة في «{word}»: {chars} هو ما كتبته أداة الاستخراج مكان مدّ التسوية، وليس من النص.',
    },
    glyphUnsure: {
      en: 'Perhaps a kashida glyph in “{word}”: this draft writes its justification stretches as {chars}, but the word is not one the lexicon knows.',
      ar: 'لعلها كشيدة في «{word}»: هذه المسودة تكتب مدّ التسوية {chars}، لكن الكلمة ليست مما يعرفه المعجم.',
    },
    unmapped: {
      en: 'Unmapped glyph in “{word}”: {chars} stands where the PDF extractor could not read a glyph; a letter may be missing there.',
      ar: 'رمز غير معرّف في «{word}»: {chars} في موضع رمز لم تقرأه أداة الاستخراج؛ قد يكون حرف ناقصًا هناك.',
    },
    between: {
      en: 'Extraction junk: {chars} left by PDF extraction is no text.',
      ar: 'محارف دخيلة: {chars} خلّفها استخراج النص من PDF وليست من النص.',
    },
    remove: {
      en: 'Remove {chars}: “{word}”',
      ar: 'حذف {chars}: «{word}»',
    },
    removeBetween: {
      en: 'Remove {chars}',
      ar: 'حذف {chars}',
    },
  },
  check({ text, message, doc }) {
    const out: RuleFinding[] = glyphFindings(text, doc, message);
    const n = text.length;
    // (from one junk character, VT or FF to the next: a native scan, text/scan.ts)
    for (let i = nextOf(WORD_JUNK_RE, text, 0); i >= 0 && i < n; i = nextOf(WORD_JUNK_RE, text, i + 1)) {
      const c = text.charCodeAt(i);
      // (VT and FF open a finding only between two characters of a word: junkEdits decides)
      if (!isJunk(c) && !((c === 0x0b || c === 0x0c) && i > 0 && isToken(text.charCodeAt(i - 1)))) continue;
      // the word around the junk: token characters and junk on both sides (each character visited once: the scan
      // back stops at the end of the previous finding's word, which ended on a character that is neither)
      let s = i;
      while (s > 0 && isToken(text.charCodeAt(s - 1))) s--;
      let e = i;
      while (e < n && (isToken(text.charCodeAt(e)) || isWordJunk(text.charCodeAt(e)))) e++;
      // (a VT/FF run ending the word is a break, not part of it)
      while (e > i && (text.charCodeAt(e - 1) === 0x0b || text.charCodeAt(e - 1) === 0x0c)) e--;
      const edits = junkEdits(text, s, e);
      i = Math.max(i, e - 1);
      if (!edits.length) continue;
      let hasToken = false;
      for (let k = s; k < e && !hasToken; k++) hasToken = isToken(text.charCodeAt(k));
      const chars = labels(text, edits);
      if (!hasToken) {
        out.push({
          start: edits[0].start,
          end: edits[edits.length - 1].end,
          message: message('between', { chars }),
          fixes: [{ title: message('removeBetween', { chars }), edits, preferred: true }],
        });
        continue;
      }
      let word = '';
      let pos = s;
      for (const ed of edits) {
        word += text.slice(pos, ed.start);
        pos = ed.end;
      }
      word += text.slice(pos, e);
      let nul = false;
      for (const ed of edits) for (let k = ed.start; k < ed.end && !nul; k++) nul = text.charCodeAt(k) === 0;
      out.push({
        start: s,
        end: e,
        message: message(nul ? 'unmapped' : 'inWord', { word, chars }),
        fixes: [{ title: message('remove', { chars, word }), edits, preferred: true }],
      });
    }
    return out;
  },
});

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A lone letter that is a clitic (ب ل ك ف و): a digit after it is a number glued to its preposition. */
const isCliticLetter = (c: number): boolean => c === 0x0628 || c === 0x0644 || c === 0x0643 || c === 0x0641 || c === 0x0648;

/** Is the run [s, e) one no number is written as: zeros only, or one digit three times (`000`, `333`)? */
function noNumber(text: string, s: number, e: number): boolean {
  return text.charCodeAt(s) === 0x30 || e - s >= 3;
}

interface GlyphWord {
  /** The word: Arabic tokens and the glyph runs between them. */
  ws: number;
  we: number;
  /** Its glyph runs, [start, end) each. */
  runs: number[];
  /** The word without them. */
  word: string;
  /** Does the lexicon confirm it (see glyphFindings)? */
  confirmed: boolean;
}

/**
 * Kashida glyphs written as digits, `#` or `$` inside words, confirmed by the lexicon and by a second confirmed word
 * for the same character in the draft (see the header). One finding per word, the word its range; linear: each
 * character is read a bounded number of times, each candidate word costs a few lexicon look-ups.
 */
function glyphFindings(text: string, doc: Document, message: RuleContext['message']): RuleFinding[] {
  const words: GlyphWord[] = [];
  const counts = new Map<number, number>();
  const n = text.length;
  // (from one digit, `#`, `$` or `&` to the next: a native scan, text/scan.ts)
  for (let i = nextOf(PRINTED_KASHIDA_RE, text, 0); i >= 0 && i < n; i = nextOf(PRINTED_KASHIDA_RE, text, i + 1)) {
    if (printedKashidaRunEnd(text, i) < 0) continue;
    // the word around it: tokens and candidate runs (anything else — a number, a space — ends it)
    let ws = i;
    while (ws > 0 && isToken(text.charCodeAt(ws - 1))) ws--;
    const runs: number[] = [];
    let we = i;
    while (we < n) {
      if (isToken(text.charCodeAt(we))) {
        we++;
        continue;
      }
      const q = printedKashidaRunEnd(text, we);
      if (q < 0) break;
      runs.push(we, q);
      we = q;
    }
    i = we;
    let word = '';
    let pos = ws;
    for (let r = 0; r < runs.length; r += 2) {
      word += text.slice(pos, runs[r]);
      pos = runs[r + 1];
    }
    word += text.slice(pos, we);
    // confirmed: a word of the lexicon (or one clean news writes again and again: a name) without the runs, and no run a
    // digit after a lone clitic letter (ب3أيام: a number glued to its preposition)
    // (a word of two letters, م##ا، ه77و, from the short-word list only, and it does not count towards the draft's tally)
    let fine = word.length >= 3 ? isWord(word) || isAttested(word) : word.length === 2 && isLikelyWord(word);
    let at = 0;
    for (let r = 0; r < runs.length && fine; r += 2) {
      at += (r === 0 ? runs[0] - ws : runs[r] - runs[r - 1]);
      const left = word.slice(0, at);
      const c = text.charCodeAt(runs[r]);
      // (digits between two words are a number glued to them, من4الى، من11الى — unless clean news writes the word
      // they make, الفي5لم: the mined counts of lexicon/pairs.ts)
      if (isDigit(c) && isLikelyWord(left) && isLikelyWord(word.slice(at)) && !isNewsWord(word) && !noNumber(text, runs[r], runs[r + 1])) fine = false;
      // (ب، ل، ك, or و/ف and one of them — before a word: `ل3حظة` is لحظة, whose ل is no clitic; and not a run no
      // number is written as, zeros or one digit three times: `ب333شباك`, `ل00لاستحقاق`; a lone # there is a hashtag,
      // `و#الجزائر`)
      if (
        (isDigit(c) || (c === 0x23 && runs[r + 1] - runs[r] === 1)) &&
        (left.length === 1 ? isCliticLetter(left.charCodeAt(0)) : left.length === 2 && (left.charCodeAt(0) === 0x0648 || left.charCodeAt(0) === 0x0641) && isCliticLetter(left.charCodeAt(1))) &&
        isLikelyWord(word.slice(at)) &&
        !noNumber(text, runs[r], runs[r + 1])
      )
        fine = false;
    }
    words.push({ ws, we, runs, word, confirmed: fine });
    if (!fine || word.length < 3) continue;
    for (let r = 0; r < runs.length; r += 2) {
      const c = text.charCodeAt(runs[r]);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  // (each character's confirmed runs counted over the whole draft; the decision taken only where a word waits on it)
  for (let c = 0x23; c <= 0x39; c++) if (isPrintedKashidaChar(c)) doc.count(`extraction-junk.glyph${c}`, counts.get(c) ?? 0);
  const out: RuleFinding[] = [];
  const ok = new Map<number, boolean>();
  const decided = (c: number): boolean => {
    let yes = ok.get(c);
    if (yes === undefined) {
      const name = `extraction-junk.glyph${c}`;
      // (a digit may be a number glued to a word: two confirmed words; `#`, `$`, `&` never stand inside an Arabic word
      // otherwise: one, a draft of one line with one such word, `من ال##ساعة العاشرة`)
      const need = c === 0x23 || c === 0x24 || c === 0x26 ? 1 : 2;
      yes = doc.decide((total) => total(name) >= need);
      ok.set(c, yes);
    }
    return yes;
  };
  for (const w of words) {
    const edits: Edit[] = [];
    for (let r = 0; r < w.runs.length; r += 2) if (decided(text.charCodeAt(w.runs[r]))) edits.push({ start: w.runs[r], end: w.runs[r + 1], newText: '' });
    if (edits.length < w.runs.length / 2) continue;
    const chars = [...new Set(edits.map((e) => text.slice(e.start, e.end)))].map((g) => `“${g}”`).join(' ');
    // (a word the lexicon cannot confirm, in a draft whose font prints its kashida so: flagged, the fix only offered)
    out.push({
      start: w.ws,
      end: w.we,
      message: message(w.confirmed ? 'glyph' : 'glyphUnsure', { word: w.word, chars }),
      fixes: [{ title: message('remove', { chars, word: w.word }), edits, preferred: w.confirmed }],
    });
  }
  return out;
}
