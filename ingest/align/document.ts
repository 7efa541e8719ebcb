import { alignTexts } from './align.ts';
import type { AlignLink, AlignOptions } from './types.ts';

/** Result of a two-level alignment. Sentence indices are flat: all sentences of all paragraphs, in order. */
export interface DocumentAlignment {
  paragraphs: AlignLink[];
  sentences: AlignLink[];
  /** Flat sentence index -> [paragraph, sentence within it], per side. */
  srcIndex: [number, number][];
  tgtIndex: [number, number][];
}

/** Paragraph links below this confidence do not fix a boundary: the sentence pass decides there. */
const SURE_PARAGRAPH = 0.5;

/**
 * Two-level alignment of documents given as paragraphs of sentences: paragraphs first, then
 * sentences guided by the paragraph alignment. Only corners between two confident paragraph
 * links become guide points, so a paragraph split differently on the two sides (a page break,
 * a moved footnote) is resolved at sentence level. Units are (src|tgt)Paras[p][s] sentence texts.
 */
export function alignDocument(srcParas: string[][], tgtParas: string[][], opts: AlignOptions = {}): DocumentAlignment {
  const srcIndex = flatIndex(srcParas);
  const tgtIndex = flatIndex(tgtParas);
  const paragraphs = alignTexts(srcParas.map((p) => p.join(' ')), tgtParas.map((p) => p.join(' ')), opts.srcLang, opts.tgtLang, { ...opts, guide: undefined });
  // Sentence offsets of each paragraph start.
  const srcStart = starts(srcParas);
  const tgtStart = starts(tgtParas);
  const guide: [number, number][] = [];
  for (let k = 0; k + 1 < paragraphs.length; k++) {
    const a = paragraphs[k] as AlignLink;
    const b = paragraphs[k + 1] as AlignLink;
    if (a.confidence < SURE_PARAGRAPH || b.confidence < SURE_PARAGRAPH) continue;
    if (a.src.length === 0 || a.tgt.length === 0 || b.src.length === 0 || b.tgt.length === 0) continue;
    guide.push([srcStart[b.src[0] as number] as number, tgtStart[b.tgt[0] as number] as number]);
  }
  const sentences = alignTexts(srcParas.flat(), tgtParas.flat(), opts.srcLang, opts.tgtLang, { ...opts, guide });
  return { paragraphs, sentences, srcIndex, tgtIndex };
}

function flatIndex(paras: string[][]): [number, number][] {
  return paras.flatMap((p, i) => p.map((_, s) => [i, s] as [number, number]));
}

function starts(paras: string[][]): number[] {
  const out: number[] = [];
  let acc = 0;
  for (const p of paras) {
    out.push(acc);
    acc += p.length;
  }
  out.push(acc);
  return out;
}
