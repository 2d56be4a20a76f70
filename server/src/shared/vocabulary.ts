/**
 * The editor vocabulary: every name that the VS Code client, the language server, the CLI, the core's settings
 * schema and the manifest (package.json, written by `npm run gen`) must agree on — command ids, code-action
 * kinds, the languages and schemes tadqiq attaches to, setting names and the defaults that are not generated from
 * the rule registry, the custom requests, the files in a workspace, the version. Written here once; everyone
 * imports it. test/manifest.test.ts fails when package.json and this module disagree.
 *
 * Pure: no Node, no vscode, no LSP package; it imports only the generated ./package.generated (version,
 * extension id, repository, copied from package.json by `npm run gen`). So the core may import it too
 * (ARCHITECTURE.md: "the core imports nothing outside itself and server/src/shared").
 */
export { EXTENSION_ID, REPOSITORY, VERSION } from './package.generated';

/** The product's name as editors show it: the diagnostics' `source`, the language client's id, the server's name. */
export const NAME = 'tadqiq';
/** The name in titles: the settings page's heading, the language client's name (its output channel). */
export const DISPLAY_NAME = 'tadqiq (تدقيق)';
/** The configuration section every setting lives under (`tadqiq.<key>`). */
export const CONFIG_SECTION = 'tadqiq';
/** LSP `Diagnostic.source` of every finding (the status bar counts diagnostics with this source). */
export const DIAGNOSTIC_SOURCE = NAME;

// ---- commands -------------------------------------------------------------------------------------------

/** Every command id. */
export const COMMANDS = {
  fixAll: 'tadqiq.fixAll',
  restartServer: 'tadqiq.restartServer',
  showOutput: 'tadqiq.showOutput',
  showReport: 'tadqiq.showReport',
  openSample: 'tadqiq.openSample',
  /** Fix-all on the selected text only (the client runs the server's repairSelection code action on each selection). */
  repairSelection: 'tadqiq.repairSelection',
  /** Open a PDF (a file of the workspace, the explorer's context menu, or picked) as a new untitled Arabic draft. */
  openPdf: 'tadqiq.openPdf',
  /** The server's command (LSP `workspace/executeCommand`): stores a review key ("mark as reviewed", "ignore here") in .tadqiq/reviewed.json. */
  markReviewed: 'tadqiq.markReviewed',
} as const;
export type CommandKey = keyof typeof COMMANDS;

/**
 * The commands of the command palette, in package.json order (`contributes.commands`, written by `npm run gen`):
 * category `tadqiq`, title `%command.<key>%` from package.nls*.json.
 */
export const CONTRIBUTED_COMMANDS: readonly CommandKey[] = ['fixAll', 'repairSelection', 'openPdf', 'restartServer', 'showOutput', 'showReport', 'openSample'];
/** The commands the language server executes (its `executeCommandProvider`); not in the palette. */
export const SERVER_COMMANDS: readonly string[] = [COMMANDS.markReviewed];

