import type { Citation, Claim } from '../../ingest/claims/model.ts';
import type { EffectiveTime } from '../../ingest/compare/claim-time.ts';
import type { DocComparisonPart } from '../../ingest/compare/compare-docs.ts';
import type { Conflict } from '../../ingest/compare/conflicts.ts';
import type { MembershipEvidence } from '../../ingest/compare/membership.ts';
import type { ClaimPoint } from '../../ingest/compare/point.ts';
import type { ClaimRecord, StoredCitation } from '../../ingest/store/claims.repo.ts';
import type { AnalysisClaimDto, ConflictDto, EffectiveTimeDto, PointDto } from '../schemas/analysis.ts';
import type { CitationDto } from '../schemas/claims.ts';
import { presentCitation } from './claims.ts';
import { withNames } from './entity-names.ts';

/**
 * Builds the analysis DTOs. The analyses work on model claims; the records they came from
 * (same ids) carry each citing document's title, language and date for the UI.
 */
export function analysisPresenter(records: readonly ClaimRecord[]) {
  const byId = new Map(records.map((r) => [r.id, r]));
  const stored = (claimId: string, c: Citation): StoredCitation | undefined =>
    byId.get(claimId)?.citations.find((x) => x.documentId === c.documentId && x.start === c.start && x.end === c.end);

  // The stored citation carries its document's title, language and date; a model citation
  // without one (never seen in practice) is shown with its document id.
  const citation = (claimId: string, c: Citation): CitationDto => {
    const s = stored(claimId, c);
    return s ? presentCitation(s) : presentCitation({ ...c, documentTitle: c.documentId, lang: 'und', documentDate: null });
  };

  // A claim shows up several times in one response (a comparison lists it whole and per passage,
  // and again in each conflict): present it once.
  const presented = new Map<string, AnalysisClaimDto>();
  const claim = (c: Claim): AnalysisClaimDto => {
    const done = presented.get(c.id);
    if (done) return done;
    const dto = presentAnalysisClaim(c);
    presented.set(c.id, dto);
    return dto;
  };

  const presentAnalysisClaim = (c: Claim): AnalysisClaimDto => ({
    id: c.id,
    type: c.type,
    subject: withNames(c.subject),
    predicate: c.predicate,
    ...(c.object ? { object: withNames(c.object) } : {}),
    ...(c.value ? { value: c.value } : {}),
    ...(c.time ? { time: c.time } : {}),
    ...(c.group ? { group: withNames(c.group) } : {}),
    modality: c.modality,
    ...(c.attribution ? { attribution: withNames(c.attribution) } : {}),
    documentDate: c.documentDate,
    status: c.status,
    citations: c.citations.map((x) => citation(c.id, x)),
  });

  const time = (t: EffectiveTime | null): EffectiveTimeDto | null =>
    t ? { from: t.from, to: t.to, precision: t.precision, ...(t.text !== undefined ? { text: t.text } : {}), source: t.source } : null;

  const point = (p: ClaimPoint): PointDto => ({ claim: claim(p.claim), time: time(p.time), number: p.number, exact: p.exact });

  const conflict = (c: Conflict): ConflictDto => ({
    id: c.id,
    kind: c.kind,
    reason: c.reason,
    a: { claim: claim(c.a.claim), time: time(c.a.time) },
    b: { claim: claim(c.b.claim), time: time(c.b.time) },
  });

  const evidence = (e: MembershipEvidence) => ({ ...e, time: time(e.time), citations: e.citations.map((x) => citation(e.claimId, x)) });

  const part = (p: DocComparisonPart) => ({
    both: p.both.map((s) => ({ key: s.key, a: claim(s.a), b: claim(s.b) })),
    onlyA: p.onlyA.map(claim),
    onlyB: p.onlyB.map(claim),
    conflicts: p.conflicts.map(conflict),
  });

  return { claim, time, point, conflict, evidence, part };
}
