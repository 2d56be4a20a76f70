/**
 * `tadqiq/extractPdf`: the text of a PDF whose bytes the client read (VS Code's "Open PDF as Arabic draft"). Runs the
 * extractor (server/src/pdf/extract.ts), which loads pdf.js on the first PDF only (dist/pdf/pdfjs.js, never at
 * start-up), with the user's settings for its fix-all. Reports pages read as work-done progress on the request's
 * `workDoneToken`; a PDF it cannot read gets a ResponseError whose `data.kind` is the PdfError's kind (encrypted,
 * image-only, broken, not-pdf). Honours the request's cancellation between pages (RequestCancelled). Imports no Node
 * module (it runs in the browser worker too).
 */
import { Connection, LSPErrorCodes, ResponseError, WorkDoneProgress, type CancellationToken, type ProgressToken } from 'vscode-languageserver';
import { ExtractCancelled, extractPdf, PdfError } from '../pdf/extract';
import type { LintOptions } from '../core/types';
import { MAX_PDF_BYTES, REQUESTS, type ExtractPdfParams, type ExtractPdfResult, type PdfErrorKind } from '../shared/vocabulary';

/** base64 → bytes (atob: in Node 16+ and every browser and worker). Throws on malformed input. */
export function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function failure(kind: PdfErrorKind, message: string): ResponseError<{ kind: PdfErrorKind }> {
  return new ResponseError(LSPErrorCodes.RequestFailed, message, { kind });
}

export async function extractPdfRequest(
  connection: Pick<Connection, 'sendProgress'>,
  params: unknown,
  options: LintOptions,
  cancel?: Pick<CancellationToken, 'isCancellationRequested'>,
): Promise<ExtractPdfResult> {
  const p = (params ?? {}) as Partial<ExtractPdfParams> & { workDoneToken?: ProgressToken };
  if (typeof p.data !== 'string') throw new ResponseError(LSPErrorCodes.RequestFailed, `${REQUESTS.extractPdf}: params.data must be the PDF's bytes in base64`);
  if (p.data.length > Math.ceil(MAX_PDF_BYTES / 3) * 4 + 4) throw failure('broken', `the file is larger than ${MAX_PDF_BYTES / 1048576} MB`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(p.data);
  } catch {
    throw new ResponseError(LSPErrorCodes.RequestFailed, `${REQUESTS.extractPdf}: params.data is not base64`);
  }
  const token = typeof p.workDoneToken === 'string' || typeof p.workDoneToken === 'number' ? p.workDoneToken : undefined;
  if (token !== undefined) void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'begin', title: 'tadqiq: extract', percentage: 0 });
  try {
    const result = await extractPdf(bytes, {
      lint: { ...options, format: 'text', reviewed: undefined },
      isCancelled: cancel ? () => cancel.isCancellationRequested : undefined,
      onProgress: (page, pages) => {
        if (token !== undefined) void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'report', message: `${page}/${pages}`, percentage: Math.round((100 * page) / Math.max(1, pages)) });
      },
    });
    return { text: result.text, pages: result.pages, warnings: result.warnings };
  } catch (e) {
    if (e instanceof ExtractCancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${REQUESTS.extractPdf}: cancelled`);
    if (e instanceof PdfError) throw failure(e.kind, e.message);
    throw failure('broken', e instanceof Error ? e.message : String(e));
  } finally {
    if (token !== undefined) void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'end' });
  }
}

/** Registers `tadqiq/extractPdf`; `optionsFor()` gives the settings its fix-all runs with. */
export function registerPdfRequests(connection: Connection, optionsFor: () => Promise<LintOptions>): void {
  connection.onRequest(REQUESTS.extractPdf, async (params: unknown, token: CancellationToken) => extractPdfRequest(connection, params, await optionsFor(), token));
}
