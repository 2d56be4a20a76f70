/**
 * Diagnostics in a real extension host: the real language client starts the real server, drafts are
 * opened from a temporary workspace, and the diagnostics VS Code holds are checked.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import * as drafts from '../fixtures/drafts';
import {
  activateExtension,
  assertTatweelDiagnostics,
  closeAll,
  codeOf,
  describeDiagnostics,
  FIRST_TIMEOUT_MS,
  openDraft,
  rangeOfWord,
  rangeString,
  tadqiqDiagnostics,
  waitForDiagnostics,
  waitForText,
} from './helpers';

suite('tadqiq e2e: diagnostics', () => {
  teardown(closeAll);

  test('the extension is present and activates', async () => {
    const ext = await activateExtension();
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(ext.packageJSON.name, 'tadqiq');
  });

  test('a plain-text draft gets one tatweel warning per stretched word, legitimate ه\u0640 untouched', async () => {
    const editor = await openDraft(drafts.news);
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'plaintext');
    const ds = await waitForDiagnostics(
      doc.uri,
      (d) => d.length >= drafts.news.flagged.length,
      `${drafts.news.flagged.length} diagnostics`,
      FIRST_TIMEOUT_MS,
    );
    assertTatweelDiagnostics(ds, drafts.news.text, drafts.news.flagged);
    // The rest of the draft is clean prose: no other rule has anything to say about it.
    const others = tadqiqDiagnostics(doc.uri).filter((d) => !ds.includes(d) && codeOf(d) !== 'tatweel');
    assert.deepStrictEqual(others.map((d) => describeDiagnostics([d])), [], 'no other tadqiq diagnostics on the clean text');
  });

  test('ranges are exact with CRLF line ends and a surrogate pair before the word', async () => {
    const editor = await openDraft(drafts.crlf);
    const doc = editor.document;
    assert.strictEqual(doc.eol, vscode.EndOfLine.CRLF, 'the draft was opened with CRLF line ends');
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length >= 1, 'a diagnostic');
    assertTatweelDiagnostics(ds, drafts.crlf.text, drafts.crlf.flagged);
    // Line 1, after "\u{1F4F0} وصل " (two UTF-16 units for the emoji).
    assert.strictEqual(ds[0].range.start.line, 1);
    assert.strictEqual(ds[0].range.start.character, 2 + 1 + 3 + 1);
  });

  test('typing a tatweel into a word adds a diagnostic; undo removes it', async () => {
    const editor = await openDraft(drafts.typing);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length === 1, 'the first diagnostic');

    // Put the cursor inside قصيرا and type a tatweel, the way a keyboard does.
    const at = doc.positionAt(drafts.typing.text.indexOf(drafts.typingInsertAfter) + drafts.typingInsertAfter.length);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('type', { text: drafts.T });
    const typed = drafts.typing.text.replace(drafts.typingInsertAfter, drafts.typingInsertAfter + drafts.T);
    assert.strictEqual(doc.getText(), typed, 'the tatweel was typed into the word');

    const expected = rangeString(rangeOfWord(typed, drafts.typingWordAfterTyping));
    const after = await waitForDiagnostics(
      doc.uri,
      (d) => d.length === 2 && d.some((x) => rangeString(x.range) === expected),
      `a second diagnostic at ${expected}`,
    );
    assertTatweelDiagnostics(after, typed, [drafts.typing.flagged[0], drafts.typingWordAfterTyping]);

    await vscode.commands.executeCommand('undo');
    await waitForText(doc, (t) => t === drafts.typing.text, 'the text before typing');
    const back = await waitForDiagnostics(doc.uri, (d) => d.length === 1, 'one diagnostic again after undo');
    assertTatweelDiagnostics(back, drafts.typing.text, drafts.typing.flagged);
  });

  test('Markdown: stretched words in prose are flagged, none inside a fenced code block', async () => {
    const editor = await openDraft(drafts.markdown);
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'markdown');
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length >= drafts.markdown.flagged.length, 'the prose diagnostics');
    const fence = rangeOfWord(drafts.markdown.text, drafts.markdownFenced);
    assert.ok(
      ds.every((d) => d.range.start.line !== fence.start.line),
      `no diagnostic on the fenced line ${fence.start.line}: ${describeDiagnostics(ds)}`,
    );
    assertTatweelDiagnostics(ds, drafts.markdown.text, drafts.markdown.flagged);
  });

  test('*.ar.txt and *.ar.md open as arabic-draft and are linted', async () => {
    for (const draft of [drafts.arabicDraft, drafts.arabicMarkdownDraft]) {
      const editor = await openDraft(draft);
      const doc = editor.document;
      assert.strictEqual(doc.languageId, 'arabic-draft', `language of ${draft.name}`);
      const ds = await waitForDiagnostics(doc.uri, (d) => d.length >= 1, `a diagnostic in ${draft.name}`);
      assertTatweelDiagnostics(ds, draft.text, draft.flagged);
    }
  });
});
