/**
 * Helpers for the rule extractor's unit tests: a document built from plain text with the real
 * parser and segmenter (so offsets and sentences are what ingestion makes), and drafts as short
 * strings that are easy to compare.
 */
import { extractClaims } from '../../ingest/claims/extract/extract-claims.ts';
import { ClaimDraft, type ClaimDraft as Draft, type ExtractionInput } from '../../ingest/claims/model.ts';
import { assemble } from '../../ingest/stages/assemble.ts';
import { parseText } from '../../ingest/stages/parse/text.ts';

/** Paragraphs separated by blank lines become blocks; the date resolves "le 10 avril" or "mardi". */
export function docFrom(text: string, lang: 'fr' | 'en', date = '2025-04-15'): ExtractionInput {
  const a = assemble(parseText(text));
  return {
    documentId: 'doc-test',
    lang,
    documentDate: { date, precision: 'day' },
    cleanText: a.cleanText,
    blocks: a.blocks.map((b) => ({ idx: b.idx, kind: b.kind, start: b.start, end: b.end, pageStart: b.pageStart })),
    sentences: a.sentences.map((s) => ({ idx: s.idx, blockIdx: s.blockIdx, start: s.start, end: s.end, pageStart: s.pageStart, text: s.text })),
  };
}

/** "type subject predicate → object =value [modality]": what a reader checks first. */
export function describe(d: Draft): string {
  const object = d.object ? ` → ${d.object.id}` : '';
  const value = d.value?.kind === 'number' ? ` =${d.value.approx === 'exact' ? '' : `${d.value.approx} `}${d.value.amount}` : '';
  return `${d.type} ${d.subject.id} ${d.predicate}${object}${value} [${d.modality}]`;
}

/** Drafts of a text, after checking that every one is a valid `ClaimDraft` with an exact citation. */
export async function extract(text: string, lang: 'fr' | 'en', date?: string): Promise<Draft[]> {
  const input = docFrom(text, lang, date);
  const drafts = await extractClaims(input);
  for (const d of drafts) {
    const parsed = ClaimDraft.safeParse(d);
    if (!parsed.success) throw new Error(`invalid draft ${describe(d)}: ${parsed.error.message}`);
    const slice = input.cleanText.slice(d.citation.start, d.citation.end);
    if (slice !== d.citation.quote) throw new Error(`inexact citation for ${describe(d)}: «${slice}» ≠ «${d.citation.quote}»`);
  }
  return drafts;
}

/** The described drafts of one type, sorted. */
export async function claimsOf(type: Draft['type'], text: string, lang: 'fr' | 'en', date?: string): Promise<string[]> {
  return (await extract(text, lang, date)).filter((d) => d.type === type).map(describe).sort();
}
