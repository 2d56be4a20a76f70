/** The findings' messages and fixes: "[من؟]" after the clause, the snippet "بحسب ${1:المصدر}", "mark as reviewed". */
import { COMMANDS } from '../../../shared/vocabulary';
import { sentenceKey as reviewedKey } from '../../review';
import { BREAK, CH, CONTROL, SPACE } from '../../text/chars';
import type { Fix } from '../../types';
import { WHO_MARKER, type Claim } from './claim';
import type { MessageId, Say } from './messages';

/** The message of a claim: its class (and whether it refers back), the flagged words as `{subject}`. */
export function messageFor(say: Say, c: Claim, subject: string): string {
  const id: MessageId = c.cls === 'anonymous' ? (c.refersBack ? 'anonymousBack' : 'anonymous') : c.cls === 'impersonal' ? 'impersonal' : c.refersBack ? 'vagueBack' : 'vague';
  return say(id, { subject });
}

/**
 * `ctx.message` for a lint with many findings: each message's text is asked for once (in the lint's language), then
 * its placeholders are filled by slicing — not a regular-expression replace per finding.
 */
export function templated(message: Say): Say {
  const tpl = new Map<MessageId, string>();
  return (id, data) => {
    let t = tpl.get(id);
    if (t === undefined) tpl.set(id, (t = message(id)));
    if (!data || t.indexOf('{') < 0) return t;
    let out = '';
    let pos = 0;
    for (let open = t.indexOf('{'); open >= 0; open = t.indexOf('{', pos)) {
      const close = t.indexOf('}', open);
      if (close < 0) break;
      const name = t.slice(open + 1, close);
      out += t.slice(pos, open) + (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : t.slice(open, close + 1));
      pos = close + 1;
    }
    return out + t.slice(pos);
  };
}

/** A blank, a line break or an invisible control (skipped when looking for a marker already there). */
function isBlankOrMark(c: number): boolean {
  return (CH[c] & (SPACE | BREAK | CONTROL)) !== 0 || (c >= 0x09 && c <= 0x0d);
}

const SNIPPET = 'بحسب ${1:المصدر}';
const SNIPPET_PLAIN = 'بحسب [المصدر]';

export function fixesFor(text: string, say: Say, c: Claim, keyCache: Map<number, string>): Fix[] {
  const fixes: Fix[] = [];
  // 1. [من؟] after the clause, unless it is already there
  // (the next 12 characters, leading blanks and bidi/zero-width marks skipped: no slice, no regex)
  const lim = Math.min(text.length, c.end + 12);
  let p = c.end;
  while (p < lim && isBlankOrMark(text.charCodeAt(p))) p++;
  if (!(p + WHO_MARKER.length <= lim && text.startsWith(WHO_MARKER, p))) {
    const clause = text.slice(c.start, c.end);
    const preview = clause.length > 40 ? '…' + clause.slice(-40) : clause;
    fixes.push({
      title: say('insertMarker', { marker: WHO_MARKER, preview }),
      edits: [{ start: c.end, end: c.end, newText: ' ' + WHO_MARKER }],
    });
  }
  // 2. replace the vague attribution with a snippet "بحسب ${1:المصدر}"
  if (c.replace && c.replace.end > c.replace.start) {
    const comma = c.replace.comma ? '،' : '';
    let old = text.slice(c.replace.start, c.replace.end);
    if (old.length > 50) old = old.slice(0, 24) + '…' + old.slice(-24);
    fixes.push({
      title: say('replaceWithSnippet', { old, replacement: SNIPPET_PLAIN + comma }),
      edits: [{ start: c.replace.start, end: c.replace.end, newText: SNIPPET + comma }],
      snippet: true,
      plainText: SNIPPET_PLAIN + comma,
    });
  }
  // 3. mark as reviewed (one key per sentence, however many claims it has)
  let k = keyCache.get(c.sentence.start);
  if (k === undefined) {
    k = reviewedKey(text.slice(c.sentence.start, c.sentence.end));
    keyCache.set(c.sentence.start, k);
  }
  fixes.push({
    title: say('markReviewed'),
    edits: [],
    command: { id: COMMANDS.markReviewed, args: [k] },
  });
  return fixes;
}

