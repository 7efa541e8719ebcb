import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationListDto, ClaimDetailDto, ClaimListDto, ClaimReviewDto, CslItemDto, EntityDetailDto, EntityListDto } from '../../api/schemas/claims.ts';
import { extractAndStoreClaims } from '../../ingest/claims/store-claims.ts';
import { ingestDocument } from '../../ingest/ingest-document.ts';
import { expandPaths, ingestFiles } from '../../ingest/ingest-files.ts';
import { pairDocument } from '../../ingest/pairs/pairing.ts';
import { makeTestApp, uploadForm, type TestApp } from '../support/app.ts';
import { fakeExtractor, SAMPLE_RULES } from '../support/fake-claims.ts';

const TOKEN = 'claims-token-0123456789abcdef';
const fake = fakeExtractor([
  ...SAMPLE_RULES,
  {
    pattern: /France supports the coalition of the willing/,
    draft: () => ({
      type: 'stance',
      subject: { id: 'country:FR', name: 'France' },
      predicate: 'supports',
      object: { id: 'coalition:willing', name: 'coalition of the willing' },
      attribution: { id: 'person:jean-dupont', name: 'Jean Dupont' },
      modality: 'reported',
    }),
  },
]);
const NOTE = `# A note on the coalition\n\nSpeaking in Paris, Jean Dupont said that France supports the coalition of the willing. Nothing else was decided.\n`;

let t: TestApp;
let fr = '';
let en = '';
let note = '';

