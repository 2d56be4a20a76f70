/**
 * The review report (`tadqiq.showReport`): a webview panel with the page the server renders for the active
 * draft; a finding of the page's list selects its range in the draft. The walkthrough and the sample draft.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TadqiqApi } from '../../../client/src/extension';
import * as drafts from '../fixtures/drafts';
import { activateExtension, closeAll, EXTENSION_ID, FIRST_TIMEOUT_MS, openDraft, rangeString, TIMEOUT_MS, waitForDiagnostics } from './helpers';

function webviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
}

/** Resolves with the webview tab labelled `label` once the tab model has it (now or on `onDidChangeTabs`). */
function waitForWebviewTab(label: string, timeoutMs = TIMEOUT_MS): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const find = () => webviewTabs().find((t) => t.label === label);
    const now = find();
    if (now) return resolve(now);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const t = find();
      if (t) {
        sub.dispose();
        clearTimeout(timer);
        resolve(t);
      }
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for a webview tab "${label}"; webview tabs: ${JSON.stringify(webviewTabs().map((t) => t.label))}`));
    }, timeoutMs);
  });
}

suite('tadqiq e2e: review report', () => {
  teardown(closeAll);

  test('tadqiq.showReport opens a webview panel with the report of the active draft; a finding of its list selects its range in the draft', async () => {
    const ext = await activateExtension();
    const api = ext.exports as TadqiqApi;
    const editor = await openDraft(drafts.news);
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length === drafts.news.flagged.length, `${drafts.news.flagged.length} diagnostics`, FIRST_TIMEOUT_MS);

    await vscode.commands.executeCommand('tadqiq.showReport');
    const tab = await waitForWebviewTab('tadqiq report: news.txt');
    assert.match((tab.input as vscode.TabInputWebview).viewType, /tadqiq\.report$/);

    const report = api.report();
    assert.ok(report, 'the extension has an open report panel');
    assert.strictEqual(report.uri, doc.uri.toString());
    assert.strictEqual(report.title, 'tadqiq report: news.txt');
    assert.match(report.html, /<div class="draft" dir="rtl" lang="ar">/);
    assert.ok(report.html.includes(`Stray tatweel: ${ds.length} in 2 lines`), 'the summary counts the draft’s findings (three words on two lines)');
    assert.match(report.html, /script-src 'nonce-[A-Za-z0-9+/=]+'/);
    assert.strictEqual((report.html.match(/<script nonce=/g) ?? []).length, 1);

    // what the page's script posts on a click: the data-* range of a listed finding
    const m = /data-line="(\d+)" data-character="(\d+)" data-end-line="(\d+)" data-end-character="(\d+)"/.exec(report.html);
    assert.ok(m, 'a clickable finding in the list');
    const [line, character, endLine, endCharacter] = m.slice(1).map(Number);
    const expected = new vscode.Range(line, character, endLine, endCharacter);
    assert.ok(ds.some((d) => d.range.isEqual(expected)), `${rangeString(expected)} is one of the diagnostics`);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const revealed = await report.reveal({ type: 'reveal', line, character, endLine, endCharacter });
    assert.ok(revealed, 'an editor shows the draft');
    assert.strictEqual(revealed.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(rangeString(revealed.selection), rangeString(expected));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'the draft is focused');
  });

  test('the report follows the draft: after fix-all it shows no findings', async () => {
    const ext = await activateExtension();
    const api = ext.exports as TadqiqApi;
    const editor = await openDraft(drafts.news);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length === drafts.news.flagged.length, 'the diagnostics', FIRST_TIMEOUT_MS);
    await vscode.commands.executeCommand('tadqiq.showReport');
    await waitForWebviewTab('tadqiq report: news.txt');
    assert.ok(api.report()?.html.includes('Stray tatweel'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('tadqiq.fixAll');
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics after fix-all');
    // the panel asked the server for the page again on that diagnostics change (its listener came first)
    await api.report()!.settled();
    assert.ok(api.report()!.html.includes('No problems found.'), 'the report shows the fixed draft');
  });

  test('the walkthrough is contributed and opens; tadqiq.openSample opens an Arabic draft that gets diagnostics', async () => {
    const ext = await activateExtension();
    const walkthroughs = (ext.packageJSON as { contributes: { walkthroughs: Array<{ id: string; steps: Array<{ id: string }> }> } }).contributes.walkthroughs;
    assert.deepStrictEqual(walkthroughs.map((w) => w.id), ['getStarted']);
    assert.deepStrictEqual(walkthroughs[0].steps.map((s) => s.id), ['openSample', 'fromPdf', 'fixAll', 'showReport']);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#getStarted`, false);

    const opened = new Promise<vscode.TextEditor>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no editor with the sample draft')), TIMEOUT_MS);
      const check = (e: vscode.TextEditor | undefined) => {
        if (e && e.document.uri.scheme === 'untitled' && e.document.languageId === 'arabic-draft') {
          sub.dispose();
          clearTimeout(timer);
          resolve(e);
        }
      };
      const sub = vscode.window.onDidChangeActiveTextEditor(check);
    });
    await vscode.commands.executeCommand('tadqiq.openSample');
    const editor = vscode.window.activeTextEditor?.document.languageId === 'arabic-draft' ? vscode.window.activeTextEditor : await opened;
    // the sample's three stretched words (it has other findings too)
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 3, 'the sample draft’s three tatweel findings', FIRST_TIMEOUT_MS);
    // leave no dirty untitled editor behind (closeAll would ask to save it)
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
