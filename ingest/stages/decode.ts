import { IngestError } from '../errors.ts';

/** The text of a file and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Decodes uploaded bytes: BOM first, then strict UTF-8, then BOM-less UTF-16 when the
 * NUL pattern says so, then windows-1252. The result is NFC with `\n` line ends.
 * Throws `BAD_ENCODING` when every candidate yields control-character soup.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom === 'utf-32') throw new IngestError('BAD_ENCODING', 'The file is UTF-32 encoded; save it as UTF-8 and try again.');
  const candidates: DecodedText['encoding'][] = bom ? [bom] : ['utf-8', ...utf16Guess(bytes), 'windows-1252'];
  for (const encoding of candidates) {
    const text = tryDecode(bytes, encoding);
    if (text !== undefined && plausible(text)) return { text: normalise(text), encoding };
  }
  throw new IngestError(
    'BAD_ENCODING',
    'The text encoding could not be recognised (tried UTF-8, UTF-16 and Windows-1252); save the file as UTF-8.',
  );
}

function bomEncoding(b: Uint8Array): DecodedText['encoding'] | 'utf-32' | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 && b.length >= 4 ? 'utf-32' : 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32';
  return undefined;
}

/** BOM-less UTF-16: Latin text puts a NUL in every other byte (odd bytes for LE, even for BE). */
export function utf16Guess(b: Uint8Array): ('utf-16le' | 'utf-16be')[] {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return [];
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return ['utf-16le'];
  if (even > pairs * 0.3 && odd < pairs * 0.05) return ['utf-16be'];
  return [];
}

/** Windows-1252 characters for bytes 0x80–0x9F (undefined bytes stay C1 controls, as WHATWG says). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function tryDecode(bytes: Uint8Array, encoding: DecodedText['encoding']): string | undefined {
  // Node 20's TextDecoder treats windows-1252 as Latin-1, so that table is applied by hand.
  if (encoding === 'windows-1252') {
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) {
      const chunk = bytes.subarray(i, i + 8192);
      out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
    }
    return out;
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Real text has almost no C0/C1 control characters besides tab, newline, CR and form feed. */
function plausible(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || (c >= 0x7f && c <= 0x9f)) bad++;
  }
  return bad <= Math.max(2, text.length * 0.005);
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
