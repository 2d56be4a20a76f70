/**
 * Issue 14 in the real VS Code: "Repair selection" (the refactor menu's request, and the palette command) and "Open
 * PDF as Arabic draft" (the command with a file, as the explorer's context menu runs it). The paste provider is
 * driven from the browser (test/e2e/run-code-server.mjs: a paste event in the editor), since a paste reaches the
 * providers only from the editor's DOM.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import * as fx from '../fixtures/pdf-drafts';
import { activateExtension, applyCodeAction, codeActions, closeAll, describeDiagnostics, FIRST_TIMEOUT_MS, openDraft, scratchDir, waitForDiagnostics, waitForText } from './helpers';

const KIND = 'refactor.rewrite.tadqiq.repairSelection';
/** The PDF fixture, from the compiled suite (out/test/e2e/suite) up to the repository. */
const PDF_FIXTURE = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'open-pdf', fx.pdfName);

function repairActions(actions: vscode.CodeAction[]): vscode.CodeAction[] {
  return actions.filter((a) => a.kind?.value === KIND);
}

/** Copies a file into the scratch workspace under a fresh folder. */
function scratchCopy(name: string, bytes: Uint8Array): vscode.Uri {
  const dir = fs.mkdtempSync(path.join(scratchDir(), 'pdf-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return vscode.Uri.file(file);
}

suite('tadqiq e2e: Repair selection and Open PDF as Arabic draft (issue 14)', () => {
  teardown(closeAll);

  test('Repair selection is in the refactor menu of a selected damaged line and repairs that line only; then it is offered no more', async () => {
    await activateExtension();
    const editor = await openDraft(fx.selectionDraft);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length === 3, 'the selection draft’s three stretched words', FIRST_TIMEOUT_MS);
    const line = doc.lineAt(1).range;
    // what the refactor menu (Ctrl+Shift+R) asks for; the quick-fix menu (Ctrl+.) asks without a kind
    const offered = repairActions(await codeActions(doc.uri, line, 'refactor'));
    assert.strictEqual(offered.length, 1, `one Repair selection action, got ${JSON.stringify(offered.map((a) => a.title))}`);
    assert.ok(repairActions(await codeActions(doc.uri, line)).length === 1, 'in the quick-fix menu too');
    await applyCodeAction(offered[0]);
    assert.strictEqual(doc.getText(), fx.selectionDraft.repaired);
    assert.deepStrictEqual(repairActions(await codeActions(doc.uri, doc.lineAt(1).range, 'refactor')), [], 'idempotent: nothing left to repair in the line');
    assert.deepStrictEqual(repairActions(await codeActions(doc.uri, new vscode.Range(line.start, line.start))), [], 'not for an empty selection');
  });

  test('the palette command tadqiq.repairSelection repairs the selected line only', async () => {
    await activateExtension();
    const editor = await openDraft(fx.selectionDraft);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length === 3, 'the selection draft’s three stretched words', FIRST_TIMEOUT_MS);
    const line = doc.lineAt(1).range;
    editor.selection = new vscode.Selection(line.start, line.end);
    await vscode.commands.executeCommand('tadqiq.repairSelection');
    await waitForText(doc, (t) => t === fx.selectionDraft.repaired, 'the selected line repaired, the others untouched');
  });

  test('Open PDF as Arabic draft (a file, as the explorer’s menu passes it) opens an untitled arabic-draft with the text, whose findings appear', async () => {
    await activateExtension();
    assert.ok(fs.existsSync(PDF_FIXTURE), PDF_FIXTURE);
    const uri = scratchCopy(fx.pdfName, fs.readFileSync(PDF_FIXTURE));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('tadqiq.openPdf', uri);
    assert.ok(editor, 'the command resolves to the new editor');
    const doc = editor.document;
    assert.strictEqual(doc.uri.scheme, 'untitled');
    assert.strictEqual(doc.languageId, 'arabic-draft');
    for (const s of fx.pdfSentences) assert.ok(doc.getText().includes(s), `${JSON.stringify(s)} in ${JSON.stringify(doc.getText())}`);
    try {
      const ds = await waitForDiagnostics(doc.uri, (d) => d.length === 1, 'the vague source ويرى محللون flagged', FIRST_TIMEOUT_MS, 'unattributed-claim');
      assert.strictEqual(doc.getText().slice(doc.offsetAt(ds[0].range.start), doc.offsetAt(ds[0].range.end)), 'ويرى محللون', describeDiagnostics(ds));
    } finally {
      // leave no dirty untitled editor behind (closeAll would ask where to save it)
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('Open PDF on a file that is no PDF opens nothing (one error message instead)', async () => {
    await activateExtension();
    const uri = scratchCopy('not-a.pdf', new TextEncoder().encode('this is no PDF'));
    const before = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled').length;
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('tadqiq.openPdf', uri);
    assert.strictEqual(editor, undefined);
    assert.strictEqual(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled').length, before);
  });
});
