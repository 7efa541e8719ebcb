import { entityName } from '../../lib/entity-name.ts';
import type { ConflictDto } from '../../../../api/schemas/analysis.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ModalityBadge } from '../claims/Badges.tsx';
import { claimSummary } from '../claims/format.ts';
import { ClaimSources } from './ClaimSources.tsx';
import { whenText } from './when.ts';

/** One change or contradiction: why, and both claims side by side with their citations. */
export function ConflictCard({ conflict }: { conflict: ConflictDto }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const side = (s: ConflictDto['a'], label: string) => (
    <div className="an-conflict-side" data-claim={s.claim.id}>
      <h4>{label}</h4>
      <p>
        <strong>{claimSummary(s.claim, i18n)}</strong> <ModalityBadge modality={s.claim.modality} />
        {s.claim.attribution && <span className="muted"> · {t('an.attribution', { who: s.claim.attribution.name })}</span>}
      </p>
      <p className="muted">{whenText(s.time, s.claim, i18n)}</p>
      <ClaimSources claim={s.claim} />
    </div>
  );
  return (
    <article className={`card an-conflict an-conflict-${conflict.kind}`} data-kind={conflict.kind} data-reason={conflict.reason.code} data-testid="conflict">
      <header className="an-conflict-head">
        <span className={`an-kind an-kind-${conflict.kind}`}>{t(`conflicts.kind.${conflict.kind}`)}</span>
        <h3>{entityName(conflict.a.claim.subject, i18n.lang)}</h3>
      </header>
      <p className="an-reason">{conflict.reason[lang]}</p>
      <div className="an-conflict-sides">
        {side(conflict.a, t('conflicts.earlier'))}
        {side(conflict.b, t('conflicts.later'))}
      </div>
    </article>
  );
}
