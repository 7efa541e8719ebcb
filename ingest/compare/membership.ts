import type { Citation, Claim, EntityRef, Modality } from '../claims/model.ts';
import { compareTimes, covers, effectiveTime, type EffectiveTime } from './claim-time.ts';
import { liveClaims } from './claim-sources.ts';
import { incompatibleStatuses, MEMBERSHIP_STATUSES, membershipStatusOf, type MembershipStatus } from './membership-status.ts';

/** One membership claim as evidence for a cell or an answer. */
export interface MembershipEvidence {
  claimId: string;
  status: MembershipStatus;
  modality: Modality;
  /** The group the entity was named through ("les États baltes"). */
  group: EntityRef | null;
  time: EffectiveTime | null;
  citations: Citation[];
}

export interface MembershipCell {
  entity: string;
  bucket: string;
  /** The status most sources give for this cell (ties: the order of MEMBERSHIP_STATUSES). */
  status: MembershipStatus;
  /** Sources disagree in this cell (in vs out). */
  conflict: boolean;
  evidence: MembershipEvidence[];
}

export interface MembershipMatrix {
  group: string;
  /** Time buckets (YYYY-MM), oldest first. */
  buckets: string[];
  /** Row entities, with the groups they were named through. */
  entities: Array<{ entity: EntityRef; via: EntityRef[] }>;
  cells: MembershipCell[];
  /** Membership claims with no date at all. */
  undated: MembershipEvidence[];
}

const monthOf = (iso: string) => iso.slice(0, 7);

/** Every month a period touches (a claim "depuis 2022" fills each column it spans). */
function monthsOf(t: EffectiveTime, columns: readonly string[]): string[] {
  const [lo, hi] = [monthOf(t.from), monthOf(t.to)];
  return columns.filter((m) => lo <= m && m <= hi);
}

/** A membership claim with its status and its time (computed once). */
interface FoundMembership {
  claim: Claim;
  status: MembershipStatus;
  time: EffectiveTime | null;
}

function evidenceOf({ claim: c, status, time }: FoundMembership): MembershipEvidence {
  return { claimId: c.id, status, modality: c.modality, group: c.group ?? null, time, citations: c.citations };
}

/** The membership claims about one coalition or mission, with their status. */
function membershipClaims(claims: readonly Claim[], group: string): FoundMembership[] {
  const out: FoundMembership[] = [];
  for (const c of liveClaims(claims)) {
    const status = c.type === 'membership' && c.object?.id === group ? membershipStatusOf(c.predicate) : null;
    if (status) out.push({ claim: c, status, time: effectiveTime(c) });
  }
  return out;
}

/** Appends to the list under `key`, creating it (no copy per insertion). */
function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Sums up the evidence of one cell. */
function summarise(evidence: MembershipEvidence[]): { status: MembershipStatus; conflict: boolean } {
  const counts = new Map<MembershipStatus, number>();
  for (const e of evidence) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  let status: MembershipStatus = MEMBERSHIP_STATUSES.find((s) => counts.has(s))!;
  for (const s of MEMBERSHIP_STATUSES) if ((counts.get(s) ?? 0) > (counts.get(status) ?? 0)) status = s;
  const present = [...counts.keys()];
  const conflict = present.some((s, i) => present.slice(i + 1).some((t) => incompatibleStatuses(s, t)));
  return { status, conflict };
}

/**
 * Entities × months for one coalition or mission. Columns are the months some claim starts in;
 * a claim covering a range fills every such column it spans. Groups appear as their members
 * (extraction already expanded them), with the group kept on the evidence.
 */
export function membershipMatrix(claims: readonly Claim[], group: string): MembershipMatrix {
  const found = membershipClaims(claims, group);
  const buckets = [...new Set(found.flatMap((f) => (f.time ? [monthOf(f.time.from)] : [])))].sort();
  const cellMap = new Map<string, MembershipEvidence[]>();
  const entities = new Map<string, { entity: EntityRef; via: Map<string, EntityRef> }>();
  for (const f of found) {
    const { claim, time: t } = f;
    const row = entities.get(claim.subject.id) ?? { entity: claim.subject, via: new Map() };
    if (claim.group) row.via.set(claim.group.id, claim.group);
    entities.set(claim.subject.id, row);
    if (!t) continue;
    const evidence = evidenceOf(f);
    for (const m of monthsOf(t, buckets)) pushTo(cellMap, `${claim.subject.id}\u0000${m}`, evidence);
  }
  const cells: MembershipCell[] = [];
  for (const [key, evidence] of cellMap) {
    const [entity, bucket] = key.split('\u0000') as [string, string];
    cells.push({ entity, bucket, evidence, ...summarise(evidence) });
  }
  cells.sort((a, b) => a.entity.localeCompare(b.entity) || a.bucket.localeCompare(b.bucket));
  return {
    group,
    buckets,
    entities: [...entities.values()].map((r) => ({ entity: r.entity, via: [...r.via.values()] })).sort((a, b) => a.entity.id.localeCompare(b.entity.id)),
    cells,
    undated: found.filter((f) => !f.time).map(evidenceOf),
  };
}

export interface MemberAnswer {
  entity: EntityRef;
  status: MembershipStatus;
  conflict: boolean;
  /** 'during': sources speak of that date; 'before': the latest thing sources said before it. */
  basis: 'during' | 'before';
  evidence: MembershipEvidence[];
}

/**
 * "Who was in X on date D, according to which sources": per entity, the claims whose period
 * covers D, else the latest claims before D (a status holds until a source says otherwise).
 * Claims dated after D are not evidence for D.
 */
export function membersOn(claims: readonly Claim[], group: string, date: string): MemberAnswer[] {
  const byEntity = new Map<string, Array<FoundMembership & { time: EffectiveTime }>>();
  for (const f of membershipClaims(claims, group)) {
    const time = f.time;
    if (!time || time.from > date) continue;
    pushTo(byEntity, f.claim.subject.id, { ...f, time });
  }
  const answers: MemberAnswer[] = [];
  for (const found of byEntity.values()) {
    const during = found.filter((f) => covers(f.time, date));
    let chosen = during;
    if (!during.length) {
      const latest = found.reduce((m, f) => (f.time.to > m ? f.time.to : m), '');
      chosen = found.filter((f) => f.time.to === latest);
    }
    chosen.sort((a, b) => compareTimes(a.time, b.time));
    const evidence = chosen.map(evidenceOf);
    answers.push({ entity: chosen[0]!.claim.subject, basis: during.length ? 'during' : 'before', evidence, ...summarise(evidence) });
  }
  return answers.sort((a, b) => a.entity.id.localeCompare(b.entity.id));
}

/** The coalitions and missions that membership claims name, most named first (for pickers). */
export function membershipGroups(claims: readonly Claim[]): Array<{ id: string; name: string; count: number }> {
  const groups = new Map<string, { id: string; name: string; count: number }>();
  for (const c of liveClaims(claims)) {
    if (c.type !== 'membership' || !c.object) continue;
    const g = groups.get(c.object.id) ?? { id: c.object.id, name: c.object.name, count: 0 };
    g.count++;
    groups.set(c.object.id, g);
  }
  return [...groups.values()].sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));
}