/**
 * The node flags the desktop client starts the language server with (client/src/extension.ts; `npm run bench` runs
 * a server with them beside one without). Issue 13, 23 runs of scripts/bench-lsp.mjs side by side on 2026-12-06
 * (BENCH_LSP_VARIANTS; RSS at rest, 3.5 s after the last keystroke, 200 KB drafts):
 * - `--max-semi-space-size=4` (was 1: a young generation of 1 MB semi-spaces instead of up to 16 MB, 7-14 MB less
 *   with the clean draft, for a few per cent more CPU per keystroke, measured at 3.5 s of rest before the server
 *   released its memos): a damaged keystroke allocates ~3 MB, so 1 MB semi-spaces made 3.2 scavenges per keystroke that
 *   promoted the check's temporaries and hastened the next mark-compact. Issue 13, session 14, bench-lsp damaged draft,
 *   twelve runs side by side under load 13-19 (scripts/lsp-timeline.cjs): scavenges 3.0-3.3 -> 0.85-1.1 per keystroke,
 *   CPU per keystroke -1.7 to -8.7 ms (median -3.6, of 46-54), the main thread's -1.6 to -6 ms (of 19-24), p95
 *   0.67-1.12x (median ~0.85); the cost: RSS at rest (11.5 s) paired -2 to +8 MB (median +2; 76-87 against 75-84: the
 *   idle collections leave the new space at its size), peak +5-10 MB; the clean draft, one run: CPU -1.7 ms, RSS at
 *   rest 65 against 64 MB. 2 MB was between the two (three runs); 8 MB no better than 4 (the core alone);
 * - `--v8-pool-size=1`: V8's background threads cut from node's 4 to 1 (fewer thread stacks and malloc arenas; the
 *   concurrent GC's work done by one thread): clean 99-106 -> 80-89 MB, CPU per keystroke within +-3 % 2 tried again in
 *   session 16 (keystroke12: the optimising compiler's queue from the open lasts ~120 damaged keystrokes with one
 *   thread): the core alone's main thread ~1 ms less per keystroke, but through the server (bench-lsp, five
 *   comparisons on 2 shared cores) the open slower 5/5, wall p95 worse 4/5, the process's CPU as much or more
 *   (docs/speed.md, session 16);
 * - `--heap-growing-percent=75`: the old generation may grow to 1.75x its live size before a full collection, where
 *   V8 picks a factor of up to 4x (the damaged draft's garbage piles up in the old generation while typing): with the
 *   two above and SERVER_ENV, three runs side by side, RSS after 60 keystrokes clean 99-101 -> 81-82 MB, damaged
 *   170-175 -> 127-128 MB, CPU per keystroke +5 % clean (0.8 ms), +1 % damaged; 100: 86-87 and 134-136 MB, +3 % and
 *   -2 %; 50: 79-80 and 119-121 MB but +7 % and +15 % (+4 % in four earlier runs); 35 and 20 more CPU still;
 *   all adopted against the flags before (`--max-semi-space-size=1 --expose-gc`), six runs: RSS after the keystrokes
 *   clean 112-119 -> 80-83 MB, damaged 176-211 -> 126-129 MB; CPU per keystroke -0.7 % clean, +7.2 % damaged (docs/speed.md);
 * - `--no-allocation-site-pretenuring` (issue 13, session 15): V8 no longer allocates the objects of an allocation site
 *   straight into the old generation once most of them survived. The first check of a draft makes the long-lived
 *   objects (memos, the chunks' entries) at the same sites where each keystroke makes its temporaries, so V8 marked
 *   those sites "tenure" and every keystroke's temporaries went to the old generation as garbage for the mark-compacts
 *   (and held young objects alive through the remembered set, which the scavenges then promoted). The damaged 200 KB
 *   draft, the core alone (scripts/keystroke-oldgen.mjs, with the flags above): old space grown per keystroke median
 *   300 -> 9 KB; 300 keystrokes (--trace-gc-nvp, two runs each): mark-compacts 6, 6 -> 3, 3, promoted by the
 *   scavenges 365-367 -> 219-224 KB per keystroke, CPU per keystroke within noise (16.3, 18.9 -> 16.2, 14.2 ms), the
 *   first check of the draft the same CPU (1.75-1.95 s either way, three runs each). bench-lsp beside the build before,
 *   load 18-23 (with the server's text let go of earlier, lsp/server.ts lintDocument): full collections while typing
 *   (not the forced idle ones) 1 against 5 in 100 keystrokes; CPU per keystroke lower in 6 of 6 paired runs (median
 *   -2.3 ms of 26-40); RSS at rest paired median 0 MB (77-81 against 75-84), peak 97-104 against 100-118 MB;
 * - `--expose-gc`: the server collects its garbage after 2 s without a check (lsp/server.ts collectWhenIdle).
 * Tried and dropped: `--single-threaded` (slower, and no smaller in the server), and, one run each,
 * `--optimize-for-size` (~17 % less RSS for 13-41 % more CPU per keystroke), `--lite-mode` (36-44 % less RSS for
 * 44-53 % more CPU), `--single-threaded-gc`, `--max-semi-space-size=2`, `--gc-memory-reducer-start-delay-ms=1000` (no
 * smaller); `--max-old-space-size` is a hard cap (several large drafts open would crash the server). One array
 * literal: the bench reads it from this file.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4', '--v8-pool-size=1', '--heap-growing-percent=75', '--no-allocation-site-pretenuring', '--expose-gc'];
/**
 * The environment variables the desktop client adds to the language server's (the client's own are kept): glibc's
 * malloc keeps at most 2 arenas instead of 8 per core, each thread's freed memory no longer held in an arena of its
 * own (ignored where the C library is not glibc). With `--v8-pool-size=1`, six runs side by side: the clean 200 KB
 * draft open, 74-86 MB at rest against 80-89 without it; CPU per keystroke the same within the noise.
 * MALLOC_MMAP_THRESHOLD_: a block of 64 KB or more is mapped on its own and given back when freed, and the threshold no
 * longer rises (glibc raises it to the largest block freed, up to 32 MB, and from then on keeps such blocks in its heap,
 * whose freed holes it does not give back: on the damaged 200 KB draft at rest, 20.4 MB of the main arena held for
 * 7.9 MB in use, malloc_stats through an LD_PRELOAD shim; malloc_trim would give back 11 MB). bench-lsp, damaged draft,
 * six runs side by side under load 7-9: RSS at rest (11.5 s) 79-82 -> 74-77 MB (paired −3 to −7), CPU per keystroke
 * +0.1 to +1.7 ms (+2 %, every pair higher); clean draft 66-69 -> 65-66 MB, +0.2 to +0.7 ms. 32 KB gave 2-5 MB more
 * but +7.5 ms per keystroke; 128-256 KB less, and not in every run. One object literal of strings: the bench reads it
 * from this file.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '65536' };
/** The category of the contributed commands in the palette. */
export const COMMAND_CATEGORY = NAME;

