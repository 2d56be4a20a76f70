/**
 * Inline suppression (the keys of "ignore here" are built in `review.ts`). Pure, linear, never throws.
 *
 * Directives are HTML comments, as Markdown linters write them, in Markdown and plain text alike:
 *
 *   <!-- tadqiq-disable-next-line [rule …] -->   the next line that is not blank and not only directives
 *   <!-- tadqiq-disable-line [rule …] -->        the line the comment is on
 *   <!-- tadqiq-disable [rule …] -->             from the comment on …
 *   <!-- tadqiq-enable [rule …] -->              … to here (a disable without enable runs to the end)
 *
 * No rule named means every rule; ids are separated by spaces or commas; unknown ids are ignored.
 * Disabling is not counted: one `enable` ends any number of `disable`s of the same rules. A directive
 * is one comment on one line (`<!--` … `-->`); the caller passes the text with Markdown code blanked,
 * so a comment inside a code span or fence is not a directive.
 */

/** Where directives are: the comments (to blank before the rules run) and, per rule id, suppressed ranges. */
export interface Directives {
  /** [start, end) of every directive comment, in order. */
  comments: Array<[number, number]>;
  /** Per rule id: sorted, disjoint [start, end) ranges in which findings starting there are dropped. */
  ranges: Map<string, Array<[number, number]>>;
}

type Kind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/** The longest comment looked at as a directive (every rule id of the registry fits many times). */
const MAX_DIRECTIVE = 2000;
const PREFIX = 'tadqiq-';

/** Parses one comment's inside (between `<!--` and `-->`): its kind and its rule ids (empty: all). */
function parseComment(body: string): { kind: Kind; ids: string[] } | null {
  const s = body.trim();
  if (!s.startsWith(PREFIX)) return null;
  const m = /^tadqiq-(disable-next-line|disable-line|disable|enable)(?=[\s,]|$)/.exec(s);
  if (!m) return null;
  const ids = s
    .slice(m[0].length)
    .split(/[\s,]+/)
    .filter((x) => x.length > 0)
    .map((x) => x.toLowerCase());
  return { kind: m[1] as Kind, ids };
}

/**
 * Finds the directives of `text` (Markdown code blanked) for the rule ids in `known` (the others are
 * ignored); `original` is the text before blanking, same length. Line by line, one search per comment:
 * linear in the text.
 */
