import { describe, expect, it } from 'vitest';
import { claimExtractorFor, combineExtractors } from '../../ingest/claims/choose-extractor.ts';
import { ruleExtractor } from '../../ingest/claims/extract/extract-claims.ts';
import type { ClaimDraft, ClaimExtractor, ExtractionInput } from '../../ingest/claims/model.ts';

const text = 'La Norvège participe à la mission.';
const input: ExtractionInput = {
  documentId: 'd1',
  lang: 'fr',
  documentDate: { date: '2025-03-01', precision: 'month' },
  cleanText: text,
  blocks: [{ idx: 0, kind: 'body', start: 0, end: text.length, pageStart: 1 }],
  sentences: [{ idx: 0, blockIdx: 0, start: 0, end: text.length, pageStart: 1, text }],
};
const draft = (predicate: 'participates_in' | 'member_of', by: string): ClaimDraft => ({
  type: 'membership',
  subject: { id: 'country:NO', name: 'Norvège' },
  predicate,
  object: { id: 'mission:eumam-ukraine', name: 'la mission' },
  modality: 'asserted',
  confidence: 0.5,
  extractor: { name: by, version: '1' },
  citation: { documentId: 'd1', blockIdx: 0, sentenceIdx: 0, start: 0, end: text.length, page: 1, quote: text },
});
const fixed = (name: string, drafts: ClaimDraft[]): ClaimExtractor => ({ info: { name, version: '1' }, extract: async () => drafts });

describe('choosing the claim extractor', () => {
  it('is the offline rules unless an LLM is configured', () => {
    expect(claimExtractorFor({ claimsLlm: undefined })).toBe(ruleExtractor);
    const both = claimExtractorFor({ claimsLlm: { provider: 'ollama', model: 'llama3.1', url: 'http://127.0.0.1:9' } });
    expect(both.info.name).toBe('rules+llm');
    expect(both.info.version.startsWith(`${ruleExtractor.info.version}+`)).toBe(true);
  });

  it('keeps a claim both extractors make once, and what only one makes', async () => {
    const combined = combineExtractors(fixed('a', [draft('participates_in', 'a')]), fixed('b', [draft('participates_in', 'b'), draft('member_of', 'b')]));
    const out = await combined.extract(input);
    expect(out.map((d) => [d.predicate, d.extractor.name])).toEqual([
      ['participates_in', 'a'],
      ['member_of', 'b'],
    ]);
    expect(combined.info).toEqual({ name: 'a+b', version: '1+1' });
  });
});
