import type { Lang } from './number-words.ts';

/** Month names (1-based month) and weekday names (0 = Sunday, as `Date#getUTCDay`). */
const MONTHS: Record<Lang, Record<string, number>> = {
  fr: {
    janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
    août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  },
  en: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
    september: 9, october: 10, november: 11, december: 12,
  },
};

const WEEKDAYS: Record<Lang, Record<string, number>> = {
  fr: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  en: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
};

export const monthSource = (lang: Lang) => Object.keys(MONTHS[lang]).join('|');
export const weekdaySource = (lang: Lang) => Object.keys(WEEKDAYS[lang]).join('|');

/**
 * The month a name stands for, or undefined. English names must be capitalised ("March", "MAY"):
 * lower-case "may" and "march" are verbs.
 */
export function monthOf(name: string, lang: Lang): number | undefined {
  if (lang === 'en' && !/^\p{Lu}/u.test(name)) return undefined;
  return MONTHS[lang][name.toLowerCase()];
}

export function weekdayOf(name: string, lang: Lang): number | undefined {
  if (lang === 'en' && !/^\p{Lu}/u.test(name)) return undefined;
  return WEEKDAYS[lang][name.toLowerCase()];
}
