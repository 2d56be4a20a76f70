/**
 * Snippet quick fixes and "mark as reviewed" in a real extension host.
 *
 * Snippets: the server sends a SnippetTextEdit (the VS Code client announces `snippetEditSupport`); the
 * test applies the action's WorkspaceEdit with the draft in the active editor — what VS Code does when a
 * user picks the quick fix — and expects the tab stop's text in the document and selected in the editor,
 * ready to be typed over. Fix-all must never insert anything at a gap (it never invents numbers).
 *
 * Reviews: the "mark as intended / reviewed" action carries the command `tadqiq.markReviewed` with a key;
 * the language client forwards it to the server (workspace/executeCommand), which writes
 * `.tadqiq/reviewed.json` in the workspace folder and asks VS Code to pull diagnostics again.
 *
 * Every wait is on an event with a deadline. Where a diagnostic is expected to disappear, another finding
 * whose range moves with the edit (a second gap, a stretched word) is awaited at its new place, so an empty
 * list cannot come from a server that has not linted the newest text yet.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import * as fx from '../fixtures/snippet-drafts';
import {
  applyCodeAction,
  closeAll,
  closeAllAndWaitClosed,
  codeActions,
  codeOf,
  describeDiagnostics,
  FIRST_TIMEOUT_MS,
  FIX_ALL_KIND,
  openDraft,
  openInEditor,
  positionOf,
  rangeOfWord,
  rangeString,
  SOURCE,
  waitForDiagnostics,
  waitForSelection,
  waitForText,
  writeDraft,
} from './helpers';

const MISSING_NUMERAL = 'missing-numeral';
const UNATTRIBUTED_CLAIM = 'unattributed-claim';
const REVIEW_COMMAND = 'tadqiq.markReviewed';
const fixAllKind = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

function describeAction(a: vscode.CodeAction): string {
  const cmd = a.command ? ` command=${a.command.command}(${JSON.stringify(a.command.arguments ?? [])})` : '';
  return `"${a.title}" kind=${a.kind?.value ?? '-'}${a.isPreferred ? ' preferred' : ''}${a.edit ? ` edit(${a.edit.size} files)` : ' no edit'}${cmd}`;
}

function describeActions(actions: vscode.CodeAction[]): string {
  return actions.map(describeAction).join(' | ') || '(none)';
}

function isQuickFix(a: vscode.CodeAction): boolean {
  return a.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(a.kind);
}

/** The zero-width ranges of the gaps in `text` (offsets right after each `after` string), as "l:c-l:c". */
function gapRanges(text: string, gapsAfter: readonly string[]): string[] {
  return gapsAfter.map((after) => {
    const p = positionOf(text, fx.gapOffset(text, after));
    return rangeString(new vscode.Range(p, p));
  });
}

/** Waits until the missing-numeral diagnostics are exactly the gaps of `text` (zero-width, in order). */
async function waitForGaps(uri: vscode.Uri, text: string, gapsAfter: readonly string[], what: string, timeoutMs?: number) {
  const want = gapRanges(text, gapsAfter);
  const ds = await waitForDiagnostics(
    uri,
    (d) => d.length === want.length && d.every((x, i) => rangeString(x.range) === want[i]),
    `${what}: missing-numeral at ${want.join(', ') || '(nowhere)'}`,
    timeoutMs,
    MISSING_NUMERAL,
  );
  for (const d of ds) {
    assert.strictEqual(d.source, SOURCE);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, `severity of ${describeDiagnostics([d])}`);
    assert.ok(d.message.length > 0, 'the diagnostic has a message');
  }
  return ds;
}

/** Waits until the diagnostics of `code` are exactly at the ranges of `words` in `text`. */
function waitForWords(uri: vscode.Uri, code: string, text: string, words: readonly string[], what: string, timeoutMs?: number) {
  const want = words.map((w) => rangeString(rangeOfWord(text, w)));
  return waitForDiagnostics(
    uri,
    (d) => d.length === want.length && d.every((x, i) => rangeString(x.range) === want[i]),
    `${what}: ${code} at ${want.join(', ') || '(nowhere)'}`,
    timeoutMs,
    code,
  );
}

