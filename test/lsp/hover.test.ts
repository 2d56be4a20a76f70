/**
 * `tadqiq lsp --stdio`: each diagnostic links to its rule's page (`codeDescription.href`, only for clients
 * that declare `codeDescriptionSupport`), and a hover on a finding shows the rule, the message, the repair
 * as before → after and the link. Driven by the hand-written JSON-RPC client (test/lsp/client.ts); needs
 * `npm run build` (dist/cli.js) first. Invisible characters appear only as escapes (TATWEEL = U+0640).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ruleDocUrl } from '../../server/src/core/docs';
import { Diagnostic, LspClient, repoRoot, SERVER_CLI } from './client';

const T = '\u0640';
const SENTENCE = `كتب الطال${T}${T}${T}ب رسالة طوي${T}لة إلى المعلم في 1437ه${T}.`;

const BASE_CAPS = {
  general: { positionEncodings: ['utf-16'] },
  workspace: { configuration: true },
  textDocument: {
    publishDiagnostics: { versionSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};
/** LSP 3.16+: the client renders Diagnostic.codeDescription. */
const LINK_CAPS = { ...BASE_CAPS, textDocument: { ...BASE_CAPS.textDocument, publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } } };
const PULL_LINK_CAPS = { ...LINK_CAPS, textDocument: { ...LINK_CAPS.textDocument, diagnostic: { dynamicRegistration: false } } };
const PLAIN_HOVER_CAPS = { ...LINK_CAPS, textDocument: { ...LINK_CAPS.textDocument, hover: { contentFormat: ['plaintext'] } } };

