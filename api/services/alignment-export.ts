import { z } from 'zod';
import { toJson, toTmx, toTsv, type ExportRow } from '../../ingest/translation/export.ts';
import type { AlignmentDto } from '../schemas/alignment.ts';

export const ExportFormat = z.enum(['tmx', 'tsv', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

const CONTENT_TYPE: Record<ExportFormat, string> = {
  tmx: 'application/x-tmx+xml; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** An alignment as a downloadable file, in reading order, one row per link. */
export function exportAlignment(a: AlignmentDto, format: ExportFormat): { body: string; contentType: string; filename: string } {
  const pair = { srcLang: a.pair.src.lang, tgtLang: a.pair.tgt.lang, srcDocId: a.pair.src.id, tgtDocId: a.pair.tgt.id, title: a.pair.src.title };
  const rows: ExportRow[] = a.links.map((l) => ({
    srcText: l.src.map((s) => s.text).join(' '),
    tgtText: l.tgt.map((s) => s.text).join(' '),
    confidence: l.confidence,
    status: l.status,
    flags: [...new Set(l.flags.map((f) => f.type))],
  }));
  const body = format === 'tmx' ? toTmx(pair, rows) : format === 'tsv' ? toTsv(pair, rows) : toJson(pair, rows);
  return { body, contentType: CONTENT_TYPE[format], filename: `concorde-${a.pair.id}.${format}` };
}
