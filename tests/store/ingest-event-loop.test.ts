import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../ingest/ingest-document.ts';
import { fromPglite, PGLITE_OPTIONS, type Db } from '../../ingest/store/db.ts';
import { migrate } from '../../ingest/store/migrate.ts';

/**
 * Ingestion runs in the API's process. pdf.js answers through promise chains, which never give
 * way to I/O by themselves: before the pipeline yielded between pages, no request was served
 * until a whole PDF was read and stored. Here an HTTP request made as a 40-page ingestion starts
 * must be answered before it ends. (Order of events, not a duration.)
 */
let db: Db;
let server: http.Server;
let url = '';

beforeAll(async () => {
  const lite = await PGlite.create(PGLITE_OPTIONS);
  db = fromPglite(lite, () => lite.close());
  await migrate(db);
  server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // As in a running server, pdf.js is loaded already (loading it is I/O that would let the request through).
  await ingestDocument(db, { bytes: await longPdf(1), filename: 'warm-up.pdf', ocr: 'off' });
  await fetch(url);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

async function longPdf(pages: number): Promise<Uint8Array> {
  const src = await PDFDocument.load(fs.readFileSync(path.resolve(import.meta.dirname, '../../corpus/samples/004_58cc976fb8c2e0f9.pdf')));
  const out = await PDFDocument.create();
  for (const p of await out.copyPages(src, Array.from({ length: pages }, () => 0))) out.addPage(p);
  return out.save();
}

describe('the event loop during an ingestion', () => {
  it('answers an HTTP request made while a 40-page PDF is ingested, before the ingestion ends', async () => {
    const bytes = await longPdf(40);
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
});