function fixAllActions(actions: vscode.CodeAction[]): vscode.CodeAction[] {
  return actions.filter((a) => a.kind !== undefined && fixAllKind.contains(a.kind));
}

function wholeRange(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
}

/** The one "mark as reviewed / intended" action among `actions`, with its key. */
function reviewAction(actions: vscode.CodeAction[]): { action: vscode.CodeAction; key: string } {
  const found = actions.filter((a) => a.command?.command === REVIEW_COMMAND);
  assert.strictEqual(found.length, 1, `one ${REVIEW_COMMAND} action: ${describeActions(actions)}`);
  const action = found[0];
  assert.ok(isQuickFix(action), `the review action is a quick fix: ${describeAction(action)}`);
  assert.ok(!action.isPreferred, `the review action is not preferred: ${describeAction(action)}`);
  assert.ok(!action.edit || action.edit.size === 0, `the review action edits nothing: ${describeAction(action)}`);
  const args = action.command!.arguments ?? [];
  // the key, then the document's URI (the server stores the review in that document's workspace folder)
  assert.strictEqual(args.length, 2, `two arguments (the key, the document): ${JSON.stringify(args)}`);
  assert.strictEqual(typeof args[1], 'string', `the document URI: ${JSON.stringify(args)}`);
  assert.ok((args[1] as string).startsWith('file:'), `the document URI: ${JSON.stringify(args)}`);
  assert.strictEqual(typeof args[0], 'string', `the key is a string: ${JSON.stringify(args)}`);
  assert.ok((args[0] as string).length > 0, 'the key is not empty');
  return { action, key: args[0] as string };
}

function reviewedFile(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder && folder.uri.scheme === 'file', 'the suite runs with a workspace folder on disk');
  return path.join(folder.uri.fsPath, '.tadqiq', 'reviewed.json');
}

/** The keys in `.tadqiq/reviewed.json` (asserts the file exists and has the documented shape). */
function readReviewedKeys(): string[] {
  const file = reviewedFile();
  assert.ok(fs.existsSync(file), `${file} exists`);
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: unknown; reviewed?: unknown };
  assert.strictEqual(data.version, 1, `version of ${file}: ${JSON.stringify(data)}`);
  assert.ok(Array.isArray(data.reviewed) && data.reviewed.every((k) => typeof k === 'string'), `"reviewed" is a list of strings: ${JSON.stringify(data)}`);
  return data.reviewed as string[];
}

/**
 * Closes the draft (waiting until VS Code has closed the document and dropped its diagnostics) and opens
 * it again. The draft must have been opened with `openInEditor`: a document an extension opened with
 * `workspace.openTextDocument` stays open for minutes after its editor closes.
 */
async function closeAndReopen(doc: vscode.TextDocument, code: string): Promise<vscode.TextEditor> {
  const uri = doc.uri;
  await closeAllAndWaitClosed(doc);
  await waitForDiagnostics(uri, (d) => d.length === 0, 'no diagnostics once the draft is closed', undefined, code);
  const editor = await openInEditor(uri);
  assert.notStrictEqual(editor.document, doc, 'a new document after reopening');
  return editor;
}

