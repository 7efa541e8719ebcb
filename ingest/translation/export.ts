/**
 * Exports of a reviewed alignment: TMX 1.4b for translation-memory tools, TSV for
 * spreadsheets, JSON for scripts. Pure string builders; the API streams the result.
 */

/** The two documents of an exported pair. */
export interface ExportPair {
  srcLang: string;
  tgtLang: string;
  srcDocId: string;
  tgtDocId: string;
  title?: string;
}

/** One reviewed link. `flags` are short labels (flag types or ids), not full messages. */
export interface ExportRow {
  srcText: string;
  tgtText: string;
  confidence: number;
  status: 'auto' | 'confirmed' | 'rejected';
  flags: string[];
}

export interface TmxOptions {
  /** header creationtoolversion (required by TMX); default the package version. */
  toolVersion?: string;
  /** header creationdate; left out when not given so the output is reproducible. */
  createdAt?: Date;
}

const TOOL_VERSION = '0.1.0';
/** Separator of flag labels inside one TSV cell or TMX property. */
export const FLAG_SEPARATOR = ';';

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F) become U+FFFD. */
function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

const confidence = (c: number): string => (Number.isFinite(c) ? String(Math.round(c * 1000) / 1000) : '0');
const tmxDate = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * TMX 1.4b (validates against tmx14b.dtd next to this file): header with creationtool
 * "Concorde", srclang, adminlang "en", datatype "plaintext", segtype "sentence"; one <tu> per
 * row with x-confidence, x-status and x-flags properties and one <tuv> per non-empty side
 * (a row with both sides empty is left out, since a <tu> needs a variant).
 */
export function toTmx(pair: ExportPair, rows: readonly ExportRow[], opts: TmxOptions = {}): string {
  const attr = (name: string, v: string) => ` ${name}="${xmlText(v)}"`;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">'];
  out.push(
    `  <header${attr('creationtool', 'Concorde')}${attr('creationtoolversion', opts.toolVersion ?? TOOL_VERSION)}${attr('datatype', 'plaintext')}` +
      `${attr('segtype', 'sentence')}${attr('adminlang', 'en')}${attr('srclang', pair.srcLang)}${attr('o-tmf', 'Concorde')}` +
      `${opts.createdAt ? attr('creationdate', tmxDate(opts.createdAt)) : ''}>`,
  );
  if (pair.title) out.push(`    <note>${xmlText(pair.title)}</note>`);
  out.push(`    <prop type="x-src-doc">${xmlText(pair.srcDocId)}</prop>`, `    <prop type="x-tgt-doc">${xmlText(pair.tgtDocId)}</prop>`, '  </header>', '  <body>');
  rows.forEach((r, i) => {
    const sides = [
      [pair.srcLang, r.srcText],
      [pair.tgtLang, r.tgtText],
    ].filter(([, text]) => (text ?? '').trim() !== '');
    if (sides.length === 0) return;
    out.push(`    <tu tuid="${i + 1}">`);
    out.push(`      <prop type="x-confidence">${confidence(r.confidence)}</prop>`);
    out.push(`      <prop type="x-status">${xmlText(r.status)}</prop>`);
    out.push(`      <prop type="x-flags">${xmlText(r.flags.join(FLAG_SEPARATOR))}</prop>`);
    for (const [lang, text] of sides) out.push(`      <tuv xml:lang="${xmlText(lang ?? '')}"><seg>${xmlText(text ?? '')}</seg></tuv>`);
    out.push('    </tu>');
  });
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}

/** One TSV cell: backslash, tab, newline and carriage return escaped as \\, \t, \n, \r. */
export function tsvCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** TSV with a header row (`fr`, `en`, confidence, status, flags); one line per row, text cells escaped. */
export function toTsv(pair: ExportPair, rows: readonly ExportRow[]): string {
  const lines = [[pair.srcLang, pair.tgtLang, 'confidence', 'status', 'flags'].map(tsvCell).join('\t')];
  for (const r of rows) lines.push([r.srcText, r.tgtText, confidence(r.confidence), r.status, r.flags.join(FLAG_SEPARATOR)].map(tsvCell).join('\t'));
  return `${lines.join('\n')}\n`;
}

/** JSON: the pair and its rows, as given (confidence rounded to 3 decimals). */
export function toJson(pair: ExportPair, rows: readonly ExportRow[]): string {
  const doc = {
    format: 'concorde-alignment',
    version: 1,
    pair,
    rows: rows.map((r) => ({ ...r, confidence: Number(confidence(r.confidence)) })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
