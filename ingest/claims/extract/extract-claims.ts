import { yieldToEventLoop } from '../../event-loop.ts';
import type { ClaimDraft, ClaimExtractor, ExtractionInput } from '../model.ts';
import { draftKey, RULES_EXTRACTOR } from './draft.ts';
import { eventClaims, type EventMemory } from './event.ts';
import { membershipClaims } from './membership.ts';
import { quantityClaims } from './quantity.ts';
import { quoteClaims } from './quote.ts';
import { stanceClaims } from './stance.ts';
import { buildViews } from './views.ts';

/**
 * The default extractor: deterministic rules over segmented sentences, French and English.
 * Each sentence is read by one rule set per claim type; drafts are unique per sentence.
 */
export async function extractClaims(input: ExtractionInput): Promise<ClaimDraft[]> {
  const views = await buildViews(input);
  const memory: EventMemory = {};
  const seen = new Set<string>();
  const out: ClaimDraft[] = [];
  for (const [i, view] of views.entries()) {
    // Reading a long document takes a second: let requests through now and then.
    if (i % 64 === 63) await yieldToEventLoop();
    const events = eventClaims(view, memory);
    const facts = [...membershipClaims(view), ...quantityClaims(view, memory), ...events];
    const drafts = [...facts, ...stanceClaims(view, facts), ...quoteClaims(view, views[i + 1])];
    for (const d of drafts) {
      const key = draftKey(d);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

/** The rule-based extractor as a `ClaimExtractor`. */
export const ruleExtractor: ClaimExtractor = {
  info: { ...RULES_EXTRACTOR },
  extract: extractClaims,
};
