// The benches' damaged text: the corpus dev split's degraded drafts (../shared/corpus/dev, read at run time, never
// committed), in a fixed order, repeated to `bytes` bytes of UTF-8; null without the corpus. One definition for
// scripts/bench.mjs, bench-cli.mjs and bench-lsp.mjs, so their numbers are about the same text.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function devCorpusText(bytes) {
  const dev = path.resolve(ROOT, '..', 'shared', 'corpus', 'dev');
  if (!fs.existsSync(dev)) return null;
  const texts = fs.readdirSync(dev).sort().map((d) => fs.readFileSync(path.join(dev, d, 'degraded.txt'), 'utf8'));
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    parts.push(texts[i % texts.length], '\n');
    size += Buffer.byteLength(texts[i % texts.length]) + 1;
  }
  return parts.join('');
}

/** The keystrokes the LSP benches type (bench-lsp.mjs, profile-keystroke.mjs): a word typed letter by letter in the middle of the draft, a space, a backspace, a line break. */
export function keystrokes(text, n) {
  const out = [];
  let at = text.indexOf(' ', Math.floor(text.length / 2)) + 1;
  const word = 'والمزارعين ';
  for (let k = 0; k < n; k++) {
    if (k % 23 === 22) {
      out.push({ at: at - 1, del: 1, ins: '' }); // backspace
      at -= 1;
    } else {
      const ins = k % 31 === 30 ? '\n' : word[k % word.length];
      out.push({ at, del: 0, ins });
      at += 1;
    }
  }
  return out;
}
