/**
 * "Repair selection" (code action kind refactor.rewrite.tadqiq.repairSelection) and `tadqiq/repairText` over
 * `tadqiq lsp --stdio`, driven by the hand-written JSON-RPC client: what every LSP editor gets, VS Code or not.
 * Needs `npm run build` (dist/cli.js) first. Invisible characters appear only as escapes.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { applyWorkspaceEdit, CodeAction, Command, LspClient, positionAt, Range, SERVER_CLI } from './client';

const T = '\u0640';
const KIND = 'refactor.rewrite.tadqiq.repairSelection';
const FIX_ALL = 'source.fixAll.tadqiq';

const CAPS = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true }, applyEdit: true },
  textDocument: {
    publishDiagnostics: { versionSupport: true },
    codeAction: { isPreferredSupport: true, dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } } },
  },
};
/** A client that resolves code actions lazily (codeAction/resolve with `edit`), as VS Code does. */
const RESOLVE_CAPS = {
  ...CAPS,
  textDocument: { ...CAPS.textDocument, codeAction: { ...CAPS.textDocument.codeAction, resolveSupport: { properties: ['edit'] } } },
};

// three lines; the middle one carries PDF damage (presentation forms, an RLE…PDF embedding, tatweel)
const LINE1 = `سطر أول فيه ك${T}${T}لمة ممطوطة`;
const LINE2 = `صغار \ufee3\ufeb0\ufe8d\ufeae\ufecb\ufef4\ufee6 \u202bفي\u202c الر${T}${T}يف`;
const LINE3 = `سطر ثالث فيه خ${T}طة`;
const TEXT = `${LINE1}\n${LINE2}\n${LINE3}\n`;
const LINE2_FIXED = 'صغار مزارعين في الريف';

let n = 0;
const uriOf = (name: string) => `file:///tmp/tadqiq-lsp-repair/${++n}-${name}`;

function rangeOf(text: string, start: number, end: number): Range {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

function isCodeAction(a: CodeAction | Command): a is CodeAction {
  return typeof (a as Command).command !== 'string';
}

async function open(client: LspClient, text: string, name = 'draft.txt', languageId = 'plaintext'): Promise<string> {
  const uri = uriOf(name);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  await client.waitForDiagnostics(uri, 1);
  return uri;
}

async function actions(client: LspClient, uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
  const context = only ? { diagnostics: [], only, triggerKind: 1 } : { diagnostics: [], triggerKind: 1 };
  const res = await client.request<Array<CodeAction | Command> | null>('textDocument/codeAction', { textDocument: { uri }, range, context });
  return (res ?? []).filter(isCodeAction);
}

async function withEdit(client: LspClient, a: CodeAction): Promise<CodeAction> {
  if (a.edit || a.data === undefined) return a;
  return client.request<CodeAction>('codeAction/resolve', a);
}

for (const [label, caps] of [
  ['edits in the action', CAPS],
  ['edits on codeAction/resolve', RESOLVE_CAPS],
] as const) {
  describe(`tadqiq lsp --stdio: Repair selection (${label})`, function () {
    this.timeout(20_000);
    let client: LspClient;
    before(async function () {
      if (!fs.existsSync(SERVER_CLI)) throw new Error(`${SERVER_CLI} is missing: run \`npm run build\` first`);
      client = LspClient.start();
      const init = await client.initialize(caps);
      assert.ok(init.capabilities.codeActionProvider.codeActionKinds.includes(KIND), JSON.stringify(init.capabilities.codeActionProvider));
    });
    after(async function () {
      await client.close();
    });

    it('repairs the selected line only: the lines around it keep their damage; again on the result offers nothing', async function () {
      const uri = await open(client, TEXT);
      const s = TEXT.indexOf(LINE2);
      const range = rangeOf(TEXT, s, s + LINE2.length);
      const offered = (await actions(client, uri, range)).filter((a) => a.kind === KIND);
      assert.strictEqual(offered.length, 1, 'offered in the quick-fix menu (no `only`)');
      assert.match(offered[0].title, /Repair selection/);
      const fixed = applyWorkspaceEdit(TEXT, (await withEdit(client, offered[0])).edit, uri);
      assert.strictEqual(fixed, `${LINE1}\n${LINE2_FIXED}\n${LINE3}\n`);
      // idempotent: the repaired selection offers no repair any more
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
      await client.waitForDiagnostics(uri, 2);
      const s2 = fixed.indexOf(LINE2_FIXED);
      assert.deepStrictEqual((await actions(client, uri, rangeOf(fixed, s2, s2 + LINE2_FIXED.length))).filter((a) => a.kind === KIND), []);
    });

    it('is offered for `refactor` and `refactor.rewrite`, not for `quickfix` or the source fix-all kind', async function () {
      const uri = await open(client, TEXT);
      const range = rangeOf(TEXT, 0, TEXT.length);
      for (const only of [['refactor'], ['refactor.rewrite'], [KIND]]) {
        const got = await actions(client, uri, range, only);
        assert.deepStrictEqual(got.map((a) => a.kind), [KIND], `only=${only}`);
      }
      for (const only of [['quickfix'], [FIX_ALL]]) {
        assert.ok((await actions(client, uri, range, only)).every((a) => a.kind !== KIND), `only=${only}`);
      }
      // over the whole text it is fix-all
      const [all] = await actions(client, uri, range, [KIND]);
      const [fa] = await actions(client, uri, range, [FIX_ALL]);
      assert.strictEqual(applyWorkspaceEdit(TEXT, (await withEdit(client, all)).edit, uri), applyWorkspaceEdit(TEXT, (await withEdit(client, fa)).edit, uri));
    });

    it('is not offered for an empty selection, nor where nothing inside would change, nor where every fix crosses the boundary', async function () {
      const uri = await open(client, TEXT);
      const at = TEXT.indexOf(T);
      assert.deepStrictEqual((await actions(client, uri, rangeOf(TEXT, at, at))).filter((a) => a.kind === KIND), [], 'empty');
      const clean = TEXT.indexOf('سطر أول');
      assert.deepStrictEqual((await actions(client, uri, rangeOf(TEXT, clean, clean + 7))).filter((a) => a.kind === KIND), [], 'clean words');
      // half of the stretch of ك<T><T>لمة: the fix removes both tatweels, one of them outside
      assert.deepStrictEqual((await actions(client, uri, rangeOf(TEXT, 0, at + 1))).filter((a) => a.kind === KIND), [], 'crossing');
    });

    if (caps === RESOLVE_CAPS) {
      it('a stale resolve (the document changed after the menu opened) brings no edit rather than a wrong one', async function () {
        const uri = await open(client, TEXT);
        const s = TEXT.indexOf(LINE2);
        const [a] = await actions(client, uri, rangeOf(TEXT, s, s + LINE2.length), [KIND]);
        assert.ok(a && !a.edit && a.data !== undefined, JSON.stringify(a));
        const changed = `x${TEXT}`;
        client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: changed }] });
        await client.waitForDiagnostics(uri, 2);
        const resolved = await client.request<CodeAction>('codeAction/resolve', a);
        assert.strictEqual(resolved.edit, undefined);
      });
    }
  });
}

