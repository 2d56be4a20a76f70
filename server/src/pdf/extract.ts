/**
 * `extractPdf`: the bytes of a PDF in, its text out as clean Arabic — lines rebuilt from glyph positions in reading
 * order (`layout.ts`), presentation forms as letters and kashida dropped (`normalize.ts`), then (unless
 * `repair: false`) the core's fix-all, the repairs of `tadqiq fix`. No Node built-ins: it runs in Node, in the
 * extension host and in a Web Worker. pdf.js is loaded on the first call (`pdfjs.ts`; in the bundles, the separate
 * file dist/pdf/pdfjs.js). Rejects only with a `PdfError`, or an `ExtractCancelled` when `isCancelled` said so.
 */
import { fixAll } from '../core/engine';
import type { LintOptions } from '../core/types';
import { joinSplitWords } from './join';
import { unreverseLamAlef } from './lamAlef';
import { layoutPage, writesNoSpaces, type LayoutOptions, type TextRun } from './layout';
import { alefBases, dropKashida, dropKashidaCodes, kashidaCodes, normalizeRun, unmappedAlefParts } from './normalize';
import { loadPdfjs, type Pdfjs } from './pdfjs';

export interface ExtractOptions {
  /** Pages to read, 1-based and inclusive (clamped to the document); default all. */
  pages?: { from: number; to: number };
  /** Apply fix-all to the text (default true). */
  repair?: boolean;
  /** Lint options for the repair (rules, locale…); default the rules' defaults. */
  lint?: LintOptions;
  /** Called after each page read: (pages read so far, pages to read). */
  onProgress?: (page: number, pages: number) => void;
  /** Asked before each page (after a turn of the event loop, so that a cancellation can arrive): true stops the
   *  extraction with an `ExtractCancelled`. */
  isCancelled?: () => boolean;
  /** Tuning of the layout (tests, measurements). */
  layout?: LayoutOptions;
}

export interface ExtractResult {
  /** The text: paragraphs separated by a blank line, pages too; ends with a newline when not empty. */
  text: string;
  /** Pages read. */
  pages: number;
  /** Pages in the document. */
  totalPages: number;
  /** Things the user should know (a page without text, fonts without a Unicode map…), in English. */
  warnings: string[];
}

export type PdfErrorKind = 'encrypted' | 'image-only' | 'broken' | 'not-pdf';

const MESSAGES: Record<PdfErrorKind, string> = {
  encrypted: 'the PDF is encrypted (password-protected); open it with its password and save an unprotected copy',
  'image-only': 'the PDF has no text layer (scanned pages or images only); it needs OCR first',
  broken: 'the PDF is damaged and could not be read',
  'not-pdf': 'not a PDF file',
};

