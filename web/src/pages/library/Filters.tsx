import { useId } from 'react';
import type { DocumentFilters } from '../../api/client.ts';
import { DateRangeFields } from '../../components/DateRangeFields.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface Props {
  filters: DocumentFilters;
  kinds: string[];
  onChange: (next: DocumentFilters) => void;
}

/** Language, kind and date-range filters; every change applies at once. */
export function Filters({ filters, kinds, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const set = (key: keyof DocumentFilters) => (e: { target: { value: string } }) => onChange({ ...filters, [key]: e.target.value || undefined });
  const options = filters.kind && !kinds.includes(filters.kind) ? [...kinds, filters.kind] : kinds;
  const active = Object.values(filters).some(Boolean);

  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('filters.legend')}</legend>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('filters.lang')}</label>
          <select id={`${id}-lang`} value={filters.lang ?? ''} onChange={set('lang')}>
            <option value="">{t('filters.any')}</option>
            <option value="fr">{t('lang.fr')}</option>
            <option value="en">{t('lang.en')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('filters.kind')}</label>
          <select id={`${id}-kind`} value={filters.kind ?? ''} onChange={set('kind')}>
            <option value="">{t('filters.any')}</option>
            {options.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <DateRangeFields id={id} from={filters.from} to={filters.to} labels={{ from: t('filters.from'), to: t('filters.to') }} onChangeOf={set} />
        <button type="button" className="button-quiet" disabled={!active} onClick={() => onChange({})}>
          {t('filters.reset')}
        </button>
      </fieldset>
    </form>
  );
}
