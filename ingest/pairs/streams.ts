import type { BlockKind } from '../model/document.ts';
import type { Stream } from '../store/links.repo.ts';
import type { SentenceRow } from '../store/segments.repo.ts';

/**
 * Which stream a block is aligned in. The body flow (title, headings, body) is one stream;
 * footnotes, sidebars, quotes with captions, and boilerplate are aligned on their own, so a
 * footnote placed elsewhere in one version does not derail the body.
 */
export function streamOf(kind: BlockKind): Stream {
  switch (kind) {
    case 'title':
    case 'heading':
    case 'body':
      return 'body';
    case 'caption':
    case 'quote':
      return 'quote';
    default:
      return kind;
  }
}

export interface StreamSentence {
  idx: number;
  blockIdx: number;
  start: number;
  end: number;
  pageStart: number;
  text: string;
}

/** A stored sentence row as the pair code sees it. */
export const toStreamSentence = (s: SentenceRow): StreamSentence => ({ idx: s.idx, blockIdx: s.block_idx, start: s.char_start, end: s.char_end, pageStart: s.page_start, text: s.text });

/** Sentences of one stream grouped by block (paragraph), in reading order. */
export function paragraphsOf<S extends StreamSentence>(sentences: S[], blockKinds: Map<number, BlockKind>, stream: Stream): S[][] {
  const paras: S[][] = [];
  let current: S[] | undefined;
  let currentBlock = -1;
  for (const s of sentences) {
    const kind = blockKinds.get(s.blockIdx);
    if (!kind || streamOf(kind) !== stream) continue;
    if (s.blockIdx !== currentBlock) {
      current = [];
      paras.push(current);
      currentBlock = s.blockIdx;
    }
    current!.push(s);
  }
  return paras;
}
