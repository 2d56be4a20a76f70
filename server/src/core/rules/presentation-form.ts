/**
 * presentation-form — Arabic presentation-form code points (U+FB50–U+FDFF, U+FE70–U+FEFC) instead
 * of letters: PDF extraction writes the glyph shapes (`ﺍﻟﺤﻜﻮﻣﺔ`), which look right but defeat search,
 * spell-check and sorting.
 *
 * One finding per word that contains presentation forms (the corpus annotates per maximal run; a
 * word is what the editor reads and fixes). The fix replaces only the presentation-form characters,
 * each by its NFKC decomposition, with two refinements:
 *
 *  - Orientation. Presentation forms carry their joining position (isolated/final/initial/medial).
 *    In logical order a word starts with a form that does not join backwards and ends with one that
 *    does not join forwards; in visual order (a line extracted reversed, `ﻝﻼﻐﺘﺳﺇ`) the reverse holds.
 *    The rule counts these violations over the line. In a line that reads as visual order, a
 *    ligature standing for several letters (lam-alef `ﻼ`, `ﷲ`) is expanded in visual order too
 *    (`ال`), so the word stays consistently reversed and a later line reversal yields `لا`, not `ال`.
 *    Everything else is plain NFKC: the rule never reorders a line.
 *  - Spacing harakat forms (U+FE70, FE72 … FE7E, FC5E–FC63) have NFKC "space + mark"; the space is
 *    only a carrier, so it is dropped when the mark follows a letter or a space (the mark then
 *    sits on its letter, or is left for the `diacritic` rule to reattach). Forms with tatweel
 *    (U+FE71 …) keep NFKC's tatweel (the `tatweel` rule handles it).
 *
 * Not flagged: presentation-range code points without a decomposition (ornate parentheses ﴾﴿, ﷽,
 * Quranic symbols), and with `wordLigatures: false` the word ligatures U+FDF0–FDFC (ﷺ, ﷲ …).
 */
import { isArabicMark, isArabicWordChar, isWhitespace } from '../text/arabic';
import {
  codePointLabel,
  isConvertiblePresentationForm,
  isSpacingMarkForm,
  isWordLigature,
  joiningForm,
  joinsNext,
  joinsPrev,
  Form,
} from '../text/charclass';
import { nfkc } from '../text/chars';
import { defineRule } from '../types';
import type { Edit, Rule, RuleFinding } from '../types';
import { ownCopy } from '../text/strings';
import { releasable } from '../text/memos';

interface Word {
  start: number;
  end: number;
}

/** Split into clusters (a base character and the combining marks after it) and reverse their order. */
function reverseClusters(s: string): string {
  const clusters: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (clusters.length > 0 && isArabicMark(c)) clusters[clusters.length - 1] += s[i];
    else clusters.push(s[i]);
  }
  return clusters.reverse().join('');
}

/** The replacement of one presentation-form code unit at i. */
function convert(text: string, i: number, visual: boolean): string {
  const c = text.charCodeAt(i);
  const n = nfkc(c);
  if (isSpacingMarkForm(c) && n.charCodeAt(0) === 0x20) {
    const p = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    return isArabicWordChar(p) || isWhitespace(p) ? n.slice(1) : n;
  }
  if (visual && n.length > 1) {
    let letters = 0;
    for (let k = 0; k < n.length; k++) if (!isArabicMark(n.charCodeAt(k))) letters++;
    if (letters > 1) return reverseClusters(n);
  }
  return n;
}

