/**
 * bidi-control — stray invisible controls: the bidi embeddings, overrides and isolates
 * (LRE RLE PDF LRO RLO, U+202A–202E; LRI RLI FSI PDI, U+2066–2069), the implicit marks (LRM, RLM,
 * ALM), the zero-width characters (ZWSP, ZWNJ, ZWJ, and U+FEFF anywhere but at offset 0, where it
 * is a byte-order mark) and the deprecated format characters U+206A–206F.
 *
 * One finding per maximal run of such characters; the fix deletes the stray ones (fix-all: all).
 * The message names them (RLE, PDF, LRM …) with their code points.
 *
 * Decisions:
 *  - A news draft is plain text: its direction comes from the paragraph, and every embedding,
 *    override, isolate or mark in it is debris from PDF extraction or copy-paste (pdftotext wraps
 *    runs in RLE/LRE … PDF). That holds next to Latin words and digits in mixed text too: a
 *    control beside `CNN` or `2017` is still stray. Writers who place LRM/RLM/ALM by hand to fix
 *    the display of mixed text can keep those three with the `keepMarks` option; embeddings,
 *    overrides and isolates are flagged regardless.
 *  - ZWNJ (U+200C) is meaningful between two letters (any script, a letter's marks included): it
 *    stops the joining, as Persian and Urdu morphology needs (`می<ZWNJ>خواهم`, `کتاب<ZWNJ>ها`). One ZWNJ
 *    there is kept; one next to a space, punctuation, a digit, a line edge, or a second ZWNJ in
 *    the same gap, is stray.
 *  - ZWJ (U+200D) is meaningful next to a letter (it forces a joining form, e.g. an abbreviation
 *    written `ه<ZWJ>`) or inside an emoji sequence (surrogates, U+FE0F, symbols U+2600–27BF); elsewhere
 *    it is stray.
 *  - ZWSP (U+200B) and a non-initial U+FEFF are always stray: Arabic does not use them to separate
 *    words, and deleting them does not change how the text looks.
 */
import {
  CONTROL_NAMES,
  codePointLabel,
  isAnyLetterOrMark,
  isDirectionalMark,
  isInvisibleControl,
} from '../text/charclass';
import { defineRule } from '../types';
import type { Edit, Rule, RuleContext, RuleFinding } from '../types';

const CONTROL = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u206F\uFEFF]/g;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;

function isEmojiPart(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f || (c >= 0x2600 && c <= 0x27bf) || c === 0x20e3;
}

function describe(c: number, locale: 'en' | 'ar'): string {
  const n = CONTROL_NAMES[c];
  if (!n) return codePointLabel(c);
  return locale === 'ar' ? `${n.abbr} (${codePointLabel(c)}، ${n.ar})` : `${n.abbr} (${codePointLabel(c)}, ${n.en})`;
}

