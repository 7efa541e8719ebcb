import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths, ingestFiles, type FileResult } from '../../ingest/ingest-files.ts';
import type { Db } from '../../ingest/store/db.ts';
import { getCleanText, listDocuments } from '../../ingest/store/documents.repo.ts';
import { listBlocks, listSentences } from '../../ingest/store/segments.repo.ts';
import { openTestDb } from '../support/db.ts';

/** The first start: the whole sample corpus through the real pipeline into a real database. */
describe('sample corpus ingestion', () => {
  let db: Db;
  let results: FileResult[];
  beforeAll(async () => {
    db = await openTestDb('pglite');
    results = await ingestFiles(db, expandPaths(['corpus']), { maxBytes: 50 * 1048576 });
    for (const r of results) {
      const what = r.status === 'ingested' ? `${r.pages} pages, ${r.sentences} sentences` : r.status === 'failed' ? r.reason : r.status;
      console.log(`[corpus] ${path.basename(r.file)}: ${r.status} (${what}) in ${r.ms} ms`);
    }
  });
  afterAll(async () => {
    await db?.close();
  });

  it('ingests all five documents with the manifest metadata', async () => {
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('ingested'));
    const { rows } = await listDocuments(db);
    expect(rows.map((d) => d.lang).sort()).toEqual(['en', 'fr', 'fr', 'fr', 'fr']);
    const en = rows.find((d) => d.lang === 'en')!;
    expect(en).toMatchObject({ work_id: 'ijd-2025-eu-ukraine-alliance', published_on: '2025-03-01', authors: ['Pierre Haroche'] });
  });

  it('keeps exact provenance for every stored block and sentence of every document', async () => {
    let checked = 0;
    for (const { id } of (await listDocuments(db)).rows) {
      const text = (await getCleanText(db, id))!;
      for (const b of await listBlocks(db, id)) {
        expect(text.slice(b.char_start, b.char_end)).toBe(b.text);
        checked++;
      }
      for (const s of await listSentences(db, id)) {
        expect(text.slice(s.char_start, s.char_end)).toBe(s.text);
        expect(s.text.trim()).toBe(s.text);
        checked++;
      }
    }
    console.log(`[corpus] ${checked} spans checked`);
    expect(checked).toBeGreaterThan(300);
  });

  it('marks the English brief French colophon as French and its body as English', async () => {
    const en = (await listDocuments(db, { lang: 'en' })).rows[0]!;
    const blocks = await listBlocks(db, en.id);
    const colophon = blocks.find((b) => b.text.includes('Directeur de la publication'));
    expect(colophon?.lang).toBe('fr');
    const body = blocks.filter((b) => b.kind === 'body' && b.text.length > 200);
    expect(body.length).toBeGreaterThan(5);
    expect(body.every((b) => b.lang === 'en')).toBe(true);
  });

  it('gives sentences their pages: the three-page briefs have sentences on pages 1 to 3', async () => {
    for (const d of (await listDocuments(db)).rows.filter((x) => x.work_id)) {
      const pages = new Set((await listSentences(db, d.id)).map((s) => s.page_start));
      expect([...pages].sort()).toEqual([1, 2, 3]);
    }
  });
});