describe('tadqiq lsp --stdio: tadqiq/repairText (what "Paste as repaired Arabic" inserts)', function () {
  this.timeout(20_000);
  let client: LspClient;
  before(async function () {
    if (!fs.existsSync(SERVER_CLI)) throw new Error(`${SERVER_CLI} is missing: run \`npm run build\` first`);
    client = LspClient.start();
    await client.initialize(CAPS);
  });
  after(async function () {
    await client.close();
  });

  it('repairs PDF damage in a text that is no document: presentation forms, bidi controls, tatweel', async function () {
    const r = await client.request<{ text: string; changed: boolean; applied: number }>('tadqiq/repairText', { text: LINE2 });
    assert.deepStrictEqual(r.text, LINE2_FIXED);
    assert.strictEqual(r.changed, true);
    assert.ok(r.applied >= 3, String(r.applied));
  });

  it('answers changed: false on clean text, and repairs nothing inside Markdown code of a Markdown target', async function () {
    const clean = 'أعلنت الوزارة خطة جديدة لدعم المزارعين.';
    assert.deepStrictEqual(await client.request('tadqiq/repairText', { text: clean }), { text: clean, changed: false, applied: 0 });
    const md = `\`\`\`\nك${T}${T}لمة\n\`\`\`\nخ${T}طة\n`;
    const r = await client.request<{ text: string }>('tadqiq/repairText', { text: md, languageId: 'markdown' });
    assert.strictEqual(r.text, `\`\`\`\nك${T}${T}لمة\n\`\`\`\nخطة\n`);
  });

  it('follows the settings of the target document (a rule turned off repairs nothing)', async function () {
    client.settings = { tadqiq: { rules: { tatweel: 'off' } } };
    const uri = uriOf('off.txt');
    const r = await client.request<{ text: string; changed: boolean }>('tadqiq/repairText', { text: `خ${T}طة`, uri });
    assert.deepStrictEqual(r, { text: `خ${T}طة`, changed: false, applied: 0 });
    client.settings = {};
  });

  it('a text that is not a string gets an error, and the server keeps serving', async function () {
    const bad = await client.requestRaw('tadqiq/repairText', { text: 42 });
    assert.ok(bad.error, JSON.stringify(bad));
    const ok = await client.request<{ text: string }>('tadqiq/repairText', { text: `خ${T}طة` });
    assert.strictEqual(ok.text, 'خطة');
  });
});
