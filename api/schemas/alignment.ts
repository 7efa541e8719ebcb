import { z } from '@hono/zod-openapi';
import { DocLang } from './common.ts';

/** HTTP shapes of language pairs, alignment links, discrepancy flags and review edits. */

export const PairDoc = z.object({ id: z.string(), title: z.string(), lang: DocLang, pageCount: z.number().int() });

export const PairDto = z
  .object({
    id: z.string(),
    src: PairDoc,
    tgt: PairDoc,
    /** 0..1: how sure the detector is that these are versions of one work */
    score: z.number(),
    status: z.enum(['detected', 'confirmed', 'rejected']),
    origin: z.enum(['detector', 'manifest', 'user']),
    evidence: z.record(z.string(), z.unknown()),
    alignedAt: z.string().nullable(),
    aligner: z.string().nullable(),
    linkCount: z.number().int(),
    flaggedCount: z.number().int(),
    confirmedCount: z.number().int(),
  })
  .openapi('Pair');
export type PairDto = z.infer<typeof PairDto>;

export const FlagDto = z
  .object({
    type: z.enum(['number', 'date', 'name', 'acronym', 'unmatched', 'untranslated', 'heading', 'footnote']),
    severity: z.enum(['high', 'medium', 'low']),
    message: z.string(),
    /** Spans as absolute offsets into each document's clean text. */
    src: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
    tgt: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  })
  .openapi('Flag');
export type FlagDto = z.infer<typeof FlagDto>;

export const SentenceRef = z.object({ idx: z.number().int(), start: z.number().int(), end: z.number().int(), pageStart: z.number().int(), text: z.string() });
export type SentenceRef = z.infer<typeof SentenceRef>;

export const LinkDto = z
  .object({
    id: z.string(),
    stream: z.enum(['body', 'footnote', 'sidebar', 'quote', 'boilerplate']),
    ord: z.number().int(),
    src: z.array(SentenceRef),
    tgt: z.array(SentenceRef),
    confidence: z.number(),
    status: z.enum(['auto', 'confirmed', 'rejected']),
    flags: z.array(FlagDto),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('AlignmentLink');
export type LinkDto = z.infer<typeof LinkDto>;

export const AlignmentDto = z.object({ pair: PairDto, links: z.array(LinkDto) }).openapi('Alignment');
export type AlignmentDto = z.infer<typeof AlignmentDto>;

export const EditDto = z
  .object({ id: z.string(), action: z.string(), author: z.string(), at: z.string(), before: z.unknown(), after: z.unknown() })
  .openapi('AlignmentEdit');
export type EditDto = z.infer<typeof EditDto>;

const Author = z.string().trim().min(1).max(100);

export const ReviewBody = z.object({ action: z.enum(['confirm', 'reject', 'reset']), author: Author, note: z.string().max(2000).optional() });
export const MergeBody = z.object({ direction: z.enum(['next', 'previous']), author: Author });
/** Keeps the first `srcAt` source and `tgtAt` target sentences in this link; the rest form a new link after it. */
export const SplitBody = z.object({ srcAt: z.number().int().min(0), tgtAt: z.number().int().min(0), author: Author });
/** Sets exactly which sentences this link holds; sentences taken from or left by other links are rebalanced. */
export const RelinkBody = z.object({ src: z.array(z.number().int().min(0)).max(20), tgt: z.array(z.number().int().min(0)).max(20), author: Author });
export const CreatePairBody = z.object({ srcId: z.string(), tgtId: z.string() });
export const PairStatusBody = z.object({ status: z.enum(['confirmed', 'rejected']), author: Author });
