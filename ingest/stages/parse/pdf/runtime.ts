/**
 * Lazy loading of pdf-parse and the pdf.js engine it wraps. pdf.js ships 7 MB
 * of source maps; when a TypeScript runner has source maps enabled, Node parses
 * them on import and keeps ~200 MB resident. Stack-trace source maps are
 * switched off only while these two bundles load, and the pdf.js worker is
 * loaded up front so its in-process ("fake") worker starts without another import.
 */
import type { PDFParse } from 'pdf-parse';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The loaded libraries. */
export interface PdfRuntime {
  pdfjs: PdfJs;
  PDFParse: typeof PDFParse;
}

let loading: Promise<PdfRuntime> | undefined;

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
  }
}

/** Loads the libraries once per process. */
export function pdfRuntime(): Promise<PdfRuntime> {
  loading ??= load();
  return loading;
}
