import type { DateMention } from './dates.ts';
import { entitiesOf } from './entities.ts';
import { wordNumbers } from './number-words.ts';

export type NumberKind = 'number' | 'percent' | 'ordinal' | 'year' | 'code' | 'label';

/** A number (or a code made of digits) found in text, with its position. */
export interface NumberMention {
  kind: NumberKind;
  /** Plausible values: ambiguous separators ("1,500" in French) give two. Empty for codes and labels. */
  values: number[];
  /** Comparison key of codes and labels: "40104-LE-01-2025", "4.1.2". */
  key?: string;
  /** Written in words, approximate ("une vingtaine") or a word ordinal: satisfies the other side, never flagged itself. */
  soft: boolean;
  start: number;
  end: number;
  raw: string;
}

const SPACES = /[ \u00a0\u202f\u2009]/g;
/** Footnote calls, links and addresses are not figures a translator must carry over. */
const NOISE = /<sup>[^<]*<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const CODE = /(?<![\p{L}\p{N}])(?=[\p{Lu}\p{N}/.-]*\p{N})(?=[\p{Lu}\p{N}/.-]*\p{Lu})[\p{Lu}\p{N}]+(?:[-/.][\p{Lu}\p{N}]+)*(?![\p{L}\p{N}])/gu;
const LABEL = /(?<![\p{L}\p{N}.,])\d+(?:\.\d+){2,}(?![\p{N}]|[.,]\p{N})/gu;
const NUMBER = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*)(?!\p{N})/gu;
const PERCENT = /^\s?(?:%|pour\s?cent\b|per\s?cent\b|percent\b)/iu;
const ORDINAL = /^(?:er|re|ère|ème|eme|e|es|èmes|nd|st|rd|th)(?!\p{L})/u;
const SCALE = /^\s(millions?|milliards?|billions?|thousand|mille|trillions?)(?!\p{L})/iu;

/**
 * Numbers, percentages, ordinals ("1er", "1st"), years, section labels ("4.1.2") and codes
 * ("40104-LE-01-2025", "F-35") in `text`, plus numbers written in words. Digits inside the
 * given dates are left to the date check. `75 000`, `75,000` and `75.000` all read 75000.
 */
export function extractNumbers(text: string, lang: string, dates: DateMention[] = []): NumberMention[] {
  // Work on a masked copy so offsets stay those of `text` (UTF-16 units; masking keeps lengths).
  let masked = text;
  const mask = (start: number, end: number) => {
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  };
  for (const m of text.matchAll(NOISE)) mask(m.index, m.index + m[0].length);
  for (const d of dates) mask(d.start, d.end);
  const out: NumberMention[] = [];
  for (const m of [...masked.matchAll(CODE)]) {
    out.push({ kind: 'code', values: [], key: codeKey(m[0]), soft: false, start: m.index, end: m.index + m[0].length, raw: m[0] });
    mask(m.index, m.index + m[0].length);
  }
  for (const m of [...masked.matchAll(LABEL)]) {
    out.push({ kind: 'label', values: [], key: m[0], soft: false, start: m.index, end: m.index + m[0].length, raw: m[0] });
    mask(m.index, m.index + m[0].length);
  }
  for (const m of [...masked.matchAll(NUMBER)]) {
    let end = m.index + m[0].length;
    const after = masked.slice(end, end + 16);
    let values = readings(m[0], lang);
    if (values.length === 0) continue;
    let kind: NumberKind = /^\d{4}$/.test(m[0]) && (values[0] ?? 0) >= 1000 && (values[0] ?? 0) < 2200 ? 'year' : 'number';
    const pct = PERCENT.exec(after);
    const ord = ORDINAL.exec(after);
    const scale = SCALE.exec(after);
    if (pct) ((kind = 'percent'), (end += pct[0].length));
    else if (ord) ((kind = 'ordinal'), (end += ord[0].length));
    else if (scale) {
      const factor = scaleOf(scale[1] ?? '', lang);
      values = values.map((v) => round(v * factor));
      end += scale[0].length;
    }
    out.push({ kind, values, soft: false, start: m.index, end, raw: text.slice(m.index, end) });
    mask(m.index, end);
  }
  for (const w of wordNumbers(masked)) {
    const soft = w.approximate || w.ordinal || w.value < 11;
    out.push({ kind: w.ordinal ? 'ordinal' : 'number', values: [w.value], soft, start: w.start, end: w.end, raw: text.slice(w.start, w.end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

function scaleOf(word: string, lang: string): number {
  const w = word.toLowerCase();
  if (w.startsWith('thousand') || w === 'mille') return 1e3;
  if (w.startsWith('million')) return 1e6;
  if (w.startsWith('milliard')) return 1e9;
  if (w.startsWith('billion')) return lang === 'fr' ? 1e12 : 1e9;
  return 1e12;
}

/**
 * Values a digit string can mean. Groups of three after a single separator are ambiguous:
 * "1,500" is 1.5 in French and 1500 in English, "75.000" the other way round; both readings
 * are kept, the language's usual one first.
 */
export function readings(raw: string, lang: string): number[] {
  if (/[ \u00a0\u202f\u2009]/.test(raw)) {
    return [round(Number(raw.replace(SPACES, '').replace(',', '.')))];
  }
  const commas = (raw.match(/,/g) ?? []).length;
  const dots = (raw.match(/\./g) ?? []).length;
  const plain = (s: string) => round(Number(s));
  if (commas + dots === 0) return [plain(raw)];
  if (commas > 0 && dots > 0) {
    const dec = raw.lastIndexOf(',') > raw.lastIndexOf('.') ? ',' : '.';
    const other = dec === ',' ? /\./g : /,/g;
    return [plain(raw.replace(other, '').replace(dec, '.'))].filter(Number.isFinite);
  }
  const sep = commas > 0 ? ',' : '.';
  const count = commas + dots;
  const grouped = new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`).test(raw);
  const thousands = plain(raw.split(sep).join(''));
  const decimal = plain(raw.replace(sep, '.'));
  if (grouped && count > 1) return [thousands];
  if (!grouped) return count === 1 ? [decimal] : [];
  // One separator before three digits: the language decides which reading comes first.
  const decimalFirst = (sep === ',' && lang === 'fr') || (sep === '.' && lang === 'en');
  return decimalFirst ? [decimal, thousands] : [thousands, decimal];
}

/** Codes compare with their letter parts in one language: "UE-27" and "EU-27" are one key. */
function codeKey(raw: string): string {
  return raw
    .split(/[-/.]/)
    .map((p) => (/^\p{Lu}+$/u.test(p) ? (entitiesOf(p)[0]?.acronyms[0] ?? p) : p))
    .join('-');
}

/** True when two mentions can denote the same figure. */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  if (a.key !== undefined || b.key !== undefined) return a.key !== undefined && a.key === b.key;
  return a.values.some((v) => b.values.includes(v));
}
