/**
 * Inline suppression and "ignore here" keys. Pure, linear, never throws.
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

// ---------------------------------------------------------------------------------------------
// "Ignore here" keys (.tadqiq/reviewed.json), for any rule

const OPEN = '\u27e6'; // ⟦
const CLOSE = '\u27e7'; // ⟧
const SPAN_MAX = 40;
const WORDS = 3;
const SCAN = 80;

/** Tatweel, controls and format characters, written as <U+XXXX> in keys (the file stays readable). */
function isInvisible(c: number): boolean {
  return (
    c === 0x0640 ||
    c === 0x00ad ||
    c === 0x061c ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff ||
    (c < 0x20 && c !== 0x09) ||
    (c >= 0x7f && c < 0xa0)
  );
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
const isBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;

/** text[s, e) with invisible characters as <U+XXXX>, line breaks and runs of spaces as one space, trimmed. */
function readable(text: string, s: number, e: number): string {
  let out = '';
  let space = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isBreak(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < e && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      out += text.slice(i, i + 2);
      i++;
    } else if (isInvisible(c) || (c >= 0xd800 && c <= 0xdfff)) out += `<U+${c.toString(16).toUpperCase().padStart(4, '0')}>`;
    else out += text[i];
  }
  return out;
}

/** Up to WORDS space-separated chunks before `s` and after `e` on their line (bounded scan). */
function contextEdge(text: string, from: number, dir: -1 | 1): number {
  let p = from;
  let seen = 0;
  let inWord = false;
  for (let steps = 0; steps < SCAN; steps++) {
    const q = dir < 0 ? p - 1 : p;
    if (q < 0 || q >= text.length) break;
    const c = text.charCodeAt(q);
    if (isBreak(c)) break;
    if (isSpace(c)) {
      if (inWord && ++seen === WORDS) break;
      inWord = false;
    } else inWord = true;
    p += dir;
  }
  return p;
}

/**
 * The key "Ignore here" stores for a finding: `<rule>:<words before> ⟦<flagged text>⟧ <words after>`,
 * up to three words either side on the finding's line, invisible characters written as <U+XXXX>, spaces
 * collapsed. The same words with the same defect elsewhere share the key (as "mark as reviewed" does).
 * Distinct from the two older key shapes (missing-numeral's `missing-numeral:… ‸ …`, the claim rule's
 * sentences), which stay valid.
 */
export function ignoreKey(text: string, f: { ruleId: string; start: number; end: number }): string {
  if (typeof text !== 'string') return '';
  const s = Math.max(0, Math.min(f.start, text.length));
  const e = Math.max(s, Math.min(f.end, text.length));
  let span: string;
  if (e - s > SPAN_MAX) span = `${readable(text, s, s + SPAN_MAX / 2)}…${readable(text, e - SPAN_MAX / 2, e)}`;
  else span = readable(text, s, e);
  const before = readable(text, contextEdge(text, s, -1), s);
  const after = readable(text, e, contextEdge(text, e, 1));
  return `${f.ruleId}:${before} ${OPEN}${span}${CLOSE} ${after}`;
}

/** The rule ids that have "ignore here" keys among `keys` (to compute keys only for their findings). */
export function ignoredRules(keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) {
    if (typeof k !== 'string' || k.indexOf(OPEN) < 0) continue;
    const m = /^([a-z][a-z0-9-]*):/.exec(k);
    if (m) out.add(m[1]);
  }
  return out;
}
