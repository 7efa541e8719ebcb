import type { Approx } from '../model.ts';
import { findDates } from './dates.ts';
import { findApproxNumbers } from './number-approx.ts';
import { findDigitNumbers, GROUP_SPACE } from './number-digits.ts';
import { findWordNumbers } from './number-phrases.ts';
import { ADDRESS_NOUNS, QUALIFIERS, REFERENCE_CUES, type Lang } from './number-words.ts';

/**
 * What a number is: a `quantity` (a count or an amount: the only kind returned by default),
 * a `year` (a bare 1900–2100 four-digit number), part of a `date` ("10 avril 2025"), or a
 * `reference` (article, page, address, list marker: "article 42.7", "18 rue de Londres").
 */
export type NumberKind = 'quantity' | 'year' | 'date' | 'reference';

/** A number found in a sentence; offsets are relative to the string searched, `text` is the exact words. */
export interface NumberMention {
  start: number;
  end: number;
  /** The exact words, qualifier and unit included: "plus de 30", "1,5 milliard d'euros", "une trentaine". */
  text: string;
  amount: number;
  approx: Approx;
  /** Set when the words carry a unit: 'percent', 'EUR', 'USD', 'GBP'. */
  unit?: string;
  /** Always set by `findNumbers`; see `NumberKind`. */
  kind?: NumberKind;
}

export interface FindNumbersOptions {
  /** Also return years, date parts and references (default: quantities only). */
  all?: boolean;
}

interface Candidate {
  start: number;
  end: number;
  amount: number;
  approx: Approx;
  /** A bare digit string ("2025"), which may be a year. */
  plain: boolean;
  fromDigits: boolean;
}

/**
 * Every number in `text`, French or English, in digits ("75 000", "1,5"), words ("vingt-quatre",
 * "one hundred and five") or approximate nouns ("une trentaine", "dozens of"), with its qualifier
 * ("plus de", "at least"), multiplier ("milliard") and unit ("€", "%"). Ordinals ("première",
 * "1er", "twenty-first"), codes ("F-35", "A400M"), times, phone numbers and footnote markers glued
 * to words are skipped. Lone "un"/"une"/"a"/"one" are articles, never counts; a lone French
 * "neuf" counts only after a determiner or preposition ("les neuf pays", not "un char neuf").
 */
export function findNumbers(text: string, lang: 'fr' | 'en', options: FindNumbersOptions = {}): NumberMention[] {
  // Any document date will do: only the spans matter, to tell "10 avril" (a date) from "10 pays".
  const dates = /\d/.test(text) ? findDates(text, lang, { date: '2000-01-01', precision: 'day' }) : [];
  const phones = [...text.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length] as const);
  const candidates: Candidate[] = [
    ...findApproxNumbers(text, lang).map((n) => ({ ...n, plain: false, fromDigits: false })),
    ...findWordNumbers(text, lang).map((n) => ({ ...n, approx: 'exact' as const, plain: false, fromDigits: false })),
    ...findDigitNumbers(text, lang).map((n) => ({ ...n, approx: 'exact' as const, fromDigits: true })),
  ];
  const out: NumberMention[] = [];
  let lastEnd = 0;
  for (const c of nonOverlapping(candidates)) {
    if (c.start < lastEnd || phones.some(([a, b]) => c.start < b && a < c.end)) continue;
    const mention = c.fromDigits ? readDigitContext(text, lang, c) : finish(text, lang, c);
    // Fractions ("deux tiers", "three quarters") are shares and "deux fois" a factor, not counts.
    if (!mention || NOT_A_COUNT_AFTER.test(text.slice(c.end, c.end + 14))) continue;
    // A unit or multiplier already taken by the previous number ("12$quatre", "75,000 mille").
    if (mention.start < lastEnd) continue;
    lastEnd = mention.end;
    mention.kind = kindOf(text, c, mention, dates);
    if (options.all || mention.kind === 'quantity') out.push(mention);
  }
  return out;
}

const NOT_A_COUNT_AFTER = /^[\s\u00A0\u202F]+(?:tiers|quarts?|cinquièmes?|dixièmes?|fois|thirds?|quarters?|fifths?|tenths?|times)(?![\p{L}])/iu;

