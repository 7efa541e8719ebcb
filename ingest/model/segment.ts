import { z } from 'zod';
import { BlockKind, DetectedLang, FootnoteRef, Mark } from './document.ts';

/**
 * A block placed in the document's clean text. `start`/`end` are offsets into
 * `cleanText`; `cleanText.slice(start, end)` is the block text, always.
 */
export const Block = z.object({
  idx: z.number().int().nonnegative(),
  kind: BlockKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  pageStart: z.number().int().positive(),
  pageEnd: z.number().int().positive(),
  lang: DetectedLang,
  level: z.number().int().optional(),
  marker: z.string().optional(),
  /** Offsets here are absolute (into cleanText). */
  footnoteRefs: z.array(FootnoteRef).default([]),
  marks: z.array(Mark).default([]),
});
export type Block = z.infer<typeof Block>;

/** A sentence with exact provenance: `cleanText.slice(start, end) === text`. */
export const Sentence = z.object({
  idx: z.number().int().nonnegative(),
  blockIdx: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  pageStart: z.number().int().positive(),
  pageEnd: z.number().int().positive(),
  lang: DetectedLang,
  text: z.string().min(1),
});
export type Sentence = z.infer<typeof Sentence>;

/** A sentence span relative to its block text, as the splitter returns it. */
export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;
