import type { ExtractionInput } from '../model.ts';

/** A date or period found in a sentence: an inclusive ISO range; offsets relative to the string searched. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  from: string;
  to: string;
  precision: 'day' | 'month' | 'year' | 'range';
}

/** STUB (being written): every date in `text`; relative ones ("le 10 avril", "mardi") resolved from the document's date. */
export function findDates(_text: string, _lang: 'fr' | 'en', _documentDate: ExtractionInput['documentDate']): DateMention[] {
  return [];
}
