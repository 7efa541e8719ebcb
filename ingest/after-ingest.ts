import { claimsAfterIngest } from './claims/claims-after-ingest.ts';
import { ruleExtractor } from './claims/extract/extract-claims.ts';
import type { ClaimExtractor } from './claims/model.ts';
import type { Embedder } from './embed/embedder.ts';
import { pairDocument } from './pairs/pairing.ts';
import { embedDocument } from './search/vectors.ts';
import { yieldToEventLoop } from './event-loop.ts';
import type { Db } from './store/db.ts';

/** What runs once a document is stored: work that may fail without undoing the ingest. */
export type AfterIngest = (documentId: string) => Promise<void>;

/**
 * Pairs the new document with its language versions (and aligns them), extracts its claims,
 * then embeds its sentences for search. A failure here is logged; the document stays stored, and the next
 * start embeds what is missing.
 */
export function afterIngest(db: Db, embedder: Embedder | undefined, log: (msg: string) => void = () => {}, claimExtractor: ClaimExtractor = ruleExtractor): AfterIngest {
  return async (documentId) => {
    try {
      await pairDocument(db, documentId, log);
    } catch (err) {
      log(`pairing ${documentId} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    await yieldToEventLoop();
    // After pairing, so claims join those of the other language version (logs its own failures).
    await claimsAfterIngest(db, documentId, log, claimExtractor);
    if (!embedder) return;
    await yieldToEventLoop();
    try {
      await embedDocument(db, embedder, documentId);
    } catch (err) {
      log(`embedding ${documentId} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
}
