import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { claimReview } from '../../ingest/claims/exports/claim-review.ts';
import { readerLink } from '../../ingest/claims/exports/cited-document.ts';
import { claimCsl } from '../../ingest/claims/exports/csl.ts';
import { claimRis } from '../../ingest/claims/exports/ris.ts';
import { claimAnnotations } from '../../ingest/claims/exports/web-annotation.ts';
import { findPartners, type Partner } from '../../ingest/claims/link-pair.ts';
import { claimFacets, countClaims, getClaimRecord, listClaimRecords, listReviews, loadCitedDocuments, modelClaim, reviewClaim } from '../../ingest/store/claims.repo.ts';
import type { Db } from '../../ingest/store/db.ts';
import { getDocument, type DocumentRow } from '../../ingest/store/documents.repo.ts';
import { sentencesByIdx } from '../../ingest/store/segments.repo.ts';
import type { AppDeps } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { presentClaim, presentReview, presentSentence } from '../presenters/claims.ts';
import {
  AnnotationListDto,
  CiteQuery,
  ClaimDetailDto,
  ClaimListDto,
  ClaimParam,
  ClaimQuery,
  ClaimReviewDto,
  CslItemDto,
  PatchClaimBody,
  type CitationDetailDto,
} from '../schemas/claims.ts';
import { validationHook } from '../validation.ts';
import { jsonResponse, problemResponse } from './responses.ts';

/** Memoises a loader for the length of one request. */
function oncePerId<T>(load: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (id) => {
    let p = loaded.get(id);
    if (!p) loaded.set(id, (p = load(id)));
    return p;
  };
}

/** A claim with, for each citation, its sentence in context and the aligned translation. */
export async function loadClaimDetail(db: Db, id: string): Promise<ClaimDetailDto> {
  const record = await getClaimRecord(db, id);
  if (!record) throw notFound('claim', id);
  // Citations of one claim share documents (several quotes, the two language versions): load each once.
  const documentOf = oncePerId((docId) => getDocument(db, docId));
  const partnersOf = oncePerId((docId) => findPartners(db, docId));
  const citations: CitationDetailDto[] = [];
  const base = presentClaim(record);
  for (const [i, cit] of record.citations.entries()) {
    const around = await sentencesByIdx(db, cit.documentId, [cit.sentenceIdx - 1, cit.sentenceIdx, cit.sentenceIdx + 1]);
    const at = (n: number) => around.find((s) => s.idx === n);
    const sentence = at(cit.sentenceIdx);
    const doc = await documentOf(cit.documentId);
    if (!sentence || !doc) throw new Error(`claim ${id}: citation in ${cit.documentId} points at a missing sentence ${cit.sentenceIdx}`);
    const previous = at(cit.sentenceIdx - 1);
    const next = at(cit.sentenceIdx + 1);
    citations.push({
      ...base.citations[i]!,
      sentence: presentSentence(sentence),
      previous: previous ? presentSentence(previous) : null,
      next: next ? presentSentence(next) : null,
      document: { id: doc.id, title: doc.title, lang: doc.lang, date: doc.published_on, publisher: doc.publisher, authors: doc.authors },
      aligned: await alignedSentences(db, await partnersOf(cit.documentId), cit.sentenceIdx, documentOf),
    });
  }
  return { ...base, citations, reviews: (await listReviews(db, id)).map(presentReview) };
}

/** The sentence(s) of the other language version aligned with this one, when the document is one of a pair. */
async function alignedSentences(
  db: Db,
  partners: Partner[],
  sentenceIdx: number,
  documentOf: (id: string) => Promise<DocumentRow | null>,
): Promise<CitationDetailDto['aligned']> {
  for (const p of partners) {
    const idx = p.aligned.get(sentenceIdx);
    if (!idx?.length) continue;
    const sentences = await sentencesByIdx(db, p.documentId, idx);
    const doc = await documentOf(p.documentId);
    if (!doc || !sentences.length) continue;
    return {
      pairId: p.pairId,
      documentId: doc.id,
      documentTitle: doc.title,
      lang: doc.lang,
      link: readerLink(doc.id, sentences[0]!.idx),
      sentences: sentences.map(presentSentence),
    };
  }
  return null;
}

const origin = (url: string) => new URL(url).origin;

