import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../support/cli.ts';
import { makePdf, requireTesseract } from '../support/scanned-pdf.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concorde-cli-'));
const env = { CONCORDE_DATA_DIR: dataDir };
const cli = (...args: string[]): Promise<CliRun> => runCli(env, args);

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('concorde CLI', () => {
  it('ingests files into the data folder, reports duplicates and failures per file, and lists documents', async () => {
    const junk = path.join(dataDir, 'junk.pdf');
    fs.writeFileSync(junk, 'not a pdf at all, just words');
    const md = path.join(dataDir, 'note.md');
    fs.writeFileSync(md, '# Note\n\nLa coalition réunit une trentaine de pays européens autour de la France et du Royaume-Uni.\n');
    const first = await cli('ingest', 'corpus/samples/004_58cc976fb8c2e0f9.pdf', md, junk, '--json');
    expect(first.code).toBe(2); // one file failed
    const summary = JSON.parse(first.stdout) as { ingested: number; alreadyPresent: number; failed: number; files: { status: string; reason?: string }[] };
    expect(summary).toMatchObject({ ingested: 2, alreadyPresent: 0, failed: 1 });
    expect(summary.files[2]?.reason).toContain('junk.pdf');

    const second = await cli('ingest', 'corpus/samples/004_58cc976fb8c2e0f9.pdf');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already present');
    expect(second.stdout).toContain('0 ingested, 1 already present, 0 failed');

    const docs = await cli('docs', '--json');
    const list = JSON.parse(docs.stdout) as { title: string; lang: string }[];
    expect(list).toHaveLength(2);
    expect(list.map((d) => d.lang)).toEqual(['fr', 'fr']);
  });

  it('reads a scanned PDF by OCR and says so; with CONCORDE_OCR=off refuses it naming the file and the setting', async () => {
    requireTesseract();
    const scan = path.join(dataDir, 'scan.pdf');
    fs.writeFileSync(scan, await makePdf([{ scan: ['Les ministres de la Défense se réunissent à Bruxelles le 10 avril.', 'La coalition des volontaires devient permanente.'] }]));
    const off = await runCli({ ...env, CONCORDE_OCR: 'off' }, ['ingest', scan]);
    expect(off.code).toBe(2);
    expect(off.stdout).toContain('scan.pdf');
    expect(off.stdout).toContain('CONCORDE_OCR=off');
    const on = await cli('ingest', scan);
    expect(on.code).toBe(0);
    expect(on.stdout).toMatch(/OCR \(machine-read\): page 1/);
  });

  it('refuses a second process on the same embedded data folder with a clear message', async () => {
    const { openDb } = await import('../../ingest/store/db.ts');
    const db = await openDb({ dataDir });
    try {
      const out = await cli('docs');
      expect(out.code).toBe(1);
      expect(out.stderr).toContain('is in use by process');
    } finally {
      await db.close();
    }
  });
});
