/**
 * Faults over stdio (issue "A fresh machine, a hurried editor, a broken file"): 1,000 edits without
 * waiting, cancelled requests, unknown methods, documents never opened, positions outside the text,
 * settings of the wrong type. Every case ends by checking the server still answers a normal request.
 * Waits are on messages (notifications, responses), never on sleeps. Needs `npm run build` first.
 *
 * Invisible characters appear only as escapes (TATWEEL = U+0640).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { applyTextEdits, CodeAction, Command, Diagnostic, editsFor, lineStarts, LspClient, Message, positionAt, PublishDiagnosticsParams, Range, SERVER_CLI, textOf } from './client';
import { prng } from '../../server/src/testing/adversarial';

const T = '\u0640';
const SENTENCE = `كتب الطال${T}${T}${T}ب رسالة طوي${T}لة إلى المعلم في 1437ه${T}.`;
const REQUEST_CANCELLED = -32800;
const METHOD_NOT_FOUND = -32601;

const PUSH_CAPS = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, workspaceEdit: { documentChanges: true }, applyEdit: true },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, dataSupport: true },
    codeAction: { isPreferredSupport: true, dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } } },
  },
  window: { showMessage: { messageActionItem: { additionalPropertiesSupport: false } } },
};
const PULL_CAPS = {
  ...PUSH_CAPS,
  workspace: { ...PUSH_CAPS.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...PUSH_CAPS.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};
/** No workspace/configuration: settings arrive in workspace/didChangeConfiguration's params. */
const BARE_CAPS = { textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } } };

/** Counts printed at the end for the report (cases run, inputs tried, faults injected). */
const counts: Record<string, number> = {};
const count = (k: string, n = 1) => (counts[k] = (counts[k] ?? 0) + n);

let docCounter = 0;
const uri = (name: string) => `file:///tmp/tadqiq-faults-test/${++docCounter}-${name}`;

const PIECES = [T, T + T, 'ا', 'ل', 'و', ' ', 'كلمة ', 'الطالب ', '\n', 'في 2024 ', '،', '.', 'ق' + T + 'ال '];

/**
 * `n` incremental didChange params (each relative to the text after the previous one) and the final
 * text. Inserts, deletions and replacements at random places, tatweel among them.
 */
function randomEdits(uri: string, text: string, fromVersion: number, n: number, seed: number) {
  const rnd = prng(seed);
  const messages: Message[] = [];
  let version = fromVersion;
  for (let i = 0; i < n; i++) {
    const starts = lineStarts(text);
    const at = Math.floor(rnd() * (text.length + 1));
    const op = rnd();
    const len = op < 0.55 ? 0 : Math.min(text.length - at, 1 + Math.floor(rnd() * 4));
    const insert = op < 0.8 ? PIECES[Math.floor(rnd() * PIECES.length)] : '';
    const range: Range = { start: positionAt(text, at, starts), end: positionAt(text, at + len, starts) };
    text = applyTextEdits(text, [{ range, newText: insert }]);
    version++;
    messages.push({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ range, text: insert }] } });
  }
  return { messages, text, version };
}

/** What a diagnostic says about the text, without the version it was computed for. */
function essence(d: Diagnostic) {
  const data = d.data as { start?: number; end?: number } | undefined;
  return { range: d.range, code: d.code, severity: d.severity, message: d.message, start: data?.start, end: data?.end };
}
const sortKey = (d: Diagnostic) => `${String(d.range.start.line).padStart(6, '0')}:${String(d.range.start.character).padStart(6, '0')}:${d.code}:${d.message}`;
const essences = (ds: Diagnostic[]) => [...ds].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0)).map(essence);
const versionOf = (d: Diagnostic) => (d.data as { version?: number } | undefined)?.version;

function publishedFor(client: LspClient, docUri: string, since: number): PublishDiagnosticsParams[] {
  return client.received<PublishDiagnosticsParams>('textDocument/publishDiagnostics', since).filter((n) => n.params.uri === docUri).map((n) => n.params);
}

