/**
 * latin-punctuation — a Latin comma, semicolon or question mark (`,` `;` `?`) in Arabic text, where
 * the Arabic ones (`،` `؛` `؟`) belong: `قال الوزير, إن`, `هل حضرت?`.
 *
 * Flagged when the text before the mark (spaces, closing quotes/brackets, and for `?` other
 * `?`/`!`, skipped) ends in an Arabic word — or in a number that itself follows an Arabic word
 * (`عام 2015, قال`, `عاموس-6, وتمتد`) — and the text after it (spaces skipped) is Arabic, a digit,
 * an opening quote or bracket before Arabic, or the end of the line; `?` may also be followed by
 * `!`, `.` or a closing mark. A short Latin token embedded in Arabic text (`شركة Apple, وقالت`,
 * `(WDR), فإن`) counts too, but only when an Arabic word follows directly: the sentence is Arabic.
 * The fix replaces the one character.
 *
 * Not flagged: inside numbers (`1,000`, `٣,٥`, `2015, 2016`), in Latin words and sentences
 * (`"Hello, world"`, `مرحبا, world`), in URLs, e-mail addresses and code-like chunks (`?q=`, `x_1,y`,
 * `[a, b]`: a chunk with = { } [ ] < > ` _ \ | :// www. @).
 */
import { isAnyDigit, isArabicWordChar, isLatinLetter, isLineBreak, isSpace } from '../text/arabic';
import { ChunkClassifier, isCodeLike } from '../text/charclass';
import { defineRule } from '../types';
import type { Rule, RuleFinding } from '../types';

const PUNCT = /[,;?]/g;

const ARABIC: Record<string, { ch: string; en: string; ar: string; enLatin: string; arLatin: string }> = {
  ',': { ch: '\u060C', en: 'Arabic comma', ar: 'الفاصلة العربية', enLatin: 'Latin comma', arLatin: 'فاصلة لاتينية' },
  ';': { ch: '\u061B', en: 'Arabic semicolon', ar: 'الفاصلة المنقوطة العربية', enLatin: 'Latin semicolon', arLatin: 'فاصلة منقوطة لاتينية' },
  '?': { ch: '\u061F', en: 'Arabic question mark', ar: 'علامة الاستفهام العربية', enLatin: 'Latin question mark', arLatin: 'علامة استفهام لاتينية' },
};

function isClosing(c: number): boolean {
  return c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x22 || c === 0x27;
}
function isOpening(c: number): boolean {
  return c === 0xab || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b || c === 0x22 || c === 0x27;
}
function isNumberChar(c: number): boolean {
  return isAnyDigit(c) || c === 0x2c || c === 0x2e || c === 0x066b || c === 0x066c || c === 0x25 || c === 0x066a || c === 0x2d || c === 0x2f;
}


/** Index of the last meaningful character before k, or -1 (bounded look-back). */
function leftContext(text: string, k: number, question: boolean): number {
  let p = k - 1;
  let skipped = 0;
  while (p >= 0 && skipped < 4) {
    const c = text.charCodeAt(p);
    if (isSpace(c) || isClosing(c) || (question && (c === 0x3f || c === 0x21))) {
      p--;
      skipped++;
      continue;
    }
    break;
  }
  return p;
}

export const latinPunctuation: Rule = defineRule({
  id: 'latin-punctuation',
  title: { en: 'Latin punctuation in Arabic text', ar: 'علامات ترقيم لاتينية في نص عربي' },
  description: {
    en: 'Flags a Latin comma, semicolon or question mark between Arabic words, where the Arabic ، ؛ ؟ belong; numbers, Latin text, URLs and code are left alone.',
    ar: 'ينبّه إلى الفاصلة أو الفاصلة المنقوطة أو علامة الاستفهام اللاتينية بين الكلمات العربية حيث مكان ، ؛ ؟ العربية، ويستثني الأعداد والنصوص اللاتينية والروابط والشيفرات.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'line',
  options: {},
  messages: {
    latin: {
      en: '{latinName} “{ch}” in Arabic text: use the {arabicName} “{arabic}”.',
      ar: '{latinName} «{ch}» في نص عربي: استعمل {arabicName} «{arabic}».',
    },
    replace: {
      en: 'Replace with “{arabic}”',
      ar: 'وضع «{arabic}» مكانها',
    },
  },
  check({ text, locale, message }) {
    const out: RuleFinding[] = [];
    const code = new ChunkClassifier(text, (chunk) => isCodeLike(chunk));
    PUNCT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PUNCT.exec(text))) {
      const k = m.index;
      const ch = m[0];
      const question = ch === '?';

      // left: an Arabic word, or a number after an Arabic word
      const p = leftContext(text, k, question);
      if (p < 0) continue;
      const pc = text.charCodeAt(p);
      // what ends before the mark: an Arabic word, a number after Arabic, or a Latin token inside Arabic text
      let left: 'arabic' | 'number' | 'latin';
      if (isArabicWordChar(pc)) left = 'arabic';
      else if (isAnyDigit(pc) || isLatinLetter(pc)) {
        let q = p;
        let n = 0;
        let latin = false;
        while (q >= 0 && n < 40) {
          const c = text.charCodeAt(q);
          if (isLatinLetter(c)) latin = true;
          else if (!isNumberChar(c)) break;
          q--;
          n++;
        }
        if (n >= 40) continue;
        left = latin ? 'latin' : 'number';
        let o = 0;
        while (q >= 0 && o < 2 && isOpening(text.charCodeAt(q))) {
          q--;
          o++;
        }
        let sp = 0;
        while (q >= 0 && sp < 2 && isSpace(text.charCodeAt(q))) {
          q--;
          sp++;
        }
        if (q < 0 || !isArabicWordChar(text.charCodeAt(q))) continue;
        // a number before the mark: the digits may not run on through it (`عام 2015,2016`)
        if (left === 'number' && p === k - 1 && k + 1 < text.length && isAnyDigit(text.charCodeAt(k + 1))) continue;
      } else continue;

      // right: Arabic, a digit, an opening quote before Arabic, or the end of the line
      let r = k + 1;
      while (r < text.length && r - k <= 3 && isSpace(text.charCodeAt(r))) r++;
      let ok = false;
      if (r >= text.length || isLineBreak(text.charCodeAt(r))) ok = left !== 'latin';
      else {
        const nc = text.charCodeAt(r);
        if (isArabicWordChar(nc)) ok = true;
        else if (left === 'latin') ok = false; // a Latin token: only straight before Arabic
        else if (isAnyDigit(nc)) ok = left === 'arabic'; // not 1,000 / 2015, 2016
        else if (isOpening(nc) && r + 1 < text.length && (isArabicWordChar(text.charCodeAt(r + 1)) || isAnyDigit(text.charCodeAt(r + 1)))) ok = true;
        else if (question) ok = !isLatinLetter(nc) && !isSpace(nc);
      }
      if (!ok) continue;
      if (code.at(k)) continue;

      const a = ARABIC[ch];
      out.push({
        start: k,
        end: k + 1,
        message: message('latin', { latinName: locale === 'ar' ? a.arLatin : a.enLatin, ch, arabicName: locale === 'ar' ? a.ar : a.en, arabic: a.ch }),
        fixes: [
          {
            title: message('replace', { arabic: a.ch }),
            edits: [{ start: k, end: k + 1, newText: a.ch }],
            preferred: true,
          },
        ],
      });
    }
    return out;
  },
});
