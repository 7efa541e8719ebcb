import type { Db } from '../store/db.ts';
import { IngestError } from '../errors.ts';
import { yieldToEventLoop } from '../event-loop.ts';
import { setPairStatus, upsertPair, type PairOrigin } from '../store/pairs.repo.ts';
import { PAIR_THRESHOLD, scorePair } from '../translation/pair-score.ts';
import { sketchFromRows } from '../translation/sketch.ts';
import type { DocSketch } from '../translation/types.ts';
import { alignPair } from './align-pair.ts';

async function sketch(db: Db, id: string): Promise<(DocSketch & { workId: string | null }) | undefined> {
  const d = await db.query<{ id: string; lang: string; page_count: number; work_id: string | null }>('SELECT id, lang, page_count, work_id FROM documents WHERE id = $1', [id]);
  const row = d.rows[0];
  if (!row) return undefined;
  const blocks = await db.query<{ kind: string; text: string }>('SELECT kind, text FROM blocks WHERE document_id = $1 ORDER BY idx', [id]);
  const s = sketchFromRows(row, blocks.rows);
  return s && { ...s, workId: row.work_id };
}

/**
 * Finds which stored documents in the other language are versions of the same work as
 * `documentId`, from the texts alone, stores the pairs and aligns them. The manifest's workId
 * does not find pairs; it confirms (or adds) what it declares.
 */
export async function pairDocument(db: Db, documentId: string, log: (m: string) => void = () => {}): Promise<string[]> {
  const me = await sketch(db, documentId);
  if (!me) return [];
  const others = await db.query<{ id: string }>(`SELECT id FROM documents WHERE id <> $1 AND lang IN ('fr', 'en') AND lang <> $2`, [documentId, me.lang]);
  const paired: string[] = [];
  for (const { id } of others.rows) {
    await yieldToEventLoop();
    const other = await sketch(db, id);
    if (!other) continue;
    const { score, evidence } = scorePair(me, other);
    await yieldToEventLoop();
    const sameWork = me.workId !== null && me.workId === other.workId;
    if (score < PAIR_THRESHOLD && !sameWork) continue;
    const [fr, en] = me.lang === 'fr' ? [me, other] : [other, me];
    const origin: PairOrigin = score >= PAIR_THRESHOLD ? 'detector' : 'manifest';
    const pairId = await upsertPair(db, {
      srcId: fr.id,
      tgtId: en.id,
      score,
      evidence: { ...evidence, manifestSameWork: sameWork },
      status: sameWork ? 'confirmed' : 'detected',
      origin,
    });
    await alignPair(db, pairId);
    log(`  paired ${fr.id} (fr) with ${en.id} (en): score ${score.toFixed(2)}${sameWork ? ', confirmed by the manifest' : ''}`);
    paired.push(pairId);
  }
  return paired;
}

/**
 * A person declares two documents (one French, one English) versions of one work: the pair is
 * stored as confirmed and aligned. Returns the pair id.
 */
export async function declarePair(db: Db, aId: string, bId: string): Promise<string> {
  const docs = await db.query<{ id: string; lang: string }>('SELECT id, lang FROM documents WHERE id = ANY($1)', [[aId, bId]]);
  for (const id of [aId, bId]) if (!docs.rows.some((d) => d.id === id)) throw new IngestError('NOT_FOUND', `No document ${id}.`);
  const fr = docs.rows.find((d) => d.lang === 'fr');
  const en = docs.rows.find((d) => d.lang === 'en');
  if (!fr || !en || aId === bId) {
    const langs = [aId, bId].map((id) => docs.rows.find((d) => d.id === id)?.lang).join(' and ');
    throw new IngestError('INVALID_INPUT', `A pair needs one French and one English document; these are ${langs}.`);
  }
  const id = await upsertPair(db, { srcId: fr.id, tgtId: en.id, score: 1, evidence: { declaredBy: 'user' }, status: 'confirmed', origin: 'user' });
  await setPairStatus(db, id, 'confirmed', 'user');
  await alignPair(db, id);
  return id;
}