export function findDirectives(text: string, known: readonly string[], original: string = text): Directives {
  const comments: Array<[number, number]> = [];
  const ranges = new Map<string, Array<[number, number]>>();
  if (typeof text !== 'string' || text.indexOf('<!--') < 0) return { comments, ranges };
  const knownSet = new Set(known);
  // Range state: `base` (every rule disabled) with per-rule overrides; `open` is where each rule's current range began.
  let base = false;
  const override = new Map<string, boolean>();
  const open = new Map<string, number>();
  const push = (id: string, s: number, e: number) => {
    if (e <= s) return;
    let list = ranges.get(id);
    if (!list) ranges.set(id, (list = []));
    // (ranges arrive out of order: a range still open is pushed at the end; sorted and merged below)
    list.push([s, e]);
  };
  const disabled = (id: string) => override.get(id) ?? base;
  /** Applies a new state at `at`: ranges close for rules that become enabled and open for those that become disabled. */
  const transition = (at: number, change: () => void) => {
    const before = new Map<string, boolean>();
    for (const id of known) before.set(id, disabled(id));
    change();
    for (const id of known) {
      const was = before.get(id)!;
      const now = disabled(id);
      if (!was && now) open.set(id, at);
      else if (was && !now) {
        push(id, open.get(id) ?? at, at);
        open.delete(id);
      }
    }
  };
  // Pending next-line directives: the rule ids (null = all) waiting for the next line with content.
  let pending: Array<string[] | null> = [];

  const n = text.length;
  // The next `<!--` and `-->` at or after a position, found once each: positions only grow, so the
  // searches stay linear however many lines there are.
  let nextOpen = -2;
  let nextClose = -2;
  const openAt = (from: number) => {
    if (nextOpen === -1 || (nextOpen >= from && nextOpen !== -2)) return nextOpen;
    return (nextOpen = text.indexOf('<!--', from));
  };
  const closeAt = (from: number) => {
    if (nextClose === -1 || (nextClose >= from && nextClose !== -2)) return nextClose;
    return (nextClose = text.indexOf('-->', from));
  };
  let lineStart = 0;
  while (lineStart <= n) {
    // the line [lineStart, contentEnd) and the start of the next one
    let contentEnd = lineStart;
    while (contentEnd < n) {
      const c = text.charCodeAt(contentEnd);
      if (c === 0x0a || c === 0x0d) break;
      contentEnd++;
    }
    let next = contentEnd;
    if (next < n) next += text.charCodeAt(next) === 0x0d && text.charCodeAt(next + 1) === 0x0a ? 2 : 1;
    else next = n + 1;
    // the comments of this line; is there anything else on it?
    let other = false;
    let hasComment = false;
    const lineDirectives: Array<{ kind: Kind; ids: string[]; start: number; end: number }> = [];
    let p = lineStart;
    while (p < contentEnd) {
      const o = openAt(p);
      if (o < 0 || o >= contentEnd) {
        if (!isBlank(text, p, contentEnd)) other = true;
        break;
      }
      if (!isBlank(text, p, o)) other = true;
      const c = closeAt(o + 4);
      if (c < 0 || c + 3 > contentEnd) {
        // an unclosed comment on this line: not a directive, and the rest is content
        other = true;
        break;
      }
      hasComment = true;
      const end = c + 3;
      const d = end - o <= MAX_DIRECTIVE ? parseComment(text.slice(o + 4, c)) : null;
      if (d) {
        const ids = d.ids.filter((id) => knownSet.has(id));
        // a comment naming only unknown ids does nothing (it is not "all rules")
        if (d.ids.length === 0 || ids.length > 0) lineDirectives.push({ kind: d.kind, ids, start: o, end });
        comments.push([o, end]);
      } else other = true;
      p = end;
    }
    const directiveOnly = hasComment && !other;
    // a line with content takes the pending next-line directives
    // (in the original text: a line of Markdown code is blank in `text` and yet a line with content)
    if (!directiveOnly && pending.length && !isBlank(original.length === text.length ? original : text, lineStart, contentEnd)) {
      for (const ids of pending) for (const id of ids ?? known) push(id, lineStart, Math.min(next, n));
      pending = [];
    }
    for (const d of lineDirectives) {
      const ids = d.ids.length ? d.ids : null;
      if (d.kind === 'disable-next-line') pending.push(ids);
      else if (d.kind === 'disable-line') for (const id of ids ?? known) push(id, lineStart, Math.min(next, n));
      else if (d.kind === 'disable')
        transition(d.start, () => {
          if (!ids) {
            base = true;
            override.clear();
          } else for (const id of ids) override.set(id, true);
        });
      else
        transition(d.start, () => {
          if (!ids) {
            base = false;
            override.clear();
          } else for (const id of ids) override.set(id, false);
        });
    }
    lineStart = next;
  }
  // a disable without enable runs to the end of the text
  for (const [id, s] of open) push(id, s, n + 1);
  for (const list of ranges.values()) list.sort((a, b) => a[0] - b[0]);
  mergeAll(ranges);
  return { comments, ranges };
}

function mergeAll(ranges: Map<string, Array<[number, number]>>): void {
  for (const [id, list] of ranges) {
    const out: Array<[number, number]> = [];
    for (const r of list) {
      const last = out[out.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else out.push([r[0], r[1]]);
    }
    ranges.set(id, out);
  }
}

function isBlank(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x20 || c === 0x09 || c === 0xa0 || c === 0xfeff)) return false;
  }
  return true;
}

/** Whether offset `at` lies in a suppressed range of rule `ruleId`. */
export function isSuppressed(d: Directives, ruleId: string, at: number): boolean {
  const list = d.ranges.get(ruleId);
  if (!list || list.length === 0) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo][0] <= at;
}

/**
 * The edit of "Ignore on this line": `<!-- tadqiq-disable-next-line <rule> -->` on its own line above the
 * line where the finding starts, with that line's indentation (spaces, tabs and blockquote markers) and
 * the text's own line ending.
 */
export function disableNextLineEdit(text: string, ruleId: string, at: number): { start: number; end: number; newText: string } {
  const o = Math.max(0, Math.min(at, text.length));
  let s = o;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === 0x0a || c === 0x0d) break;
    s--;
  }
  let i = s;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3e) break;
    i++;
  }
  return { start: s, end: s, newText: `${text.slice(s, i)}<!-- tadqiq-disable-next-line ${ruleId} -->${lineEnding(text)}` };
}

function lineEnding(text: string): string {
  const i = text.search(/\r\n|\r|\n/);
  if (i < 0) return '\n';
  return text.charCodeAt(i) === 0x0d ? (text.charCodeAt(i + 1) === 0x0a ? '\r\n' : '\r') : '\n';
}