function open(client: LspClient, docUri: string, text: string, version = 1, languageId = 'plaintext'): void {
  client.notify('textDocument/didOpen', { textDocument: { uri: docUri, languageId, version, text } });
}

/** The diagnostics a fresh document with `text` gets (push): the reference for a document edited into `text`. */
async function freshPush(client: LspClient, text: string): Promise<Diagnostic[]> {
  const u = uri('reference.txt');
  open(client, u, text);
  const p = await client.waitForDiagnostics(u, 1);
  client.notify('textDocument/didClose', { textDocument: { uri: u } });
  return p.params.diagnostics;
}

async function freshPull(client: LspClient, text: string): Promise<Diagnostic[]> {
  const u = uri('reference.txt');
  open(client, u, text);
  const r = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: u } });
  client.notify('textDocument/didClose', { textDocument: { uri: u } });
  return r.items;
}

/** A request whose response is recorded in arrival order (responses resolve in the order they are read). */
function tracked(client: LspClient, arrivals: Array<{ tag: string; msg: Message }>, tag: string, method: string, params: unknown, timeout?: number): Promise<Message> {
  return client.requestRaw(method, params, timeout).then((msg) => {
    arrivals.push({ tag, msg });
    return msg;
  });
}

/** The health check after every fault: a normal code-action request on a known document gets its quick fix. */
async function assertServes(client: LspClient, docUri: string, what: string): Promise<void> {
  assert.ok(client.alive, `server died after ${what}`);
  const actions = await client.request<Array<CodeAction | Command>>('textDocument/codeAction', {
    textDocument: { uri: docUri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 100_000 } }, // the first line (SENTENCE in every document here)
    context: { diagnostics: [] },
  });
  assert.ok(
    actions.some((a) => (a as CodeAction).kind === 'quickfix' && (a as CodeAction).isPreferred),
    `after ${what}: no preferred quick fix in ${JSON.stringify(actions.map((a) => a.title))}`,
  );
}

function bigArabicText(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(i % 10 === 0 ? SENTENCE : 'أعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية، وقال الوزير إن التنفيذ يبدأ قريبا.');
  return out.join('\n');
}

