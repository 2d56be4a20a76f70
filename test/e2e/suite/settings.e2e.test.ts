/**
 * Settings changed while a draft is open, as a user does in the Settings editor: the server must pick
 * them up and re-lint without a restart. Every setting is reset after each test.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import * as drafts from '../fixtures/drafts';
import { closeAll, codeActions, FIRST_TIMEOUT_MS, openDraft, rangeOfWord, rangeString, waitForDiagnostics } from './helpers';

const KEYS = ['rules', 'messageLanguage', 'tatweel.allow'];

function tadqiq(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('tadqiq');
}

async function openNews(): Promise<vscode.TextDocument> {
  const editor = await openDraft(drafts.news);
  await waitForDiagnostics(editor.document.uri, (d) => d.length === 3, '3 diagnostics', FIRST_TIMEOUT_MS);
  return editor.document;
}

suite('tadqiq e2e: settings', () => {
  teardown(async () => {
    await closeAll();
    for (const key of KEYS) await tadqiq().update(key, undefined, vscode.ConfigurationTarget.Global);
  });

  test('tadqiq.rules: "error" raises the severity, "off" removes the diagnostics', async () => {
    const doc = await openNews();
    await tadqiq().update('rules', { tatweel: 'error' }, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      doc.uri,
      (d) => d.length === 3 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Error),
      '3 errors after { "tatweel": "error" }',
    );
    await tadqiq().update('rules', { tatweel: 'off' }, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no tatweel diagnostics after { "tatweel": "off" }');
  });

  test('tadqiq.messageLanguage "ar": Arabic messages and fix titles', async () => {
    const doc = await openNews();
    await tadqiq().update('messageLanguage', 'ar', vscode.ConfigurationTarget.Global);
    const ds = await waitForDiagnostics(
      doc.uri,
      (d) => d.length === 3 && d.every((x) => x.message.includes('تطويل')),
      'Arabic messages',
    );
    const preferred = (await codeActions(doc.uri, ds[1].range)).filter((a) => a.isPreferred);
    assert.strictEqual(preferred.length, 1, 'one preferred fix');
    assert.ok(preferred[0].title.includes('التطويل') && preferred[0].title.includes('الاجتماع'), `Arabic fix title: ${preferred[0].title}`);
  });

  test('tadqiq.tatweel.allow: an allowed word is not flagged, the others still are', async () => {
    const doc = await openNews();
    const allowed = drafts.news.flagged[2]; // الج\u0640لسة
    await tadqiq().update('tatweel.allow', [allowed], vscode.ConfigurationTarget.Global);
    const gone = rangeString(rangeOfWord(drafts.news.text, allowed));
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length === 2, `2 diagnostics once ${allowed} is allowed`);
    assert.ok(ds.every((d) => rangeString(d.range) !== gone), `no diagnostic on the allowed word at ${gone}`);
  });
});
