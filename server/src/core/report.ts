/**
 * The review report: one self-contained HTML page that shows a draft right to left as a reader sees it,
 * with the invisible characters made visible, the findings highlighted by family, a summary that counts
 * findings per rule and per family (200 per-word findings read as "tatweel: 180 in 40 lines"), and the list
 * of findings. Pure (no IO): the CLI writes it to a file (`tadqiq report`), the language server returns it
 * to the VS Code extension (`tadqiq/report`), which shows it in a webview.
 *
 * Safety: every piece of draft text, message, rule title and file name is HTML-escaped; invisible and
 * control characters never reach the page raw (an RLO in the draft cannot reorder the report); the page loads
 * nothing (no external resource) and carries a strict Content-Security-Policy. The file version has no
 * script; the webview version has one inline script, allowed by a nonce only.
 */
import { getRule, RULES } from './registry';
import { CONTROL_NAMES, codePointLabel, isInvisibleControl } from './text/charclass';
import { LineIndex } from './text/lines';
import type { Finding, Locale, Text2 } from './types';
import { t } from './types';

/** The four kinds a finding is highlighted by. */
export type Family = 'damage' | 'characters' | 'numbers' | 'sourcing';
export const FAMILIES: readonly Family[] = ['characters', 'damage', 'numbers', 'sourcing'];

const FAMILY_TITLES: Record<Family, Text2> = {
  characters: { en: 'Characters', ar: 'المحارف' },
  damage: { en: 'Broken right-to-left text', ar: 'نص مكسور الاتجاه' },
  numbers: { en: 'Numbers', ar: 'الأرقام' },
  sourcing: { en: 'Sourcing', ar: 'الإسناد' },
};

/**
 * The family of every rule of the registry (test/report tests that none is missing). A rule not listed
 * here (a new one) is shown as damage until it is added.
 */
export const RULE_FAMILY: Readonly<Record<string, Family>> = {
  tatweel: 'characters',
  'tatweel-dash': 'characters',
  'presentation-form': 'characters',
  'bidi-control': 'characters',
  'extraction-junk': 'characters',
  'latin-punctuation': 'characters',
  diacritic: 'characters',
  'reversed-line': 'damage',
  'split-word': 'damage',
  'broken-fragment': 'damage',
  'reversed-lam-alef': 'damage',
  'mirrored-bracket': 'damage',
  'rtl-spacing': 'damage',
  'cut-word': 'damage',
  'broken-paragraph': 'damage',
  'unbalanced-quote': 'damage',
  'mixed-digits': 'numbers',
  'reversed-digits': 'numbers',
  'missing-numeral': 'numbers',
  'unattributed-claim': 'sourcing',
};

export function familyOf(ruleId: string): Family {
  return RULE_FAMILY[ruleId] ?? 'damage';
}

export interface ReportOptions {
  /** What the page is about: a file name or path, shown in the heading and the page title. */
  title: string;
  /** Language of the page's own words (headings, labels). Messages come in the language they were linted in. */
  locale?: Locale;
  /**
   * The webview version: findings in the list become clickable (an inline script posts
   * `{ type: 'reveal', start, end, line, character, endLine, endCharacter }` through `acquireVsCodeApi()`),
   * allowed by this nonce only. `cspSource` is the webview's own origin (`webview.cspSource`), allowed for styles.
   */
  interactive?: { nonce: string; cspSource?: string };
  /** At most this many findings are listed per rule (all of them are counted and highlighted). Default 500. */
  maxListedPerRule?: number;
}

export interface RuleCount {
  ruleId: string;
  family: Family;
  title: Text2;
  count: number;
  /** Distinct lines the findings start on. */
  lines: number;
}

export interface ReportSummary {
  total: number;
  /** Distinct lines with at least one finding. */
  lines: number;
  byFamily: Record<Family, { count: number; lines: number }>;
  /** Most findings first; ties in registry order. */
  byRule: RuleCount[];
}

