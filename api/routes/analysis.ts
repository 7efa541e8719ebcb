import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { compareDocuments, type AlignedPassage } from '../../ingest/compare/compare-docs.ts';
import { findConflicts } from '../../ingest/compare/conflicts.ts';
import { MEMBERSHIP_STATUSES } from '../../ingest/compare/membership-status.ts';
import { membersOn, membershipGroups, membershipMatrix } from '../../ingest/compare/membership.ts';
import { actorStances } from '../../ingest/compare/stances.ts';
import { buildTimeline } from '../../ingest/compare/timeline.ts';
import { listClaimRecords, type ClaimFilter, type ClaimRecord } from '../../ingest/store/claims.repo.ts';
import type { Db } from '../../ingest/store/db.ts';
import { getDocument } from '../../ingest/store/documents.repo.ts';
import { listLinks } from '../../ingest/store/links.repo.ts';
import { getPair, pairIdFor, type PairRow } from '../../ingest/store/pairs.repo.ts';
import type { AppDeps } from '../context.ts';
import { notFound } from '../errors.ts';
import { withNames } from '../presenters/entity-names.ts';
import { analysisPresenter } from '../presenters/analysis.ts';
import {
  CompareDto,
  CompareQuery,
  ConflictListDto,
  ConflictQuery,
  MembershipDto,
  MembershipQuery,
  StancesDto,
  StancesParam,
  TimelineDto,
  TimelineQuery,
} from '../schemas/analysis.ts';
import { validationHook } from '../validation.ts';
import { jsonResponse, problemResponse } from './responses.ts';

/** Every analysis reads the claims as they are now, so a new document shows up without a restart. */
const ALL = 1_000_000;
const load = (db: Db, f: ClaimFilter): Promise<ClaimRecord[]> => listClaimRecords(db, f, ALL);

const routes = {
  timeline: createRoute({
    method: 'get',
    path: '/timeline',
    summary: 'Values of a subject\'s predicate over time, from every source, each point cited',
    request: { query: TimelineQuery },
    responses: { 200: jsonResponse(TimelineDto, 'Timeline'), 400: problemResponse('Invalid subject or predicate') },
  }),
  stances: createRoute({
    method: 'get',
    path: '/actors/{id}/stances',
    summary: 'An actor\'s stances, quotes and attributed claims over time',
    request: { params: StancesParam },
    responses: { 200: jsonResponse(StancesDto, 'Stances'), 400: problemResponse('Invalid entity id') },
  }),
  membership: createRoute({
    method: 'get',
    path: '/membership',
    summary: 'Entities × months for a coalition or mission; with `date`, who was in it that day according to which sources',
    request: { query: MembershipQuery },
    responses: { 200: jsonResponse(MembershipDto, 'Membership'), 400: problemResponse('Invalid group or date') },
  }),
  conflicts: createRoute({
    method: 'get',
    path: '/conflicts',
    summary: 'Changes over time and contradictions between sources, with both citations and why',
    request: { query: ConflictQuery },
    responses: { 200: jsonResponse(ConflictListDto, 'Conflicts'), 400: problemResponse('Invalid filter') },
  }),
  compare: createRoute({
    method: 'get',
    path: '/compare',
    summary: 'Claims of two documents: in both, only in one, in conflict (per aligned passage for a pair)',
    request: { query: CompareQuery },
    responses: { 200: jsonResponse(CompareDto, 'Comparison'), 400: problemResponse('Invalid document ids'), 404: problemResponse('Unknown document') },
  }),
};

/** The aligned passages between two documents when they are a (non-rejected) pair. */
async function passagesOf(db: Db, a: string, b: string): Promise<{ pairId: string; passages: AlignedPassage[] } | null> {
  // Only the two possible pair ids are read, not every pair with its link counts.
  const candidates = [await getPair(db, pairIdFor(a, b)), await getPair(db, pairIdFor(b, a))];
  const pair = candidates.filter((p): p is PairRow => p !== null && p.status !== 'rejected').sort((p, q) => q.score - p.score)[0];
  if (!pair || !pair.aligned_at) return null;
  const aIsSrc = pair.src_id === a;
  const links = (await listLinks(db, pair.id)).filter((l) => l.status !== 'rejected');
  return { pairId: pair.id, passages: links.map((l) => ({ id: l.id, a: aIsSrc ? l.src : l.tgt, b: aIsSrc ? l.tgt : l.src })) };
}

/** Timelines, stances, membership, conflicts, document comparison (issue #5). */
export function analysisRoutes({ db }: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(routes.timeline, async (c) => {
      const { subject, predicate } = c.req.valid('query');
      const records = await load(db, { subject });
      const p = analysisPresenter(records);
      const t = buildTimeline(records, subject, predicate);
      return c.json({ subject, predicate, predicates: [...t.predicates], points: t.points.map(p.point), undated: t.undated.map(p.point) }, 200);
    })
    .openapi(routes.stances, async (c) => {
      const { id } = c.req.valid('param');
      const records = await load(db, { entity: id });
      const p = analysisPresenter(records);
      const s = actorStances(records, id);
      return c.json({ actor: id, points: s.points.map((x) => ({ ...p.point(x), role: x.role })) }, 200);
    })
    .openapi(routes.membership, async (c) => {
      const { group, date } = c.req.valid('query');
      const records = await load(db, { type: 'membership' });
      const p = analysisPresenter(records);
      const m = membershipMatrix(records, group);
      const members = date
        ? membersOn(records, group, date).map((a) => ({ entity: withNames(a.entity), status: a.status, conflict: a.conflict, basis: a.basis, evidence: a.evidence.map(p.evidence) }))
        : null;
      return c.json(
        {
          group,
          statuses: [...MEMBERSHIP_STATUSES],
          buckets: m.buckets,
          entities: m.entities.map((e) => ({ ...e, entity: withNames(e.entity), via: e.via.map(withNames) })),
          cells: m.cells.map((cell) => ({ ...cell, evidence: cell.evidence.map(p.evidence) })),
          undated: m.undated.map(p.evidence),
          date: date ?? null,
          members,
          groups: membershipGroups(records).map((g) => ({ ...g, ...withNames(g) })),
        },
        200,
      );
    })
    .openapi(routes.conflicts, async (c) => {
      const { subject, kind } = c.req.valid('query');
      const records = await load(db, subject ? { subject } : {});
      const p = analysisPresenter(records);
      const items = findConflicts(records, { subject, kind }).map(p.conflict);
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(routes.compare, async (c) => {
      const { a, b } = c.req.valid('query');
      const [docA, docB] = [await getDocument(db, a), await getDocument(db, b)];
      if (!docA) throw notFound('document', a);
      if (!docB) throw notFound('document', b);
      const records = await load(db, { documentIds: [a, b] });
      const p = analysisPresenter(records);
      const aligned = await passagesOf(db, a, b);
      const r = compareDocuments(records, a, b, aligned?.passages ?? null);
      const doc = (d: typeof docA) => ({ id: d.id, title: d.title, lang: d.lang, date: d.published_on });
      return c.json(
        {
          a: doc(docA),
          b: doc(docB),
          ...p.part(r),
          pairId: aligned?.pairId ?? null,
          passages: r.passages?.map((x) => ({ passage: x.passage ? { id: x.passage.id, a: [...x.passage.a], b: [...x.passage.b] } : null, ...p.part(x) })) ?? null,
        },
        200,
      );
    });
}

export type AnalysisRoutes = ReturnType<typeof analysisRoutes>;
