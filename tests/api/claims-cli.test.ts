import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../support/cli.ts';
import { CSV_COLUMNS } from '../../ingest/claims/exports/claims-csv.ts';
import { ClaimsExport } from '../../ingest/claims/exports/claims-json.ts';
import { extractAndStoreClaims } from '../../ingest/claims/store-claims.ts';
import { expandPaths, ingestFiles } from '../../ingest/ingest-files.ts';
import { pairDocument } from '../../ingest/pairs/pairing.ts';
import { openDb } from '../../ingest/store/db.ts';
import { fakeExtractor } from '../support/fake-claims.ts';
import { ruleExtractor } from '../../ingest/claims/extract/extract-claims.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concorde-claims-cli-'));
const env = { CONCORDE_DATA_DIR: dataDir };
const cli = (...args: string[]): Promise<CliRun> => runCli(env, args);

/** Minimal RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  return rows;
}

let fr = '';
let en = '';

beforeAll(async () => {
  // Claims from the fixed-rule extractor, stored the way the server stores them, then read by the CLI.
  const db = await openDb({ dataDir });
  try {
    const tasks = expandPaths(['corpus']).filter((x) => /00[01]_[0-9a-f]+\.pdf$/.test(x.path));
    const fake = fakeExtractor();
    const results = await ingestFiles(db, tasks, { maxBytes: 50 * 1048576 }, {
      afterIngest: async (id) => {
        await pairDocument(db, id);
        await extractAndStoreClaims(db, id, fake);
      },
    });
    [fr, en] = results.map((r) => (r.status === 'failed' ? '' : r.documentId)) as [string, string];
  } finally {
    await db.close();
  }
}, 240_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('concorde claims', () => {
  it('prints every claim with its citations as JSON following the exported schema', async () => {
    const out = await cli('claims', '--format', 'json');
    expect(out.code).toBe(0);
    const claims = ClaimsExport.parse(JSON.parse(out.stdout));
    expect(claims.map((c) => c.predicate).sort()).toEqual(['participates_in', 'soldiers_trained']);
    for (const c of claims) {
      expect(c.citations.map((x) => x.documentId).sort()).toEqual([fr, en].sort());
      for (const x of c.citations) expect(x.link).toBe(`/documents/${x.documentId}#s-${x.sentenceIdx}`);
    }
    const onlyFr = ClaimsExport.parse(JSON.parse((await cli('claims', '--doc', fr, '--json')).stdout));
    expect(onlyFr).toHaveLength(2);
  });

  it('prints one CSV row per citation', async () => {
    const out = await cli('claims', '--format', 'csv');
    expect(out.code).toBe(0);
    const [header, ...rows] = parseCsv(out.stdout);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows.map((r) => r[col('quote')]).sort()).toContain('la Norvège participent à cette mission');
    expect(new Set(rows.map((r) => r[col('claim_id')])).size).toBe(2);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('names the document it cannot find, and refuses unknown formats', async () => {
    const missing = await cli('claims', '--doc', 'ffffffffffffffff');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ffffffffffffffff');
    const bad = await cli('claims', '--format', 'xml');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--format of claims must be json or csv');
    const extractMissing = await cli('claims', 'extract', '--doc', 'ffffffffffffffff');
    expect(extractMissing.code).toBe(1);
    expect(extractMissing.stderr).toContain('ffffffffffffffff');
  });

  it('re-runs extraction for one document and reports what it stored', async () => {
    const out = await cli('claims', 'extract', '--doc', fr, '--json');
    expect(out.code).toBe(0);
    const reports = JSON.parse(out.stdout) as Array<{ documentId: string; extractor: string; unverified: number }>;
    expect(reports.map((r) => [r.documentId, r.extractor])).toEqual([[fr, `rules@${ruleExtractor.info.version}`]]);
    // Whatever the rules found, every stored citation is still exact.
    const claims = ClaimsExport.parse(JSON.parse((await cli('claims', '--json')).stdout));
    const { openDb: open } = await import('../../ingest/store/db.ts');
    const db = await open({ dataDir });
    try {
      for (const c of claims) {
        for (const x of c.citations) {
          const r = await db.query<{ q: string }>('SELECT substr(clean_text, $2 + 1, $3 - $2) AS q FROM documents WHERE id = $1', [x.documentId, x.start, x.end]);
          expect(r.rows[0]?.q).toBe(x.quote);
        }
      }
    } finally {
      await db.close();
    }
  });
});
