/** Document comparison (#5): both / only A / only B / in conflict, and per aligned passage. */
import { describe, expect, it } from 'vitest';
import { compareDocuments, sameStatementKey } from '../../ingest/compare/compare-docs.ts';
import { DOCS, storyClaims } from './compare-fixtures.ts';

const ids = (cs: Array<{ id: string }>) => cs.map((c) => c.id).sort();

describe('compareDocuments', () => {
  it('finds the claims of the FR brief and its EN translation in both (merged record or same key)', () => {
    const r = compareDocuments(storyClaims(), DOCS.brief.id, DOCS.briefEn.id);
    expect(r.both.map((s) => [s.a.id, s.b.id]).sort()).toEqual([
      ['eumam-count', 'eumam-count'],
      ['eumam-trained', 'eumam-trained'],
      ['no-eumam', 'no-eumam-en'],
    ]);
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);
    expect(r.conflicts).toEqual([]);
    expect(r.passages).toBeNull();
  });

  it('puts the permanence in conflict between 002 and 003, and the rest of 003 only in B', () => {
    const r = compareDocuments(storyClaims(), DOCS.web.id, DOCS.interview.id);
    expect(r.conflicts.map((c) => [c.id, c.kind])).toEqual([['perm-002~perm-003', 'contradiction']]);
    expect(r.onlyA).toEqual([]);
    expect(ids(r.onlyB)).toEqual(['hu-out', 'size-003', 'summit-003']);
  });

  it('reports the coalition growing between 004 and 003 as a change', () => {
    const r = compareDocuments(storyClaims(), DOCS.news.id, DOCS.interview.id);
    expect(r.conflicts.map((c) => [c.a.claim.id, c.b.claim.id, c.kind])).toEqual([['size-004', 'summit-003', 'change']]);
    expect(r.both.map((s) => [s.a.id, s.b.id])).toEqual([['size-004', 'size-003']]);
    expect(ids(r.onlyA)).toContain('will-fr');
  });

  it('groups by aligned passage when links are given', () => {
    const r = compareDocuments(storyClaims(), DOCS.brief.id, DOCS.briefEn.id, [
      { id: '1', a: [11, 12], b: [12] },
      { id: '2', a: [13], b: [13] },
    ]);
    expect(r.passages).toHaveLength(1);
    expect(r.passages![0]!.passage?.id).toBe('1');
    expect(r.passages![0]!.both).toHaveLength(3);
  });

  it('keys claims independently of the language', () => {
    const [fr, en] = [storyClaims().find((c) => c.id === 'no-eumam')!, storyClaims().find((c) => c.id === 'no-eumam-en')!];
    expect(sameStatementKey(fr)).toBe(sameStatementKey(en));
    // Unlike the storage key, modality is no part of it: whether a proposal and an assertion disagree is for compareClaims.
    expect(sameStatementKey({ ...fr, modality: 'proposed' })).toBe(sameStatementKey(fr));
    expect(sameStatementKey({ ...fr, subject: { id: 'country:FR', name: 'France' } })).not.toBe(sameStatementKey(fr));
  });
});