export const bidiControl: Rule = defineRule({
  id: 'bidi-control',
  title: { en: 'Stray bidi or zero-width control', ar: 'محرف تحكم خفي زائد' },
  description: {
    en: 'Flags invisible bidi controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM) and zero-width characters left by PDF extraction or copy-paste; ZWNJ/ZWJ are kept where they change how letters join (Persian and Urdu words).',
    ar: 'ينبّه إلى محارف التحكم الخفية في الاتجاه (LRE وRLE وPDF وLRO وRLO وLRI وRLI وFSI وPDI وLRM وRLM وALM) والمحارف ذات العرض الصفري التي يخلّفها استخراج النص من PDF أو النسخ واللصق؛ ويُبقي على ZWNJ وZWJ حيث تغيّر وصل الحروف (الكلمات الفارسية والأردية).',
  },
  // The repaired view drops controls itself but keeps an empty left-to-right embedding (LRE…PDF with nothing or
  // spaces inside: the trace of a dropped number, where missing-numeral puts its placeholder); this rule's repair
  // removes the empty pair, and the gap would map outside the embedding.
  repairsView: false,
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'line',
  options: {
    keepMarks: {
      type: 'boolean',
      default: false,
      description: {
        en: 'Keep the implicit directional marks LRM, RLM and ALM (placed by hand to fix the display of mixed text); embeddings, overrides and isolates are still flagged.',
        ar: 'الإبقاء على علامات الاتجاه الضمنية LRM وRLM وALM (توضع يدويًا لضبط عرض النص المختلط)؛ ويبقى التنبيه على محارف التضمين والفرض والعزل.',
      },
    },
  },
  messages: {
    strayOne: {
      en: 'Stray invisible control {names}: left by PDF extraction or copy-paste; it can reorder what the reader sees and break search.',
      ar: 'محرف تحكم خفي زائد: {names}؛ يخلّفها استخراج النص من PDF أو النسخ واللصق، وقد تقلب ترتيب ما يراه القارئ وتعطّل البحث.',
    },
    strayMany: {
      en: 'Stray invisible controls {names}: left by PDF extraction or copy-paste; they can reorder what the reader sees and break search.',
      ar: 'محارف تحكم خفية زائدة: {names}؛ يخلّفها استخراج النص من PDF أو النسخ واللصق، وقد تقلب ترتيب ما يراه القارئ وتعطّل البحث.',
    },
    removeOne: {
      en: 'Remove {abbrs}',
      ar: 'حذف {abbrs}',
    },
    removeMany: {
      en: 'Remove {count} invisible controls ({abbrs})',
      ar: 'حذف {count} من محارف التحكم الخفية ({abbrs})',
    },
  },
  check({ text, doc, options, locale, message }) {
    const out: RuleFinding[] = [];
    // lines in word-level visual order: reversed-line's repair drops their embeddings as it puts the words in order
    const wordOrder = doc.wordOrder.size > 0 ? doc.wordOrder : null;
    const keepMarks = options.keepMarks === true;
    CONTROL.lastIndex = 0;
    // (test, not exec: no match object per run; the class matches one code unit, which ends at lastIndex)
    while (CONTROL.test(text)) {
      let s = CONTROL.lastIndex - 1;
      if (s === 0 && text.charCodeAt(0) === 0xfeff) {
        // byte-order mark: not part of a run
        s = 1;
        if (s >= text.length || !isInvisibleControl(text.charCodeAt(s))) continue;
      }
      let e = s;
      while (e < text.length && isInvisibleControl(text.charCodeAt(e))) e++;
      CONTROL.lastIndex = e;

      const prev = s > 0 && !(s === 1 && text.charCodeAt(0) === 0xfeff) ? text.charCodeAt(s - 1) : -1;
      const next = e < text.length ? text.charCodeAt(e) : -1;
      const zwnjMeaningful = prev >= 0 && next >= 0 && isAnyLetterOrMark(prev) && isAnyLetterOrMark(next);
      const zwjMeaningful =
        (prev >= 0 && (isAnyLetterOrMark(prev) || isEmojiPart(prev))) || (next >= 0 && (isAnyLetterOrMark(next) || isEmojiPart(next)));

      let keptZwnj = false;
      let keptZwj = false;
      const stray: number[] = [];
      for (let i = s; i < e; i++) {
        const c = text.charCodeAt(i);
        if (c === ZWNJ && zwnjMeaningful && !keptZwnj) {
          keptZwnj = true;
          continue;
        }
        if (c === ZWJ && zwjMeaningful && !keptZwj) {
          keptZwj = true;
          continue;
        }
        if (keepMarks && isDirectionalMark(c)) continue;
        stray.push(i);
      }
      if (stray.length === 0) continue;

      // (an array literal, not push onto []: a pushed-to empty array grows a 17-slot backing store, and
      // these arrays are kept in the findings)
      const edits: Edit[] = [{ start: stray[0], end: stray[0] + 1, newText: '' }];
      for (let k = 1; k < stray.length; k++) {
        const i = stray[k];
        const last = edits[edits.length - 1];
        if (last.end === i) last.end = i + 1;
        else edits.push({ start: i, end: i + 1, newText: '' });
      }

      // An embedding that holds only spaces (`LRE <space> PDF`) is where extraction dropped a number:
      // missing-numeral reports that gap, and fix-all must not erase its evidence. Flag it, fix on request only.
      const emptyEmbedding = isEmptyEmbeddingEdge(text, s, e);
      const inWordOrder = wordOrder !== null && wordOrder.has(doc.lineIndex.starts[doc.lineIndex.lineAt(s)]);
      // (one language built, and built once per distinct run: an extracted file can carry tens of thousands of these;
      // a run of one stray character, the common case, is looked up by its code without a string made for the key)
      let words: { message: string; title: string } | undefined;
      if (stray.length === 1) {
        const c = text.charCodeAt(stray[0]);
        const byCode = (WORDING_ONE[locale] ??= new Map());
        words = byCode.get(c);
        if (!words) byCode.set(c, (words = wording(String.fromCharCode(c), 1, locale, message)));
      } else {
        let kinds = '';
        for (const i of stray) {
          const ch = text[i];
          if (kinds.indexOf(ch) < 0) kinds += ch;
        }
        const key = locale + stray.length + ':' + kinds;
        words = WORDING.get(key);
        if (!words) {
          words = wording(kinds, stray.length, locale, message);
          if (WORDING.size >= 4096) WORDING.clear();
          WORDING.set(key, words);
        }
      }
      out.push({
        start: s,
        end: e,
        message: words.message,
        fixes: [
          {
            title: words.title,
            edits,
            preferred: !emptyEmbedding && !inWordOrder,
          },
        ],
      });
    }
    return out;
  },
});

