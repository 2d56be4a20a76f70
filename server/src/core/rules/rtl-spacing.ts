/**
 * rtl-spacing — a space on the wrong side of a comma, a period or a number, as pdftotext leaves them
 * inside the LRE…PDF embeddings it wraps around every left-to-right piece of an RTL line: the content of
 * the embedding is written in visual order, so `الواقع ،إن` stands for `الواقع، إن` and `عام 2016قامت`
 * for `عام 2016 قامت`.
 *
 * Flagged when reversing the pieces of the embedding moves only spaces (the order of the non-space
 * characters is kept; when it changes, broken-fragment reports it). Fix (preferred): the reversed content
 * (as edits of the spaces around a lone number, which reversed-digits may be reversing in the same pass);
 * the closing PDF goes too, so the embedding is not read as visual again (the bidi-control rule removes
 * the opening LRE).
 */
import { defineRule } from '../types';
import type { Rule, RuleFinding } from '../types';
import { nonSpace, pieces } from '../text/embedding';

const PDF = 0x202c;

/**
 * The fix as edits of the spaces and the closing PDF only, when one piece is all there is between them
 * (` 2016` → `2016 `): the number itself is left to reversed-digits, whose edit would overlap a rewrite of
 * the whole embedding and be dropped from the same fix-all pass.
 */
function spaceEdits(ps: string[], s: number, e: number): Array<{ start: number; end: number; newText: string }> | null {
  const core = ps.filter((p) => p.trim() !== '');
  if (core.length !== 1) return null;
  const k = ps.indexOf(core[0]);
  const lead = ps.slice(0, k).join('');
  const trail = ps.slice(k + 1).join('');
  if (lead.trim() !== '' || trail.trim() !== '') return null;
  return [
    { start: s + 1, end: s + 1 + lead.length, newText: trail },
    { start: e - trail.length, end: e + 1, newText: lead },
  ];
}

export const rtlSpacing: Rule = defineRule({
  id: 'rtl-spacing',
  title: { en: 'Space on the wrong side (RTL extraction)', ar: 'مسافة في غير جهتها (استخراج معكوس)' },
  description: {
    en: 'Flags a space on the wrong side of punctuation or a number inside the left-to-right embeddings that pdftotext writes in visual order (الواقع ،إن for الواقع، إن), and moves it.',
    ar: 'ينبّه إلى مسافة في غير جهتها من علامة ترقيم أو عدد داخل المقاطع ذات الاتجاه من اليسار إلى اليمين التي يكتبها pdftotext بالترتيب البصري (الواقع ،إن بدل الواقع، إن)، وينقلها.',
  },
  defaultSeverity: 'info',
  defaultEnabled: true,
  reach: 'line',
  options: {},
  messages: {
    wrongSide: {
      en: 'Space on the wrong side (right-to-left extraction order): “{inner}” reads “{fixed}”.',
      ar: 'مسافة في غير جهتها (ترتيب استخراج معكوس): «{inner}» صوابها «{fixed}».',
    },
    moveSpace: {
      en: 'Move the space: “{fixed}”',
      ar: 'نقل المسافة: «{fixed}»',
    },
  },
  check({ text, message }) {
    const out: RuleFinding[] = [];
    for (let s = text.indexOf('\u202A'); s >= 0; s = text.indexOf('\u202A', s + 1)) {
      let e = s + 1;
      while (e < text.length && e - s < 200) {
        const c = text.charCodeAt(e);
        if (c === PDF || c === 0x0a || c === 0x0d || (c >= 0x202a && c <= 0x202e)) break;
        e++;
      }
      if (e >= text.length || text.charCodeAt(e) !== PDF) continue;
      const inner = text.slice(s + 1, e);
      if (!/\S/.test(inner) || !/ /.test(inner) || /[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]/.test(inner)) continue;
      const ps = pieces(inner);
      const rev = [...ps].reverse();
      if (nonSpace(rev).join('\u0000') !== nonSpace(ps).join('\u0000')) continue;
      const fixed = rev.join('');
      if (fixed === inner) continue;
      out.push({
        start: s + 1,
        end: e,
        message: message('wrongSide', { inner, fixed }),
        fixes: [
          {
            title: message('moveSpace', { fixed }),
            edits: spaceEdits(ps, s, e) ?? [{ start: s + 1, end: e + 1, newText: fixed }],
            preferred: true,
          },
        ],
      });
    }
    return out;
  },
});