const routes = {
  list: createRoute({
    method: 'get',
    path: '/',
    summary: 'Claims with filters and facet counts (rejected claims only with status=rejected)',
    request: { query: ClaimQuery },
    responses: { 200: jsonResponse(ClaimListDto, 'Claims'), 400: problemResponse('Invalid query') },
  }),
  detail: createRoute({
    method: 'get',
    path: '/{id}',
    summary: 'A claim, each citation with its sentence in context and, when aligned, the translated sentence',
    request: { params: ClaimParam },
    responses: { 200: jsonResponse(ClaimDetailDto, 'Claim'), 404: problemResponse('Unknown claim') },
  }),
  review: createRoute({
    method: 'patch',
    path: '/{id}',
    summary: 'Review a claim: confirm, reject, or set back to extracted (logged)',
    request: { params: ClaimParam, body: { content: { 'application/json': { schema: PatchClaimBody } }, required: true } },
    responses: { 200: jsonResponse(ClaimDetailDto, 'Claim'), 400: problemResponse('Invalid review'), 401: problemResponse('Token required'), 404: problemResponse('Unknown claim') },
  }),
  annotations: createRoute({
    method: 'get',
    path: '/{id}/annotations',
    summary: 'W3C Web Annotations of every citation (TextQuoteSelector and TextPositionSelector)',
    request: { params: ClaimParam },
    responses: { 200: { content: { 'application/ld+json': { schema: AnnotationListDto } }, description: 'Annotation collection' }, 404: problemResponse('Unknown claim') },
  }),
  cite: createRoute({
    method: 'get',
    path: '/{id}/cite',
    summary: 'The cited passages as CSL-JSON or RIS, with page and the quote as note',
    request: { params: ClaimParam, query: CiteQuery },
    responses: {
      200: { content: { 'application/vnd.citationstyles.csl+json': { schema: z.array(CslItemDto) }, 'application/x-research-info-systems': { schema: z.string() } }, description: 'Citation file' },
      400: problemResponse('Unknown format'),
      404: problemResponse('Unknown claim'),
    },
  }),
  claimReview: createRoute({
    method: 'get',
    path: '/{id}/claimreview',
    summary: 'schema.org ClaimReview (JSON-LD) of a reviewed claim',
    request: { params: ClaimParam },
    responses: { 200: { content: { 'application/ld+json': { schema: ClaimReviewDto } }, description: 'ClaimReview' }, 404: problemResponse('Unknown claim'), 409: problemResponse('Not reviewed') },
  }),
};

/** Claims: explorer, trace, review and exports. */
export function claimRoutes({ db }: AppDeps) {
  const exportable = async (id: string, url: string) => {
    const record = await getClaimRecord(db, id);
    if (!record) throw notFound('claim', id);
    const documents = await loadCitedDocuments(db, record.citations.map((c) => c.documentId));
    return { record, claim: modelClaim(record), ctx: { baseUrl: origin(url), documents } };
  };
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(routes.list, async (c) => {
      const query = c.req.valid('query');
      const filter = {
        type: query.type,
        subject: query.subject,
        predicate: query.predicate,
        object: query.object,
        documentIds: query.doc ? [query.doc] : undefined,
        lang: query.lang,
        from: query.from,
        to: query.to,
        status: query.status,
        text: query.q,
      };
      if (query.from && query.to && query.from > query.to) throw new AppError(400, 'INVALID_INPUT', 'Invalid request', `from (${query.from}) is after to (${query.to}).`);
      const rows = await listClaimRecords(db, filter, query.limit, query.offset);
      const total = await countClaims(db, filter);
      const facets = await claimFacets(db, filter);
      return c.json({ items: rows.map(presentClaim), total, limit: query.limit, offset: query.offset, facets }, 200);
    })
    .openapi(routes.detail, async (c) => c.json(await loadClaimDetail(db, c.req.valid('param').id), 200))
    .openapi(routes.review, async (c) => {
      const { id } = c.req.valid('param');
      const { status, reviewer, note } = c.req.valid('json');
      const found = await db.tx((q) => reviewClaim(q, id, status, reviewer, note));
      if (!found) throw notFound('claim', id);
      return c.json(await loadClaimDetail(db, id), 200);
    })
    .openapi(routes.annotations, async (c) => {
      const { id } = c.req.valid('param');
      const { claim, ctx } = await exportable(id, c.req.url);
      const items = claimAnnotations(claim, ctx);
      const body = { '@context': 'http://www.w3.org/ns/anno.jsonld' as const, id: `${ctx.baseUrl}/api/claims/${id}/annotations`, type: 'AnnotationCollection' as const, total: items.length, items };
      return c.json(body, 200, { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' });
    })
    .openapi(routes.cite, async (c) => {
      const { id } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const { claim, ctx } = await exportable(id, c.req.url);
      if (format === 'ris') {
        return c.body(claimRis(claim, ctx), 200, { 'content-type': 'application/x-research-info-systems; charset=utf-8', 'content-disposition': `attachment; filename="${id}.ris"` });
      }
      return c.body(JSON.stringify(claimCsl(claim, ctx), null, 2), 200, { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' });
    })
    .openapi(routes.claimReview, async (c) => {
      const { id } = c.req.valid('param');
      const { record, claim, ctx } = await exportable(id, c.req.url);
      if (claim.status === 'extracted') throw new AppError(409, 'NOT_REVIEWED', 'Not reviewed', `Claim ${id} has not been reviewed: confirm or reject it first.`);
      return c.json(claimReview(claim, ctx, record.reviewedAt), 200, { 'content-type': 'application/ld+json' });
    });
}
