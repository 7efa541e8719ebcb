import { IngestError } from '../errors.ts';
import type { Db, Queryable } from '../store/db.ts';
import { deleteLink, getLink, insertEdit, insertLinks, listLinks, renumber, updateLink, type LinkRow } from '../store/links.repo.ts';
import { getPair, type PairRow } from '../store/pairs.repo.ts';
import { sentencesByIdx } from '../store/segments.repo.ts';
import { flagsFor } from './flags.ts';
import { toStreamSentence, type StreamSentence } from './streams.ts';

/** What a link looked like, for the edit history. */
const snapshot = (l: LinkRow) => ({ id: l.id, stream: l.stream, ord: l.ord, src: l.src, tgt: l.tgt, status: l.status, confidence: l.confidence });

async function requireLink(q: Queryable, pairId: string, linkId: string): Promise<LinkRow> {
  const link = await getLink(q, pairId, linkId);
  if (!link) throw new IngestError('NOT_FOUND', `Pair ${pairId} has no link ${linkId}.`);
  return link;
}

async function requirePair(q: Queryable, pairId: string): Promise<PairRow> {
  const pair = await getPair(q, pairId);
  if (!pair) throw new IngestError('NOT_FOUND', `No pair ${pairId}.`);
  return pair;
}

/** Recomputes a link's flags from the sentences it now holds. */
async function reflag(q: Queryable, pair: PairRow, src: number[], tgt: number[]) {
  const load = async (doc: string, idx: number[]): Promise<StreamSentence[]> =>
    (await sentencesByIdx(q, doc, idx)).map(toStreamSentence);
  return flagsFor(await load(pair.src_id, src), await load(pair.tgt_id, tgt), pair.src_lang, pair.tgt_lang);
}

/** The sentences of each side whose link an edit changed: the claims citing them may now join, or leave, their translation. */
export interface EditedSentences {
  src: number[];
  tgt: number[];
}

export async function reviewLink(db: Db, pairId: string, linkId: string, action: 'confirm' | 'reject' | 'reset', author: string, note?: string): Promise<EditedSentences> {
  return db.tx(async (q) => {
    const link = await requireLink(q, pairId, linkId);
    const status = action === 'confirm' ? 'confirmed' : action === 'reject' ? 'rejected' : 'auto';
    await updateLink(q, linkId, { status, reviewedBy: author, ...(note !== undefined ? { note } : {}) });
    await insertEdit(q, pairId, action, author, snapshot(link), { ...snapshot(link), status, note: note ?? null });
    return { src: link.src, tgt: link.tgt };
  });
}

/** Joins a link with its neighbour in the same stream: their sentences become one link. */
export async function mergeLink(db: Db, pairId: string, linkId: string, direction: 'next' | 'previous', author: string): Promise<EditedSentences> {
  return db.tx(async (q) => {
    const pair = await requirePair(q, pairId);
    const link = await requireLink(q, pairId, linkId);
    const stream = (await listLinks(q, pairId)).filter((l) => l.stream === link.stream);
    const at = stream.findIndex((l) => l.id === linkId);
    const other = stream[direction === 'next' ? at + 1 : at - 1];
    if (!other) throw new IngestError('INVALID_INPUT', `There is no ${direction} link to merge with in the ${link.stream} stream.`);
    const [first, second] = direction === 'next' ? [link, other] : [other, link];
    const src = [...first.src, ...second.src].sort((a, b) => a - b);
    const tgt = [...first.tgt, ...second.tgt].sort((a, b) => a - b);
    const flags = await reflag(q, pair, src, tgt);
    await updateLink(q, first.id, { src, tgt, status: 'confirmed', confidence: 1, flags, reviewedBy: author });
    await deleteLink(q, second.id);
    await renumber(q, pairId, link.stream);
    await insertEdit(q, pairId, `merge-${direction}`, author, [snapshot(first), snapshot(second)], { id: first.id, src, tgt, status: 'confirmed' });
    return { src, tgt };
  });
}

/** Cuts a link in two after `srcAt` source and `tgtAt` target sentences. */
export async function splitLink(db: Db, pairId: string, linkId: string, srcAt: number, tgtAt: number, author: string): Promise<EditedSentences> {
  return db.tx(async (q) => {
    const pair = await requirePair(q, pairId);
    const link = await requireLink(q, pairId, linkId);
    if (srcAt > link.src.length || tgtAt > link.tgt.length) throw new IngestError('INVALID_INPUT', `The link holds ${link.src.length} source and ${link.tgt.length} target sentences.`);
    const a = { src: link.src.slice(0, srcAt), tgt: link.tgt.slice(0, tgtAt) };
    const b = { src: link.src.slice(srcAt), tgt: link.tgt.slice(tgtAt) };
    if (a.src.length + a.tgt.length === 0 || b.src.length + b.tgt.length === 0) throw new IngestError('INVALID_INPUT', 'A split must leave at least one sentence on each side of the cut.');
    await q.query('UPDATE alignment_links SET ord = ord + 1 WHERE pair_id = $1 AND stream = $2 AND ord > $3', [pairId, link.stream, link.ord]);
    await updateLink(q, link.id, { ...a, status: 'confirmed', confidence: 1, flags: await reflag(q, pair, a.src, a.tgt), reviewedBy: author });
    await insertLinks(q, pairId, [{ stream: link.stream, ord: link.ord + 1, ...b, confidence: 1, status: 'confirmed', flags: await reflag(q, pair, b.src, b.tgt) }]);
    await insertEdit(q, pairId, 'split', author, snapshot(link), [a, b]);
    return { src: link.src, tgt: link.tgt };
  });
}

