import type { PairDto } from '../../../api/schemas/alignment.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Detected / confirmed / rejected, as a coloured label. */
export function PairStatusBadge({ status }: { status: PairDto['status'] }) {
  const { t } = useI18n();
  return <span className={`status-badge pair-status-${status}`}>{t(`pair.status.${status}`)}</span>;
}
