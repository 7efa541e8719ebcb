import type { ExtractionInput } from '../model.ts';

/** Calendar arithmetic on ISO dates (UTC, no time zones involved). */

export type DocumentDate = ExtractionInput['documentDate'];

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const isValidDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDayOf(y, m);
/** The start of an open range ("avant 2022"): earlier than any real date in the corpus. */
export const OPEN_START = '0001-01-01';
/** Years a bare four-digit number may stand for. */
export const isPlausibleYear = (y: number) => y >= 1900 && y <= 2100;

function parseIso(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

function addDays(s: string, days: number): string {
  const d = parseIso(s);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The day relative expressions are counted from. A document dated only to the month
 * (e.g. "mars 2025", stored as 2025-03-01) or to the year uses the first day of that period:
 * "mardi" then means the last Tuesday before that first day, the best the date allows.
 */
export function referenceDay(doc: DocumentDate): string | undefined {
  if (!doc || !/^\d{4}-\d{2}-\d{2}/.test(doc.date)) return undefined;
  const [y, m] = [doc.date.slice(0, 4), doc.date.slice(5, 7)];
  if (doc.precision === 'year') return `${y}-01-01`;
  if (doc.precision === 'month') return `${y}-${m}-01`;
  return doc.date.slice(0, 10);
}

/**
 * The year of a day or month written without one ("le 10 avril"): the document's year, unless
 * that puts the date more than six months after the document, then the year before (a January
 * article speaking of "le 18 décembre"). Announced events a few months ahead ("les 24 et 25
 * juin" in an April article) keep the document's year.
 */
export function inferYear(ref: string, month: number, day = 1): number {
  const y = Number(ref.slice(0, 4));
  const candidate = iso(y, month, Math.min(day, lastDayOf(y, month)));
  return candidate > addDays(ref, 183) ? y - 1 : y;
}

/** The most recent `weekday` (0 = Sunday) strictly before `ref`, or the next one after it. */
export function nearestWeekday(ref: string, weekday: number, direction: 'before' | 'after'): string {
  const refDay = parseIso(ref).getUTCDay();
  if (direction === 'before') return addDays(ref, -(((refDay - weekday + 7) % 7) || 7));
  return addDays(ref, ((weekday - refDay + 7) % 7) || 7);
}

/** Thirds of a year for "début/early", "mi-/mid", "fin/late". */
export const YEAR_PART: Record<'early' | 'mid' | 'late', readonly [number, number]> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
};
