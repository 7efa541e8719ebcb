/**
 * Progress of reading a PDF, from 0 to 1 and never backwards, when some pages will be read by
 * OCR: such a page costs about as much as OCR_PAGE_WEIGHT pages read from their text layer
 * (2-5 s against ~10-50 ms), so it counts that many units. Pages found empty while reading are
 * counted as OCR work still to come, which keeps a scanned document's bar low while its text
 * layer is read and lets OCR fill the rest; a document with text throughout reads 1 unit a page,
 * as before. (A blank page that OCR then skips only holds the bar back until reading ends.)
 */
export const OCR_PAGE_WEIGHT = 20;

export type ReadStage = 'reading' | 'ocr';

export class ReadProgress {
  private last = 0;
  private pages = 0;
  private total = 1;
  private pending = 0;

  /** `ocrExpected`: OCR is not switched off, so empty pages may be read by it. */
  constructor(
    private readonly report: (fraction: number, stage: ReadStage) => void,
    private readonly ocrExpected: boolean,
  ) {}

  /** One more page read from its text layer (`empty`: it gave no lines). */
  pageRead(total: number, empty: boolean): void {
    this.pages++;
    this.total = total;
    if (empty && this.ocrExpected) this.pending++;
    this.emit(this.pages / (total + OCR_PAGE_WEIGHT * this.pending), 'reading');
  }

  /** `done` of the `count` pages OCR takes up (rendered and read, or skipped) are finished. */
  ocrPage(done: number, count: number): void {
    this.emit((this.total + OCR_PAGE_WEIGHT * done) / (this.total + OCR_PAGE_WEIGHT * count), 'ocr');
  }

  private emit(fraction: number, stage: ReadStage): void {
    this.last = Math.min(1, Math.max(this.last, fraction));
    this.report(this.last, stage);
  }
}
