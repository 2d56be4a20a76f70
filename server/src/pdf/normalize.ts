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
