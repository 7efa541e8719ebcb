import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../ingest/errors.ts';
import { sniffFormat } from '../../ingest/stages/sniff.ts';

const corpus = (p: string) => new Uint8Array(readFileSync(new URL(`../../corpus/${p}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...xs: (number | string)[]) => new Uint8Array(xs.flatMap((x) => (typeof x === 'number' ? [x] : [...utf8(x)])));

function refusal(b: Uint8Array, name: string): IngestError {
  try {
    sniffFormat(b, name);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error(`sniffFormat accepted ${name}`);
}

describe('sniffFormat', () => {
  it('recognises the sample PDF by its magic bytes', () => {
    expect(sniffFormat(corpus('samples/000_f3baa790e8b846bd.pdf'), '000.pdf')).toBe('pdf');
  });

  it('keeps a PDF a PDF even when it is named .txt', () => {
    expect(sniffFormat(corpus('samples/001_aa096a18e0aa19e6.pdf'), 'notes.txt')).toBe('pdf');
  });

  it('finds the PDF header after a little leading junk', () => {
    expect(sniffFormat(bytes('\r\n\r\n%PDF-1.7\n', 0xe2, 0xe3, 0xcf, 0xd3, '\n1 0 obj'), 'x.bin')).toBe('pdf');
  });

  it('recognises the sample HTML page, whatever its name', () => {
    const html = corpus('samples/002_d2107694f30e2b3c.html');
    expect(sniffFormat(html, '002.html')).toBe('html');
    expect(sniffFormat(html, 'page.txt')).toBe('html');
    expect(sniffFormat(html, 'page')).toBe('html');
  });

  it('treats a fragment starting with <p> as HTML unless the name says Markdown', () => {
    expect(sniffFormat(utf8('<p>Bonjour <b>le monde</b></p>'), 'fragment')).toBe('html');
    expect(sniffFormat(utf8('<p align="center">Logo</p>\n\n# Projet\n'), 'README.md')).toBe('md');
  });

  it('uses the .md/.markdown extension and a declared markdown MIME type', () => {
    expect(sniffFormat(utf8('Just words.'), 'a.md')).toBe('md');
    expect(sniffFormat(utf8('Just words.'), 'a.markdown')).toBe('md');
    expect(sniffFormat(utf8('Just words.'), 'upload', 'text/markdown')).toBe('md');
  });

  it('spots Markdown by its markup when the name says nothing', () => {
    expect(sniffFormat(corpus('reference/000_f3baa790e8b846bd.txt'), 'upload')).toBe('md');
    expect(sniffFormat(utf8('# Titre\n\nUn **mot** important.\n'), 'upload')).toBe('md');
  });

  it('needs strong Markdown evidence to overrule a .txt name', () => {
    // 000 has ATX headings, bold and links; 001 only has bold.
    expect(sniffFormat(corpus('reference/000_f3baa790e8b846bd.txt'), '000.txt')).toBe('md');
    expect(sniffFormat(corpus('reference/001_aa096a18e0aa19e6.txt'), '001.txt')).toBe('txt');
  });

  it('calls plain prose text', () => {
    expect(sniffFormat(corpus('reference/004_58cc976fb8c2e0f9.txt'), '004.txt')).toBe('txt');
  });

  it('accepts UTF-16 text, with or without a BOM, as text rather than binary', () => {
    const le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
    expect(sniffFormat(new Uint8Array([0xff, 0xfe, ...le('Bonjour à tous.')]), 'a.txt')).toBe('txt');
    expect(sniffFormat(le('Bonjour à tous, voici un texte.'), 'a.txt')).toBe('txt');
    expect(sniffFormat(new Uint8Array([0xff, 0xfe, ...le('<!DOCTYPE html><html><body><p>x</p></body></html>')]), 'a')).toBe('html');
  });

  it('refuses text bytes under a .pdf name instead of reading a broken PDF as text', () => {
    const e = refusal(utf8('not a pdf at all, just words'), 'junk.pdf');
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.message).toContain('junk.pdf');
    expect(e.message).toContain('no PDF header');
  });

  it('refuses SVG and other XML that is not XHTML', () => {
    expect(refusal(utf8('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>'), 'logo.txt').message).toMatch(/looks like an SVG image/);
    expect(refusal(utf8('<?xml version="1.0"?>\n<rss><channel><title>News</title></channel></rss>'), 'feed').message).toMatch(/looks like an XML document/);
    expect(sniffFormat(utf8('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>'), 'page.xhtml')).toBe('html');
  });

  it('refuses an empty file and a whitespace-only file with EMPTY_FILE', () => {
    expect(refusal(new Uint8Array(), 'empty.txt').code).toBe('EMPTY_FILE');
    expect(refusal(utf8('  \n\t\r\n '), 'blank.txt').code).toBe('EMPTY_FILE');
    expect(refusal(bytes(0xef, 0xbb, 0xbf, ' \n'), 'bom.txt').code).toBe('EMPTY_FILE');
  });

  it.each([
    ['PNG', bytes(0x89, 'PNG\r\n', 0x1a, 0x0a, 0, 0, 0, 13, 'IHDR'), /looks like a PNG image, not a PDF\/HTML\/text file/],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF'), /looks like a JPEG image/],
    ['GIF', bytes('GIF89a', 1, 0, 1, 0), /looks like a GIF image/],
    ['DOCX', bytes('PK', 3, 4, 20, 0, 0, 0, '[Content_Types].xml', 'word/document.xml'), /looks like a Word document \(DOCX\)/],
    ['ZIP', bytes('PK', 3, 4, 20, 0, 0, 0, 'data.csv'), /looks like a ZIP archive/],
    ['ELF', bytes(0x7f, 'ELF', 2, 1, 1, 0, 0, 0), /looks like an ELF executable/],
    ['NUL-laden binary', bytes('abc', 0, 1, 2, 3, 'def', 0, 0, 0x9c, 0), /looks like a binary file/],
  ])('refuses %s bytes named .txt with UNSUPPORTED_FORMAT', (_what, b, message) => {
    const e = refusal(b, 'innocent.txt');
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.message).toMatch(message);
  });
});