suite('tadqiq e2e: snippets and reviews', () => {
  teardown(closeAll);

  test('missing-numeral: the placeholder snippet goes into the gap with its text selected; typing the number settles that gap', async () => {
    const draft = fx.placeholder;
    const editor = await openDraft(draft);
    const doc = editor.document;
    const ds = await waitForGaps(doc.uri, draft.text, draft.gapsAfter, 'both gaps', FIRST_TIMEOUT_MS);
    const gap = fx.gapOffset(draft.text, draft.gapsAfter[0]);

    const actions = await codeActions(doc.uri, ds[0].range);
    const placeholders = actions.filter((a) => isQuickFix(a) && /placeholder|موضع للرقم/i.test(a.title));
    assert.strictEqual(placeholders.length, 1, `one "insert placeholder" quick fix at the gap: ${describeActions(actions)}`);
    const fix = placeholders[0];
    assert.ok(!fix.isPreferred, `the placeholder is never preferred (fix-all must not insert it): ${describeAction(fix)}`);
    assert.ok(fix.edit, `the placeholder fix has an edit: ${describeAction(fix)}`);
    assert.ok(fix.title.includes('في') && fix.title.includes('دول'), `the title previews the words around the gap: ${fix.title}`);

    // As VS Code does for a user: the draft is in the active editor, its WorkspaceEdit is applied there.
    const active = await vscode.window.showTextDocument(doc, { preview: false });
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc, 'the draft is in the active editor');
    const ok = await vscode.workspace.applyEdit(fix.edit!);
    assert.ok(ok, `workspace.applyEdit refused the edit of "${fix.title}"`);
    assert.strictEqual(
      doc.getText(),
      fx.placeholderInserted,
      'the tab stop text at the gap (a snippet: not the plain-text marker), one space either side, nothing else changed',
    );

    // The snippet's tab stop is selected: typing replaces it.
    const want = new vscode.Range(positionOf(fx.placeholderInserted, gap), positionOf(fx.placeholderInserted, gap + fx.NUMBER_PLACEHOLDER.length));
    const selected = await waitForSelection(active, (s) => s.isEqual(want), `the placeholder ${rangeString(want)} selected`);
    assert.strictEqual(active.document.getText(selected), fx.NUMBER_PLACEHOLDER);
    // The placeholder word settles the gap; the second gap moved with the insertion.
    await waitForGaps(doc.uri, fx.placeholderInserted, draft.gapsAfter.slice(1), 'after the snippet');

    await vscode.commands.executeCommand('type', { text: fx.typedNumber });
    await waitForText(doc, (t) => t === fx.placeholderTyped, 'the typed number in place of the placeholder');
    const caret = positionOf(fx.placeholderTyped, gap + fx.typedNumber.length);
    await waitForSelection(active, (s) => s.isEmpty && s.active.isEqual(caret), `the caret after the number at ${rangeString(new vscode.Range(caret, caret))}`);
    await waitForGaps(doc.uri, fx.placeholderTyped, draft.gapsAfter.slice(1), 'after typing the number');
  });

  test('missing-numeral: fix-all never inserts anything at a gap', async () => {
    // A tatweel gives fix-all something to do; the gap must come through untouched and still be reported.
    const draft = fx.fixAllGap;
    const editor = await openDraft(draft);
    const doc = editor.document;
    await waitForGaps(doc.uri, draft.text, draft.gapsAfter, 'the gap', FIRST_TIMEOUT_MS);
    await waitForDiagnostics(doc.uri, (d) => d.length === 1, 'the stretched word');

    const actions = fixAllActions(await codeActions(doc.uri, wholeRange(doc), FIX_ALL_KIND));
    assert.strictEqual(actions.length, 1, `one ${FIX_ALL_KIND} action: ${describeActions(actions)}`);
    assert.ok(/\(1\)/.test(actions[0].title), `fix-all counts only the tatweel, not the gap: ${actions[0].title}`);
    await applyCodeAction(actions[0]);
    assert.strictEqual(doc.getText(), fx.fixAllGapFixed, 'fix-all removed the tatweel and left the gap as it was');
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no tatweel after fix-all');
    await waitForGaps(doc.uri, fx.fixAllGapFixed, draft.gapsAfter, 'the gap, still reported after fix-all');

    // Fix-all on a draft whose only problem is a gap: nothing to apply, the text stays.
    const only = await openDraft(fx.onlyGap);
    await waitForGaps(only.document.uri, fx.onlyGap.text, fx.onlyGap.gapsAfter, 'the gap');
    const none = fixAllActions(await codeActions(only.document.uri, wholeRange(only.document), FIX_ALL_KIND));
    for (const a of none) await applyCodeAction(a);
    assert.strictEqual(only.document.getText(), fx.onlyGap.text, `fix-all changed nothing (${describeActions(none)})`);
    // The same through the Source Action command a user runs (applies the first fix-all action, if any).
    await vscode.window.showTextDocument(only.document);
    await vscode.commands.executeCommand('editor.action.sourceAction', { kind: FIX_ALL_KIND, apply: 'first' });
    assert.strictEqual(only.document.getText(), fx.onlyGap.text, 'editor.action.sourceAction changed nothing');
  });

  test('unattributed-claim: the "بحسب المصدر" snippet selects المصدر; naming the source settles the claim', async () => {
    const draft = fx.claimSnippet;
    const editor = await openDraft(draft);
    const doc = editor.document;
    const ds = await waitForWords(doc.uri, UNATTRIBUTED_CLAIM, draft.text, [draft.claim], 'the vague source', FIRST_TIMEOUT_MS);
    await waitForWords(doc.uri, 'tatweel', draft.text, [draft.witness], 'the stretched word');

    const actions = await codeActions(doc.uri, ds[0].range);
    const snippets = actions.filter((a) => isQuickFix(a) && a.edit && a.title.includes('بحسب'));
    assert.strictEqual(snippets.length, 1, `one "بحسب المصدر" quick fix: ${describeActions(actions)}`);
    const active = await vscode.window.showTextDocument(doc, { preview: false });
    assert.ok(await vscode.workspace.applyEdit(snippets[0].edit!), `workspace.applyEdit refused "${snippets[0].title}"`);
    assert.strictEqual(doc.getText(), fx.claimSnippetApplied);
    const want = rangeOfWord(fx.claimSnippetApplied, fx.SOURCE_PLACEHOLDER);
    await waitForSelection(active, (s) => s.isEqual(want), `the placeholder ${rangeString(want)} selected`);
    // Until the writer names the source, the placeholder is an anonymous source.
    await waitForWords(doc.uri, UNATTRIBUTED_CLAIM, fx.claimSnippetApplied, [fx.claimSnippetAnonymous], 'the placeholder flagged as anonymous');

    await vscode.commands.executeCommand('type', { text: fx.typedSource });
    await waitForText(doc, (t) => t === fx.claimSnippetTyped, 'the typed source in place of the placeholder');
    await waitForWords(doc.uri, 'tatweel', fx.claimSnippetTyped, [draft.witness], 'the stretched word, moved by the typing');
    await waitForWords(doc.uri, UNATTRIBUTED_CLAIM, fx.claimSnippetTyped, [], 'no claim once the source is named');
  });

  test('missing-numeral: "mark as intended" quiets that gap only, is stored in .tadqiq/reviewed.json and stays quiet after reopening', async () => {
    const draft = fx.reviewGap;
    const editor = await openInEditor(writeDraft(draft));
    const doc = editor.document;
    const ds = await waitForGaps(doc.uri, draft.text, draft.gapsAfter, 'both gaps', FIRST_TIMEOUT_MS);
    const { action, key } = reviewAction(await codeActions(doc.uri, ds[0].range));
    assert.ok(key.startsWith(`${MISSING_NUMERAL}:`) && key.includes('منذ') && key.includes('سنوات'), `the key names the words around the gap: ${key}`);
    const other = reviewAction(await codeActions(doc.uri, ds[1].range)).key;
    assert.notStrictEqual(other, key, 'the two gaps have different keys');

    // What VS Code runs when the user picks the action: the client sends workspace/executeCommand.
    await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
    await waitForGaps(doc.uri, draft.text, draft.gapsAfter.slice(1), 'only the second gap after marking the first as intended');
    const keys = readReviewedKeys();
    assert.ok(keys.includes(key), `${reviewedFile()} holds ${JSON.stringify(key)}: ${JSON.stringify(keys)}`);
    assert.ok(!keys.includes(other), `the other gap is not reviewed: ${JSON.stringify(keys)}`);
    assert.strictEqual(doc.getText(), draft.text, 'marking as intended does not edit the draft');

    const reopened = await closeAndReopen(doc, MISSING_NUMERAL);
    assert.strictEqual(reopened.document.getText(), draft.text);
    await waitForGaps(reopened.document.uri, draft.text, draft.gapsAfter.slice(1), 'after reopening, still only the second gap');
  });

  test('unattributed-claim: "mark as reviewed" quiets that sentence, is stored in .tadqiq/reviewed.json, and survives reopening and a server restart', async () => {
    const draft = fx.reviewClaims;
    const editor = await openInEditor(writeDraft(draft));
    const doc = editor.document;
    const ds = await waitForWords(doc.uri, UNATTRIBUTED_CLAIM, draft.text, draft.claims, 'both vague sources', FIRST_TIMEOUT_MS);
    const { action, key } = reviewAction(await codeActions(doc.uri, ds[0].range));
    assert.ok(key.includes('محللون') && !key.includes('مراقبون'), `the key is the first claim's sentence: ${key}`);

    await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
    await waitForWords(doc.uri, UNATTRIBUTED_CLAIM, draft.text, draft.claims.slice(1), 'only the second claim after marking the first as reviewed');
    const keys = readReviewedKeys();
    assert.ok(keys.includes(key), `${reviewedFile()} holds ${JSON.stringify(key)}: ${JSON.stringify(keys)}`);
    assert.ok(keys.some((k) => k.startsWith(`${MISSING_NUMERAL}:`)), `the earlier review is kept: ${JSON.stringify(keys)}`);

    const reopened = await closeAndReopen(doc, UNATTRIBUTED_CLAIM);
    await waitForWords(reopened.document.uri, UNATTRIBUTED_CLAIM, draft.text, draft.claims.slice(1), 'after reopening, still only the second claim');

    // A new server knows the review only from the file. (The old client's diagnostics go first, so the
    // second claim below is the new server's.)
    const cleared = waitForDiagnostics(reopened.document.uri, (d) => d.length === 0, "the old server's diagnostics dropped by the restart", FIRST_TIMEOUT_MS, UNATTRIBUTED_CLAIM);
    await vscode.commands.executeCommand('tadqiq.restartServer');
    await cleared;
    await waitForWords(reopened.document.uri, UNATTRIBUTED_CLAIM, draft.text, draft.claims.slice(1), 'after a server restart, still only the second claim', FIRST_TIMEOUT_MS);
    const all = vscode.languages.getDiagnostics(reopened.document.uri).filter((d) => d.source === SOURCE);
    assert.ok(all.every((d) => codeOf(d) === UNATTRIBUTED_CLAIM), `no other rule fires on this draft: ${describeDiagnostics(all)}`);
  });

  test('a review written to .tadqiq/reviewed.json outside the editor (a teammate\'s, from a pull) takes effect without a restart, and so does its removal', async () => {
    const draft = fx.sharedReviewGap;
    const editor = await openDraft(draft);
    const doc = editor.document;
    const ds = await waitForGaps(doc.uri, draft.text, draft.gapsAfter, 'both gaps', FIRST_TIMEOUT_MS);
    const { key } = reviewAction(await codeActions(doc.uri, ds[0].range));
    const file = reviewedFile();
    const before = fs.existsSync(file) ? readReviewedKeys() : [];
    assert.ok(!before.includes(key), `not reviewed yet: ${JSON.stringify(before)}`);

    const write = (keys: string[]) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify({ version: 1, reviewed: keys }, null, 2) + '\n');
    };
    write([...before, key].sort());
    await waitForGaps(doc.uri, draft.text, draft.gapsAfter.slice(1), 'only the second gap once the file holds the first gap\'s key');
    write(before);
    await waitForGaps(doc.uri, draft.text, draft.gapsAfter, 'both gaps again once the key is gone from the file');
  });
});
