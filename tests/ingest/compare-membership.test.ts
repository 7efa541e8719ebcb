/** Membership over time (#5): the entity × month matrix with cited cells and conflicts, and "who was in X on D". */
import { describe, expect, it } from 'vitest';
import { membersOn, membershipGroups, membershipMatrix } from '../../ingest/compare/membership.ts';
import { claim, day, E, storyClaims } from './compare-fixtures.ts';

describe('membershipMatrix', () => {
  const m = membershipMatrix(storyClaims(), E.coalition.id);

  it('has a row per country, groups shown as their members with the group noted', () => {
    expect(m.entities.map((e) => e.entity.id)).toEqual(['country:EE', 'country:FR', 'country:GB', 'country:HU', 'country:LT', 'country:LV', 'country:NL']);
    expect(m.entities.find((e) => e.entity.id === 'country:LV')!.via.map((g) => g.id)).toEqual(['group:baltic-states']);
    expect(m.entities.find((e) => e.entity.id === 'country:FR')!.via).toEqual([]);
  });

  it('puts each claim in its month with its citation', () => {
    expect(m.buckets).toEqual(['2025-04', '2026-01']);
    const fr = m.cells.find((c) => c.entity === 'country:FR')!;
    expect(fr).toMatchObject({ bucket: '2025-04', status: 'willing', conflict: false });
    expect(fr.evidence[0]!.citations[0]!.quote).toContain('La France, le Royaume-Uni');
    expect(m.cells.find((c) => c.entity === 'country:HU')).toMatchObject({ bucket: '2026-01', status: 'excluded' });
    expect(m.cells.find((c) => c.entity === 'country:EE')!.evidence[0]!.group?.id).toBe('group:baltic-states');
  });

  it('marks a cell where sources put a country both in and out', () => {
    const huIn = claim({ id: 'hu-in', type: 'membership', subject: E.hu, predicate: 'member_of', object: E.coalition, docs: [['web', 'La « coalition des volontaires » devient permanente']] });
    const cell = membershipMatrix([...storyClaims(), huIn], E.coalition.id).cells.find((c) => c.entity === 'country:HU')!;
    expect(cell.conflict).toBe(true);
    expect(cell.evidence.map((e) => e.status).sort()).toEqual(['excluded', 'member']);
  });

  it('spreads a claim over a range across the months it covers', () => {
    const since = claim({ id: 's', type: 'membership', subject: E.no, predicate: 'participates_in', object: E.coalition, time: { from: '2025-03-01', to: '2026-01-31', precision: 'range', text: 'depuis mars 2025', source: 'text' }, docs: [['interview', 'un sommet réunissant 35 pays']] });
    const mm = membershipMatrix([...storyClaims(), since], E.coalition.id);
    expect(mm.cells.filter((c) => c.entity === 'country:NO').map((c) => c.bucket)).toEqual(['2025-03', '2025-04', '2026-01']);
  });
});

describe('membersOn', () => {
  it('answers who was in the coalition on 10 April 2025, with the sources', () => {
    const a = membersOn(storyClaims(), E.coalition.id, '2025-04-10');
    expect(a.map((x) => [x.entity.id, x.status, x.basis])).toEqual([
      ['country:EE', 'willing', 'before'],
      ['country:FR', 'willing', 'before'],
      ['country:GB', 'willing', 'before'],
      ['country:LT', 'willing', 'before'],
      ['country:LV', 'willing', 'before'],
      ['country:NL', 'willing', 'before'],
    ]);
    expect(a[0]!.evidence[0]!.citations[0]!.documentId).toBe('58cc976fb8c2e0f9');
  });

  it('uses claims covering the date, ignores later ones, and falls back to the latest earlier', () => {
    const on = claim({ id: 'on', type: 'membership', subject: E.fr, predicate: 'member_of', object: E.coalition, time: day('2025-04-10', 'le 10 avril'), docs: [['news', 'cette trentaine de nations']] });
    const a = membersOn([...storyClaims(), on], E.coalition.id, '2025-04-10');
    expect(a.find((x) => x.entity.id === 'country:FR')).toMatchObject({ status: 'member', basis: 'during' });
    expect(membersOn(storyClaims(), E.coalition.id, '2025-01-01')).toEqual([]);
    expect(membersOn(storyClaims(), E.coalition.id, '2026-02-01').find((x) => x.entity.id === 'country:HU')).toMatchObject({ status: 'excluded', basis: 'before' });
  });
});

describe('membershipGroups', () => {
  it('lists the coalitions and missions named, most named first', () => {
    expect(membershipGroups(storyClaims()).map((g) => [g.id, g.count])).toEqual([
      ['coalition:willing', 7],
      ['mission:eumam-ukraine', 2],
    ]);
  });
});
