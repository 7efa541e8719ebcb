/**
 * Changes vs contradictions (#5): the permanence of the coalition (002 asserted vs 003 proposed,
 * same month) is a contradiction; "une trentaine" (April 2025) then 35 (January 2026) is a change;
 * "une trentaine" and 35 in the same period are compatible; in vs out of a coalition conflicts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareClaims, findConflicts } from '../../ingest/compare/conflicts.ts';
import { ABOUT_TOLERANCE, compatibleNumbers } from '../../ingest/compare/tolerance.ts';
import { claim, day, E, num, referenceText, storyClaims, DOCS, type DocName } from './compare-fixtures.ts';

const byId = (id: string) => storyClaims().find((c) => c.id === id)!;

describe('numeric tolerance', () => {
  const n = (amount: number, approx: Parameters<typeof num>[1]) => num(amount, approx, String(amount)) as Extract<ReturnType<typeof num>, { kind: 'number' }>;
  it('"une trentaine" is compatible with 35 and 25 but not with 40 or 20', () => {
    expect(compatibleNumbers(n(30, 'about'), n(35, 'exact'))).toBe(true);
    expect(compatibleNumbers(n(30, 'about'), n(25, 'exact'))).toBe(true);
    expect(compatibleNumbers(n(30, 'about'), n(40, 'exact'))).toBe(false);
    expect(compatibleNumbers(n(30, 'about'), n(20, 'exact'))).toBe(false);
  });
  it('treats at_least / more_than as half-lines and exact figures as points', () => {
    expect(compatibleNumbers(n(30, 'more_than'), n(35, 'exact'))).toBe(true);
    expect(compatibleNumbers(n(30, 'more_than'), n(30, 'exact'))).toBe(false);
    expect(compatibleNumbers(n(30, 'at_least'), n(30, 'exact'))).toBe(true);
    expect(compatibleNumbers(n(30, 'at_most'), n(35, 'more_than'))).toBe(false);
    expect(compatibleNumbers(n(24, 'exact'), n(25, 'exact'))).toBe(false);
  });
  it('an exact figure is compatible with "about x" exactly when it is within the tolerance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 200_000 }), (about, exact) => {
        const within = Math.abs(exact - about) <= about * ABOUT_TOLERANCE;
        expect(compatibleNumbers(n(about, 'about'), n(exact, 'exact'))).toBe(within);
      }),
    );
  });
});

describe('findConflicts on the samples story', () => {
  const conflicts = findConflicts(storyClaims());

  it('cites quotes that are exact slices of the reference texts', () => {
    for (const c of storyClaims())
      for (const x of c.citations) {
        const doc = (Object.keys(DOCS) as DocName[]).find((d) => DOCS[d].id === x.documentId)!;
        expect(referenceText(doc).slice(x.start, x.end)).toBe(x.quote);
      }
  });

  it('reports the permanence of the coalition (002 vs 003) as a contradiction with both citations', () => {
    const perm = conflicts.find((c) => c.id === ['perm-002', 'perm-003'].sort().join('~'));
    expect(perm?.kind).toBe('contradiction');
    expect(perm?.reason.code).toBe('status_asserted_vs_proposed');
    expect(perm?.reason.fr).toMatch(/pas encore/);
    expect(perm?.reason.en).toMatch(/not yet/);
    const quotes = [perm!.a, perm!.b].flatMap((s) => s.claim.citations.map((x) => x.quote));
    expect(quotes).toEqual(expect.arrayContaining([expect.stringContaining('devient permanente'), expect.stringContaining('devrait être')]));
  });

  it('reports "une trentaine" (April 2025) then 35 (January 2026) as a change, not a contradiction', () => {
    const moved = conflicts.find((c) => c.id === ['size-004', 'summit-003'].sort().join('~'));
    expect(moved?.kind).toBe('change');
    expect(moved?.reason.code).toBe('value_changed');
    expect(moved?.a.claim.id).toBe('size-004');
    expect(moved?.a.time).toMatchObject({ from: '2025-04-10', source: 'text' });
    expect(moved?.b.time).toMatchObject({ from: '2026-01-01', source: 'document' });
  });

  it('does not report "une trentaine" and 35 of the same period as anything', () => {
    expect(conflicts.some((c) => c.id === ['size-003', 'summit-003'].sort().join('~'))).toBe(false);
    // Same figure in two periods is no change either.
    expect(conflicts.some((c) => c.id === ['size-003', 'size-004'].sort().join('~'))).toBe(false);
    // Nor do the FR and EN claims of one brief (same record, or same figure).
    expect(conflicts.filter((c) => c.a.claim.subject.id === E.eumam.id)).toEqual([]);
  });

  it('reports a figure beyond the approximation from another source in the same period as a contradiction', () => {
    const forty = claim({ id: 'forty', type: 'quantity', subject: E.coalition, predicate: 'member_count', value: num(45, 'exact', '45 pays'), docs: [['web', 'La « coalition des volontaires » devient permanente']] });
    const c = compareClaims(byId('size-003'), forty);
    expect(c).toMatchObject({ kind: 'contradiction', reason: { code: 'value_mismatch' } });
    // Same document, same period: two different things counted, not a contradiction.
    const sameDoc = claim({ id: 'x', type: 'quantity', subject: E.coalition, predicate: 'member_count', value: num(45, 'exact', '45'), docs: [['interview', 'un sommet réunissant 35 pays']] });
    expect(compareClaims(byId('size-003'), sameDoc)).toBeNull();
  });

  it('reports member vs excluded of the same coalition at the same time as a contradiction, and as a change months apart', () => {
    const huIn = claim({ id: 'hu-in', type: 'membership', subject: E.hu, predicate: 'member_of', object: E.coalition, docs: [['web', 'La « coalition des volontaires » devient permanente']] });
    expect(compareClaims(byId('hu-out'), huIn)).toMatchObject({ kind: 'contradiction', reason: { code: 'membership_in_vs_out' } });
    const huInEarlier = claim({ ...{ id: 'hu-2025', type: 'membership', subject: E.hu, predicate: 'member_of', object: E.coalition }, time: day('2025-04-10', 'le 10 avril'), docs: [['news', 'cette trentaine de nations']] });
    expect(compareClaims(byId('hu-out'), huInEarlier)).toMatchObject({ kind: 'change', reason: { code: 'membership_changed' }, a: { claim: { id: 'hu-2025' } } });
    // Willingness to deploy is no statement of membership.
    const huWilling = claim({ id: 'hu-w', type: 'membership', subject: E.hu, predicate: 'willing_to_deploy', object: E.coalition, docs: [['web', 'La « coalition des volontaires » devient permanente']] });
    expect(compareClaims(byId('hu-out'), huWilling)).toBeNull();
  });

  it('takes "should be" against "is" as a contradiction, but not a mere hypothesis ("if …, France would …")', () => {
    const frIn = claim({ id: 'fr-in', type: 'membership', subject: E.fr, predicate: 'member_of', object: E.coalition, docs: [['web', 'La « coalition des volontaires » devient permanente']] });
    const other = (id: string, modality: 'hypothetical' | 'proposed') =>
      claim({ id, type: 'membership', subject: E.fr, predicate: 'member_of', object: E.coalition, modality, docs: [['interview', 'Elle se compose en réalité d’une trentaine d’États']] });
    const frIf = other('fr-if', 'hypothetical');
    const frShould = other('fr-should', 'proposed');
    expect(compareClaims(frIn, frIf)).toBeNull();
    expect(compareClaims(frIn, frShould)).toMatchObject({ kind: 'contradiction', reason: { code: 'status_asserted_vs_proposed' } });
  });

  it('ignores rejected claims and filters by kind and subject', () => {
    const rejected = storyClaims().map((c) => (c.id === 'perm-003' ? { ...c, status: 'rejected' as const } : c));
    expect(findConflicts(rejected).some((c) => c.reason.code === 'status_asserted_vs_proposed')).toBe(false);
    const changes = findConflicts(storyClaims(), { kind: 'change' });
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.kind === 'change')).toBe(true);
    expect(findConflicts(storyClaims(), { subject: E.hu.id })).toEqual([]);
    expect(findConflicts(storyClaims(), { kind: 'contradiction' }).length).toBeGreaterThan(0);
  });
});
