import type { BlockDto, DocumentDetail, SentenceDto } from '../../../api/schemas/documents.ts';

/** Pure layout of a document for the reader: which blocks go where, and how each block's text is cut. */

/** Block kinds read as the main flow; everything else is shown apart. */
export const FLOW_KINDS: ReadonlySet<BlockDto['kind']> = new Set(['title', 'heading', 'body']);
/** Kinds shown apart, in display order. */
export const ASIDE_KINDS = ['footnote', 'sidebar', 'quote', 'caption', 'boilerplate'] as const;
export type AsideKind = (typeof ASIDE_KINDS)[number];

/** A piece of inline content: text, a footnote call, or the start of a page. */
export type Piece =
  | { type: 'text'; text: string }
  | { type: 'ref'; marker: string; footnoteBlockIdx: number | null; refId: string }
  | { type: 'page'; from: number; to: number };

/** Which pages begin at a sentence (usually one: from === to). */
export type PageStart = { from: number; to: number };

/** A sentence with its pieces, or text between sentences (spaces, unsegmented leftovers). */
export type Run = { type: 'sentence'; sentence: SentenceDto; pieces: Piece[] } | { type: 'gap'; pieces: Piece[] };

export interface LaidBlock {
  block: BlockDto;
  runs: Run[];
}

export interface ReaderLayout {
  main: LaidBlock[];
  aside: Record<AsideKind, LaidBlock[]>;
  /** Sentence idx in display order (main column first, then the side panel), for j/k. */
  order: number[];
  /** For each footnote block, the ids of the calls pointing at it (for "back" links). */
  refsByFootnote: Map<number, string[]>;
}

/** The id of the k-th footnote call in a block. */
export const refId = (blockIdx: number, k: number): string => `fnref-${blockIdx}-${k}`;

interface Ref {
  offset: number;
  piece: Piece & { type: 'ref' };
}

/**
 * Cuts one block into runs. Offsets are absolute into the clean text; the block's text is
 * cleanText.slice(block.start, block.end). A footnote call at offset o is shown after the
 * character before o, so it belongs to the run whose range is (start, end]. `pageAt` says which
 * page starts at a sentence (the reader tracks pages across blocks).
 */
export function cutBlock(block: BlockDto, sentences: SentenceDto[], pageAt: (s: SentenceDto) => PageStart | null): Run[] {
  const len = block.text.length;
  const refs: Ref[] = block.footnoteRefs
    .map((r, k) => ({
      offset: Math.min(len, Math.max(0, r.offset - block.start)),
      piece: { type: 'ref' as const, marker: r.marker, footnoteBlockIdx: r.footnoteBlockIdx, refId: refId(block.idx, k) },
    }))
    .sort((a, b) => a.offset - b.offset);
  let nextRef = 0;

  /** Text from a to b with the calls not yet placed whose offset is at most b (runs come in order). */
  const pieces = (a: number, b: number): Piece[] => {
    const out: Piece[] = [];
    let pos = a;
    for (let r = refs[nextRef]; r && r.offset <= b; r = refs[++nextRef]) {
      if (r.offset > pos) out.push({ type: 'text', text: block.text.slice(pos, r.offset) });
      out.push(r.piece);
      pos = Math.max(pos, r.offset);
    }
    if (b > pos) out.push({ type: 'text', text: block.text.slice(pos, b) });
    return out;
  };

  const runs: Run[] = [];
  let pos = 0;
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    const rs = Math.max(pos, s.start - block.start);
    const re = Math.min(len, s.end - block.start);
    if (re <= rs) continue;
    if (rs > pos) runs.push({ type: 'gap', pieces: pieces(pos, rs) });
    const page = pageAt(s);
    const body = pieces(rs, re);
    runs.push({ type: 'sentence', sentence: s, pieces: page === null ? body : [{ type: 'page', ...page }, ...body] });
    pos = re;
  }
  if (len > pos || runs.length === 0) runs.push({ type: 'gap', pieces: pieces(pos, len) });
  // Calls outside the block's range (bad offsets) are still shown, at the end.
  const last = runs[runs.length - 1];
  for (; nextRef < refs.length; nextRef++) last?.pieces.push(refs[nextRef]!.piece);
  return runs;
}

/**
 * Splits the document into the main flow and the side panel and places page markers: in the
 * main flow a marker appears where a page first starts (block or sentence); a sentence running
 * over a page break carries the marker of the page it ends on. Side blocks carry their own page.
 */
export function layoutDocument(doc: Pick<DocumentDetail, 'blocks' | 'sentences'>): ReaderLayout {
  const byBlock = new Map<number, SentenceDto[]>();
  for (const s of doc.sentences) {
    const list = byBlock.get(s.blockIdx);
    if (list) list.push(s);
    else byBlock.set(s.blockIdx, [s]);
  }
  const blocks = [...doc.blocks].sort((a, b) => a.start - b.start || a.idx - b.idx);

  let page = 0;
  const main: LaidBlock[] = [];
  const aside = Object.fromEntries(ASIDE_KINDS.map((k) => [k, [] as LaidBlock[]])) as Record<AsideKind, LaidBlock[]>;
  const refsByFootnote = new Map<number, string[]>();

  for (const block of blocks) {
    const sentences = byBlock.get(block.idx) ?? [];
    if (!FLOW_KINDS.has(block.kind)) {
      aside[block.kind as AsideKind].push({ block, runs: cutBlock(block, sentences, () => null) });
      continue;
    }
    // A page first reached by this block starts at its first sentence (or at the block if it has none).
    let pending: number | null = block.pageStart > page ? block.pageStart : null;
    const runs = cutBlock(block, sentences, (s) => {
      const lo = pending ?? s.pageStart;
      const hi = Math.max(s.pageStart, s.pageEnd, pending ?? 0);
      pending = null;
      if (hi <= page) return null;
      const from = lo > page ? lo : hi;
      page = hi;
      return { from, to: hi };
    });
    const top = Math.max(block.pageStart, block.pageEnd);
    if (top > page) {
      runs[0]?.pieces.unshift({ type: 'page', from: pending ?? top, to: top });
      page = top;
    }
    main.push({ block, runs });
  }

  const order: number[] = [];
  for (const laid of [...main, ...ASIDE_KINDS.flatMap((k) => aside[k])]) {
    for (const run of laid.runs) {
      if (run.type === 'sentence') order.push(run.sentence.idx);
      for (const p of run.pieces) {
        if (p.type === 'ref' && p.footnoteBlockIdx !== null) {
          const ids = refsByFootnote.get(p.footnoteBlockIdx) ?? [];
          ids.push(p.refId);
          refsByFootnote.set(p.footnoteBlockIdx, ids);
        }
      }
    }
  }
  return { main, aside, order, refsByFootnote };
}
