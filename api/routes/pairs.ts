import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { relinkAfterLinkEdit, relinkPairClaims } from '../../ingest/claims/claims-after-ingest.ts';
import { IngestError } from '../../ingest/errors.ts';
import { alignPair } from '../../ingest/pairs/align-pair.ts';
import { declarePair } from '../../ingest/pairs/pairing.ts';
import { mergeLink, relink, reviewLink, splitLink, type EditedSentences } from '../../ingest/pairs/review.ts';

import { insertEdit, listEdits, listLinks } from '../../ingest/store/links.repo.ts';
import { getPair, listPairs, setPairStatus, upsertPair } from '../../ingest/store/pairs.repo.ts';
import { listSentences } from '../../ingest/store/segments.repo.ts';
import type { Db } from '../../ingest/store/db.ts';
import type { AppDeps } from '../context.ts';
import { notFound } from '../errors.ts';
import { presentEdit, presentLink, presentPair } from '../presenters/alignment.ts';
import { AlignmentDto, CreatePairBody, EditDto, MergeBody, PairDto, PairStatusBody, RelinkBody, ReviewBody, SplitBody } from '../schemas/alignment.ts';
import { validationHook } from '../validation.ts';
import { EXPORT_FORMATS, exportPair } from '../../ingest/pairs/export.ts';
import { jsonResponse, problemResponse } from './responses.ts';

const PairParam = z.object({ id: z.string().regex(/^[0-9a-f]{16}-[0-9a-f]{16}$/, 'a pair id is two document ids joined by "-"') });
const LinkParam = PairParam.extend({ linkId: z.string().regex(/^\d+$/, 'a link id is a number') });
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

/** The whole alignment of a pair as the review desk shows it. */
export async function loadAlignment(db: Db, pairId: string): Promise<AlignmentDto> {
  const pair = await getPair(db, pairId);
  if (!pair) throw notFound('pair', pairId);
  const [links, src, tgt] = [await listLinks(db, pairId), await listSentences(db, pair.src_id), await listSentences(db, pair.tgt_id)];
  const srcMap = new Map(src.map((s) => [s.idx, s]));
  const tgtMap = new Map(tgt.map((s) => [s.idx, s]));
  return { pair: presentPair(pair), links: links.map((l) => presentLink(l, srcMap, tgtMap)) };
}

const routes = {
  list: createRoute({ method: 'get', path: '/', summary: 'Language versions of one work, detected or declared', responses: { 200: jsonResponse(z.object({ items: z.array(PairDto) }), 'Pairs') } }),
  create: createRoute({
    method: 'post',
    path: '/',
    summary: 'Declare two documents (one French, one English) versions of one work, and align them',
    request: body(CreatePairBody),
    responses: { 201: jsonResponse(PairDto, 'Pair'), 400: problemResponse('Not a French/English pair'), 404: problemResponse('Unknown document') },
  }),
  status: createRoute({
    method: 'patch',
    path: '/{id}',
    summary: 'Confirm or break a pair',
    request: { params: PairParam, ...body(PairStatusBody) },
    responses: { 200: jsonResponse(PairDto, 'Pair'), 404: problemResponse('Unknown pair') },
  }),
  alignment: createRoute({
    method: 'get',
    path: '/{id}/alignment',
    summary: 'Links with confidences, review status and discrepancy flags',
    request: { params: PairParam },
    responses: { 200: jsonResponse(AlignmentDto, 'Alignment'), 404: problemResponse('Unknown pair') },
  }),
  review: createRoute({ method: 'post', path: '/{id}/links/{linkId}/review', summary: 'Confirm, reject or reset a link', request: { params: LinkParam, ...body(ReviewBody) }, responses: { 200: jsonResponse(AlignmentDto, 'Alignment'), 404: problemResponse('Unknown link') } }),
  merge: createRoute({ method: 'post', path: '/{id}/links/{linkId}/merge', summary: 'Merge a link with the next or previous one', request: { params: LinkParam, ...body(MergeBody) }, responses: { 200: jsonResponse(AlignmentDto, 'Alignment'), 400: problemResponse('Nothing to merge with'), 404: problemResponse('Unknown link') } }),
  split: createRoute({ method: 'post', path: '/{id}/links/{linkId}/split', summary: 'Split a link in two', request: { params: LinkParam, ...body(SplitBody) }, responses: { 200: jsonResponse(AlignmentDto, 'Alignment'), 400: problemResponse('Invalid cut'), 404: problemResponse('Unknown link') } }),
  relink: createRoute({ method: 'post', path: '/{id}/links/{linkId}/relink', summary: 'Set which sentences a link holds', request: { params: LinkParam, ...body(RelinkBody) }, responses: { 200: jsonResponse(AlignmentDto, 'Alignment'), 400: problemResponse('Invalid sentences'), 404: problemResponse('Unknown link') } }),
  realign: createRoute({ method: 'post', path: '/{id}/realign', summary: 'Re-run the aligner; confirmed links are kept', request: { params: PairParam, ...body(z.object({ author: z.string().trim().min(1).max(100) })) }, responses: { 200: jsonResponse(AlignmentDto, 'Alignment'), 404: problemResponse('Unknown pair') } }),
  edits: createRoute({ method: 'get', path: '/{id}/edits', summary: 'Every edit with author, time and previous state', request: { params: PairParam }, responses: { 200: jsonResponse(z.object({ items: z.array(EditDto) }), 'Edits'), 404: problemResponse('Unknown pair') } }),
  export: createRoute({
    method: 'get',
    path: '/{id}/export',
    summary: 'Export the alignment as TMX 1.4b, TSV or JSON',
    request: { params: PairParam, query: z.object({ format: z.enum(EXPORT_FORMATS).default('tmx') }) },
    responses: { 200: { content: { 'application/x-tmx+xml': { schema: z.string() }, 'text/tab-separated-values': { schema: z.string() }, 'application/json': { schema: z.string() } }, description: 'File' }, 404: problemResponse('Unknown pair') },
  }),
};

