/**
 * Internal geometry model of the PDF parser. Coordinates are viewport points
 * (scale 1): x grows to the right, y grows DOWN from the top of the page.
 */

/** Font facts read from the embedded font name ("ABCDEF+Lato-BoldItalic"). */
export interface FontStyle {
  name: string;
  bold: boolean;
  italic: boolean;
}

/** One positioned text item from pdf.js, cleaned of control characters. */
export interface Run {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  size: number;
  font: FontStyle;
  /** The item was only whitespace: a word gap hint, not text. */
  space: boolean;
  /** The raw item ended with a soft hyphen (U+00AD) that was removed. */
  softHyphenEnd: boolean;
  /** Set on runs whose letter-spacing was collapsed ("N A T I O N A L" → "NATIONAL"). */
  letterSpaced: boolean;
  /** pdf.js saw a line break after this item. */
  eol: boolean;
}

/** A style range inside a line or block text. */
export interface StyleSpan {
  start: number;
  end: number;
  bold: boolean;
  italic: boolean;
}

/** A superscript footnote call removed from the text, before `offset`. */
export interface RefMark {
  marker: string;
  offset: number;
}

/** One visual line of text. */
export interface Line {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** Dominant font size (by characters). */
  size: number;
  bold: boolean;
  italic: boolean;
  font: string;
  text: string;
  spans: StyleSpan[];
  refs: RefMark[];
  /** Last character was a soft hyphen break. */
  softHyphenEnd: boolean;
  /** The line stops a hyphen's width short in justified text: pdf.js may have dropped a soft hyphen. */
  maybeSoftHyphen?: boolean;
  /** Parts of the text that were letter-spaced and still need word segmentation. */
  letterSpaced: boolean;
  /** A page number was glued from far right (table-of-contents entry). */
  tocNumber: boolean;
  /** Index of the first run in content-stream order, to keep stream order as a fallback. */
  order: number;
}

/** A page after line building. */
export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: Line[];
  /** Share of raw characters that were C0 controls (no ToUnicode map). */
  controlRatio: number;
}

/** Lines of one column piece, consecutive in the content stream. */
export interface Chunk {
  page: number;
  lines: Line[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  order: number;
  /** Set for banner lines that repeat the running header words (page 1). */
  banner?: boolean;
}

/** A paragraph candidate: lines that read as one unit, with its context on the page. */
export interface Para {
  page: number;
  lines: Line[];
  chunk: Chunk;
  /** First / last paragraph of its chunk. */
  chunkStart: boolean;
  chunkEnd: boolean;
}
