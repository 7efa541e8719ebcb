import { z } from 'zod';
import { Claim, ClaimType, ClaimValue, EntityRef, Modality, Predicate, ReviewStatus, TimeRef, type Citation } from '../claims/model.ts';
import type { CitedDocument } from '../claims/exports/cited-document.ts';
import type { Queryable } from './db.ts';

/** Which claims to read. Rejected claims are left out unless `includeRejected` or `status: 'rejected'`. */
export interface ClaimFilter {
  type?: ClaimType | undefined;
  /** Entity id of the subject (`country:FR`). */
  subject?: string | undefined;
  predicate?: Predicate | undefined;
  /** Entity id of the object (`coalition:willing`). */
  object?: string | undefined;
  /** Claims with a citation in one of these documents. */
  documentIds?: string[] | undefined;
  /** Claims with a citation in a document of this language. */
  lang?: 'fr' | 'en' | undefined;
  /** ISO dates: the claim's time (or, without one, its document's date) overlaps [from, to]. */
  from?: string | undefined;
  to?: string | undefined;
  status?: ReviewStatus | undefined;
  includeRejected?: boolean | undefined;
  /** Words in a quote or an entity name (accent- and case-insensitive). */
  text?: string | undefined;
  /** Claims that name this entity in any role (subject, object, participant, initiator, place, group, attribution). */
  entity?: string | undefined;
}

/** A citation with what lists show of its document. */
export interface StoredCitation extends Citation {
  documentTitle: string;
  lang: 'fr' | 'en' | 'und';
  documentDate: string | null;
}

/** A stored claim with its review time and citations carrying document metadata. */
export type ClaimRecord = Omit<Claim, 'citations'> & { key: string; reviewedAt: Date | null; citations: StoredCitation[] };

const Json = <T extends z.ZodType>(s: T) => z.preprocess((v) => (typeof v === 'string' ? JSON.parse(v) : v), s);

const CitationRow = z.object({
  documentId: z.string(),
  blockIdx: z.number(),
  sentenceIdx: z.number(),
  start: z.number(),
  end: z.number(),
  page: z.number(),
  quote: z.string(),
  documentTitle: z.string(),
  lang: z.enum(['fr', 'en', 'und']),
  documentDate: z.string().nullable(),
});

const ClaimRow = z.object({
  id: z.string(),
  key: z.string(),
  type: ClaimType,
  subject: Json(EntityRef),
  predicate: Predicate,
  object: Json(EntityRef).nullable(),
  value: Json(ClaimValue).nullable(),
  time: Json(TimeRef).nullable(),
  place: Json(EntityRef).nullable(),
  participants: Json(z.array(EntityRef)),
  initiators: Json(z.array(EntityRef)),
  group_ref: Json(EntityRef).nullable(),
  attribution: Json(EntityRef).nullable(),
  modality: Modality,
  confidence: z.number(),
  extractor_name: z.string(),
  extractor_version: z.string(),
  status: ReviewStatus,
  reviewer: z.string().nullable(),
  note: z.string().nullable(),
  reviewed_at: z.date().nullable(),
  document_date: z.string().nullable(),
  citations: Json(z.array(CitationRow)),
});

const COLUMNS = `c.id, c.key, c.type, c.subject, c.predicate, c.object, c.value, c.time, c.place, c.participants, c.initiators, c.group_ref,
  c.attribution, c.modality, c.confidence, c.extractor_name, c.extractor_version, c.status, c.reviewer, c.note, c.reviewed_at,
  to_char(c.document_date, 'YYYY-MM-DD') AS document_date,
  (SELECT coalesce(json_agg(json_build_object(
      'documentId', x.document_id, 'blockIdx', x.block_idx, 'sentenceIdx', x.sentence_idx, 'start', x.char_start, 'end', x.char_end,
      'page', x.page, 'quote', x.quote, 'documentTitle', d.title, 'lang', d.lang, 'documentDate', to_char(d.published_on, 'YYYY-MM-DD'))
      ORDER BY d.published_on NULLS LAST, d.lang, x.document_id, x.char_start), '[]'::json)
   FROM claim_citations x JOIN documents d ON d.id = x.document_id WHERE x.claim_id = c.id) AS citations`;

