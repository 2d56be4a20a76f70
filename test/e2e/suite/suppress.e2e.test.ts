/**
 * Suppression in a real extension host: "Ignore on this line" in Markdown inserts a
 * `tadqiq-disable-next-line` comment above the finding's line and the diagnostic goes; "Ignore here" in
 * plain text stores a key in `.tadqiq/reviewed.json` and the diagnostic goes. Neither is preferred, and
 * fix-all never applies them. Every wait is on an event with a deadline: where a diagnostic is expected
 * to go, the other stretched word is awaited at its (moved) place, so an empty list cannot come from a
 * server that has not linted the newest text yet.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { applyCodeAction, closeAll, codeActions, FIRST_TIMEOUT_MS, FIX_ALL_KIND, openDraft, rangeString, waitForDiagnostics, waitForText } from './helpers';

const T = '\u0640';
const fixAllKind = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

function describeActions(actions: vscode.CodeAction[]): string {
  return (
    actions
      .map((a) => `"${a.title}"${a.isPreferred ? ' preferred' : ''}${a.edit ? ' edit' : ''}${a.command ? ` command=${a.command.command}` : ''}`)
      .join(' | ') || '(none)'
  );
}

function reviewedFile(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder && folder.uri.scheme === 'file', 'the suite runs with a workspace folder on disk');
  return path.join(folder.uri.fsPath, '.tadqiq', 'reviewed.json');
}

function readReviewedKeys(): string[] {
  const file = reviewedFile();
  if (!fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { reviewed: string[] }).reviewed;
}

suite('tadqiq e2e: suppression', () => {
  teardown(closeAll);

  test('Markdown: "Ignore on this line" inserts a tadqiq-disable-next-line comment above the line and that diagnostic goes; fix-all never applies it', async () => {
    const text = `# مسودة\n\n  قال الوزي${T}${T}ر إن الخطة جاهزة.\n\nوبدأ الاجتم${T}${T}اع أمس.\n`;
    const ignored = `# مسودة\n\n  <!-- tadqiq-disable-next-line tatweel -->\n  قال الوزي${T}${T}ر إن الخطة جاهزة.\n\nوبدأ الاجتم${T}${T}اع أمس.\n`;
    const editor = await openDraft({ name: 'suppress.md', text });
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length === 2 && d[0].range.start.line === 2 && d[1].range.start.line === 4, 'two tatweel diagnostics (lines 3 and 5)', FIRST_TIMEOUT_MS);

    const actions = await codeActions(doc.uri, ds[0].range);
    const ignore = actions.filter((a) => /^(Ignore on this line|تجاهل في هذا السطر)/.test(a.title));
    assert.strictEqual(ignore.length, 1, `one "Ignore on this line" action at the word: ${describeActions(actions)}`);
    assert.ok(!ignore[0].isPreferred, 'never preferred');
    assert.ok(ignore[0].edit && !ignore[0].command, `an edit, no command: ${describeActions(ignore)}`);
    assert.ok(actions.some((a) => a.isPreferred), `the repair is still offered (and preferred): ${describeActions(actions)}`);

    await applyCodeAction(ignore[0]);
    await waitForText(doc, (t) => t === ignored, 'the comment above the line, with its indentation');
    // the other word moved one line down: waiting for it there proves the server linted the new text
    const after = await waitForDiagnostics(doc.uri, (d) => d.length === 1 && d[0].range.start.line === 5, 'only the second word, on line 6');
    const moved = new vscode.Range(ds[1].range.start.translate(1), ds[1].range.end.translate(1));
    assert.strictEqual(rangeString(after[0].range), rangeString(moved), 'the second word\'s diagnostic, one line down');

    // fix-all repairs the word that is not ignored and leaves the ignored one and the comment alone
    const fixAll = (await codeActions(doc.uri, new vscode.Range(0, 0, 0, 0), fixAllKind.value)).filter((a) => a.kind && fixAllKind.contains(a.kind));
    assert.strictEqual(fixAll.length, 1, `one fix-all action: ${describeActions(fixAll)}`);
    await applyCodeAction(fixAll[0]);
    await waitForText(doc, (t) => t === ignored.replace(`الاجتم${T}${T}اع`, 'الاجتماع'), 'fix-all: the second word repaired, the ignored line and its comment untouched');
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'no diagnostics left');
  });

  test('plain text: "Ignore here" stores a key in .tadqiq/reviewed.json and that diagnostic goes, the other stays', async () => {
    const text = `أعلنت الحكومة أن المشرو${T}${T}ع جاهز.\nوقال المتحدث إن التموي${T}${T}ل متاح.\n`;
    const editor = await openDraft({ name: 'suppress.txt', text });
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length === 2, 'two tatweel diagnostics', FIRST_TIMEOUT_MS);
    const actions = await codeActions(doc.uri, ds[0].range);
    const ignore = actions.filter((a) => /^(Ignore here|تجاهل هنا)/.test(a.title));
    assert.strictEqual(ignore.length, 1, `one "Ignore here" action at the word: ${describeActions(actions)}`);
    assert.ok(!ignore[0].isPreferred && !ignore[0].edit, `a command, not preferred, no edit: ${describeActions(ignore)}`);
    assert.strictEqual(ignore[0].command?.command, 'tadqiq.markReviewed');
    const key = ignore[0].command?.arguments?.[0] as string;
    assert.ok(typeof key === 'string' && key.startsWith('tatweel:') && key.includes('<U+0640>') && key.includes('أعلنت'), `the key names the rule, the word and the words around: ${key}`);
    const before = readReviewedKeys();

    try {
      await applyCodeAction(ignore[0]);
      await waitForDiagnostics(doc.uri, (d) => d.length === 1 && d[0].range.start.line === 1, 'only the second word once the first is ignored');
      assert.ok(readReviewedKeys().includes(key), `${reviewedFile()} holds ${JSON.stringify(key)}`);
      assert.strictEqual(doc.getText(), text, '"Ignore here" does not edit the draft');
    } finally {
      // leave the shared review file as it was (the removal takes effect without a restart)
      fs.mkdirSync(path.dirname(reviewedFile()), { recursive: true });
      fs.writeFileSync(reviewedFile(), JSON.stringify({ version: 1, reviewed: before }, null, 2) + '\n');
    }
    await waitForDiagnostics(doc.uri, (d) => d.length === 2, 'both words again once the key is gone from the file');
  });
});
