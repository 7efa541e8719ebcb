import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { Lru } from '../lru.ts';
import { getCleanText, getDocument, listDocuments } from '../../ingest/store/documents.repo.ts';
import { listBlocks, listFootnoteRefs, listSentences } from '../../ingest/store/segments.repo.ts';
import type { AppDeps } from '../context.ts';
import { notFound } from '../errors.ts';
import { presentDetail, presentSummary } from '../presenters/document.ts';
import { DocLang, DOCUMENT_ID_PATTERN, DocumentId } from '../schemas/common.ts';
import { DocumentDetail, DocumentList } from '../schemas/documents.ts';
import { validationHook } from '../validation.ts';
import { problemResponse } from './responses.ts';

const IdParam = z.object({ id: DocumentId.openapi({ param: { name: 'id', in: 'path' } }) });

const ListQuery = z.object({
  lang: DocLang.optional(),
  kind: z.string().min(1).max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'List documents (filters: language, kind, publication date range)',
  request: { query: ListQuery },
  responses: { 200: { content: { 'application/json': { schema: DocumentList } }, description: 'Documents' }, 400: problemResponse('Invalid filter') },
});

const detail = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'A document with its blocks (kinds, spans, pages) and sentences (spans, pages)',
  request: { params: IdParam },
  responses: {
    200: { content: { 'application/json': { schema: DocumentDetail } }, description: 'Document (immutable: ETag is the id)' },
    304: { description: 'Not modified (If-None-Match matched the ETag)' },
    404: problemResponse('Unknown id'),
  },
});

const text = createRoute({
  method: 'get',
  path: '/{id}/text',
  summary: 'The clean text all offsets point into',
  request: { params: IdParam },
  responses: { 200: { content: { 'text/plain': { schema: z.string() } }, description: 'Clean text' }, 404: problemResponse('Unknown id') },
});

/** Read routes for documents. */
export function documentRoutes({ db }: AppDeps) {
  // A stored document never changes (its id is the hash of its bytes), so its detail can be
  // kept serialised (UTF-8 bytes) and answered without touching the database or re-encoding the JSON.
  const details = new Lru<string, Uint8Array<ArrayBuffer>>(64);
  const app = new OpenAPIHono({ defaultHook: validationHook });
  // Served as a plain route (its cached body is already JSON); documented all the same.
  app.openAPIRegistry.registerPath(detail);
  app.get('/:id', async (c) => {
    let id = c.req.param('id');
    // Fast path for the hot cached route: zod only when the id is not plainly well formed.
    if (!DOCUMENT_ID_PATTERN.test(id)) {
      const parsed = IdParam.safeParse(c.req.param());
      validationHook(parsed); // throws the 400 problem when the id is malformed
      id = parsed.data!.id;
    }
    const etag = `"${id}"`;
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { etag });
    let body = details.get(id);
    if (!body) {
      const doc = await getDocument(db, id);
      if (!doc) throw notFound('document', id);
      const [blocks, sentences, refs] = [await listBlocks(db, id), await listSentences(db, id), await listFootnoteRefs(db, id)];
      body = Buffer.from(JSON.stringify(presentDetail(doc, blocks, sentences, refs)));
      details.set(id, body);
    }
    return c.body(body, 200, { 'content-type': 'application/json', etag });
  });
  return app
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const { rows, total } = await listDocuments(db, q);
      return c.json({ items: rows.map(presentSummary), total }, 200);
    })
    .openapi(text, async (c) => {
      const { id } = c.req.valid('param');
      const clean = await getCleanText(db, id);
      if (clean === null) throw notFound('document', id);
      return c.text(clean, 200);
    });
}
