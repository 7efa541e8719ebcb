import type { ClaimDto } from '../../../../api/schemas/claims.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** Small labels of a claim: its type, its modality (is it a fact?) and its review status. */

export function TypeBadge({ type }: { type: ClaimDto['type'] }) {
  const { t } = useI18n();
  return <span className={`claim-type claim-type-${type}`}>{t(`claims.type.${type}`)}</span>;
}

/** Anything but "asserted" is flagged: a proposal or hypothesis must not read as a fact. */
export function ModalityBadge({ modality }: { modality: ClaimDto['modality'] }) {
  const { t } = useI18n();
  return (
    <span className={`modality-badge modality-${modality}`} title={t(`claims.modality.${modality}.title`)} data-modality={modality}>
      {t(`claims.modality.${modality}`)}
    </span>
  );
}

export function ClaimStatusBadge({ status }: { status: ClaimDto['status'] }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge claim-status-${status}`} data-status={status}>
      {t(`claims.status.${status}`)}
    </span>
  );
}
