import type { Lang } from './number-words.ts';

/** A number written in digits; offsets into the searched string. */
export interface DigitNumber {
  start: number;
  end: number;
  amount: number;
  /** True for a plain run of digits with no separator or decimals ("2025", not "2 025" nor "20.25"). */
  plain: boolean;
}

/** Every space that may separate thousands: ordinary, no-break (U+00A0), narrow no-break (U+202F), thin, figure. */
export const GROUP_SPACE = '[ \\u00A0\\u202F\\u2009\\u2007]';

/**
 * Thousands and decimal conventions. French: "75 000", "75.000", decimals "1,5"; a comma
 * before exactly three digits ("75,000", found in quoted English figures) is read as thousands
 * unless the integer part is 0 ("0,125"). English: "75,000", "75 000", decimals "1.5"; a single
 * dot group ("75.000") is a decimal, several ("1.000.000") are thousands.
 */
const PATTERNS: Record<Lang, RegExp> = {
  fr: new RegExp(
    [
      `\\d{1,3}(?:${GROUP_SPACE}\\d{3})+(?:,\\d+)?(?![\\d])`,
      `\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\d]|[.,]\\d)`,
      `[1-9]\\d{0,2}(?:,\\d{3})+(?![\\d]|[.,]\\d)`,
      `\\d+(?:[,.]\\d+)?`,
    ].join('|'),
    'gu',
  ),
  en: new RegExp(
    [
      `\\d{1,3}(?:${GROUP_SPACE}\\d{3})+(?:\\.\\d+)?(?![\\d])`,
      `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d]|[.,]\\d)`,
      `\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d]|[.,]\\d)`,
      `\\d+(?:\\.\\d+)?`,
    ].join('|'),
    'gu',
  ),
};

/** Every number written in digits, with its French or English separators read. */
export function findDigitNumbers(text: string, lang: Lang): DigitNumber[] {
  const out: DigitNumber[] = [];
  const re = PATTERNS[lang];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    const before = text[start - 1] ?? '';
    // Inside a longer token: "A400M", "F-35" is handled by the caller; here digits glued to digits/letters.
    if (/[\p{L}\p{N}_]/u.test(before)) continue;
    out.push({ start, end: start + m[0].length, amount: readDigits(m[0], lang), plain: /^\d+$/.test(m[0]) });
  }
  return out;
}

/** The value of one matched digit string (see `PATTERNS` for the conventions). */
function readDigits(s: string, lang: Lang): number {
  const compact = s.replace(/[ \u00A0\u202F\u2009\u2007]/g, '');
  if (lang === 'fr') {
    if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'));
    if (/^[1-9]\d{0,2}(?:,\d{3})+$/.test(compact)) return Number(compact.replace(/,/g, ''));
    return Number(compact.replace(',', '.'));
  }
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(compact)) return Number(compact.replace(/\./g, ''));
  return Number(compact.replace(/,/g, ''));
}
