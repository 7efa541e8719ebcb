import { detectLanguage } from '../stages/detect-language.ts';
import { letterCount } from './text-utils.ts';
import { langName, type Flag, type TextSpan } from './types.ts';

/** Pieces shorter than this are not judged: "Penser l'Europe" or an address says little. */
export const MIN_LETTERS = 20;

/**
 * Passages of `text` (a `textLang` version) written in `foreignLang` instead: lines, sentences
 * and "•"-separated items are judged one by one with the project's language detector, and
 * neighbouring foreign pieces are merged into one span. Pieces whose language cannot be told
 * (`und`: names, addresses, codes) never count.
 */
export function foreignPassages(text: string, textLang: string, foreignLang: string): TextSpan[] {
  if (textLang === foreignLang) return [];
  const spans: TextSpan[] = [];
  for (const piece of pieces(text)) {
    if (letterCount(text.slice(piece.start, piece.end)) < MIN_LETTERS) continue;
    if (detectLanguage(text.slice(piece.start, piece.end)) !== foreignLang) continue;
    const last = spans[spans.length - 1];
    // Merge when only separators or pieces too short to judge lie between ("• Version originale •").
    if (last && letterCount(text.slice(last.end, piece.start)) < MIN_LETTERS) last.end = piece.end;
    else spans.push({ ...piece });
  }
  return spans;
}

/** Lines, then sentences and bullet items inside them, as trimmed spans. */
function pieces(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /[^\n•]+/g;
  for (const line of text.matchAll(re)) {
    // Sentence ends: terminal punctuation then space then a capital or an opening quote.
    const parts = line[0].split(/(?<=[.!?…])\s+(?=[\p{Lu}«"“])/u);
    let pos = line.index;
    for (const p of parts) {
      const at = text.indexOf(p, pos);
      const lead = p.length - p.trimStart().length;
      const trimmed = p.trim();
      if (trimmed) out.push({ start: at + lead, end: at + lead + trimmed.length });
      pos = at + p.length;
    }
  }
  return out;
}

/** "untranslated" flags for the foreign passages of one side of a link. */
export function untranslatedFlags(text: string, here: string, foreign: string, side: 'src' | 'tgt'): Flag[] {
  return foreignPassages(text, here, foreign).map((span) => {
    const passage = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    return {
      type: 'untranslated',
      severity: letterCount(passage) >= 40 ? 'high' : 'medium',
      message: `This passage of the ${langName(here)} version is in ${langName(foreign)} (left untranslated?): “${passage.length > 60 ? `${passage.slice(0, 60).trimEnd()}…` : passage}”.`,
      [side]: span,
    };
  });
}
