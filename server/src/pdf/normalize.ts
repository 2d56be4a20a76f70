/**
 * Text of a PDF run as letters: presentation forms (U+FB50–FDFF, U+FE70–FEFC) by NFKC, except that a shaped haraka
 * (U+FE70–FE7F, U+FC5E–FC63, U+FCF2–FCF4) becomes the bare mark — NFKC (and pdf.js's own normalisation) writes it
 * as tatweel or space + mark, which leaves a tatweel inside the word or a mark after a space. Kashida (tatweel
 * between two letters) is justification, not text, and is dropped; a tatweel elsewhere (ه<U+0640> after a year) stays.
 */
const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFC]/;
const ARABIC_JOINING = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0750-\u077F\u064B-\u065F\u0670]/;

export function normalizeRun(s: string): string {
  if (!PRESENTATION.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
      let n = ch.normalize('NFKC');
      // a shaped haraka: NFKC gives U+0020 or U+0640 before the mark(s); keep the mark(s) only
      if (/^[\u0020\u0640][\u064B-\u0652\u0670]+$/.test(n)) n = n.slice(1);
      out += n;
    } else out += ch;
  }
  return out;
}

/**
 * Drops tatweel between two Arabic letters (or marks): kashida justification. So too a Latin-1 symbol or letter
 * (U+00A1–U+00FF) between two Arabic letters: a kashida or mark glyph that the producer mapped to a wrong code
 * (LibreOffice with Amiri writes its kashida glyph as §, a shadda-fatha glyph as Î).
 */
export function dropKashida(s: string): string {
  if (!/[\u0640\u00A1-\u00FF]/.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xa1 && c <= 0xff) {
      const before = out.length ? out[out.length - 1] : '';
      const after = i + 1 < s.length ? s[i + 1] : '';
      if (ARABIC_JOINING.test(before) && ARABIC_JOINING.test(after)) continue;
      out += s[i];
      continue;
    }
    if (s[i] === '\u0640') {
      let j = i;
      while (j < s.length && s[j] === '\u0640') j++;
      const before = out.length ? out[out.length - 1] : '';
      const after = j < s.length ? s[j] : '';
      if (ARABIC_JOINING.test(before) && ARABIC_JOINING.test(after)) {
        i = j - 1;
        continue;
      }
      out += s.slice(i, j);
      i = j - 1;
      continue;
    }
    out += s[i];
  }
  return out;
}

const ARABIC_LETTER_OR_MARK = '\\u0620-\\u064A\\u064B-\\u065F\\u0670\\u066E-\\u06D3\\u06D5\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
/** A run of one ASCII symbol or digit glued between two Arabic letters. */
const GLUED = new RegExp(`(?<=[${ARABIC_LETTER_OR_MARK}])([\\x21-\\x2F\\x30-\\x39\\x3A-\\x40\\x5B-\\x60\\x7B-\\x7E])\\1*(?=[${ARABIC_LETTER_OR_MARK}])`, 'g');

/**
 * The codes a font's kashida glyph came out as: LibreOffice writes some fonts' kashida glyph (Scheherazade,
 * KacstBook, AlArabiya…) without a Unicode value, and pdf.js falls back to the glyph's code in the subset, an
 * ASCII symbol or digit that changes from file to file (`#`, `$`, `&`, `77`, `11`, `..`, `((`…). Told apart from
 * real text by count: within one font on one page, a character that is glued between two Arabic letters at least
 * `min` times and stands anywhere else at most as often as that is the kashida. (A quotation mark or a period
 * glued to a word by a missing space happens too, but a few times a page, and the same character stands free
 * elsewhere far more often.) Returns, per font name, the set of such characters.
 */
export function kashidaCodes(items: ReadonlyArray<{ str: string; fontName?: string }>, min = 4): Map<string, Set<string>> {
  const glued = new Map<string, Map<string, number>>();
  const gluedLen = new Map<string, Map<string, number>>();
  const total = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, font: string, ch: string, n: number) => {
    let f = m.get(font);
    if (!f) m.set(font, (f = new Map()));
    f.set(ch, (f.get(ch) ?? 0) + n);
  };
  for (const it of items) {
    const font = it.fontName ?? '';
    for (const m of it.str.matchAll(GLUED)) {
      bump(glued, font, m[1], 1);
      bump(gluedLen, font, m[1], m[0].length);
    }
    for (const ch of it.str) if (ch >= '!' && ch <= '~') bump(total, font, ch, 1);
  }
  const out = new Map<string, Set<string>>();
  for (const [font, chars] of glued) {
    for (const [ch, n] of chars) {
      if (n < min) continue;
      // the characters of the glued runs themselves are in total; what stands elsewhere must not outnumber them
      const gluedChars = gluedLen.get(font)?.get(ch) ?? 0;
      const elsewhere = (total.get(font)?.get(ch) ?? 0) - gluedChars;
      if (elsewhere > gluedChars) continue;
      let s = out.get(font);
      if (!s) out.set(font, (s = new Set()));
      s.add(ch);
    }
  }
  return out;
}

