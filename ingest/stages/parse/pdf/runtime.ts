/**
 * Lazy loading of pdf-parse and the pdf.js engine it wraps. pdf.js ships 7 MB
 * of source maps; when a TypeScript runner has source maps enabled, Node parses
 * them on import and keeps ~200 MB resident. Stack-trace source maps are
 * switched off only while these two bundles load, and the pdf.js worker is
 * loaded up front so its in-process ("fake") worker starts without another import.
 *
 * The legacy build also brings core-js, which replaces the process-wide `Array.prototype.push`
 * with a JavaScript polyfill (for a V8 <= 121 bug with non-writable or 2^32 lengths, which no
 * code here meets). Every push in the process then runs that polyfill, pdf.js's own included:
 * ~5-10% of ingest CPU. Native `push` is put back once the bundles are loaded.
 */
import type { PDFParse } from 'pdf-parse';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The loaded libraries. */
export interface PdfRuntime {
  pdfjs: PdfJs;
  PDFParse: typeof PDFParse;
}

let loading: Promise<PdfRuntime> | undefined;

/** `push` as this module found it: native, unless core-js ran first (then there is nothing to restore). */
const pushBeforePdfJs = '__core-js_shared__' in globalThis ? undefined : Array.prototype.push;

async function load(): Promise<PdfRuntime> {
  const maps = process.sourceMapsEnabled;
  if (maps) process.setSourceMapsEnabled(false);
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const { PDFParse: Parser } = await import('pdf-parse');
    return { pdfjs, PDFParse: Parser };
  } finally {
    if (maps) process.setSourceMapsEnabled(true);
    if (pushBeforePdfJs && Array.prototype.push !== pushBeforePdfJs) Array.prototype.push = pushBeforePdfJs;
  }
}

/** Loads the libraries once per process. */
export function pdfRuntime(): Promise<PdfRuntime> {
  loading ??= load();
  return loading;
}