/** Counts per rule and per family (the summary at the top of the page). */
export function summarize(text: string, findings: readonly Finding[], lineIndex = new LineIndex(text)): ReportSummary {
  const perRule = new Map<string, { count: number; lines: Set<number> }>();
  const perFamily = new Map<Family, Set<number>>();
  const allLines = new Set<number>();
  const byFamily = { damage: { count: 0, lines: 0 }, characters: { count: 0, lines: 0 }, numbers: { count: 0, lines: 0 }, sourcing: { count: 0, lines: 0 } };
  for (const f of findings) {
    const line = lineIndex.lineAt(f.start);
    let r = perRule.get(f.ruleId);
    if (!r) perRule.set(f.ruleId, (r = { count: 0, lines: new Set() }));
    r.count++;
    r.lines.add(line);
    const fam = familyOf(f.ruleId);
    byFamily[fam].count++;
    let fl = perFamily.get(fam);
    if (!fl) perFamily.set(fam, (fl = new Set()));
    fl.add(line);
    allLines.add(line);
  }
  for (const [fam, ls] of perFamily) byFamily[fam].lines = ls.size;
  const order = new Map(RULES.map((r, i) => [r.id, i] as const));
  const byRule: RuleCount[] = [...perRule]
    .map(([ruleId, r]) => ({ ruleId, family: familyOf(ruleId), title: getRule(ruleId)?.title ?? { en: ruleId, ar: ruleId }, count: r.count, lines: r.lines.size }))
    .sort((a, b) => b.count - a.count || (order.get(a.ruleId) ?? 1e9) - (order.get(b.ruleId) ?? 1e9) || (a.ruleId < b.ruleId ? -1 : 1));
  return { total: findings.length, lines: allLines.size, byFamily, byRule };
}

// ------------------------------------------------------------------------------------------------ escaping

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values; tatweel becomes a character reference, invisible characters a visible label ([RLM]). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]).replace(/\u0640/g, '&#x640;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `[${label(c.charCodeAt(0))}]`);
}

function label(c: number): string {
  return CONTROL_NAMES[c]?.abbr ?? codePointLabel(c);
}

const TATWEEL = 0x0640;

/**
 * One character of the draft as the page shows it: ordinary text escaped; tatweel kept (it joins the
 * letters) but marked; controls, zero-width and format characters replaced by a small label (never written
 * raw, so they cannot reorder or hide anything on the page); lone surrogates labelled.
 */
function visibleChar(code: number, locale: Locale): string {
  if (code === TATWEEL) return `<span class="inv tw" title="U+0640 ${locale === 'ar' ? 'تطويل' : 'tatweel'}">&#x640;</span>`;
  if (code === 0x09) return `<span class="inv tab" title="U+0009 tab">&#x2192;&#x9;</span>`;
  if (code === 0xa0) return `<span class="inv nbsp" title="U+00A0 ${locale === 'ar' ? 'مسافة غير فاصلة' : 'no-break space'}">&#xa0;</span>`;
  const name = CONTROL_NAMES[code];
  if (name) return `<span class="inv ctl" title="${codePointLabel(code)} ${escapeHtml(locale === 'ar' ? name.ar : name.en)}">${name.abbr}</span>`;
  return `<span class="inv ctl" title="${codePointLabel(code)}">${codePointLabel(code)}</span>`;
}

function needsVisible(c: number): boolean {
  return (
    c === TATWEEL ||
    c === 0x09 ||
    c === 0xa0 ||
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    isInvisibleControl(c) ||
    (c >= 0x2028 && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    (c >= 0xfff9 && c <= 0xfffb) ||
    c >= 0xfffe
  );
}

/** A piece of the draft, escaped, with invisible characters made visible (no line breaks in it). */
function draftHtml(text: string, from: number, to: number, locale: Locale): string {
  let out = '';
  let plain = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let special = needsVisible(c);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        width = 2;
      } else special = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) special = true;
    if (!special && c !== 0x26 && c !== 0x3c && c !== 0x3e && c !== 0x22 && c !== 0x27) {
      i += width - 1;
      continue;
    }
    out += text.slice(plain, i);
    out += special ? visibleChar(c, locale) : ESCAPES[text[i]];
    plain = i + 1;
  }
  return out + text.slice(plain, to);
}

