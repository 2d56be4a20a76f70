/**
 * The language server keeps a draft's findings packed (core/packed.ts: records per chunk, no messages or fixes) and
 * makes a finding whole again, by checking its paragraph as it was checked, only when a diagnostic is sent or a client
 * asks (code actions, hover). What it answers must be what a full check gives: two servers side by side, one with
 * initializationOptions.fullCheck (every change checked whole, every finding held whole), the same damaged draft and
 * edits; their reports, code actions (quick fixes, "fix all on this line / in the document", fix-all, repair
 * selection) and hovers are compared exactly. Waits are on responses, never on sleeps. Needs `npm run build` first.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { Diagnostic, LspClient, positionAt, SERVER_CLI } from './client';
import { damage, DAMAGES } from '../../server/src/testing/claimDamage';

const CLEAN = [
  'أعلنت وزارة الزراعة يوم الإثنين عن خطة جديدة لدعم صغار المزارعين في المناطق الريفية.',
  'وقالت الوزيرة ليلى حداد إن الخطة ستنطلق مطلع العام المقبل بميزانية قدرها 40 مليون دينار.',
  'ويرى محللون أن الخطة تأتي متأخرة، فيما أكد رئيس الاتحاد سامي نادر أنها خطوة في الاتجاه الصحيح.',
  'وأضافت أن الحكومة ستراجع الأسعار كل ستة أشهر، وأن نسبة الدعم قد تصل إلى 30% في السنة الأولى.',
];

const CAPS = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    diagnostic: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } } },
  },
};

describe('tadqiq lsp --stdio: findings kept packed answer as a full check', function () {
  this.timeout(120_000);
  const clients: LspClient[] = [];
  before(function () {
    if (!fs.existsSync(SERVER_CLI)) throw new Error(`${SERVER_CLI} is missing: run \`npm run build\` first`);
  });
  after(function () {
    for (const c of clients) c.dispose();
  });

  it('reports, code actions and hovers of an edited damaged draft equal those of a server checking it whole', async function () {
    // a draft of many paragraphs (chunks), each damaged as PDFs damage Arabic, the sentences of one paragraph on lines
    const paragraphs = DAMAGES.flatMap((name, k) => [CLEAN.map((p, i) => damage(name, p, i + k)).join('\n'), damage(name, CLEAN.join(' '), k)]);
    let text = paragraphs.join('\n\n') + '\n';
    const uri = 'file:///tmp/tadqiq-packed-test/draft.txt';
    // (maxDiagnostics 0: every finding sent, so that every chunk's findings are made whole for the report)
    const packed = LspClient.start({ settings: { tadqiq: { maxDiagnostics: 0 } } });
    const whole = LspClient.start({ settings: { tadqiq: { maxDiagnostics: 0 } } });
    clients.push(packed, whole);
    await packed.initialize(CAPS);
    await whole.initialize(CAPS, { initializationOptions: { fullCheck: true } });
    const both = async (method: string, params: unknown) => {
      const [a, b] = await Promise.all([packed.request(method, params), whole.request(method, params)]);
      return [a, b] as [any, any];
    };
    for (const c of [packed, whole]) c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    let version = 1;
    const pull = async (what: string): Promise<Diagnostic[]> => {
      const [a, b] = await both('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepStrictEqual(a.items, b.items, `${what}: the report`);
      return a.items;
    };
    let items = await pull('opened');
    assert.ok(items.length > 100, `a draft with many findings (${items.length})`);
    // edits: a word typed in a paragraph in the middle, a line broken, a paragraph joined to the next, a tatweel
    const mid = text.indexOf('\n\n', Math.floor(text.length / 2));
    const edits = [
      { at: mid - 5, del: 0, ins: ' والمزارعين' },
      { at: mid - 30, del: 0, ins: '\n' },
      { at: mid, del: 2, ins: ' ' },
      { at: 20, del: 0, ins: '\u0640\u0640' },
      // lines added and taken away before every paragraph: the diagnostics of unchanged paragraphs, whose positions the
      // server keeps relative to their first line (lsp/server.ts chunkPositions), move down and up
      { at: 0, del: 0, ins: 'سطر\n\n' },
      { at: 10, del: 0, ins: '\n' },
      { at: 0, del: 6, ins: '' },
      { at: 10, del: 1, ins: '' },
    ];
    for (const e of edits) {
      const range = { start: positionAt(text, e.at), end: positionAt(text, e.at + e.del) };
      text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
      version++;
      for (const c of [packed, whole]) c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: e.ins }] });
      items = await pull(`after ${JSON.stringify(e)}`);
    }
    // code actions and hovers at a sample of the findings (every paragraph has some), in an order unlike the text's
    const sample = items.filter((_, i) => i % 7 === 0).reverse();
    let actions = 0;
    let fixAllInDocument = 0;
    for (const d of sample) {
      const [a, b] = await both('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      assert.deepStrictEqual(a, b, `code actions at ${JSON.stringify(d.range)} (${d.code})`);
      actions += a.length;
      fixAllInDocument += a.filter((x: { title: string }) => / fix all in the document /.test(x.title)).length;
      const [h1, h2] = await both('textDocument/hover', { textDocument: { uri }, position: d.range.start });
      assert.deepStrictEqual(h1, h2, `hover at ${JSON.stringify(d.range.start)}`);
    }
    assert.ok(actions > sample.length, `quick fixes offered (${actions})`);
    assert.ok(fixAllInDocument > 0, '"fix all in the document" offered (its edit made from findings of many paragraphs)');
    // fix-all and repair selection over a paragraph
    const [fa, fb] = await both('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.tadqiq'] } });
    assert.deepStrictEqual(fa, fb, 'fix-all');
    assert.strictEqual(fa.length, 1, 'fix-all offered');
    const end = positionAt(text, text.indexOf('\n\n', Math.floor(text.length / 3)));
    const [ra, rb] = await both('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end }, context: { diagnostics: [], only: ['refactor.rewrite'] } });
    assert.deepStrictEqual(ra, rb, 'repair selection');
    assert.ok(ra.length >= 1, 'repair selection offered');
    // the review report lists every finding, whole
    const [pa, pb] = await both('tadqiq/report', { uri, title: 'draft' });
    assert.deepStrictEqual(pa, pb, 'the review report');
  });
});