/** Orientation evidence of one word: [logical violations, visual violations]. */
function wordEvidence(text: string, w: Word): [number, number] {
  let lv = 0;
  let vv = 0;
  let prev: Form = Form.None;
  let first = true;
  let lastForm: Form = Form.None;
  for (let i = w.start; i < w.end; i++) {
    const c = text.charCodeAt(i);
    if (isArabicMark(c) || (c >= 0xfe70 && c <= 0xfe7f)) continue; // marks are transparent
    const f = joiningForm(c);
    if (first && f !== Form.None) {
      if (joinsPrev(f)) lv++;
      if (joinsNext(f)) vv++;
    }
    if (prev !== Form.None && f !== Form.None) {
      if (joinsNext(prev) !== joinsPrev(f)) lv++;
      if (joinsPrev(prev) !== joinsNext(f)) vv++;
    }
    first = false;
    prev = f;
    lastForm = f;
  }
  if (lastForm !== Form.None) {
    if (joinsNext(lastForm)) lv++;
    if (joinsPrev(lastForm)) vv++;
  }
  return [lv, vv];
}

/** A word's finding, offsets relative to the word: edits as (start, end, newText) triples. */
interface Built {
  edits: Array<number | string>;
  message: string;
  title: string;
}

const CACHES = releasable('presentation-form.CACHES', new Map<string, Map<string, Array<Built | undefined>>>());
function wordCache(locale: string, wordLigatures: boolean): Map<string, Array<Built | undefined>> {
  const k = locale + (wordLigatures ? '1' : '0');
  let c = CACHES.get(k);
  if (!c) CACHES.set(k, (c = new Map()));
  return c;
}

const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFC]/g;
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

