import { inferYear, isPlausibleYear, isValidDay, iso, lastDayOf, nearestWeekday, OPEN_START, YEAR_PART } from './date-calendar.ts';
import type { DateRuleKind } from './date-patterns.ts';
import { monthOf, weekdayOf } from './date-words.ts';
import type { DateMention } from './dates.ts';

/** A matched date expression turned into its range (without its offsets). */
export type Resolved = Omit<DateMention, 'start' | 'end' | 'text'>;

/**
 * The inclusive range a rule's match stands for, given the day relative words count from
 * (`ref`, see `referenceDay`); undefined when the words are not a valid date or need a missing
 * document date.
 */
export function resolve(kind: DateRuleKind, g: Record<string, string | undefined>, lang: 'fr' | 'en', ref: string | undefined): Resolved | undefined {
  const y = g.y !== undefined ? Number(g.y) : undefined;
  if (y !== undefined && !isPlausibleYear(y)) return undefined;
  const cue = (g.cue ?? '').toLowerCase().replace(/\s+/g, ' ');
  switch (kind) {
    case 'day': {
      const month = g.mon !== undefined ? monthOf(g.mon, lang) : Number(g.m);
      if (month === undefined || (g.wd !== undefined && weekdayOf(g.wd, lang) === undefined)) return undefined;
      const day = /^\d+$/.test(g.d ?? '') ? Number(g.d) : 1; // "1er", "premier"
      const year = y ?? (ref ? inferYear(ref, month, day) : undefined);
      if (year === undefined || !isValidDay(year, month, day)) return undefined;
      const date = iso(year, month, day);
      return { from: date, to: date, precision: 'day', ...(y === undefined ? { fromDocumentDate: true } : {}) };
    }
    case 'numeric': {
      const [a, b] = [Number(g.a), Number(g.b)];
      // French writes day/month. English may be either: only an unambiguous order is read.
      const [day, month] = lang === 'fr' || (a > 12 && b <= 12) ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
      if (y === undefined || !isValidDay(y, month, day)) return undefined;
      const date = iso(y, month, day);
      return { from: date, to: date, precision: 'day' };
    }
    case 'dayRange': {
      const month = g.mon !== undefined ? monthOf(g.mon, lang) : undefined;
      const d1 = /^\d+$/.test(g.d1 ?? '') ? Number(g.d1) : 1;
      const d2 = Number(g.d2);
      if (month === undefined || d2 <= d1) return undefined;
      const year = y ?? (ref ? inferYear(ref, month, d1) : undefined);
      if (year === undefined || !isValidDay(year, month, d1) || !isValidDay(year, month, d2)) return undefined;
      return { from: iso(year, month, d1), to: iso(year, month, d2), precision: 'range', ...(y === undefined ? { fromDocumentDate: true } : {}) };
    }
    case 'relativeYear': {
      if (!ref) return undefined;
      const rel = (g.rel ?? '').toLowerCase();
      const offset = /dernier|dernière|passé|last/.test(rel) ? -1 : /prochain|next/.test(rel) ? 1 : 0;
      const year = Number(ref.slice(0, 4)) + offset;
      return { from: iso(year, 1, 1), to: iso(year, 12, 31), precision: 'year', fromDocumentDate: true };
    }
    case 'season': {
      const months = SEASONS[(g.season ?? '').toLowerCase()];
      if (y === undefined || !months) return undefined;
      return { from: iso(y, months[0], 1), to: iso(y, months[1], lastDayOf(y, months[1])), precision: 'range' };
    }
    case 'half':
    case 'quarter': {
      const n = ordinalOf(g.nth ?? '', kind === 'half' ? 2 : 4);
      if (y === undefined || n === undefined) return undefined;
      const span = kind === 'half' ? 6 : 3;
      const [a, b] = [(n - 1) * span + 1, n * span];
      return { from: iso(y, a, 1), to: iso(y, b, lastDayOf(y, b)), precision: 'range' };
    }
    case 'month': {
      const month = g.mon !== undefined ? monthOf(g.mon, lang) : undefined;
      if (month === undefined) return undefined;
      const year = y ?? (ref ? inferYear(ref, month) : undefined);
      if (year === undefined) return undefined;
      const from = iso(year, month, 1);
      const inferred = y === undefined ? { fromDocumentDate: true } : {};
      if (['depuis', 'dès', 'since', 'from'].includes(cue)) return since(from, ref) ?? { from, to: iso(year, month, lastDayOf(year, month)), precision: 'month', ...inferred };
      return { from, to: iso(year, month, lastDayOf(year, month)), precision: 'month', ...inferred };
    }
    case 'early':
    case 'mid':
    case 'late': {
      if (y === undefined) return undefined;
      const [a, b] = YEAR_PART[kind];
      return { from: iso(y, a, 1), to: iso(y, b, lastDayOf(y, b)), precision: 'range' };
    }
    case 'year':
      return y === undefined ? undefined : { from: iso(y, 1, 1), to: iso(y, 12, 31), precision: 'year' };
    case 'since':
      return y === undefined ? undefined : since(iso(y, 1, 1), ref);
    case 'before':
      return y === undefined ? undefined : { from: OPEN_START, to: iso(y - 1, 12, 31), precision: 'range', relation: 'before' };
    case 'after': {
      if (y === undefined) return undefined;
      const from = iso(y + 1, 1, 1);
      return ref && ref > from
        ? { from, to: ref, precision: 'range', relation: 'after', fromDocumentDate: true }
        : { from, to: iso(y + 1, 12, 31), precision: 'range', relation: 'after' };
    }
    case 'until': {
      if (y === undefined) return undefined;
      const to = iso(y, 12, 31);
      return ref && ref <= to
        ? { from: ref, to, precision: 'range', relation: 'until', fromDocumentDate: true }
        : { from: iso(y, 1, 1), to, precision: 'range', relation: 'until' };
    }
    case 'between': {
      const y1 = Number(g.y1 ?? g.y1b);
      const y2 = Number(g.y2);
      if (!isPlausibleYear(y1) || !isPlausibleYear(y2) || y2 < y1) return undefined;
      return { from: iso(y1, 1, 1), to: iso(y2, 12, 31), precision: 'range' };
    }
    case 'weekday': {
      const wd = g.wd !== undefined ? weekdayOf(g.wd, lang) : undefined;
      if (wd === undefined || !ref) return undefined;
      const rel = (g.rel ?? '').toLowerCase();
      const date = nearestWeekday(ref, wd, rel === 'prochain' || rel === 'next' ? 'after' : 'before');
      return { from: date, to: date, precision: 'day', fromDocumentDate: true };
    }
  }
}

/** Meteorological seasons; winter is left out (it straddles two years and usage varies). */
const SEASONS: Record<string, readonly [number, number]> = {
  printemps: [3, 5], spring: [3, 5], été: [6, 8], summer: [6, 8], automne: [9, 11], autumn: [9, 11], fall: [9, 11],
};

/** 1-based position from "premier"/"2e"/"third"/"Q3"/"H2"/"dernier" (= the last of `count`). */
function ordinalOf(word: string, count: number): number | undefined {
  const w = word.toLowerCase();
  const digit = /\d/.exec(w);
  if (digit) return Number(digit[0]) <= count ? Number(digit[0]) : undefined;
  const n = ({ premier: 1, first: 1, second: 2, deuxième: 2, troisième: 3, third: 3, quatrième: 4, fourth: 4 } as Record<string, number>)[w];
  if (w === 'dernier' || w === 'last') return count;
  return n !== undefined && n <= count ? n : undefined;
}

/** "depuis 2022": from then to the document's date; unknown (undefined) without a document date. */
function since(from: string, ref: string | undefined): Resolved | undefined {
  if (!ref) return undefined;
  return { from, to: ref >= from ? ref : from, precision: 'range', relation: 'since', fromDocumentDate: true };
}
