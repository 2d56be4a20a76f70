/**
 * `tadqiq lsp --stdio` driven by a hand-written JSON-RPC client (test/lsp/client.ts): what any editor
 * that is not VS Code sees. Needs `npm run build` (dist/cli.js) first.
 *
 * Invisible characters appear only as escapes (TATWEEL = U+0640).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  applyTextEdits,
  applyWorkspaceEdit,
  CodeAction,
  Command,
  Diagnostic,
  editsFor,
  lineStarts,
  LspClient,
  offsetAt,
  PublishDiagnosticsParams,
  Range,
  SERVER_CLI,
  textOf,
  urisOf,
} from './client';

const T = '\u0640';
const FIX_ALL = 'source.fixAll.tadqiq';

/** Push-mode client: no textDocument.diagnostic capability. */
const PUSH_CAPS = {
  general: { positionEncodings: ['utf-16'] },
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: false },
    workspaceEdit: { documentChanges: true },
    applyEdit: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true, willSave: false, willSaveWaitUntil: false },
    publishDiagnostics: { versionSupport: true, relatedInformation: false, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      dynamicRegistration: false,
      isPreferredSupport: true,
      dataSupport: true,
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll', 'source.organizeImports'] } },
    },
  },
  window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: false } } },
};

/** Pull-mode client: advertises textDocument.diagnostic. */
const PULL_CAPS = {
  ...PUSH_CAPS,
  workspace: { ...PUSH_CAPS.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...PUSH_CAPS.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

/** A client that knows nothing of workspace/configuration (and of pull diagnostics). */
const BARE_CAPS = {
  textDocument: {
    publishDiagnostics: { versionSupport: true },
    codeAction: { isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
  },
};

/** What the suite measured, printed once at the end (the brief asks for timings, not assertions on them). */
const timings: Record<string, string> = {};

let docCounter = 0;
function uri(name: string): string {
  return `file:///tmp/tadqiq-lsp-test/${++docCounter}-${name}`;
}

class Doc {
  version = 1;
  constructor(
    readonly client: LspClient,
    readonly uri: string,
    public text: string,
    readonly languageId = 'plaintext',
  ) {}

  open(): this {
    this.client.notify('textDocument/didOpen', { textDocument: { uri: this.uri, languageId: this.languageId, version: this.version, text: this.text } });
    return this;
  }

  /** Full-text change (allowed by LSP whatever the server's sync kind). */
  change(text: string): number {
    this.text = text;
    this.version++;
    this.client.notify('textDocument/didChange', { textDocument: { uri: this.uri, version: this.version }, contentChanges: [{ text }] });
    return this.version;
  }

  close(): void {
    this.client.notify('textDocument/didClose', { textDocument: { uri: this.uri } });
  }

  diagnostics(version = this.version, since?: number) {
    return this.client.waitForDiagnostics(this.uri, version, { since }).then((n) => n.params);
  }

  pull(): Promise<{ kind: string; items: Diagnostic[]; resultId?: string }> {
    return this.client.request('textDocument/diagnostic', { textDocument: { uri: this.uri } });
  }

  codeActions(range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<Array<CodeAction | Command> | null> {
    return this.client.request('textDocument/codeAction', {
      textDocument: { uri: this.uri },
      range,
      context: only ? { diagnostics, only, triggerKind: 1 } : { diagnostics, triggerKind: 1 },
    });
  }

  wholeRange(): Range {
    const lines = this.text.split(/\r\n|\r|\n/);
    return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
  }
}

function tatweelOnly(diags: Diagnostic[]): Diagnostic[] {
  return diags.filter((d) => d.code === 'tatweel');
}

function isCodeAction(a: CodeAction | Command): a is CodeAction {
  return typeof (a as Command).command !== 'string';
}

/** codeAction/resolve when the server left the edit for later (it may, since we advertise dataSupport). */
async function withEdit(client: LspClient, action: CodeAction): Promise<CodeAction> {
  if (action.edit || action.data === undefined) return action;
  return client.request<CodeAction>('codeAction/resolve', action);
}

function assertTatweelDiagnostic(text: string, d: Diagnostic, word: string): void {
  assert.strictEqual(d.source, 'tadqiq', `source of ${JSON.stringify(d)}`);
  assert.strictEqual(d.code, 'tatweel', `code of ${JSON.stringify(d)}`);
  assert.strictEqual(textOf(text, d.range), word, `range ${JSON.stringify(d.range)} should cover the word`);
  assert.strictEqual(typeof d.message, 'string');
  assert.ok(d.message.length > 0);
}

// ------------------------------------------------------------------------------------------------

const SENTENCE = `كتب الطال${T}${T}${T}ب رسالة طوي${T}لة إلى المعلم في 1437ه${T}.`;
const SENTENCE_WORDS = [`الطال${T}${T}${T}ب`, `طوي${T}لة`];
const SENTENCE_FIXED = `كتب الطالب رسالة طويلة إلى المعلم في 1437ه${T}.`;

describe('tadqiq lsp --stdio: a plain JSON-RPC client', function () {
  this.timeout(20_000);

  before(function () {
    if (!fs.existsSync(SERVER_CLI)) throw new Error(`${SERVER_CLI} is missing: run \`npm run build\` first`);
  });

  after(function () {
    const lines = Object.entries(timings).map(([k, v]) => `      ${k}: ${v}`);
    if (lines.length) console.log(`    measured:\n${lines.join('\n')}`);
  });

  describe('life cycle', function () {
    let client: LspClient | undefined;
    afterEach(() => client?.dispose());

    it('initialize advertises code actions (quickfix, source.fixAll.tadqiq); shutdown + exit ends the process with code 0', async function () {
      const t0 = performance.now();
      client = LspClient.start();
      const init = await client.initialize(PUSH_CAPS);
      timings['start + initialize'] = `${(performance.now() - t0).toFixed(0)} ms`;
      const caps = init.capabilities;
      assert.ok(caps, 'initialize result has capabilities');
      assert.ok(caps.textDocumentSync !== undefined, 'textDocumentSync advertised');
      const cap = caps.codeActionProvider;
      assert.ok(cap && typeof cap === 'object' && Array.isArray(cap.codeActionKinds), `codeActionProvider with codeActionKinds, got ${JSON.stringify(cap)}`);
      assert.ok(cap.codeActionKinds.includes('quickfix'), JSON.stringify(cap.codeActionKinds));
      assert.ok(cap.codeActionKinds.includes(FIX_ALL), JSON.stringify(cap.codeActionKinds));
      const code = await client.shutdown();
      assert.strictEqual(code, 0, `exit code after shutdown${client.stderr()}`);
      assert.deepStrictEqual(client.protocolErrors, []);
    });

    it('a server given gc (node --expose-gc, as the VS Code client starts it) collects its garbage twice once the editor is quiet, not while checking', async function () {
      // a preload stands in for --expose-gc: its gc() says on stderr that it was called
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-gc-'));
      const preload = path.join(dir, 'gc.js');
      fs.writeFileSync(preload, "globalThis.gc = () => process.stderr.write('tadqiq-test: gc\\n');\n");
      try {
        client = LspClient.start({ env: { NODE_OPTIONS: `--require ${JSON.stringify(preload)}` } });
        await client.initialize(PUSH_CAPS);
        // two collections one after the other (the second gives back the pages the first left half empty)
        let calls = 0;
        const called = new Promise<number>((resolve) => {
          client!.proc.stderr!.on('data', (s: string) => {
            calls += s.split('tadqiq-test: gc').length - 1;
            if (calls >= 2) resolve(performance.now());
          });
        });
        const doc = new Doc(client, uri('idle-gc.txt'), SENTENCE).open();
        await doc.diagnostics();
        const checked = performance.now();
        assert.ok(!client.stderr().includes('tadqiq-test: gc'), 'no collection during the check');
        // (after the check, not during it: the order of the events is asserted above; how long after is measured
        // and printed, never asserted — a loaded machine delays the client's reading of either event)
        const at = await called;
        timings['idle gc: collected after the diagnostics'] = `${(at - checked).toFixed(0)} ms (the server waits IDLE_GC_MS)`;
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('exit without shutdown ends the process with code 1', async function () {
      client = LspClient.start();
      await client.initialize(PUSH_CAPS);
      client.notify('exit');
      const { code } = await client.exited;
      assert.strictEqual(code, 1);
    });

    it('an unknown request gets MethodNotFound and the server keeps serving', async function () {
      client = LspClient.start();
      await client.initialize(PUSH_CAPS);
      const res = await client.requestRaw('tadqiq/noSuchMethod', { x: 1 });
      assert.ok(res.error, `expected an error, got ${JSON.stringify(res)}`);
      assert.strictEqual(res.error!.code, -32601);
      const doc = new Doc(client, uri('after-unknown.txt'), SENTENCE).open();
      assert.strictEqual(tatweelOnly((await doc.diagnostics()).diagnostics).length, 2);
    });

    it('tadqiq/serverInfo answers the pid of the server process', async function () {
      client = LspClient.start();
      await client.initialize(PUSH_CAPS);
      const info = await client.request<{ pid: number; version: string }>('tadqiq/serverInfo', null);
      assert.strictEqual(info.pid, client.proc.pid);
      assert.strictEqual(typeof info.version, 'string');
    });

    it('tadqiq/report answers the review page of an open draft; an unknown document gets an error and the server keeps serving', async function () {
      client = LspClient.start();
      await client.initialize(PUSH_CAPS);
      const doc = new Doc(client, uri('report%20%3Cdraft%3E.txt'), SENTENCE).open();
      await doc.diagnostics();
      const r = await client.request<{ html: string; version: number; findings: number }>('tadqiq/report', { uri: doc.uri, nonce: 'abcdef0123456789', cspSource: 'vscode-webview://x' });
      assert.strictEqual(r.version, 1);
      assert.ok(r.findings >= 2, String(r.findings));
      assert.ok(r.html.includes('<div class="draft" dir="rtl" lang="ar">'));
      assert.ok(r.html.includes('report &lt;draft&gt;.txt'), 'the file name, decoded and escaped');
      assert.ok(r.html.includes(`script-src 'nonce-abcdef0123456789'`) && r.html.includes('<script nonce="abcdef0123456789">'));
      const plain = await client.request<{ html: string }>('tadqiq/report', { uri: doc.uri, title: 'T' });
      assert.ok(!plain.html.includes('<script') && plain.html.includes('<title>Review report: T</title>'));
      const bad = await client.requestRaw('tadqiq/report', { uri: uri('never-opened.txt') });
      assert.ok(bad.error && /not an open draft/.test(bad.error.message), JSON.stringify(bad));
      const worse = await client.requestRaw('tadqiq/report', 42);
      assert.ok(worse.error, JSON.stringify(worse));
      assert.ok(client.alive);
    });

    it('survives protocol garbage (a body that is not JSON) and answers the next request', async function () {
      client = LspClient.start();
      await client.initialize(PUSH_CAPS);
      client.writeRaw('Content-Length: 11\r\n\r\n{not json!}');
      const doc = new Doc(client, uri('after-garbage.txt'), SENTENCE).open();
      assert.strictEqual(tatweelOnly((await doc.diagnostics()).diagnostics).length, 2);
      assert.ok(client.alive);
    });
  });

  // ----------------------------------------------------------------------------------------------

  describe('push diagnostics (client without textDocument.diagnostic)', function () {
    let client: LspClient;
    let syncKind: number;
    before(async function () {
      client = LspClient.start();
      const init = await client.initialize(PUSH_CAPS);
      const sync = init.capabilities.textDocumentSync;
      syncKind = typeof sync === 'number' ? sync : sync?.change ?? 0;
    });
    after(async function () {
      await client.close();
      assert.deepStrictEqual(
        client.unhandledRequests.map((r) => r.method),
        [],
        'server sent requests the test client does not know',
      );
    });

    it('didOpen → publishDiagnostics for that version, one per word, code/range/source right, the legitimate Hijri abbreviation (ha + U+0640) after a year is kept', async function () {
      const t0 = performance.now();
      const doc = new Doc(client, uri('open.txt'), SENTENCE).open();
      const p = await doc.diagnostics(1);
      timings['didOpen → publishDiagnostics (push, short text)'] = `${(performance.now() - t0).toFixed(0)} ms`;
      assert.strictEqual(p.version, 1);
      const diags = tatweelOnly(p.diagnostics);
      assert.strictEqual(diags.length, 2, JSON.stringify(p.diagnostics));
      diags.sort((a, b) => a.range.start.character - b.range.start.character);
      assertTatweelDiagnostic(SENTENCE, diags[0], SENTENCE_WORDS[0]);
      assertTatweelDiagnostic(SENTENCE, diags[1], SENTENCE_WORDS[1]);
      assert.deepStrictEqual(diags[0].range, { start: { line: 0, character: 4 }, end: { line: 0, character: 13 } });
      assert.strictEqual(diags[0].severity, 2, 'warning by default');
    });

    it('Markdown: fenced and inline code are skipped, prose is linted; arabic-draft is linted', async function () {
      const md = ['# عنوان', '', `نص جم${T}يل هنا و\`كو${T}د\` قصير.`, '', '```', `مثال فيه تط${T}ويل`, '```', ''].join('\n');
      const doc = new Doc(client, uri('notes.md'), md, 'markdown').open();
      const diags = tatweelOnly((await doc.diagnostics(1)).diagnostics);
      assert.strictEqual(diags.length, 1, JSON.stringify(diags));
      assertTatweelDiagnostic(md, diags[0], `جم${T}يل`);
      assert.strictEqual(diags[0].range.start.line, 2);

      const draft = new Doc(client, uri('draft.ar.txt'), `ق${T}${T}ال الرجل`, 'arabic-draft').open();
      const dd = tatweelOnly((await draft.diagnostics(1)).diagnostics);
      assert.strictEqual(dd.length, 1, JSON.stringify(dd));
      assertTatweelDiagnostic(draft.text, dd[0], `ق${T}${T}ال`);
    });

    it('a burst of changes publishes only the newest version; nothing stale arrives after it', async function () {
      const doc = new Doc(client, uri('burst.txt'), SENTENCE).open();
      await doc.diagnostics(1);
      // version k carries k-1 stretched words, so each version's diagnostics are recognisable.
      const textFor = (k: number) => Array.from({ length: k - 1 }, (_, i) => `كل${T.repeat(i + 1)}مة`).join(' ') + ' نهاية';
      const since = client.mark();
      const burst = [];
      for (let k = 2; k <= 6; k++) {
        doc.version = k;
        doc.text = textFor(k);
        burst.push({ jsonrpc: '2.0' as const, method: 'textDocument/didChange', params: { textDocument: { uri: doc.uri, version: k }, contentChanges: [{ text: doc.text }] } });
      }
      client.writeMessages(burst); // one write: the server reads all five changes at once
      const t0 = performance.now();
      const newest = await doc.diagnostics(6, since);
      timings['burst of 5 changes → newest publishDiagnostics'] = `${(performance.now() - t0).toFixed(0)} ms`;
      assert.strictEqual(tatweelOnly(newest.diagnostics).length, 5, 'diagnostics of version 6 describe version 6');
      // Barrier: one more change; a stale timer from the burst would fire before its debounce does.
      const since7 = client.mark();
      doc.change(textFor(3));
      const p7 = await doc.diagnostics(7, since7);
      assert.strictEqual(tatweelOnly(p7.diagnostics).length, 2);
      const published = client.received<PublishDiagnosticsParams>('textDocument/publishDiagnostics', since).filter((n) => n.params.uri === doc.uri);
      const versions = published.map((n) => n.params.version);
      assert.ok(
        versions.every((v) => v === 6 || v === 7),
        `after the burst only versions 6 and 7 may be published, got ${JSON.stringify(versions)}`,
      );
      // debounced: the burst gives one publication, then one for the barrier change
      assert.deepStrictEqual(versions, [6, 7], 'one publication per settled version');
    });

    it('a change arriving while a lint is in flight: the old version is never published', async function () {
      // Hold the server's workspace/configuration request (the lint of version 1 awaits it), send
      // version 2, then answer: by then the server knows version 1 is stale.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let asked!: () => void;
      const wasAsked = new Promise<void>((r) => (asked = r));
      const settings = (params: { items: Array<{ section?: string }> }) => params.items.map((it) => (it.section ? client.settings[it.section] ?? null : client.settings));
      client.onRequest('workspace/configuration', async (params) => {
        asked();
        await held;
        return settings(params);
      });
      try {
        const since = client.mark();
        const doc = new Doc(client, uri('in-flight.txt'), SENTENCE).open();
        await wasAsked;
        doc.change(`${SENTENCE} ثم ق${T}ال`);
        release();
        const p2 = await doc.diagnostics(2, since);
        assert.strictEqual(tatweelOnly(p2.diagnostics).length, 3);
        // barrier: one more version, so a late stale publication would be seen
        doc.change(SENTENCE);
        await doc.diagnostics(3, since);
        const versions = client.received<PublishDiagnosticsParams>('textDocument/publishDiagnostics', since).filter((n) => n.params.uri === doc.uri).map((n) => n.params.version);
        assert.deepStrictEqual(versions, [2, 3], 'version 1 was stale when its lint finished and must not be published');
      } finally {
        client.onRequest('workspace/configuration', settings);
      }
    });

    it('fixing the text clears the diagnostics (an empty publish for the new version)', async function () {
      const doc = new Doc(client, uri('clear.txt'), SENTENCE).open();
      assert.strictEqual(tatweelOnly((await doc.diagnostics(1)).diagnostics).length, 2);
      doc.change(SENTENCE_FIXED);
      assert.deepStrictEqual(tatweelOnly((await doc.diagnostics(2)).diagnostics), []);
    });

    it('incremental didChange (ranged edit) is applied at the right place', async function () {
      if (syncKind !== 2) this.skip(); // the server asked for full sync; ranged changes would be a protocol error
      const doc = new Doc(client, uri('incremental.txt'), `سطر أول\nسطر ثان\n`).open();
      assert.deepStrictEqual(tatweelOnly((await doc.diagnostics(1)).diagnostics), []);
      // insert " قا" + TATWEEL + "ل" after "سطر" on line 1 (character 3)
      const insert = ` قا${T}ل`;
      doc.version++;
      doc.text = `سطر أول\nسطر${insert} ثان\n`;
      client.notify('textDocument/didChange', {
        textDocument: { uri: doc.uri, version: doc.version },
        contentChanges: [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: insert }],
      });
      const diags = tatweelOnly((await doc.diagnostics(2)).diagnostics);
      assert.strictEqual(diags.length, 1, JSON.stringify(diags));
      assert.deepStrictEqual(diags[0].range, { start: { line: 1, character: 4 }, end: { line: 1, character: 8 } });
      assertTatweelDiagnostic(doc.text, diags[0], `قا${T}ل`);
    });

    it('codeAction: the preferred quickfix "Remove tatweel: …" deletes that word\'s tatweel and nothing else', async function () {
      const doc = new Doc(client, uri('quickfix.txt'), SENTENCE).open();
      const diags = tatweelOnly((await doc.diagnostics(1)).diagnostics).sort((a, b) => a.range.start.character - b.range.start.character);
      const target = diags[1]; // the second stretched word
      const actions = (await doc.codeActions(target.range, [target])) ?? [];
      const literal = actions.filter(isCodeAction);
      const quickfixes = literal.filter((a) => a.kind === 'quickfix');
      const preferred = quickfixes.filter((a) => a.isPreferred === true);
      assert.strictEqual(preferred.length, 1, `exactly one preferred quickfix, got ${JSON.stringify(actions.map((a) => a.title))}`);
      const fix = await withEdit(client, preferred[0]);
      assert.ok(fix.title.startsWith('Remove tatweel: '), fix.title);
      assert.ok(fix.title.includes('طويلة'), `the title previews the result: ${fix.title}`);
      assert.ok(fix.diagnostics?.some((d) => d.code === 'tatweel'), 'the quickfix names the diagnostic it fixes');
      assert.deepStrictEqual(urisOf(fix.edit), [doc.uri]);
      const fixed = applyWorkspaceEdit(doc.text, fix.edit, doc.uri);
      assert.strictEqual(fixed, `كتب الطال${T}${T}${T}ب رسالة طويلة إلى المعلم في 1437ه${T}.`);
      // the server agrees: one diagnostic left after the edit
      doc.change(fixed);
      const left = tatweelOnly((await doc.diagnostics(2)).diagnostics);
      assert.strictEqual(left.length, 1);
      assertTatweelDiagnostic(fixed, left[0], SENTENCE_WORDS[0]);
    });

    it('source.fixAll.tadqiq fixes every word (also when asked for the parent kind source.fixAll)', async function () {
      const text = `${SENTENCE}\nثم ق${T}ال: الم${T}${T}دينة جمي${T}لة.\n`;
      const expected = `${SENTENCE_FIXED}\nثم قال: المدينة جميلة.\n`;
      const doc = new Doc(client, uri('fixall.txt'), text).open();
      assert.strictEqual(tatweelOnly((await doc.diagnostics(1)).diagnostics).length, 5);
      for (const only of [[FIX_ALL], ['source.fixAll']]) {
        const actions = ((await doc.codeActions(doc.wholeRange(), [], only)) ?? []).filter(isCodeAction);
        const fixAll = actions.filter((a) => a.kind === FIX_ALL);
        assert.strictEqual(fixAll.length, 1, `only=${only}: expected one ${FIX_ALL} action, got ${JSON.stringify(actions.map((a) => [a.kind, a.title]))}`);
        const withE = await withEdit(client, fixAll[0]);
        assert.strictEqual(applyWorkspaceEdit(text, withE.edit, doc.uri), expected, `only=${only}`);
        assert.ok(
          actions.every((a) => a.kind === FIX_ALL || (a.kind ?? '').startsWith('source.fixAll')),
          `only=${only} must not return other kinds: ${JSON.stringify(actions.map((a) => a.kind))}`,
        );
      }
      // fix-all is idempotent: on the fixed text it offers nothing to change
      doc.change(expected);
      assert.deepStrictEqual(tatweelOnly((await doc.diagnostics(2)).diagnostics), []);
      const again = ((await doc.codeActions(doc.wholeRange(), [], [FIX_ALL])) ?? []).filter(isCodeAction);
      for (const a of again) {
        const e = await withEdit(client, a);
        assert.strictEqual(applyWorkspaceEdit(expected, e.edit, doc.uri), expected, 'fix-all on fixed text changes nothing');
      }
    });

    it('CRLF lines and surrogate pairs: ranges are UTF-16 and per line; the fix keeps CRLF', async function () {
      const E = '\u{1F600}'; // two UTF-16 code units
      const B = '\u{1D400}'; // two UTF-16 code units
      const text = `${E} مرح${T}با بكم\r\n${B}${B} ثم ق${T}ال\r\nنهاية\r\n${E}${T}ك${T}لام`;
      const doc = new Doc(client, uri('crlf.txt'), text).open();
      const diags = tatweelOnly((await doc.diagnostics(1)).diagnostics).sort((a, b) => a.range.start.line - b.range.start.line);
      assert.deepStrictEqual(
        diags.map((d) => d.range),
        [
          { start: { line: 0, character: 3 }, end: { line: 0, character: 9 } },
          { start: { line: 1, character: 8 }, end: { line: 1, character: 12 } },
          { start: { line: 3, character: 2 }, end: { line: 3, character: 8 } },
        ],
        JSON.stringify(diags),
      );
      assertTatweelDiagnostic(text, diags[0], `مرح${T}با`);
      assertTatweelDiagnostic(text, diags[1], `ق${T}ال`);
      const actions = ((await doc.codeActions(doc.wholeRange(), [], [FIX_ALL])) ?? []).filter(isCodeAction);
      assert.strictEqual(actions.length, 1, JSON.stringify(actions));
      const fixed = applyWorkspaceEdit(text, (await withEdit(client, actions[0])).edit, doc.uri);
      assert.strictEqual(fixed, `${E} مرحبا بكم\r\n${B}${B} ثم قال\r\nنهاية\r\n${E}كلام`);
    });

    it('a 2 MB single-line document is answered', async function () {
      this.timeout(60_000);
      const unit = `في المدينة القدي${T}مة يعيش الناس حياة هادئة وبسيطة منذ زمن طويل، `;
      const parts: string[] = [];
      let bytes = 0;
      while (bytes < 2 * 1024 * 1024) {
        parts.push(unit);
        bytes += Buffer.byteLength(unit, 'utf8');
      }
      const text = parts.join('');
      const doc = new Doc(client, uri('big.txt'), text);
      const t0 = performance.now();
      doc.open();
      const p = await client.waitForDiagnostics(doc.uri, 1, { timeout: 55_000 });
      const ms = performance.now() - t0;
      const n = tatweelOnly(p.params.diagnostics).length;
      timings['2 MB single line: didOpen → publishDiagnostics'] = `${ms.toFixed(0)} ms, ${(bytes / 1048576).toFixed(2)} MiB UTF-8, ${text.length} UTF-16 units, ${n} of ${parts.length} findings published`;
      assert.ok(n > 0, 'some diagnostics');
      const first = tatweelOnly(p.params.diagnostics).sort((a, b) => a.range.start.character - b.range.start.character)[0];
      assertTatweelDiagnostic(text, first, `القدي${T}مة`);
      // the server still answers quickly afterwards (a code action at the first finding)
      const t1 = performance.now();
      const actions = ((await doc.codeActions(first.range, [first])) ?? []).filter(isCodeAction);
      timings['2 MB single line: codeAction at the first finding'] = `${(performance.now() - t1).toFixed(0)} ms`;
      assert.ok(actions.some((a) => a.isPreferred && a.kind === 'quickfix'), JSON.stringify(actions.map((a) => a.title)));
      doc.close();
    });

    it('does not crash on binary-like text (NULs, lone surrogates, control characters, bidi controls)', async function () {
      // deterministic pseudo-random UTF-16 soup, tatweel sprinkled in
      let seed = 12345;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / (1 << 24);
      const pool = [0x0000, 0x0001, 0x001b, 0x000d, 0x000a, 0x0640, 0x0640, 0x202b, 0x202e, 0x200f, 0xd800, 0xdfff, 0xfeff, 0xfffd, 0xffff, 0x0627, 0x0644, 0x0628];
      const codes: number[] = [];
      for (let i = 0; i < 32768; i++) codes.push(rnd() < 0.5 ? pool[Math.floor(rnd() * pool.length)] : Math.floor(rnd() * 0x10000));
      const garbage = String.fromCharCode(...codes.slice(0, 16384)) + String.fromCharCode(...codes.slice(16384));
      for (const languageId of ['plaintext', 'markdown', 'arabic-draft']) {
        const doc = new Doc(client, uri(`garbage.${languageId}`), garbage, languageId).open();
        const p = await doc.diagnostics(1);
        const starts = lineStarts(garbage);
        for (const d of p.diagnostics) {
          offsetAt(garbage, d.range.start, starts); // throws on a position outside the document
          offsetAt(garbage, d.range.end, starts);
        }
        const actions = ((await doc.codeActions(doc.wholeRange(), [], [FIX_ALL])) ?? []).filter(isCodeAction);
        for (const a of actions) {
          const e = await withEdit(client, a);
          applyTextEdits(garbage, editsFor(e.edit, doc.uri)); // throws on out-of-range or overlapping edits
        }
        doc.change(garbage.slice(1000));
        await doc.diagnostics(2);
        doc.close();
      }
      assert.ok(client.alive, `server died${client.stderr()}`);
      // and it still works normally
      const ok = new Doc(client, uri('after-binary.txt'), SENTENCE).open();
      assert.strictEqual(tatweelOnly((await ok.diagnostics(1)).diagnostics).length, 2);
    });

    it('a code action for a closed or unknown document does not fail the server', async function () {
      const res = await client.requestRaw('textDocument/codeAction', {
        textDocument: { uri: 'file:///nowhere/unknown.txt' },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      });
      assert.ok(!res.error || res.error.code !== -32603, `internal error: ${JSON.stringify(res.error)}`);
      assert.ok(res.result === null || Array.isArray(res.result) || res.error, JSON.stringify(res));
      assert.ok(client.alive);
    });
  });

  // ----------------------------------------------------------------------------------------------

  describe('pull diagnostics (client with textDocument.diagnostic)', function () {
    let client: LspClient;
    const pulledUris: string[] = [];
    before(async function () {
      client = LspClient.start();
      const init = await client.initialize(PULL_CAPS);
      // static diagnosticProvider, or a dynamic registration (we said dynamicRegistration: false, so static)
      assert.ok(init.capabilities.diagnosticProvider, `diagnosticProvider advertised to a pull client: ${JSON.stringify(init.capabilities)}`);
    });
    after(async function () {
      // a pull client must not also get pushed findings for its documents
      const pushed = client.received<PublishDiagnosticsParams>('textDocument/publishDiagnostics').filter((n) => pulledUris.includes(n.params.uri) && n.params.diagnostics.length > 0);
      try {
        if (client.alive) assert.strictEqual(await client.shutdown(), 0);
      } finally {
        client.dispose();
      }
      assert.deepStrictEqual(pushed.map((n) => n.params), [], 'push diagnostics sent to a pull-mode client');
    });

    it('textDocument/diagnostic returns a full report with the findings', async function () {
      const doc = new Doc(client, uri('pull.txt'), SENTENCE).open();
      pulledUris.push(doc.uri);
      const t0 = performance.now();
      const report = await doc.pull();
      timings['textDocument/diagnostic (pull, short text)'] = `${(performance.now() - t0).toFixed(0)} ms`;
      assert.strictEqual(report.kind, 'full', JSON.stringify(report));
      const diags = tatweelOnly(report.items).sort((a, b) => a.range.start.character - b.range.start.character);
      assert.strictEqual(diags.length, 2, JSON.stringify(report));
      assertTatweelDiagnostic(SENTENCE, diags[0], SENTENCE_WORDS[0]);
      assertTatweelDiagnostic(SENTENCE, diags[1], SENTENCE_WORDS[1]);
    });

    it('after a change the pull answers for the new text', async function () {
      const doc = new Doc(client, uri('pull-change.txt'), SENTENCE).open();
      pulledUris.push(doc.uri);
      assert.strictEqual(tatweelOnly((await doc.pull()).items).length, 2);
      doc.change(`${SENTENCE}\nو${T}ردة`);
      const report = await doc.pull();
      assert.strictEqual(report.kind, 'full');
      const diags = tatweelOnly(report.items);
      assert.strictEqual(diags.length, 3, JSON.stringify(report));
      assert.ok(diags.some((d) => d.range.start.line === 1 && textOf(doc.text, d.range) === `و${T}ردة`), JSON.stringify(diags));
      doc.change(SENTENCE_FIXED);
      assert.deepStrictEqual(tatweelOnly((await doc.pull()).items), []);
    });

    it('code actions work in pull mode too', async function () {
      const doc = new Doc(client, uri('pull-actions.txt'), SENTENCE).open();
      pulledUris.push(doc.uri);
      const diags = tatweelOnly((await doc.pull()).items).sort((a, b) => a.range.start.character - b.range.start.character);
      const actions = ((await doc.codeActions(diags[0].range, [diags[0]])) ?? []).filter(isCodeAction);
      const preferred = actions.filter((a) => a.kind === 'quickfix' && a.isPreferred);
      assert.strictEqual(preferred.length, 1, JSON.stringify(actions.map((a) => a.title)));
      const fixed = applyWorkspaceEdit(doc.text, (await withEdit(client, preferred[0])).edit, doc.uri);
      assert.strictEqual(fixed, `كتب الطالب رسالة طوي${T}لة إلى المعلم في 1437ه${T}.`);
    });

    it('"Ignore on this line" (Markdown: a comment above, never preferred) and "Ignore here" (plain text: a review command); fix-all applies neither', async function () {
      const md = new Doc(client, uri('ignore.md'), `عنوان\n  ${SENTENCE}\n`, 'markdown').open();
      pulledUris.push(md.uri);
      const diags = tatweelOnly((await md.pull()).items).sort((a, b) => a.range.start.character - b.range.start.character);
      const actions = ((await md.codeActions(diags[0].range, [diags[0]])) ?? []).filter(isCodeAction);
      const ignore = actions.filter((a) => a.title === 'Ignore on this line (tatweel)');
      assert.strictEqual(ignore.length, 1, JSON.stringify(actions.map((a) => a.title)));
      assert.ok(!ignore[0].isPreferred && !ignore[0].command);
      const ignored = applyWorkspaceEdit(md.text, (await withEdit(client, ignore[0])).edit, md.uri);
      assert.strictEqual(ignored, `عنوان\n  <!-- tadqiq-disable-next-line tatweel -->\n  ${SENTENCE}\n`);
      md.change(ignored);
      assert.deepStrictEqual(tatweelOnly((await md.pull()).items), [], 'the comment quiets every tatweel finding of the line');
      const fixAll = ((await md.codeActions(md.wholeRange(), [], [FIX_ALL])) ?? []).filter(isCodeAction);
      assert.deepStrictEqual(fixAll, [], 'nothing left for fix-all (the ignore actions are not auto-fixes)');

      const txt = new Doc(client, uri('ignore.txt'), SENTENCE).open();
      pulledUris.push(txt.uri);
      const d2 = tatweelOnly((await txt.pull()).items);
      const a2 = ((await txt.codeActions(d2[0].range, [d2[0]])) ?? []).filter(isCodeAction);
      const here = a2.filter((a) => a.title.startsWith('Ignore here (tatweel'));
      assert.strictEqual(here.length, 1, JSON.stringify(a2.map((a) => a.title)));
      assert.ok(!here[0].isPreferred && !here[0].edit);
      assert.strictEqual(here[0].command?.command, 'tadqiq.markReviewed');
      assert.match(String(here[0].command?.arguments?.[0]), /^tatweel:كتب \u27e6الطال(<U\+0640>){3}ب\u27e7 رسالة/);
      assert.strictEqual(here[0].command?.arguments?.[1], txt.uri);
      assert.ok(!a2.some((a) => a.title.startsWith('Ignore on this line')), 'no comment in plain text');
      const fa = ((await txt.codeActions(txt.wholeRange(), [], [FIX_ALL])) ?? []).filter(isCodeAction);
      assert.strictEqual(fa.length, 1);
      assert.match(fa[0].title, /\(2\)/, 'fix-all counts the two auto-fixes only');
    });
  });

  // ----------------------------------------------------------------------------------------------

  describe('settings (workspace/configuration, section "tadqiq")', function () {
    let client: LspClient | undefined;
    afterEach(() => client?.dispose());

    it('rules.tatweel = "off" → no tatweel diagnostics; back on after didChangeConfiguration; "error" changes the severity', async function () {
      client = LspClient.start({ settings: { tadqiq: { rules: { tatweel: 'off' } } } });
      await client.initialize(PULL_CAPS);
      const doc = new Doc(client, uri('config-off.txt'), SENTENCE).open();
      assert.deepStrictEqual(tatweelOnly((await doc.pull()).items), []);
      const asked = client.serverRequests.filter((r) => r.method === 'workspace/configuration');
      assert.ok(asked.length > 0, 'the server asked for its settings');
      assert.ok(
        asked.some((r) => r.params.items.some((i: { section?: string }) => i.section === 'tadqiq')),
        JSON.stringify(asked.map((r) => r.params)),
      );

      client.settings = { tadqiq: { rules: { tatweel: 'error' } } };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      // the pull after the notification must see the new settings
      const items = tatweelOnly((await doc.pull()).items);
      assert.strictEqual(items.length, 2, JSON.stringify(items));
      assert.ok(items.every((d) => d.severity === 1), `severity error: ${JSON.stringify(items)}`);
    });

    it('rules.tatweel = "off" in push mode: the published diagnostics carry no tatweel', async function () {
      client = LspClient.start({ settings: { tadqiq: { rules: { tatweel: 'off' } } } });
      await client.initialize(PUSH_CAPS);
      const doc = new Doc(client, uri('config-off-push.txt'), SENTENCE).open();
      assert.deepStrictEqual(tatweelOnly((await doc.diagnostics(1)).diagnostics), []);
    });

    it('a client without workspace/configuration gets the defaults (and is not asked)', async function () {
      client = LspClient.start();
      await client.initialize(BARE_CAPS);
      const doc = new Doc(client, uri('no-config.txt'), SENTENCE).open();
      assert.strictEqual(tatweelOnly((await doc.diagnostics(1)).diagnostics).length, 2);
      assert.deepStrictEqual(
        client.serverRequests.filter((r) => r.method === 'workspace/configuration').map((r) => r.params),
        [],
        'workspace/configuration sent to a client that does not support it',
      );
    });

    it('maxDiagnostics: over the cap, errors first, then the findings nearest the last edit, in order; said once; 0 sends all', async function () {
      // six lines of two tatweel findings each; tatweel made an error so that it ranks first whatever else is found
      client = LspClient.start({ settings: { tadqiq: { maxDiagnostics: 3, rules: { tatweel: 'error' } } } });
      await client.initialize(PULL_CAPS);
      const text = Array.from({ length: 6 }, () => SENTENCE).join('\n');
      const doc = new Doc(client, uri('cap.txt'), text).open();
      const lines = (items: Diagnostic[]) => items.map((d) => d.range.start.line);
      const opened = (await doc.pull()).items;
      // no edit yet: the first ones
      assert.deepStrictEqual(lines(opened), [0, 0, 1], JSON.stringify(opened));
      assert.ok(opened.every((d) => d.code === 'tatweel' && d.severity === 1), JSON.stringify(opened));
      // an edit at the end of the last line: the ones nearest it, still in document order
      doc.version++;
      const end = { line: 5, character: SENTENCE.length };
      client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [{ range: { start: end, end }, text: ' ' }] });
      const edited = (await doc.pull()).items;
      assert.deepStrictEqual(lines(edited), [4, 5, 5], JSON.stringify(edited));
      const told = client.received<{ message: string }>('window/showMessage').filter((n) => n.params.message.includes('tadqiq.maxDiagnostics'));
      assert.strictEqual(told.length, 1, JSON.stringify(told.map((n) => n.params)));
      assert.ok(told[0].params.message.includes('12'), told[0].params.message);
      // 0: every finding
      client.settings = { tadqiq: { maxDiagnostics: 0, rules: { tatweel: 'error' } } };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      assert.strictEqual(tatweelOnly((await doc.pull()).items).length, 12);
    });

    it('broken settings ({ rules: "x" }): defaults apply, the server keeps working and says so once', async function () {
      client = LspClient.start({ settings: { tadqiq: { rules: 'x' } } });
      await client.initialize(PULL_CAPS);
      const doc = new Doc(client, uri('config-broken.txt'), SENTENCE).open();
      assert.strictEqual(tatweelOnly((await doc.pull()).items).length, 2);
      const mentions = (p: { message?: string }) => typeof p?.message === 'string' && /rules/.test(p.message);
      // (window/showMessageRequest is a request: it lands in serverRequests and is answered with null)
      const first = await client.waitFor(['window/showMessage', 'window/logMessage'], mentions, {
        what: 'window/showMessage or window/logMessage about the broken tadqiq.rules',
      });
      timings['broken settings reported via'] = `${first.method} (type ${first.params.type}): ${JSON.stringify(first.params.message)}`;
      // a second document and a second pull must not repeat the message
      const doc2 = new Doc(client, uri('config-broken-2.txt'), SENTENCE).open();
      assert.strictEqual(tatweelOnly((await doc2.pull()).items).length, 2);
      assert.strictEqual(tatweelOnly((await doc.pull()).items).length, 2);
      // one message per channel at most (a pop-up — showMessage or showMessageRequest — and/or a log line), not one per document
      const channels = [
        ...client.received('window/showMessage'),
        ...client.received('window/logMessage'),
        ...client.serverRequests.filter((r) => r.method === 'window/showMessageRequest'),
      ].filter((n) => mentions(n.params));
      timings['broken settings: messages'] = JSON.stringify(channels.map((n) => [n.method, n.params.type]));
      const perMethod = new Map<string, number>();
      for (const n of channels) perMethod.set(n.method, (perMethod.get(n.method) ?? 0) + 1);
      assert.ok(
        [...perMethod.values()].every((k) => k === 1),
        `the problem is reported once, got ${JSON.stringify(channels.map((n) => [n.method, n.params]))}`,
      );
      assert.ok(client.alive);
    });
  });
});
