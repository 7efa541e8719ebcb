import { sameDate, type DateMention } from './dates.ts';
import { sameNumber, type NumberMention } from './numbers.ts';
import { langName, type Flag, type Severity } from './types.ts';

/** Which side a mention comes from, with the language names used in messages. */
export interface Sides {
  srcLang: string;
  tgtLang: string;
}

const q = (s: string) => `“${s.replace(/\s+/g, ' ').trim()}”`;

/**
 * Number flags for one link: every hard figure of one side must find an equal figure on the
 * other (soft ones, numbers in words below 11 and approximations, can answer but are never
 * reported). Leftovers of the same family pair up as "differs"; the rest are "missing".
 */
export function compareNumbers(src: NumberMention[], tgt: NumberMention[], sides: Sides): Flag[] {
  const { left: us, right: ut } = unmatched(src, tgt, sameNumber, (m) => m.soft);
  // A year or number that is a part of a code on the other side ("2025" in "40104-LE-01-2025") is there.
  const inCode = (m: NumberMention, other: NumberMention[]) => other.some((o) => o.kind === 'code' && o.key?.split('-').includes(m.raw.trim()));
  const s = us.filter((m) => !m.soft && !inCode(m, tgt));
  const t = ut.filter((m) => !m.soft && !inCode(m, src));
  const flags: Flag[] = [];
  for (const a of [...s]) {
    const j = t.findIndex((b) => family(a) === family(b));
    if (j < 0) continue;
    const b = t.splice(j, 1)[0]!;
    s.splice(s.indexOf(a), 1);
    flags.push({
      type: 'number',
      severity: 'high',
      message: `Figures differ: ${q(a.raw)} in the ${langName(sides.srcLang)} version, ${q(b.raw)} in the ${langName(sides.tgtLang)} version.`,
      src: { start: a.start, end: a.end },
      tgt: { start: b.start, end: b.end },
    });
  }
  for (const a of s) flags.push(missing('number', a, tgt, sameNumber, sides, 'src', numberSeverity(a)));
  for (const b of t) flags.push(missing('number', b, src, sameNumber, sides, 'tgt', numberSeverity(b)));
  return flags;
}

/** Date flags: same day/month/year on both sides; leftovers on both sides pair up as "differs", the rest are "missing". */
export function compareDates(src: DateMention[], tgt: DateMention[], sides: Sides): Flag[] {
  const { left: s, right: t } = unmatched(src, tgt, sameDate, () => false);
  const flags: Flag[] = [];
  for (const a of [...s]) {
    // Prefer a date sharing the month or year; otherwise the next leftover one (text order).
    const near = t.findIndex((b) => b.month === a.month || (a.year !== undefined && b.year === a.year));
    const j = near >= 0 ? near : t.length > 0 ? 0 : -1;
    if (j < 0) continue;
    const b = t.splice(j, 1)[0]!;
    s.splice(s.indexOf(a), 1);
    flags.push({
      type: 'date',
      severity: 'high',
      message: `Dates differ: ${q(a.raw)} in the ${langName(sides.srcLang)} version, ${q(b.raw)} in the ${langName(sides.tgtLang)} version.`,
      src: { start: a.start, end: a.end },
      tgt: { start: b.start, end: b.end },
    });
  }
  for (const a of s) flags.push(missing('date', a, tgt, sameDate, sides, 'src', a.day !== undefined ? 'high' : 'medium'));
  for (const b of t) flags.push(missing('date', b, src, sameDate, sides, 'tgt', b.day !== undefined ? 'high' : 'medium'));
  return flags;
}

/** Greedy one-to-one matching in text order; soft items only answer what hard items left. */
function unmatched<T>(a: T[], b: T[], same: (x: T, y: T) => boolean, soft: (x: T) => boolean): { left: T[]; right: T[] } {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const pass of [false, true]) {
    a.forEach((x, i) => {
      if (usedA.has(i)) return;
      const j = b.findIndex((y, k) => !usedB.has(k) && (pass || (!soft(x) && !soft(y))) && same(x, y));
      if (j >= 0) (usedA.add(i), usedB.add(j));
    });
  }
  return { left: a.filter((_, i) => !usedA.has(i)), right: b.filter((_, k) => !usedB.has(k)) };
}

function family(m: NumberMention): string {
  if (m.kind === 'code' || m.kind === 'label') return 'id';
  // Long bare numbers are identifiers too (project numbers, references).
  if (m.kind === 'number' && /^\d{5,}$/.test(m.raw)) return 'id';
  return m.kind === 'year' || m.kind === 'number' ? 'number' : m.kind;
}

function numberSeverity(m: NumberMention): Severity {
  if (m.kind !== 'number' || m.raw.match(/[.,]\d/) || (m.values[0] ?? 0) >= 100) return 'high';
  return 'medium';
}

function missing<T extends { raw: string; start: number; end: number }>(
  type: 'number' | 'date',
  m: T,
  other: T[],
  same: (x: T, y: T) => boolean,
  sides: Sides,
  side: 'src' | 'tgt',
  severity: Severity,
): Flag {
  const [here, there] = side === 'src' ? [sides.srcLang, sides.tgtLang] : [sides.tgtLang, sides.srcLang];
  const span = { start: m.start, end: m.end };
  const what = type === 'date' ? 'date' : 'figure';
  // The value is there, only fewer times: the translator may have written "it" or "that year".
  if (other.some((o) => same(m, o))) {
    return { type, severity: 'low', message: `The ${what} ${q(m.raw)} occurs more often in the ${langName(here)} version than in the ${langName(there)} version.`, [side]: span };
  }
  return { type, severity, message: `The ${what} ${q(m.raw)} in the ${langName(here)} version is missing from the ${langName(there)} version.`, [side]: span };
}