/** Pairs of language versions and the translator's review desk. */
export function pairRoutes({ db, claimExtractor, log }: AppDeps) {
  // A pair declared, confirmed, rejected or re-aligned changes which claims are one across languages.
  const relinkClaims = (pairId: string) => relinkPairClaims(db, pairId, log, claimExtractor);
  // A link edited on the desk changes it too, for the claims citing its sentences.
  const relinkEdited = (pairId: string, edited: EditedSentences) => relinkAfterLinkEdit(db, pairId, edited, log, claimExtractor);
  const known = async (pairId: string) => {
    if (!(await getPair(db, pairId))) throw notFound('pair', pairId);
  };
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(routes.list, async (c) => c.json({ items: (await listPairs(db)).map(presentPair) }, 200))
    .openapi(routes.create, async (c) => {
      const { srcId, tgtId } = c.req.valid('json');
      const id = await declarePair(db, srcId, tgtId);
      await relinkClaims(id);
      return c.json(presentPair((await getPair(db, id))!), 201);
    })
    .openapi(routes.status, async (c) => {
      const { id } = c.req.valid('param');
      const { status, author } = c.req.valid('json');
      const before = await getPair(db, id);
      if (!before) throw notFound('pair', id);
      await db.tx(async (q) => {
        await setPairStatus(q, id, status, 'user');
        await insertEdit(q, id, `pair-${status}`, author, { status: before.status }, { status });
      });
      if (status === 'confirmed' && !before.aligned_at) await alignPair(db, id);
      await relinkClaims(id);
      return c.json(presentPair((await getPair(db, id))!), 200);
    })
    .openapi(routes.alignment, async (c) => c.json(await loadAlignment(db, c.req.valid('param').id), 200))
    .openapi(routes.review, async (c) => {
      const { id, linkId } = c.req.valid('param');
      const b = c.req.valid('json');
      await relinkEdited(id, await reviewLink(db, id, linkId, b.action, b.author, b.note));
      return c.json(await loadAlignment(db, id), 200);
    })
    .openapi(routes.merge, async (c) => {
      const { id, linkId } = c.req.valid('param');
      const b = c.req.valid('json');
      await relinkEdited(id, await mergeLink(db, id, linkId, b.direction, b.author));
      return c.json(await loadAlignment(db, id), 200);
    })
    .openapi(routes.split, async (c) => {
      const { id, linkId } = c.req.valid('param');
      const b = c.req.valid('json');
      await relinkEdited(id, await splitLink(db, id, linkId, b.srcAt, b.tgtAt, b.author));
      return c.json(await loadAlignment(db, id), 200);
    })
    .openapi(routes.relink, async (c) => {
      const { id, linkId } = c.req.valid('param');
      const b = c.req.valid('json');
      await relinkEdited(id, await relink(db, id, linkId, b.src, b.tgt, b.author));
      return c.json(await loadAlignment(db, id), 200);
    })
    .openapi(routes.realign, async (c) => {
      const { id } = c.req.valid('param');
      await known(id);
      await alignPair(db, id);
      await insertEdit(db, id, 'realign', c.req.valid('json').author, {}, {});
      await relinkClaims(id);
      return c.json(await loadAlignment(db, id), 200);
    })
    .openapi(routes.edits, async (c) => {
      const { id } = c.req.valid('param');
      await known(id);
      return c.json({ items: (await listEdits(db, id)).map(presentEdit) }, 200);
    })
    .openapi(routes.export, async (c) => {
      const { id } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const file = await exportPair(db, id, format);
      if (!file) throw notFound('pair', id);
      return c.body(file.body, 200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"` });
    });
}