const PUNCT = /[.,:;!?"'()[\]{}]/;

/** Drops the runs of a kashida code (see kashidaCodes) between two Arabic letters, and beside one unless the run is
 *  a single punctuation mark (a period or quotation mark that ends or opens the word). */
export function dropKashidaCodes(s: string, codes: Set<string> | undefined): string {
  if (!codes || codes.size === 0) return s;
  const A = new RegExp(`[${ARABIC_LETTER_OR_MARK}]`);
  let out = '';
  for (let i = 0; i < s.length; ) {
    if (codes.has(s[i])) {
      let j = i;
      while (j < s.length && s[j] === s[i]) j++;
      const before = out.length ? out[out.length - 1] : '';
      const after = j < s.length ? s[j] : '';
      // between two letters always; beside one letter, a lone punctuation mark may be a real one ending the word
      const both = A.test(before) && A.test(after);
      if (both || ((A.test(before) || A.test(after)) && (j - i > 1 || !PUNCT.test(s[i])))) {
        i = j;
        continue;
      }
      out += s.slice(i, j);
      i = j;
      continue;
    }
    out += s[i++];
  }
  return out;
}

const HAMZA_ALEF = /^[\u0623\u0625\u0622]$/;
const CODE = /^([\u0001-\u0008\u000B-\u001F]|[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E])$/;

/**
 * Alef glyphs that LibreOffice wrote without a Unicode value (Scheherazade): the base of a hamza-alef, drawn as
 * its own glyph under a zero-width hamza glyph that carries the letter (`أ` + U+0011, `أ` + `ا`, or `$` then `أ`),
 * and the isolated alef, which pdf.js gives as a C0 control code. Per item strings (pdf.js text items in content
 * order, with their advance widths and font names), returns the strings with
 *  - a hamza-alef item of (nearly) no width followed by a code or an alef in the same item: the hamza-alef alone;
 *  - a one-character code item right before or after a zero-width hamza-alef item of the same font: dropped;
 *  - a C0 code that, in one font on the page, stands at least `min` times and never twice in a row (a kashida
 *    code comes in runs: U+0014 U+0014) while that font's text has few alefs (< 11 % of its Arabic letters; news
 *    text has 13–17 %) and would have 10–25 % with the code read as alef: that font's isolated alef, written as ا.
 */
export function alefBases(items: ReadonlyArray<{ str: string; width: number; fontName?: string; size: number }>, min = 4): string[] {
  const out = items.map((it) => it.str);
  const zeroHamza = (i: number) => i >= 0 && i < items.length && HAMZA_ALEF.test(items[i].str) && items[i].width < 0.05 * items[i].size;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.width < 0.05 * it.size && /^[\u0623\u0625\u0622]([\u0001-\u0008\u000B-\u001F]|\u0627)$/.test(it.str)) out[i] = it.str[0];
    else if (CODE.test(it.str) && ((zeroHamza(i + 1) && items[i + 1].fontName === it.fontName) || (zeroHamza(i - 1) && items[i - 1].fontName === it.fontName))) out[i] = '';
  }
  // C0 codes as isolated alefs, per font
  const stats = new Map<string, { letters: number; alefs: number; codes: Map<string, number>; runs: Set<string> }>();
  for (let i = 0; i < items.length; i++) {
    const font = items[i].fontName ?? '';
    let st = stats.get(font);
    if (!st) stats.set(font, (st = { letters: 0, alefs: 0, codes: new Map(), runs: new Set() }));
    const s = out[i];
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c >= 0x0621 && c <= 0x064a) {
        st.letters++;
        if (c === 0x0627) st.alefs++;
      } else if ((c >= 1 && c <= 8) || (c >= 0x0b && c <= 0x1f)) {
        st.codes.set(s[k], (st.codes.get(s[k]) ?? 0) + 1);
        if (s[k + 1] === s[k]) st.runs.add(s[k]);
      }
    }
  }
  const alefCode = new Map<string, string>();
  for (const [font, st] of stats) {
    if (st.letters < 50 || st.alefs >= 0.11 * st.letters) continue;
    let best = '';
    let bestN = 0;
    for (const [c, n] of st.codes) if (!st.runs.has(c) && n > bestN) [best, bestN] = [c, n];
    // read as alefs, the code must bring the font's alefs to what Arabic text has
    const share = (st.alefs + bestN) / (st.letters + bestN);
    if (bestN >= min && share >= 0.1 && share <= 0.25) alefCode.set(font, best);
  }
  if (alefCode.size === 0) return out;
  return out.map((s, i) => {
    const c = alefCode.get(items[i].fontName ?? '');
    return c && s.includes(c) ? s.split(c).join('\u0627') : s;
  });
}

/**
 * Parts of an alef that a font leaves without a Unicode value (LuaLaTeX with Scheherazade), which pdf.js gives as
 * U+FFFD: per item (content order, with x, advance width and size), the strings with
 *  - a zero-advance U+FFFD drawn just before an alef at the alef's place: its madda (U+0653), so that آ reads آ;
 *  - a U+FFFD glyph with an advance drawn just after a lone hamza mark (U+0654/U+0655) at its left edge: the alef
 *    that carries the hamza, so that أ and إ read as themselves.
 * Any other U+FFFD stays (and is dropped later as a glyph with no Unicode value).
 */
export function unmappedAlefParts(items: ReadonlyArray<{ str: string; x: number; width: number; size: number }>, strs: readonly string[]): string[] {
  const out = [...strs];
  for (let i = 0; i < items.length; i++) {
    if (strs[i] !== '\uFFFD') continue;
    const it = items[i];
    const near = 0.15 * it.size;
    const next = items[i + 1];
    const prev = items[i - 1];
    if (it.width < 0.05 * it.size) {
      if (next && /^\u0627/.test(strs[i + 1]) && Math.abs(next.x + next.width - (it.x + it.width)) <= next.width + near) out[i] = '\u0653';
    } else if (prev && /^[\u0654\u0655]$/.test(strs[i - 1].trim()) && Math.abs(prev.x - it.x) <= near) out[i] = '\u0627';
  }
  return out;
}
