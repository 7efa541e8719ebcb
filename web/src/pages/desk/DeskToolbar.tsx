import type { PairDto } from '../../../../api/schemas/alignment.ts';
import { LangBadge } from '../../components/LangBadge.tsx';
import { ReviewerField } from '../../components/ReviewerField.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { DeskFilters, Side } from '../../lib/desk.ts';
import { formatCount, pluralOf } from '../../lib/format.ts';

interface Props {
  pair: PairDto;
  sides: { left: Side; right: Side };
  reviewerId: string;
  reviewer: { name: string; missing: boolean; setName: (n: string) => void };
  filters: DeskFilters;
  onFilters: (f: DeskFilters) => void;
  shown: number;
  total: number;
  onHelp: () => void;
  busy: boolean;
}

/** Sticky bar over the rows: reviewer name, filters, count, help, and the column languages. */
export function DeskToolbar({ pair, sides, reviewerId, reviewer, filters, onFilters, shown, total, onHelp, busy }: Props) {
  const { t, locale } = useI18n();
  const check = (key: keyof DeskFilters) => ({
    checked: filters[key],
    onChange: (e: { target: { checked: boolean } }) => onFilters({ ...filters, [key]: e.target.checked }),
  });
  return (
    <div className="desk-toolbar">
      <div className="desk-toolbar-row">
        <ReviewerField id={reviewerId} value={reviewer.name} missing={reviewer.missing} onChange={reviewer.setName} compact />
        <fieldset className="desk-filters">
          <legend className="visually-hidden">{t('filters.legend')}</legend>
          <label className="check">
            <input type="checkbox" {...check('flagged')} /> {t('desk.onlyFlagged')}
          </label>
          <label className="check">
            <input type="checkbox" {...check('unconfirmed')} /> {t('desk.onlyUnconfirmed')}
          </label>
        </fieldset>
        <p className="desk-count" role="status" data-testid="desk-count">
          {t(`desk.shown.${pluralOf(shown, locale)}`, { shown: formatCount(shown, locale), total: formatCount(total, locale) })}
        </p>
        {busy && (
          <span className="desk-busy" aria-hidden="true">
            {t('desk.saving')}
          </span>
        )}
        <button type="button" className="button-quiet" onClick={onHelp} aria-keyshortcuts="?">
          <kbd aria-hidden="true">?</kbd> {t('keys.title')}
        </button>
      </div>
      <div className="desk-columns" aria-hidden="true">
        <span />
        {[sides.left, sides.right].map((side) => (
          <span key={side}>
            <LangBadge lang={pair[side].lang} /> {t(`lang.${pair[side].lang}`)}
          </span>
        ))}
      </div>
    </div>
  );
}
