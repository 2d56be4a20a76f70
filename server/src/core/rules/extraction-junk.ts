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
 * Why its own rule rather than `tatweel`'s kashida-glyph option or `bidi-control`: those characters are no
 * stretching a user may want (tatweel has an allow list and legitimate uses) and no format character that orders
 * or joins text (bidi-control keeps ZWNJ and, on request, the marks); they are never text, so the rule has no
 * option and no exception, and a user who turns either of the others off still gets a clean draft.
 */
import { ARABIC_TOKEN, CH, isWordJunk, JUNK } from '../text/chars';
import { codePointLabel } from '../text/charclass';
import { defineRule } from '../types';
import type { Edit, Rule, RuleFinding } from '../types';

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
  check({ text, message }) {
    const out: RuleFinding[] = [];
    const n = text.length;
    for (let i = 0; i < n; i++) {
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
