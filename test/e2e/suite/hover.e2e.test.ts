/**
 * Hovers and rule links in a real VS Code: the language client passes the server's hover through
 * `vscode.executeHoverProvider`, and the diagnostics carry the rule page as their code's target
 * (VS Code declares codeDescriptionSupport).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import * as drafts from '../fixtures/drafts';
import { closeAll, codeOf, FIRST_TIMEOUT_MS, openDraft, positionOf, waitForDiagnostics } from './helpers';

/** Every hover text VS Code's hover providers give at a position (Markdown strings and marked strings). */
async function hoverTexts(uri: vscode.Uri, at: vscode.Position): Promise<string[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

suite('tadqiq e2e: hover and rule links', () => {
  teardown(closeAll);

  test('a hover on a stretched word shows the rule, the repair before → after (<U+0640> made visible) and the rule page', async () => {
    const editor = await openDraft(drafts.news);
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length >= drafts.news.flagged.length, `${drafts.news.flagged.length} diagnostics`, FIRST_TIMEOUT_MS);

    // The diagnostics link to their rule page (codeDescription.href → Diagnostic.code.target).
    for (const d of ds) {
      assert.ok(typeof d.code === 'object' && d.code !== null, `code with a target: ${JSON.stringify(d.code)}`);
      const target = (d.code as { value: string | number; target: vscode.Uri }).target.toString(true);
      assert.ok(target.endsWith('/blob/main/docs/rules/tatweel.md'), target);
      assert.strictEqual(codeOf(d), 'tatweel');
    }

    const word = drafts.news.flagged[1]; // الاجتم + three tatweels + اع
    const at = positionOf(drafts.news.text, drafts.news.text.indexOf(word) + 3);
    const texts = await hoverTexts(doc.uri, at);
    const ours = texts.find((t) => t.includes('tadqiq(`tatweel`)'));
    assert.ok(ours, `a tadqiq hover among ${JSON.stringify(texts)}`);
    const before = word.replace(/\u0640/g, '<U+0640>');
    const after = word.replace(/\u0640/g, '');
    assert.ok(ours.includes(`\`${before}\` → \`${after}\``), `before → after in ${ours}`);
    assert.ok(ours.includes('Stray tatweel'), ours);
    assert.ok(/\]\([^)]*\/docs\/rules\/tatweel\.md\)/.test(ours), `the rule page link in ${ours}`);

    // Away from the findings (a clean word, the legitimate ه + tatweel after the year) tadqiq says nothing.
    const clean = positionOf(drafts.news.text, drafts.news.text.indexOf('المتحدث') + 2);
    assert.deepStrictEqual((await hoverTexts(doc.uri, clean)).filter((t) => t.includes('tadqiq(')), []);
    const hijri = positionOf(drafts.news.text, drafts.news.text.indexOf(`ه${drafts.T}`));
    assert.deepStrictEqual((await hoverTexts(doc.uri, hijri)).filter((t) => t.includes('tadqiq(')), []);
  });
});
