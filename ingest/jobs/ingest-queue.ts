import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { describeFailure, ingestDocument } from '../ingest-document.ts';
import { isIngestError } from '../errors.ts';
import type { AfterIngest } from '../after-ingest.ts';
import type { DocMeta } from '../model/document.ts';
import { sha256Hex } from '../pipeline.ts';
import type { OcrMode } from '../stages/parse/pdf/ocr-engine.ts';
import type { Db } from '../store/db.ts';
import { findIdBySha } from '../store/documents.repo.ts';
import * as jobs from '../store/jobs.repo.ts';

const QUEUE = 'concorde-ingest';
const MAX_ATTEMPTS = 3;

export interface Upload {
  bytes: Uint8Array;
  filename: string;
  mime?: string | undefined;
  overrides?: DocMeta | undefined;
}

/**
 * How long a job may run before pg-boss gives up on it: OCR reads a scanned page in 2-5 s, so a
 * 300-page scan needs up to 25 minutes (the former 15 would expire it mid-way). A crashed
 * worker's job is recovered at restart, not by this expiry.
 */
const JOB_EXPIRY_SECONDS = 4 * 3600;

export type Submitted = { kind: 'job'; job: jobs.JobRow } | { kind: 'duplicate'; documentId: string };

export interface QueueOptions {
  /** Work jobs in this process (the server by default; `npm run worker` for separate processes). */
  work: boolean;
  /** Re-queue jobs left running by a crash: only when no other process can be working them. */
  recoverInterrupted: boolean;
  log?: (msg: string) => void;
  /** Pairing, embedding…: runs after each document is stored. */
  afterIngest?: AfterIngest;
  /** PDF pages without a text layer: OCR when tesseract is installed (the default), or never. */
  ocr?: OcrMode | undefined;
}

/**
 * Ingestion as jobs in a Postgres-backed queue (pg-boss): uploads return at once, a worker
 * ingests, and `ingest_jobs` shows state and progress to anyone polling.
 */
export class IngestQueue {
  private constructor(
    private readonly db: Db,
    private readonly boss: PgBoss,
    private readonly log: (msg: string) => void,
    private readonly afterIngest: AfterIngest,
    private readonly ocr: OcrMode | undefined,
  ) {}

  static async start(db: Db, opts: QueueOptions): Promise<IngestQueue> {
    const boss = new PgBoss({
      db: { executeSql: async (text: string, values: unknown[]) => db.pool.query(text, values) },
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: 300,
    });
    const log = opts.log ?? (() => {});
    boss.on('error', (err: Error) => log(`queue error: ${err.message}`));
    await boss.start();
    await boss.createQueue(QUEUE);
    const queue = new IngestQueue(db, boss, log, opts.afterIngest ?? (async () => {}), opts.ocr);
    if (opts.recoverInterrupted) {
      for (const id of await jobs.requeueInterrupted(db)) await queue.send(id);
    }
    if (opts.work) {
      await boss.work<{ jobId: string }>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
        if (job) await queue.process(job.data.jobId);
      });
    }
    return queue;
  }

  /** Queues a file, unless the same bytes are already stored or already queued. */
  async submit(upload: Upload): Promise<Submitted> {
    const sha256 = sha256Hex(upload.bytes);
    const existing = await findIdBySha(this.db, sha256);
    if (existing) return { kind: 'duplicate', documentId: existing };
    const id = randomUUID();
    // Serialises identical uploads: the second one finds the first job instead of making its own.
    const job = await this.db.tx(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [sha256]);
      const open = await jobs.findOpenJobBySha(q, sha256);
      if (open) return open;
      await jobs.insertJob(q, { id, filename: upload.filename, sha256, mime: upload.mime, overrides: upload.overrides ?? {}, bytes: upload.bytes });
      return jobs.getJob(q, id);
    });
    if (!job) throw new Error('job vanished after insert');
    if (job.id === id) await this.send(id);
    return { kind: 'job', job };
  }

  getJob(id: string): Promise<jobs.JobRow | null> {
    return jobs.getJob(this.db, id);
  }

  /** Polls until the job ends (for the CLI and tests). */
  async waitFor(id: string, timeoutMs = 300_000, onUpdate?: (job: jobs.JobRow) => void): Promise<jobs.JobRow> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const job = await jobs.getJob(this.db, id);
      if (!job) throw new Error(`job ${id} not found`);
      onUpdate?.(job);
      if (job.state !== 'queued' && job.state !== 'running') return job;
      if (Date.now() > until) throw new Error(`job ${id} still ${job.state} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private async send(jobId: string): Promise<void> {
    await this.boss.send(QUEUE, { jobId }, { retryLimit: MAX_ATTEMPTS, retryDelay: 2, expireInSeconds: JOB_EXPIRY_SECONDS });
  }

  /** Works one job; a failure we understand ends the job, an unexpected one is retried by pg-boss. */
  private async process(jobId: string): Promise<void> {
    const job = await jobs.claimJob(this.db, jobId);
    if (!job) return;
    const bytes = await jobs.loadPayload(this.db, jobId);
    if (!bytes) {
      await this.db.tx((q) => jobs.finishJob(q, jobId, { state: 'failed', code: 'PAYLOAD_MISSING', message: `${job.filename}: the uploaded bytes were lost; upload it again.` }));
      return;
    }
    let last = 0;
    try {
      const outcome = await ingestDocument(
        this.db,
        { bytes, filename: job.filename, overrides: job.overrides as DocMeta, ocr: this.ocr },
        (stage, fraction) => {
          if (fraction - last < 0.04 && fraction < 1) return;
          last = fraction;
          void jobs.setProgress(this.db, jobId, stage, fraction).catch(() => {});
        },
        (q, outcome) => jobs.finishJob(q, jobId, { state: outcome.status === 'ingested' ? 'done' : 'duplicate', documentId: outcome.documentId }),
      );
      if (outcome.status === 'ingested') await this.afterIngest(outcome.documentId);
    } catch (err) {
      const failure = describeFailure(job.filename, err);
      this.log(`ingest failed: ${failure.message}`);
      if (isIngestError(err) || job.attempts >= MAX_ATTEMPTS) {
        await this.db.tx((q) => jobs.finishJob(q, jobId, { state: 'failed', ...failure }));
        return;
      }
      throw err;
    }
  }
}
