/**
 * Helpers for the end-to-end suite: they run inside a real VS Code extension host (code-server here,
 * @vscode/test-electron elsewhere). Everything waits on events with a deadline that fails loudly; nothing
 * sleeps.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Draft } from '../fixtures/drafts';

export const EXTENSION_ID = 'tadqiq.tadqiq';
export const SOURCE = 'tadqiq';
export const FIX_ALL_KIND = 'source.fixAll.tadqiq';

/** Deadline for the first diagnostics of a run (the language server is starting). */
export const FIRST_TIMEOUT_MS = Number(process.env.TADQIQ_E2E_FIRST_TIMEOUT_MS ?? 30000);
/** Deadline for every later wait. */
export const TIMEOUT_MS = Number(process.env.TADQIQ_E2E_TIMEOUT_MS ?? 15000);

let scratch: string | undefined;
let serial = 0;

/**
 * The folder drafts are written to: the workspace folder the runner opened (a temporary copy), or a
 * temporary folder when there is none.
 */
export function scratchDir(): string {
  if (scratch) return scratch;
  const folder = vscode.workspace.workspaceFolders?.[0];
  const base = folder && folder.uri.scheme === 'file' ? folder.uri.fsPath : fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-e2e-'));
  scratch = path.join(base, `run-${process.pid}-${Date.now().toString(36)}`);
  fs.mkdirSync(scratch, { recursive: true });
  return scratch;
}

/** Writes a copy of the draft under a unique sub-folder (same file name, so the language is the same). */
export function writeDraft(draft: Pick<Draft, 'name' | 'text'>): vscode.Uri {
  const dir = path.join(scratchDir(), String(++serial).padStart(2, '0'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, draft.name);
  fs.writeFileSync(file, draft.text, 'utf8');
  return vscode.Uri.file(file);
}

/** Writes a copy of the draft and opens it in an editor. */
export async function openDraft(draft: Pick<Draft, 'name' | 'text'>): Promise<vscode.TextEditor> {
  const uri = writeDraft(draft);
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The tadqiq diagnostics of a document (of one rule when `code` is given), in document order. */
export function tadqiqDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE && (code === undefined || codeOf(d) === code))
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} [${String(codeOf(d))}] ${d.message}`)
    .join('; ');
}

/**
 * Resolves with the tadqiq diagnostics of rule `code` (default `tatweel`; undefined: every rule) of `uri`
 * once `predicate` holds for them; checks now and on every `onDidChangeDiagnostics` for that URI. Rejects
 * after `timeoutMs` with what it was waiting for and every tadqiq diagnostic it saw.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = TIMEOUT_MS,
  code: string | undefined = 'tatweel',
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let done = false;
    const key = uri.toString();
    const finish = (err: Error | undefined, ds?: vscode.Diagnostic[]) => {
      if (done) return;
      done = true;
      sub.dispose();
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(ds!);
    };
    const check = () => {
      const ds = tadqiqDiagnostics(uri, code);
      let ok = false;
      try {
        ok = predicate(ds);
      } catch {
        ok = false;
      }
      if (ok) finish(undefined, ds);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      finish(
        new Error(
          `Timed out after ${timeoutMs} ms waiting for ${what} on ${path.basename(uri.fsPath)}; ` +
            `tadqiq diagnostics now: ${describeDiagnostics(tadqiqDiagnostics(uri))}`,
        ),
      );
    }, timeoutMs);
    check();
  });
}

/** Waits until the document's text satisfies `predicate` (checks now and on every change). */
export function waitForText(
  doc: vscode.TextDocument,
  predicate: (text: string) => boolean,
  what: string,
  timeoutMs = TIMEOUT_MS,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (err: Error | undefined, text?: string) => {
      if (done) return;
      done = true;
      sub.dispose();
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(text!);
    };
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && predicate(doc.getText())) finish(undefined, doc.getText());
    });
    const timer = setTimeout(() => {
      finish(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; text now: ${JSON.stringify(doc.getText())}`));
    }, timeoutMs);
    if (predicate(doc.getText())) finish(undefined, doc.getText());
  });
}

