import type { ExtractionInput } from '../model.ts';
import { referenceDay } from './date-calendar.ts';
import { DATE_RULES, HAS_MONTH, HAS_WEEKDAY } from './date-patterns.ts';
import { resolve } from './date-resolve.ts';

/** A date or period found in a sentence: an inclusive ISO range; offsets relative to the string searched. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  from: string;
  to: string;
  precision: 'day' | 'month' | 'year' | 'range';
  /**
   * How the range relates to the words: "depuis 2022" (since: from 2022-01-01 to the document's
   * date), "avant 2022" (before: open start, written '0001-01-01', to 2021-12-31), "après 2022"
   * (after), "jusqu'en 2030" (until). Absent for a plain date or period.
   */
  relation?: 'since' | 'before' | 'after' | 'until';
  /** True when the document's date filled in what the words leave out (the year of "le 10 avril", the week of "mardi", the end of "depuis 2022"). */
  fromDocumentDate?: boolean;
}

/** The start of an open range ("avant 2022"). */
export { OPEN_START } from './date-calendar.ts';

/**
 * Every date in `text`; relative ones ("le 10 avril", "mardi", "depuis 2022") resolved from the
 * document's date and skipped when it has none. Bare years count only after a date cue
 * ("en 2024", "since 2022", "début 2025") or inside a date ("10 avril 2025"): "2025" alone,
 * "article 42.7" or "75 000" are never dates.
 */
export function findDates(text: string, lang: 'fr' | 'en', documentDate: ExtractionInput['documentDate']): DateMention[] {
  const ref = referenceDay(documentDate);
  const found: DateMention[] = [];
  const has = { digit: /\d/.test(text), month: HAS_MONTH[lang].test(text), weekday: HAS_WEEKDAY[lang].test(text), word: true };
  for (const rule of DATE_RULES[lang]) {
    if (!has[rule.needs]) continue;
    for (const m of text.matchAll(rule.re)) {
      const r = resolve(rule.kind, m.groups ?? {}, lang, ref);
      if (r) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...r });
    }
  }
  return longestFirst(found);
}

/** Keeps the longest of overlapping mentions ("le 10 avril 2025" over "2025"), in text order. */
function longestFirst(found: DateMention[]): DateMention[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMention[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
