import type { DetectedLang, PageBreak, ParsedBlock, ParsedDoc } from '../model/document.ts';
import type { Block, Sentence } from '../model/segment.ts';
import { detectLanguage, forgetVerdicts, sentenceLanguage } from './detect-language.ts';
import { splitSentences } from './split-sentences.ts';

/** The document as stored: one clean text, blocks and sentences pointing into it. */
export interface Assembled {
  cleanText: string;
  blocks: Block[];
  sentences: Sentence[];
}

/** Blocks are separated by a blank line in the clean text, so a block never runs into the next. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * Places parsed blocks in one clean text and cuts them into sentences, each with the
 * page it starts and ends on and its own language (short sentences inherit the block's).
 */
export function assemble(doc: ParsedDoc): Assembled {
  // The document verdict (detectDocumentLanguage) reuses this document's block verdicts.
  forgetVerdicts();
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let cleanText = '';
  for (const pb of doc.blocks) {
    const text = pb.text;
    if (!text.trim()) continue;
    if (cleanText) cleanText += BLOCK_SEPARATOR;
    const start = cleanText.length;
    cleanText += text;
    const idx = blocks.length;
    const lang = detectLanguage(text);
    blocks.push({
      idx,
      kind: pb.kind,
      start,
      end: start + text.length,
      pageStart: pageAt(pb, 0),
      pageEnd: pageAt(pb, Math.max(0, text.length - 1)),
      lang,
      ...(pb.level !== undefined ? { level: pb.level } : {}),
      ...(pb.marker !== undefined ? { marker: pb.marker } : {}),
      footnoteRefs: pb.footnoteRefs.map((r) => ({ marker: r.marker, offset: start + r.offset })),
      marks: pb.marks.map((m) => ({ ...m, start: start + m.start, end: start + m.end })),
    });
    for (const span of splitSentences(text, lang)) {
      const sentence = text.slice(span.start, span.end);
      sentences.push({
        idx: sentences.length,
        blockIdx: idx,
        start: start + span.start,
        end: start + span.end,
        pageStart: pageAt(pb, span.start),
        pageEnd: pageAt(pb, Math.max(span.start, span.end - 1)),
        lang: sentenceLanguage(sentence, lang),
        text: sentence,
      });
    }
  }
  return { cleanText, blocks, sentences };
}

/** Page of the character at `offset` within a parsed block. */
export function pageAt(block: { page: number; pageBreaks: PageBreak[] }, offset: number): number {
  let page = block.page;
  for (const b of block.pageBreaks) {
    if (b.offset <= offset) page = b.page;
    else break;
  }
  return page;
}

/** The language search should stem with: the span's own, else its block's, else the document's. */
export function searchLang(...candidates: DetectedLang[]): 'fr' | 'en' {
  return (candidates.find((l) => l !== 'und') ?? 'fr') as 'fr' | 'en';
}

export type { ParsedBlock };
