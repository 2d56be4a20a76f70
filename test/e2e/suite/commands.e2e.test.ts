/**
 * The extension's own commands, run through `vscode.commands` as the Command Palette does.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TadqiqApi } from '../../../client/src/extension';
import * as drafts from '../fixtures/drafts';
import {
  activateExtension,
  assertTatweelDiagnostics,
  closeAll,
  FIRST_TIMEOUT_MS,
  openDraft,
  rangeOfWord,
  rangeString,
  waitForDiagnostics,
  waitForText,
} from './helpers';

/**
 * Type a tatweel into the open typing draft and wait until its diagnostics show both stretched words (the one the
 * draft had and the one just typed): only a working server can flag the new one.
 */
async function typeTatweelAndExpectIt(editor: vscode.TextEditor, when: string): Promise<void> {
  const doc = editor.document;
  const at = doc.positionAt(drafts.typing.text.indexOf(drafts.typingInsertAfter) + drafts.typingInsertAfter.length);
  await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('type', { text: drafts.T });
  const typed = drafts.typing.text.replace(drafts.typingInsertAfter, drafts.typingInsertAfter + drafts.T);
  assert.strictEqual(doc.getText(), typed);
  const expected = rangeString(rangeOfWord(typed, drafts.typingWordAfterTyping));
  const ds = await waitForDiagnostics(
    doc.uri,
    (d) => d.length === 2 && d.some((x) => rangeString(x.range) === expected),
    `2 diagnostics ${when}, one at ${expected}`,
    FIRST_TIMEOUT_MS,
  );
  assertTatweelDiagnostics(ds, typed, [drafts.typing.flagged[0], drafts.typingWordAfterTyping]);
}

suite('tadqiq e2e: commands', () => {
  teardown(closeAll);

  test('the commands are registered once the extension is active', async () => {
    await activateExtension();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of ['tadqiq.fixAll', 'tadqiq.restartServer', 'tadqiq.showOutput', 'tadqiq.showReport', 'tadqiq.openSample']) assert.ok(all.has(id), `command ${id}`);
  });

  test('tadqiq.fixAll fixes every stray tatweel of the active draft and keeps ه\u0640', async () => {
    const editor = await openDraft(drafts.news);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length >= 3, '3 diagnostics', FIRST_TIMEOUT_MS);
    await vscode.commands.executeCommand('tadqiq.fixAll');
    await waitForText(doc, (t) => t === drafts.news.fixed, 'the fixed text after tadqiq.fixAll');
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics after tadqiq.fixAll');
  });

  test('tadqiq.restartServer: the new server picks up the open draft and keeps linting edits', async () => {
    const editor = await openDraft(drafts.typing);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length === 1, 'the first diagnostic', FIRST_TIMEOUT_MS);
    await vscode.commands.executeCommand('tadqiq.restartServer');

    // Type a tatweel after the restart: only a working server can flag it.
    await typeTatweelAndExpectIt(editor, 'after the restart');
  });

  test('a language server killed with SIGKILL is restarted by the client and diagnostics return for new edits', async () => {
    const ext = await activateExtension();
    const api = ext.exports as TadqiqApi;
    assert.strictEqual(typeof api?.serverPid, 'function', 'activate returns the TadqiqApi (serverPid)');
    const editor = await openDraft(drafts.typing);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length === 1, 'the first diagnostic', FIRST_TIMEOUT_MS);
    const pid = await api.serverPid();
    assert.ok(typeof pid === 'number' && pid > 0, `server pid: ${String(pid)}`);
    assert.notStrictEqual(pid, process.pid, 'the server is its own process, not the extension host');

    // Kill it abruptly (no shutdown, no exit notification): the kernel ends it before the next line runs.
    process.kill(pid, 'SIGKILL');

    // Edit at once, while the client is still noticing the crash: only a restarted server can flag the new
    // tatweel, and only if the client hands it the current text of the open draft.
    await typeTatweelAndExpectIt(editor, 'from a restarted server after SIGKILL');
    const newPid = await api.serverPid();
    assert.ok(typeof newPid === 'number' && newPid > 0, `pid of the restarted server: ${String(newPid)}`);
    assert.notStrictEqual(newPid, pid, 'a new server process answers');
  });
});
