import { afterEach, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../ingest/ingest-document.ts';
import type { Db } from '../../ingest/store/db.ts';
import { openTestDb } from '../support/db.ts';

/**
 * On a Postgres server the application may write as a role that did not run the migrations and
 * so does not own the full-text index. Storing a document must still work, and leave no pending
 * GIN entries behind (migration 012: the flush trigger runs as the index owner).
 */
let db: Db | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function asWriterRole(): Promise<Db> {
  db = await openTestDb('pglite');
  await db.query('CREATE ROLE concorde_writer NOLOGIN');
  await db.query('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO concorde_writer');
  await db.query('SET ROLE concorde_writer');
  return db;
}

const TEXT = 'La coalition des volontaires compte désormais 35 pays. Les ministres se sont réunis à Bruxelles le 10 avril.';

describe('storing a document as a role that does not own the indexes', () => {
  it('stores it, with the full-text index flushed', async () => {
    const d = await asWriterRole();
    expect((await d.query<{ r: string }>('SELECT current_user AS r')).rows[0]!.r).toBe('concorde_writer');
    const out = await ingestDocument(d, { bytes: new TextEncoder().encode(TEXT), filename: 'note.txt' });
    expect(out.status).toBe('ingested');
    const n = await d.query<{ n: number }>('SELECT count(*)::int AS n FROM sentences');
    expect(n.rows[0]!.n).toBe(2);
    const hits = await d.query<{ idx: number }>(`SELECT idx FROM sentences WHERE tsv @@ to_tsquery('fr_unaccent', 'ministre')`);
    expect(hits.rows.map((r) => r.idx)).toEqual([1]);
    // As the owner: flushing now finds no pending page (it returns how many it merged).
    await d.query('RESET ROLE');
    const pending = await d.query<{ n: number }>(`SELECT gin_clean_pending_list('sentences_tsv_idx'::regclass)::int AS n`);
    expect(pending.rows[0]!.n).toBe(0);
  });
});
