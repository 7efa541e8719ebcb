import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { search } from '../../ingest/search/search.ts';
import type { AppDeps } from '../context.ts';
import { SearchQuery, SearchResponse } from '../schemas/search.ts';
import { validationHook } from '../validation.ts';
import { problemResponse } from './responses.ts';

const route = createRoute({
  method: 'get',
  path: '/',
  summary: 'Hybrid search (French and English full text + cross-lingual vectors), with aligned translations',
  request: { query: SearchQuery },
  responses: {
    200: { content: { 'application/json': { schema: SearchResponse } }, description: 'Hits, best first' },
    400: problemResponse('Invalid query'),
  },
});

export function searchRoutes({ db, embedder }: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(route, async (c) => {
    const p = c.req.valid('query');
    const t0 = performance.now();
    const hits = await search(db, embedder, { q: p.q, limit: p.limit, filter: { lang: p.lang, documentId: p.doc, from: p.from, to: p.to, kind: p.kind } });
    return c.json({ query: p.q, embedder: embedder.id, tookMs: Math.round(performance.now() - t0), hits }, 200);
  });
}
