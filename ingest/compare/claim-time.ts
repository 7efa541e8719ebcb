import type { Claim, TimeRef } from '../claims/model.ts';

/**
 * The time a claim is placed at: the time the text gives, else the document's date.
 * `source` says which one was used, so the UI can show both.
 */
export interface EffectiveTime {
  from: string;
  to: string;
  precision: TimeRef['precision'];
  text?: string | undefined;
  source: 'text' | 'document';
}

/**
 * Two periods this close still describe the same state of affairs: sources lag the events
 * they report by days (a Monday article about "mardi"), so a week apart is the same period.
 */
export const SAME_PERIOD_SLACK_DAYS = 7;

const DAY_MS = 86_400_000;

/** The claim's time, or the document date as a one-day period, or null when neither exists. */
export function effectiveTime(c: Pick<Claim, 'time' | 'documentDate'>): EffectiveTime | null {
  if (c.time) return { from: c.time.from, to: c.time.to, precision: c.time.precision, text: c.time.text, source: c.time.source };
  if (c.documentDate) return { from: c.documentDate, to: c.documentDate, precision: 'day', source: 'document' };
  return null;
}

const dayNumber = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** Do the two periods overlap (with the slack above)? */
export function samePeriod(a: EffectiveTime, b: EffectiveTime): boolean {
  return dayNumber(a.from) <= dayNumber(b.to) + SAME_PERIOD_SLACK_DAYS && dayNumber(b.from) <= dayNumber(a.to) + SAME_PERIOD_SLACK_DAYS;
}

/** Does the period include the day `iso`? */
export function covers(t: EffectiveTime, iso: string): boolean {
  const d = dayNumber(iso);
  return dayNumber(t.from) <= d && d <= dayNumber(t.to);
}

/** Chronological order: by start, then by end. */
export function compareTimes(a: EffectiveTime | null, b: EffectiveTime | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.from.localeCompare(b.from) || a.to.localeCompare(b.to);
}