// ------------------------------------------------------------------------------------------------ the page

const UI = {
  report: { en: 'Review report', ar: 'تقرير المراجعة' },
  summary: { en: 'Summary', ar: 'الخلاصة' },
  noFindings: { en: 'No problems found.', ar: 'لم يُعثر على مشكلات.' },
  total: { en: (n: number, l: number) => `${n} finding${n === 1 ? '' : 's'} on ${l} line${l === 1 ? '' : 's'}`, ar: (n: number, l: number) => `${n} ملاحظة في ${l} سطر` },
  ruleLine: { en: (n: number, l: number) => `${n} in ${l} line${l === 1 ? '' : 's'}`, ar: (n: number, l: number) => `${n} في ${l} سطر` },
  rule: { en: 'Rule', ar: 'القاعدة' },
  family: { en: 'Kind', ar: 'النوع' },
  count: { en: 'Findings', ar: 'الملاحظات' },
  lines: { en: 'Lines', ar: 'الأسطر' },
  draft: { en: 'The draft', ar: 'المسودة' },
  findings: { en: 'Findings', ar: 'الملاحظات' },
  more: { en: (n: number) => `… and ${n} more (highlighted in the draft)`, ar: (n: number) => `… و${n} غيرها (مظلّلة في المسودة)` },
  legend: { en: 'Invisible characters are shown as labels; tatweel is marked.', ar: 'تظهر المحارف الخفية علاماتٍ صغيرة، ويُميَّز التطويل.' },
  clickHint: { en: 'Click a finding to show it in the editor.', ar: 'انقر ملاحظةً لعرضها في المحرّر.' },
  lineCol: { en: 'line', ar: 'السطر' },
};

