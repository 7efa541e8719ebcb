import type { ExportedClaim } from './claims-json.ts';

/** RFC 4180: quote fields holding a comma, quote or line break; double inner quotes. */
export const csvField = (v: string | number | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const CSV_COLUMNS = [
  'claim_id', 'type', 'subject_id', 'subject_name', 'predicate', 'object_id', 'object_name',
  'value_kind', 'value_amount', 'value_approx', 'value_unit', 'value_text', 'time_from', 'time_to', 'time_text',
  'place_id', 'participants', 'initiators', 'group_id', 'modality', 'attribution_id', 'attribution_name',
  'confidence', 'extractor', 'status', 'reviewer', 'note', 'claim_document_date',
  'document_id', 'document_title', 'lang', 'document_date', 'block_idx', 'sentence_idx', 'start', 'end', 'page', 'quote',
] as const;

/** One row per citation (a claim cited in French and English is two rows), header first, CRLF line ends. */
export function claimsCsv(claims: ExportedClaim[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const c of claims) {
    const num = c.value?.kind === 'number' ? c.value : undefined;
    const claimCells = [
      c.id, c.type, c.subject.id, c.subject.name, c.predicate, c.object?.id, c.object?.name,
      c.value?.kind, num?.amount, num?.approx, num?.unit, c.value?.text, c.time?.from, c.time?.to, c.time?.text,
      c.place?.id, c.participants.map((p) => p.id).join(';'), c.initiators.map((p) => p.id).join(';'), c.group?.id, c.modality,
      c.attribution?.id, c.attribution?.name, c.confidence, `${c.extractor.name}@${c.extractor.version}`, c.status, c.reviewer, c.note, c.documentDate,
    ];
    for (const x of c.citations) {
      rows.push([...claimCells, x.documentId, x.documentTitle, x.lang, x.documentDate, x.blockIdx, x.sentenceIdx, x.start, x.end, x.page, x.quote].map(csvField).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}
