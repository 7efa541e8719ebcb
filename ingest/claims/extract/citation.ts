import type { Citation, ExtractionInput } from '../model.ts';

type InputSentence = ExtractionInput['sentences'][number];

/**
 * The citation for a span of a sentence (offsets relative to the sentence; the whole sentence
 * by default). Whitespace at the edges is trimmed so the quote starts and ends on words, and the
 * quote is always `cleanText.slice(start, end)` — checked here, so a bad span fails loudly.
 */
export function cite(input: ExtractionInput, sentence: InputSentence, from = 0, to = sentence.end - sentence.start): Citation {
  let start = sentence.start + Math.max(0, from);
  let end = sentence.start + Math.min(sentence.end - sentence.start, to);
  while (start < end && /\s/.test(input.cleanText[start] ?? '')) start++;
  while (end > start && /\s/.test(input.cleanText[end - 1] ?? '')) end--;
  if (end <= start) return cite(input, sentence);
  const quote = input.cleanText.slice(start, end);
  return {
    documentId: input.documentId,
    blockIdx: sentence.blockIdx,
    sentenceIdx: sentence.idx,
    start,
    end,
    page: Math.max(1, sentence.pageStart),
    quote,
  };
}
