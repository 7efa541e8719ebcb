import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../ingest/ingest-document.ts';
import type { Db } from '../../ingest/store/db.ts';
import { getCleanText, listDocuments } from '../../ingest/store/documents.repo.ts';
import { listBlocks, listSentences } from '../../ingest/store/segments.repo.ts';
import { openTestDb, TRANSPORTS } from '../support/db.ts';
import { tableCounts } from '../support/snapshot.ts';

const enc = (s: string) => new TextEncoder().encode(s);

const MD = `# Une coalition en formation

Le 10 avril, à Bruxelles, **une trentaine de nations** se sont réunies. M. Lecornu a insisté sur l'armée ukrainienne.

« Comment garantir la sécurité ? », a demandé le ministre. Les élèves de l'hôpital ont été évacués.

## Deuxième partie

La mission EUMAM Ukraine a formé 75 000 soldats ukrainiens depuis 2022.
`;

const EN = `Soldiers trained

The European Union mission has trained 75,000 Ukrainian soldiers since 2022. Running a mission of this size requires staff.

Member states disagree on the next steps, and the United Kingdom is not a member.
`;

describe.each(TRANSPORTS)('storage over %s', (transport) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(transport);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('stores a document whose every block and sentence is the exact clean text at its span', async () => {
    const out = await ingestDocument(db, { bytes: enc(MD), filename: 'coalition.md' });
    expect(out.status).toBe('ingested');
    if (out.status !== 'ingested') return;
    const text = await getCleanText(db, out.documentId);
    expect(text).toBeTruthy();
    const blocks = await listBlocks(db, out.documentId);
    const sentences = await listSentences(db, out.documentId);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(sentences.length).toBeGreaterThanOrEqual(6);
    for (const b of blocks) expect(text!.slice(b.char_start, b.char_end)).toBe(b.text);
    for (const s of sentences) {
      expect(text!.slice(s.char_start, s.char_end)).toBe(s.text);
      const block = blocks[s.block_idx]!;
      expect(s.char_start).toBeGreaterThanOrEqual(block.char_start);
      expect(s.char_end).toBeLessThanOrEqual(block.char_end);
    }
    expect(blocks[0]).toMatchObject({ kind: 'title', text: 'Une coalition en formation' });
    expect(text).not.toContain('**');
  });

  it('reports the same bytes as already present and stores nothing twice', async () => {
    const before = await tableCounts(db);
    const out = await ingestDocument(db, { bytes: enc(MD), filename: 'renamed.md' });
    expect(out.status).toBe('duplicate');
    expect(await tableCounts(db)).toEqual(before);
  });

  it('leaves the database as it was when a file is refused', async () => {
    const before = await tableCounts(db);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    await expect(ingestDocument(db, { bytes: png, filename: 'notes.txt' })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    await expect(ingestDocument(db, { bytes: new Uint8Array(), filename: 'empty.txt' })).rejects.toMatchObject({ code: 'EMPTY_FILE' });
    await expect(ingestDocument(db, { bytes: enc('%PDF-1.7\n1 0 obj garbage'), filename: 'broken.pdf' })).rejects.toMatchObject({ code: 'PARSE_FAILED' });
    expect(await tableCounts(db)).toEqual(before);
  });

  it('rolls back the whole document when the transaction fails midway', async () => {
    const before = await tableCounts(db);
    const failAtEnd = async () => {
      throw new Error('disk full (simulated)');
    };
    await expect(ingestDocument(db, { bytes: enc(EN), filename: 'en.txt' }, undefined, failAtEnd)).rejects.toThrow('disk full');
    expect(await tableCounts(db)).toEqual(before);
  });

  it('searches French accent-insensitively and English with stemming', async () => {
    const out = await ingestDocument(db, { bytes: enc(EN), filename: 'en.txt', overrides: { publishedOn: '2025-03-01', datePrecision: 'month' } });
    expect(out.status).toBe('ingested');
    const fr = await db.query<{ text: string }>(`SELECT text FROM sentences WHERE tsv @@ websearch_to_tsquery('fr_unaccent', 'hopital eleve')`);
    expect(fr.rows.map((r) => r.text)).toEqual([expect.stringContaining("Les élèves de l'hôpital")]);
    const en = await db.query<{ text: string }>(`SELECT text FROM sentences WHERE tsv @@ websearch_to_tsquery('en_unaccent', 'soldier train ukrainian')`);
    expect(en.rows.map((r) => r.text)).toEqual([expect.stringContaining('trained 75,000 Ukrainian soldiers')]);
    const run = await db.query<{ text: string }>(`SELECT text FROM sentences WHERE tsv @@ websearch_to_tsquery('en_unaccent', 'run')`);
    expect(run.rows.map((r) => r.text)).toEqual([expect.stringContaining('Running a mission')]);
    const listed = await listDocuments(db, { lang: 'en', from: '2025-01-01' });
    expect(listed.total).toBe(1);
    expect(listed.rows[0]).toMatchObject({ lang: 'en', published_on: '2025-03-01', date_precision: 'month' });
  });
});