export const presentationForm: Rule = defineRule({
  id: 'presentation-form',
  title: { en: 'Presentation forms instead of letters', ar: 'أشكال عرض بدل الحروف' },
  description: {
    en: 'Flags words written with Arabic presentation-form code points (U+FB50–FDFF, U+FE70–FEFC), as PDF extraction leaves them; the fix replaces them by the letters (NFKC), lam-alef as two letters.',
    ar: 'ينبّه إلى الكلمات المكتوبة بمحارف أشكال العرض العربية (U+FB50–FDFF وU+FE70–FEFC) كما يخلّفها استخراج النص من ملفات PDF، ويستبدل بها الحروف الأصلية (NFKC)، واللام ألف حرفين.',
  },
  // The repaired view reads presentation forms as letters itself (view.ts), with the order of a ligature's letters
  // kept on lines read backwards.
  repairsView: false,
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'line',
  options: {
    wordLigatures: {
      type: 'boolean',
      default: true,
      description: {
        en: 'Also flag the word ligatures U+FDF0–FDFC (ﷲ, ﷺ, ﷻ …) and expand them to words.',
        ar: 'التنبيه كذلك على الكلمات المركّبة في محرف واحد U+FDF0–FDFC (ﷲ، ﷺ، ﷻ …) وفكّها إلى كلمات.',
      },
    },
  },
  messages: {
    forms: {
      en: 'Presentation forms in “{shown}” ({labels}): glyph shapes instead of letters, as PDF extraction leaves them; search and spell-check miss this word.',
      ar: 'أشكال عرض في «{shown}» ({labels}): أشكال الحروف المرسومة بدل الحروف نفسها، كما يخلّفها استخراج النص من PDF؛ فلا يجد البحث ولا المدقق الإملائي هذه الكلمة.',
    },
    replace: {
      en: 'Replace with letters: “{shown}”',
      ar: 'استبدال الحروف بها: «{shown}»',
    },
  },
  check({ text, options, locale, message }) {
    const out: RuleFinding[] = [];
    const wordLigatures = options.wordLigatures !== false;
    const convertible = (c: number) => isConvertiblePresentationForm(c) && (wordLigatures || !isWordLigature(c));

    let lineEnd = -1;
    let pending: Word[] = [];
    let lv = 0;
    let vv = 0;

    const flush = () => {
      const visual = vv < lv;
      for (const w of pending) out.push(finding(w, visual));
      pending = [];
      lv = 0;
      vv = 0;
    };

    // Findings of one word are the same wherever it stands (given the orientation of its line and
    // whether the character before it carries a spacing mark), so the message, title and replacement
    // texts are built once per distinct word: an extracted file can carry tens of thousands of them.
    const cache = wordCache(locale, wordLigatures);
    const finding = (w: Word, visual: boolean): RuleFinding => {
      const p = w.start > 0 ? text.charCodeAt(w.start - 1) : 0x20;
      const slot = (visual ? 2 : 0) + (isArabicWordChar(p) || isWhitespace(p) ? 1 : 0);
      const key = text.slice(w.start, w.end);
      let byWord = cache.get(key);
      if (!byWord) {
        if (cache.size >= 8192) cache.clear();
        cache.set(ownCopy(key), (byWord = [undefined, undefined, undefined, undefined]));
      }
      let b = byWord[slot];
      if (!b) b = byWord[slot] = build(w, visual);
      const r = b.edits;
      // (an array literal, not push: a pushed-to empty array grows a 17-slot backing store)
      const edits: Edit[] = [{ start: w.start + (r[0] as number), end: w.start + (r[1] as number), newText: r[2] as string }];
      for (let k = 3; k < r.length; k += 3) {
        edits.push({ start: w.start + (r[k] as number), end: w.start + (r[k + 1] as number), newText: r[k + 2] as string });
      }
      return {
        start: w.start,
        end: w.end,
        message: b.message,
        fixes: [{ title: b.title, edits, preferred: true }],
      };
    };

    const build = (w: Word, visual: boolean): Built => {
      const edits: Edit[] = [];
      let c1 = -1;
      let c2 = -1;
      let more = false;
      let i = w.start;
      while (i < w.end) {
        const c = text.charCodeAt(i);
        if (!convertible(c)) {
          i++;
          continue;
        }
        const s = i;
        let newText = '';
        while (i < w.end && convertible(text.charCodeAt(i))) {
          const c = text.charCodeAt(i);
          if (c1 < 0) c1 = c;
          else if (c2 < 0 && c !== c1) c2 = c;
          else if (c !== c1 && c !== c2) more = true;
          newText += convert(text, i, visual);
          i++;
        }
        edits.push({ start: s, end: i, newText });
      }
      const labels = c2 < 0 ? [codePointLabel(c1)] : [codePointLabel(c1), codePointLabel(c2)];
      // the word as it reads after the fix
      let fixed = '';
      let pos = w.start;
      for (const e of edits) {
        fixed += text.slice(pos, e.start) + e.newText;
        pos = e.end;
      }
      fixed += text.slice(pos, w.end);
      const shown = fixed.trim() || fixed;
      const rel: Array<number | string> = [];
      for (const e of edits) rel.push(e.start - w.start, e.end - w.start, e.newText);
      return {
        edits: rel,
        // (one language built: this rule can report tens of thousands of words in an extracted file)
        message: message('forms', { shown, labels: labels.join(locale === 'ar' ? '، ' : ', ') + (more ? (locale === 'ar' ? '، …' : ', …') : '') }),
        title: message('replace', { shown }),
      };
    };

    PRESENTATION.lastIndex = 0;
    // (test, not exec: no match object per word; the class matches one code unit, which ends at lastIndex)
    while (PRESENTATION.test(text)) {
      const k = PRESENTATION.lastIndex - 1;
      if (!convertible(text.charCodeAt(k))) continue;
      if (k >= lineEnd) {
        flush();
        LINE_BREAK.lastIndex = k;
        const b = LINE_BREAK.exec(text);
        lineEnd = b ? b.index : text.length;
      }
      let s = k;
      while (s > 0 && isArabicWordChar(text.charCodeAt(s - 1))) s--;
      let e = k + 1;
      while (e < text.length && isArabicWordChar(text.charCodeAt(e))) e++;
      const w = { start: s, end: e };
      const [a, b] = wordEvidence(text, w);
      lv += a;
      vv += b;
      pending.push(w);
      PRESENTATION.lastIndex = e;
    }
    flush();
    return out;
  },
});
