import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterIngest } from '../../ingest/after-ingest.ts';
import { ConceptEmbedder } from '../../ingest/embed/concept-embedder.ts';
import { ingestDocument } from '../../ingest/ingest-document.ts';
import { prepareVectors } from '../../ingest/search/vectors.ts';
import type { Db } from '../../ingest/store/db.ts';
import { openTestDb } from '../support/db.ts';
import { repeatedSamplePdf } from '../support/long-pdf.ts';

/**
 * Ingestion and the work after it (pairing and aligning the language versions, claims, vectors)
 * run in the API's process. pdf.js answers through promise chains, and the database and the
 * aligner work synchronously: none gives way to I/O by itself. Before they yielded, no request
 * was served until a whole PDF was read and stored, nor while its translation was aligned. Here
 * an HTTP request made as the work starts must be answered before it ends. (Order of events, not
 * a duration.)
 */
let db: Db;
let server: http.Server;
let url = '';

beforeAll(async () => {
  db = await openTestDb('pglite');
  server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // As in a running server, pdf.js is loaded already (loading it is I/O that would let the request through).
  await ingestDocument(db, { bytes: await repeatedSamplePdf(1), filename: 'warm-up.pdf', ocr: 'off' });
  await fetch(url);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

describe('the event loop during an ingestion', () => {
  it('answers an HTTP request made while a 40-page PDF is ingested, before the ingestion ends', async () => {
    const bytes = await repeatedSamplePdf(40);
    const done: string[] = [];
    const ingest = ingestDocument(db, { bytes, filename: 'long.pdf', ocr: 'off' }).then((out) => {
      done.push('ingest');
      return out;
    });
    const read = fetch(url).then(async (res) => {
      done.push('request');
      return res.text();
    });
    const [out, body] = await Promise.all([ingest, read]);
    expect(out.status).toBe('ingested');
    expect(body).toBe('ok');
    expect(done).toEqual(['request', 'ingest']);
  }, 60_000);

  it('answers an HTTP request made while the French and English briefs are paired, aligned, read for claims and embedded', async () => {
    const embedder = new ConceptEmbedder();
    await prepareVectors(db, embedder);
    const after = afterIngest(db, embedder);
    const ids: string[] = [];
    for (const f of ['000_f3baa790e8b846bd.pdf', '001_aa096a18e0aa19e6.pdf']) {
      const bytes = new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, '../../corpus/samples', f)));
      const out = await ingestDocument(db, { bytes, filename: f, ocr: 'off' });
      if (out.status === 'ingested') ids.push(out.documentId);
    }
    expect(ids).toHaveLength(2);
    const done: string[] = [];
    const work = after(ids[1]!).then(() => done.push('after-ingest'));
    const read = fetch(url).then(async (res) => {
      done.push('request');
      return res.text();
    });
    await Promise.all([work, read]);
    expect(done).toEqual(['request', 'after-ingest']);
    const pairs = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM document_pairs');
    expect(pairs.rows[0]!.n).toBe(1);
    const missing = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM sentences s LEFT JOIN sentence_vectors v ON v.document_id = s.document_id AND v.idx = s.idx WHERE s.document_id = $1 AND v.idx IS NULL',
      [ids[1]],
    );
    expect(missing.rows[0]!.n).toBe(0);
  }, 120_000);
});