const NONCE = /^[A-Za-z0-9+/=_-]{8,128}$/;
/** A webview's CSP source is a scheme+host such as `https://*.vscode-cdn.net` or `vscode-webview://…`: nothing that could close the attribute. */
const CSP_SOURCE = /^[A-Za-z0-9+.:/*_-]{1,200}$/;

const STYLE = `
:root { color-scheme: light dark; --bg: #fdfcf8; --fg: #1f2328; --muted: #59636e; --line: #d8dee4;
  --characters: #f7c948; --damage: #f08c8c; --numbers: #74b9ff; --sourcing: #b89cf2; --inv: #c2185b; }
@media (prefers-color-scheme: dark) { :root { --bg: #1e1e1e; --fg: #e6e6e6; --muted: #a0a0a0; --line: #3a3a3a;
  --characters: #8a6d00; --damage: #8c2f2f; --numbers: #1f5f99; --sourcing: #5b3f9a; --inv: #ff7ab0; } }
body { margin: 0; padding: 1rem 1.5rem; background: var(--bg); color: var(--fg);
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Traditional Arabic", "Geeza Pro", "Segoe UI", "Tahoma", "Arial", sans-serif; line-height: 1.9; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; } h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.file { color: var(--muted); font-size: .95rem; unicode-bidi: isolate; }
table { border-collapse: collapse; margin: .25rem 0; } th, td { border-bottom: 1px solid var(--line); padding: .15rem .6rem; text-align: start; }
td.n { text-align: end; font-variant-numeric: tabular-nums; }
.fam { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-inline-end: .35em; vertical-align: middle; }
.fam.characters, mark.characters { background: var(--characters); } .fam.damage, mark.damage { background: var(--damage); }
.fam.numbers, mark.numbers { background: var(--numbers); } .fam.sourcing, mark.sourcing { background: var(--sourcing); }
mark { color: inherit; border-radius: 2px; } mark.multi { outline: 1px dashed var(--fg); }
mark.gap { padding: 0 .2em; font-weight: bold; }
.draft { border: 1px solid var(--line); border-radius: 4px; padding: .5rem 0; font-size: 1.2rem; }
.line { display: flex; gap: .75rem; padding: 0 .75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.line:target { background: rgba(127, 127, 127, .15); }
.ln { flex: none; min-width: 2.5em; color: var(--muted); text-align: end; user-select: none; font-size: .8rem; line-height: 2.6; font-family: monospace; }
.tx { flex: 1; min-height: 1.9em; }
.inv { color: var(--inv); } .inv.tw { background: rgba(194, 24, 91, .18); border-bottom: 2px solid var(--inv); }
.inv.ctl { font: bold .6rem/1 monospace; border: 1px solid var(--inv); border-radius: 3px; padding: 0 .15em; margin: 0 .1em; vertical-align: middle; unicode-bidi: isolate; direction: ltr; }
.inv.nbsp { background: rgba(194, 24, 91, .12); } .inv.tab { font-size: .7em; }
.legend, .hint { color: var(--muted); font-size: .9rem; }
details { margin: .25rem 0; } summary { cursor: pointer; }
ol.findings { margin: .25rem 0; padding-inline-start: 1.5rem; }
ol.findings li { margin: .15rem 0; }
.finding a { color: inherit; text-decoration: none; display: block; border-radius: 3px; padding: 0 .25rem; }
.finding a:hover, .finding a:focus { background: rgba(127, 127, 127, .15); outline: none; }
.pos { color: var(--muted); font-family: monospace; font-size: .85rem; unicode-bidi: isolate; direction: ltr; display: inline-block; }
.excerpt { unicode-bidi: isolate; border: 1px solid var(--line); border-radius: 3px; padding: 0 .3em; }
`;

/** The reveal script of the webview version: a click (or Enter) on a listed finding posts its range to the extension. */
const SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('[data-start]') : null;
    if (!a) return;
    e.preventDefault();
    const n = (k) => Number(a.getAttribute(k));
    vscode.postMessage({ type: 'reveal', start: n('data-start'), end: n('data-end'), line: n('data-line'), character: n('data-character'), endLine: n('data-end-line'), endCharacter: n('data-end-character') });
  });
})();`;

/**
 * The report page for `text` and its `findings` (from `lintText`, in document order). Never throws on
 * malformed findings: those outside the text are left out.
 */
export function renderReport(text: string, findings: readonly Finding[], options: ReportOptions): string {
  const locale: Locale = options.locale ?? 'en';
  const lines = new LineIndex(text);
  const valid = findings.filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start <= f.end && f.end <= text.length);
  const summary = summarize(text, valid, lines);
  const interactive = options.interactive && NONCE.test(options.interactive.nonce) ? options.interactive : undefined;
  const cspSource = interactive?.cspSource && CSP_SOURCE.test(interactive.cspSource) ? ` ${interactive.cspSource}` : '';
  const csp = interactive
    ? `default-src 'none'; style-src${cspSource} 'unsafe-inline'; script-src 'nonce-${interactive.nonce}'`
    : `default-src 'none'; style-src 'unsafe-inline'`;
  const title = escapeHtml(options.title);
  const u = <K extends keyof typeof UI>(k: K) => (locale === 'ar' ? UI[k].ar : UI[k].en) as (typeof UI)[K]['en'];

  const parts: string[] = [];
  parts.push(
    `<!DOCTYPE html>\n<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">\n<head>\n<meta charset="utf-8">\n` +
      `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="referrer" content="no-referrer">\n` +
      `<title>${escapeHtml(u('report'))}: ${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`,
  );
  parts.push(`<header>\n<h1>${escapeHtml(u('report'))} <span class="file" dir="auto">${title}</span></h1>\n`);

  // ---- summary
  parts.push(`<section class="summary" id="summary">\n<h2>${escapeHtml(u('summary'))}</h2>\n`);
  if (summary.total === 0) parts.push(`<p class="total">${escapeHtml(u('noFindings'))}</p>\n`);
  else {
    parts.push(`<p class="total">${escapeHtml(u('total')(summary.total, summary.lines))}</p>\n<ul class="families">\n`);
    for (const fam of FAMILIES) {
      const c = summary.byFamily[fam];
      if (c.count) parts.push(`<li data-family="${fam}"><span class="fam ${fam}"></span>${escapeHtml(t(locale, FAMILY_TITLES[fam]))}: ${escapeHtml(u('ruleLine')(c.count, c.lines))}</li>\n`);
    }
    parts.push(`</ul>\n<table class="rules">\n<thead><tr><th>${escapeHtml(u('rule'))}</th><th>${escapeHtml(u('family'))}</th><th>${escapeHtml(u('count'))}</th><th>${escapeHtml(u('lines'))}</th></tr></thead>\n<tbody>\n`);
    for (const r of summary.byRule) {
      parts.push(
        `<tr data-rule="${escapeHtml(r.ruleId)}"><td><span class="fam ${r.family}"></span>${escapeHtml(t(locale, r.title))} <code dir="ltr">${escapeHtml(r.ruleId)}</code></td>` +
          `<td>${escapeHtml(t(locale, FAMILY_TITLES[r.family]))}</td><td class="n">${r.count}</td><td class="n">${r.lines}</td></tr>\n`,
      );
    }
    parts.push(`</tbody>\n</table>\n`);
  }
  parts.push(`</section>\n</header>\n`);

  // ---- the draft, highlighted
  parts.push(`<main>\n<h2>${escapeHtml(u('draft'))}</h2>\n<p class="legend">${escapeHtml(u('legend'))}</p>\n<div class="draft" dir="rtl" lang="ar">\n`);
  renderDraft(text, valid, lines, locale, parts);
  parts.push(`</div>\n</main>\n`);

  // ---- the findings, grouped by rule
  if (summary.total > 0) {
    const max = options.maxListedPerRule ?? 500;
    parts.push(`<section class="list" id="findings">\n<h2>${escapeHtml(u('findings'))}</h2>\n`);
    if (interactive) parts.push(`<p class="hint">${escapeHtml(u('clickHint'))}</p>\n`);
    const byRule = new Map<string, number[]>();
    valid.forEach((f, i) => {
      let a = byRule.get(f.ruleId);
      if (!a) byRule.set(f.ruleId, (a = []));
      a.push(i);
    });
    for (const r of summary.byRule) {
      const ids = byRule.get(r.ruleId) ?? [];
      parts.push(
        `<details open data-rule="${escapeHtml(r.ruleId)}"><summary><span class="fam ${r.family}"></span>${escapeHtml(t(locale, r.title))}: ${escapeHtml(u('ruleLine')(r.count, r.lines))}</summary>\n<ol class="findings">\n`,
      );
      for (const i of ids.slice(0, max)) {
        const f = valid[i];
        const s = lines.position(f.start);
        const e = lines.position(f.end);
        const excerptEnd = Math.min(f.end, f.start + 80, lines.lineEnd(s.line));
        const excerpt = excerptEnd > f.start ? `<span class="excerpt" dir="rtl" lang="ar">${draftHtml(text, f.start, excerptEnd, locale)}${excerptEnd < f.end ? '…' : ''}</span> ` : '';
        parts.push(
          `<li class="finding ${familyOf(f.ruleId)} ${f.severity}" id="f${i}"><a href="#L${s.line + 1}" data-start="${f.start}" data-end="${f.end}" data-line="${s.line}" data-character="${s.character}" data-end-line="${e.line}" data-end-character="${e.character}">` +
            `<span class="pos">${escapeHtml(u('lineCol'))} ${s.line + 1}:${s.character + 1}</span> ${excerpt}<span class="msg" dir="auto">${escapeHtml(f.message)}</span></a></li>\n`,
        );
      }
      if (ids.length > max) parts.push(`<li class="more">${escapeHtml(u('more')(ids.length - max))}</li>\n`);
      parts.push(`</ol>\n</details>\n`);
    }
    parts.push(`</section>\n`);
  }
  if (interactive) parts.push(`<script nonce="${interactive.nonce}">${SCRIPT}</script>\n`);
  parts.push(`</body>\n</html>\n`);
  return parts.join('');
}

