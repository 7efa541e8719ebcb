import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestQueue } from '../../ingest/jobs/ingest-queue.ts';
import type { Db } from '../../ingest/store/db.ts';
import { insertJob } from '../../ingest/store/jobs.repo.ts';
import { openTestDb } from '../support/db.ts';
import { tableCounts } from '../support/snapshot.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const TEXT = `La coalition des volontaires

La coalition des volontaires devient permanente, selon une source diplomatique. Elle réunit trente-cinq pays.
`;

describe('ingestion queue (pg-boss on PGlite)', () => {
  let db: Db;
  let queue: IngestQueue;
  beforeAll(async () => {
    db = await openTestDb('pglite');
    queue = await IngestQueue.start(db, { work: true, recoverInterrupted: true });
  });
  afterAll(async () => {
    await queue?.stop();
    await db?.close();
  });

  it('stores a document once when the same file is uploaded 20 times at once', async () => {
    const submitted = await Promise.all(Array.from({ length: 20 }, (_, i) => queue.submit({ bytes: enc(TEXT), filename: `copy-${i}.txt` })));
    const jobIds = new Set(submitted.flatMap((s) => (s.kind === 'job' ? [s.job.id] : [])));
    expect(jobIds.size).toBe(1);
    const [id] = [...jobIds];
    const job = await queue.waitFor(id!, 60_000);
    expect(job.state).toBe('done');
    expect((await tableCounts(db)).documents).toBe(1);
    const again = await queue.submit({ bytes: enc(TEXT), filename: 'later.txt' });
    expect(again).toEqual({ kind: 'duplicate', documentId: job.document_id });
  });

  it('records progress stages and ends failed jobs with the reason and no payload left', async () => {
    const before = await tableCounts(db);
    const out = await queue.submit({ bytes: enc('%PDF-1.4\nthis is not really a PDF'), filename: 'fake.pdf' });
    if (out.kind !== 'job') throw new Error('expected a job');
    const job = await queue.waitFor(out.job.id, 60_000);
    expect(job).toMatchObject({ state: 'failed', error_code: 'PARSE_FAILED' });
    expect(job.error_message).toContain('fake.pdf');
    const payloads = await db.query('SELECT 1 FROM job_payloads WHERE job_id = $1', [job.id]);
    expect(payloads.rowCount).toBe(0);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('re-queues and finishes a job a crashed process left running', async () => {
    // A job whose process died mid-way: its row says running, its bytes are still there, and no
    // queue message exists any more.
    const id = '3b0c4c8e-0d1f-4c55-9d7a-8f5a1e2b3c4d';
    await db.tx((q) => insertJob(q, { id, filename: 'crashed.txt', sha256: 'f'.repeat(64), mime: 'text/plain', overrides: {}, bytes: enc(`${TEXT}\nUne phrase de plus.`) }));
    await db.query(`UPDATE ingest_jobs SET state = 'running', attempts = 1 WHERE id = $1`, [id]);
    const restarted = await IngestQueue.start(db, { work: false, recoverInterrupted: true });
    await restarted.stop();
    const job = await queue.waitFor(id, 60_000);
    expect(job).toMatchObject({ state: 'done', attempts: 2 });
    expect(job.document_id).toMatch(/^[0-9a-f]{16}$/);
  });
});
