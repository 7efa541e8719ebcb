import type { EditedSentences } from '../pairs/review.ts';
import { citesAnySentence } from '../store/claims.repo.ts';
import type { Db } from '../store/db.ts';
import { getPair } from '../store/pairs.repo.ts';
import { ruleExtractor } from './extract/extract-claims.ts';
import type { ClaimExtractor } from './model.ts';
import { extractAndStoreClaims, type StoreClaimsReport } from './store-claims.ts';

/**
 * Extracts and stores the claims of a newly stored document (after pairing, so that claims
 * join those of its other language version). Failures are logged; the document stays stored.
 */
export async function claimsAfterIngest(db: Db, documentId: string, log: (msg: string) => void = () => {}, extractor: ClaimExtractor = ruleExtractor): Promise<StoreClaimsReport | null> {
  try {
    const r = await extractAndStoreClaims(db, documentId, extractor);
    log(`  claims ${documentId}: ${describeReport(r)}`);
    return r;
  } catch (err) {
    log(`claims of ${documentId} failed: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

/** One line for logs and the CLI. */
export function describeReport(r: StoreClaimsReport): string {
  if (r.skipped) return `skipped (${r.skipped})`;
  const dropped = r.unverified ? `, ${r.unverified} dropped (${Object.entries(r.reasons).map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
  const invalid = r.invalid ? `, ${r.invalid} invalid (${Object.entries(r.invalidReasons).map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
  return `${r.claims} claim(s) from ${r.drafts} draft(s) by ${r.extractor}, ${r.linked} linked to the other language${dropped}${invalid}`;
}

/**
 * After a pair is declared, confirmed, rejected or re-aligned by a person: re-extracts its English
 * (target) version so its claims join, or leave, those of the French version. Reviewed claims keep
 * their status and citations.
 */
export async function relinkPairClaims(db: Db, pairId: string, log: (msg: string) => void = () => {}, extractor: ClaimExtractor = ruleExtractor): Promise<StoreClaimsReport | null> {
  const pair = await getPair(db, pairId);
  return pair ? claimsAfterIngest(db, pair.tgt_id, log, extractor) : null;
}

/**
 * After a translator merged, split, moved, confirmed or rejected links on the review desk: relinks
 * the pair's claims when a claim cites one of the edited sentences, since the aligned sentence
 * decides which claims are one across languages when translation changed their wording. Other
 * edits skip it: re-extracting a 50-page version takes ~0.5 s, and most edits touch no claim.
 */
export async function relinkAfterLinkEdit(db: Db, pairId: string, edited: EditedSentences, log: (msg: string) => void = () => {}, extractor: ClaimExtractor = ruleExtractor): Promise<StoreClaimsReport | null> {
  const pair = await getPair(db, pairId);
  if (!pair) return null;
  const cited = await citesAnySentence(db, [{ documentId: pair.src_id, sentences: edited.src }, { documentId: pair.tgt_id, sentences: edited.tgt }]);
  return cited ? claimsAfterIngest(db, pair.tgt_id, log, extractor) : null;
}

/**
 * At start-up: extracts the claims of every document this extractor (at this version) has not
 * read yet — documents stored before claims existed, or all of them after the extractor changed.
 * Oldest first, so that a later language version joins the claims of the earlier one.
 */
export async function extractPendingClaims(db: Db, log: (msg: string) => void = () => {}, extractor: ClaimExtractor = ruleExtractor): Promise<StoreClaimsReport[]> {
  const r = await db.query<{ id: string }>(
    `SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM claim_extractions e WHERE e.document_id = d.id
       AND e.extractor_name = $1 AND e.extractor_version = $2) ORDER BY d.created_at, d.id`,
    [extractor.info.name, extractor.info.version],
  );
  if (r.rows.length) log(`Extracting claims of ${r.rows.length} document(s) with ${extractor.info.name}@${extractor.info.version}…`);
  const out: StoreClaimsReport[] = [];
  for (const { id } of r.rows) {
    const report = await claimsAfterIngest(db, id, log, extractor);
    if (report) out.push(report);
  }
  return out;
}
