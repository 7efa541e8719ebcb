/** Date, size and number formatting for the interface language. Pure: no DOM access. */

export type DatePrecision = 'day' | 'month' | 'year';

/**
 * Formats an ISO date at the precision it was known to: "mars 2025" / "March 2025" for month
 * precision (stored as the 1st), "2025" for a year, a full date otherwise. UTC avoids a
 * time-zone shift moving "2025-03-01" to 28 February.
 */
export function formatPublished(iso: string | null, precision: DatePrecision | null, locale: string): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

/** "1,2 Mo" / "1.2 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i === 0 ? 0 : 1 }).format(value);
}

/** 0.42 → "42 %" / "42%". */
export const formatPercent = (fraction: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.min(1, Math.max(0, fraction)));

/** Thousands separators for counts. */
export const formatCount = (n: number, locale: string): string => new Intl.NumberFormat(locale).format(n);

/** "12/05/2025 14:03" / "12/05/2025, 14:03"; the raw string when it is not a date. */
export function formatDateTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(d);
}

/** Which plural form a count takes: in French 0 and 1 are singular, in English only 1. */
export const pluralOf = (n: number, locale: string): 'one' | 'other' => (new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other');
