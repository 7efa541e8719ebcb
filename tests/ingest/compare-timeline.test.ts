/** Timelines and stances (#5): points over time with both times kept, exact vs approximate values, citations. */
import { describe, expect, it } from 'vitest';
import { actorStances } from '../../ingest/compare/stances.ts';
import { buildTimeline } from '../../ingest/compare/timeline.ts';
import { claim, E, storyClaims } from './compare-fixtures.ts';

describe('buildTimeline', () => {
  it('places the coalition size in time from every source, oldest first, keeping both times', () => {
    const t = buildTimeline(storyClaims(), E.coalition.id, 'member_count');
    // The summit's 35 countries is drawn with the members: the same measure, another wording.
    expect(t.predicates).toEqual(['member_count', 'participant_count']);
    expect(t.points.map((p) => [p.claim.id, p.claim.predicate])).toEqual([
      ['size-004', 'member_count'],
      ['size-003', 'member_count'],
      ['summit-003', 'participant_count'],
    ]);
    expect(buildTimeline(storyClaims(), E.eumam.id, 'soldiers_trained').predicates).toEqual(['soldiers_trained']);
    const [april, january] = [t.points[0]!, t.points[1]!];
    expect(april.time).toMatchObject({ from: '2025-04-10', source: 'text', text: 'Le 10 avril' });
    expect(april.claim.documentDate).toBe('2025-04-01');
    expect(january.time).toMatchObject({ from: '2026-01-01', source: 'document' });
  });

  it('draws approximations as a range and exact values as points', () => {
    const t = buildTimeline(storyClaims(), E.coalition.id, 'member_count');
    const about = t.points.find((p) => p.claim.id === 'size-004')!;
    const exact = t.points.find((p) => p.claim.id === 'summit-003')!;
    expect(about.exact).toBe(false);
    expect(about.number).toMatchObject({ amount: 30, approx: 'about', low: 24, high: 36 });
    expect(exact.exact).toBe(true);
    expect(exact.number).toMatchObject({ amount: 35, low: 35, high: 35 });
    // a half-line has no finite upper end
    const more = buildTimeline(
      [claim({ id: 'm', type: 'quantity', subject: E.coalition, predicate: 'member_count', value: { kind: 'number', amount: 30, approx: 'more_than', text: 'plus de 30' }, docs: [['news', 'cette trentaine de nations']] })],
      E.coalition.id,
      'member_count',
    );
    expect(more.points[0]!.number).toMatchObject({ low: 30, high: null });
  });

  it('keeps one point with both citations for a claim of an aligned pair', () => {
    const t = buildTimeline(storyClaims(), E.eumam.id, 'soldiers_trained');
    expect(t.points).toHaveLength(1);
    expect(t.points[0]!.claim.citations.map((c) => c.quote)).toEqual(['qui a formé 75 000 soldats ukrainiens', 'which has trained 75,000 Ukrainian soldiers']);
  });

  it('lists undated claims apart and leaves out rejected ones', () => {
    const undated = { ...storyClaims().find((c) => c.id === 'summit-003')!, id: 'u', documentDate: null };
    const rejected = { ...storyClaims().find((c) => c.id === 'size-004')!, id: 'r', status: 'rejected' as const };
    const t = buildTimeline([undated, rejected], E.coalition.id, 'member_count');
    expect(t.points).toEqual([]);
    expect(t.undated.map((p) => p.claim.id)).toEqual(['u']);
  });
});

describe('actorStances', () => {
  it('gives an actor\'s stances and the claims attributed to them, in time order', () => {
    const s = actorStances(storyClaims(), E.lecornu.id);
    expect(s.points.map((p) => [p.claim.id, p.role])).toEqual([['lecornu-demands', 'subject']]);
    const mauro = actorStances(storyClaims(), E.mauro.id);
    expect(mauro.points.map((p) => [p.claim.id, p.role, p.claim.modality])).toEqual([['perm-003', 'speaker', 'proposed']]);
  });
});