/** SQL conditions on `claims c` for a filter; parameters are appended to `params`. */
export function claimWhere(f: ClaimFilter, params: unknown[]): string {
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const cond: string[] = [];
  if (f.type) cond.push(`c.type = ${p(f.type)}`);
  if (f.predicate) cond.push(`c.predicate = ${p(f.predicate)}`);
  if (f.subject) cond.push(`c.subject_id = ${p(f.subject)}`);
  if (f.object) cond.push(`c.object_id = ${p(f.object)}`);
  if (f.status) cond.push(`c.status = ${p(f.status)}`);
  else if (!f.includeRejected) cond.push(`c.status <> 'rejected'`);
  if (f.documentIds) cond.push(`EXISTS (SELECT 1 FROM claim_citations x WHERE x.claim_id = c.id AND x.document_id = ANY(${p(f.documentIds)}::text[]))`);
  if (f.lang) cond.push(`EXISTS (SELECT 1 FROM claim_citations x JOIN documents d ON d.id = x.document_id WHERE x.claim_id = c.id AND d.lang = ${p(f.lang)})`);
  if (f.from) cond.push(`coalesce(c.time_to, c.document_date) >= ${p(f.from)}::date`);
  if (f.to) cond.push(`coalesce(c.time_from, c.document_date) <= ${p(f.to)}::date`);
  if (f.entity) {
    const e = p(f.entity);
    cond.push(`(c.subject_id = ${e} OR c.object_id = ${e} OR c.place_id = ${e} OR c.group_id = ${e} OR c.attribution_id = ${e}
      OR ${e} = ANY(c.participant_ids) OR ${e} = ANY(c.initiator_ids))`);
  }
  if (f.text) {
    const t = p(`%${f.text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    cond.push(`(unaccent(c.subject->>'name') ILIKE unaccent(${t}) OR unaccent(coalesce(c.object->>'name', '')) ILIKE unaccent(${t})
      OR unaccent(coalesce(c.value->>'text', '')) ILIKE unaccent(${t})
      OR EXISTS (SELECT 1 FROM claim_citations x WHERE x.claim_id = c.id AND unaccent(x.quote) ILIKE unaccent(${t})))`);
  }
  return cond.length ? `WHERE ${cond.join(' AND ')}` : '';
}

function toRecord(row: unknown): ClaimRecord {
  const r = ClaimRow.parse(row);
  return {
    id: r.id,
    key: r.key,
    type: r.type,
    subject: r.subject,
    predicate: r.predicate,
    ...(r.object ? { object: r.object } : {}),
    ...(r.value ? { value: r.value } : {}),
    ...(r.time ? { time: r.time } : {}),
    ...(r.place ? { place: r.place } : {}),
    participants: r.participants,
    initiators: r.initiators,
    ...(r.group_ref ? { group: r.group_ref } : {}),
    modality: r.modality,
    ...(r.attribution ? { attribution: r.attribution } : {}),
    confidence: r.confidence,
    extractor: { name: r.extractor_name, version: r.extractor_version },
    documentDate: r.document_date,
    status: r.status,
    reviewer: r.reviewer,
    note: r.note,
    reviewedAt: r.reviewed_at,
    citations: r.citations,
  };
}

const ORDER = `ORDER BY c.document_date NULLS LAST, c.type, c.predicate, c.subject_id, c.id`;

/** Claims with their citations (model shape), for analysis and exports. */
export async function loadClaims(q: Queryable, filter: ClaimFilter = {}): Promise<Claim[]> {
  const params: unknown[] = [];
  const r = await q.query(`SELECT ${COLUMNS} FROM claims c ${claimWhere(filter, params)} ${ORDER}`, params);
  return r.rows.map((row) => modelClaim(toRecord(row)));
}

/** A stored claim in the model's shape: no key or review time, citations without document metadata. */
export function modelClaim(r: ClaimRecord): Claim {
  const { key: _key, reviewedAt: _at, citations, ...claim } = r;
  return { ...claim, citations: citations.map(pureCitation) };
}

/** A citation's own fields, without what a stored one adds (document title, language, date). */
export const pureCitation = (c: Citation): Citation => ({
  documentId: c.documentId,
  blockIdx: c.blockIdx,
  sentenceIdx: c.sentenceIdx,
  start: c.start,
  end: c.end,
  page: c.page,
  quote: c.quote,
});

/** One page of claims with document metadata on each citation; `countClaims` gives the total when a caller shows one. */
export async function listClaimRecords(q: Queryable, filter: ClaimFilter, limit: number, offset = 0): Promise<ClaimRecord[]> {
  const params: unknown[] = [];
  const r = await q.query(`SELECT ${COLUMNS} FROM claims c ${claimWhere(filter, params)} ${ORDER} LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`, params);
  return r.rows.map(toRecord);
}

/** How many claims match the filter. */
export async function countClaims(q: Queryable, filter: ClaimFilter): Promise<number> {
  const params: unknown[] = [];
  const n = await q.query<{ n: string }>(`SELECT count(*) AS n FROM claims c ${claimWhere(filter, params)}`, params);
  return Number(n.rows[0]?.n ?? 0);
}

export async function getClaimRecord(q: Queryable, id: string): Promise<ClaimRecord | null> {
  const r = await q.query(`SELECT ${COLUMNS} FROM claims c WHERE c.id = $1`, [id]);
  return r.rows[0] ? toRecord(r.rows[0]) : null;
}

export interface FacetRow {
  value: string;
  label?: string;
  count: number;
}

const FACETS = ['type', 'predicate', 'status', 'document', 'lang', 'subject'] as const;
export type ClaimFacets = Record<(typeof FACETS)[number], FacetRow[]>;

const FacetCountRow = z.object({ facet: z.enum(FACETS), value: z.string(), label: z.string().nullable(), n: z.coerce.number() });

/**
 * Counts over the filtered claims: per type, predicate, status, citing document, language and
 * subject (top `topSubjects`), most frequent first, in one query. Claims are joined to their
 * citations for the document and language sets, so every set counts distinct claims.
 */
export async function claimFacets(q: Queryable, filter: ClaimFilter, topSubjects = 20): Promise<ClaimFacets> {
  const params: unknown[] = [];
  const where = claimWhere(filter, params);
  params.push(Math.trunc(topSubjects));
  const r = await q.query(
    `WITH f AS (SELECT c.* FROM claims c ${where}),
     g AS (
       SELECT CASE WHEN GROUPING(f.type) = 0 THEN 'type' WHEN GROUPING(f.predicate) = 0 THEN 'predicate' WHEN GROUPING(f.status) = 0 THEN 'status'
                   WHEN GROUPING(f.subject_id) = 0 THEN 'subject' WHEN GROUPING(d.id) = 0 THEN 'document' ELSE 'lang' END AS facet,
              coalesce(f.type, f.predicate, f.status, f.subject_id, d.id, d.lang) AS value,
              CASE WHEN GROUPING(f.subject_id) = 0 THEN min(f.subject->>'name') WHEN GROUPING(d.id) = 0 THEN d.title END AS label,
              count(DISTINCT f.id) AS n
       FROM f LEFT JOIN claim_citations x ON x.claim_id = f.id LEFT JOIN documents d ON d.id = x.document_id
       GROUP BY GROUPING SETS ((f.type), (f.predicate), (f.status), (f.subject_id), (d.id, d.title), (d.lang))),
     ranked AS (
       SELECT g.*, row_number() OVER (PARTITION BY facet ORDER BY n DESC, CASE WHEN facet = 'document' THEN label END, value) AS rank
       FROM g WHERE value IS NOT NULL)
     SELECT facet, value, label, n FROM ranked WHERE facet <> 'subject' OR rank <= $${params.length} ORDER BY facet, rank`,
    params,
  );
  const out: ClaimFacets = { type: [], predicate: [], status: [], document: [], lang: [], subject: [] };
  for (const row of r.rows) {
    const x = FacetCountRow.parse(row);
    out[x.facet].push({ value: x.value, ...(x.label !== null ? { label: x.label } : {}), count: x.n });
  }
  return out;
}

const ReviewRow = z.object({ at: z.date(), reviewer: z.string(), from_status: ReviewStatus, to_status: ReviewStatus, note: z.string().nullable() });
export type ReviewRow = z.infer<typeof ReviewRow>;

/** Sets the review status of a claim and logs the action; returns false when there is no such claim. */
export async function reviewClaim(q: Queryable, id: string, status: ReviewStatus, reviewer: string, note: string | null | undefined): Promise<boolean> {
  const before = await q.query<{ status: ReviewStatus }>('SELECT status FROM claims WHERE id = $1 FOR UPDATE', [id]);
  const from = before.rows[0]?.status;
  if (!from) return false;
  await q.query(
    `UPDATE claims SET status = $2, reviewer = $3, reviewed_at = now(), updated_at = now(),
       note = CASE WHEN $4::boolean THEN $5 ELSE note END WHERE id = $1`,
    [id, status, reviewer, note !== undefined, note ?? null],
  );
  await q.query('INSERT INTO claim_reviews (claim_id, reviewer, from_status, to_status, note) VALUES ($1, $2, $3, $4, $5)', [id, reviewer, from, status, note ?? null]);
  return true;
}

export async function listReviews(q: Queryable, claimId: string): Promise<ReviewRow[]> {
  const r = await q.query('SELECT at, reviewer, from_status, to_status, note FROM claim_reviews WHERE claim_id = $1 ORDER BY at, id', [claimId]);
  return r.rows.map((x) => ReviewRow.parse(x));
}

const CitedDocumentRow = z.object({
  id: z.string(),
  title: z.string(),
  authors: z.array(z.string()),
  publisher: z.string().nullable(),
  published_on: z.string().nullable(),
  date_precision: z.enum(['day', 'month', 'year']).nullable(),
  lang: z.enum(['fr', 'en', 'und']),
  kind: z.string().nullable(),
  clean_text: z.string(),
});

/** The citing documents' metadata and clean text, as the exports need them. */
export async function loadCitedDocuments(q: Queryable, ids: string[]): Promise<Map<string, CitedDocument>> {
  if (!ids.length) return new Map();
  const r = await q.query(
    `SELECT id, title, authors, publisher, to_char(published_on, 'YYYY-MM-DD') AS published_on, date_precision, lang, kind, clean_text
     FROM documents WHERE id = ANY($1::text[])`,
    [[...new Set(ids)]],
  );
  return new Map(
    r.rows.map((row) => {
      const d = CitedDocumentRow.parse(row);
      return [d.id, { id: d.id, title: d.title, authors: d.authors, publisher: d.publisher, publishedOn: d.published_on, datePrecision: d.date_precision, lang: d.lang, kind: d.kind, cleanText: d.clean_text }];
    }),
  );
}

/** Whether a claim cites one of these sentences of either document (each side: a document and sentence idxs). */
export async function citesAnySentence(q: Queryable, sides: { documentId: string; sentences: number[] }[]): Promise<boolean> {
  const r = await q.query<{ cited: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM claim_citations c JOIN unnest($1::text[], $2::int[]) AS s(document_id, idx)
       ON c.document_id = s.document_id AND c.sentence_idx = s.idx) AS cited`,
    [sides.flatMap((s) => s.sentences.map(() => s.documentId)), sides.flatMap((s) => s.sentences)],
  );
  return r.rows[0]?.cited === true;
}
