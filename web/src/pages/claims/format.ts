import { entityName } from '../../lib/entity-name.ts';
import type { ClaimDto } from '../../../../api/schemas/claims.ts';
import type { I18n } from '../../i18n/I18nProvider.tsx';
import { formatPublished } from '../../lib/format.ts';

/** How claims read in the interface: values with their approximation, times, one-line summaries. */

type T = Pick<I18n, 't' | 'tMaybe' | 'locale'> & Partial<Pick<I18n, 'lang'>>;
type Value = NonNullable<ClaimDto['value']>;
type Time = NonNullable<ClaimDto['time']>;
type Approx = Extract<Value, { kind: 'number' }>['approx'];

/** Compact signs for the table: "≈ 30", "> 40"; an exact number has none. */
const APPROX_SIGN: Record<Approx, string> = { exact: '', about: '≈ ', at_least: '≥ ', more_than: '> ', at_most: '≤ ', less_than: '< ' };
/** ISO 4217 codes are shown as currencies; other units are words. */
const CURRENCY = /^[A-Z]{3}$/;

/** "≈ 30 pays", "> 40 soldiers", "1,5 Md €"; a text value as it is written. */
export function formatValue(value: Value, { tMaybe, locale }: T): string {
  if (value.kind === 'text') return value.text;
  const sign = APPROX_SIGN[value.approx];
  if (value.unit && CURRENCY.test(value.unit)) {
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency: value.unit, notation: value.amount >= 1e6 ? 'compact' : 'standard', maximumFractionDigits: 1 });
    return `${sign}${money.format(value.amount)}`;
  }
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value.amount);
  const unit = value.unit ? (tMaybe(`claims.unit.${value.unit}`) ?? value.unit.replace(/_/g, ' ')) : '';
  return `${sign}${n}${unit ? ` ${unit}` : ''}`;
}

/** Dates of a time reference at their precision; a range as "mars – avril 2025". */
export function formatTime(time: Time, { locale }: T): string {
  if (time.precision === 'range') {
    const a = isoUtc(time.from);
    const b = isoUtc(time.to);
    if (!a || !b) return `${time.from} – ${time.to}`;
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).formatRange(a, b);
  }
  return formatPublished(time.from, time.precision, locale) ?? time.from;
}

const isoUtc = (iso: string): Date | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
};

/** The predicate in words ("takes part in"); an unknown one as its code. */
export const predicateLabel = (predicate: string, { tMaybe }: T): string => tMaybe(`claims.pred.${predicate}`) ?? predicate.replace(/_/g, ' ');

/** What the claim says about its subject: the object's name or the value. */
export const objectText = (claim: Pick<ClaimDto, 'object' | 'value'>, i18n: T): string | null =>
  claim.object ? entityName(claim.object, i18n.lang ?? 'fr') : claim.value ? formatValue(claim.value, i18n) : null;

/** "Royaume-Uni · takes part in · EUMAM Ukraine" — for link labels and page titles. */
export function claimSummary(claim: Pick<ClaimDto, 'subject' | 'predicate' | 'object' | 'value'>, i18n: T): string {
  const obj = objectText(claim, i18n);
  return [entityName(claim.subject, i18n.lang ?? 'fr'), predicateLabel(claim.predicate, i18n), obj].filter(Boolean).join(' · ');
}

/**
 * Whether two claims of the same subject and predicate say the same thing: same object, or
 * the same value (numbers compared by amount, texts without case or accents). Claims with
 * neither (an event: "founded", "meeting") agree when the times they name overlap.
 */
export function sameValue(a: Pick<ClaimDto, 'object' | 'value' | 'time'>, b: Pick<ClaimDto, 'object' | 'value' | 'time'>): boolean {
  if (a.object || b.object) return a.object?.id === b.object?.id;
  if (!a.value && !b.value) return !a.time || !b.time || (a.time.from <= b.time.to && b.time.from <= a.time.to);
  if (!a.value || !b.value) return false;
  if (a.value.kind === 'number' && b.value.kind === 'number') return a.value.amount === b.value.amount && (a.value.unit ?? '') === (b.value.unit ?? '');
  if (a.value.kind === 'text' && b.value.kind === 'text') return fold(a.value.text) === fold(b.value.text);
  return false;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();