/** Telephone numbers ("+33 (0)1 44 58 97 97"): their pairs of digits are not quantities. */
const PHONE = /(?:\+\d{1,3}[ \u00A0]?)?(?:\(0\)[ \u00A0]?)?\d{1,2}(?:[ .\u00A0]\d{2}){3,}(?!\d)/gu;

function nonOverlapping(cs: Candidate[]): Candidate[] {
  const sorted = [...cs].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
  }
  return kept;
}

const MULTIPLIER: Record<Lang, Record<string, number>> = {
  fr: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, billion: 1e12, billions: 1e12 },
  en: { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12 },
};
const MULTIPLIER_AFTER: Record<Lang, RegExp> = {
  fr: new RegExp(`^(?:${GROUP_SPACE}*)(milliards?|millions?|mille|billions?|Mds?|Mrds?)(?![\\p{L}])`, 'iu'),
  en: new RegExp(`^(?:${GROUP_SPACE}*)(billions?|millions?|thousand|trillion|bn)(?![\\p{L}])`, 'iu'),
};
const UNIT_AFTER = new RegExp(
  `^${GROUP_SPACE}*(%|€|\\$|£|EUR(?![\\p{L}])|USD(?![\\p{L}])|GBP(?![\\p{L}])|pour${GROUP_SPACE}*cent(?![\\p{L}])|pourcents?(?![\\p{L}])|percent(?![\\p{L}])|per${GROUP_SPACE}cent(?![\\p{L}])|(?:d['’]|de${GROUP_SPACE}+)?(?:euros?|dollars?)(?![\\p{L}]))`,
  'iu',
);
/** Qualifiers compiled to match right before a number, most specific first. */
const QUALIFIER_BEFORE = {
  fr: QUALIFIERS.fr.map(([src, kind]) => [new RegExp(`(?<![\\p{L}])${src}$`, 'iu'), kind] as const),
  en: QUALIFIERS.en.map(([src, kind]) => [new RegExp(`(?<![\\p{L}])${src}$`, 'iu'), kind] as const),
};
const SHORT_MULTIPLIER = /^[ \u00A0\u202F]?([mMkK])(?![\p{L}])/u;
const UNIT_BEFORE = /(US\$|€|\$|£|EUR|USD|GBP)[ \u00A0\u202F]?$/u;

function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w === '%' || w.includes('cent')) return 'percent';
  if (w.includes('$') || w.includes('usd') || w.includes('dollar')) return 'USD';
  if (w.includes('£') || w.includes('gbp')) return 'GBP';
  return 'EUR';
}

/** Multiplier, unit and qualifier around a digit number; undefined when it is part of a code or an ordinal. */
function readDigitContext(text: string, lang: Lang, c: Candidate): NumberMention | undefined {
  const before = text.slice(Math.max(0, c.start - 2), c.start);
  const after = text.slice(c.end, c.end + 3);
  // Codes and ranges glued by hyphens or slashes ("F-35", "40104-LE", "24/7"), times ("10:30"), phone "+33", "(0)1".
  if (/[\p{L}\p{N}][-/]$/u.test(before) || /^[-/][\p{L}\p{N}]/u.test(after)) return undefined;
  if (/[:+)]$/u.test(before) || /^:\d/u.test(after) || /^\)/.test(after) && before.endsWith('(')) return undefined;
  // Footnote markers left by HTML (<sup>1</sup>); clock times ("14 h 30", "à 9 h").
  if (before.endsWith('>') && after.startsWith('<')) return undefined;
  if (/^[ \u00A0\u202F]?h(?:[ \u00A0\u202F]?\d{2})?(?![\p{L}\d])/u.test(text.slice(c.end, c.end + 6))) return undefined;
  if (/\d[ \u00A0\u202F]?h[ \u00A0\u202F]?$/u.test(text.slice(Math.max(0, c.start - 4), c.start))) return undefined;
  let end = c.end;
  let amount = c.amount;
  const mult = MULTIPLIER_AFTER[lang].exec(text.slice(end));
  const short = SHORT_MULTIPLIER.exec(text.slice(end));
  const money = UNIT_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start)) || /^[ \u00A0\u202F]?[mMkK][ \u00A0\u202F]?[€$£]/u.test(text.slice(end, end + 4));
  if (mult) {
    amount *= MULTIPLIER[lang][(mult[1] ?? '').toLowerCase()] ?? 1;
    end += mult[0].length;
  } else if (short && money) {
    // "$3m", "€250k", "8 M€": a bare m/k is a multiplier only next to a currency (else metres, kilo-).
    amount *= /m/i.test(short[1] ?? '') ? 1e6 : 1e3;
    end += short[0].length;
  } else if (/^\p{L}/u.test(text.slice(end, end + 1))) {
    // Glued letters: ordinals ("1er", "2e", "21st"), times ("10h"), codes ("5G"): not a quantity.
    return undefined;
  }
  return finish(text, lang, { ...c, end, amount });
}

