import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, DocumentList, JobDto, Problem } from '../../api/schemas/documents.ts';
import { tableCounts } from '../support/snapshot.ts';
import { makeTestApp, type TestApp, uploadForm, waitForJob } from '../support/app.ts';

const TXT = `Coopération des alliés

Le 10 avril, à Bruxelles, les membres de la coalition internationale en soutien à l'Ukraine se sont réunis pour discuter de mesures à prendre afin d'assurer la sécurité du pays face à l'agression russe.

« La véritable garantie de sécurité réside dans notre soutien à l'Ukraine », a affirmé Lecornu.
`;

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ CONCORDE_MAX_UPLOAD_MB: '1' });
});
afterAll(async () => {
  await t?.close();
});

async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as Problem;
  expect(body).toMatchObject({ status, code });
  expect(body.title.length).toBeGreaterThan(3);
  return body;
}


describe('documents API', () => {
  let docId = '';

  it('reports health', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, database: 'pglite', documents: 0 });
  });

  it('queues an upload, works the job and serves the document with exact offsets', async () => {
    const res = await t.app.request('/api/documents', { method: 'POST', body: uploadForm(TXT, 'allies.txt', { publishedOn: '2025-04-11', kind: 'news article' }) });
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: JobDto };
    expect(res.headers.get('location')).toBe(`/api/jobs/${job.id}`);
    const done = await waitForJob(t.app, job.id);
    expect(done).toMatchObject({ state: 'done', progress: 1, error: null });
    docId = done.documentId!;
    const doc = (await (await t.app.request(`/api/documents/${docId}`)).json()) as DocumentDetail;
    expect(doc).toMatchObject({ lang: 'fr', publishedOn: '2025-04-11', kind: 'news article', format: 'txt', filename: 'allies.txt' });
    const text = await (await t.app.request(`/api/documents/${docId}/text`)).text();
    expect(doc.sentences.length).toBeGreaterThanOrEqual(3);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const b of doc.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    // A stored document never changes: its id is its ETag, and a revalidation costs nothing.
    const again = await t.app.request(`/api/documents/${docId}`);
    expect(again.headers.get('etag')).toBe(`"${docId}"`);
    expect(await again.json()).toEqual(doc);
    const cached = await t.app.request(`/api/documents/${docId}`, { headers: { 'if-none-match': `"${docId}"` } });
    expect(cached.status).toBe(304);
  });

  it('answers 200 with the existing document for a duplicate upload', async () => {
    const res = await t.app.request('/api/documents', { method: 'POST', body: uploadForm(TXT, 'copy.txt') });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ duplicate: true, document: { id: docId } });
  });

  it('filters the list by language and date', async () => {
    const fr = (await (await t.app.request('/api/documents?lang=fr&from=2025-04-01&to=2025-04-30')).json()) as DocumentList;
    expect(fr.items.map((d) => d.id)).toEqual([docId]);
    const en = (await (await t.app.request('/api/documents?lang=en')).json()) as DocumentList;
    expect(en.total).toBe(0);
    await expectProblem(await t.app.request('/api/documents?from=avril'), 400, 'INVALID_INPUT');
  });

  it('refuses bad files with problem+json and stores nothing', async () => {
    const before = await tableCounts(t.db);
    await expectProblem(await t.app.request('/api/documents', { method: 'POST', body: uploadForm('', 'empty.txt') }), 422, 'EMPTY_FILE');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 1, 2, 3]);
    const bad = await expectProblem(await t.app.request('/api/documents', { method: 'POST', body: uploadForm(png, 'brief.pdf') }), 415, 'UNSUPPORTED_FORMAT');
    expect(bad.detail).toContain('brief.pdf');
    const big = new Uint8Array(1024 * 1024 + 200_000).fill(65);
    await expectProblem(await t.app.request('/api/documents', { method: 'POST', body: uploadForm(big, 'big.txt') }), 413, 'TOO_LARGE');
    await expectProblem(await t.app.request('/api/documents', { method: 'POST', body: new FormData() }), 400, 'INVALID_INPUT');
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('fails the job of a truncated PDF with a reason and stores nothing', async () => {
    const before = await tableCounts(t.db);
    const pdf = fs.readFileSync('corpus/samples/004_58cc976fb8c2e0f9.pdf');
    const res = await t.app.request('/api/documents', { method: 'POST', body: uploadForm(new Uint8Array(pdf.subarray(0, 4000)), 'cut.pdf') });
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: JobDto };
    const done = await waitForJob(t.app, job.id);
    expect(done.state).toBe('failed');
    expect(done.error?.code).toBe('PARSE_FAILED');
    expect(done.error?.message).toContain('cut.pdf');
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('answers unknown ids and routes with 404 problems', async () => {
    await expectProblem(await t.app.request('/api/documents/0123456789abcdef'), 404, 'NOT_FOUND');
    await expectProblem(await t.app.request('/api/documents/nope'), 400, 'INVALID_INPUT');
    await expectProblem(await t.app.request('/api/jobs/6f1c9c2e-6a4b-4d8e-9a51-0c9a2f1b7d10'), 404, 'NOT_FOUND');
    await expectProblem(await t.app.request('/api/nothing-here'), 404, 'NOT_FOUND');
  });

  it('publishes an OpenAPI document listing every route', async () => {
    const spec = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/documents', '/documents/{id}', '/documents/{id}/text', '/health', '/jobs/{id}', '/pairs', '/pairs/{id}/alignment', '/pairs/{id}/export']));
    expect(Object.keys(spec.paths).every((p) => !p.includes(':'))).toBe(true);
  });
});
