/**
 * A finding's repair as a reader sees it: the words around the finding before and after its preferred fix
 * (the one fix-all applies), with invisible characters shown as `<U+XXXX>` and line breaks as `⏎`.
 * The language server's hover shows it. Pure and bounded: at most `MAX_CONTEXT` characters of context are
 * looked at on either side, and a long excerpt is cut.
 */
import { applyEdits, preferredFix } from './fix';
import { isWhitespace } from './text/arabic';
import { visible } from './text/visible';
import type { Edit, Finding, Fix } from './types';

const MAX_CONTEXT = 40;
const MAX_EXCERPT = 160;

export interface RepairPreview {
  before: string;
  after: string;
  /** The fix shown (its title is the quick fix's). */
  fix: Fix;
}


/** Display form: invisible characters as `<U+XXXX>`, each line break (CRLF, LF, CR) as ⏎. */
export function displayText(s: string): string {
  return visible(s).replace(/\r\n|\r|\n/g, '⏎');
}

function cut(s: string): string {
  return s.length > MAX_EXCERPT ? s.slice(0, MAX_EXCERPT) + '…' : s;
}

export function repairPreview(text: string, f: Finding): RepairPreview | undefined {
  const fix = preferredFix(f);
  if (!fix) return undefined;
  let lo = f.start;
  let hi = f.end;
  for (const e of fix.edits) {
    lo = Math.min(lo, e.start);
    hi = Math.max(hi, e.end);
  }
  lo = Math.max(0, Math.min(lo, text.length));
  hi = Math.max(lo, Math.min(hi, text.length));
  // Widen to whole words on the finding's line(s): stop at whitespace, at a line break, or after MAX_CONTEXT.
  let a = lo;
  let leadCut = false;
  while (a > 0 && !isWhitespace(text.charCodeAt(a - 1))) {
    if (lo - a >= MAX_CONTEXT) {
      leadCut = true;
      break;
    }
    a--;
  }
  let b = hi;
  let tailCut = false;
  while (b < text.length && !isWhitespace(text.charCodeAt(b))) {
    if (b - hi >= MAX_CONTEXT) {
      tailCut = true;
      break;
    }
    b++;
  }
  // never split a surrogate pair at the edges
  if (a > 0 && (text.charCodeAt(a) & 0xfc00) === 0xdc00) a--;
  if (b < text.length && (text.charCodeAt(b - 1) & 0xfc00) === 0xd800) b++;
  const shifted: Edit[] = fix.edits.map((e) => ({ start: Math.max(0, e.start - a), end: Math.max(0, e.end - a), newText: e.newText }));
  const before = text.slice(a, b);
  const after = applyEdits(before, shifted);
  const wrap = (s: string) => (leadCut ? '…' : '') + cut(displayText(s)) + (tailCut ? '…' : '');
  return { before: wrap(before), after: wrap(after), fix };
}
