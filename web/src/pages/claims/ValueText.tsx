import type { ClaimDto } from '../../../../api/schemas/claims.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatValue } from './format.ts';

/** A claim's value ("≈ 30 pays"); hovering shows the source's own words ("une trentaine", or a whole quote cut short). */
export function ValueText({ value }: { value: NonNullable<ClaimDto['value']> }) {
  const i18n = useI18n();
  const shown = formatValue(value, i18n);
  const original = value.kind === 'number' ? value.text : null;
  return (
    <span className={`claim-value claim-value-${value.kind}`} title={original ? i18n.t('claims.value.original', { text: original }) : value.text} data-amount={value.kind === 'number' ? value.amount : undefined}>
      {shown}
    </span>
  );
}
