/**
 * Bad input gives the right IngestError: not a PDF, truncated, password
 * protected (a real RC4-encrypted PDF built here, checked to open with its
 * password), no text layer, empty. Also checks the progress callback.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { IngestError, type IngestErrorCode } from '../../ingest/errors.ts';
import { parsePdf } from '../../ingest/stages/parse/pdf.ts';

const sample = () => new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, '../../corpus/samples/001_aa096a18e0aa19e6.pdf')));

async function failure(bytes: Uint8Array): Promise<IngestError> {
  try {
    await parsePdf(bytes);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('parsePdf did not fail');
}

async function expectCode(bytes: Uint8Array, code: IngestErrorCode): Promise<void> {
  const e = await failure(bytes);
  console.log(`${code}: ${e.message}`);
  expect(e.code).toBe(code);
  expect(e.message.length).toBeGreaterThan(20);
}

// ---- A password-protected PDF (Standard security handler, revision 2, RC4 40-bit), per the PDF 1.7 spec §7.6.3.
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

function encryptedPdf(userPassword: string, ownerPassword: string): Uint8Array {
  const id = md5(Buffer.from('concorde-test-id'));
  const p = -44;
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const key = md5(padded(userPassword), o, pBytes, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const objKey = (num: number) => md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objKey(4), Buffer.from('BT /F1 24 Tf 72 700 Td (Secret text inside) Tj ET', 'latin1'));
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    Buffer.from(`<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${p} >>`),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let pos = parts[0]!.length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(pos);
    parts.push(chunk);
    pos += chunk.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((x) => `${String(x).padStart(10, '0')} 00000 n `)].join('\n');
  const trailer = `\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${pos}\n%%EOF\n`;
  parts.push(Buffer.from(xref), Buffer.from(trailer));
  return new Uint8Array(Buffer.concat(parts));
}

describe('parsePdf: bad input', () => {
  it('random bytes are PARSE_FAILED', async () => {
    await expectCode(new TextEncoder().encode('This is not a PDF at all, just some text.'), 'PARSE_FAILED');
  });

  it('a truncated PDF (first half of a sample) is PARSE_FAILED', async () => {
    const bytes = sample();
    await expectCode(bytes.slice(0, bytes.length >> 1), 'PARSE_FAILED');
  });

  it('a password-protected PDF is ENCRYPTED_PDF', async () => {
    const bytes = encryptedPdf('secret', 'owner-secret');
    // The file is a valid encrypted PDF: with its password pdf.js reads the text.
    const doc = await pdfjs.getDocument({ data: bytes.slice(), password: 'secret', verbosity: 0 }).promise;
    const text = await (await doc.getPage(1)).getTextContent();
    await doc.destroy();
    expect(text.items.map((i) => ('str' in i ? i.str : '')).join('')).toContain('Secret text inside');
    await expectCode(bytes, 'ENCRYPTED_PDF');
  });

  it('an owner-password-only PDF (empty user password) still parses', async () => {
    const d = await parsePdf(encryptedPdf('', 'owner-secret'));
    expect(d.blocks.map((b) => b.text)).toEqual(['Secret text inside']);
  });

  it('a PDF with drawings and no text is NO_TEXT_LAYER', async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i < 2; i++) pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.1, 0.1) });
    await expectCode(await pdf.save(), 'NO_TEXT_LAYER');
  });

  it('zero bytes are EMPTY_FILE', async () => {
    await expectCode(new Uint8Array(), 'EMPTY_FILE');
  });
});

describe('parsePdf: progress', () => {
  it('reports every page', async () => {
    const calls: Array<[number, string]> = [];
    const d = await parsePdf(sample(), { onProgress: (fraction, stage) => calls.push([fraction, stage]) });
    expect(d.pageCount).toBe(3);
    expect(calls).toEqual([
      [1 / 3, 'reading'],
      [2 / 3, 'reading'],
      [1, 'reading'],
    ]);
  });
});
