/**
 * "tadqiq: Open PDF as Arabic draft" (palette, and the explorer's context menu on a `.pdf`): reads the PDF's bytes
 * through `vscode.workspace.fs` (so it works in VS Code for the Web too), sends them to the server
 * (`tadqiq/extractPdf`, which loads the extractor on first use), and opens the text as a new untitled `arabic-draft`
 * document, whose findings appear as usual. One clear message for a PDF the server cannot read (encrypted, scanned
 * images only, broken, not a PDF). A progress notification, which can cancel the request, only for a long file: one
 * still being read after a second, or of many pages (`LateProgress`); a cancelled extraction opens nothing.
 */
import * as vscode from 'vscode';
import { WorkDoneProgress, type BaseLanguageClient } from 'vscode-languageclient';
import { LateProgress } from './lateProgress';
import {
  ARABIC_DRAFT_LANGUAGE,
  COMMANDS,
  MAX_PDF_BYTES,
  REQUESTS,
  type ExtractPdfParams,
  type ExtractPdfResult,
  type PdfErrorKind,
} from '../../server/src/shared/vocabulary';

type GetClient = () => BaseLanguageClient | undefined;

/** The notification shows when the extraction is still running after this long, or at once for this many pages. */
const NOTIFY_AFTER_MS = 1000;
const NOTIFY_PAGES = 10;

const arabicUi = () => vscode.env.language.toLowerCase().startsWith('ar');

/** The message for a PDF the server could not read, by the kind of its error. */
export function pdfErrorMessage(kind: PdfErrorKind | undefined, name: string, detail: string): string {
  const ar = arabicUi();
  switch (kind) {
    case 'encrypted':
      return ar ? `تدقيق: الملف ${name} محميّ بكلمة مرور أو مشفّر؛ افتحه في قارئ PDF واحفظ نسخة غير محمية.` : `tadqiq: ${name} is encrypted or password-protected; save an unprotected copy from a PDF reader and open that.`;
    case 'image-only':
      return ar ? `تدقيق: الملف ${name} صور ممسوحة بلا نص؛ يلزمه تعرّف ضوئي على الحروف (OCR) أولًا.` : `tadqiq: ${name} holds scanned images and no text; it needs OCR first.`;
    case 'not-pdf':
      return ar ? `تدقيق: الملف ${name} ليس ملف PDF.` : `tadqiq: ${name} is not a PDF.`;
    case 'broken':
      return ar ? `تدقيق: تعذّرت قراءة الملف ${name}: ملف PDF تالف (${detail}).` : `tadqiq: ${name} could not be read: the PDF is broken (${detail}).`;
    default:
      return ar ? `تدقيق: تعذّر استخراج النص من ${name}: ${detail}` : `tadqiq: the text of ${name} could not be extracted: ${detail}`;
  }
}

/** Bytes as base64 (JSON carries no bytes); in slices, as String.fromCharCode takes a bounded number of arguments. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fileName(uri: vscode.Uri): string {
  return decodeURIComponent(uri.path.replace(/^.*\//, '')) || uri.toString();
}

/** The kind of a PDF error from the server's ResponseError (`data.kind`). */
function errorKind(e: unknown): PdfErrorKind | undefined {
  const data = (e as { data?: { kind?: unknown } } | undefined)?.data;
  return typeof data?.kind === 'string' ? (data.kind as PdfErrorKind) : undefined;
}

/** Opens `uri` (or a PDF the user picks) as an untitled Arabic draft; resolves to its editor, or undefined. */
export async function openPdf(getClient: GetClient, log: (m: string) => void, uri?: unknown): Promise<vscode.TextEditor | undefined> {
  let target = uri instanceof vscode.Uri ? uri : undefined;
  if (!target) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { PDF: ['pdf'] }, openLabel: arabicUi() ? 'فتح مسودةً عربية' : 'Open as Arabic draft' });
    target = picked?.[0];
    if (!target) return undefined;
  }
  const name = fileName(target);
  const client = getClient();
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(arabicUi() ? 'تدقيق: خادم اللغة لا يعمل (tadqiq.enable؟)' : 'tadqiq: the language server is not running (is tadqiq.enable off?)');
    return undefined;
  }
  const title = arabicUi() ? `تدقيق: استخراج النص من ${name}` : `tadqiq: extracting the text of ${name}`;
  let result: ExtractPdfResult;
  const cancel = new vscode.CancellationTokenSource();
  const late = new LateProgress((attach) => {
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
      token.onCancellationRequested(() => cancel.cancel());
      attach((step) => progress.report(step));
      return work.then(
        () => undefined,
        () => undefined,
      );
    });
  }, NOTIFY_AFTER_MS);
  const work = (async () => {
    const bytes = await vscode.workspace.fs.readFile(target!);
    if (bytes.length > MAX_PDF_BYTES) throw Object.assign(new Error(`${Math.round(bytes.length / 1048576)} MB, more than ${MAX_PDF_BYTES / 1048576} MB`), { data: { kind: 'too-large' } });
    late.report({ message: `${Math.max(1, Math.round(bytes.length / 1024))} kB` });
    // the server reports the pages it has read as work-done progress on this token
    const workDoneToken = `tadqiq-pdf-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const pages = client.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
      if (v.kind !== 'report' || typeof v.percentage !== 'number') return;
      late.report({ message: arabicUi() ? `الصفحات ${v.message ?? ''}` : `pages ${v.message ?? ''}`, percent: v.percentage });
      const total = Number(/\/(\d+)$/.exec(v.message ?? '')?.[1]);
      if (total >= NOTIFY_PAGES) late.long();
    });
    try {
      const params: ExtractPdfParams & { workDoneToken: string } = { data: toBase64(bytes), name, workDoneToken };
      return await client.sendRequest<ExtractPdfResult>(REQUESTS.extractPdf, params, cancel.token);
    } finally {
      pages.dispose();
    }
  })();
  try {
    result = await work;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    log(`tadqiq: ${name}: ${cancel.token.isCancellationRequested ? 'cancelled' : detail}`);
    if (!cancel.token.isCancellationRequested) void vscode.window.showErrorMessage(pdfErrorMessage(errorKind(e), name, detail));
    return undefined;
  } finally {
    late.end();
    cancel.dispose();
  }
  if (typeof result?.text !== 'string') return undefined;
  for (const w of result.warnings ?? []) log(`tadqiq: ${name}: ${w}`);
  const doc = await vscode.workspace.openTextDocument({ language: ARABIC_DRAFT_LANGUAGE, content: result.text });
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function registerOpenPdf(context: vscode.ExtensionContext, getClient: GetClient, log: (m: string) => void): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.openPdf, (uri?: unknown) => openPdf(getClient, log, uri)));
}