// ---- code actions ---------------------------------------------------------------------------------------

/**
 * The code-action kinds the server offers: quick fixes, fix-all (`editor.codeActionsOnSave`: `source.fixAll.tadqiq`),
 * and "Repair selection" (fix-all confined to the selected range, offered when the range is not empty and a
 * preferred fix lies wholly inside it; VS Code lists it in the quick-fix and refactor menus, under "Rewrite").
 */
export const CODE_ACTION_KINDS = {
  quickFix: 'quickfix',
  fixAll: 'source.fixAll.tadqiq',
  repairSelection: 'refactor.rewrite.tadqiq.repairSelection',
} as const;
export const FIX_ALL_KIND = CODE_ACTION_KINDS.fixAll;
export const REPAIR_SELECTION_KIND = CODE_ACTION_KINDS.repairSelection;

// ---- paste ----------------------------------------------------------------------------------------------

/**
 * The kind of the "Paste as repaired Arabic" paste edit (VS Code's DocumentPasteEditProvider, `editor.pasteAs`
 * `{ kind }`, `editor.pasteAs.preferences`): a kind of text paste.
 */
export const PASTE_EDIT_KIND = 'text.tadqiq.repairedArabic';
/** The mime type the paste provider reads. */
export const PASTE_MIME_TYPE = 'text/plain';

// ---- documents ------------------------------------------------------------------------------------------

/** The language of `*.ar.txt` and `*.ar.md` (package.json `contributes.languages`, with its grammar). */
export const ARABIC_DRAFT_LANGUAGE = 'arabic-draft';
/** The languages checked by default (`tadqiq.languages`); the extension activates on each (`onLanguage:`). */
export const DEFAULT_LANGUAGES: readonly string[] = ['plaintext', 'markdown', ARABIC_DRAFT_LANGUAGE];

