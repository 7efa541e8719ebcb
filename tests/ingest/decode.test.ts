import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../ingest/errors.ts';
import { decodeText } from '../../ingest/stages/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => {
  const le = utf16le(s);
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return le;
};

describe('decodeText', () => {
  it('reads strict UTF-8 and strips a UTF-8 BOM', () => {
    expect(decodeText(utf8('Déjà « vu »'))).toEqual({ text: 'Déjà « vu »', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Œuvre')]))).toEqual({ text: 'Œuvre', encoding: 'utf-8' });
  });

  it('follows UTF-16 byte order marks', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...utf16le('Été — 2025')]))).toEqual({ text: 'Été — 2025', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...utf16be('Été — 2025')]))).toEqual({ text: 'Été — 2025', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM from the NUL pattern', () => {
    expect(decodeText(utf16le('La coalition des volontaires.'))).toEqual({ text: 'La coalition des volontaires.', encoding: 'utf-16le' });
    expect(decodeText(utf16be('The coalition of the willing.'))).toEqual({ text: 'The coalition of the willing.', encoding: 'utf-16be' });
  });

  it('falls back to windows-1252 for legacy bytes that are not UTF-8', () => {
    // "Café à 5 €" in windows-1252: é=E9, à=E0, €=80.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x35, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Café à 5 €', encoding: 'windows-1252' });
  });

  it('normalises to NFC and to \\n line ends', () => {
    const decomposed = 'e\u0301te\u0301\r\nligne\rfin';
    expect(decodeText(utf8(decomposed)).text).toBe('été\nligne\nfin');
  });

  it('refuses control-character soup and UTF-32 with BAD_ENCODING', () => {
    const soup = new Uint8Array(64).map((_, i) => (i * 7) % 32);
    expect(() => decodeText(soup)).toThrow(IngestError);
    expect(() => decodeText(soup)).toThrow(/encoding/);
    try {
      decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
      expect.unreachable();
    } catch (e) {
      expect((e as IngestError).code).toBe('BAD_ENCODING');
    }
  });

  it('property: any text without control characters survives a UTF-8 round trip, as NFC with \\n', () => {
    const textChar = fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, ''));
    fc.assert(
      fc.property(textChar, (s) => {
        const out = decodeText(utf8(s.replace(/^\uFEFF/, '')));
        expect(out.text).toBe(s.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC'));
        expect(out.encoding).toBe('utf-8');
      }),
      { numRuns: 300 },
    );
  });

  it('property: arbitrary bytes either decode to CR-free NFC text or fail with BAD_ENCODING only', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const { text } = decodeText(bytes);
          expect(text.includes('\r')).toBe(false);
          expect(text).toBe(text.normalize('NFC'));
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
          expect((e as IngestError).code).toBe('BAD_ENCODING');
        }
      }),
      { numRuns: 500 },
    );
  });
});