const get = async (path: string) => t.app.request(path);
const json = async <T>(path: string): Promise<T> => (await (await get(path)).json()) as T;
const patch = (path: string, body: unknown, token?: string) =>
  t.app.request(path, { method: 'PATCH', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
const list = async (query = '') => ClaimListDto.parse(await json(`/api/claims${query}`));
const norwayId = async () => (await list('?subject=country:NO')).items[0]!.id;

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as { status: number; title: string };
  expect(body.status).toBe(status);
  return body;
}

beforeAll(async () => {
  t = await makeTestApp({ CONCORDE_API_TOKEN: TOKEN });
  const tasks = expandPaths(['corpus']).filter((x) => /00[01]_[0-9a-f]+\.pdf$/.test(x.path));
  const after = async (id: string) => {
    await pairDocument(t.db, id);
    await extractAndStoreClaims(t.db, id, fake);
  };
  const results = await ingestFiles(t.db, tasks, { maxBytes: 50 * 1048576 }, { afterIngest: after });
  [fr, en] = results.map((r) => (r.status === 'failed' ? '' : r.documentId)) as [string, string];
  const out = await ingestDocument(t.db, { bytes: new TextEncoder().encode(NOTE), filename: 'note.md', overrides: { publishedOn: '2026-01-15', datePrecision: 'day', authors: ['Institut Test'] } });
  if (out.status !== 'ingested') throw new Error('note not ingested');
  note = out.documentId;
  await after(note);
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe('GET /api/claims', () => {
  it('lists every claim with its citations and facet counts', async () => {
    const all = await list();
    expect(all.total).toBe(3);
    expect(all.items.map((c) => c.predicate).sort()).toEqual(['participates_in', 'soldiers_trained', 'supports']);
    const norway = all.items.find((c) => c.predicate === 'participates_in')!;
    expect(norway.langs).toEqual(['en', 'fr']);
    expect(norway.citations.map((c) => c.link).sort()).toEqual(norway.citations.map((c) => `/documents/${c.documentId}#s-${c.sentenceIdx}`).sort());
    const count = (f: { value: string; count: number }[], v: string) => f.find((x) => x.value === v)?.count;
    expect(count(all.facets.type, 'membership')).toBe(1);
    expect(count(all.facets.type, 'stance')).toBe(1);
    expect(count(all.facets.lang, 'en')).toBe(3);
    expect(count(all.facets.lang, 'fr')).toBe(2);
    expect(count(all.facets.document, note)).toBe(1);
    expect(count(all.facets.document, fr)).toBe(2);
    expect(all.facets.document.find((d) => d.value === note)?.label).toBe('A note on the coalition');
    expect(all.facets.subject.find((s) => s.value === 'country:NO')).toMatchObject({ label: expect.stringMatching(/Norv|Norway/), count: 1 });
    expect(count(all.facets.status, 'extracted')).toBe(3);

    // Every facet agrees with the listed claims (all of them are on this page), most frequent first.
    const tally = (values: string[]) => Object.fromEntries([...new Set(values)].map((v) => [v, values.filter((x) => x === v).length]));
    const facetCounts = (f: { value: string; count: number }[]) => Object.fromEntries(f.map((x) => [x.value, x.count]));
    const perClaim = (of: (c: (typeof all.items)[number]) => string[]) => tally(all.items.flatMap((c) => [...new Set(of(c))]));
    expect(facetCounts(all.facets.type)).toEqual(perClaim((c) => [c.type]));
    expect(facetCounts(all.facets.predicate)).toEqual(perClaim((c) => [c.predicate]));
    expect(facetCounts(all.facets.status)).toEqual(perClaim((c) => [c.status]));
    expect(facetCounts(all.facets.subject)).toEqual(perClaim((c) => [c.subject.id]));
    expect(facetCounts(all.facets.document)).toEqual(perClaim((c) => c.citations.map((x) => x.documentId)));
    expect(facetCounts(all.facets.lang)).toEqual(perClaim((c) => c.citations.map((x) => x.lang)));
    for (const facet of Object.values(all.facets)) expect(facet.map((x) => x.count)).toEqual(facet.map((x) => x.count).sort((m, n) => n - m));
  });

  it('filters by type, subject, object, document, language, date range and words, and pages', async () => {
    expect((await list('?type=quantity')).items.map((c) => c.value)).toEqual([expect.objectContaining({ amount: 75000 })]);
    expect((await list('?subject=country:FR')).items.map((c) => c.attribution?.id)).toEqual(['person:jean-dupont']);
    expect((await list('?object=mission:eumam-ukraine')).total).toBe(1);
    expect((await list(`?doc=${note}`)).total).toBe(1);
    expect((await list('?lang=fr')).total).toBe(2);
    expect((await list('?from=2026-01-01')).items.map((c) => c.predicate)).toEqual(['supports']);
    expect((await list('?from=2025-03-01&to=2025-03-31')).total).toBe(2);
    expect((await list('?q=norvege')).total).toBe(1);
    const filtered = await list('?lang=fr');
    expect(filtered.facets.lang.find((l) => l.value === 'fr')?.count).toBe(2);
    const page = await list('?limit=1&offset=1');
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.items).toHaveLength(1);
  });

  it('names known entities in both languages next to the words of the source', async () => {
    const [norway] = (await list('?subject=country:NO')).items;
    expect(norway?.subject).toMatchObject({ id: 'country:NO', names: { fr: 'Norvège', en: 'Norway' } });
    expect(['Norvège', 'la Norvège', 'Norway']).toContain(norway?.subject.name);
  });

  it('answers a bad query with a 400 problem', async () => {
    for (const q of ['?type=rumour', '?from=2026-13-01', '?limit=0', '?status=maybe', '?doc=zz', '?from=2026-02-01&to=2026-01-01']) {
      await expectProblem(await get(`/api/claims${q}`), 400);
    }
  });
});

describe('GET /api/claims/:id', () => {
  it('gives each citation its sentence in context, a reader link and the aligned translation', async () => {
    const detail = ClaimDetailDto.parse(await json(`/api/claims/${await norwayId()}`));
    expect(detail.citations).toHaveLength(2);
    const frCit = detail.citations.find((c) => c.documentId === fr)!;
    expect(frCit.sentence.text).toContain(frCit.quote);
    expect(frCit.sentence.idx).toBe(frCit.sentenceIdx);
    expect(frCit.previous?.idx).toBe(frCit.sentenceIdx - 1);
    expect(frCit.next?.idx).toBe(frCit.sentenceIdx + 1);
    expect(frCit.document).toMatchObject({ id: fr, lang: 'fr', date: '2025-03-01', authors: ['Pierre Haroche'] });
    expect(frCit.link).toBe(`/documents/${fr}#s-${frCit.sentenceIdx}`);
    expect(frCit.aligned?.documentId).toBe(en);
    expect(frCit.aligned?.sentences.map((s) => s.text).join(' ')).toContain('Norway are participating in this mission');
    const enCit = detail.citations.find((c) => c.documentId === en)!;
    expect(enCit.aligned?.sentences.map((s) => s.idx)).toContain(frCit.sentenceIdx);
    // A document without a language version has no aligned sentence.
    const stance = (await list('?type=stance')).items[0]!;
    const d2 = ClaimDetailDto.parse(await json(`/api/claims/${stance.id}`));
    expect(d2.citations[0]!.aligned).toBeNull();
    expect(d2.citations[0]!.next?.text).toBe('Nothing else was decided.');
  });

  it('answers an unknown id with a 404 problem', async () => {
    for (const id of ['c0000000000000000', 'nope', 'country:FR']) await expectProblem(await get(`/api/claims/${encodeURIComponent(id)}`), 404);
    await expectProblem(await get('/api/claims/c0000000000000000/annotations'), 404);
    await expectProblem(await get('/api/claims/c0000000000000000/cite'), 404);
    await expectProblem(await get('/api/claims/c0000000000000000/claimreview'), 404);
  });
});

describe('review and exports', () => {
  it('needs the write token to review, validates the body, and logs each review', async () => {
    const id = await norwayId();
    await expectProblem(await patch(`/api/claims/${id}`, { status: 'confirmed', reviewer: 'ana' }), 401);
    await expectProblem(await patch(`/api/claims/${id}`, { status: 'confirmed', reviewer: 'ana' }, 'wrong-token-0123456789'), 401);
    expect((await list('?status=confirmed')).total).toBe(0);
    await expectProblem(await patch(`/api/claims/${id}`, { status: 'true', reviewer: 'ana' }, TOKEN), 400);
    await expectProblem(await patch(`/api/claims/${id}`, { status: 'confirmed' }, TOKEN), 400);
    await expectProblem(await patch('/api/claims/c0000000000000000', { status: 'confirmed', reviewer: 'ana' }, TOKEN), 404);

    const res = await patch(`/api/claims/${id}`, { status: 'confirmed', reviewer: 'ana', note: 'EEAS factsheet agrees' }, TOKEN);
    expect(res.status).toBe(200);
    const detail = ClaimDetailDto.parse(await res.json());
    expect(detail).toMatchObject({ status: 'confirmed', reviewer: 'ana', note: 'EEAS factsheet agrees' });
    expect(detail.reviewedAt).not.toBeNull();
    expect(detail.reviews.map((r) => [r.fromStatus, r.toStatus, r.reviewer])).toEqual([['extracted', 'confirmed', 'ana']]);
    expect((await list('?status=confirmed')).items.map((c) => c.id)).toEqual([id]);
  });

  it('hides rejected claims unless asked for them', async () => {
    const stance = (await list('?type=stance')).items[0]!;
    expect((await patch(`/api/claims/${stance.id}`, { status: 'rejected', reviewer: 'bo' }, TOKEN)).status).toBe(200);
    expect((await list()).total).toBe(2);
    expect((await list('?status=rejected')).items.map((c) => c.id)).toEqual([stance.id]);
  });

  it('exports a ClaimReview only for reviewed claims: True when confirmed, False when rejected', async () => {
    const quantity = (await list('?type=quantity')).items[0]!;
    const notYet = await expectProblem(await get(`/api/claims/${quantity.id}/claimreview`), 409);
    expect(notYet.title).toBe('Not reviewed');

    const res = await get(`/api/claims/${await norwayId()}/claimreview`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const review = ClaimReviewDto.parse(await res.json());
    expect(review.reviewRating).toMatchObject({ alternateName: 'True', ratingValue: 5 });
    expect(review.author.name).toBe('ana');
    expect(review.reviewBody).toBe('EEAS factsheet agrees');
    expect(review.itemReviewed.appearance.map((a) => a.inLanguage).sort()).toEqual(['en', 'fr']);
    expect(review.itemReviewed.appearance.map((a) => a.text).sort()).toEqual(['Norway are participating in this mission', 'la Norvège participent à cette mission']);

    const stance = (await list('?status=rejected')).items[0]!;
    const rejected = ClaimReviewDto.parse(await json(`/api/claims/${stance.id}/claimreview`));
    expect(rejected.reviewRating.alternateName).toBe('False');
    expect(rejected.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Jean Dupont' });
  });

  it('exports each citation as a W3C Web Annotation whose selectors find the quote in the clean text', async () => {
    const id = await norwayId();
    const res = await get(`/api/claims/${id}/annotations`);
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const coll = AnnotationListDto.parse(await res.json());
    expect(coll.total).toBe(2);
    for (const a of coll.items) {
      const [quote, position] = a.target.selector;
      const source = new URL(a.target.source);
      expect(source.pathname).toMatch(/^\/api\/documents\/[0-9a-f]{16}\/text$/);
      const text = await (await get(source.pathname)).text();
      const chars = [...text];
      expect(chars.slice(position.start, position.end).join('')).toBe(quote.exact);
      const at = text.indexOf(quote.prefix + quote.exact + quote.suffix);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(quote.prefix.length).toBeGreaterThan(0);
      expect(a.body.value).toContain('takes part in');
    }
  });

  it('cites the passages as CSL-JSON and RIS with page, date, authors and the quote', async () => {
    const id = await norwayId();
    const csl = await get(`/api/claims/${id}/cite?format=csl`);
    expect(csl.headers.get('content-type')).toContain('application/vnd.citationstyles.csl+json');
    const items = CslItemDto.array().parse(await csl.json());
    expect(items).toHaveLength(2);
    const frItem = items.find((i) => i.language === 'fr')!;
    expect(frItem).toMatchObject({ type: 'report', author: [{ family: 'Haroche', given: 'Pierre' }], publisher: 'Institut Jacques Delors', issued: { 'date-parts': [[2025, 3]] }, note: 'la Norvège participent à cette mission' });
    expect(Number(frItem.page)).toBeGreaterThanOrEqual(1);
    expect(frItem.URL).toMatch(new RegExp(`/documents/${fr}#s-\\d+$`));

    const ris = await (await get(`/api/claims/${id}/cite?format=ris`)).text();
    const records = ris.split('ER  -').filter((r) => r.trim());
    expect(records).toHaveLength(2);
    expect(ris).toContain('TY  - RPRT\r\n');
    expect(ris).toContain('AU  - Haroche, Pierre\r\n');
    expect(ris).toContain('PY  - 2025\r\n');
    expect(ris).toContain('N1  - Norway are participating in this mission\r\n');
    expect(ris).toMatch(/SP {2}- \d+\r\n/);
    await expectProblem(await get(`/api/claims/${id}/cite?format=bibtex`), 400);
  });
});

describe('entities', () => {
  it('lists entities with claim counts, by kind and by name', async () => {
    const all = EntityListDto.parse(await json('/api/entities'));
    expect(all.items.find((e) => e.id === 'country:NO')?.claimCount).toBe(1);
    expect(all.items.find((e) => e.id === 'mission:eumam-ukraine')?.claimCount).toBe(2);
    expect(EntityListDto.parse(await json('/api/entities?kind=person')).items.map((e) => e.id)).toEqual(['person:jean-dupont']);
    expect(EntityListDto.parse(await json('/api/entities?q=dupont')).items.map((e) => e.id)).toEqual(['person:jean-dupont']);
    await expectProblem(await get('/api/entities?kind=planet'), 400);
  });

  it('shows an entity with every claim naming it and its role in each', async () => {
    const mission = EntityDetailDto.parse(await json('/api/entities/mission:eumam-ukraine'));
    expect(mission.claims.map((c) => [c.predicate, c.roles]).sort()).toEqual([['participates_in', ['object']], ['soldiers_trained', ['subject']]]);
    const person = EntityDetailDto.parse(await json('/api/entities/person:jean-dupont'));
    expect(person.claims).toHaveLength(0); // its only claim was rejected
    expect(person.kind).toBe('person');
    await expectProblem(await get('/api/entities/country:ZZ'), 404);
    // Known to the registry but named by no claim: a page with names in both languages and no claims.
    const estonia = EntityDetailDto.parse(await json('/api/entities/country:EE'));
    expect(estonia).toMatchObject({ kind: 'country', names: { fr: 'Estonie', en: 'Estonia' }, claimCount: 0, claims: [] });
    const baltic = EntityDetailDto.parse(await json('/api/entities/group:baltic-states'));
    expect(baltic.memberEntities.map((m) => m.id).sort()).toEqual(['country:EE', 'country:LT', 'country:LV']);
  });

  it('documents the routes in the OpenAPI description', async () => {
    const doc = (await json('/api/openapi.json')) as { paths: Record<string, unknown> };
    for (const p of ['/claims', '/claims/{id}', '/claims/{id}/annotations', '/claims/{id}/cite', '/claims/{id}/claimreview', '/entities', '/entities/{id}']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });
});

describe('claims of uploaded documents', () => {
  it('extracts claims from an upload as soon as its job is done, without a restart', async () => {
    const text = "Coalition\n\nVingt-quatre États membres de l'UE et la Norvège participent à la mission EUMAM Ukraine.\n";
    const res = await t.app.request('/api/documents', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: uploadForm(text, 'upload.txt', { publishedOn: '2026-02-01' }) });
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: { id: string } };
    let found: ClaimListDto | undefined;
    for (let i = 0; i < 600 && !found?.total; i++) {
      const state = (await json<{ state: string; documentId: string | null }>(`/api/jobs/${job.id}`));
      if (state.state === 'failed') throw new Error('upload failed');
      if (state.documentId) found = await list(`?doc=${state.documentId}`);
      if (!found?.total) await new Promise((r) => setTimeout(r, 100));
    }
    expect(found?.items.find((c) => c.subject.id === 'country:NO')).toMatchObject({ predicate: 'participates_in', extractor: { name: 'rules' } });
  });
});
