import { z } from '@hono/zod-openapi';
import { Approx, Modality, Predicate } from '../../ingest/claims/model.ts';
import { MEMBERSHIP_STATUSES } from '../../ingest/compare/membership-status.ts';
import { REASON_CODES } from '../../ingest/compare/reasons.ts';
import { CitationDto, ClaimDto, EntityRefDto, TimeRefDto } from './claims.ts';
import { DocLang, DocumentId } from './common.ts';

/** HTTP shapes of timelines, stances, membership, conflicts and document comparison (issue #5). */

const EntityId = z.string().regex(/^[a-z]+:[A-Za-z0-9][A-Za-z0-9-]*$/, 'an entity id looks like country:FR or coalition:willing');

/** A claim as the analyses show it: what it says, when, how sure, and where (citations with reader links). */
export const AnalysisClaimDto = ClaimDto.pick({
  id: true,
  type: true,
  subject: true,
  predicate: true,
  object: true,
  value: true,
  time: true,
  group: true,
  modality: true,
  attribution: true,
  documentDate: true,
  status: true,
  citations: true,
})
  .openapi('AnalysisClaim');
export type AnalysisClaimDto = z.infer<typeof AnalysisClaimDto>;

/** Where a claim sits in time: the text's time (`source: text`) or the document date (`source: document`). */
export const EffectiveTimeDto = TimeRefDto.openapi('EffectiveTime');
export type EffectiveTimeDto = z.infer<typeof EffectiveTimeDto>;

export const PlottedNumberDto = z
  .object({ amount: z.number(), approx: Approx, low: z.number().nullable(), high: z.number().nullable(), unit: z.string().nullable(), text: z.string() })
  .openapi('PlottedNumber');

export const PointDto = z
  .object({ claim: AnalysisClaimDto, time: EffectiveTimeDto.nullable(), number: PlottedNumberDto.nullable(), exact: z.boolean() })
  .openapi('TimelinePoint');
export type PointDto = z.infer<typeof PointDto>;

export const TimelineDto = z
  .object({
    subject: z.string(),
    predicate: Predicate,
    /** The predicates drawn: the one asked for and those measuring the same thing (members / countries at a summit). */
    predicates: z.array(Predicate),
    points: z.array(PointDto),
    undated: z.array(PointDto),
  })
  .openapi('Timeline');
export type TimelineDto = z.infer<typeof TimelineDto>;

export const StancePointDto = PointDto.extend({ role: z.enum(['subject', 'speaker']) }).openapi('StancePoint');
export const StancesDto = z.object({ actor: z.string(), points: z.array(StancePointDto) }).openapi('Stances');
export type StancesDto = z.infer<typeof StancesDto>;

export const MembershipStatusDto = z.enum(MEMBERSHIP_STATUSES);
export type MembershipStatusDto = z.infer<typeof MembershipStatusDto>;

export const MembershipEvidenceDto = z
  .object({
    claimId: z.string(),
    status: MembershipStatusDto,
    modality: Modality,
    group: EntityRefDto.nullable(),
    time: EffectiveTimeDto.nullable(),
    citations: z.array(CitationDto),
  })
  .openapi('MembershipEvidence');

export const MembershipCellDto = z
  .object({ entity: z.string(), bucket: z.string(), status: MembershipStatusDto, conflict: z.boolean(), evidence: z.array(MembershipEvidenceDto) })
  .openapi('MembershipCell');

export const MemberAnswerDto = z
  .object({ entity: EntityRefDto, status: MembershipStatusDto, conflict: z.boolean(), basis: z.enum(['during', 'before']), evidence: z.array(MembershipEvidenceDto) })
  .openapi('MemberAnswer');
export type MemberAnswerDto = z.infer<typeof MemberAnswerDto>;

export const MembershipDto = z
  .object({
    group: z.string(),
    statuses: z.array(MembershipStatusDto),
    /** Months (YYYY-MM) some claim starts in, oldest first. */
    buckets: z.array(z.string()),
    entities: z.array(z.object({ entity: EntityRefDto, via: z.array(EntityRefDto) })),
    cells: z.array(MembershipCellDto),
    undated: z.array(MembershipEvidenceDto),
    /** Set when `date` was asked: who was in the group that day, according to which sources. */
    date: z.string().nullable(),
    members: z.array(MemberAnswerDto).nullable(),
    /** Coalitions and missions that have membership claims, to pick from. */
    groups: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
  })
  .openapi('Membership');
export type MembershipDto = z.infer<typeof MembershipDto>;

export const ConflictSideDto = z.object({ claim: AnalysisClaimDto, time: EffectiveTimeDto.nullable() });
export const ConflictDto = z
  .object({
    id: z.string(),
    kind: z.enum(['change', 'contradiction']),
    reason: z.object({ code: z.enum(REASON_CODES), fr: z.string(), en: z.string() }),
    /** The earlier side first. */
    a: ConflictSideDto,
    b: ConflictSideDto,
  })
  .openapi('Conflict');
export type ConflictDto = z.infer<typeof ConflictDto>;
export const ConflictListDto = z.object({ items: z.array(ConflictDto), total: z.number().int() }).openapi('ConflictList');
export type ConflictListDto = z.infer<typeof ConflictListDto>;

export const SharedClaimDto = z.object({ key: z.string(), a: AnalysisClaimDto, b: AnalysisClaimDto });
const ComparePart = {
  both: z.array(SharedClaimDto),
  onlyA: z.array(AnalysisClaimDto),
  onlyB: z.array(AnalysisClaimDto),
  conflicts: z.array(ConflictDto),
};
export const CompareDocDto = z.object({ id: z.string(), title: z.string(), lang: DocLang, date: z.string().nullable() });
export const CompareDto = z
  .object({
    a: CompareDocDto,
    b: CompareDocDto,
    ...ComparePart,
    /** Set for an aligned pair: the same split per aligned passage (sentence indexes in A and B; null = outside every passage). */
    pairId: z.string().nullable(),
    passages: z
      .array(z.object({ passage: z.object({ id: z.string(), a: z.array(z.number().int()), b: z.array(z.number().int()) }).nullable(), ...ComparePart }))
      .nullable(),
  })
  .openapi('DocumentComparison');
export type CompareDto = z.infer<typeof CompareDto>;

export const TimelineQuery = z.object({ subject: EntityId, predicate: Predicate });
export const StancesParam = z.object({ id: EntityId });
export const MembershipQuery = z.object({ group: EntityId, date: z.iso.date().optional() });
export const ConflictQuery = z.object({ subject: EntityId.optional(), kind: z.enum(['change', 'contradiction']).optional() });
export const CompareQuery = z.object({ a: DocumentId, b: DocumentId });
