/**
 * Lazy loading of the pdf.js engine that pdf-parse wraps (ingestion reads pages and fonts through
 * pdf.js directly; pdf-parse's own class is only loaded for the benchmark's raw baseline). pdf.js ships 7 MB
 * of source maps; when a TypeScript runner has source maps enabled, Node parses
 * them on import and keeps ~200 MB resident. Stack-trace source maps are
 * switched off only while these two bundles load, and the pdf.js worker is
 * loaded up front so its in-process ("fake") worker starts without another import.
 *
 * Under tsx (`npm start`, the worker, the CLI) the two bundles are also imported by file URL with
 * a `tsx-namespace` query that no tsx registration owns, so tsx's loader hands them to Node
 * untouched. Otherwise tsx parses every ES module that contains "import" and, since these two
 * use a dynamic import, rewrites it with a fine-grained source map of the 3 MB of code: ~200 MB
 * of resident memory in its loader thread (importing pdf.js: 73 → 317 MB RSS; this way 114 MB).
 * Plain Node ignores the query. pdf-parse (benchmark only) imports its own copy of pdf.mjs the
 * ordinary way; its in-process worker is still this one (pdf.js looks for `globalThis.pdfjsWorker`).
 *
 * The legacy build also brings core-js, which replaces the process-wide `Array.prototype.push`
 * with a JavaScript polyfill (for a V8 <= 121 bug with non-writable or 2^32 lengths, which no
 * code here meets). Every push in the process then runs that polyfill, pdf.js's own included:
 * ~5-10% of ingest CPU. Native `push` is put back once the bundles are loaded.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { PDFParse } from 'pdf-parse';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The loaded library. */
export interface PdfRuntime {
  pdfjs: PdfJs;
}

let loading: Promise<PdfRuntime> | undefined;

/** `push` as this module found it: native, unless core-js ran first (then there is nothing to restore). */
const pushBeforePdfJs = '__core-js_shared__' in globalThis ? undefined : Array.prototype.push;

/** Imports with stack-trace source maps off, then puts native `push` back. */
async function quietly<T>(load: () => Promise<T>): Promise<T> {
  const maps = process.sourceMapsEnabled;
  if (maps) process.setSourceMapsEnabled(false);
  try {
    return await load();
  } finally {
    if (maps) process.setSourceMapsEnabled(true);
    if (pushBeforePdfJs && Array.prototype.push !== pushBeforePdfJs) Array.prototype.push = pushBeforePdfJs;
  }
}

/** A package file's URL with a namespace tsx does not own (see above). */
const untransformed = (specifier: string): string =>
  `${pathToFileURL(createRequire(import.meta.url).resolve(specifier)).href}?tsx-namespace=concorde-untransformed`;

/** Loads pdf.js once per process. */
export function pdfRuntime(): Promise<PdfRuntime> {
  loading ??= quietly(async () => {
    const pdfjs = (await import(untransformed('pdfjs-dist/legacy/build/pdf.mjs'))) as PdfJs;
    await import(untransformed('pdfjs-dist/legacy/build/pdf.worker.mjs'));
    return { pdfjs };
  });
  return loading;
}

/** pdf-parse's class, its pages read by the same in-process pdf.js worker (the benchmark's raw-extraction baseline). */
export async function pdfParseClass(): Promise<typeof PDFParse> {
  await pdfRuntime();
  return quietly(async () => (await import('pdf-parse')).PDFParse);
}
