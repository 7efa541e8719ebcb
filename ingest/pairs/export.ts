import type { Queryable } from '../store/db.ts';
import { listLinks } from '../store/links.repo.ts';
import { getPair } from '../store/pairs.repo.ts';
import { listSentences } from '../store/segments.repo.ts';
import { toJson, toTmx, toTsv, type ExportPair, type ExportRow } from '../translation/export.ts';

export const EXPORT_FORMATS = ['tmx', 'tsv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPE: Record<ExportFormat, string> = {
  tmx: 'application/x-tmx+xml; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

/** A pair's alignment as a file (TMX 1.4b, TSV or JSON), one row per link in reading order. */
export async function exportPair(q: Queryable, pairId: string, format: ExportFormat): Promise<ExportFile | null> {
  const p = await getPair(q, pairId);
  if (!p) return null;
  const [links, src, tgt] = [await listLinks(q, pairId), await listSentences(q, p.src_id), await listSentences(q, p.tgt_id)];
  const text = (ids: number[], sentences: typeof src) => ids.map((i) => sentences[i]?.text ?? '').join(' ');
  const pair: ExportPair = { srcLang: p.src_lang, tgtLang: p.tgt_lang, srcDocId: p.src_id, tgtDocId: p.tgt_id, title: p.src_title };
  const rows: ExportRow[] = links.map((l) => ({
    srcText: text(l.src, src),
    tgtText: text(l.tgt, tgt),
    confidence: l.confidence,
    status: l.status,
    flags: [...new Set(l.flags.map((f) => f.type))],
  }));
  const body = format === 'tmx' ? toTmx(pair, rows) : format === 'tsv' ? toTsv(pair, rows) : toJson(pair, rows);
  return { body, contentType: CONTENT_TYPE[format], filename: `concorde-${pairId}.${format}` };
}