/** Message and fix title of a run, by locale, number of stray characters and the distinct ones (in order). */
const WORDING = new Map<string, { message: string; title: string }>();
/** The same for a run of one stray character, by locale and its code (at most the 21 controls of CONTROL). */
const WORDING_ONE: Partial<Record<string, Map<number, { message: string; title: string }>>> = {};

function wording(kindChars: string, count: number, locale: 'en' | 'ar', message: RuleContext['message']): { message: string; title: string } {
  const kinds: number[] = [];
  for (let k = 0; k < kindChars.length; k++) kinds.push(kindChars.charCodeAt(k));
  const ar = locale === 'ar';
  const sep = ar ? '، ' : ', ';
  const more = kinds.length > 3 ? sep + '…' : '';
  const names = kinds.slice(0, 3).map((c) => describe(c, locale)).join(sep) + more;
  const abbrs = kinds.slice(0, 3).map((c) => CONTROL_NAMES[c]?.abbr ?? codePointLabel(c)).join(sep) + more;
  const one = count === 1;
  return {
    message: message(one ? 'strayOne' : 'strayMany', { names }),
    title: message(one ? 'removeOne' : 'removeMany', { abbrs, count }),
  };
}

const OPENERS = new Set([0x202a, 0x202b, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068]);
const CLOSERS = new Set([0x202c, 0x2069]);

/** Whether the control run [s, e) opens or closes an embedding/isolate with only spaces inside. */
function isEmptyEmbeddingEdge(text: string, s: number, e: number): boolean {
  if (OPENERS.has(text.charCodeAt(e - 1))) {
    let j = e;
    while (j < text.length && text.charCodeAt(j) === 0x20) j++;
    if (j > e && j < text.length && CLOSERS.has(text.charCodeAt(j))) return true;
  }
  if (CLOSERS.has(text.charCodeAt(s))) {
    let j = s - 1;
    while (j >= 0 && text.charCodeAt(j) === 0x20) j--;
    if (j < s - 1 && j >= 0 && OPENERS.has(text.charCodeAt(j))) return true;
  }
  return false;
}
