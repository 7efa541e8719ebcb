import type { CitationDetailDto, SentenceDto } from '../../../../api/schemas/claims.ts';

/** How a claim's citations are laid out on its trace. Pure: no DOM, no React. */

export type CitationGroup =
  /** The claim is cited in both versions of an aligned pair: both passages, side by side. */
  | { kind: 'pair'; left: CitationDetailDto; right: CitationDetailDto }
  /** One citation whose document has an aligned version: the passage next to its translation. */
  | { kind: 'aligned'; citation: CitationDetailDto; aligned: NonNullable<CitationDetailDto['aligned']> }
  | { kind: 'single'; citation: CitationDetailDto };

/** French on the left, English on the right, as in the review desk. */
const langRank = (lang: string) => (lang === 'fr' ? 0 : lang === 'en' ? 1 : 2);

/**
 * Pairs up the citations from the two versions of one work (each points at the other through
 * `aligned`), so the French and English passages show side by side once, not twice.
 */
export function groupCitations(citations: readonly CitationDetailDto[]): CitationGroup[] {
  const used = new Set<number>();
  const groups: CitationGroup[] = [];
  citations.forEach((c, i) => {
    if (used.has(i)) return;
    used.add(i);
    const aligned = c.aligned;
    if (!aligned) return groups.push({ kind: 'single', citation: c });
    const alignedIdx = new Set(aligned.sentences.map((s) => s.idx));
    const partner = citations.findIndex((o, j) => !used.has(j) && o.documentId === aligned.documentId && alignedIdx.has(o.sentenceIdx));
    const fallback = partner === -1 ? citations.findIndex((o, j) => !used.has(j) && o.documentId === aligned.documentId) : partner;
    const other = fallback === -1 ? undefined : citations[fallback];
    if (!other) return groups.push({ kind: 'aligned', citation: c, aligned });
    used.add(fallback);
    const [left, right] = langRank(c.lang) <= langRank(other.lang) ? [c, other] : [other, c];
    groups.push({ kind: 'pair', left, right });
  });
  return groups;
}

/** The cited sentence cut around the quote; null when the quote is not at its span (then it is shown apart). */
export function splitSentence(sentence: SentenceDto, citation: Pick<CitationDetailDto, 'start' | 'end' | 'quote'>): { before: string; quote: string; after: string } | null {
  const a = citation.start - sentence.start;
  const b = citation.end - sentence.start;
  if (a >= 0 && b <= sentence.text.length && sentence.text.slice(a, b) === citation.quote) {
    return { before: sentence.text.slice(0, a), quote: citation.quote, after: sentence.text.slice(b) };
  }
  return null;
}
