import { IngestError } from '../errors.ts';
import type { SourceFormat } from '../model/document.ts';
import { utf16Guess } from './decode.ts';

/** Signatures of binary formats people upload by mistake, with the words used to name them. */
const MAGICS: { at: number; bytes: (number | string)[]; what: string }[] = [
  { at: 0, bytes: [0x89, 'PNG', 0x0d, 0x0a], what: 'a PNG image' },
  { at: 0, bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { at: 0, bytes: ['GIF8'], what: 'a GIF image' },
  { at: 0, bytes: ['RIFF'], what: 'a RIFF media file (WebP/WAV/AVI)' },
  { at: 0, bytes: ['II*', 0], what: 'a TIFF image' },
  { at: 0, bytes: ['MM', 0, '*'], what: 'a TIFF image' },
  { at: 4, bytes: ['ftyp'], what: 'an MP4/QuickTime video or HEIC image' },
  { at: 0, bytes: ['ID3'], what: 'an MP3 audio file' },
  { at: 0, bytes: ['OggS'], what: 'an Ogg media file' },
  { at: 0, bytes: ['PK', 3, 4], what: 'a ZIP archive' },
  { at: 0, bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { at: 0, bytes: ['BZh'], what: 'a bzip2 archive' },
  { at: 0, bytes: ['7z', 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { at: 0, bytes: ['Rar!'], what: 'a RAR archive' },
  { at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document (.doc/.xls/.ppt)' },
  { at: 0, bytes: ['{\\rtf'], what: 'an RTF document' },
  { at: 0, bytes: [0x7f, 'ELF'], what: 'an ELF executable' },
  { at: 0, bytes: ['MZ'], what: 'a Windows executable' },
  { at: 0, bytes: [0, 'asm'], what: 'a WebAssembly module' },
  { at: 0, bytes: ['SQLite format 3'], what: 'an SQLite database' },
  { at: 0, bytes: ['%!PS'], what: 'a PostScript file' },
  { at: 0, bytes: ['wOF'], what: 'a web font' },
];

/**
 * Decides the format of an upload from its bytes first (PDF magic, HTML markup, Markdown
 * evidence), its name and declared MIME type second. Throws `EMPTY_FILE` for nothing but
 * whitespace and `UNSUPPORTED_FORMAT` for binary content, whatever the file is called.
 */
export function sniffFormat(bytes: Uint8Array, filename: string, declaredMime?: string): SourceFormat {
  if (isBlank(bytes)) throw new IngestError('EMPTY_FILE', `"${filename}" is empty.`);
  // PDF readers accept junk before the header, so look a little past the start.
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  const what = binaryKind(bytes);
  if (what) throw new IngestError('UNSUPPORTED_FORMAT', `"${filename}" looks like ${what}, not a PDF/HTML/text file.`);

  const head = headText(bytes);
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  const mime = (declaredMime ?? '').toLowerCase();
  // Text bytes under a PDF name are a truncated or mislabelled file: reading them as text would mislead.
  if (ext === 'pdf' || mime === 'application/pdf') {
    throw new IngestError('UNSUPPORTED_FORMAT', `"${filename}" is named as a PDF but has no PDF header; it looks like plain text. Rename it .txt if it is text.`);
  }
  const isMdName = ext === 'md' || ext === 'markdown' || mime.includes('markdown');
  const markup = htmlEvidence(head);
  if (markup === 'document' || (markup === 'fragment' && !isMdName)) return 'html';
  if (/^\s*<svg[\s>]/i.test(stripXmlProlog(head))) {
    throw new IngestError('UNSUPPORTED_FORMAT', `"${filename}" looks like an SVG image, not a PDF/HTML/text file.`);
  }
  if (/^\s*<\?xml[\s?]/i.test(head)) {
    throw new IngestError('UNSUPPORTED_FORMAT', `"${filename}" looks like an XML document, not a PDF/HTML/text file.`);
  }
  if (isMdName) return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || mime.includes('html')) return markup ? 'html' : 'txt';
  const score = markdownScore(head);
  // A name ending in .txt needs stronger evidence than a name that says nothing.
  return score >= (ext === 'txt' ? 3 : 2) ? 'md' : 'txt';
}

function isBlank(b: Uint8Array): boolean {
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) ? 2 : 0;
  for (let i = start; i < b.length; i++) {
    const c = b[i];
    // NULs count as blank only as the other half of UTF-16 whitespace.
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && !(c === 0 && start === 2)) return false;
  }
  return true;
}

function indexOfAscii(b: Uint8Array, s: string, limit: number): number {
  const end = Math.min(b.length - s.length, limit);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < s.length; j++) if (b[i + j] !== s.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function matchesAt(b: Uint8Array, at: number, parts: (number | string)[]): boolean {
  let i = at;
  for (const p of parts) {
    const codes = typeof p === 'number' ? [p] : [...p].map((ch) => ch.charCodeAt(0));
    for (const c of codes) if (b[i++] !== c) return false;
  }
  return true;
}

/** Names what a binary upload looks like, or returns undefined for text. */
function binaryKind(b: Uint8Array): string | undefined {
  const known = MAGICS.find((m) => matchesAt(b, m.at, m.bytes));
  if (known?.what === 'a ZIP archive') return zipKind(b);
  if (known) return known.what;
  const hasBom = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
  if (hasBom || utf16Guess(b).length > 0) return undefined;
  const n = Math.min(b.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) return 'a binary file';
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11 && c !== 27) controls++;
  }
  return controls > n * 0.05 ? 'a binary file' : undefined;
}

/** ZIP containers: say which office/ebook format they are, since that is what people try. */
function zipKind(b: Uint8Array): string {
  const probe = (s: string) => indexOfAscii(b, s, Math.min(b.length, 65536)) >= 0;
  if (probe('word/')) return 'a Word document (DOCX)';
  if (probe('xl/')) return 'an Excel workbook (XLSX)';
  if (probe('ppt/')) return 'a PowerPoint presentation (PPTX)';
  if (probe('application/vnd.oasis.opendocument')) return 'an OpenDocument file (ODT/ODS)';
  if (probe('application/epub+zip')) return 'an EPUB e-book';
  return 'a ZIP archive';
}

/** The first 64 KB as text, enough to look for markup. */
function headText(b: Uint8Array): string {
  const slice = b.subarray(0, 65536);
  const le = (b[0] === 0xff && b[1] === 0xfe) || utf16Guess(b)[0] === 'utf-16le';
  const be = (b[0] === 0xfe && b[1] === 0xff) || utf16Guess(b)[0] === 'utf-16be';
  return new TextDecoder(le ? 'utf-16le' : be ? 'utf-16be' : 'utf-8').decode(slice).replace(/^\uFEFF/, '');
}

function stripXmlProlog(s: string): string {
  return s.replace(/^\s*<\?xml[^>]*\?>/i, '').replace(/^(\s*<!--[\s\S]*?-->)+/, '');
}

/** 'document' for a full page, 'fragment' for markup that starts with a common block tag. */
function htmlEvidence(head: string): 'document' | 'fragment' | undefined {
  const s = stripXmlProlog(head).trimStart().toLowerCase();
  if (/^<!doctype\s+html/.test(s) || /^<html[\s>]/.test(s)) return 'document';
  if (/<html[\s>]/.test(s.slice(0, 2048)) && /<(head|body)[\s>]/.test(s)) return 'document';
  if (/^<(head|body|p|div|article|section|main|h[1-6]|table|ul|ol|meta|title|span|a)[\s>]/.test(s)) return 'fragment';
  return undefined;
}

/** Counts distinct kinds of Markdown syntax in the text. */
function markdownScore(s: string): number {
  const signals = [
    /^#{1,6}\s+\S/m, // ATX heading
    /^\S.*\n(=+|-{3,})\s*$/m, // setext heading
    /^(```|~~~)/m, // fenced code
    /\[[^\]\n]+\]\([^)\s]+\)/, // link
    /\*\*[^*\n]+\*\*|__[^_\n]+__/, // strong
    /^>\s/m, // blockquote
    /^\s*[-*+]\s+\S[^\n]*\n\s*[-*+]\s+\S/m, // two list items
    /^\|.*\|\s*\n\|?\s*:?-{3,}/m, // table
    /\[\^[^\]\s]+\]/, // footnote
  ];
  return signals.filter((re) => re.test(s)).length;
}
