/**
 * Timelines, stances, membership, conflicts and comparison over HTTP (#5), on the really
 * ingested samples. Claims come from the story extractor (tests/support/story-extractor.ts)
 * stored through the claims store, so these tests do not hinge on the rule extractor's coverage;
 * every citation is checked against the stored clean text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareDto, ConflictListDto, MembershipDto, StancesDto, TimelineDto } from '../../api/schemas/analysis.ts';
import type { CitationDto } from '../../api/schemas/claims.ts';
import type { DocumentList, JobDto } from '../../api/schemas/documents.ts';
import { extractAndStoreClaims } from '../../ingest/claims/store-claims.ts';
import { getCleanText } from '../../ingest/store/documents.repo.ts';
import { makeSeededTestApp, type TestApp, uploadForm, waitForJob } from '../support/app.ts';
import { storyExtractor } from '../support/story-extractor.ts';

let t: TestApp;
const ids: Record<string, string> = {};
const get = async <T>(path: string): Promise<T> => {
  const res = await t.app.request(path);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return (await res.json()) as T;
};

async function expectExact(citations: CitationDto[]) {
  for (const c of citations) expect((await getCleanText(t.db, c.documentId))!.slice(c.start, c.end)).toBe(c.quote);
}


beforeAll(async () => {
  t = await makeSeededTestApp();
  const docs = await get<DocumentList>('/api/documents');
  for (const d of docs.items) ids[d.filename.slice(0, 3)] = d.id;
  expect(Object.keys(ids).sort()).toEqual(['000', '001', '002', '003', '004']);
  // FR brief before its EN version, so the EN claims join the FR ones as one claim with two citations.
  for (const k of ['000', '001', '002', '003', '004']) {
    const r = await extractAndStoreClaims(t.db, ids[k]!, storyExtractor());
    expect(r.unverified, `${k}: ${JSON.stringify(r.reasons)}`).toBe(0);
  }
});
afterAll(async () => {
  await t?.close();
});

describe('analysis API on the samples', () => {
  it('GET /api/timeline: the coalition size over time, approximate then exact, each point cited', async () => {
    const tl = await get<TimelineDto>('/api/timeline?subject=coalition:willing&predicate=member_count');
    const story = tl.points.filter((p) => p.claim.citations.some((c) => c.documentId === ids['004'] || c.documentId === ids['003']));
    expect(story.map((p) => [p.number?.amount, p.number?.approx, p.exact, p.time?.from, p.time?.source])).toEqual([
      [30, 'about', false, '2025-04-10', 'text'],
      [35, 'exact', true, '2026-01-01', 'document'],
    ]);
    expect(story[0]!.number).toMatchObject({ low: 24, high: 36 });
    expect(story[0]!.claim.documentDate).toBe('2025-04-01');
    expect(story[0]!.claim.citations[0]).toMatchObject({ documentId: ids['004'], link: expect.stringMatching(new RegExp(`^/documents/${ids['004']}#s-\\d+$`)) });
    expect(story[0]!.claim.citations[0]!.documentTitle).toMatch(/Coopération des alliés/);
    await expectExact(tl.points.flatMap((p) => p.claim.citations));
  });

  it('GET /api/conflicts: the permanence (002 vs 003) is a contradiction; 30 → 35 is a change', async () => {
    const all = await get<ConflictListDto>('/api/conflicts?subject=coalition:willing');
    const perm = all.items.find((c) => c.reason.code === 'status_asserted_vs_proposed');
    expect(perm).toMatchObject({ kind: 'contradiction' });
    const docsOf = [perm!.a, perm!.b].map((s) => s.claim.citations[0]!.documentId).sort();
    expect(docsOf).toEqual([ids['002'], ids['003']].sort());
    expect([perm!.a, perm!.b].map((s) => s.claim.modality).sort()).toEqual(['asserted', 'proposed']);
    expect(perm!.reason.en).toMatch(/not yet/);
    const size = all.items.find((c) => c.reason.code === 'value_changed');
    expect(size).toMatchObject({ kind: 'change', a: { claim: { value: { amount: 30 } } }, b: { claim: { value: { amount: 35 } } } });
    await expectExact(all.items.flatMap((c) => [...c.a.claim.citations, ...c.b.claim.citations]));
    const changes = await get<ConflictListDto>('/api/conflicts?kind=change');
    expect(changes.items.length).toBeGreaterThan(0);
    expect(changes.items.every((c) => c.kind === 'change')).toBe(true);
  });

  it('GET /api/membership: who was willing to send troops on 10 April 2025, and according to which source', async () => {
    const m = await get<MembershipDto>('/api/membership?group=coalition:willing&date=2025-04-10');
    const willing = m.members!.filter((x) => x.status === 'willing').map((x) => x.entity.id);
    expect(willing).toEqual(expect.arrayContaining(['country:EE', 'country:FR', 'country:GB', 'country:LT', 'country:LV', 'country:NL']));
    const ee = m.members!.find((x) => x.entity.id === 'country:EE')!;
    expect(ee.evidence[0]!.group?.id).toBe('group:baltic-states');
    expect(ee.evidence[0]!.citations[0]!.documentId).toBe(ids['004']);
    expect(m.entities.find((e) => e.entity.id === 'country:LV')!.via.map((g) => g.id)).toEqual(['group:baltic-states']);
    expect(m.cells.find((c) => c.entity === 'country:FR')).toMatchObject({ bucket: '2025-04', status: 'willing', conflict: false });
    expect(m.groups.map((g) => g.id)).toContain('coalition:willing');
    expect(m.statuses).toEqual(['member', 'participating', 'willing', 'excluded', 'not_member']);
  });

  it('GET /api/actors/:id/stances: the expert\'s position, attributed to him', async () => {
    const s = await get<StancesDto>('/api/actors/person:frederic-mauro/stances');
    expect(s.points.map((p) => [p.role, p.claim.predicate, p.claim.modality])).toContainEqual(['speaker', 'status', 'proposed']);
  });

  it('GET /api/compare: the FR brief and its EN translation share the EUMAM figure, per aligned passage', async () => {
    const r = await get<CompareDto>(`/api/compare?a=${ids['000']}&b=${ids['001']}`);
    expect(r.a).toMatchObject({ id: ids['000'], lang: 'fr' });
    expect(r.b).toMatchObject({ id: ids['001'], lang: 'en' });
    const trained = r.both.find((s) => s.a.predicate === 'soldiers_trained');
    expect(trained).toBeDefined();
    expect([...trained!.a.citations, ...trained!.b.citations].map((c) => c.documentId)).toEqual(expect.arrayContaining([ids['000'], ids['001']]));
    expect(r.conflicts).toEqual([]);
    expect(r.pairId).not.toBeNull();
    expect(r.passages!.some((p) => p.passage && p.both.some((s) => s.key === trained!.key))).toBe(true);
    const perm = await get<CompareDto>(`/api/compare?a=${ids['002']}&b=${ids['003']}`);
    expect(perm.conflicts.map((c) => c.kind)).toContain('contradiction');
    expect(perm.passages).toBeNull();
  });

  it('answers problems for bad input and unknown documents', async () => {
    expect((await t.app.request('/api/timeline?subject=nope&predicate=member_count')).status).toBe(400);
    expect((await t.app.request('/api/timeline?subject=coalition:willing&predicate=size')).status).toBe(400);
    expect((await t.app.request('/api/membership?group=coalition:willing&date=10-04-2025')).status).toBe(400);
    const missing = await t.app.request(`/api/compare?a=${ids['000']}&b=ffffffffffffffff`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('shows an uploaded document\'s new figure on the timeline and as a change, without a restart', async () => {
    const before = await get<TimelineDto>('/api/timeline?subject=coalition:willing&predicate=member_count');
    // Goes through the server's own after-ingest extraction (the rule extractor), not the story fixture.
    const text = 'La coalition des volontaires\n\nLe 6 février 2026, la coalition des volontaires compte désormais 40 pays.\n';
    const res = await t.app.request('/api/documents', { method: 'POST', body: uploadForm(text, 'coalition-40.txt', { publishedOn: '2026-02-06', kind: 'news article' }) });
    expect(res.status).toBe(202);
    const done = await waitForJob(t.app, ((await res.json()) as { job: JobDto }).job.id);
    expect(done.state).toBe('done');
    const after = await get<TimelineDto>('/api/timeline?subject=coalition:willing&predicate=member_count');
    expect(after.points.length).toBe(before.points.length + 1);
    const added = after.points.find((p) => p.claim.citations.some((c) => c.documentId === done.documentId));
    expect(added).toMatchObject({ number: { amount: 40, approx: 'exact' }, exact: true, time: { from: '2026-02-06', source: 'text' } });
    expect(after.points.at(-1)!.claim.id).toBe(added!.claim.id);
    await expectExact(added!.claim.citations);
    // 35 countries at the January summit, 40 in February: a change, listed at once.
    const changes = await get<ConflictListDto>('/api/conflicts?subject=coalition:willing&kind=change');
    expect(changes.items.some((c) => c.b.claim.id === added!.claim.id && c.reason.code === 'value_changed')).toBe(true);
  });
});
