/**
 * Page images for OCR: pdf.js paints a page onto a canvas from its Node canvas factory
 * (@napi-rs/canvas, which pdf-parse brings), encoded as PNG. The text-extraction path opens
 * PDFs with image decoding switched off, so rendering opens its own copy of the document.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy, RenderParameters } from 'pdfjs-dist/types/src/display/api.js';
import { pdfRuntime } from './runtime.ts';

/** What the canvas factory hands out in Node (structurally; pdf.js types it as `Object`). */
interface NodeCanvasPair {
  canvas: { toBuffer(mime: 'image/png'): Uint8Array; encode?: (format: 'png') => Promise<Uint8Array> };
  context: unknown;
}
interface CanvasFactory {
  create(width: number, height: number): NodeCanvasPair;
  destroy(pair: NodeCanvasPair): void;
}

/** Fonts a PDF names without embedding them are painted from pdf.js's own copies. */
const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

const isCanvasFactory = (f: unknown): f is CanvasFactory =>
  typeof f === 'object' && f !== null && 'create' in f && typeof f.create === 'function' && 'destroy' in f && typeof f.destroy === 'function';

/** One rendered page. `scale` converts page points to image pixels. */
export interface PageImage {
  page: number;
  png: Uint8Array;
  scale: number;
  /** Largest share of the page area one image covers (a scan covers nearly all of it). */
  imageCoverage: number;
}

type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  n[0] * m[0] + n[1] * m[2], n[0] * m[1] + n[1] * m[3],
  n[2] * m[0] + n[3] * m[2], n[2] * m[1] + n[3] * m[3],
  n[4] * m[0] + n[5] * m[2] + m[4], n[4] * m[1] + n[5] * m[3] + m[5],
];
const isMatrix = (a: unknown): a is Matrix => Array.isArray(a) && a.length === 6 && a.every((x) => typeof x === 'number');

/**
 * The largest share of the page one painted image covers, from the operator list's transforms.
 * The largest, not the sum: a page of signatures and logos is many images that add up to most of it.
 */
async function imageCoverage(page: PDFPageProxy): Promise<number> {
  const { pdfjs } = await pdfRuntime();
  const { OPS } = pdfjs;
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const [vx0 = 0, vy0 = 0, vx1 = 0, vy1 = 0] = page.view;
  const pageArea = Math.abs((vx1 - vx0) * (vy1 - vy0)) || 1;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let best = 0;
  for (const [i, fn] of ops.fnArray.entries()) {
    const args: unknown = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && Array.isArray(args) && isMatrix(args)) ctm = mul(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m: unknown = Array.isArray(args) ? args[0] : undefined;
      if (isMatrix(m)) ctm = mul(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    // An image fills the unit square under the current matrix.
    else if (images.has(fn)) best = Math.max(best, Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) / pageArea);
  }
  return Math.min(1, best);
}

/**
 * Renders the listed pages at `dpi`, one at a time (a 300 dpi A4 canvas is ~35 MB), and hands
 * each image to `each` before the next is painted. `skip` sees a page's image coverage first and
 * can decline to render it. The document is always destroyed.
 */
export async function renderPages(
  bytes: Uint8Array,
  pages: number[],
  dpi: number,
  each: (img: PageImage) => Promise<void>,
  skip: (page: number, imageCoverage: number) => boolean = () => false,
): Promise<void> {
  const { pdfjs } = await pdfRuntime();
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: pdfjs.VerbosityLevel.ERRORS, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS });
  let doc: PDFDocumentProxy | undefined;
  try {
    doc = await task.promise;
    const factory: unknown = doc.canvasFactory;
    if (!isCanvasFactory(factory)) throw new Error('pdf.js has no canvas factory in this runtime (is @napi-rs/canvas installed?)');
    const scale = dpi / 72;
    for (const n of pages) {
      const page = await doc.getPage(n);
      try {
        const coverage = await imageCoverage(page);
        if (skip(n, coverage)) continue;
        const viewport = page.getViewport({ scale });
        const pair = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
        try {
          const params = { canvas: pair.canvas, canvasContext: pair.context, viewport, annotationMode: pdfjs.AnnotationMode.DISABLE };
          await page.render(params as unknown as RenderParameters).promise;
          // @napi-rs/canvas encodes off the main thread when asked with `encode`.
          const png = pair.canvas.encode ? await pair.canvas.encode('png') : pair.canvas.toBuffer('image/png');
          await each({ page: n, png, scale, imageCoverage: coverage });
        } finally {
          factory.destroy(pair);
        }
      } finally {
        page.cleanup();
      }
    }
  } finally {
    if (doc) await doc.destroy();
    else await task.destroy();
  }
}