/** Resolves when the document is saved (subscribe before triggering the save). */
export function waitForSave(doc: vscode.TextDocument, timeoutMs = TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const sub = vscode.workspace.onDidSaveTextDocument((d) => {
      if (d === doc) {
        sub.dispose();
        clearTimeout(timer);
        resolve();
      }
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${doc.fileName} to be saved`));
    }, timeoutMs);
  });
}

/** (line, UTF-16 column) of an offset, counted independently of VS Code: lines end at \n, \r\n or \r. */
export function positionOf(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return new vscode.Position(line, offset - lineStart);
}

/** The range of the only occurrence of `word` in `text` (asserts it occurs exactly once). */
export function rangeOfWord(text: string, word: string): vscode.Range {
  const at = text.indexOf(word);
  assert.ok(at >= 0, `fixture error: ${JSON.stringify(word)} not in text`);
  assert.strictEqual(text.indexOf(word, at + 1), -1, `fixture error: ${JSON.stringify(word)} occurs twice`);
  return new vscode.Range(positionOf(text, at), positionOf(text, at + word.length));
}

export function rangeString(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Asserts the diagnostics are exactly one `tatweel` warning per expected word, with exact ranges. */
export function assertTatweelDiagnostics(ds: readonly vscode.Diagnostic[], text: string, words: readonly string[]): void {
  const expected = words.map((w) => rangeString(rangeOfWord(text, w)));
  assert.deepStrictEqual(
    ds.map((d) => rangeString(d.range)),
    expected,
    `ranges of the tadqiq diagnostics (${describeDiagnostics(ds)})`,
  );
  for (const d of ds) {
    assert.strictEqual(d.source, SOURCE);
    assert.strictEqual(codeOf(d), 'tatweel', `code of ${describeDiagnostics([d])}`);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, `severity of ${describeDiagnostics([d])}`);
    assert.ok(d.message.length > 0, 'diagnostic has a message');
  }
}

/** Activates the extension under test (it must be installed or loaded as the development extension). */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this extension host`);
  await ext.activate();
  return ext;
}

/**
 * Code actions VS Code collects from all providers for a range (the same request the light bulb makes),
 * resolved (`codeAction/resolve`) so that lazily computed edits are filled in, as VS Code does before it
 * applies one. (This command does not carry `CodeAction.diagnostics` over to the API objects.)
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const resolveCount = 100;
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
    resolveCount,
  );
  // A bare Command has a string `command`; a CodeAction has an optional Command object there.
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Applies a code action the way VS Code does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit || action.command, `code action "${action.title}" has neither an edit nor a command`);
  if (action.edit) {
    const ok = await vscode.workspace.applyEdit(action.edit);
    assert.ok(ok, `workspace.applyEdit refused the edit of "${action.title}"`);
  }
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

/** Saves and closes every editor (drafts are temporary copies), so one test cannot disturb the next. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.saveAll');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Resolves with the editor's selection once `predicate` holds for it; checks now and on every
 * `onDidChangeTextEditorSelection` of that editor. Rejects after `timeoutMs` saying what the selection was.
 */
export function waitForSelection(
  editor: vscode.TextEditor,
  predicate: (s: vscode.Selection) => boolean,
  what: string,
  timeoutMs = TIMEOUT_MS,
): Promise<vscode.Selection> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (err: Error | undefined, s?: vscode.Selection) => {
      if (done) return;
      done = true;
      sub.dispose();
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(s!);
    };
    const sub = vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === editor && predicate(editor.selection)) finish(undefined, editor.selection);
    });
    const timer = setTimeout(() => {
      finish(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; selection now: ${rangeString(editor.selection)}`));
    }, timeoutMs);
    if (predicate(editor.selection)) finish(undefined, editor.selection);
  });
}

/**
 * Saves and closes every editor and resolves once VS Code has closed `doc` (`onDidCloseTextDocument`, the
 * event on which the language client sends `textDocument/didClose`), so the next open is a fresh one.
 */
export async function closeAllAndWaitClosed(doc: vscode.TextDocument, timeoutMs = TIMEOUT_MS): Promise<void> {
  const key = doc.uri.toString();
  let sub: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const closed = new Promise<void>((resolve, reject) => {
    sub = vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.toString() === key) resolve();
    });
    timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${path.basename(doc.uri.fsPath)} to be closed`)), timeoutMs);
  });
  closed.catch(() => undefined); // awaited below; no unhandled rejection while closeAll() runs
  try {
    await closeAll();
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    await closed;
  } finally {
    sub?.dispose();
    clearTimeout(timer);
  }
}

/**
 * Opens `uri` in an editor the way a user does (the `vscode.open` command, as Quick Open or the Explorer
 * would), and resolves with that editor once it is the active one. Unlike `workspace.openTextDocument`,
 * this holds no extension reference to the document, so closing the editor closes the document.
 */
export async function openInEditor(uri: vscode.Uri, timeoutMs = TIMEOUT_MS): Promise<vscode.TextEditor> {
  const key = uri.toString();
  const isIt = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => !!e && e.document.uri.toString() === key;
  let sub: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const active = new Promise<vscode.TextEditor>((resolve, reject) => {
    sub = vscode.window.onDidChangeActiveTextEditor((e) => {
      if (isIt(e)) resolve(e);
    });
    timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${path.basename(uri.fsPath)} in the active editor`)), timeoutMs);
  });
  active.catch(() => undefined); // awaited below
  try {
    await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
    const now = vscode.window.activeTextEditor;
    return isIt(now) ? now : await active;
  } finally {
    sub?.dispose();
    clearTimeout(timer);
  }
}
