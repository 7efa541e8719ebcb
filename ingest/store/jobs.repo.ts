import { z } from 'zod';
import type { DocMeta } from '../model/document.ts';
import type { Queryable } from './db.ts';

export const JobState = z.enum(['queued', 'running', 'done', 'duplicate', 'failed']);
export type JobState = z.infer<typeof JobState>;

const JobRow = z.object({
  id: z.string(),
  state: JobState,
  filename: z.string(),
  sha256: z.string(),
  byte_size: z.number(),
  mime: z.string().nullable(),
  overrides: z.record(z.string(), z.unknown()),
  progress: z.number(),
  stage: z.string().nullable(),
  document_id: z.string().nullable(),
  error_code: z.string().nullable(),
  error_message: z.string().nullable(),
  attempts: z.number(),
  created_at: z.date(),
  updated_at: z.date(),
});
export type JobRow = z.infer<typeof JobRow>;

export interface NewJob {
  id: string;
  filename: string;
  sha256: string;
  mime: string | undefined;
  overrides: DocMeta;
  bytes: Uint8Array;
}

/** Records a job and its bytes; call inside a transaction. */
export async function insertJob(q: Queryable, j: NewJob): Promise<void> {
  await q.query(
    `INSERT INTO ingest_jobs (id, state, filename, sha256, byte_size, mime, overrides) VALUES ($1, 'queued', $2, $3, $4, $5, $6)`,
    [j.id, j.filename, j.sha256, j.bytes.byteLength, j.mime ?? null, JSON.stringify(j.overrides)],
  );
  await q.query('INSERT INTO job_payloads (job_id, bytes) VALUES ($1, $2)', [j.id, Buffer.from(j.bytes)]);
}

export async function getJob(q: Queryable, id: string): Promise<JobRow | null> {
  const r = await q.query('SELECT * FROM ingest_jobs WHERE id = $1', [id]);
  return r.rows[0] ? JobRow.parse(r.rows[0]) : null;
}

/** A job still waiting or running for the same bytes, so that twenty identical uploads make one job. */
export async function findOpenJobBySha(q: Queryable, sha256: string): Promise<JobRow | null> {
  const r = await q.query(`SELECT * FROM ingest_jobs WHERE sha256 = $1 AND state IN ('queued', 'running') ORDER BY created_at LIMIT 1`, [sha256]);
  return r.rows[0] ? JobRow.parse(r.rows[0]) : null;
}

/** Takes a job for work; returns null when it is already finished (a duplicate delivery). */
export async function claimJob(q: Queryable, id: string): Promise<JobRow | null> {
  const r = await q.query(
    `UPDATE ingest_jobs SET state = 'running', attempts = attempts + 1, updated_at = now()
     WHERE id = $1 AND state IN ('queued', 'running') RETURNING *`,
    [id],
  );
  return r.rows[0] ? JobRow.parse(r.rows[0]) : null;
}

export async function loadPayload(q: Queryable, id: string): Promise<Uint8Array | null> {
  const r = await q.query<{ bytes: Buffer }>('SELECT bytes FROM job_payloads WHERE job_id = $1', [id]);
  return r.rows[0] ? new Uint8Array(r.rows[0].bytes) : null;
}

export async function setProgress(q: Queryable, id: string, stage: string, progress: number): Promise<void> {
  await q.query('UPDATE ingest_jobs SET stage = $2, progress = $3, updated_at = now() WHERE id = $1', [id, stage, progress]);
}

/** Ends a job and drops its payload; call inside the same transaction as the document insert. */
export async function finishJob(
  q: Queryable,
  id: string,
  end: { state: 'done' | 'duplicate'; documentId: string } | { state: 'failed'; code: string; message: string },
): Promise<void> {
  await q.query(
    `UPDATE ingest_jobs SET state = $2, progress = CASE WHEN $2 = 'failed' THEN progress ELSE 1 END, stage = NULL,
       document_id = $3, error_code = $4, error_message = $5, updated_at = now() WHERE id = $1`,
    [id, end.state, 'documentId' in end ? end.documentId : null, 'code' in end ? end.code : null, 'message' in end ? end.message : null],
  );
  await q.query('DELETE FROM job_payloads WHERE job_id = $1', [id]);
}

/** Jobs a crashed embedded process left behind (only safe when this process holds the data-folder lock). */
export async function requeueInterrupted(q: Queryable): Promise<string[]> {
  const r = await q.query<{ id: string }>(`UPDATE ingest_jobs SET state = 'queued', updated_at = now() WHERE state IN ('queued', 'running') RETURNING id`);
  return r.rows.map((x) => x.id);
}
