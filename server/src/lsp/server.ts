/**
 * The language server: glue between LSP and the core engine. Knows LSP; knows no lint logic, and nothing of where
 * it runs: it imports no Node module. It takes a connection and a host (host.ts: the process id, the reviews
 * store), which the entry points make: lsp/main.ts for Node — over stdio in VS Code (dist/server.js --stdio) and
 * other editors (`tadqiq lsp --stdio`) — and lsp/browser.ts for a Web Worker (dist/web/server.js, VS Code for the Web).
 */
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  Hover,
  HoverParams,
  MarkupKind,
  InitializeParams,
  InitializeResult,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  OptionalVersionedTextDocumentIdentifier,
  TextDocumentEdit,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig } from '../core/config';
import { diffEdit, fixAll, lintText, type LintResult } from '../core/engine';
import { IncrementalLinter } from '../core/incremental';
import { ArrayFindings, type ChunkRecords, type FindingList, PackedFindings, REC } from '../core/packed';
import { ruleDocUrl } from '../core/docs';
import { preferredEdits, preferredFix } from '../core/fix';
import { getRule } from '../core/registry';
import { ignoreKey } from '../core/review';
import { disableNextLineEdit } from '../core/suppress';
import { renderReport } from '../core/report';
import { releaseMemos } from '../core/text/memos';
import type { Edit, Finding, Fix, LintOptions, Locale, Severity } from '../core/types';
import { t } from '../core/types';
import type { Reviews, ServerHost } from './host';
import { capIndices, thousands } from './cap';
import { hoverPart } from './hover';
import { registerPdfRequests } from './pdf';
import { pullWait } from './debounce';
import { type Constant, ConstantCache, markItems, tagDiagnostic, withPart } from './encode';
import { registerRepairRequests, repairableInside, repairSelectionEdit, repairSelectionTitle, wantsKind } from './repair';
import { CODE_ACTION_KINDS, COMMANDS, CONFIG_SECTION, DEBOUNCE_MS, DIAGNOSTIC_SOURCE, MAX_DIAGNOSTICS, FIX_ALL_KIND, NAME, REPAIR_SELECTION_KIND, REQUESTS, REVIEWED_FILE, REVIEWED_GLOB, SERVER_COMMANDS, settingName, VERSION } from '../shared/vocabulary';

/** Quiet time after the last check before the server collects its garbage (collectWhenIdle). */
const IDLE_GC_MS = 2000;
/**
 * Quiet time after the last check before the server empties the core's memos (core/text/memos.ts) and collects again
 * (collectWhenIdle): a longer pause than between keystrokes, since the next check fills them again. bench-lsp, the
 * damaged 200 KB draft, "as VS Code" side by side with the build before, six runs under load 7-9: RSS at rest (11.5 s)
 * 82-87 -> 79-85 MB, paired −2 to −12 (median −6); the clean draft unchanged (median +1, noise); the first keystroke
 * after the rest +32 to +108 ms on the damaged draft (the memos of its lines filled again: bench-lsp "after rest";
 * scripts/memo-release.mjs), none on the clean one.
 */
const IDLE_RELEASE_MS = 10_000;

/** The command that stores a review key ("mark as reviewed", "ignore here") in .tadqiq/reviewed.json. */
const MARK_REVIEWED = COMMANDS.markReviewed;

interface DocSettings {
  lint: LintOptions;
  debounceMs: number;
  /** tadqiq.maxDiagnostics (0: no cap). */
  maxDiagnostics: number;
}

interface LintState {
  version: number;
  /** The findings, compact (core/packed.ts): `findings.finding(i)` makes one whole (message, fixes) when it is needed. */
  findings: FindingList;
  options: LintOptions;
  /** Pull diagnostics' resultId of this version's report. */
  resultId: string;
  /** Its diagnostics, made once (pull and push): of the findings tadqiq.maxDiagnostics lets through (cap.ts). */
  diagnostics?: Diagnostic[];
  maxDiagnostics: number;
  /** Where the last edit before this version was (the cap keeps the findings nearest it). */
  focus: number;
}

/** A document's incremental checker (core/incremental.ts) and the options it was made for. */
interface Checker {
  key: string;
  linter: IncrementalLinter;
  /** How long its last check took (ms), and how many it made (lsp/debounce.ts: the first is the whole draft's). */
  lastMs: number;
  checks: number;
  whole?: boolean;
}

/** A clock for the debounce (the server's only use of time; absent, the debounce is the setting). */
const now: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);
}

/** The file name of a URI, for the report's heading. */
function lastSegment(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').replace(/^.*\//, '');
  try {
    return decodeURIComponent(last) || uri;
  } catch {
    return last || uri;
  }
}