describe('tadqiq lsp --stdio: faults', function () {
  this.timeout(60_000);
  let client: LspClient | undefined;

  before(function () {
    if (!fs.existsSync(SERVER_CLI)) throw new Error(`${SERVER_CLI} is missing: run \`npm run build\` first`);
  });
  afterEach(function () {
    if (client) {
      assert.deepStrictEqual(client.protocolErrors, [], 'the server wrote nothing the client could not parse');
      client.dispose();
    }
    client = undefined;
  });
  after(function () {
    console.log(`    counts: ${JSON.stringify(counts)}`);
  });

  // ----------------------------------------------------------------------------------------------

  describe('1,000 rapid incremental edits', function () {
    for (const debounce of [undefined, 0]) {
      it(`push (debounce ${debounce ?? 'default'}): only the final version's diagnostics remain, versions only go up, and they equal a fresh document's`, async function () {
        client = LspClient.start({ settings: { tadqiq: debounce === undefined ? {} : { debounce } } });
        const init = await client.initialize(PUSH_CAPS);
        const sync = init.capabilities.textDocumentSync;
        assert.strictEqual(typeof sync === 'number' ? sync : sync.change, 2, 'the server advertises incremental sync (the edits below are incremental)');
        const u = uri('typing.txt');
        open(client, u, SENTENCE);
        await client.waitForDiagnostics(u, 1);
        const since = client.mark();
        const { messages, text, version } = randomEdits(u, SENTENCE, 1, 1000, 7 + (debounce ?? 1));
        for (const m of messages) client.writeMessages([m]); // 1,000 writes, no waiting in between
        count('didChange edits sent', messages.length);
        const last = await client.waitForDiagnostics(u, version, { since });
        // Barrier: one more version; a stale publication from the burst would arrive before this one.
        const barrier = { jsonrpc: '2.0' as const, method: 'textDocument/didChange', params: { textDocument: { uri: u, version: version + 1 }, contentChanges: [{ text: SENTENCE }] } };
        client.writeMessages([barrier]);
        await client.waitForDiagnostics(u, version + 1, { since });
        const versions = publishedFor(client, u, since).map((p) => p.version!);
        for (let i = 1; i < versions.length; i++) assert.ok(versions[i] > versions[i - 1], `published versions must only go up: ${JSON.stringify(versions)}`);
        assert.strictEqual(versions[versions.length - 2], version, `the last publication of the burst is for the final version: ${JSON.stringify(versions)}`);
        // (how many publications the burst gets depends on how fast the 1,000 writes arrive against the debounce:
        // a count would make the test depend on the machine's load; order and finality above do not)
        counts[`publications during the burst (debounce ${debounce ?? 'default'})`] = versions.length - 1;
        // Every diagnostic is of the final version and matches what a fresh document with that text gets.
        for (const d of last.params.diagnostics) assert.strictEqual(versionOf(d), version);
        for (const d of last.params.diagnostics) textOf(text, d.range); // inside the final text (throws otherwise)
        assert.deepStrictEqual(essences(last.params.diagnostics), essences(await freshPush(client, text)), 'incremental edits applied exactly as the client did');
        assert.ok(last.params.diagnostics.some((d: Diagnostic) => d.code === 'tatweel'), 'the final text still has stretched words to find');
        await assertServes(client, u, '1,000 edits');
      });
    }

    it('pull: pulls interleaved with the edits answer in order, never older than an answer before them; the last is the final text', async function () {
      client = LspClient.start();
      await client.initialize(PULL_CAPS);
      const u = uri('typing-pull.txt');
      open(client, u, SENTENCE);
      await client.request('textDocument/diagnostic', { textDocument: { uri: u } });
      const { messages, text, version } = randomEdits(u, SENTENCE, 1, 1000, 99);
      const arrivals: Array<{ tag: string; msg: Message }> = [];
      const pulls: Promise<Message>[] = [];
      messages.forEach((m, i) => {
        client!.writeMessages([m]);
        if ((i + 1) % 100 === 0) pulls.push(tracked(client!, arrivals, `after edit ${i + 1}`, 'textDocument/diagnostic', { textDocument: { uri: u } }));
      });
      count('didChange edits sent', messages.length);
      count('pulls interleaved with edits', pulls.length);
      const results = await Promise.all(pulls);
      let seen = 0;
      for (const { tag, msg } of arrivals) {
        assert.ok(!msg.error, `${tag}: ${JSON.stringify(msg.error)}`);
        const vs = (msg.result as { items: Diagnostic[] }).items.map(versionOf) as number[];
        for (const v of vs) assert.ok(v >= seen, `${tag}: a result for version ${v} arrived after one for version ${seen}`);
        if (vs.length) seen = Math.max(...vs);
      }
      const final = (results[results.length - 1].result as { items: Diagnostic[] }).items;
      for (const d of final) assert.strictEqual(versionOf(d), version, 'the pull sent after the last edit answers for the last version');
      assert.deepStrictEqual(essences(final), essences(await freshPull(client, text)));
      await assertServes(client, u, '1,000 edits (pull)');
    });
  });

  // ----------------------------------------------------------------------------------------------

  describe('$/cancelRequest on a large Arabic document', function () {
    const BIG = bigArabicText(3000);

    it('a cancelled pull gets its real result or RequestCancelled, never an empty report, and nothing stale after the newer answer', async function () {
      client = LspClient.start();
      await client.initialize(PULL_CAPS);
      const u = uri('big-pull.txt');
      open(client, u, BIG);
      const first = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: u } });
      const expectedCount = first.items.length;
      assert.ok(expectedCount >= 600, `the big document has many findings (${expectedCount})`);
      const outcome = { cancelled: 0, result: 0 };
      let version = 1;
      for (let round = 0; round < 10; round++) {
        const arrivals: Array<{ tag: string; msg: Message }> = [];
        // version v: the same text with one word appended (the findings stay the same)
        version++;
        client.notify('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'و' }] });
        const vCancelled = version;
        const cancelled = tracked(client, arrivals, `cancelled pull (version ${vCancelled})`, 'textDocument/diagnostic', { textDocument: { uri: u } });
        const id = (client as unknown as { nextId: number }).nextId - 1;
        // round 0-4: cancel in the same breath; 5-9: after one more edit
        if (round >= 5) {
          version++;
          client.notify('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'و' }] });
        }
        client.notify('$/cancelRequest', { id });
        count('requests cancelled');
        const newer = tracked(client, arrivals, `newer pull (version ${version})`, 'textDocument/diagnostic', { textDocument: { uri: u } });
        const [a, b] = await Promise.all([cancelled, newer]);
        assert.ok(!b.error, JSON.stringify(b.error));
        const bItems = (b.result as { items: Diagnostic[] }).items;
        assert.strictEqual(bItems.length, expectedCount);
        for (const d of bItems) assert.strictEqual(versionOf(d), version);
        if (a.error) {
          assert.strictEqual(a.error.code, REQUEST_CANCELLED, `a cancelled request fails with RequestCancelled: ${JSON.stringify(a.error)}`);
          outcome.cancelled++;
        } else {
          const items = (a.result as { items: Diagnostic[] }).items;
          assert.strictEqual(items.length, expectedCount, 'a cancelled pull that answers anyway answers with the real findings (an empty report would clear them)');
          const vs = new Set(items.map(versionOf));
          assert.strictEqual(vs.size, 1);
          const v = [...vs][0]!;
          assert.ok(v >= vCancelled, `result for version ${v}, older than the version ${vCancelled} it was asked for`);
          if (arrivals[0].tag.startsWith('newer')) assert.strictEqual(v, version, 'a result arriving after the newer one is not older than it');
          outcome.result++;
        }
      }
      counts['cancelled pulls answered RequestCancelled'] = outcome.cancelled;
      counts['cancelled pulls answered with a result'] = outcome.result;
      await assertServes(client, u, 'cancelled pulls');
    });

    it('a cancelled codeAction gets its result or RequestCancelled; a result is valid for the version it names, and none is older than the answer before it', async function () {
      client = LspClient.start();
      await client.initialize(PUSH_CAPS);
      const u = uri('big-actions.txt');
      const texts = new Map<number, string>([[1, BIG]]);
      open(client, u, BIG);
      await client.waitForDiagnostics(u, 1);
      const whole = { start: { line: 0, character: 0 }, end: { line: 2999, character: 200 } };
      const arrivals: Array<{ tag: string; msg: Message }> = [];
      const all: Promise<Message>[] = [];
      let text = BIG;
      for (let v = 2; v <= 6; v++) {
        const req = tracked(client, arrivals, `fix-all at version ${v - 1}`, 'textDocument/codeAction', { textDocument: { uri: u }, range: whole, context: { diagnostics: [], only: ['source.fixAll.tadqiq'] } });
        const id = (client as unknown as { nextId: number }).nextId - 1;
        client.notify('$/cancelRequest', { id });
        count('requests cancelled');
        all.push(req);
        text = `و${text}`;
        texts.set(v, text);
        client.notify('textDocument/didChange', { textDocument: { uri: u, version: v }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'و' }] });
      }
      all.push(tracked(client, arrivals, 'final fix-all', 'textDocument/codeAction', { textDocument: { uri: u }, range: whole, context: { diagnostics: [], only: ['source.fixAll.tadqiq'] } }));
      await Promise.all(all);
      let seen = 0;
      for (const { tag, msg } of arrivals) {
        if (msg.error) {
          assert.strictEqual(msg.error.code, REQUEST_CANCELLED, `${tag}: ${JSON.stringify(msg.error)}`);
          count('cancelled codeActions answered RequestCancelled');
          continue;
        }
        count('cancelled codeActions answered with a result');
        const actions = msg.result as CodeAction[];
        assert.strictEqual(actions.length, 1, `${tag}: one fix-all action`);
        let action = actions[0];
        if (!action.edit && action.data !== undefined) action = await client.request<CodeAction>('codeAction/resolve', action);
        const dc = action.edit!.documentChanges![0] as { textDocument: { version: number } };
        const v = dc.textDocument.version;
        assert.ok(v >= seen, `${tag}: an answer for version ${v} arrived after one for version ${seen}`);
        seen = v;
        const fixed = applyTextEdits(texts.get(v)!, editsFor(action.edit, u));
        assert.ok(!fixed.includes(`الطال${T}`), `${tag}: the fix-all edit for version ${v} applies to that version's text`);
      }
      assert.strictEqual(seen, 6, 'the last answer is for the last version');
      await assertServes(client, u, 'cancelled code actions');
    });
  });

  // ----------------------------------------------------------------------------------------------

  describe('unknown methods, documents never opened, positions outside the text', function () {
    for (const mode of ['push', 'pull'] as const) it(`${mode}: each gets a result or a JSON-RPC error (MethodNotFound for unknown requests); the server answers a normal request after each`, async function () {
      client = LspClient.start();
      await client.initialize(mode === 'pull' ? PULL_CAPS : PUSH_CAPS);
      const u = uri('known.txt');
      open(client, u, SENTENCE);
      await assertServes(client, u, 'open');
      const never = 'file:///tmp/tadqiq-faults-test/never-opened.txt';
      const ctx = { diagnostics: [] };
      const r = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
      const requests: Array<[string, string, unknown, 'result' | 'error' | 'either', number?]> = [
        ['unknown request', 'tadqiq/noSuchMethod', { x: 1 }, 'error', METHOD_NOT_FOUND],
        ['unknown request without params', 'textDocument/noSuchThing', undefined, 'error', METHOD_NOT_FOUND],
        ['unknown $/ request', '$/tadqiqNoSuchRequest', {}, 'error', METHOD_NOT_FOUND],
        ['codeAction, document never opened', 'textDocument/codeAction', { textDocument: { uri: never }, range: r(0, 0, 0, 1), context: ctx }, 'either'],
        ['pull, document never opened', 'textDocument/diagnostic', { textDocument: { uri: never } }, 'either'],
        ['pull, not a file URI', 'textDocument/diagnostic', { textDocument: { uri: 'untitled:Untitled-1' } }, 'either'],
        ['codeAction, line 10^6', 'textDocument/codeAction', { textDocument: { uri: u }, range: r(1_000_000, 0, 1_000_000, 5), context: ctx }, 'either'],
        ['codeAction, character 10^6', 'textDocument/codeAction', { textDocument: { uri: u }, range: r(0, 1_000_000, 0, 1_000_001), context: ctx }, 'either'],
        ['codeAction, negative characters', 'textDocument/codeAction', { textDocument: { uri: u }, range: r(0, -5, 0, -1), context: ctx }, 'either'],
        ['codeAction, negative line', 'textDocument/codeAction', { textDocument: { uri: u }, range: r(-1, 0, -1, 3), context: ctx }, 'either'],
        ['codeAction, start after end', 'textDocument/codeAction', { textDocument: { uri: u }, range: r(0, 20, 0, 4), context: ctx }, 'either'],
        ['codeAction, start after end across lines', 'textDocument/codeAction', { textDocument: { uri: u }, range: r(1_000_000, 0, 0, 0), context: ctx }, 'either'],
        ['codeAction, fractional positions', 'textDocument/codeAction', { textDocument: { uri: u }, range: r(0.5, 1.5, 0.5, 9.25), context: ctx }, 'either'],
        ['codeAction, positions as strings', 'textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: '0', character: 'a' }, end: { line: null, character: {} } }, context: ctx }, 'either'],
        ['codeAction, no range', 'textDocument/codeAction', { textDocument: { uri: u }, context: ctx }, 'either'],
        ['codeAction, no context', 'textDocument/codeAction', { textDocument: { uri: u }, range: r(0, 0, 0, 5) }, 'either'],
        ['codeAction, only of a strange kind', 'textDocument/codeAction', { textDocument: { uri: u }, range: r(0, 0, 0, 5), context: { diagnostics: [], only: [42, null] } }, 'either'],
        ['codeAction, null params', 'textDocument/codeAction', null, 'either'],
        ['codeAction, params an array', 'textDocument/codeAction', [1, 2, 3], 'either'],
        ['pull, no textDocument', 'textDocument/diagnostic', {}, 'either'],
        ['codeAction/resolve, garbage data', 'codeAction/resolve', { title: 'x', data: { uri: 5, version: 'x', scope: 'all' } }, 'either'],
        ['codeAction/resolve, data for a document never opened', 'codeAction/resolve', { title: 'x', data: { uri: never, version: 1, scope: 'all' } }, 'either'],
        ['codeAction/resolve, stale version', 'codeAction/resolve', { title: 'x', data: { uri: u, version: 99, scope: 'document', ruleId: 'tatweel' } }, 'either'],
        ['executeCommand, unknown command', 'workspace/executeCommand', { command: 'tadqiq.noSuchCommand', arguments: [] }, 'either'],
        ['executeCommand markReviewed, key not a string', 'workspace/executeCommand', { command: 'tadqiq.markReviewed', arguments: [42, {}] }, 'either'],
      ];
      for (const [what, method, params, expect, code] of requests) {
        const res = await client.requestRaw(method, params);
        count('fault requests');
        assert.ok(res.error !== undefined || 'result' in res, `${what}: neither result nor error: ${JSON.stringify(res)}`);
        if (expect === 'error') assert.ok(res.error, `${what}: expected an error, got ${JSON.stringify(res)}`);
        if (code !== undefined) assert.strictEqual(res.error!.code, code, `${what}: ${JSON.stringify(res.error)}`);
        if (res.error) assert.ok(typeof res.error.message === 'string' && res.error.code !== undefined, what);
        await assertServes(client, u, what);
      }
      const notifications: Array<[string, string, unknown]> = [
        ['unknown notification', 'tadqiq/noSuchNotification', { x: 1 }],
        ['unknown $/ notification', '$/tadqiqNoSuchNotification', {}],
        ['didChange, document never opened', 'textDocument/didChange', { textDocument: { uri: never, version: 2 }, contentChanges: [{ text: 'x' }] }],
        ['didClose, document never opened', 'textDocument/didClose', { textDocument: { uri: never } }],
        ['didChange, null params', 'textDocument/didChange', null],
        ['didOpen, no text', 'textDocument/didOpen', { textDocument: { uri: uri('no-text.txt'), languageId: 'plaintext', version: 1 } }],
        ['didOpen, text a number', 'textDocument/didOpen', { textDocument: { uri: uri('number.txt'), languageId: 'plaintext', version: 1, text: 42 } }],
        ['didOpen, text null', 'textDocument/didOpen', { textDocument: { uri: uri('null.txt'), languageId: 'plaintext', version: 1, text: null } }],
        ['didOpen, no uri', 'textDocument/didOpen', { textDocument: { languageId: 'plaintext', version: 1, text: 'x' } }],
        ['didOpen, version a string', 'textDocument/didOpen', { textDocument: { uri: uri('version.txt'), languageId: 'plaintext', version: 'one', text: SENTENCE } }],
        ['didChangeConfiguration, garbage', 'workspace/didChangeConfiguration', 'garbage'],
        ['didChangeWatchedFiles, garbage', 'workspace/didChangeWatchedFiles', { changes: 5 }],
        ['$/cancelRequest for an id never used', '$/cancelRequest', { id: 987654 }],
        ['$/setTrace to a strange value', '$/setTrace', { value: 'loud' }],
      ];
      for (const [what, method, params] of notifications) {
        const before: number = client.unhandledRequests.length;
        client.notify(method, params);
        count('fault notifications');
        await assertServes(client, u, what);
        assert.strictEqual(client.unhandledRequests.length, before, `${what}: the server asked the client something it does not know`);
      }
      // An incremental change whose range lies outside the text: clamped or refused, never a crash, and the
      // document still gets diagnostics for its new version.
      for (const [what, range] of [
        ['didChange, range at line 10^6', r(1_000_000, 0, 1_000_000, 0)],
        ['didChange, negative range', r(-3, -3, -1, -1)],
        ['didChange, start after end', r(0, 3, 0, 2)],
      ] as Array<[string, Range]>) {
        const v = 100 + counts['fault notifications'];
        client.notify('textDocument/didChange', { textDocument: { uri: u, version: v }, contentChanges: [{ range, text: ' ' }] });
        count('fault notifications');
        let items: Diagnostic[];
        if (mode === 'pull') {
          const res = await client.requestRaw('textDocument/diagnostic', { textDocument: { uri: u } });
          assert.ok(!res.error, `${what}: ${JSON.stringify(res.error)}`);
          items = (res.result as { items: Diagnostic[] }).items;
        } else {
          items = (await client.waitForDiagnostics(u, v)).params.diagnostics;
        }
        assert.ok(items.some((d) => d.code === 'tatweel'), `${what}: diagnostics for the new version`);
        for (const d of items) assert.strictEqual(versionOf(d), v, what);
        await assertServes(client, u, what);
      }
      assert.ok(client.alive);
      assert.strictEqual(await client.shutdown(), 0, 'a clean shutdown after all that');
    });
  });

  // ----------------------------------------------------------------------------------------------

  describe('settings of the wrong type', function () {
    /** [what, the tadqiq section, a word the one message must contain ('' = the server has nothing to say)] */
    const CASES: Array<[string, unknown, string]> = [
      ['rules a string', { rules: 'tatweel' }, 'tadqiq.rules'],
      ['a rule level a number', { rules: { tatweel: 42 } }, 'tadqiq.rules.tatweel'],
      ['an unknown rule', { rules: { 'no-such-rule': 'error' } }, 'tadqiq.rules.no-such-rule'],
      ['debounce "fast"', { debounce: 'fast' }, 'tadqiq.debounce'],
      ['debounce negative', { debounce: -5 }, 'tadqiq.debounce'],
      ['debounce an hour', { debounce: 3_600_000 }, 'tadqiq.debounce'],
      ['maxDiagnostics "all"', { maxDiagnostics: 'all' }, 'tadqiq.maxDiagnostics'],
      ['maxDiagnostics 2.5', { maxDiagnostics: 2.5 }, 'tadqiq.maxDiagnostics'],
      ['messageLanguage 5', { messageLanguage: 5 }, 'tadqiq.messageLanguage'],
      ['rule options not an object', { tatweel: 'allow' }, 'tadqiq.tatweel'],
      ['a rule option of the wrong type', { tatweel: { allow: 'x' } }, 'tadqiq.tatweel.allow'],
      ['the section a string', 'tadqiq', 'settings must be an object'],
      // languages/enable are read by the VS Code client (which reports them); the server does not use them
      ['languages 5 (a client setting)', { languages: 5 }, ''],
      ['enable "yes" (a client setting)', { enable: 'yes' }, ''],
    ];

    const messagesSince = (c: LspClient, since: number) => [...c.received('window/showMessage', since), ...c.received('window/logMessage', since)];

    async function check(c: LspClient, u: string, what: string, word: string, since: number, version: number) {
      const p = await c.waitForDiagnostics(u, version, { since });
      const tatweel = p.params.diagnostics.filter((d: Diagnostic) => d.code === 'tatweel');
      assert.strictEqual(tatweel.length, 2, `${what}: the defaults keep working: ${JSON.stringify(p.params.diagnostics)}`);
      for (const d of tatweel) assert.strictEqual(d.severity, 2, `${what}: default severity (warning)`);
      // the message (sent before the lint that read the settings) has arrived by now
      const msgs = messagesSince(c, since).filter((n) => /tadqiq/.test(n.params.message));
      if (word) {
        assert.strictEqual(msgs.length, 1, `${what}: exactly one message, got ${JSON.stringify(msgs.map((n) => n.params))}`);
        assert.ok(msgs[0].params.message.includes(word), `${what}: the message names ${word}: ${msgs[0].params.message}`);
        assert.ok(msgs[0].params.type <= 2, `${what}: an error or a warning, not a log line only`);
      } else {
        assert.ok(msgs.length <= 1, `${what}: at most one message`);
      }
      assert.ok(c.alive);
    }

    it('workspace/configuration answers of the wrong type: one message naming the setting, defaults apply, the same mistake is not repeated', async function () {
      client = LspClient.start({ settings: { tadqiq: {} } });
      await client.initialize(PUSH_CAPS);
      const u = uri('settings.txt');
      open(client, u, SENTENCE);
      await client.waitForDiagnostics(u, 1);
      let version = 1;
      for (const [what, section, word] of CASES) {
        client.settings = { tadqiq: section };
        const since = client.mark();
        client.notify('workspace/didChangeConfiguration', { settings: null });
        count('wrong-type settings tried');
        await check(client, u, `${what} (after didChangeConfiguration)`, word, since, version);
        // a change after it (uses the debounce setting) still gets diagnostics
        version++;
        const since2 = client.mark();
        client.notify('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [{ text: SENTENCE }] });
        await client.waitForDiagnostics(u, version, { since: since2 });
        assert.deepStrictEqual(messagesSince(client, since2).filter((n) => word && n.params.message.includes(word)), [], `${what}: not said again on the next change`);
      }
      // the same mistakes again (the same problem text): already said, not repeated
      for (const [section, word] of [
        [{ rules: 'tatweel' }, 'tadqiq.rules'],
        [{ rules: ['tatweel'] }, 'tadqiq.rules'],
        [[1, 2], 'settings must be an object'],
      ] as Array<[unknown, string]>) {
        client.settings = { tadqiq: section };
        const since = client.mark();
        client.notify('workspace/didChangeConfiguration', { settings: null });
        count('wrong-type settings tried');
        const p = await client.waitForDiagnostics(u, version, { since });
        assert.strictEqual(p.params.diagnostics.filter((d: Diagnostic) => d.code === 'tatweel').length, 2);
        assert.deepStrictEqual(messagesSince(client, since).filter((n) => n.params.message.includes(word)), [], `${JSON.stringify(section)}: the same mistake is reported once per session`);
      }
      await assertServes(client, u, 'wrong settings');
    });

    it('didChangeConfiguration params of the wrong type (client without workspace/configuration): the same', async function () {
      client = LspClient.start();
      await client.initialize(BARE_CAPS);
      const u = uri('settings-bare.txt');
      open(client, u, SENTENCE);
      await client.waitForDiagnostics(u, 1);
      for (const [what, section, word] of CASES) {
        const since = client.mark();
        client.notify('workspace/didChangeConfiguration', { settings: { tadqiq: section } });
        count('wrong-type settings tried');
        await check(client, u, `${what} (in didChangeConfiguration)`, word, since, 1);
      }
      for (const settings of [null, 5, 'x', [], { tadqiq: null }]) {
        const since = client.mark();
        client.notify('workspace/didChangeConfiguration', { settings });
        count('wrong-type settings tried');
        await check(client, u, `settings ${JSON.stringify(settings)}`, '', since, 1);
      }
      await assertServes(client, u, 'wrong settings (bare client)');
    });

    it('initializationOptions.settings of the wrong type: one message, defaults apply', async function () {
      client = LspClient.start();
      await client.initialize(BARE_CAPS, { initializationOptions: { settings: { rules: 5, debounce: 'fast' } } });
      count('wrong-type settings tried');
      const u = uri('settings-init.txt');
      const since = client.mark();
      open(client, u, SENTENCE);
      await check(client, u, 'initializationOptions', 'tadqiq.rules', since, 1);
      const msg = messagesSince(client, since)[0].params.message as string;
      assert.ok(msg.includes('tadqiq.debounce'), `both problems in the one message: ${msg}`);
    });
  });
});
