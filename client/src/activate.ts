/**
 * The VS Code extension, the same on the desktop and in VS Code for the Web: a thin LanguageClient. No lint logic
 * lives here — it starts the server (through the platform the entry point gives: extension.ts forks dist/server.js
 * over stdio, web.ts starts dist/web/server.js in a Web Worker), tells it the display language, keeps the document
 * selector in step with `tadqiq.languages`, answers the worker's file requests (reviewFiles.ts), and offers
 * commands, a status bar item and the review report (a webview of the page the server renders, reportPanel.ts).
 * It imports no Node module (the web bundle is built from it).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { ReportPanel, RevealMessage } from './reportPanel';
import { registerReviewFiles } from './reviewFiles';
import { registerRepairs } from './repair';
import { registerOpenPdf } from './openPdf';
import { runFixAll } from './fixAll';
import { SAMPLE_DRAFT } from './sample';
import {
  ARABIC_DRAFT_LANGUAGE,
  COMMANDS,
  CONFIG_SECTION,
  DEFAULT_LANGUAGES,
  DIAGNOSTIC_SOURCE,
  DISPLAY_NAME,
  documentSelector,
  NAME,
  REQUESTS,
  SETTING_KEYS,
  settingName,
  STATUS_BAR_ID,
} from '../../server/src/shared/vocabulary';

let client: BaseLanguageClient | undefined;
let platform: ClientPlatform;
let status: vscode.StatusBarItem | undefined;
let output: vscode.LogOutputChannel | undefined;

/** Restarts after a crash allowed within 3 minutes. */
const MAX_RESTARTS = 4;

/** Where the extension runs: how its language client is made, which documents it hands to the server. */
export interface ClientPlatform {
  /** The language client of a server the platform starts (a child process, a Web Worker). */
  createClient(context: vscode.ExtensionContext, id: string, name: string, options: LanguageClientOptions): Promise<BaseLanguageClient>;
  /** The URI schemes of the documents tadqiq checks. */
  schemes: readonly string[];
}

/** What `activate` returns (`vscode.extensions.getExtension('tadqiq.tadqiq').exports`): used by the e2e suite. */
export interface TadqiqApi {
  /** The running language client, if any. */
  client(): BaseLanguageClient | undefined;
  /** The pid of the language server process (the server's answer to `tadqiq/serverInfo`), if it is running (never in a browser worker). */
  serverPid(): Promise<number | undefined>;
  /** The open report panel, if any: its draft, title and page, and what a click on a finding does. */
  report(): { uri: string; title: string; html: string; reveal(m: RevealMessage): Promise<vscode.TextEditor | undefined>; settled(): Promise<void> } | undefined;
}

/** The malformed tadqiq.languages values already reported: languages() runs on every editor switch and diagnostics change. */
const warnedLanguages = new Set<string>();

function languages(): readonly string[] {
  const v = vscode.workspace.getConfiguration(CONFIG_SECTION).get<unknown>(SETTING_KEYS.languages);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length > 0) return v as string[];
  const key = JSON.stringify(v) ?? 'undefined';
  if (v !== undefined && !warnedLanguages.has(key)) {
    warnedLanguages.add(key);
    void vscode.window.showWarningMessage(`${settingName('languages')} must be a list of language ids; using the default.`);
  }
  return DEFAULT_LANGUAGES;
}

async function createClient(context: vscode.ExtensionContext): Promise<BaseLanguageClient> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(languages(), platform.schemes),
    outputChannel: output,
    initializationOptions: { locale: vscode.env.language },
    synchronize: { configurationSection: CONFIG_SECTION },
    // A server that dies (a crash, an out-of-memory kill, SIGKILL) is restarted and the open drafts are
    // sent to the new one; after MAX_RESTARTS + 1 crashes within 3 minutes the client gives up and says so
    // (vscode-languageclient's default error handler; the e2e suite kills the server and checks it).
    connectionOptions: { maxRestartCount: MAX_RESTARTS },
  };
  const c = await platform.createClient(context, NAME, DISPLAY_NAME, clientOptions);
  registerReviewFiles(c);
  return c;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  if (vscode.workspace.getConfiguration(CONFIG_SECTION).get(SETTING_KEYS.enable) === false) return;
  client = await createClient(context);
  await client.start();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  if (old) await old.stop().catch(() => undefined);
  await start(context);
}

