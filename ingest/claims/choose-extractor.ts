import type { CoreConfig } from '../config.ts';
import { ruleExtractor } from './extract/extract-claims.ts';
import { createLlmExtractor } from './extract/llm-provider.ts';
import type { ClaimDraft, ClaimExtractor } from './model.ts';

/**
 * The claim extractor the configuration asks for: the offline rules alone (default), or the
 * rules and the configured chat model together — the model adds what rules miss, the rules
 * keep working when it answers nothing, and every draft is verified against its source anyway.
 */
export function claimExtractorFor(cfg: Pick<CoreConfig, 'claimsLlm'>): ClaimExtractor {
  return cfg.claimsLlm ? combineExtractors(ruleExtractor, createLlmExtractor(cfg.claimsLlm)) : ruleExtractor;
}

/** Runs both extractors on each document; a draft both make (same claim, same span) is kept once. */
export function combineExtractors(a: ClaimExtractor, b: ClaimExtractor): ClaimExtractor {
  return {
    info: { name: `${a.info.name}+${b.info.name}`, version: `${a.info.version}+${b.info.version}` },
    async extract(input) {
      const [da, db] = await Promise.all([a.extract(input), b.extract(input)]);
      const seen = new Set<string>();
      const out: ClaimDraft[] = [];
      for (const d of [...da, ...db]) {
        const key = JSON.stringify([d.type, d.subject.id, d.predicate, d.object?.id, d.value, d.modality, d.citation.start, d.citation.end]);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(d);
      }
      return out;
    },
  };
}
