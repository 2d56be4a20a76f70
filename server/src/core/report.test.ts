import * as assert from 'assert';
import * as fc from 'fast-check';
import { arabicish } from './engine.test';
import { lintText } from './engine';
import { RULES } from './registry';
import { escapeHtml, familyOf, renderReport, RULE_FAMILY, summarize } from './report';
import type { Finding } from './types';

const T = '\u0640';
const finding = (ruleId: string, start: number, end: number, message = 'm'): Finding => ({ ruleId, start, end, severity: 'warning', message, fixes: [] });
/** The HTML of the draft section only. */
const draftPart = (html: string) => html.slice(html.indexOf('<div class="draft"'), html.indexOf('</main>'));
/** Raw characters that must never reach the page: bidi controls, zero-width and format characters, lone surrogates. */
const RAW_INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\u206a-\u206f\ufeff\u0640]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('report', () => {
  it('every rule of the registry has a family', () => {
    assert.deepStrictEqual(RULES.map((r) => r.id).filter((id) => !(id in RULE_FAMILY)), []);
    assert.strictEqual(familyOf('tatweel'), 'characters');
    assert.strictEqual(familyOf('reversed-line'), 'damage');
    assert.strictEqual(familyOf('missing-numeral'), 'numbers');
    assert.strictEqual(familyOf('unattributed-claim'), 'sourcing');
  });

  it('escapes draft text, messages and the title: <script>, quotes and & come out inert', () => {
    const text = `قال <script>alert("x&y")</script> 'نعم' & <img src=x onerror=alert(1)>\nق${T}ال`;
    const findings = [finding('tatweel', 4, 40, 'a <b>"bold"</b> & \'quoted\' message'), ...lintText(text).findings];
    const html = renderReport(text, findings, { title: '<img src=x onerror="alert(1)">.txt' });
    assert.ok(!/<script/i.test(html), 'no script element in the file version');
    assert.ok(!/<img/i.test(html), 'no img element');
    assert.ok(!/<b>/.test(html), 'the message is escaped');
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;'), 'the draft text is escaped');
    assert.ok(html.includes('&#39;نعم&#39; </mark>&amp; &lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.txt'), 'the title is escaped');
    assert.ok(html.includes('a &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; &#39;quoted&#39; message'));
    // every attribute value is quoted and contains no raw quote: no attribute can be broken out of
    for (const m of html.matchAll(/<[a-z]+\s([^>]*)>/g)) assert.match(m[1], /^(\s*[a-z-]+(="[^"<>]*")?)*\s*$/, m[0]);
  });

  it('extraction junk in the draft is shown as labels, never raw (NUL, U+0004, U+FFFE)', () => {
    const text = 'قال الو\u0000زارة إن الم\u0004درسة أب\uFFFEواب';
    const html = renderReport(text, lintText(text).findings, { title: 'd.txt' });
    assert.doesNotMatch(html, /[\u0000\u0004\uFFFE]/);
    assert.match(html, /U\+0000/);
    assert.match(html, /U\+FFFE/);
  });

  it('escapeHtml escapes the five characters and labels invisible ones', () => {
    assert.strictEqual(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    assert.strictEqual(escapeHtml('a\u202eb\u200fc\ud800'), 'a[RLO]b[RLM]c[U+D800]');
  });

  it('counts per rule and per family: 180 stray tatweels on 40 lines read as one line of the summary', () => {
    const lines: string[] = [];
    for (let i = 0; i < 40; i++) lines.push(Array.from({ length: i < 20 ? 5 : 4 }, () => `ق${T}ال`).join(' ') + ' الوزير');
    lines.push(`ويرى محللون أن الخطة ستنجح.`);
    const text = lines.join('\n');
    const { findings } = lintText(text);
    const s = summarize(text, findings);
    const tatweel = s.byRule.find((r) => r.ruleId === 'tatweel')!;
    assert.deepStrictEqual({ count: tatweel.count, lines: tatweel.lines }, { count: 180, lines: 40 });
    assert.strictEqual(s.byRule[0].ruleId, 'tatweel', 'most findings first');
    assert.deepStrictEqual(s.byFamily.characters, { count: 180, lines: 40 });
    assert.deepStrictEqual(s.byFamily.sourcing, { count: 1, lines: 1 });
    assert.strictEqual(s.total, 181);
    assert.strictEqual(s.lines, 41);
    const html = renderReport(text, findings, { title: 'd.txt' });
    assert.ok(html.includes('Stray tatweel: 180 in 40 lines'), 'the per-rule count');
    assert.ok(html.includes('Characters: 180 in 40 lines'), 'the per-family count');
    assert.ok(html.includes('181 findings on 41 lines'));
    assert.match(html, /<tr data-rule="tatweel">.*<td class="n">180<\/td><td class="n">40<\/td><\/tr>/);
    const ar = renderReport(text, findings, { title: 'd.txt', locale: 'ar' });
    assert.ok(ar.includes('تطويل زائد: 180 في 40 سطر'), 'Arabic summary');
    // the list: one item per finding, capped per rule
    assert.strictEqual((html.match(/<li class="finding /g) ?? []).length, 181);
    const capped = renderReport(text, findings, { title: 'd.txt', maxListedPerRule: 10 });
    assert.strictEqual((capped.match(/<li class="finding /g) ?? []).length, 11);
    assert.ok(capped.includes('… and 170 more'));
  });

  it('shows the draft right to left, in an Arabic font stack, one block per line with its number', () => {
    const text = 'سطر أول\r\nسطر ثان\rسطر ثالث\n';
    const html = renderReport(text, [], { title: 'd.txt' });
    assert.match(html, /<div class="draft" dir="rtl" lang="ar">/);
    assert.match(html, /font-family: "Noto Naskh Arabic"[^;]*Arabic/);
    assert.strictEqual((html.match(/<div class="line" id="L\d+">/g) ?? []).length, 4);
    assert.ok(html.includes('<div class="line" id="L3"><span class="ln">3</span><span class="tx">سطر ثالث</span></div>'));
    assert.ok(html.includes('No problems found.'));
    assert.match(renderReport(text, [], { title: 'd.txt', locale: 'ar' }), /<html lang="ar" dir="rtl">/);
  });

  it('carries a strict Content-Security-Policy and loads nothing', () => {
    const text = `ق${T}ال`;
    const html = renderReport(text, lintText(text).findings, { title: 'd.txt' });
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`));
    assert.ok(!/<script|<link|<img|<iframe|\bsrc=|url\(|@import|https?:/i.test(html), 'no script and no external resource');
  });

  it('webview version: one inline script allowed by its nonce only; a malformed nonce gets no script', () => {
    const text = `ق${T}ال`;
    const { findings } = lintText(text);
    const html = renderReport(text, findings, { title: 'd.txt', interactive: { nonce: 'abcDEF0123456789', cspSource: 'https://*.vscode-cdn.net' } });
    assert.ok(html.includes(`content="default-src 'none'; style-src https://*.vscode-cdn.net 'unsafe-inline'; script-src 'nonce-abcDEF0123456789'"`));
    assert.strictEqual((html.match(/<script/g) ?? []).length, 1);
    assert.ok(html.includes('<script nonce="abcDEF0123456789">'));
    assert.match(html, /data-start="0" data-end="4" data-line="0" data-character="0" data-end-line="0" data-end-character="4"/);
    const bad = renderReport(text, findings, { title: 'd.txt', interactive: { nonce: `x" onload="alert(1)`, cspSource: `'unsafe-eval'` } });
    assert.ok(!/<script|unsafe-eval|onload/.test(bad), 'a nonce that could break out is refused');
  });

  it('makes invisible characters visible: tatweel marked, controls as labels, never written raw', () => {
    const text = `ق${T}ال \u202eعكس\u202c و\u200fنص\u200b\ufeff و\u2066x\u2069 \u00a0 \u0007 \ud800 😀`;
    const html = renderReport(text, lintText(text).findings, { title: 'd.txt' });
    const draft = draftPart(html);
    assert.ok(draft.includes('<span class="inv tw" title="U+0640 tatweel">&#x640;</span>'));
    for (const abbr of ['RLO', 'PDF', 'RLM', 'ZWSP', 'ZWNBSP', 'LRI', 'PDI']) assert.match(draft, new RegExp(`<span class="inv ctl" title="U\\+[0-9A-F]{4} [^"]+">${abbr}</span>`), abbr);
    assert.ok(draft.includes('<span class="inv nbsp"'));
    assert.ok(draft.includes('>U+0007</span>') && draft.includes('>U+D800</span>'));
    assert.ok(draft.includes('😀'), 'surrogate pairs are kept');
    assert.ok(!RAW_INVISIBLE.test(html), 'no raw invisible character anywhere in the page');
  });

  it('highlights by family, overlaps as multi, findings across a line break on both lines, empty findings as a gap mark', () => {
    const text = 'أبجد هوز\nحطي كلمن';
    const findings = [finding('tatweel', 0, 4), finding('missing-numeral', 2, 7), finding('broken-paragraph', 5, 12), finding('unattributed-claim', 14, 14)];
    const draft = draftPart(renderReport(text, findings, { title: 'd.txt' }));
    assert.ok(draft.includes('<mark class="characters" data-f="0" title="[tatweel] m">أب</mark>'));
    assert.ok(draft.includes('<mark class="characters multi" data-f="0 1"'));
    assert.ok(draft.includes('<mark class="numbers" data-f="1" title="[missing-numeral] m"> </mark>'));
    assert.ok(draft.includes('<mark class="numbers multi" data-f="1 2"'));
    assert.match(draft, /id="L2"><span class="ln">2<\/span><span class="tx"><mark class="damage" data-f="2" title="\[broken-paragraph\] m">حطي<\/mark> ك<mark class="gap sourcing" data-f="3"/);
  });

  it('never throws, leaves out malformed findings, writes every line and no raw invisible character (property)', () => {
    fc.assert(
      fc.property(arabicish, fc.boolean(), (text, ar) => {
        const findings = [...lintText(text).findings, finding('tatweel', -1, 2), finding('tatweel', 0, text.length + 5), finding('x', 3, 1)];
        const html = renderReport(text, findings, { title: text.slice(0, 10), locale: ar ? 'ar' : 'en' });
        assert.ok(!RAW_INVISIBLE.test(html));
        assert.ok(!/<script/.test(html));
        const lineCount = text.split(/\r\n|\r|\n/).length;
        assert.strictEqual((html.match(/<div class="line" id="L\d+">/g) ?? []).length, lineCount);
        assert.strictEqual((html.match(/<li class="finding /g) ?? []).length, lintText(text).findings.length);
      }),
      { numRuns: 300 },
    );
  });

  // (how the time grows with the length: `npm run bench`, scripts/bench-linear.mjs)
  it('a long pasted PDF (10,000 lines, tens of thousands of findings): every line in the report, the findings listed up to 500 a rule', () => {
    const line = `قال الوزي${T}${T}ر إن خ${T}طة الدعم \u202bستنطلق\u202c في  دول`;
    const text = Array.from({ length: 10000 }, () => line).join('\n');
    const { findings } = lintText(text);
    const html = renderReport(text, findings, { title: 'big.txt' });
    assert.ok(findings.length > 30000, String(findings.length));
    assert.ok(html.length > text.length);
    assert.strictEqual((html.match(/<div class="line" id="L\d+">/g) ?? []).length, 10000);
    const perRule = new Map<string, number>();
    for (const f of findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    const listed = [...perRule.values()].reduce((n, c) => n + Math.min(c, 500), 0);
    assert.strictEqual((html.match(/<li class="finding /g) ?? []).length, listed);
  });
});