export class PdfError extends Error {
  constructor(
    readonly kind: PdfErrorKind,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[kind]} (${detail})` : MESSAGES[kind]);
    this.name = 'PdfError';
  }
}

/** The extraction was stopped by `isCancelled` (the LSP request was cancelled). */
export class ExtractCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ExtractCancelled';
  }
}

/** Replaces how pdf.js is loaded (a host that serves dist/pdf/pdfjs.js its own way, e.g. a Web Worker). */
let loader: () => Promise<Pdfjs> = loadPdfjs;
export function setPdfjsLoader(load: () => Promise<Pdfjs>): void {
  loader = load;
}

function looksLikePdf(data: Uint8Array): boolean {
  // "%PDF-" within the first KB (some producers write junk before it, and readers accept it)
  const n = Math.min(data.length - 5, 1024);
  for (let i = 0; i <= n; i++) {
    if (data[i] === 0x25 && data[i + 1] === 0x50 && data[i + 2] === 0x44 && data[i + 3] === 0x46 && data[i + 4] === 0x2d) return true;
  }
  return false;
}

interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
}

/** A page's text runs, normalised (presentation forms, kashida). */
export function runsOf(items: ReadonlyArray<unknown>, lost = { glyphs: 0 }): TextRun[] {
  const runs: TextRun[] = [];
  const valid = (items as PdfjsTextItem[]).filter((it) => typeof it?.str === 'string' && Array.isArray(it.transform));
  const sizeOf = (it: PdfjsTextItem) => Math.hypot(it.transform[2], it.transform[3]) || it.height || 10;
  const strs = unmappedAlefParts(
    valid.map((it) => ({ str: it.str, x: it.transform[4], width: it.width, size: sizeOf(it) })),
    alefBases(valid.map((it) => ({ str: it.str, width: it.width, fontName: it.fontName, size: sizeOf(it) }))),
  );
  const codes = kashidaCodes(valid.map((it, i) => ({ str: strs[i], fontName: it.fontName })));
  const spaceless = writesNoSpaces(valid);
  for (let i = 0; i < valid.length; i++) {
    const it = valid[i];
    if (typeof it?.str !== 'string' || !Array.isArray(it.transform)) continue;
    const [, , c, d, e, f] = it.transform;
    const size = Math.hypot(c, d) || it.height || 10;
    // a glyph without a Unicode value comes out as U+0000 (or another C0 control): nothing to keep
    const clean = strs[i].replace(/[\u0000-\u0008\u000B-\u001F\u007F\uFFFD]/g, '');
    lost.glyphs += strs[i].length - clean.length;
    const str = dropKashida(normalizeRun(dropKashidaCodes(clean, codes.get(it.fontName ?? ''))));
    if (str === '') {
      // on a page written without spaces (where a gap is a space), a glyph with no Unicode value (LuaLaTeX's Noto
      // Naskh draws a connection between ل and ك so) gives its box to the run drawn just before it when the two
      // touch on one baseline, so that it leaves no gap to read as a space
      const prev = runs[runs.length - 1];
      if (spaceless && clean === '' && it.width > 0 && prev && prev.seq === i - 1 && Math.abs(prev.y - f) < 0.1 * size) {
        const touch = Math.abs(prev.x - (e + it.width)) < 0.05 * size || Math.abs(e - (prev.x + prev.width)) < 0.05 * size;
        if (touch) {
          const left = Math.min(prev.x, e);
          prev.width = Math.max(prev.x + prev.width, e + it.width) - left;
          prev.x = left;
          prev.seq = i;
        }
      }
      continue;
    }
    runs.push({ str, x: e, y: f, width: it.width, size, seq: i });
  }
  return runs;
}

export async function extractPdf(data: Uint8Array, options: ExtractOptions = {}): Promise<ExtractResult> {
  if (!looksLikePdf(data)) throw new PdfError('not-pdf');
  let pdfjs: Pdfjs;
  try {
    pdfjs = await loader();
  } catch (e) {
    throw new PdfError('broken', `pdf.js could not be loaded: ${(e as Error)?.message ?? e}`);
  }
  const warnings: string[] = [];
  let doc: Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
  const task = pdfjs.getDocument({
    data: data.slice(),
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
  });
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === 'PasswordException') throw new PdfError('encrypted');
    throw new PdfError('broken', (e as Error)?.message);
  }
  try {
    const total = doc.numPages;
    const from = Math.max(1, Math.floor(options.pages?.from ?? 1));
    const to = Math.min(total, Math.floor(options.pages?.to ?? total));
    if (from > to) {
      // a range past the end: nothing read, said in a warning (the CLI makes it a usage error)
      warnings.push(`no pages in ${options.pages ? `${options.pages.from}-${options.pages.to}` : 'the document'}: the PDF has ${total} page${total === 1 ? '' : 's'}`);
      return { text: '', pages: 0, totalPages: total, warnings };
    }
    const count = to - from + 1;
    const pageTexts: string[] = [];
    let chars = 0;
    let emptyPages = 0;
    const lost = { glyphs: 0 };
    for (let p = from; p <= to; p++) {
      if (options.isCancelled) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        if (options.isCancelled()) throw new ExtractCancelled();
      }
      let paragraphs: string[] = [];
      try {
        const page = await doc.getPage(p);
        const content = await page.getTextContent({ disableNormalization: true });
        paragraphs = unreverseLamAlef(layoutPage(runsOf(content.items, lost), options.layout));
        page.cleanup();
      } catch (e) {
        warnings.push(`page ${p}: could not be read (${(e as Error)?.message ?? e})`);
      }
      const text = paragraphs.join('\n\n');
      if (text.trim() === '') emptyPages++;
      chars += text.length;
      pageTexts.push(text);
      options.onProgress?.(p - from + 1, count);
    }
    if (chars === 0) throw new PdfError('image-only');
    if (emptyPages > 0) warnings.push(`${emptyPages} page${emptyPages === 1 ? '' : 's'} without text (images only?)`);
    if (lost.glyphs > 0) warnings.push(`${lost.glyphs} glyph${lost.glyphs === 1 ? ' has' : 's have'} no Unicode value in the PDF (a mark or ligature its font does not map): left out`);
    let text = pageTexts.filter((t) => t.trim() !== '').join('\n\n');
    if (text !== '') text += '\n';
    if (options.isCancelled?.()) throw new ExtractCancelled();
    if (options.repair !== false) {
      // fix-all first: its split-word rule joins with the evidence of the whole text (a density of splits); then
      // the pieces it left whose halves cannot stand alone, and fix-all again over the joined words
      const lint: LintOptions = { format: 'text', ...options.lint };
      text = fixAll(text, lint).text;
      // (only when split-word repairs too: --rules or the settings may leave it out)
      const splitWord = (!lint.only || lint.only.includes('split-word')) && lint.rules?.['split-word']?.level !== 'off';
      const joined = splitWord ? joinSplitWords(text) : text;
      if (joined !== text) text = fixAll(joined, lint).text;
    }
    return { text, pages: count, totalPages: total, warnings };
  } catch (e) {
    if (e instanceof PdfError || e instanceof ExtractCancelled) throw e;
    throw new PdfError('broken', (e as Error)?.message);
  } finally {
    void task.destroy().catch(() => undefined);
  }
}