/**
 * The draft line by line, each piece between two finding boundaries wrapped in a <mark> of the family of
 * the findings covering it (`multi` when several overlap); empty findings (a missing number) are a visible
 * gap mark. One sweep over the boundaries: linear in the text plus the findings (times the overlap).
 */
function renderDraft(text: string, findings: readonly Finding[], lines: LineIndex, locale: Locale, out: string[]): void {
  // events: at each offset, which findings open and close
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  const gaps = new Map<number, number[]>();
  const push = (m: Map<number, number[]>, k: number, v: number) => {
    const a = m.get(k);
    if (a) a.push(v);
    else m.set(k, [v]);
  };
  findings.forEach((f, i) => {
    if (f.start === f.end) push(gaps, f.start, i);
    else {
      push(opens, f.start, i);
      push(closes, f.end, i);
    }
  });
  const points = [...new Set([...opens.keys(), ...closes.keys(), ...gaps.keys()])].sort((a, b) => a - b);
  const active = new Set<number>();
  let pi = 0;
  const titleOf = (ids: Iterable<number>) => {
    const msgs: string[] = [];
    for (const i of ids) {
      if (msgs.length >= 4) {
        msgs.push('…');
        break;
      }
      msgs.push(`[${findings[i].ruleId}] ${findings[i].message}`);
    }
    return escapeHtml(msgs.join('\n'));
  };
  const gapMarks = (at: number) =>
    (gaps.get(at) ?? []).map((i) => `<mark class="gap ${familyOf(findings[i].ruleId)}" data-f="${i}" title="${titleOf([i])}">&#x2038;</mark>`).join('');
  const update = (at: number) => {
    for (const i of closes.get(at) ?? []) active.delete(i);
    for (const i of opens.get(at) ?? []) active.add(i);
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const ls = lines.starts[line];
    const le = lines.lineEnd(line);
    const nextStart = line + 1 < lines.lineCount ? lines.starts[line + 1] : Infinity;
    let html = '';
    let pos = ls;
    for (;;) {
      // the boundaries at pos: findings close and open, gaps are drawn
      while (pi < points.length && points[pi] <= pos) {
        update(points[pi]);
        html += gapMarks(points[pi]);
        pi++;
      }
      if (pos >= le) break;
      const next = pi < points.length && points[pi] < le ? points[pi] : le;
      html += segment(text, pos, next, active, findings, locale, titleOf);
      pos = next;
    }
    // boundaries inside the line break (between \r and \n) are drawn at the end of the line
    while (pi < points.length && points[pi] < nextStart) {
      update(points[pi]);
      html += gapMarks(points[pi]);
      pi++;
    }
    out.push(`<div class="line" id="L${line + 1}"><span class="ln">${line + 1}</span><span class="tx">${html}</span></div>\n`);
  }
}

function segment(text: string, from: number, to: number, active: Set<number>, findings: readonly Finding[], locale: Locale, titleOf: (ids: Iterable<number>) => string): string {
  if (from >= to) return '';
  const inner = draftHtml(text, from, to, locale);
  if (active.size === 0) return inner;
  const first = Math.min(...active);
  const cls = `${familyOf(findings[first].ruleId)}${active.size > 1 ? ' multi' : ''}`;
  const ids = [...active].sort((a, b) => a - b).slice(0, 8).join(' ');
  return `<mark class="${cls}" data-f="${ids}" title="${titleOf([...active].sort((a, b) => a - b))}">${inner}</mark>`;
}