interface Hover {
  contents: { kind: string; value: string };
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

let counter = 0;
function open(client: LspClient, text: string): string {
  const uri = `file:///tmp/tadqiq-hover-test/${++counter}.txt`;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  return uri;
}

function hover(client: LspClient, uri: string, character: number, line = 0): Promise<Hover | null> {
  return client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
}

/** What package.json's repository field implies, computed here independently of the server. */
function expectedHref(id: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8'));
  const url = String(typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url);
  return `${url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/docs/rules/${id}.md`;
}

function tatweel(ds: Diagnostic[]): Array<Diagnostic & { codeDescription?: { href: string } }> {
  return ds.filter((d) => d.code === 'tatweel').sort((a, b) => a.range.start.character - b.range.start.character);
}

describe('tadqiq lsp --stdio: rule links and hovers', function () {
  this.timeout(20_000);
  let client: LspClient | undefined;

  before(function () {
    if (!fs.existsSync(SERVER_CLI)) throw new Error(`${SERVER_CLI} is missing: run \`npm run build\` first`);
  });
  afterEach(async () => {
    if (client?.alive) assert.strictEqual(await client.shutdown(), 0);
    client?.dispose();
    assert.deepStrictEqual(client?.protocolErrors ?? [], []);
    client = undefined;
  });

  it('the link is the repository (package.json) + /blob/main/docs/rules/<id>.md, and that page exists', () => {
    assert.strictEqual(ruleDocUrl('tatweel'), expectedHref('tatweel'));
    assert.ok(fs.existsSync(path.join(repoRoot(), 'docs', 'rules', 'tatweel.md')));
  });

  it('push: a client with codeDescriptionSupport gets codeDescription.href on every diagnostic', async () => {
    client = LspClient.start();
    await client.initialize(LINK_CAPS);
    const uri = open(client, SENTENCE);
    const ds = tatweel((await client.waitForDiagnostics(uri, 1)).params.diagnostics);
    assert.strictEqual(ds.length, 2, JSON.stringify(ds));
    for (const d of ds) assert.deepStrictEqual(d.codeDescription, { href: expectedHref('tatweel') });
  });

  it('push: a client without codeDescriptionSupport gets no codeDescription', async () => {
    client = LspClient.start();
    await client.initialize(BASE_CAPS);
    const uri = open(client, SENTENCE);
    const ds = tatweel((await client.waitForDiagnostics(uri, 1)).params.diagnostics);
    assert.strictEqual(ds.length, 2);
    for (const d of ds) assert.strictEqual(d.codeDescription, undefined, JSON.stringify(d));
  });

  it('pull: the full report carries the links too, one per rule (other rules link to their own page)', async () => {
    client = LspClient.start();
    await client.initialize(PULL_LINK_CAPS);
    const uri = open(client, `${SENTENCE}\nقال الوزير, إن الحكومة ستعلن`);
    const report = await client.request<{ kind: string; items: Array<Diagnostic & { codeDescription?: { href: string } }> }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.strictEqual(report.kind, 'full');
    const codes = new Set(report.items.map((d) => String(d.code)));
    assert.ok(codes.has('tatweel') && codes.has('latin-punctuation'), JSON.stringify([...codes]));
    for (const d of report.items) assert.deepStrictEqual(d.codeDescription, { href: expectedHref(String(d.code)) });
  });

  it('hover on a stretched word: Markdown with the rule title, the message, before → after with <U+0640> shown, and the link', async () => {
    client = LspClient.start();
    const init = await client.initialize(LINK_CAPS);
    assert.ok(init.capabilities.hoverProvider, 'hoverProvider advertised');
    const uri = open(client, SENTENCE);
    await client.waitForDiagnostics(uri, 1);
    const start = SENTENCE.indexOf('الطال');
    const h = await hover(client, uri, start + 2);
    assert.ok(h, 'a hover on the finding');
    assert.strictEqual(h.contents.kind, 'markdown');
    const v = h.contents.value;
    assert.ok(v.includes('Stray tatweel'), v);
    assert.ok(v.includes('tadqiq(`tatweel`)'), v);
    assert.ok(v.includes('justification stretching'), `the message: ${v}`);
    assert.ok(v.includes('`الطال<U+0640><U+0640><U+0640>ب` → `الطالب`'), `before → after: ${v}`);
    assert.ok(v.includes(`](${expectedHref('tatweel')})`), `the link: ${v}`);
    assert.ok(!/[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(v), 'no raw invisible character in the hover');
    const len = `الطال${T}${T}${T}ب`.length;
    assert.deepStrictEqual(h.range, { start: { line: 0, character: start }, end: { line: 0, character: start + len } });
    // the second word, at its first character
    const second = await hover(client, uri, SENTENCE.indexOf('طوي'));
    assert.ok(second?.contents.value.includes('`طوي<U+0640>لة` → `طويلة`'), JSON.stringify(second));
  });

  it('no hover away from findings: on a clean word, on the legitimate ه<U+0640> after a year, past the end of the line', async () => {
    client = LspClient.start();
    await client.initialize(LINK_CAPS);
    const uri = open(client, SENTENCE);
    await client.waitForDiagnostics(uri, 1);
    assert.strictEqual(await hover(client, uri, 1), null, 'on كتب');
    assert.strictEqual(await hover(client, uri, SENTENCE.indexOf(`ه${T}`)), null, 'on the Hijri abbreviation');
    assert.strictEqual(await hover(client, uri, SENTENCE.indexOf('الطال') - 1), null, 'on the space before the word');
    assert.strictEqual(await hover(client, uri, SENTENCE.length), null, 'at the end of the line');
  });

  it('a repair that joins lines shows the line break as ⏎; a finding with no automatic fix lists its quick fixes instead', async () => {
    client = LspClient.start();
    await client.initialize(LINK_CAPS);
    const text = 'وهذا ما أكدته الحكو\nمة في بيانها\nشاركت في  دول عربية.';
    const uri = open(client, text);
    const ds: Diagnostic[] = (await client.waitForDiagnostics(uri, 1)).params.diagnostics;
    assert.ok(ds.some((d) => d.code === 'cut-word') && ds.some((d) => d.code === 'missing-numeral'), JSON.stringify(ds.map((d) => d.code)));
    const cut = await hover(client, uri, text.indexOf('الحكو') + 1);
    assert.ok(cut?.contents.value.includes('`الحكو⏎مة` → `الحكومة`'), JSON.stringify(cut));
    const gap = ds.find((d) => d.code === 'missing-numeral')!;
    const missing = await hover(client, uri, gap.range.start.character, gap.range.start.line);
    assert.ok(missing, 'a hover on the gap');
    assert.ok(!missing.contents.value.includes('→'), `nothing is repaired automatically: ${missing.contents.value}`);
    assert.ok(/Quick fixes[^\n]*:\n- Insert a placeholder/.test(missing.contents.value), missing.contents.value);
  });

  it('a client that renders only plain text gets plain text; messageLanguage "ar" gives Arabic labels', async () => {
    client = LspClient.start({ settings: { tadqiq: { messageLanguage: 'ar' } } });
    await client.initialize(PLAIN_HOVER_CAPS);
    const uri = open(client, SENTENCE);
    await client.waitForDiagnostics(uri, 1);
    const h = await hover(client, uri, SENTENCE.indexOf('الطال') + 1);
    assert.ok(h);
    assert.strictEqual(h.contents.kind, 'plaintext');
    const v = h.contents.value;
    assert.ok(v.includes('تطويل زائد'), v);
    assert.ok(v.includes(`الإصلاح: الطال<U+0640><U+0640><U+0640>ب → الطالب`), v);
    assert.ok(v.includes(`توثيق القاعدة: ${expectedHref('tatweel')}`), v);
    assert.ok(!v.includes('`'), 'no Markdown in plain text');
  });
});
