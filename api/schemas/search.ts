import { z } from '@hono/zod-openapi';
import { DocumentId } from './common.ts';

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'type something to search').max(500),
  lang: z.enum(['fr', 'en']).optional(),
  doc: DocumentId.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  kind: z.enum(['title', 'heading', 'body', 'footnote', 'sidebar', 'quote', 'caption', 'boilerplate']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const SearchHitDto = z
  .object({
    documentId: z.string(),
    title: z.string(),
    docLang: z.string(),
    publishedOn: z.string().nullable(),
    sentenceIdx: z.number().int(),
    blockIdx: z.number().int(),
    kind: z.string(),
    lang: z.string(),
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    page: z.number().int(),
    score: z.number(),
    ranks: z.object({ fullText: z.number().int().nullable(), vector: z.number().int().nullable() }),
    snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
    counterpart: z
      .object({ pairId: z.string(), documentId: z.string(), sentences: z.array(z.object({ idx: z.number().int(), text: z.string(), lang: z.string() })) })
      .nullable(),
  })
  .openapi('SearchHit');
export type SearchHitDto = z.infer<typeof SearchHitDto>;

export const SearchResponse = z.object({ query: z.string(), embedder: z.string(), tookMs: z.number(), hits: z.array(SearchHitDto) }).openapi('SearchResults');
export type SearchResponse = z.infer<typeof SearchResponse>;
