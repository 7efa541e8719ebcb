import type { Claim, ClaimValue } from '../claims/model.ts';
import type { EffectiveTime } from './claim-time.ts';
import { ABOUT_TOLERANCE } from './tolerance.ts';

/** Why two claims conflict. The UI may translate the code; `message` gives both languages. */
export const REASON_CODES = [
  'value_changed',
  'value_mismatch',
  'status_asserted_vs_proposed',
  'status_proposed_then_asserted',
  'membership_in_vs_out',
  'membership_changed',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  fr: string;
  en: string;
}

const SIGN: Record<string, string> = { exact: '', about: '≈', at_least: '≥', more_than: '>', at_most: '≤', less_than: '<' };
/** "≈30 (« une trentaine »)": the figure compared, and the source's words. */
const valueText = (v: ClaimValue | undefined): string => {
  if (!v) return '—';
  if (v.kind === 'text') return `« ${v.text} »`;
  const n = `${SIGN[v.approx] ?? ''}${v.amount}`;
  return v.text === String(v.amount) ? n : `${n} (« ${v.text} »)`;
};
const when = (t: EffectiveTime | null): string => (t ? (t.from === t.to ? t.from : `${t.from}/${t.to}`) : '?');
const pct = Math.round(ABOUT_TOLERANCE * 100);
const MODALITY_FR: Record<Claim['modality'], string> = { asserted: 'affirmé', reported: 'rapporté', proposed: 'proposé', hypothetical: 'hypothétique' };
const MODALITY_EN: Record<Claim['modality'], string> = { asserted: 'stated', reported: 'reported', proposed: 'proposed', hypothetical: 'hypothetical' };

type Side = { claim: Claim; time: EffectiveTime | null };

/** Builds the human-readable reason in French and English. `a` is the earlier side. */
export function reasonFor(code: ReasonCode, a: Side, b: Side): Reason {
  const [va, vb, ta, tb] = [valueText(a.claim.value), valueText(b.claim.value), when(a.time), when(b.time)];
  const pa = a.claim.predicate;
  const pb = b.claim.predicate;
  switch (code) {
    case 'value_changed':
      return {
        code,
        fr: `La valeur évolue : ${va} (${ta}) puis ${vb} (${tb}) — périodes différentes, c'est un changement et non une contradiction.`,
        en: `The value changes: ${va} (${ta}) then ${vb} (${tb}) — different periods, so a change, not a contradiction.`,
      };
    case 'value_mismatch':
      return {
        code,
        fr: `Valeurs incompatibles pour la même période : ${va} (${ta}) contre ${vb} (${tb}), au-delà de la marge d'approximation (±${pct} %).`,
        en: `Incompatible values for the same period: ${va} (${ta}) vs ${vb} (${tb}), beyond the approximation margin (±${pct}%).`,
      };
    case 'status_asserted_vs_proposed': {
      const [asserted, proposed] = isTentative(a.claim) ? [b, a] : [a, b];
      return {
        code,
        fr: `Une source l'affirme comme un fait (${MODALITY_FR[asserted.claim.modality]}, ${when(asserted.time)}) ; une autre, à la même période, dit seulement que cela devrait l'être (${MODALITY_FR[proposed.claim.modality]}), donc que ce n'est pas encore le cas.`,
        en: `One source states it as a fact (${MODALITY_EN[asserted.claim.modality]}, ${when(asserted.time)}); another, in the same period, only says it should be so (${MODALITY_EN[proposed.claim.modality]}), implying it is not yet.`,
      };
    }
    case 'status_proposed_then_asserted':
      return {
        code,
        fr: `D'abord ${MODALITY_FR[a.claim.modality]} (${ta}), puis ${MODALITY_FR[b.claim.modality]} (${tb}) : un changement dans le temps.`,
        en: `First ${MODALITY_EN[a.claim.modality]} (${ta}), then ${MODALITY_EN[b.claim.modality]} (${tb}): a change over time.`,
      };
    case 'membership_in_vs_out':
      return {
        code,
        fr: `Appartenance incompatible pour la même période : ${pa} (${ta}) contre ${pb} (${tb}).`,
        en: `Incompatible membership for the same period: ${pa} (${ta}) vs ${pb} (${tb}).`,
      };
    case 'membership_changed':
      return {
        code,
        fr: `L'appartenance change : ${pa} (${ta}) puis ${pb} (${tb}).`,
        en: `Membership changes: ${pa} (${ta}) then ${pb} (${tb}).`,
      };
  }
}

/** Proposed or hypothetical: the text says it should or could be so, not that it is. */
export const isTentative = (c: Pick<Claim, 'modality'>): boolean => c.modality === 'proposed' || c.modality === 'hypothetical';
