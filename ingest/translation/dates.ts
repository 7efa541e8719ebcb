import { fold } from './text-utils.ts';

/** A calendar date found in text; missing parts are undefined ("mars 2025" has no day). */
export interface DateMention {
  year?: number;
  month: number;
  day?: number;
  /** Other plausible readings of an ambiguous numeric date ("05/06/2024" in English). */
  alternatives: { year?: number; month: number; day?: number }[];
  start: number;
  end: number;
  raw: string;
}

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11, december: 12,
};
const MONTH = `(janvier|janv|février|fevrier|févr|fevr|fév|mars|avril|avr|mai|juin|juillet|juil|août|aout|septembre|sept|octobre|oct|novembre|nov|décembre|decembre|déc|january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sep|october|november|december|dec)\\.?`;
const DAY = `(1er|1re|\\d{1,2})(?:st|nd|rd|th)?`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** English month names that are also ordinary words: only a capitalised form is a month. */
const WORDLIKE = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sept', 'oct', 'nov']);

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => { year?: number; month: number; day?: number } | undefined;
  monthGroup?: number;
  /** Only in these languages ("mars 25 pays" is not a date in French). */
  langs?: string[];
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number.parseInt(s, 10));
const month = (s: string | undefined): number | undefined => (s === undefined ? undefined : MONTHS[fold(s).replace('.', '')]);

const PATTERNS: Pattern[] = [
  { re: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'gu'), read: (m) => ({ year: num(m[1]), month: num(m[2]) ?? 0, day: num(m[3]) }) },
  { re: new RegExp(`${B}${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(\\d{4})${E}`, 'giu'), read: (m) => ymd(m[3], m[2], m[1]), monthGroup: 2 },
  { re: new RegExp(`${B}${MONTH}\\s+${DAY},?\\s+(\\d{4})${E}`, 'giu'), read: (m) => ymd(m[3], m[1], m[2]), monthGroup: 1 },
  { re: new RegExp(`${B}${MONTH}\\s+(\\d{4})${E}`, 'giu'), read: (m) => ymd(m[2], m[1], undefined), monthGroup: 1 },
  { re: new RegExp(`${B}${DAY}\\s+${MONTH}${E}`, 'giu'), read: (m) => ymd(undefined, m[2], m[1]), monthGroup: 2 },
  { re: new RegExp(`${B}${MONTH}\\s+${DAY}${E}`, 'giu'), read: (m) => ymd(undefined, m[1], m[2]), monthGroup: 1, langs: ['en'] },
];
const NUMERIC = new RegExp(`${B}(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})${E}`, 'gu');

function ymd(y: string | undefined, m: string | undefined, d: string | undefined): { year?: number; month: number; day?: number } | undefined {
  const mo = month(m);
  if (mo === undefined) return undefined;
  const day = d === undefined ? undefined : num(d.replace(/\D/g, ''));
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return { year: num(y), month: mo, day };
}

/**
 * Dates in French or English: "25 mai 2024", "25 May 2024", "May 25, 2024", "1er avril",
 * "MARS 2025", "2024-05-25", "25/05/2024" (day first in French; both readings in English).
 * Overlapping matches keep the longest.
 */
export function extractDates(text: string, lang: string): DateMention[] {
  const found: DateMention[] = [];
  for (const p of PATTERNS) {
    if (p.langs && !p.langs.includes(lang)) continue;
    for (const m of text.matchAll(p.re)) {
      if (p.monthGroup !== undefined) {
        const word = m[p.monthGroup] ?? '';
        if (WORDLIKE.has(fold(word).replace('.', '')) && !/^\p{Lu}/u.test(word)) continue;
      }
      const d = p.read(m as RegExpExecArray);
      if (!d || d.month < 1 || d.month > 12) continue;
      found.push({ ...d, alternatives: [], start: m.index, end: m.index + m[0].length, raw: m[0] });
    }
  }
  for (const m of text.matchAll(NUMERIC)) {
    const a = num(m[1]) ?? 0;
    const b = num(m[2]) ?? 0;
    const year = num(m[3]);
    const dayFirst = { year, month: b, day: a };
    const monthFirst = { year, month: a, day: b };
    const valid = (x: { month: number; day: number }) => x.month >= 1 && x.month <= 12 && x.day >= 1 && x.day <= 31;
    const readings = (lang === 'en' ? [monthFirst, dayFirst] : [dayFirst, monthFirst]).filter(valid);
    const [first, ...rest] = readings;
    if (!first) continue;
    found.push({ ...first, alternatives: lang === 'en' ? rest : [], start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: DateMention[] = [];
  for (const d of found) if (!out.some((o) => d.start < o.end && o.start < d.end)) out.push(d);
  return out.sort((x, y) => x.start - y.start);
}

/** True when two dates can be the same day: every part both give is equal. */
export function sameDate(a: DateMention, b: DateMention): boolean {
  const fit = (x: { year?: number; month: number; day?: number }, y: { year?: number; month: number; day?: number }) =>
    x.month === y.month && (x.year === undefined || y.year === undefined || x.year === y.year) && (x.day === undefined || y.day === undefined || x.day === y.day);
  return [a, ...a.alternatives].some((x) => [b, ...b.alternatives].some((y) => fit(x, y)));
}

/** Canonical key of a date for set comparison: "2024-05-25", "2025-03", "-04-10". */
export function dateKey(d: { year?: number; month: number; day?: number }): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.year ?? ''}-${p(d.month)}${d.day === undefined ? '' : `-${p(d.day)}`}`;
}