function updateStatus(): void {
  if (!status) return;
  const editor = vscode.window.activeTextEditor;
  if (!editor || !languages().includes(editor.document.languageId) || !client) {
    status.hide();
    return;
  }
  const count = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE).length;
  status.text = count ? `$(warning) تدقيق ${count}` : '$(check) تدقيق';
  status.tooltip = count ? `tadqiq: ${count} problem${count > 1 ? 's' : ''} in this draft — click for the review report` : 'tadqiq: no problems in this draft — click for the review report';
  status.show();
}

async function serverPid(): Promise<number | undefined> {
  const c = client;
  if (!c || !c.isRunning()) return undefined;
  const info = await c.sendRequest<{ pid?: unknown }>(REQUESTS.serverInfo);
  return typeof info?.pid === 'number' ? info.pid : undefined;
}

/** The extension's `activate`, on the platform the entry point gives. */
export async function activateOn(context: vscode.ExtensionContext, on: ClientPlatform): Promise<TadqiqApi> {
  platform = on;
  output = vscode.window.createOutputChannel(NAME, { log: true });
  status = vscode.window.createStatusBarItem(STATUS_BAR_ID, vscode.StatusBarAlignment.Right, 100);
  status.name = NAME;
  status.command = COMMANDS.showReport;
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand(COMMANDS.restartServer, () => restart(context)),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output?.show()),
    vscode.commands.registerCommand(COMMANDS.fixAll, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const outcome = await runFixAll(editor.document, (m) => output?.info(m));
      if (outcome === 'nothing') void vscode.window.showInformationMessage('tadqiq: nothing to fix');
      else if (outcome === 'changing') void vscode.window.showWarningMessage('tadqiq: the draft kept changing; fix-all was not applied. Try again.');
    }),
    vscode.commands.registerCommand(COMMANDS.showReport, async () => {
      const editor = vscode.window.activeTextEditor;
      const uri = editor && languages().includes(editor.document.languageId) ? editor.document.uri : ReportPanel.open?.uri;
      if (!uri) {
        void vscode.window.showInformationMessage('tadqiq: open an Arabic draft to see its review report');
        return;
      }
      try {
        await ReportPanel.show(uri, () => client);
      } catch (e) {
        void vscode.window.showErrorMessage(`tadqiq: the report could not be shown: ${e instanceof Error ? e.message : String(e)}`);
      }
    }),
    vscode.commands.registerCommand(COMMANDS.openSample, async () => {
      const doc = await vscode.workspace.openTextDocument({ language: ARABIC_DRAFT_LANGUAGE, content: SAMPLE_DRAFT });
      await vscode.window.showTextDocument(doc, { preview: false });
    }),
    { dispose: () => ReportPanel.open?.dispose() },
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(settingName('languages')) || e.affectsConfiguration(settingName('enable'))) void restart(context);
    }),
  );
  // Repair selection, Paste as repaired Arabic, Open PDF as Arabic draft (repair.ts, openPdf.ts)
  registerRepairs(context, () => client, platform.schemes, (doc) => languages().includes(doc.languageId));
  registerOpenPdf(context, () => client, (m) => output?.info(m));
  await start(context);
  updateStatus();
  const report = () => {
    const p = ReportPanel.open;
    return p && { uri: p.uri.toString(), title: p.panel.title, html: p.html, reveal: (m: RevealMessage) => p.reveal(m), settled: () => p.settled() };
  };
  return { client: () => client, serverPid, report };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
