/**
 * A scanned PDF uploaded through the API is read by OCR (tesseract fra+eng) and stored like any
 * document: French, sentences on the right pages, exact offsets. With OCR off the same bytes are
 * refused with NO_TEXT_LAYER and nothing is stored. FAILS (never skips) without tesseract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, JobDto } from '../../api/schemas/documents.ts';
import { IngestError } from '../../ingest/errors.ts';
import { ingestDocument } from '../../ingest/ingest-document.ts';
import { makeTestApp, type TestApp, uploadForm, waitForJob } from '../support/app.ts';
import { makePdf, requireTesseract } from '../support/scanned-pdf.ts';
import { tableCounts } from '../support/snapshot.ts';

const PAGE_1 = [
  'Les ministres de la Défense se réunissent à Bruxelles le 10 avril.',
  'Une trentaine de nations participent à cette réunion, lancée par la',
  'France et le Royaume-Uni, pour préparer une force de réassurance.',
];
const PAGE_2 = [
  'La coalition des volontaires devient permanente, selon le communiqué.',
  'Les États baltes et les Pays-Bas se disent prêts à envoyer des troupes.',
];

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t?.close();
});


describe('upload of a scanned PDF', () => {
  it('is read by OCR and stored with its pages, offsets and language', async () => {
    requireTesseract();
    const bytes = await makePdf([{ scan: PAGE_1 }, { scan: PAGE_2 }]);
    const res = await t.app.request('/api/documents', { method: 'POST', body: uploadForm(bytes, 'numérisation.pdf') });
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: JobDto };
    const done = await waitForJob(t.app, job.id, 1200);
    expect(done.error).toBeNull();
    expect(done.state).toBe('done');

    const doc = (await (await t.app.request(`/api/documents/${done.documentId}`)).json()) as DocumentDetail;
    const text = await (await t.app.request(`/api/documents/${done.documentId}/text`)).text();
    expect(doc.lang).toBe('fr');
    expect(doc.pageCount).toBe(2);
    const sentence = (needle: string) => doc.sentences.find((s) => s.text.includes(needle));
    expect(sentence('Bruxelles')?.pageStart).toBe(1);
    expect(sentence('baltes')?.pageStart).toBe(2);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    // The document says which pages are machine-read, in the detail and in the library list.
    expect(doc.ocr?.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(doc.ocr?.engine).toMatch(/^tesseract /);
    for (const p of doc.ocr?.pages ?? []) expect(p.confidence).toBeGreaterThan(80);
    const list = (await (await t.app.request('/api/documents')).json()) as { items: DocumentDetail[] };
    expect(list.items.find((d) => d.id === done.documentId)?.ocr).toEqual(doc.ocr);
  }, 120_000);

  it('with OCR off is NO_TEXT_LAYER and leaves the database unchanged', async () => {
    const bytes = await makePdf([{ scan: PAGE_2 }]);
    const before = await tableCounts(t.db);
    const err = await ingestDocument(t.db, { bytes, filename: 'scan-off.pdf', ocr: 'off' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(IngestError);
    expect(err instanceof IngestError && err.code).toBe('NO_TEXT_LAYER');
    expect(await tableCounts(t.db)).toEqual(before);
  }, 60_000);

  it('honours CONCORDE_OCR=off through the upload queue: a failed job naming the setting, nothing stored', async () => {
    const off = await makeTestApp({ CONCORDE_OCR: 'off' });
    try {
      const before = await tableCounts(off.db);
      const res = await off.app.request('/api/documents', { method: 'POST', body: uploadForm(await makePdf([{ scan: PAGE_1 }]), 'scan.pdf') });
      expect(res.status).toBe(202);
      const { job } = (await res.json()) as { job: JobDto };
      const done = await waitForJob(off.app, job.id);
      expect(done.state).toBe('failed');
      expect(done.error?.code).toBe('NO_TEXT_LAYER');
      expect(done.error?.message).toContain('CONCORDE_OCR=off');
      expect(await tableCounts(off.db)).toEqual(before);
    } finally {
      await off.close();
    }
  }, 60_000);
});