export function startServer(connection: Connection, host: ServerHost): void {
  /** Per document, where its last change was (an offset of its newest version): the cap's focus. */
  const lastEdit = new Map<string, number>();
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (doc, changes, version) => {
      const next = TextDocument.update(doc, changes, version);
      const last = changes[changes.length - 1];
      if (last && 'range' in last) lastEdit.set(next.uri, next.offsetAt(last.range.start));
      return next;
    },
  });
  /** The documents whose diagnostics were capped (told once). */
  const capped = new Set<string>();
  const settingsCache = new Map<string, Promise<DocSettings>>();
  const states = new Map<string, LintState>();
  const checkers = new Map<string, Checker>();
  /** Push: the result last published per document. */
  const published = new Map<string, string>();
  let results = 0;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const reported = new Set<string>();
  let reviews: Reviews | null = null;
  let hasConfiguration = false;
  let hasPull = false;
  let hasDocumentChanges = false;
  let hasSnippetEdits = false;
  let hasDynamicConfig = false;
  let hasWatchedFiles = false;
  let hasRefresh = false;
  let hasResolve = false;
  let hasCodeDescription = false;
  let hoverMarkdown = true;
  let clientLocale: Locale = 'en';
  let globalSettings: unknown = {};
  let generation = 0;
  /** initializationOptions.fullCheck: every change checks the whole document again (the bench's baseline). */
  let fullCheck = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    hasConfiguration = !!caps.workspace?.configuration;
    hasPull = !!caps.textDocument?.diagnostic;
    hasDocumentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    hasSnippetEdits = !!(caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
    hasDynamicConfig = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    hasWatchedFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    hasRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
    hasResolve = !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
    // LSP 3.16: publishDiagnostics.codeDescriptionSupport; 3.18 adds the same flag to textDocument.diagnostic (pull)
    hasCodeDescription =
      !!caps.textDocument?.publishDiagnostics?.codeDescriptionSupport || !!(caps.textDocument?.diagnostic as { codeDescriptionSupport?: boolean } | undefined)?.codeDescriptionSupport;
    const formats = caps.textDocument?.hover?.contentFormat;
    hoverMarkdown = !Array.isArray(formats) || formats.length === 0 || formats.includes(MarkupKind.Markdown);
    const init = (params.initializationOptions ?? {}) as { locale?: unknown; settings?: unknown; fullCheck?: unknown };
    fullCheck = init.fullCheck === true;
    const loc = typeof init.locale === 'string' ? init.locale : params.locale;
    clientLocale = typeof loc === 'string' && loc.toLowerCase().startsWith('ar') ? 'ar' : 'en';
    if (init.settings !== undefined) globalSettings = init.settings;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    reviews = host.reviews(
      folders,
      (method, p) => connection.sendRequest(method, p),
      (m) => connection.console.log(m),
    );
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CODE_ACTION_KINDS.quickFix, FIX_ALL_KIND, REPAIR_SELECTION_KIND], resolveProvider: hasResolve },
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
        hoverProvider: true,
      },
      serverInfo: { name: NAME, version: VERSION },
    };
    if (hasPull) {
      result.capabilities.diagnosticProvider = { identifier: NAME, interFileDependencies: false, workspaceDiagnostics: false };
    }
    return result;
  });

  connection.onInitialized(() => {
    if (hasDynamicConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: CONFIG_SECTION });
    // Reviews are shared through version control: a pull, a teammate's edit or a deleted file must take
    // effect without a restart.
    if (hasWatchedFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: REVIEWED_GLOB }] });
  });

  connection.onDidChangeWatchedFiles(async () => {
    const reloading = reviews?.reloadAll();
    if (reloading) await reloading; // a worker's store asks the client for the files
    states.clear();
    refreshAll();
  });

  connection.onDidChangeConfiguration((change) => {
    generation++;
    settingsCache.clear();
    states.clear();
    if (!hasConfiguration) {
      const s = (change.settings as Record<string, unknown> | null)?.[CONFIG_SECTION];
      globalSettings = s ?? {};
    }
    refreshAll();
  });

  function refreshAll(): void {
    if (hasPull) {
      // A pull client without refresh support pulls again on its next change.
      if (hasRefresh) void connection.languages.diagnostics.refresh();
    } else for (const d of documents.all()) schedule(d.uri, 0);
  }

  function getSettings(uri: string): Promise<DocSettings> {
    let p = settingsCache.get(uri);
    if (!p) {
      const raw: Promise<unknown> = hasConfiguration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: CONFIG_SECTION }).then(
            (v) => v,
            () => globalSettings,
          )
        : Promise.resolve(globalSettings);
      p = raw.then((value) => toSettings(value));
      settingsCache.set(uri, p);
    }
    return p;
  }

  function toSettings(value: unknown): DocSettings {
    const { lint, problems } = resolveConfig(value ?? {}, clientLocale);
    const debounceMs = readDebounce(value, problems);
    const maxDiagnostics = readMaxDiagnostics(value, problems);
    if (problems.length) {
      const msg = `tadqiq: some settings were ignored — ${problems.join('; ')}`;
      if (!reported.has(msg)) {
        reported.add(msg);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: msg });
      }
    }
    return { lint, debounceMs, maxDiagnostics };
  }

  /** tadqiq.maxDiagnostics (MAX_DIAGNOSTICS); a malformed value joins the other problems in the one message. */
  function readMaxDiagnostics(value: unknown, problems: string[]): number {
    const v = value && typeof value === 'object' ? (value as { maxDiagnostics?: unknown }).maxDiagnostics : undefined;
    if (v === undefined || v === null) return MAX_DIAGNOSTICS.default;
    if (typeof v === 'number' && Number.isInteger(v) && v >= MAX_DIAGNOSTICS.minimum && v <= MAX_DIAGNOSTICS.maximum) return v;
    problems.push(
      `${settingName('maxDiagnostics')}: expected a whole number from ${MAX_DIAGNOSTICS.minimum} to ${MAX_DIAGNOSTICS.maximum}, got ${JSON.stringify(v)?.slice(0, 60)}; using ${MAX_DIAGNOSTICS.default}`,
    );
    return MAX_DIAGNOSTICS.default;
  }

  /** tadqiq.debounce (ms, DEBOUNCE_MS); a malformed value joins the other problems in the one message. */
  function readDebounce(value: unknown, problems: string[]): number {
    const v = value && typeof value === 'object' ? (value as { debounce?: unknown }).debounce : undefined;
    if (v === undefined || v === null) return DEBOUNCE_MS.default;
    if (typeof v === 'number' && Number.isFinite(v) && v >= DEBOUNCE_MS.minimum && v <= DEBOUNCE_MS.maximum) return v;
    problems.push(
      `${settingName('debounce')}: expected a number of milliseconds from ${DEBOUNCE_MS.minimum} to ${DEBOUNCE_MS.maximum}, got ${JSON.stringify(v)?.slice(0, 60)}; using ${DEBOUNCE_MS.default}`,
    );
    return DEBOUNCE_MS.default;
  }

  /**
   * When the editor has been quiet for a while, a full garbage collection gives back to the system the heap a check's
   * peak grew (the live data of a 200 KB draft is ~40 MB; V8 otherwise keeps the peak's pages). Only where node was
   * started with --expose-gc (the VS Code client does: SERVER_EXEC_ARGV); never while typing. Two collections, one
   * after the other: the first frees the garbage, the second moves what is left out of the half-empty pages and gives
   * them back (the core alone with the damaged 200 KB draft after 60 keystrokes, node 20: V8's heap 47 MB after one,
   * 28 MB after two, the same after three; RSS 105 → 85 MB).
   */
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let releaseTimer: ReturnType<typeof setTimeout> | undefined;
  function collectWhenIdle(): void {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (typeof gc !== 'function') return;
    if (idleTimer) clearTimeout(idleTimer);
    if (releaseTimer) clearTimeout(releaseTimer);
    idleTimer = setTimeout(() => {
      gc();
      gc();
    }, IDLE_GC_MS);
    // (later, the memos too: a pause longer than a typist's; their live data is ~8 MB of a damaged 200 KB draft's ~30)
    releaseTimer = setTimeout(() => {
      releaseMemos();
      constants.release();
      chunkConstants = new WeakMap();
      gc();
      gc();
    }, IDLE_RELEASE_MS);
    (idleTimer as { unref?: () => void }).unref?.();
    (releaseTimer as { unref?: () => void }).unref?.();
  }

  async function lintDocument(doc: TextDocument): Promise<LintState> {
    if (states.get(doc.uri)?.version === doc.version) return states.get(doc.uri)!;
    collectWhenIdle();
    const settings = await getSettings(doc.uri);
    const options: LintOptions = { ...settings.lint, format: isMarkdown(doc) ? 'markdown' : 'text' };
    const stored = reviews?.keys(doc.uri) ?? [];
    const keys = Array.isArray(stored) ? stored : await stored;
    if (keys.length) options.reviewed = keys;
    // one incremental checker per document: an edit re-checks the paragraphs it touched (the result equals lintText's)
    const key = JSON.stringify(options);
    let checker = checkers.get(doc.uri);
    if (!checker || checker.key !== key) checkers.set(doc.uri, (checker = { key, linter: new IncrementalLinter(options), lastMs: 0, checks: 0, whole: fullCheck }));
    // (the report of an earlier version let go of before the check: its list holds that version's text, 0.4 MB in the
    // large-object space, which the check lets go of early — core/incremental.ts — so that it dies before a scavenge
    // carries it into the old generation; a newer one is kept: another request's check may have made it meanwhile)
    // (no variable of this function holds it: an async function's frame lives on until it returns)
    if ((states.get(doc.uri)?.version ?? doc.version) < doc.version) states.delete(doc.uri);
    const t0 = now();
    const result = fullCheck ? fullList(doc.getText(), options) : checker.linter.check(doc.getText());
    checker.lastMs = now() - t0;
    checker.checks++;
    const failed = new Set<string>();
    for (const f of result.failures) {
      if (failed.has(f.ruleId)) continue;
      failed.add(f.ruleId);
      connection.console.error(`tadqiq: rule ${f.ruleId} failed: ${f.error}`);
    }
    const state: LintState = {
      version: doc.version,
      findings: result.list,
      options,
      resultId: `${generation}.${++results}`,
      maxDiagnostics: settings.maxDiagnostics,
      focus: lastEdit.get(doc.uri) ?? 0,
    };
    // the diagnostics now (the findings they need made whole are those of the paragraphs just checked, still at hand)
    diagnosticsOf(doc, state);
    state.findings.trim();
    // Only cache the newest version.
    if (documents.get(doc.uri)?.version === doc.version) states.set(doc.uri, state);
    return state;
  }

  function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
    return diagnosticAt(doc, new ArrayFindings([f]), 0);
  }

  /**
   * Per entry of the incremental checker's chunks (core/packed.ts ChunkRecords: the same object while its paragraph's
   * text is unchanged, wherever it moved), its findings' LSP positions relative to the chunk's first line — start line,
   * start character, end line, end character a record, -1 until made: a keystroke's report moves the diagnostics of
   * unchanged paragraphs by their first line instead of converting their offsets again.
   */
  const chunkPositions = new WeakMap<ChunkRecords, Int32Array>();
  /**
   * Per entry of the checker's chunks, the constant part (lsp/encode.ts) of each record's diagnostic once one was sent
   * (null: none can be made), so that a keystroke's report tags the diagnostics of unchanged paragraphs without looking
   * their messages up in `constants` (a lookup by message and two checks of the diagnostic's fields each, ~1,000 at
   * every keystroke of a damaged draft). A record's constant fields are its paragraph's: its message, rule, severity
   * and link are the same while the entry is; the encoder checks a part against its diagnostic's fields before it
   * writes from it. Emptied with `constants` (collectWhenIdle: the parts keep their blocks of bytes).
   */
  let chunkConstants = new WeakMap<ChunkRecords, Array<Constant | null | undefined>>();
  /**
   * The constant parts of the diagnostics sent (lsp/encode.ts: the JSON bytes of their severity, source, rule, message
   * and link) by message: a keystroke's report over stdio is written from them and the numbers that moved.
   */
  const constants = new ConstantCache();

  /**
   * The diagnostic of finding i of a list (its message read without making the whole finding where it is kept); `at`,
   * where the list is a packed list of plain chunks (PackedFindings.plain): its chunk's positions, and the line the chunk
   * starts.
   */
  function diagnosticAt(doc: TextDocument, list: FindingList, i: number, at?: { pos: Int32Array; line: number; rec: number }): Diagnostic {
    const ruleId = list.ruleId(i);
    const start = list.start(i);
    const end = list.end(i);
    let range: Diagnostic['range'];
    if (at) {
      const pos = at.pos;
      const o = at.rec * 4;
      if (pos[o] < 0) {
        const s = doc.positionAt(start);
        const e = doc.positionAt(end);
        pos[o] = s.line - at.line;
        pos[o + 1] = s.character;
        pos[o + 2] = e.line - at.line;
        pos[o + 3] = e.character;
      }
      range = { start: { line: at.line + pos[o], character: pos[o + 1] }, end: { line: at.line + pos[o + 2], character: pos[o + 3] } };
    } else range = { start: doc.positionAt(start), end: doc.positionAt(end) };
    const d: Diagnostic = {
      range,
      severity: SEVERITY[list.severity(i)],
      source: DIAGNOSTIC_SOURCE,
      code: ruleId,
      message: list.message(i),
      data: { ruleId, start, end, version: doc.version },
    };
    // only to clients that declare they understand it (LSP: codeDescriptionSupport)
    const description = hasCodeDescription ? codeDescriptionOf(ruleId) : undefined;
    if (description) d.codeDescription = description;
    return d;
  }

  /**
   * A rule's codeDescription, made once per rule and shared by its diagnostics (ruleDocUrl reads the repository's
   * address with five regular expressions: VS Code declares codeDescriptionSupport, and a keystroke's report made them
   * for each of its 1,000 diagnostics).
   */
  const codeDescriptions = new Map<string, { href: string } | undefined>();
  function codeDescriptionOf(ruleId: string): { href: string } | undefined {
    if (!codeDescriptions.has(ruleId)) {
      const href = ruleDocUrl(ruleId);
      codeDescriptions.set(ruleId, href ? { href } : undefined);
    }
    return codeDescriptions.get(ruleId);
  }

  /** Tag a diagnostic about to be sent with its constant part (lsp/encode.ts). */
  function tag(d: Diagnostic): void {
    const c = constants.of(d);
    if (c) tagDiagnostic(d, c);
  }

  function diagnosticsOf(doc: TextDocument, state: LintState): Diagnostic[] {
    if (state.diagnostics) return state.diagnostics;
    const list = state.findings;
    const sent = capIndices(list, state.maxDiagnostics, state.focus);
    if (sent && !capped.has(doc.uri)) {
      capped.add(doc.uri);
      const n = thousands(state.findings.length);
      const max = thousands(state.maxDiagnostics);
      const message = t(state.options.locale ?? clientLocale, {
        en: `tadqiq: ${n} problems in ${lastSegment(doc.uri)}; the editor is shown ${max} of them (errors first, then those nearest your last edit: setting ${settingName('maxDiagnostics')}). The review report lists them all.`,
        ar: `تدقيق: ${n} مشكلة في ${lastSegment(doc.uri)}؛ يُعرض منها في المحرر ${max} (الأخطاء أولًا ثم الأقرب إلى آخر تعديل: الإعداد ${settingName('maxDiagnostics')}). ويسردها تقرير المراجعة كلها.`,
      });
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
    }
    const out: Diagnostic[] = new Array(sent ? sent.length : list.length);
    const packed = list instanceof PackedFindings && list.plain ? list : null;
    // (the chunk of the finding before, and where its positions are)
    let chunk = -1;
    let at: { pos: Int32Array; line: number; rec: number } | undefined;
    let parts: Array<Constant | null | undefined> | undefined;
    for (let k = 0; k < out.length; k++) {
      const i = sent ? sent[k] : k;
      const c = packed ? packed.where[i] : -1;
      if (c < 0) {
        out[k] = diagnosticAt(doc, list, i);
        tag(out[k]);
        continue;
      }
      const r = packed!.rec[i];
      if (c !== chunk) {
        chunk = c;
        const entry = packed!.chunks[c];
        let pos = chunkPositions.get(entry);
        if (!pos) chunkPositions.set(entry, (pos = new Int32Array((entry.records.length / REC) * 4).fill(-1)));
        parts = chunkConstants.get(entry);
        if (!parts) chunkConstants.set(entry, (parts = new Array(entry.records.length / REC)));
        at = { pos, line: doc.positionAt(packed!.start(i) - entry.records[r * REC]).line, rec: r };
      }
      at!.rec = r;
      const d = (out[k] = diagnosticAt(doc, list, i, at));
      let part = parts![r];
      if (part === undefined) parts![r] = part = constants.of(d);
      if (part) withPart(d, part);
    }
    return (state.diagnostics = markItems(out));
  }

  /**
   * How long a pull waits after a change before checking (lsp/debounce.ts: not when the last check was quicker than
   * the setting, nor after an incremental checker's first check). Push keeps the setting: there a shorter wait would
   * publish the versions in the middle of a burst.
   */
  function debounceFor(uri: string, settings: DocSettings): number {
    return pullWait(checkers.get(uri), settings.debounceMs);
  }

  // ---- push diagnostics (clients without pull support) ----
  function schedule(uri: string, delay?: number): void {
    const old = timers.get(uri);
    if (old) clearTimeout(old);
    const run = async () => {
      timers.delete(uri);
      const doc = documents.get(uri);
      if (!doc) return;
      const version = doc.version;
      const state = await lintDocument(doc);
      const now = documents.get(uri);
      if (!now || now.version !== version) return; // stale: a newer version is on its way
      // (opening a document schedules twice, at once and debounced: one publication per version and result)
      if (published.get(uri) === state.resultId) return;
      published.set(uri, state.resultId);
      void connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(now, state) });
    };
    if (delay === 0) {
      void run();
      return;
    }
    void getSettings(uri).then((s) => {
      const prev = timers.get(uri);
      if (prev) clearTimeout(prev);
      timers.set(uri, setTimeout(() => void run(), delay ?? s.debounceMs));
    });
  }

  documents.onDidOpen((e) => {
    if (!hasPull) schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (!hasPull) schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const timer = timers.get(e.document.uri);
    if (timer) clearTimeout(timer);
    timers.delete(e.document.uri);
    states.delete(e.document.uri);
    checkers.delete(e.document.uri);
    lastEdit.delete(e.document.uri);
    capped.delete(e.document.uri);
    published.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    if (!hasPull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // ---- pull diagnostics ----
  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await getSettings(doc.uri);
    // (the version only: a report held here would live through the check below — lintDocument)
    const cached = states.get(doc.uri)?.version;
    if (cached !== doc.version) {
      // debounce typing bursts: a newer pull cancels this one
      const wait = debounceFor(doc.uri, settings);
      if (wait > 0 && cached !== undefined) {
        await new Promise((r) => setTimeout(r, wait));
        // An empty report here would tell the client the document is clean.
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'tadqiq: diagnostic request cancelled');
      }
    }
    const current = documents.get(doc.uri) ?? doc;
    const state = await lintDocument(current);
    // the client has this very report: say so instead of sending it again
    if (params.previousResultId === state.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: state.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: state.resultId, items: diagnosticsOf(current, state) };
  });

  // ---- code actions ----
  function workspaceEdit(doc: TextDocument, edits: Edit[], fix?: Fix): WorkspaceEdit {
    const snippet = !!fix?.snippet && hasSnippetEdits;
    const lspEdits = edits.map((e) => {
      const range = { start: doc.positionAt(e.start), end: doc.positionAt(e.end) };
      if (fix?.snippet && !snippet) return TextEdit.replace(range, fix.plainText ?? e.newText);
      if (snippet) return { range, snippet: { kind: 'snippet', value: e.newText } } as unknown as TextEdit;
      return TextEdit.replace(range, e.newText);
    });
    if (hasDocumentChanges || snippet) {
      return { documentChanges: [TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(doc.uri, doc.version), lspEdits)] };
    }
    return { changes: { [doc.uri]: lspEdits } };
  }

  /** What a lazily resolved action needs to compute its edit (kept in CodeAction.data). */
  interface LazyAction {
    uri: string;
    version: number;
    scope: 'line' | 'document' | 'all' | 'range';
    ruleId?: string;
    line?: number;
    /** scope 'range' (Repair selection): the selection's offsets. */
    start?: number;
    end?: number;
  }

  function lazyEdit(doc: TextDocument, state: LintState, a: LazyAction): WorkspaceEdit | undefined {
    if (a.scope === 'all') {
      const edit = diffEdit(doc.getText(), fixAll(doc.getText(), state.options).text);
      return edit ? workspaceEdit(doc, [edit]) : undefined;
    }
    if (a.scope === 'range') {
      const edit = repairSelectionEdit(doc.getText(), a.start ?? 0, a.end ?? 0, state.options);
      return edit ? workspaceEdit(doc, [edit]) : undefined;
    }
    const list = state.findings;
    const same: Finding[] = [];
    for (let i = 0; i < list.length; i++)
      if (list.ruleId(i) === a.ruleId && list.autoFix(i) && (a.scope !== 'line' || doc.positionAt(list.start(i)).line === a.line)) same.push(list.finding(i));
    return workspaceEdit(doc, preferredEdits(same));
  }

  /** An action whose edit is filled in now, or on codeAction/resolve when the client supports it. */
  function action(doc: TextDocument, state: LintState, title: string, kind: string, lazy: LazyAction): CodeAction | null {
    if (hasResolve) return { title, kind, data: lazy };
    const edit = lazyEdit(doc, state, lazy);
    return edit ? { title, kind, edit } : null;
  }

  connection.onCodeAction(async (params: CodeActionParams) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const state = await lintDocument(doc);
    const locale = state.options.locale ?? 'en';
    const only = params.context.only;
    const actions: CodeAction[] = [];
    if (!only || only.some((k) => CodeActionKind.QuickFix === k || CodeActionKind.QuickFix.startsWith(k + '.'))) {
      const start = doc.offsetAt(params.range.start);
      const end = doc.offsetAt(params.range.end);
      const hits = findingsWhere(state.findings, (list, i) => list.start(i) <= end && list.end(i) >= start);
      for (const f of hits) {
        const diagnostic = toDiagnostic(doc, f);
        for (const fix of f.fixes) {
          const a: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
          if (fix.edits.length) a.edit = workspaceEdit(doc, fix.edits, fix);
          // the document travels with the command so that the review lands in its folder's file
          if (fix.command) a.command = { title: fix.title, command: fix.command.id, arguments: [...fix.command.args, doc.uri] };
          if (fix.preferred) a.isPreferred = true;
          actions.push(a);
        }
        actions.push(...scopedFixes(doc, state, f, locale));
        const ignore = ignoreAction(doc, f, locale);
        if (ignore) {
          ignore.diagnostics = [diagnostic];
          actions.push(ignore);
        }
      }
    }
    // Fix-all only when asked for (source action menu, codeActionsOnSave): it rewrites the document,
    // and the lightbulb asks for actions on every cursor move.
    if (only && only.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(k + '.'))) {
      let count = 0;
      for (let i = 0; i < state.findings.length; i++) if (state.findings.autoFix(i)) count++;
      if (count > 0) {
        const title = t(locale, { en: `Fix all tadqiq problems (${count})`, ar: `إصلاح كل مشكلات تدقيق (${count})` });
        const a = action(doc, state, title, FIX_ALL_KIND, { uri: doc.uri, version: doc.version, scope: 'all' });
        if (a) actions.push(a);
      }
    }
    // Repair selection: fix-all confined to a non-empty range, when a preferred fix lies wholly inside it.
    if (wantsKind(only, REPAIR_SELECTION_KIND)) {
      const start = doc.offsetAt(params.range.start);
      const end = doc.offsetAt(params.range.end);
      const count = repairableInside(state.findings, start, end);
      if (count > 0) {
        const a = action(doc, state, repairSelectionTitle(count, locale), REPAIR_SELECTION_KIND, { uri: doc.uri, version: doc.version, scope: 'range', start, end });
        if (a) actions.push(a);
      }
    }
    return actions;
  });

  connection.onCodeActionResolve(async (a) => {
    const lazy = a.data as LazyAction | undefined;
    if (!lazy || typeof lazy.uri !== 'string') return a;
    const doc = documents.get(lazy.uri);
    if (!doc || doc.version !== lazy.version) return a; // stale: no edit rather than a wrong one
    const edit = lazyEdit(doc, await lintDocument(doc), lazy);
    if (edit) a.edit = edit;
    return a;
  });

  /**
   * "Ignore on this line" (Markdown: a `tadqiq-disable-next-line <rule>` comment above the finding's line)
   * or "Ignore here" (plain text: a key in .tadqiq/reviewed.json). Never preferred: fix-all never applies it.
   * The two rules that have their own "mark as reviewed" keep only theirs in plain text.
   */
  function ignoreAction(doc: TextDocument, f: Finding, locale: Locale): CodeAction | null {
    const text = doc.getText();
    if (isMarkdown(doc)) {
      const title = t(locale, { en: `Ignore on this line (${f.ruleId})`, ar: `تجاهل في هذا السطر (${f.ruleId})` });
      return { title, kind: CodeActionKind.QuickFix, edit: workspaceEdit(doc, [disableNextLineEdit(text, f.ruleId, f.start)]) };
    }
    if (f.fixes.some((x) => x.command?.id === MARK_REVIEWED)) return null;
    const title = t(locale, { en: `Ignore here (${f.ruleId}; remembered in ${REVIEWED_FILE})`, ar: `تجاهل هنا (${f.ruleId}؛ يُحفظ في ${REVIEWED_FILE})` });
    return { title, kind: CodeActionKind.QuickFix, command: { title, command: MARK_REVIEWED, arguments: [ignoreKey(text, f), doc.uri] } };
  }

  function hasAutoFix(f: Finding): boolean {
    return preferredFix(f) !== undefined;
  }

  /** The findings (whole) at the indices where `at` holds. */
  function findingsWhere(list: FindingList, at: (list: FindingList, i: number) => boolean): Finding[] {
    const out: Finding[] = [];
    for (let i = 0; i < list.length; i++) if (at(list, i)) out.push(list.finding(i));
    return out;
  }

  /** A full check as a list (initializationOptions.fullCheck: the bench's baseline). */
  function fullList(text: string, options: LintOptions): { list: FindingList; failures: LintResult['failures'] } {
    const r = lintText(text, options);
    return { list: new ArrayFindings(r.findings), failures: r.failures };
  }

  /** "Fix all <rule> on this line / in the document", built from the rule's preferred fixes. */
  function scopedFixes(doc: TextDocument, state: LintState, f: Finding, locale: Locale): CodeAction[] {
    if (!hasAutoFix(f)) return [];
    const rule = getRule(f.ruleId);
    const name = rule ? t(locale, rule.title) : f.ruleId;
    const list = state.findings;
    const line = doc.positionAt(f.start).line;
    let same = 0;
    let onLine = 0;
    for (let i = 0; i < list.length; i++)
      if (list.ruleId(i) === f.ruleId && list.autoFix(i)) {
        same++;
        if (doc.positionAt(list.start(i)).line === line) onLine++;
      }
    const out: CodeAction[] = [];
    const base = { uri: doc.uri, version: doc.version, ruleId: f.ruleId };
    if (onLine > 1) {
      const title = t(locale, { en: `${name}: fix all on this line (${onLine})`, ar: `${name}: إصلاح الكل في هذا السطر (${onLine})` });
      const a = action(doc, state, title, CodeActionKind.QuickFix, { ...base, scope: 'line', line });
      if (a) out.push(a);
    }
    if (same > onLine) {
      const title = t(locale, { en: `${name}: fix all in the document (${same})`, ar: `${name}: إصلاح الكل في المستند (${same})` });
      const a = action(doc, state, title, CodeActionKind.QuickFix, { ...base, scope: 'document' });
      if (a) out.push(a);
    }
    return out;
  }

  connection.onExecuteCommand(async (params) => {
    if (params.command === MARK_REVIEWED && reviews) {
      const key = params.arguments?.[0];
      const uri = params.arguments?.[1];
      if (typeof key === 'string') {
        const r = await reviews.add(key, typeof uri === 'string' ? uri : undefined);
        if (r.file) connection.console.log(`tadqiq: marked as reviewed in ${r.file}`);
        if (r.error) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `tadqiq: ${r.error}` });
        states.clear();
        refreshAll();
      }
    }
    return null;
  });

  // ---- hover: the rule, the message and the repair (before → after) of the findings under the cursor ----
  connection.onHover(async (params: HoverParams): Promise<Hover | null> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const state = await lintDocument(doc);
    const at = doc.offsetAt(params.position);
    const text = doc.getText();
    const hits = findingsWhere(state.findings, (list, i) => (list.start(i) <= at && at < list.end(i)) || (list.start(i) === list.end(i) && at === list.start(i)));
    if (!hits.length) return null;
    const locale = state.options.locale ?? 'en';
    const parts = hits.map((f) => hoverPart(text, f, locale));
    const start = Math.min(...hits.map((f) => f.start));
    const end = Math.max(...hits.map((f) => f.end));
    const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
    if (hoverMarkdown) return { contents: { kind: MarkupKind.Markdown, value: parts.map((p) => p.markdown).join('\n\n---\n\n') }, range };
    return { contents: { kind: MarkupKind.PlainText, value: parts.map((p) => p.plain).join('\n\n') }, range };
  });

  // `tadqiq/serverInfo`: which process serves this connection (no pid in a browser worker). The VS Code extension
  // exposes it through its API so that the e2e suite can kill the server and watch the client restart it.
  connection.onRequest(REQUESTS.serverInfo, () => ({ pid: host.pid, version: VERSION }));

  // `tadqiq/report`: the review page of an open draft, for the VS Code extension's webview (the client stays thin).
  connection.onRequest(REQUESTS.report, async (params: unknown) => {
    const p = (params ?? {}) as { uri?: unknown; title?: unknown; nonce?: unknown; cspSource?: unknown };
    if (typeof p.uri !== 'string') throw new ResponseError(LSPErrorCodes.RequestFailed, `${REQUESTS.report}: params.uri must be a string`);
    const doc = documents.get(p.uri);
    if (!doc) throw new ResponseError(LSPErrorCodes.RequestFailed, `${REQUESTS.report}: ${p.uri} is not an open draft that tadqiq checks`);
    const state = await lintDocument(doc);
    const title = typeof p.title === 'string' && p.title ? p.title : lastSegment(p.uri);
    const interactive = typeof p.nonce === 'string' ? { nonce: p.nonce, cspSource: typeof p.cspSource === 'string' ? p.cspSource : undefined } : undefined;
    const html = renderReport(doc.getText(), state.findings.all(), { title, locale: state.options.locale ?? clientLocale, interactive });
    return { html, version: doc.version, findings: state.findings.length };
  });

  // `tadqiq/repairText`: fix-all on a text about to be pasted, with the settings of the document it goes into.
  // (a text with no document yet: the settings of the window, `tadqiq` without a scope)
  const windowOptions = async (): Promise<LintOptions> =>
    toSettings(hasConfiguration ? await connection.workspace.getConfiguration(CONFIG_SECTION).then((v) => v, () => globalSettings) : globalSettings).lint;
  registerRepairRequests(connection, async (uri) => (uri ? (await getSettings(uri)).lint : windowOptions()));
  // `tadqiq/extractPdf`: the text of a PDF for "Open PDF as Arabic draft" (pdf.js loaded on the first PDF only).
  registerPdfRequests(connection, windowOptions);

  documents.listen(connection);
  connection.listen();
}
