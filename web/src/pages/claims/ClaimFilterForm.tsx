import { useId } from 'react';
import type { DocumentSummary } from '../../../../api/schemas/documents.ts';
import { CLAIM_FILTER_KEYS, CLAIM_TYPES, PREDICATES_BY_TYPE, REVIEW_STATUSES, type ClaimFilterKey, type ClaimFilters } from '../../api/claims.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DateRangeFields } from '../../components/DateRangeFields.tsx';
import { DocumentOptions } from '../../components/DocumentOptions.tsx';
import { predicateLabel } from './format.ts';

interface Props {
  filters: ClaimFilters;
  documents: DocumentSummary[];
  /** Names for entity ids (from the facets), so the subject/object chips read as names. */
  entityNames: ReadonlyMap<string, string>;
  /** The new filters (the page goes back to the first page of results). */
  onChange: (next: ClaimFilters) => void;
}

/**
 * The filters as labelled controls (applied at once, as in the library). Subject and object
 * are set from facets, table cells or entity pages; they show here as removable chips.
 */
export function ClaimFilterForm({ filters, documents, entityNames, onChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const pick = (key: ClaimFilterKey, value: string | undefined) => onChange({ ...filters, [key]: value });
  const set = (key: ClaimFilterKey) => (e: { target: { value: string } }) => pick(key, e.target.value || undefined);
  const active = CLAIM_FILTER_KEYS.some((k) => filters[k]);
  const predicates = filters.type ? PREDICATES_BY_TYPE[filters.type] : Object.values(PREDICATES_BY_TYPE).flat();

  return (
    <form className="claim-filters" aria-label={t('claims.filters')} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="search-filters">
        <legend>{t('claims.filters')}</legend>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('claims.filter.type')}</label>
          <select
            id={`${id}-type`}
            value={filters.type ?? ''}
            onChange={(e) => {
              const type = CLAIM_TYPES.find((c) => c === e.target.value);
              // A predicate of another type would leave nothing to show.
              const keep = filters.predicate && (!type || PREDICATES_BY_TYPE[type].includes(filters.predicate));
              onChange({ ...filters, type, predicate: keep ? filters.predicate : undefined });
            }}
          >
            <option value="">{t('claims.filter.any')}</option>
            {CLAIM_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`claims.type.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-predicate`}>{t('claims.filter.predicate')}</label>
          <select id={`${id}-predicate`} value={filters.predicate ?? ''} onChange={set('predicate')}>
            <option value="">{t('claims.filter.any')}</option>
            {predicates.map((p) => (
              <option key={p} value={p}>
                {predicateLabel(p, i18n)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('claims.filter.status')}</label>
          <select id={`${id}-status`} value={filters.status ?? ''} onChange={set('status')}>
            <option value="">{t('claims.filter.any')}</option>
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`claims.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('claims.filter.lang')}</label>
          <select id={`${id}-lang`} value={filters.lang ?? ''} onChange={set('lang')}>
            <option value="">{t('claims.filter.any')}</option>
            <option value="fr">{t('lang.fr')}</option>
            <option value="en">{t('lang.en')}</option>
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-doc`}>{t('claims.filter.doc')}</label>
          <select id={`${id}-doc`} value={filters.doc ?? ''} onChange={set('doc')}>
            <option value="">{t('claims.filter.anyDoc')}</option>
            <DocumentOptions documents={documents} selected={filters.doc} />
          </select>
        </div>
        <DateRangeFields id={id} from={filters.from} to={filters.to} labels={{ from: t('claims.filter.from'), to: t('claims.filter.to') }} onChangeOf={set} />
        <button type="button" className="button-quiet" disabled={!active} onClick={() => onChange({})}>
          {t('claims.filter.reset')}
        </button>
      </fieldset>
      {(filters.subject || filters.object) && (
        <ul className="filter-chips">
          {(['subject', 'object'] as const).map((key) => {
            const v = filters[key];
            if (!v) return null;
            const label = t(`claims.filter.${key}`);
            const name = entityNames.get(v) ?? v;
            return (
              <li key={key}>
                <span className="filter-chip" data-filter={key}>
                  <span className="filter-chip-label">{t('claims.filter.chip', { label })}</span> {name}
                  <button type="button" className="filter-chip-remove" aria-label={t('claims.filter.remove', { label, value: name })} onClick={() => pick(key, undefined)}>
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </form>
  );
}
