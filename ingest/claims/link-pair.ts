import type { Queryable } from '../store/db.ts';

/**
 * Linking across language versions: a claim extracted from one version of an aligned pair and the
 * same claim from the other version become one record with a citation in each language.
 */

/** The other language version of a document, and which of its sentences each of ours is aligned with. */
export interface Partner {
  pairId: string;
  documentId: string;
  /** Our sentence idx → the partner's aligned sentence idxs (links not rejected). */
  aligned: Map<number, number[]>;
}

/** Partners of a document: pairs not rejected by a person; `aligned` is empty until the pair is aligned. */
export async function findPartners(q: Queryable, documentId: string): Promise<Partner[]> {
  const pairs = await q.query<{ id: string; src_id: string; tgt_id: string }>(
    `SELECT id, src_id, tgt_id FROM document_pairs WHERE (src_id = $1 OR tgt_id = $1) AND status <> 'rejected' ORDER BY status = 'confirmed' DESC, score DESC, id`,
    [documentId],
  );
  // One query for the links of every pair, not one per pair.
  const links = pairs.rows.length
    ? await q.query<{ pair_id: string; src: number[]; tgt: number[] }>(
        `SELECT pair_id, src, tgt FROM alignment_links WHERE pair_id = ANY($1::text[]) AND status <> 'rejected'`,
        [pairs.rows.map((p) => p.id)],
      )
    : { rows: [] };
  const out: Partner[] = [];
  for (const p of pairs.rows) {
    const mine = p.src_id === documentId ? 'src' : 'tgt';
    const aligned = new Map<number, number[]>();
    for (const l of links.rows) {
      if (l.pair_id !== p.id) continue;
      const [ours, theirs] = mine === 'src' ? [l.src, l.tgt] : [l.tgt, l.src];
      for (const s of ours) aligned.set(s, [...(aligned.get(s) ?? []), ...theirs]);
    }
    out.push({ pairId: p.id, documentId: mine === 'src' ? p.tgt_id : p.src_id, aligned });
  }
  return out;
}

/** A stored claim of a partner document that a new claim may join. */
export interface PartnerClaim {
  id: string;
  key: string;
  documentId: string;
  sentenceIdxs: number[];
}

/** Claims citing a partner document and not citing `documentId` (those are re-matched by key instead). */
export async function partnerClaims(q: Queryable, documentId: string, partners: Partner[]): Promise<PartnerClaim[]> {
  if (!partners.length) return [];
  const r = await q.query<{ id: string; key: string; document_id: string; sentences: number[] }>(
    `SELECT c.id, c.key, x.document_id, array_agg(x.sentence_idx ORDER BY x.sentence_idx) AS sentences
     FROM claims c JOIN claim_citations x ON x.claim_id = c.id
     WHERE x.document_id = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM claim_citations y WHERE y.claim_id = c.id AND y.document_id = $2)
     GROUP BY c.id, c.key, x.document_id ORDER BY c.id`,
    [partners.map((p) => p.documentId), documentId],
  );
  return r.rows.map((x) => ({ id: x.id, key: x.key, documentId: x.document_id, sentenceIdxs: x.sentences }));
}

/** Position of the modality and of the value in a claim key (the value is last: text may hold any character). */
export const KEY_MODALITY_AT = 4;
export const KEY_VALUE_AT = 6;

/**
 * A key without what translation changes: a text value is in the document's language ("remplacée
 * par…" / "replaced by…", a quote's words) and translators render "serait" as "would" (proposed
 * vs hypothetical). Numbers, entities and the predicate stay.
 */
export function looseKey(key: string): string {
  const parts = key.split('|');
  const value = parts.slice(KEY_VALUE_AT).join('|');
  return [...parts.slice(0, KEY_MODALITY_AT), ...parts.slice(KEY_MODALITY_AT + 1, KEY_VALUE_AT), value.startsWith('t:') ? 't:' : value].join('|');
}

/**
 * Picks the partner claim a group of our drafts joins, best first: the same key in a sentence
 * aligned with one of ours; the same key anywhere in the partner; the same loose key (modality
 * and text value aside) in an aligned sentence. `used` keeps the matching one-to-one.
 */
export function pickPartnerClaim(key: string, sentenceIdxs: number[], partners: Partner[], candidates: PartnerClaim[], used: Set<string>): PartnerClaim | undefined {
  const free = candidates.filter((c) => !used.has(c.id));
  const alignedWith = (c: PartnerClaim) => {
    const p = partners.find((x) => x.documentId === c.documentId);
    if (!p) return false;
    const theirs = new Set(sentenceIdxs.flatMap((s) => p.aligned.get(s) ?? []));
    return c.sentenceIdxs.some((s) => theirs.has(s));
  };
  const loose = looseKey(key);
  return free.find((c) => c.key === key && alignedWith(c)) ?? free.find((c) => c.key === key) ?? free.find((c) => looseKey(c.key) === loose && alignedWith(c));
}
