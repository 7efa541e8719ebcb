import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatCount } from '../../lib/format.ts';

interface Props {
  offset: number;
  limit: number;
  shown: number;
  total: number;
  onOffset: (offset: number) => void;
}

/** "1–50 of 123" with previous/next buttons; nothing when everything fits on one page. */
export function Pager({ offset, limit, shown, total, onOffset }: Props) {
  const { t, locale } = useI18n();
  if (total <= limit && offset === 0) return null;
  const from = shown === 0 ? 0 : offset + 1;
  return (
    <nav className="pager" aria-label={t('claims.pagination')}>
      <button type="button" className="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        ← {t('claims.prev')}
      </button>
      <span className="pager-range">{t('claims.range', { from: formatCount(from, locale), to: formatCount(offset + shown, locale), total: formatCount(total, locale) })}</span>
      <button type="button" className="button" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
        {t('claims.next')} →
      </button>
    </nav>
  );
}
