import { alignDocument } from '../align/document.ts';
import type { AlignLink } from '../align/types.ts';
import { yieldToEventLoop } from '../event-loop.ts';
import type { BlockKind } from '../model/document.ts';
import type { Db, Queryable } from '../store/db.ts';
import { deleteUnconfirmed, insertLinks, listLinks, STREAMS, updateLink, type LinkRow, type NewLink, type Stream } from '../store/links.repo.ts';
import { getPair, markAligned } from '../store/pairs.repo.ts';
import { listBlocks, listFootnoteRefs, listSentences } from '../store/segments.repo.ts';
import { addFootnoteFlags, addNotePlacementFlags } from './footnotes.ts';
import { flagsFor } from './flags.ts';
import { pairMovedPassages } from './moved.ts';
import { paragraphsOf, streamOf, toStreamSentence, type StreamSentence } from './streams.ts';

export const ALIGNER = 'concorde-align 1';

interface Side {
  lang: string;
  byIdx: Map<number, StreamSentence>;
  kinds: Map<number, BlockKind>;
  sentences: StreamSentence[];
}

async function loadSide(q: Queryable, documentId: string, lang: string): Promise<Side> {
  const blocks = await listBlocks(q, documentId);
  const sentences = (await listSentences(q, documentId)).map(toStreamSentence);
  return { lang, byIdx: new Map(sentences.map((s) => [s.idx, s])), kinds: new Map(blocks.map((b) => [b.idx, b.kind])), sentences };
}

/**
 * (Re-)aligns a pair, stream by stream. Links a person confirmed stay as they are and cut each
 * stream into segments that are aligned on their own, so a re-run never moves across them.
 */
export async function alignPair(db: Db, pairId: string): Promise<void> {
  const pair = await getPair(db, pairId);
  if (!pair) throw new Error(`no pair ${pairId}`);
  const src = await loadSide(db, pair.src_id, pair.src_lang);
  const tgt = await loadSide(db, pair.tgt_id, pair.tgt_lang);
  const confirmed = (await listLinks(db, pairId)).filter((l) => l.status === 'confirmed');
  await yieldToEventLoop();
  const links: Placed[] = [];
  for (const stream of STREAMS) {
    links.push(...(await alignStream(stream, src, tgt, confirmed.filter((l) => l.stream === stream))));
  }
  const [srcRefs, tgtRefs] = [await listFootnoteRefs(db, pair.src_id), await listFootnoteRefs(db, pair.tgt_id)];
  // Flags on confirmed links are not rewritten: only their position is saved below.
  addFootnoteFlags(links, { ...src, refs: srcRefs }, { ...tgt, refs: tgtRefs });
  const inBody = (side: Side, idx: number) => {
    const sentence = side.byIdx.get(idx);
    return sentence !== undefined && streamOf(side.kinds.get(sentence.blockIdx) ?? 'body') === 'body';
  };
  addNotePlacementFlags(links, src, tgt, (side, idx) => inBody(side === 'src' ? src : tgt, idx));
  await db.tx(async (q) => {
    await deleteUnconfirmed(q, pairId);
    await insertLinks(q, pairId, links.filter((l) => !l.keepId));
    for (const l of links) if (l.keepId) await updateLink(q, l.keepId, { ord: l.ord });
    await markAligned(q, pairId, ALIGNER);
  });
}

/** A link in its final place; `keepId` marks a confirmed link that stays (only its position moves). */
type Placed = NewLink & { keepId?: string };

async function alignStream(stream: Stream, src: Side, tgt: Side, anchors: LinkRow[]): Promise<Placed[]> {
  const srcParas = paragraphsOf(src.sentences, src.kinds, stream);
  const tgtParas = paragraphsOf(tgt.sentences, tgt.kinds, stream);
  const out: Placed[] = [];
  const push = (l: Omit<Placed, 'ord' | 'stream'>) => out.push({ ...l, stream, ord: out.length });
  let srcFrom = -1;
  let tgtFrom = -1;
  const sorted = [...anchors].sort((a, b) => (Math.min(...a.src, ...a.tgt) - Math.min(...b.src, ...b.tgt)));
  for (const anchor of [...sorted, undefined]) {
    const srcTo = anchor?.src.length ? Math.min(...anchor.src) : anchor ? srcFrom + 0.5 : Infinity;
    const tgtTo = anchor?.tgt.length ? Math.min(...anchor.tgt) : anchor ? tgtFrom + 0.5 : Infinity;
    const within = (paras: StreamSentence[][], lo: number, hi: number) =>
      paras.map((p) => p.filter((s) => s.idx > lo && s.idx < hi)).filter((p) => p.length > 0);
    const segment = await alignSegment(within(srcParas, srcFrom, srcTo), within(tgtParas, tgtFrom, tgtTo), src.lang, tgt.lang);
    const joined = pairMovedPassages(segment, src.byIdx, tgt.byIdx, (s, t, confidence) => ({ src: s, tgt: t, confidence, flags: flagsFor(pick(s, src), pick(t, tgt), src.lang, tgt.lang) }));
    for (const l of joined) push(l);
    if (anchor) {
      push({ src: anchor.src, tgt: anchor.tgt, confidence: anchor.confidence, status: 'confirmed', flags: anchor.flags, keepId: anchor.id });
      if (anchor.src.length) srcFrom = Math.max(...anchor.src);
      if (anchor.tgt.length) tgtFrom = Math.max(...anchor.tgt);
    }
  }
  return out;
}

async function alignSegment(srcParas: StreamSentence[][], tgtParas: StreamSentence[][], srcLang: string, tgtLang: string): Promise<Omit<NewLink, 'ord' | 'stream'>[]> {
  const srcFlat = srcParas.flat();
  const tgtFlat = tgtParas.flat();
  if (!srcFlat.length && !tgtFlat.length) return [];
  let raw: AlignLink[];
  if (!srcFlat.length || !tgtFlat.length) {
    raw = srcFlat.length ? srcFlat.map((_, i) => ({ src: [i], tgt: [], confidence: 1 })) : tgtFlat.map((_, j) => ({ src: [], tgt: [j], confidence: 1 }));
  } else {
    raw = alignDocument(srcParas.map((p) => p.map((s) => s.text)), tgtParas.map((p) => p.map((s) => s.text)), { srcLang, tgtLang }).sentences;
    await yieldToEventLoop();
  }
  const out: Omit<NewLink, 'ord' | 'stream'>[] = [];
  for (const [k, l] of raw.entries()) {
    // Flagging a 50-page pair's links takes ~0.5 s: let requests through now and then.
    if (k % 64 === 63) await yieldToEventLoop();
    const s = l.src.map((i) => srcFlat[i]!);
    const t = l.tgt.map((j) => tgtFlat[j]!);
    out.push({ src: s.map((x) => x.idx), tgt: t.map((x) => x.idx), confidence: clamp01(l.confidence), flags: flagsFor(s, t, srcLang, tgtLang) });
  }
  return out;
}

const pick = (ids: number[], side: Side) => ids.map((i) => side.byIdx.get(i)!);

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
