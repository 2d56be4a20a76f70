/**
 * Repairs on the editor side, the same on the desktop and the web: the command "tadqiq: Repair selection" (runs the
 * server's repairSelection code action on each selection) and "Paste as repaired Arabic", a DocumentPasteEditProvider
 * that asks the server (`tadqiq/repairText`) for fix-all of the pasted text and offers the repaired variant when it
 * differs — the default paste when `tadqiq.paste.repairByDefault` is on. The core stays in the server: this module
 * only sends text and receives text.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  COMMANDS,
  CONFIG_SECTION,
  PASTE_EDIT_KIND,
  PASTE_MIME_TYPE,
  REPAIR_SELECTION_KIND,
  REQUESTS,
  SETTING_KEYS,
  type RepairTextParams,
  type RepairTextResult,
} from '../../server/src/shared/vocabulary';

type GetClient = () => BaseLanguageClient | undefined;

const arabicUi = () => vscode.env.language.toLowerCase().startsWith('ar');

/**
 * A pasted text worth asking the server about: Arabic letters, presentation forms or directional controls. (A paste
 * of code or English into a Markdown file never leaves the extension host.)
 */
const MAYBE_ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** "tadqiq: Repair selection": fix-all inside each non-empty selection of the active editor. */
async function repairSelection(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  // last selection first: an edit never moves the selections before it
  const selections = editor.selections.filter((s) => !s.isEmpty).sort((a, b) => b.start.compareTo(a.start));
  if (!selections.length) {
    void vscode.window.showInformationMessage(arabicUi() ? 'تدقيق: حدّد النص المراد إصلاحه' : 'tadqiq: select the text to repair');
    return;
  }
  let repaired = 0;
  for (const selection of selections) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      selection,
      REPAIR_SELECTION_KIND,
      1, // resolve: the server fills in the edit on codeAction/resolve
    );
    const action = actions?.find((a) => a.kind?.value === REPAIR_SELECTION_KIND && a.edit);
    if (action?.edit && (await vscode.workspace.applyEdit(action.edit))) repaired++;
  }
  if (!repaired) void vscode.window.showInformationMessage(arabicUi() ? 'تدقيق: لا شيء يُصلَح في النص المحدد' : 'tadqiq: nothing to repair in the selection');
}

/** "Paste as repaired Arabic". */
export class RepairedPasteProvider implements vscode.DocumentPasteEditProvider {
  static readonly kind = vscode.DocumentDropOrPasteEditKind?.Empty.append(...PASTE_EDIT_KIND.split('.'));

  constructor(
    private readonly client: GetClient,
    private readonly checks: (document: vscode.TextDocument) => boolean,
  ) {}

  async provideDocumentPasteEdits(
    document: vscode.TextDocument,
    _ranges: readonly vscode.Range[],
    dataTransfer: vscode.DataTransfer,
    _context: vscode.DocumentPasteEditContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentPasteEdit[] | undefined> {
    const c = this.client();
    if (!c || !c.isRunning() || !this.checks(document)) return undefined;
    const text = await dataTransfer.get(PASTE_MIME_TYPE)?.asString();
    if (!text || !MAYBE_ARABIC.test(text) || token.isCancellationRequested) return undefined;
    const params: RepairTextParams = { text, uri: document.uri.toString(), languageId: document.languageId };
    let result: RepairTextResult;
    try {
      result = await c.sendRequest<RepairTextResult>(REQUESTS.repairText, params, token);
    } catch {
      return undefined; // the plain paste goes on as if tadqiq were not there
    }
    if (!result?.changed || typeof result.text !== 'string' || token.isCancellationRequested) return undefined;
    const title = arabicUi() ? `لصق نصًا عربيًا مُصلَحًا (${result.applied})` : `Paste as repaired Arabic (${result.applied} repairs)`;
    const edit = new vscode.DocumentPasteEdit(result.text, title, RepairedPasteProvider.kind);
    const byDefault = vscode.workspace.getConfiguration(CONFIG_SECTION, document).get<boolean>(SETTING_KEYS.pasteRepairByDefault) === true;
    // Not the default: the plain text paste comes first, the repaired one is offered in the paste widget.
    if (!byDefault) edit.yieldTo = [vscode.DocumentDropOrPasteEditKind.Text];
    return [edit];
  }
}

/**
 * The command and, where this VS Code has the paste API (1.97+), the paste provider for the documents of `schemes`
 * that `checks` accepts (tadqiq.languages, read at each paste).
 */
export function registerRepairs(context: vscode.ExtensionContext, client: GetClient, schemes: readonly string[], checks: (document: vscode.TextDocument) => boolean): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.repairSelection, repairSelection));
  if (typeof vscode.languages.registerDocumentPasteEditProvider === 'function' && RepairedPasteProvider.kind) {
    context.subscriptions.push(
      vscode.languages.registerDocumentPasteEditProvider(
        schemes.map((scheme) => ({ scheme })),
        new RepairedPasteProvider(client, checks),
        { providedPasteEditKinds: [RepairedPasteProvider.kind], pasteMimeTypes: [PASTE_MIME_TYPE] },
      ),
    );
  }
}
