/**
 * broken-fragment — pieces of right-to-left text that an extractor put in the wrong order or tore apart,
 * below the level of a whole line (reversed-line) or a word (split-word):
 *
 *  1. Punctuation on the wrong side of a number or Latin word (`في ،2016` for `في 2016،`, `عاموس .6-`
 *     for `عاموس-6.`). pdftotext wraps every left-to-right piece of an RTL line in LRE…PDF
 *     (U+202A…U+202C) and writes its contents in visual order, so the neutral characters inside come out
 *     reversed around the number. Flagged when reversing the pieces of the embedding (digit and Latin
 *     runs kept whole) changes the order of its non-space characters; fix: that reversal, preferred when
 *     the embedding holds a number or Latin word and no bracket (some routes also mirror brackets), or is
 *     a straight quote and one clause mark (`" ،` → `، "`), or is a number in brackets whose opening
 *     bracket stayed before the embedding (`) (2000` → `(2000) `, both brackets mirrored). With one number
 *     in the embedding the edits go around it, so reversed-digits can reverse it in the same pass.
 *  2. A word that lost the ال + alef part of a lam-alef ligature (`لطارات` for `الإطارات`, `لنتاج` for
 *     `الإنتاج`; pdftotext on some LuaLaTeX fonts): a token starting with ل that is no word while ال +
 *     alef + the rest is. When it opens a line and the previous line ends with the torn-off alef pieces
 *     (`… ا إ`), the preferred fix moves them back (ال + that alef); when the *next* line ends with them
 *     (pdftotext emits the tail of such a line as the line before it), they go into this word
 *     (alefIntoPrevLine); otherwise the readings with ا, أ, إ
 *     are offered (the lexicon does not tell hamza forms apart) and none is preferred.
 *  3. The alef pieces of such ligatures left orphaned at the end of a run (`ا إ`, `أ`): flagged; the
 *     repair of 2. moves them back when it can tell where they go (its fix sits on the alef's finding when
 *     the word it completes is no torn ال word of its own: `الدولة أ` + `لسهم` → `لأسهم`).
 *  4. Runs of a line in reverse order with the words at their edges cut (reversedRuns; the search is lexicon/runs.ts).
 *  5. A full stop moved to the end of its line (LibreOffice's justified PDFs: `… أزرق وأظهرت … ممتاز في.` for
 *     `… أزرق. وأظهرت … ممتاز في`), or to its start (PDFium: `. … أزرق وأظهرت …`), judged by the word pairs of news
 *     (lexicon/movedMark.ts): moved back (movedMarks).
 *  6. Quotes, stops and brackets moved into the kashida gap of a word (PDFium on LibreOffice's PDFs: `الح " " راك ،`
 *     for `"الحراك"،`): the word mended and the marks put back where the text shows their place (lexicon/gapMarks.ts).
 *  Also 1. without embeddings (PDFium, pdf.js on LibreOffice PDFs): a clause or sentence mark written before a number
 *  (`فيفرى ،2017 وذلك`, `و.2011` at a line end), `%` before its number, empty quote pairs: bareNeutrals.
 *
 * The parts (README.md): neutrals.ts 1., ligatures.ts 2. and 3., moves.ts 4. to 6.; this file the rule and its check.
 */
import { defineRule } from '../../types';
import type { Rule, RuleFinding } from '../../types';
import { bareNeutrals, neutralOrder } from './neutrals';
import { ligatureFragments } from './ligatures';
import { gapMarkSpots, movedMarks, reversedRuns } from './moves';

