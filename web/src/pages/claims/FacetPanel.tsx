import type { ClaimFacets, FacetCount } from '../../../../api/schemas/claims.ts';
import type { ClaimFilterKey, ClaimFilters } from '../../api/claims.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatCount } from '../../lib/format.ts';
import { predicateLabel } from './format.ts';

/** Facet groups in the order shown, each with the filter it sets. */
const GROUPS: ReadonlyArray<{ facet: keyof ClaimFacets; filter: ClaimFilterKey }> = [
  { facet: 'type', filter: 'type' },
  { facet: 'predicate', filter: 'predicate' },
  { facet: 'status', filter: 'status' },
  { facet: 'lang', filter: 'lang' },
  { facet: 'document', filter: 'doc' },
  { facet: 'subject', filter: 'subject' },
];

interface Props {
  facets: ClaimFacets;
  filters: ClaimFilters;
  /** Sets (or, with undefined, clears) one filter. */
  onPick: (key: ClaimFilterKey, value: string | undefined) => void;
}

/**
 * Counts over the filtered claims, by facet. Each value is a toggle button: pressing it filters
 * on that value, pressing the active one again removes the filter.
 */
export function FacetPanel({ facets, filters, onPick }: Props) {
  const i18n = useI18n();
  const { t, tMaybe, locale } = i18n;
  const label = (facet: keyof ClaimFacets, f: FacetCount): string => {
    if (facet === 'type') return tMaybe(`claims.type.${f.value}`) ?? f.value;
    if (facet === 'predicate') return predicateLabel(f.value, i18n);
    if (facet === 'status') return tMaybe(`claims.status.${f.value}`) ?? f.value;
    if (facet === 'lang') return tMaybe(`lang.${f.value}`) ?? f.value;
    return f.label ?? f.value;
  };
  return (
    <aside className="facets" aria-labelledby="facets-title" data-testid="claim-facets">
      <h2 id="facets-title" className="facets-title">
        {t('claims.facets')}
      </h2>
      {GROUPS.map(({ facet, filter }) => {
        const values = facets[facet];
        const active = filters[filter];
        const headingId = `facet-${facet}`;
        return (
          <section key={facet} className="facet" aria-labelledby={headingId} data-facet={facet}>
            <h3 id={headingId}>{t(`claims.facet.${facet}`)}</h3>
            {values.length === 0 ? (
              <p className="muted facet-none">{t('claims.facet.none')}</p>
            ) : (
              <ul className="facet-list">
                {values.map((f) => {
                  const pressed = active === f.value;
                  // The API filters languages fr and en only; an undetermined one is a count, not a filter.
                  const usable = facet !== 'lang' || f.value === 'fr' || f.value === 'en';
                  return (
                    <li key={f.value}>
                      <button
                        type="button"
                        className="facet-button"
                        aria-pressed={pressed}
                        disabled={!usable}
                        data-value={f.value}
                        title={facet === 'subject' ? f.value : undefined}
                        onClick={() => onPick(filter, pressed ? undefined : f.value)}
                      >
                        <span className="facet-label">{label(facet, f)}</span>
                        <span className="facet-count">{formatCount(f.count, locale)}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </aside>
  );
}
