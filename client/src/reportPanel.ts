/**
 * The review report in a webview panel (`tadqiq.showReport`). Thin: the page comes from the language server
 * (`tadqiq/report`, rendered by server/src/core/report.ts, the same page `tadqiq report` writes); this module
 * only shows it, refreshes it when the draft's diagnostics change, and answers the page's one message: a click
 * on a finding (`{ type: 'reveal', line, character, endLine, endCharacter }`) selects that range in the draft.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

import { REPORT_VIEW_TYPE, REQUESTS } from '../../server/src/shared/vocabulary';

/** A fresh script nonce: 18 random bytes, base64 (Web Crypto: the same in Node's extension host and a browser's). */
function newNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface RevealMessage {
  type: 'reveal';
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export function reportTitle(uri: vscode.Uri): string {
  const name = uri.path.replace(/^.*\//, '') || uri.toString();
  return `tadqiq report: ${name}`;
}

function isRevealMessage(m: unknown): m is RevealMessage {
  if (!m || typeof m !== 'object') return false;
  const r = m as Record<string, unknown>;
  return r.type === 'reveal' && ['line', 'character', 'endLine', 'endCharacter'].every((k) => Number.isInteger(r[k]) && (r[k] as number) >= 0);
}

export class ReportPanel {
  private static current: ReportPanel | undefined;
  /** The page now shown (for the e2e suite). */
  html = '';
  private readonly disposables: vscode.Disposable[] = [];
  private refreshing: Promise<void> | undefined;
  private stale = false;

  private constructor(
    readonly panel: vscode.WebviewPanel,
    public uri: vscode.Uri,
    private readonly client: () => BaseLanguageClient | undefined,
  ) {
    panel.onDidDispose(() => this.dispose(), null, this.disposables);
    panel.webview.onDidReceiveMessage((m) => void this.reveal(m), null, this.disposables);
    vscode.languages.onDidChangeDiagnostics(
      (e) => {
        if (e.uris.some((u) => u.toString() === this.uri.toString())) void this.refresh();
      },
      null,
      this.disposables,
    );
  }

  static get open(): ReportPanel | undefined {
    return ReportPanel.current;
  }

  /** Shows the report of `uri` (a draft open in the editor), creating the panel or reusing it. */
  static async show(uri: vscode.Uri, client: () => BaseLanguageClient | undefined): Promise<ReportPanel> {
    let p = ReportPanel.current;
    if (p) {
      p.uri = uri;
      p.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        REPORT_VIEW_TYPE,
        reportTitle(uri),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // scripts only for the page's reveal script, which its CSP allows by nonce; the page loads nothing
        { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
      );
      p = ReportPanel.current = new ReportPanel(panel, uri, client);
    }
    p.panel.title = reportTitle(uri);
    await p.refresh();
    return p;
  }

  /** Asks the server for the page again (one request at a time; a change during one is picked up after it). */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.stale = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.stale = false;
        const c = this.client();
        if (!c || !c.isRunning()) throw new Error('the tadqiq language server is not running');
        const nonce = newNonce();
        const r = await c.sendRequest<{ html: string }>(REQUESTS.report, { uri: this.uri.toString(), title: vscode.workspace.asRelativePath(this.uri), nonce, cspSource: this.panel.webview.cspSource });
        if (ReportPanel.current !== this) return;
        this.html = r.html;
        this.panel.webview.html = r.html;
      } while (this.stale);
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Resolves when no refresh is running (for the e2e suite). */
  async settled(): Promise<void> {
    while (this.refreshing) await this.refreshing.catch(() => undefined);
  }

  /** The page's message: select the finding's range in the draft, in the editor column it is open in. */
  async reveal(m: unknown): Promise<vscode.TextEditor | undefined> {
    if (!isRevealMessage(m)) return undefined;
    const doc = await vscode.workspace.openTextDocument(this.uri);
    const range = doc.validateRange(new vscode.Range(m.line, m.character, m.endLine, m.endCharacter));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  dispose(): void {
    if (ReportPanel.current === this) ReportPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
