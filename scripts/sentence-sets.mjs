// The project's sentence sets (test/claims/, test/claims-own/, test/numerals/, test/numerals-2/): one sentence a
// line, blank and `#` lines skipped, a trailing ` # tag` naming its shape, invisible characters written as `\uXXXX`.
import * as fs from 'fs';

const unescape = (s) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
// characters the files must not hold raw (write them as \uXXXX): tatweel, zero-width and bidi controls, BOM, NBSP
const HIDDEN = /[\u0640\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** The sentences of one file (a URL or path): `{ items: [{ line, text, tag }], warnings }`. */
export function loadSentences(file) {
  const name = String(file).split('/').pop();
  const items = [];
  const warnings = [];
  fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.trimStart().startsWith('#')) return;
    if (HIDDEN.test(raw)) warnings.push(`${name}:${i + 1}: raw hidden character (write it as \\uXXXX)`);
    const m = /\s+#\s*([\p{L}\p{N}_-]+)\s*$/u.exec(raw);
    items.push({ line: i + 1, text: unescape(m ? raw.slice(0, m.index) : raw), tag: m ? m[1] : 'untagged' });
  });
  return { items, warnings };
}

/** The text with each finding's range bracketed ⟦…⟧. */
export function markFindings(text, findings) {
  let s = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) s = s.slice(0, f.start) + '⟦' + s.slice(f.start, f.end) + '⟧' + s.slice(f.end);
  return s;
}
