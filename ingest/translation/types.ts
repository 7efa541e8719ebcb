/**
 * Types shared by the translation review desk: document sketches for pair detection, and
 * discrepancy flags for aligned links. Plain interfaces (no Zod): nothing here crosses a
 * process boundary unvalidated; the API layer validates what it receives.
 */

/** The two languages the review desk pairs. */
export type TranslationLang = 'fr' | 'en';

/** One block of a document as pair detection sees it (kind as stored: body, heading, footnote…). */
export interface SketchBlock {
  kind: string;
  text: string;
}

/** What pair detection needs to know about a document. */
export interface DocSketch {
  id: string;
  lang: TranslationLang;
  blocks: SketchBlock[];
  pageCount: number;
}

/** Character range `[start, end)` in the text a flag refers to. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Kinds of discrepancy. `footnote` extends the set the brief listed: a footnote call or
 * footnote text that the alignment places elsewhere in the other version.
 */
export type FlagType = 'number' | 'date' | 'name' | 'acronym' | 'unmatched' | 'untranslated' | 'heading' | 'footnote';
export type Severity = 'high' | 'medium' | 'low';

/** One discrepancy between the two sides of a link, for a translator to check. */
export interface Flag {
  type: FlagType;
  severity: Severity;
  /** Plain English, naming both versions ("in the French version…"). */
  message: string;
  /** Span in the source text of the link (the concatenated source units for flagAlignment). */
  src?: TextSpan;
  /** Span in the target text of the link. */
  tgt?: TextSpan;
}

/** Human name of a language code, for messages. */
export function langName(lang: string): string {
  return lang === 'fr' ? 'French' : lang === 'en' ? 'English' : lang;
}
