/**
 * The `tadqiq.fixAll` command: asks the server for the fix-all source action of the active draft (the same action
 * `editor.codeActionsOnSave` runs), has VS Code resolve its edit and applies it.
 *
 * The edit is computed for one version of the draft. When the draft changes between the request and the apply (a
 * keystroke, a reload from disk, a server that restarted in between), the server resolves no edit or VS Code refuses
 * an edit made for an older version; the command then asks again, a few times, rather than silently doing nothing.
 */
import * as vscode from 'vscode';
import { CODE_ACTION_KINDS } from '../../server/src/shared/vocabulary';

/** Attempts before giving up on a draft that keeps changing under the command. */
const ATTEMPTS = 4;

export type FixAllOutcome = 'applied' | 'nothing' | 'changing';

export async function runFixAll(doc: vscode.TextDocument, log: (m: string) => void): Promise<FixAllOutcome> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const version = doc.version;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(0, 0, doc.lineCount, 0),
      CODE_ACTION_KINDS.fixAll,
      1, // resolve the action: the server fills in fix-all's edit on codeAction/resolve
    );
    const offered = (actions ?? []).filter((a) => a.kind?.value === CODE_ACTION_KINDS.fixAll);
    const action = offered.find((a) => a.edit);
    if (!action?.edit) {
      // no action: nothing to fix in this version; an action without its edit: resolved for a version now gone
      if (offered.length === 0 && doc.version === version) return 'nothing';
      log(`fix-all: attempt ${attempt}: ${offered.length} action(s) without an edit for version ${version} (now ${doc.version}); asking again`);
      continue;
    }
    if (doc.version !== version) {
      log(`fix-all: attempt ${attempt}: the draft changed from version ${version} to ${doc.version} while its edit was made; asking again`);
      continue;
    }
    if (await vscode.workspace.applyEdit(action.edit)) return 'applied';
    log(`fix-all: attempt ${attempt}: VS Code did not apply the edit for version ${version} (now ${doc.version}); asking again`);
  }
  return 'changing';
}
