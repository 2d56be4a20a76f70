/**
 * Signs that a stretch of text went through a damaging route (PDF extraction, a visual-order source), as
 * opposed to correct text typed or published in logical order. Rules whose repair *changes letters or
 * digits* (reversing a number, swapping letters) make it the preferred fix only where the text itself shows
 * such signs: a lone "05 أطنان" in a clean line is a Maghreb count with a leading zero, not a reversal.
 *
 * The signs, each a property of the characters around the spot, never of a word list:
 *  - an explicit bidi embedding, override or isolate (U+202A–202E, U+2066–2069): pdftotext writes every number
 *    and Latin run of a right-to-left PDF line inside LRE…PDF, and nobody types them;
 *  - Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFC): the glyphs of a PDF, not letters;
 *  - kashida glyphs extracted as `%`, `!` or U+FFFD between two Arabic letters (`*` twice in a line: once
 *    is Markdown emphasis);
 *  - pdfminer's `(cid:N)` for a glyph with no Unicode mapping;
 *  - extraction junk (`chars.ts` JUNK: C0 controls but whitespace, U+FFFE): kashida and unmapped glyphs as pdf.js
 *    and PDFium write them;
 *  - an article torn from its hamza alef: `ال أجور` (after at most one clitic letter) — PDFium on Chromium's PDFs
 *    cuts at the lam-alef there; clean news never writes it (the 10,113 unlabelled articles and the corpus clean.txt:
 *    one line, an acronym of two letters, ال آر);
 *  - the same cut the other way: a lone alef before a word of lam (`ا لكريم`, `وا لكرامة`: the article's alef torn off)
 *    or a lone lam before a hamza alef (`ل أزمة`) — PDFium on Chromium's PDFs again; the 10,113 unlabelled articles
 *    write neither once (a lone ل before a hamza alef only in بل).
 * LRM/RLM/ALM alone are not a sign: editors and CMSs insert them into clean text.
 */
import { isArabicLetter, isArabicWordChar, isPresentationForm } from './arabic';
import { isKashidaGlyph } from './charclass';
import { LineIndex } from './lines';
import { CH, JUNK } from './chars';

export function isEmbeddingControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** Does text[start, end) show one of the signs above? Linear in the length of the range. */
export function hasDamageSigns(text: string, start: number, end: number): boolean {
  let stars = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21) {
      if ((CH[c] & JUNK) !== 0) return true;
      if (c === 0x20 && (tornArticle(text, start, end, i) || tornLamAlef(text, start, end, i))) return true;
      continue;
    }
    if (c >= 0xfffe) return true;
    if (isEmbeddingControl(c) || isPresentationForm(c)) return true;
    if (c === 0x28 && text.startsWith('(cid:', i)) return true;
    if ((isKashidaGlyph(c) || c === 0x2a) && i > start && i + 1 < end && isArabicLetter(text.charCodeAt(i - 1))) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === c) j++;
      if (j < end && isArabicLetter(text.charCodeAt(j))) {
        // `*` is also Markdown emphasis (و*تنبيه*, و**كلمة**): a sign only when a line has it twice
        if (c !== 0x2a || ++stars >= 2) return true;
      }
      i = j - 1;
    }
  }
  return false;
}

const ALEF = 0x0627;
const LAM = 0x0644;
const isClitic = (c: number) => c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0643 || c === LAM;
const isHamzaAlef = (c: number) => c === 0x0623 || c === 0x0625 || c === 0x0622;

/** Is the space at i between an article and a hamza alef (`ال أجور`, `وال أزمة`)? */
function tornArticle(text: string, start: number, end: number, i: number): boolean {
  const at = (j: number) => (j >= start && j < end ? text.charCodeAt(j) : 0);
  // (a word of three letters at least: ال آر is an acronym)
  if (at(i - 1) !== LAM || at(i - 2) !== ALEF || !isHamzaAlef(at(i + 1)) || !isArabicLetter(at(i + 2)) || !isArabicLetter(at(i + 3))) return false;
  // the article at a word start, or after one clitic letter
  const h = i - 3;
  return !isArabicLetter(at(h)) || (isClitic(at(h)) && !isArabicLetter(at(h - 1)));
}

/** Is the space at i after a lone alef before a lam and a letter (`ا لكريم`, `وا لكرامة`) or after a lone lam before a
 *  hamza alef and two letters (`ل أزمة`, `ول إدارة`), each alone or after one clitic letter? */
function tornLamAlef(text: string, start: number, end: number, i: number): boolean {
  const at = (j: number) => (j >= start && j < end ? text.charCodeAt(j) : 0);
  const p = at(i - 1);
  const alefThenLam = p === ALEF && at(i + 1) === LAM && isArabicLetter(at(i + 2));
  const lamThenHamza = p === LAM && isHamzaAlef(at(i + 1)) && isArabicLetter(at(i + 2)) && isArabicLetter(at(i + 3));
  if (!alefThenLam && !lamThenHamza) return false;
  // (the piece a token of its own: at a word start, or after one clitic letter — و، ف; not بل، قبل)
  // (a mark or a tatweel before it is part of a word: يمثّل أكبر)
  const h = i - 2;
  if (!isArabicWordChar(at(h))) return true;
  return (at(h) === 0x0648 || at(h) === 0x0641) && !isArabicWordChar(at(h - 1));
}

/**
 * What the document-wide answers (`any`, `mostly`) are when the text is a chunk of a larger document
 * (core/incremental.ts checks a draft paragraph by paragraph): the whole's, not the chunk's.
 */
export interface WholeDamage {
  any: boolean;
  mostly: boolean;
}

/** Line-by-line answers of hasDamageSigns for one text, computed once (rules ask per spot). */
export class DamageSigns {
  private readonly lines: LineIndex;
  private readonly damaged: boolean[] = [];
  /** Lines of this text with signs, and lines longer than one character (a whole's counts are the sums of its chunks'). */
  damagedLines = 0;
  textLines = 0;
  constructor(
    readonly text: string,
    lines?: LineIndex,
    private readonly whole?: WholeDamage,
  ) {
    this.lines = lines ?? new LineIndex(text);
    for (let l = 0; l < this.lines.lineCount; l++) {
      const s = this.lines.starts[l];
      const e = this.lines.lineEnd(l);
      const d = hasDamageSigns(text, s, e);
      this.damaged.push(d);
      if (d) this.damagedLines++;
      if (e - s > 1) this.textLines++;
    }
  }
  /** Does any line of the text show damage? */
  get any(): boolean {
    return this.whole ? this.whole.any : this.damagedLines > 0;
  }
  /** Do at least a fifth of the text's lines show damage (an extraction, not correct text with one pasted line)? */
  get mostly(): boolean {
    return this.whole ? this.whole.mostly : damagedMostly(this.damagedLines, this.textLines);
  }
  /** Does the line holding offset `pos` show damage? */
  lineAt(pos: number): boolean {
    return this.damaged[this.lines.lineAt(pos)] ?? false;
  }
}

/** `DamageSigns.mostly` from the counts (a whole's are the sums of its chunks'). */
export function damagedMostly(damagedLines: number, textLines: number): boolean {
  return damagedLines > 0 && damagedLines * 5 >= textLines;
}