/** Adds the unit after or the currency before, and the qualifier before. */
function finish(text: string, lang: Lang, c: Candidate): NumberMention {
  let { start, end } = c;
  let unit: string | undefined;
  const u = UNIT_AFTER.exec(text.slice(end));
  if (u && u[1]) {
    unit = unitOf(u[1]);
    end += u[0].length;
  } else {
    const p = UNIT_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
    if (p && p[1] && !/\p{L}/u.test(text[start - p[0].length - 1] ?? '')) {
      unit = unitOf(p[1]);
      start -= p[0].length;
    }
  }
  let approx = c.approx;
  const head = text.slice(Math.max(0, start - 40), start);
  for (const [re, kind] of QUALIFIER_BEFORE[lang]) {
    const q = re.exec(head);
    if (q) {
      approx = kind;
      start -= q[0].length;
      break;
    }
  }
  return { start, end, text: text.slice(start, end), amount: tidy(c.amount), approx, ...(unit ? { unit } : {}) };
}

/** Removes float noise from scaled decimals (3.2 × 10^9) without touching large integers. */
function tidy(a: number): number {
  const r = Math.round(a);
  return Math.abs(a - r) < 1e-9 * Math.max(1, Math.abs(a)) ? r : Number(a.toPrecision(15));
}

function kindOf(text: string, c: Candidate, m: NumberMention, dates: ReturnType<typeof findDates>): NumberKind {
  if (dates.some((d) => c.start < d.end && d.start < c.end)) return 'date';
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  if (REFERENCE_CUES.test(before) || ADDRESS_NOUNS.test(text.slice(c.end))) return 'reference';
  // A list or section marker at the start of a line: "1. Contribution", "## 2) Titre".
  if (/(?:^|\n)[#\s]*$/u.test(before) && /^[.)]\s/u.test(text.slice(c.end, c.end + 2))) return 'reference';
  // A section number opening a sentence or line: "8.1 Les membres…", "4.2.3 Scope", "(49) This Regulation…".
  if (/(?:^|\n)[#\s]*\(?$/u.test(before) && isSectionNumber(text.slice(c.start, c.end), text.slice(c.end))) return 'reference';
  // The last part of a dotted section number: the "3" of "4.2.3 Scope".
  if (/(?:^|\n)[#\s]*\d+(?:\.\d+)*\.$/u.test(before) && /^\s+[\p{Lu}«“"'‘(]/u.test(text.slice(c.end))) return 'reference';
  // A five-digit postal code before a town: "75009 Paris".
  if (c.plain && c.end - c.start === 5 && /^\s\p{Lu}/u.test(text.slice(c.end, c.end + 2))) return 'reference';
  if (c.plain && c.end - c.start === 4 && m.unit === undefined && m.amount === c.amount) {
    const y = c.amount;
    // A qualified bare number followed by a noun is a count ("au moins 2000 soldats"); otherwise a year.
    const qualifiedCount = m.approx !== 'exact' && /^\s+\p{Ll}/u.test(text.slice(c.end, c.end + 2));
    if (y >= 1900 && y <= 2100 && !qualifiedCount) return 'year';
  }
  return 'quantity';
}

/** "8.1" / "4.2.3" before a capitalised word, or "49" closed by ")": numbering, not an amount. */
function isSectionNumber(raw: string, after: string): boolean {
  if (/^\d+(?:\.\d+)+$/u.test(raw) && /^(?:\.\d+)*\.?\s+[\p{Lu}«“"'‘(]/u.test(after)) return true;
  return /^\d+$/u.test(raw) && /^\)\s/u.test(after);
}
