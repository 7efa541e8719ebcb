import { alignTexts } from '../align/align.ts';
import { splitSentences } from '../stages/split-sentences.ts';

/** Sentences of a text: paragraphs cut at blank lines, then `splitSentences`. */
export function sentencesOf(text: string, lang: 'fr' | 'en'): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .flatMap((p) => splitSentences(p, lang).map((s) => p.slice(s.start, s.end)));
}

/** Gold sentence pairs of a bitext for retrieval tests. */
export interface GoldPairs {
  fr: string[];
  en: string[];
  /** [French index, English index] of each kept 1-1 link. */
  pairs: [number, number][];
  /** 1-1 links before the confidence and length filters. */
  oneToOne: number;
}

/**
 * Gold pairs from Concorde's sentence aligner: 1-1 links with confidence >= `minConfidence`
 * whose two sentences have at least `minChars` characters (short headings are ambiguous).
 */
export function goldPairs(frText: string, enText: string, minConfidence = 0.9, minChars = 30): GoldPairs {
  const fr = sentencesOf(frText, 'fr');
  const en = sentencesOf(enText, 'en');
  const links = alignTexts(fr, en, 'fr', 'en').filter((l) => l.src.length === 1 && l.tgt.length === 1);
  const pairs = links
    .filter((l) => l.confidence >= minConfidence && (fr[l.src[0] as number] as string).length >= minChars && (en[l.tgt[0] as number] as string).length >= minChars)
    .map((l) => [l.src[0] as number, l.tgt[0] as number] as [number, number]);
  return { fr, en, pairs, oneToOne: links.length };
}
