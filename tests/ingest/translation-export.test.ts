/**
 * Exports of a reviewed alignment: TMX 1.4b validated with xmllint against the DTD shipped in
 * ingest/translation/tmx14b.dtd and read back with linkedom; TSV and JSON read back.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { toJson, toTmx, toTsv, type ExportPair, type ExportRow } from '../../ingest/translation/export.ts';

const root = path.resolve(import.meta.dirname, '../..');
const DTD = path.join(root, 'ingest/translation/tmx14b.dtd');
const dir = mkdtempSync(path.join(tmpdir(), 'concorde-tmx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pair: ExportPair = { srcLang: 'fr', tgtLang: 'en', srcDocId: 'f3baa790e8b846bd', tgtDocId: 'aa096a18e0aa19e6', title: 'Vers une alliance UE-Ukraine & <EUU-JTM>' };
const rows: ExportRow[] = [
  { srcText: 'EUMAM Ukraine a formé 75 000 soldats ukrainiens.', tgtText: 'EUMAM Ukraine has trained 75,000 Ukrainian soldiers.', confidence: 0.98765, status: 'confirmed', flags: [] },
  { srcText: 'Le déploiement « fil déclencheur » & <OTAN>', tgtText: "a 'tripwire' function, \"NATO\"\ttab\nnew line", confidence: 0.5, status: 'auto', flags: ['number', 'name'] },
  { srcText: '2 SEAE, Conseil des affaires étrangères (Défense)', tgtText: '', confidence: 0.9, status: 'auto', flags: ['unmatched'] },
  { srcText: '   ', tgtText: '', confidence: 0, status: 'rejected', flags: [] },
  { srcText: 'Contrôle\u0001 caractère', tgtText: 'Control character 😀', confidence: 0.1, status: 'rejected', flags: ['untranslated'] },
];

/** xmllint's DTD validation of a file; the test fails (not skips) when xmllint is missing. */
function xmllint(file: string): { ok: boolean; out: string } {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error) throw new Error('xmllint not found: install libxml2-utils (apt-get install -y libxml2-utils) to validate TMX exports');
  const r = spawnSync('xmllint', ['--noout', '--dtdvalid', DTD, file], { encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

describe('toTmx', () => {
  const tmx = toTmx(pair, rows, { createdAt: new Date('2025-03-01T10:20:30Z') });
  const file = path.join(dir, 'pair.tmx');
  writeFileSync(file, tmx);

  it('is valid TMX 1.4b according to the shipped DTD (xmllint --dtdvalid)', () => {
    const r = xmllint(file);
    expect(r.out).toBe('');
    expect(r.ok).toBe(true);
  });

  it('the DTD check has teeth: a header without creationtoolversion and a tuv without seg fail', () => {
    const bad = path.join(dir, 'bad.tmx');
    writeFileSync(bad, tmx.replace(/ creationtoolversion="[^"]*"/, '').replace(/<seg>EUMAM Ukraine has trained[^<]*<\/seg>/, ''));
    const r = xmllint(bad);
    expect(r.ok).toBe(false);
    expect(r.out).toMatch(/creationtoolversion/);
    expect(r.out).toMatch(/tuv/);
  });

  it('reads back with the header, one tu per non-empty row, properties and exact segments', () => {
    const doc = new DOMParser().parseFromString(tmx, 'text/xml');
    const header = doc.querySelector('header')!;
    expect(doc.querySelector('tmx')?.getAttribute('version')).toBe('1.4');
    for (const [k, v] of Object.entries({ creationtool: 'Concorde', srclang: 'fr', adminlang: 'en', datatype: 'plaintext', segtype: 'sentence', 'o-tmf': 'Concorde', creationdate: '20250301T102030Z' })) {
      expect(header.getAttribute(k), k).toBe(v);
    }
    expect(header.querySelector('note')?.textContent).toBe(pair.title);
    const tus = [...doc.querySelectorAll('tu')];
    // The row with only whitespace on both sides has nothing to carry.
    expect(tus).toHaveLength(4);
    const props = (tu: (typeof tus)[number]) => Object.fromEntries([...tu.querySelectorAll('prop')].map((p) => [p.getAttribute('type'), p.textContent]));
    expect(props(tus[0]!)).toEqual({ 'x-confidence': '0.988', 'x-status': 'confirmed', 'x-flags': '' });
    expect(props(tus[1]!)).toEqual({ 'x-confidence': '0.5', 'x-status': 'auto', 'x-flags': 'number;name' });
    const segs = (tu: (typeof tus)[number]) => [...tu.querySelectorAll('tuv')].map((t) => [t.getAttribute('xml:lang'), t.querySelector('seg')?.textContent]);
    expect(segs(tus[1]!)).toEqual([
      ['fr', rows[1]!.srcText],
      ['en', rows[1]!.tgtText],
    ]);
    // Empty side skipped; a control character (forbidden in XML) becomes U+FFFD.
    expect(segs(tus[2]!)).toEqual([['fr', rows[2]!.srcText]]);
    expect(segs(tus[3]!)).toEqual([
      ['fr', 'Contrôle\uFFFD caractère'],
      ['en', 'Control character 😀'],
    ]);
  });

  it('escapes markup characters instead of emitting them', () => {
    expect(tmx).toContain('&lt;OTAN&gt;');
    expect(tmx).not.toContain('<OTAN>');
    expect(tmx).not.toContain('\u0001');
  });
});

describe('toTsv and toJson', () => {
  const unescape = (cell: string) => cell.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' })[c] ?? c);

  it('writes a header and one escaped line per row', () => {
    const tsv = toTsv(pair, rows);
    const lines = tsv.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('fr\ten\tconfidence\tstatus\tflags');
    expect(lines).toHaveLength(rows.length + 1);
    for (const l of lines) expect(l.split('\t')).toHaveLength(5);
    const cells = lines[2]!.split('\t');
    expect(unescape(cells[1]!)).toBe(rows[1]!.tgtText);
    expect(cells.slice(2)).toEqual(['0.5', 'auto', 'number;name']);
    expect(execFileSync('awk', ['-F', '\t', '{ print NF }'], { input: tsv, encoding: 'utf8' }).trim().split('\n')).toEqual(Array(rows.length + 1).fill('5'));
  });

  it('writes JSON that reads back to the pair and rows', () => {
    const json = JSON.parse(toJson(pair, rows)) as { pair: ExportPair; rows: ExportRow[]; format: string };
    expect(json.format).toBe('concorde-alignment');
    expect(json.pair).toEqual(pair);
    expect(json.rows.map((r) => r.tgtText)).toEqual(rows.map((r) => r.tgtText));
    expect(json.rows[0]!.confidence).toBe(0.988);
  });
});
