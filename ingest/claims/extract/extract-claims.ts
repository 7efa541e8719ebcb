import type { ClaimDraft, ExtractionInput } from '../model.ts';

/** STUB (being written): the default, deterministic rule-based extractor. */
export async function extractClaims(_input: ExtractionInput): Promise<ClaimDraft[]> {
  return [];
}