/**
 * Sets exactly which sentences a link holds. Sentences it takes are removed from the links that
 * held them (emptied links disappear); sentences it lets go become links of their own.
 */
export async function relink(db: Db, pairId: string, linkId: string, src: number[], tgt: number[], author: string): Promise<EditedSentences> {
  if (src.length + tgt.length === 0) throw new IngestError('INVALID_INPUT', 'A link needs at least one sentence.');
  return db.tx(async (q) => {
    const pair = await requirePair(q, pairId);
    const link = await requireLink(q, pairId, linkId);
    const all = await listLinks(q, pairId);
    const inStream = (side: 'src' | 'tgt') => new Set(all.filter((l) => l.stream === link.stream).flatMap((l) => l[side]));
    const [srcOk, tgtOk] = [inStream('src'), inStream('tgt')];
    const stray = [...src.filter((i) => !srcOk.has(i)), ...tgt.filter((j) => !tgtOk.has(j))];
    if (stray.length) throw new IngestError('INVALID_INPUT', `Sentences ${stray.join(', ')} are not in the ${link.stream} stream of this pair.`);
    const before = [snapshot(link)];
    for (const other of all) {
      if (other.id === link.id) continue;
      const keepSrc = other.src.filter((i) => !src.includes(i));
      const keepTgt = other.tgt.filter((i) => !tgt.includes(i));
      if (keepSrc.length === other.src.length && keepTgt.length === other.tgt.length) continue;
      before.push(snapshot(other));
      if (keepSrc.length + keepTgt.length === 0) await deleteLink(q, other.id);
      else await updateLink(q, other.id, { src: keepSrc, tgt: keepTgt, flags: await reflag(q, pair, keepSrc, keepTgt) });
    }
    const released = [...link.src.filter((i) => !src.includes(i)).map((i) => ({ src: [i], tgt: [] as number[] })), ...link.tgt.filter((j) => !tgt.includes(j)).map((j) => ({ src: [] as number[], tgt: [j] }))];
    const sorted = { src: [...src].sort((a, b) => a - b), tgt: [...tgt].sort((a, b) => a - b) };
    await updateLink(q, link.id, { ...sorted, status: 'confirmed', confidence: 1, flags: await reflag(q, pair, sorted.src, sorted.tgt), reviewedBy: author });
    for (const r of released) {
      await insertLinks(q, pairId, [{ stream: link.stream, ord: link.ord, ...r, confidence: 0, flags: await reflag(q, pair, r.src, r.tgt) }]);
    }
    await renumberByPosition(q, pairId, link.stream);
    await insertEdit(q, pairId, 'relink', author, before, sorted);
    // Every link that gave or took sentences: the edited one as it was and as it is, and the others as they were.
    return { src: [...new Set([...before.flatMap((l) => l.src), ...sorted.src])], tgt: [...new Set([...before.flatMap((l) => l.tgt), ...sorted.tgt])] };
  });
}

/**
 * After a relink, orders a stream's links along both documents: a link goes after every link
 * whose source or target sentences come before its own.
 */
async function renumberByPosition(q: Queryable, pairId: string, stream: string): Promise<void> {
  const links = (await listLinks(q, pairId)).filter((l) => l.stream === stream);
  const before = (a: LinkRow, b: LinkRow): number => {
    if (a.src.length && b.src.length) return a.src[0]! - b.src[0]!;
    if (a.tgt.length && b.tgt.length) return a.tgt[0]! - b.tgt[0]!;
    return a.ord - b.ord;
  };
  // Insertion sort: the comparison is only partial, so place each link after the last one it follows.
  const ordered: LinkRow[] = [];
  for (const l of [...links].sort((a, b) => a.ord - b.ord)) {
    let at = ordered.length;
    while (at > 0 && before(l, ordered[at - 1]!) < 0) at--;
    ordered.splice(at, 0, l);
  }
  for (const [ord, l] of ordered.entries()) if (l.ord !== ord) await updateLink(q, l.id, { ord });
}
