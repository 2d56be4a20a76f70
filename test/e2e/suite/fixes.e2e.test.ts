/**
 * Quick fixes and fix-all in a real extension host, through the same commands the light bulb, the
 * Source Action menu and `editor.codeActionsOnSave` use. The resulting text is compared exactly.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import * as drafts from '../fixtures/drafts';
import {
  applyCodeAction,
  assertTatweelDiagnostics,
  closeAll,
  codeActions,
  FIRST_TIMEOUT_MS,
  FIX_ALL_KIND,
  openDraft,
  waitForDiagnostics,
  waitForSave,
  waitForText,
} from './helpers';

const fixAllKind = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

function describeAction(a: vscode.CodeAction): string {
  return `"${a.title}" kind=${a.kind?.value ?? '-'}${a.isPreferred ? ' preferred' : ''}${a.edit ? ` edit(${a.edit.size} files)` : ' no edit'}`;
}

function fixAllActions(actions: vscode.CodeAction[]): vscode.CodeAction[] {
  return actions.filter((a) => a.kind !== undefined && fixAllKind.contains(a.kind));
}

suite('tadqiq e2e: fixes', () => {
  teardown(closeAll);

  test('the preferred quick fix removes the tatweel of that word only', async () => {
    const editor = await openDraft(drafts.news);
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length >= 3, '3 diagnostics', FIRST_TIMEOUT_MS);
    assertTatweelDiagnostics(ds, drafts.news.text, drafts.news.flagged);
    const target = ds[1]; // الاجتم\u0640\u0640\u0640اع

    const actions = await codeActions(doc.uri, target.range);
    const quickFixes = actions.filter((a) => a.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(a.kind));
    const preferred = quickFixes.filter((a) => a.isPreferred);
    assert.strictEqual(preferred.length, 1, `exactly one preferred quick fix at the word: ${actions.map(describeAction).join(' | ') || '(none)'}`);
    const fix = preferred[0];
    assert.ok(fix.title.includes('الاجتماع'), `the fix title previews the result: ${fix.title}`);
    assert.ok(/tatweel|التطويل/i.test(fix.title), `the fix title says what it does: ${fix.title}`);

    await applyCodeAction(fix);
    assert.strictEqual(doc.getText(), drafts.newsAfterOneFix);

    const after = await waitForDiagnostics(doc.uri, (d) => d.length === 2, '2 diagnostics after the fix');
    assertTatweelDiagnostics(after, drafts.newsAfterOneFix, [drafts.news.flagged[0], drafts.news.flagged[2]]);
  });

  test('fix-all (source.fixAll.tadqiq via executeCodeActionProvider) fixes every word, keeps ه\u0640, and is idempotent', async () => {
    const editor = await openDraft(drafts.news);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length >= 3, '3 diagnostics', FIRST_TIMEOUT_MS);
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));

    const actions = fixAllActions(await codeActions(doc.uri, whole, FIX_ALL_KIND));
    assert.strictEqual(actions.length, 1, `one ${FIX_ALL_KIND} action: ${actions.map((a) => a.title).join(' | ') || '(none)'}`);
    await applyCodeAction(actions[0]);
    assert.strictEqual(doc.getText(), drafts.news.fixed);
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics after fix-all');

    // A second fix-all changes nothing.
    for (const again of fixAllActions(await codeActions(doc.uri, whole, FIX_ALL_KIND))) await applyCodeAction(again);
    assert.strictEqual(doc.getText(), drafts.news.fixed);
  });

  test('fix-all through the Source Action command keeps CRLF line ends', async () => {
    const editor = await openDraft(drafts.crlf);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length >= 1, 'a diagnostic', FIRST_TIMEOUT_MS);
    await vscode.commands.executeCommand('editor.action.sourceAction', { kind: FIX_ALL_KIND, apply: 'first' });
    await waitForText(doc, (t) => t === drafts.crlf.fixed, 'the fixed CRLF text');
    assert.strictEqual(doc.eol, vscode.EndOfLine.CRLF);
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics after fix-all');
  });

  test('Markdown fix-all leaves the fenced code block alone', async () => {
    const editor = await openDraft(drafts.markdown);
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length >= 2, '2 diagnostics', FIRST_TIMEOUT_MS);
    assertTatweelDiagnostics(ds, drafts.markdown.text, drafts.markdown.flagged);
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions = fixAllActions(await codeActions(doc.uri, whole, FIX_ALL_KIND));
    assert.strictEqual(actions.length, 1, `one ${FIX_ALL_KIND} action`);
    await applyCodeAction(actions[0]);
    assert.strictEqual(doc.getText(), drafts.markdown.fixed);
  });

  test('editor.codeActionsOnSave with source.fixAll.tadqiq fixes the draft when it is saved', async () => {
    const config = vscode.workspace.getConfiguration('editor');
    await config.update('codeActionsOnSave', { [FIX_ALL_KIND]: 'explicit' }, vscode.ConfigurationTarget.Global);
    try {
      const editor = await openDraft(drafts.typing);
      const doc = editor.document;
      await waitForDiagnostics(doc.uri, (d) => d.length === 1, 'a diagnostic', FIRST_TIMEOUT_MS);
      // Type a second stray tatweel (this also makes the document dirty), then save.
      const at = doc.positionAt(drafts.typing.text.indexOf(drafts.typingInsertAfter) + drafts.typingInsertAfter.length);
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand('type', { text: drafts.T });
      assert.ok(doc.isDirty, 'typing made the draft dirty');
      const saved = waitForSave(doc);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await saved;
      await waitForText(doc, (t) => t === drafts.typing.fixed, 'the fixed text after save');
      assert.strictEqual(doc.isDirty, false, 'the draft is saved');
      assert.strictEqual(fs.readFileSync(doc.uri.fsPath, 'utf8'), drafts.typing.fixed, 'the file on disk is fixed');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
