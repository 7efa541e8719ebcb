import Table from 'cli-table3';
import { IngestError } from '../errors.ts';
import { listClaimRecords } from '../store/claims.repo.ts';
import type { Db } from '../store/db.ts';
import { describeReport } from './claims-after-ingest.ts';
import { ruleExtractor } from './extract/extract-claims.ts';
import { claimsCsv } from './exports/claims-csv.ts';
import { exportClaim } from './exports/claims-json.ts';
import type { ClaimExtractor } from './model.ts';
import { extractAndStoreClaims, type StoreClaimsReport } from './store-claims.ts';

export type ClaimsFormat = 'json' | 'csv' | 'table';

/** The documents to work on: the one asked for (which must exist), or all, oldest first. */
async function documentsFor(db: Db, doc: string | undefined): Promise<Array<{ id: string; filename: string }>> {
  const r = await db.query<{ id: string; filename: string }>(
    'SELECT id, filename FROM documents WHERE ($1::text IS NULL OR id = $1) ORDER BY created_at, id',
    [doc ?? null],
  );
  if (doc && !r.rows.length) throw new IngestError('NOT_FOUND', `No document ${doc} (see \`npm run concorde -- docs\`).`);
  return r.rows;
}

/** `claims [--format json|csv] [--doc ID]`: every claim (rejected included) with its citations. */
export async function printClaims(db: Db, format: ClaimsFormat, doc: string | undefined): Promise<number> {
  if (doc) await documentsFor(db, doc);
  const rows = await listClaimRecords(db, { documentIds: doc ? [doc] : undefined, includeRejected: true }, 1_000_000);
  const claims = rows.map(exportClaim);
  if (format === 'json') {
    console.log(JSON.stringify(claims, null, 2));
    return 0;
  }
  if (format === 'csv') {
    process.stdout.write(claimsCsv(claims));
    return 0;
  }
  const table = new Table({ head: ['claim', 'status', 'type', 'predicate', 'subject', 'object / value', 'langs', 'quote'], colWidths: [20, 11, 11, 19, 22, 24, 7, 48], wordWrap: true });
  for (const c of claims) {
    const what = c.object?.name ?? (c.value ? c.value.text : '');
    table.push([c.id, c.status, c.type, c.predicate, c.subject.name, what, [...new Set(c.citations.map((x) => x.lang))].join('+'), c.citations[0]?.quote ?? '']);
  }
  console.log(table.toString());
  console.log(`${claims.length} claim${claims.length === 1 ? '' : 's'}`);
  return 0;
}

/** `claims extract [--doc ID]`: re-runs extraction; reviewed claims keep their status. Exit 2 when a document failed. */
export async function reextractClaims(db: Db, doc: string | undefined, json: boolean, extractor: ClaimExtractor = ruleExtractor): Promise<number> {
  const reports: Array<StoreClaimsReport | { documentId: string; filename: string; error: string }> = [];
  let failed = 0;
  for (const d of await documentsFor(db, doc)) {
    try {
      const r = await extractAndStoreClaims(db, d.id, extractor);
      reports.push(r);
      if (!json) console.error(`${d.id} (${d.filename}): ${describeReport(r)}`);
    } catch (err) {
      failed++;
      const error = `claims of ${d.id} (${d.filename}) failed: ${err instanceof Error ? err.message : String(err)}`;
      reports.push({ documentId: d.id, filename: d.filename, error });
      console.error(error);
    }
  }
  if (json) console.log(JSON.stringify(reports, null, 2));
  return failed ? 2 : 0;
}
