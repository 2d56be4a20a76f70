/**
 * Adversarial inputs for the core: huge runs of one character, one enormous line, very many short lines,
 * deep and unbalanced nesting, only digits, mixed scripts with surrogate pairs, random code units with lone
 * surrogates. Shared by `scripts/bench.mjs` (full size) and `server/src/core/adversarial.test.ts` (scaled
 * down). Pure and deterministic: the random inputs come from a fixed-seed generator.
 */

export interface AdversarialInput {
  name: string;
  text: string;
}

/** 2^20 UTF-16 code units: "1 MB" of one character, whatever its UTF-8 width. */
export const MI = 1024 * 1024;

/** A small deterministic generator (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'أعلنت وزارة الزراعة يوم الإثنين عن خطة جديدة لدعم صغار المزارعين في المناطق الريفية وقالت الوزيرة إن الخطة ستنطلق مطلع العام المقبل بميزانية قدرها مليون دينار'.split(' ');

/** Words joined by single spaces, no line break, up to `bytes` bytes of UTF-8 (each letter takes 2). */
function wordLine(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; ; i++) {
    const w = WORDS[(i * 7) % WORDS.length];
    if (n + 2 * w.length + 1 > bytes) break;
    parts.push(w);
    n += 2 * w.length + 1;
  }
  return parts.join(' ');
}

/** Text from `pieces` picked at random (fixed seed) until `units` code units. */
function mix(units: number, pieces: string[], seed: number): string {
  const rnd = prng(seed);
  const out: string[] = [];
  let n = 0;
  while (n < units) {
    const p = pieces[Math.floor(rnd() * pieces.length)];
    out.push(p);
    n += p.length;
  }
  return out.join('');
}

/**
 * The inputs, each `scale` × its full size (1 = the bench's sizes: 1 Mi code units, 100,000 lines, 50,000
 * nesting levels), and one line of Arabic words of `lineMB` MB of UTF-8.
 */
export function adversarialInputs(scale = 1, lineMB = 10): AdversarialInput[] {
  const one = Math.max(1, Math.round(MI * scale));
  const levels = Math.max(1, Math.round(50000 * scale));
  const lines = Math.max(1, Math.round(100000 * scale));
  const open = '\u00ab([\u0022';
  const close = '\u0022])\u00bb';
  const inputs: AdversarialInput[] = [];
  for (const [label, ch] of [
    ['tatweel U+0640', '\u0640'],
    ['alef U+0627', '\u0627'],
    ['space', ' '],
    ['RLE U+202B', '\u202b'],
    ['digit 5', '5'],
    ['straight quote "', '\u0022'],
    ['open bracket (', '('],
  ] as const) {
    inputs.push({ name: `${one === MI ? '1 Mi' : one} × ${label}`, text: ch.repeat(one) });
  }
  inputs.push({ name: `${lineMB} MB single line of Arabic words`, text: wordLine(Math.round(lineMB * MI)) });
  {
    const ls: string[] = [];
    for (let i = 0; i < lines; i++) ls.push(i % 3 === 0 ? 'في' : i % 3 === 1 ? 'قال' : `${i % 100}`);
    inputs.push({ name: `${lines} short lines`, text: ls.join('\n') });
  }
  inputs.push({ name: `${levels} levels of «([" nested, balanced`, text: `${open.repeat(levels)}نص${close.repeat(levels)}` });
  inputs.push({ name: `${levels} levels of «([" opened, never closed`, text: `${open.repeat(levels)}نص` });
  inputs.push({ name: `${levels} levels closed, never opened`, text: `نص${close.repeat(levels)}` });
  inputs.push({ name: `${levels} levels, closed in the wrong order`, text: `${open.repeat(levels)}نص${'\u00bb)]\u0022'.repeat(levels)}` });
  // (found quadratic before: missing-numeral counted the quotes before each spaced quote of a line, and
  // reversed-lam-alef copied and looked up a whole word per lam-alef pair in it)
  inputs.push({ name: `${one === MI ? '1 Mi' : one} of spaced straight quotes around words`, text: mix(one, ['\u0022 \u0643\u0644\u0645\u0629 '], 3) });
  inputs.push({ name: `one word of ${one === MI ? '1 Mi' : one} units, a reversed lam-alef every 3`, text: mix(one, ['\u0627\u0625\u0644'], 3) });
  inputs.push({ name: `one word of ${one === MI ? '1 Mi' : one} units torn by kashida glyphs (اإل%)`, text: mix(one, ['\u0627\u0625\u0644%'], 3) });
  inputs.push({ name: `${one === MI ? '1 Mi' : one} digits only`, text: mix(one, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], 5) });
  inputs.push({
    name: `${one === MI ? '1 Mi' : one} mixed scripts (Arabic, Latin, Hebrew, CJK, emoji)`,
    text: mix(
      one,
      ['\u0627\u0644\u0643\u062a\u0627\u0628', 'book', '\u05e1\u05e4\u05e8', '\u66f8', '\ud83d\ude00', '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67', ' ', '\u060c ', '. ', '\n', '\u0663\u0664', '2014', '\u0640', '\ufefb', '\u202b', '\u202c', '\u00ab', '\u00bb', '(', ')'],
      7,
    ),
  });
  {
    const rnd = prng(11);
    const codes = new Array<number>(one);
    for (let i = 0; i < one; i++) codes[i] = Math.floor(rnd() * 0x10000);
    const parts: string[] = [];
    for (let i = 0; i < one; i += 8192) parts.push(String.fromCharCode(...codes.slice(i, i + 8192)));
    inputs.push({ name: `${one === MI ? '1 Mi' : one} random code units (lone surrogates)`, text: parts.join('') });
  }
  return inputs;
}
