/**
 * `tadqiq/extractPdf` over `tadqiq lsp --stdio` (what VS Code's "Open PDF as Arabic draft" asks the server): the
 * text of a small PDF printed by Chromium from sentences of our own (test/fixtures/open-pdf), pages reported as
 * work-done progress, and one error kind for what is no PDF. Needs `npm run build` (dist/cli.js, dist/pdf/pdfjs.js).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { extractPdfRequest } from '../../server/src/lsp/pdf';
import { LspClient, repoRoot, SERVER_CLI } from './client';

const FIXTURE = path.join(repoRoot(), 'test', 'fixtures', 'open-pdf', 'draft.pdf');

describe('tadqiq lsp --stdio: tadqiq/extractPdf (Open PDF as Arabic draft)', function () {
  this.timeout(30_000);
  let client: LspClient;
  before(async function () {
    if (!fs.existsSync(SERVER_CLI)) throw new Error(`${SERVER_CLI} is missing: run \`npm run build\` first`);
    client = LspClient.start();
    await client.initialize({ window: { workDoneProgress: true } });
  });
  after(async function () {
    await client.close();
  });

  it('answers the text of the PDF, its page count, and reports the pages on the workDoneToken', async function () {
    const since = client.mark();
    const data = fs.readFileSync(FIXTURE).toString('base64');
    const r = await client.request<{ text: string; pages: number; warnings: string[] }>('tadqiq/extractPdf', { data, name: 'draft.pdf', workDoneToken: 'pdf-1' });
    assert.strictEqual(r.pages, 1);
    assert.ok(r.text.includes('افتتحت البلدية مكتبة جديدة في الحي القديم يوم السبت.'), JSON.stringify(r.text));
    assert.ok(r.text.includes('ويرى محللون أن المكتبة ستجذب طلاب المدارس المجاورة.'), JSON.stringify(r.text));
    assert.ok(Array.isArray(r.warnings));
    type P = { token?: unknown; value: { kind: string } };
    await client.waitFor<P>('$/progress', (p) => p.token === 'pdf-1' && p.value.kind === 'end', { since });
    const progress = client.notifications.filter((n) => n.seq >= since && n.method === '$/progress' && (n.params as P).token === 'pdf-1');
    assert.deepStrictEqual(
      progress.map((n) => (n.params as P).value.kind),
      ['begin', 'report', 'end'],
      JSON.stringify(progress),
    );
  });

  it('honours the request\'s cancellation: cancelled once it began, it answers RequestCancelled and reads no page', async function () {
    const data = fs.readFileSync(FIXTURE).toString('base64');
    const token = { isCancellationRequested: false };
    const kinds: string[] = [];
    // the user cancels when the work begins (the client's notification is up)
    const connection = {
      sendProgress: async (_type: unknown, _token: unknown, value: { kind: string }) => {
        kinds.push(value.kind);
        if (value.kind === 'begin') token.isCancellationRequested = true;
      },
    };
    await assert.rejects(
      extractPdfRequest(connection as never, { data, workDoneToken: 'pdf-c' }, {}, token),
      (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled,
    );
    assert.deepStrictEqual(kinds, ['begin', 'end'], 'no page reported');
    // not cancelled: the same call answers the text
    const uncancelled = { isCancellationRequested: false };
    const r = await extractPdfRequest({ sendProgress: async () => undefined } as never, { data }, {}, uncancelled);
    assert.strictEqual(r.pages, 1);
  });

  it('a file that is no PDF gets an error whose data.kind is not-pdf; malformed params an error; the server keeps serving', async function () {
    const res = await client.requestRaw('tadqiq/extractPdf', { data: Buffer.from('hello, not a PDF').toString('base64') });
    assert.ok(res.error, JSON.stringify(res));
    assert.deepStrictEqual((res.error as { data?: unknown }).data, { kind: 'not-pdf' });
    const bad = await client.requestRaw('tadqiq/extractPdf', { data: 42 });
    assert.ok(bad.error, JSON.stringify(bad));
    const truncated = fs.readFileSync(FIXTURE).subarray(0, 2000).toString('base64');
    const broken = await client.requestRaw('tadqiq/extractPdf', { data: truncated });
    assert.ok(broken.error && ['broken', 'image-only'].includes((broken.error as { data?: { kind?: string } }).data?.kind ?? ''), JSON.stringify(broken.error));
    assert.ok(client.alive);
  });
});
