/**
 * PDF damage for measuring a language rule (unattributed-claim) apart from its tuning: each function takes
 * clean text and returns it as one PDF route or extractor damages it. Written as test tooling from the defect
 * catalogue (shared/docs/arabic-defects.md) and the corpus README, not from the rule. Deterministic: the
 * randomness is seeded by the text itself, so a sentence is always damaged the same way.
 *
 *  - forms:      every Arabic letter as its presentation form (lam-alef as one ligature);
 *  - kashida-!, kashida-%, kashida-fffd: justification kashidas extracted as glyphs (`!`, `%`, U+FFFD) inside
 *                words, 1–3 of them between two joining letters, in about half the long words;
 *  - tatweel:    the same stretch written with U+0640;
 *  - visual:     each line in visual order (characters reversed, digit and Latin runs kept left to right,
 *                brackets and quotes mirrored), as mutool and pdfminer extract a right-to-left line;
 *  - bidi:       pdftotext's embeddings: each line wrapped in RLE…PDF, digit/Latin runs and punctuation in
 *                LRE…PDF, an RLM after some punctuation;
 *  - torn:       words torn across a space (`تمو يل`), as justification gaps come out of extraction;
 *  - forms+visual: the reportlab route (shaped, then drawn in visual order).
 */
import { toPresentationForms } from '../core/text/charclass';

export type DamageName = 'forms' | 'kashida-!' | 'kashida-%' | 'kashida-fffd' | 'tatweel' | 'visual' | 'bidi' | 'torn' | 'forms+visual';

export const DAMAGES: readonly DamageName[] = ['forms', 'kashida-!', 'kashida-%', 'kashida-fffd', 'tatweel', 'visual', 'bidi', 'torn', 'forms+visual'];

/** A small seeded generator (LCG), seeded from the text so each sentence is damaged the same way every run. */
function rng(text: string, salt: number): () => number {
  let seed = (2166136261 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) seed = Math.imul(seed ^ text.charCodeAt(i), 16777619) >>> 0;
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
}

const isLetter = (c: number): boolean => (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a);
/** Letters that never join the next one: a kashida cannot follow them. */
const NON_JOINING = new Set([0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648, 0x0649]);

/** Insert `make()` between joining letters inside some words of 4+ letters (at most one place per word). */
function stretch(text: string, salt: number, share: number, make: (r: () => number) => string): string {
  const r = rng(text, salt);
  return text.replace(/[\u0621-\u064a\u064b-\u0652]{4,}/g, (w) => {
    if (r() >= share) return w;
    const places: number[] = [];
    for (let i = 0; i + 1 < w.length; i++) {
      const c = w.charCodeAt(i);
      if (isLetter(c) && !NON_JOINING.has(c) && isLetter(w.charCodeAt(i + 1))) places.push(i + 1);
    }
    if (places.length === 0) return w;
    const p = places[Math.floor(r() * places.length)];
    return w.slice(0, p) + make(r) + w.slice(p);
  });
}

function kashida(glyph: string, salt: number): (t: string, extra: number) => string {
  return (t, extra) => stretch(t, salt + 31 * extra, 0.5, (r) => glyph.repeat(1 + Math.floor(r() * 3)));
}

const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '«': '»', '»': '«', '“': '”', '”': '“', '<': '>', '>': '<' };

/** One line in visual order: characters reversed, runs of digits and Latin letters kept in their order. */
function visualLine(line: string): string {
  const runs = line.match(/[0-9A-Za-z][0-9A-Za-z.,:%/-]*[0-9A-Za-z%]|[0-9A-Za-z]|[^]/g) ?? [];
  return runs
    .reverse()
    .map((x) => (x.length === 1 ? MIRROR[x] ?? x : x))
    .join('');
}

function visual(t: string): string {
  return t.split('\n').map(visualLine).join('\n');
}

function bidi(t: string): string {
  return t
    .split('\n')
    .map((line) => {
      if (line.length === 0) return line;
      const inner = line.replace(/[0-9A-Za-z][0-9A-Za-z.,:%/-]*|[.,:;!?()«»"،؛]/g, (m) => {
        const wrapped = '\u202a' + m + '\u202c';
        return /[،.:؛]/.test(m) ? wrapped + '\u200f' : wrapped;
      });
      return '\u202b' + inner + '\u202c';
    })
    .join('\n');
}

function torn(t: string, extra: number): string {
  const r = rng(t, 7 + 31 * extra);
  let any = false;
  const out = t.replace(/[\u0621-\u064a]{5,}/g, (w) => {
    if (r() >= 0.35) return w;
    any = true;
    const p = 2 + Math.floor(r() * (w.length - 3));
    return w.slice(0, p) + ' ' + w.slice(p);
  });
  if (any) return out;
  // at least one tear per text: the longest word
  const words = t.match(/[\u0621-\u064a]{5,}/g);
  if (!words) return t;
  const w = words.reduce((a, b) => (b.length > a.length ? b : a));
  const p = Math.floor(w.length / 2);
  return t.replace(w, w.slice(0, p) + ' ' + w.slice(p));
}

const FNS: Record<DamageName, (t: string, extra: number) => string> = {
  forms: (t) => toPresentationForms(t),
  'kashida-!': kashida('!', 1),
  'kashida-%': kashida('%', 2),
  'kashida-fffd': kashida('\ufffd', 3),
  tatweel: kashida('\u0640', 4),
  visual,
  bidi,
  torn,
  'forms+visual': (t) => t.split('\n').map((l) => toPresentationForms(l, true)).join('\n'),
};

/** The text as the named damage leaves it; `seed` draws another damage of the same kind (0: the default one). */
export function damage(name: DamageName, text: string, seed = 0): string {
  return FNS[name](text, seed);
}
