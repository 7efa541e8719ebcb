import { fold } from './text-utils.ts';
import type { TextSpan } from './types.ts';

/** The number or letter that opens a heading: "II •", "1.", "Annexe A :", "Chapter 3". */
export interface HeadingMarker {
  /** Section word folded to one language ("annex" for Annexe/Annex/Appendix), or "". */
  word: string;
  /** The number as a value ("II" -> "2"), or the letter ("A"). */
  value: string;
  raw: string;
  span: TextSpan;
  /** A section word or punctuation follows ("II •", "Annex A"), not only a paragraph number ("4.1 Text"). */
  strong: boolean;
}

const WORDS: Record<string, string> = {
  chapitre: 'chapter', chapter: 'chapter', section: 'section', partie: 'part', part: 'part', titre: 'title',
  title: 'title', annexe: 'annex', annex: 'annex', appendix: 'annex', article: 'article', art: 'article',
};
const MARKER =
  /^(\s*(?:#+\s*)?)(?:(chapitre|chapter|section|partie|part|titre|title|annexe|annex|appendix|article|art\.)\s+)?([IVXLCDM]+|\d+(?:[.,]\d+)*|[A-Z])(\s*[.)•:–—-]|\s+)/iu;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!] ?? 0;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * The section marker at the start of a heading, or undefined. Roman numerals compare equal to
 * arabic ones ("II •" = "2."). Without a section word the marker needs punctuation after it
 * ("1.", "II •", "a)"), except numbered paragraphs ("4.1.2 Text"); a lone letter needs "." or ")".
 */
export function headingMarker(text: string): HeadingMarker | undefined {
  const m = MARKER.exec(text);
  if (!m) return undefined;
  const lead = m[1] ?? '';
  const word = m[2] ? (WORDS[fold(m[2]).replace('.', '')] ?? '') : '';
  const token = m[3] ?? '';
  const sep = (m[4] ?? '').trim();
  // Numbered paragraphs ("4.1.2 Text", French "3,1 Text") need no punctuation; "75,000 soldiers" is no marker.
  if (!word && !sep && !/^\d{1,2}(?:[.,]\d{1,2})+$/.test(token)) return undefined;
  let value: string;
  if (/^\d/.test(token)) value = token.replace(',', '.');
  else if (/^[IVXLCDM]{2,}$/.test(token) || /^[IVX]$/.test(token)) value = String(romanValue(token));
  else if (token.length === 1 && (word || /[.)]/.test(sep))) value = token.toUpperCase();
  else return undefined;
  return { word, value, raw: m[0].slice(lead.length).trim(), span: { start: lead.length, end: m[0].length }, strong: word !== '' || sep !== '' };
}

/** True when the text reads like a heading: one short line without a closing period. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 150 && !t.includes('\n') && !/[.;,]$/.test(t);
}