export const brokenFragment: Rule = defineRule({
  id: 'broken-fragment',
  title: { en: 'Broken right-to-left fragment', ar: 'جزء مكسور من نص عربي' },
  description: {
    en: 'Flags pieces of Arabic text that PDF extraction put in the wrong order or tore apart: punctuation on the wrong side of a number, words that lost the ال and alef of a lam-alef ligature, and the orphaned alef pieces.',
    ar: 'ينبّه إلى أجزاء النص العربي التي رتّبها الاستخراج من PDF ترتيبًا خاطئًا أو مزّقها: علامات ترقيم في غير جهتها من العدد، وكلمات فقدت ألف اللام ولام ألف، وقطع الألف اليتيمة.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'nearby',
  options: {},
  messages: {
    punctuation: {
      en: 'Punctuation on the wrong side (right-to-left extraction order): “{inner}” reads “{fixed}”.',
      ar: 'علامة ترقيم في غير موضعها (ترتيب استخراج معكوس): «{inner}» صوابها «{fixed}».',
    },
    detachedQuotes: {
      en: 'Quotation marks with nothing between them: extraction moved them off the words they enclose (PDF). Put them back around the quotation.',
      ar: 'علامتا تنصيص لا شيء بينهما: أبعدهما الاستخراج من PDF عن الكلمات التي تحصرانها. أعدهما حول الاقتباس.',
    },
    reorder: {
      en: 'Reorder: “{fixed}”',
      ar: 'إعادة الترتيب: «{fixed}»',
    },
    restore: {
      en: 'Restore: “{word}”',
      ar: 'استعادة: «{word}»',
    },
    lostPieceNext: {
      en: '“{token}” lost the lam-alef ligature piece that the extraction left at the end of the next line: “{word}”.',
      ar: 'فقدت «{token}» جزء اللام ألف الذي تركه الاستخراج في آخر السطر التالي: «{word}».',
    },
    lostPiecePrev: {
      en: '“{token}” lost the ال and alef of a lam-alef ligature, left at the end of the previous line: “{word}”.',
      ar: 'فقدت «{token}» الألف واللام وألف اللام ألف، وقد بقيت في آخر السطر السابق: «{word}».',
    },
    lostPieceGuess: {
      en: '“{token}” looks like a word that lost the ال and alef of a lam-alef ligature in extraction: “{word}”?',
      ar: 'تبدو «{token}» كلمة فقدت الألف واللام وألف اللام ألف في الاستخراج: «{word}»؟',
    },
    loneAlef: {
      en: 'A lone alef at the end of a line: a piece of a lam-alef ligature that the extraction tore off its word.',
      ar: 'ألف منفردة في آخر السطر: جزء من لام ألف انتزعه الاستخراج من كلمته.',
    },
    runs: {
      en: 'The pieces of this line are in reverse order and the words at their edges are cut in two (PDF extraction).',
      ar: 'أجزاء هذا السطر بترتيب معكوس والكلمات على حدودها مقطوعة (من الاستخراج من PDF).',
    },
    runEdges: {
      en: 'The last and the first word of this line make one word, “{word}”: its pieces seem to be out of order (PDF extraction).',
      ar: 'آخر كلمة في هذا السطر وأول كلمة فيه تكوّنان كلمة واحدة، «{word}»: يبدو أن أجزاءه في غير ترتيبها (من الاستخراج من PDF).',
    },
    movedMark: {
      en: 'A full stop at the end of the line that belongs after “{word}” (PDF extraction moved it).',
      ar: 'نقطة في آخر السطر موضعها بعد «{word}» (نقلها الاستخراج من PDF).',
    },
    movedMarkStart: {
      en: 'A full stop at the start of the line that belongs after “{word}” (PDF extraction moved it).',
      ar: 'نقطة في أول السطر موضعها بعد «{word}» (نقلها الاستخراج من PDF).',
    },
    moveMark: {
      en: 'Move the full stop after “{word}”',
      ar: 'نقل النقطة إلى ما بعد «{word}»',
    },
    gapMarks: {
      en: 'Punctuation inside “{word}”: PDF extraction moved “{marks}” into the gap of a word drawn out with kashida.',
      ar: 'علامات ترقيم داخل «{word}»: نقل الاستخراج من PDF «{marks}» إلى فجوة كلمة ممدودة بالكشيدة.',
    },
    reorderPieces: {
      en: 'Reorder the pieces: “{preview}”',
      ar: 'إعادة ترتيب الأجزاء: «{preview}»',
    },
  },
  check({ text, doc, message }) {
    const out: RuleFinding[] = [];
    neutralOrder(text, message, out);
    const gaps = gapMarkSpots(text, message);
    bareNeutrals(text, doc, message, out, gaps);
    out.push(...gaps);
    ligatureFragments(doc, message, out);
    reversedRuns(doc, message, out);
    movedMarks(text, doc, message, out);
    return out;
  },
});
