import { z } from 'zod';

/** Languages Concorde analyses. Everything else is reported as `und`. */
export const Lang = z.enum(['fr', 'en']);
export type Lang = z.infer<typeof Lang>;
export const DetectedLang = z.enum(['fr', 'en', 'und']);
export type DetectedLang = z.infer<typeof DetectedLang>;

export const SourceFormat = z.enum(['pdf', 'html', 'txt', 'md']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** What a block is in the page design; only `body`, `heading` and `title` form the reading flow. */
export const BlockKind = z.enum(['title', 'heading', 'body', 'footnote', 'sidebar', 'quote', 'caption', 'boilerplate']);
export type BlockKind = z.infer<typeof BlockKind>;

/** A page change inside a block's text: `page` begins at `offset` (relative to the block text). */
export const PageBreak = z.object({ offset: z.number().int().nonnegative(), page: z.number().int().positive() });
export type PageBreak = z.infer<typeof PageBreak>;

/** A footnote call in a block: the marker was removed from the text and sits before `offset`. */
export const FootnoteRef = z.object({ marker: z.string().min(1), offset: z.number().int().nonnegative() });
export type FootnoteRef = z.infer<typeof FootnoteRef>;

/** Inline structure kept from the source (Markdown/HTML emphasis, links), offsets relative to the block text. */
export const Mark = z.object({
  type: z.enum(['strong', 'em', 'link']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  href: z.string().optional(),
});
export type Mark = z.infer<typeof Mark>;

/**
 * One block as a parser returns it: clean text (no hyphenation artefacts, no markup),
 * in reading order, with the page it starts on and any page changes inside it.
 */
export const ParsedBlock = z.object({
  kind: BlockKind,
  text: z.string().min(1),
  page: z.number().int().positive(),
  pageBreaks: z.array(PageBreak).default([]),
  /** Heading depth: 1 for the document title, 2 for sections, … */
  level: z.number().int().min(1).max(6).optional(),
  /** For footnote blocks: the footnote's marker ("1", "*"). */
  marker: z.string().optional(),
  footnoteRefs: z.array(FootnoteRef).default([]),
  marks: z.array(Mark).default([]),
});
export type ParsedBlock = z.infer<typeof ParsedBlock>;

/**
 * One PDF page read by OCR: words kept and tesseract's mean word confidence (0-100). `discarded`:
 * read but not kept (a scanned page among text pages that did not read as text, e.g. signatures).
 */
export const OcrPage = z.object({
  page: z.number().int().positive(),
  words: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(100),
  discarded: z.boolean().optional(),
});
export type OcrPage = z.infer<typeof OcrPage>;

/** Which pages of a PDF were read by OCR, and with what engine: the text of those pages is machine-read. */
export const OcrReport = z.object({ engine: z.string().min(1), langs: z.string().min(1), dpi: z.number().int().positive(), pages: z.array(OcrPage) });
export type OcrReport = z.infer<typeof OcrReport>;

/** Metadata a parser or the manifest can give; later sources win over earlier ones. */
export const DocMeta = z.object({
  title: z.string().min(1).optional(),
  authors: z.array(z.string().min(1)).optional(),
  publisher: z.string().min(1).optional(),
  /** ISO date (YYYY-MM-DD); month precision is stored as the 1st with `datePrecision: 'month'`. */
  publishedOn: z.iso.date().optional(),
  datePrecision: z.enum(['day', 'month', 'year']).optional(),
  /** The words the date was read from ("MARS 2025"), for provenance. */
  dateText: z.string().optional(),
  lang: Lang.optional(),
  kind: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  /** Documents sharing a workId are language versions of the same work. */
  workId: z.string().min(1).optional(),
  /** Set by the PDF parser only: pages read by OCR (additive, #7). */
  ocr: OcrReport.optional(),
});
export type DocMeta = z.infer<typeof DocMeta>;

/** What a format parser returns. */
export const ParsedDoc = z.object({
  format: SourceFormat,
  pageCount: z.number().int().nonnegative(),
  blocks: z.array(ParsedBlock),
  meta: DocMeta.default({}),
});
export type ParsedDoc = z.infer<typeof ParsedDoc>;
