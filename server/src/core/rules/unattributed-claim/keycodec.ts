/**
 * Key lists stored as text (the default lexicon's surface keys, data/keys.data.ts, made by
 * scripts/build-claim-keys.mjs): ascending keys as gaps, each gap in base-32 digits, most significant first, the last digit of
 * a number marked (digits '0'..'O' continue it, 'P'..'o' end it: printable ASCII, so a bundle keeps it one-byte).
 */
import { KeySet } from './tokens';

/** Ascending keys → text. */
export function encodeKeys(keys: readonly number[]): string {
  let out = '';
  let prev = 0;
  for (const k of keys) {
    let gap = k - prev;
    prev = k;
    const digits: number[] = [];
    do {
      digits.push(gap & 31);
      gap = Math.floor(gap / 32);
    } while (gap > 0);
    for (let i = digits.length - 1; i > 0; i--) out += String.fromCharCode(0x30 + digits[i]);
    out += String.fromCharCode(0x50 + digits[0]);
  }
  return out;
}

/** Text → its keys, added to `into` (a new set, sized for them, when none is given). */
export function decodeKeys(text: string, into: KeySet = new KeySet(text.length / 3)): KeySet {
  let k = 0;
  let gap = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x50) {
      k += gap * 32 + (c - 0x50);
      into.add(k);
      gap = 0;
    } else gap = gap * 32 + (c - 0x30);
  }
  return into;
}