/** The URI schemes of the documents the desktop client hands to the server: files on disk and untitled drafts. */
export const DOCUMENT_SCHEMES: readonly string[] = ['file', 'untitled'];
/**
 * In VS Code for the Web the drafts live elsewhere: github.dev and vscode.dev's remote repositories (`vscode-vfs`),
 * a remote or code-server workspace seen from the browser (`vscode-remote`), the test host (`vscode-test-web`).
 */
export const WEB_DOCUMENT_SCHEMES: readonly string[] = [...DOCUMENT_SCHEMES, 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

/** The client's document selector: every language in `languages` under every scheme in `schemes`. */
export function documentSelector(languages: readonly string[], schemes: readonly string[] = DOCUMENT_SCHEMES): Array<{ scheme: string; language: string }> {
  return languages.flatMap((language) => schemes.map((scheme) => ({ scheme, language })));
}

// ---- settings (the ones not generated from the rule registry) ------------------------------------------

/** Setting keys under CONFIG_SECTION. */
export const SETTING_KEYS = {
  enable: 'enable',
  languages: 'languages',
  messageLanguage: 'messageLanguage',
  debounce: 'debounce',
  maxDiagnostics: 'maxDiagnostics',
  traceServer: 'trace.server',
  rules: 'rules',
  pasteRepairByDefault: 'paste.repairByDefault',
} as const;
export type SettingKey = keyof typeof SETTING_KEYS;

/** The full name of a setting: `tadqiq.<key>`. */
export function settingName(key: SettingKey): string {
  return `${CONFIG_SECTION}.${SETTING_KEYS[key]}`;
}

export const MESSAGE_LANGUAGES = ['auto', 'ar', 'en'] as const;
export const TRACE_LEVELS = ['off', 'messages', 'verbose'] as const;
/** `tadqiq.debounce`: milliseconds after typing stops before checking again. */
export const DEBOUNCE_MS = { default: 150, minimum: 0, maximum: 5000 } as const;
/**
 * `tadqiq.maxDiagnostics`: the most diagnostics the server sends for one document (0: all). VS Code shows at most
 * 1,000 per file anyway (its extension host drops the rest); sending 13,000 on every keystroke costs the report's
 * JSON, not what the user sees. The CLI is not capped.
 */
export const MAX_DIAGNOSTICS = { default: 1000, minimum: 0, maximum: 1_000_000 } as const;

/** The defaults of the settings that are not generated from the rule registry. */
export const SETTING_DEFAULTS = {
  enable: true,
  languages: DEFAULT_LANGUAGES,
  messageLanguage: 'auto' as (typeof MESSAGE_LANGUAGES)[number],
  debounce: DEBOUNCE_MS.default,
  maxDiagnostics: MAX_DIAGNOSTICS.default,
  traceServer: 'off' as (typeof TRACE_LEVELS)[number],
  rules: {} as Record<string, string>,
  pasteRepairByDefault: false,
} as const;

// ---- custom requests ------------------------------------------------------------------------------------

/**
 * The server's custom requests.
 * - `tadqiq/serverInfo` → `{ pid, version }`: which process serves the connection (pid undefined in a browser worker).
 * - `tadqiq/report` (`{ uri, title?, nonce?, cspSource? }` → `{ html, version, findings }`): the review page of an open draft.
 */
export const REQUESTS = {
  serverInfo: 'tadqiq/serverInfo',
  report: 'tadqiq/report',
  repairText: 'tadqiq/repairText',
  extractPdf: 'tadqiq/extractPdf',
} as const;

/** `tadqiq/repairText`: fix-all on a text that is not a document (what the paste provider is about to insert). */
export interface RepairTextParams {
  text: string;
  /** The document the text goes into: its settings apply, and Markdown code is left alone in a Markdown one. */
  uri?: string;
  languageId?: string;
}
export interface RepairTextResult {
  /** The repaired text (the text itself when nothing changed). */
  text: string;
  changed: boolean;
  /** How many fixes fix-all applied. */
  applied: number;
}

/** `tadqiq/extractPdf`: the text of a PDF whose bytes the client read (base64: JSON carries no bytes). */
export interface ExtractPdfParams {
  data: string;
  /** The file's name, for messages. */
  name?: string;
}
export interface ExtractPdfResult {
  text: string;
  pages: number;
  warnings: string[];
}
/** The PDFs the server cannot read: the `data.kind` of the request's error. */
export const PDF_ERROR_KINDS = ['encrypted', 'image-only', 'broken', 'not-pdf'] as const;
export type PdfErrorKind = (typeof PDF_ERROR_KINDS)[number];
/** The largest PDF the client sends to the server (bytes). */
export const MAX_PDF_BYTES = 64 * 1024 * 1024;

/**
 * The requests a server in a browser worker sends to the VS Code client, which has the file system
 * (`vscode.workspace.fs`) that the worker has not. Only the reviewed file of a workspace folder is ever read or
 * written, and the client checks that `folder` is one of its workspace folders; the extension's own pdf.js bundle
 * is the one other file read.
 * - `tadqiq/reviewed/read` (`{ folder }` → `{ text? , error? }`; neither: no file yet)
 * - `tadqiq/reviewed/write` (`{ folder, text }` → `{ file?, error? }`)
 */
export const CLIENT_REQUESTS = {
  readReviewed: 'tadqiq/reviewed/read',
  writeReviewed: 'tadqiq/reviewed/write',
  /**
   * `tadqiq/pdfjs/url` (`{}` → `{ url?, error? }`): where the worker loads pdf.js from (dist/pdf/pdfjs.js) when its own
   * location cannot say (a worker started from a blob: URL, as for an extension installed on a remote): the client
   * answers the file's https URL, or a blob: URL of its bytes read through `vscode.workspace.fs`.
   */
  pdfjsUrl: 'tadqiq/pdfjs/url',
} as const;

// ---- workspace files and UI ids -------------------------------------------------------------------------

/** The settings file of the CLI (found upward from the working folder). */
export const CONFIG_FILE = '.tadqiq.json';
/** The reviews folder and file at a workspace root (posix separators; shared through version control). */
export const REVIEWED_DIR = '.tadqiq';
export const REVIEWED_FILE = `${REVIEWED_DIR}/reviewed.json`;
/** The glob the server asks the client to watch for REVIEWED_FILE. */
export const REVIEWED_GLOB = `**/${REVIEWED_FILE}`;

// ---- the manifest ---------------------------------------------------------------------------------------

/** The `when` clause of the explorer's "Open PDF as Arabic draft". */
export const PDF_WHEN = 'resourceExtname == .pdf';

/**
 * What package.json contributes from this module (`npm run gen` writes it; test/manifest.test.ts compares):
 * the palette's commands, the menus (Open PDF on a `.pdf` in the explorer; Repair selection in the editor's
 * context menu when there is a selection) and the activation events (one `onLanguage:` per default language).
 */
export function manifestContributions(): {
  commands: Array<{ command: string; title: string; category: string }>;
  menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
  activationEvents: string[];
} {
  return {
    commands: CONTRIBUTED_COMMANDS.map((key) => ({ command: COMMANDS[key], title: `%command.${key}%`, category: COMMAND_CATEGORY })),
    menus: {
      'explorer/context': [{ command: COMMANDS.openPdf, when: PDF_WHEN, group: 'navigation@90' }],
      'editor/context': [{ command: COMMANDS.repairSelection, when: 'editorHasSelection && !editorReadonly', group: '1_modification@90' }],
    },
    activationEvents: DEFAULT_LANGUAGES.map((l) => `onLanguage:${l}`),
  };
}

/** The status bar item's id, and the report webview's view type. */
export const STATUS_BAR_ID = 'tadqiq.status';
export const REPORT_VIEW_TYPE = 'tadqiq.report';
