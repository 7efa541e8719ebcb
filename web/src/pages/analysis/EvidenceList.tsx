import { entityName } from '../../lib/entity-name.ts';
import type { MembershipDto } from '../../../../api/schemas/analysis.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ModalityBadge } from '../claims/Badges.tsx';
import { CitationLine } from './ClaimSources.tsx';
import { whenText } from './when.ts';
import { Link } from 'wouter';

type Evidence = MembershipDto['undated'][number];

/** The membership claims behind a cell or an answer, each with its status, time and citations. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <ul className="an-evidence">
      {evidence.map((e) => (
        <li key={e.claimId} data-status={e.status}>
          <div className="an-evidence-head">
            <span className={`an-status an-status-${e.status}`}>{t(`membership.status.${e.status}`)}</span> <ModalityBadge modality={e.modality} />
            {e.group && <span className="muted"> {t('an.group', { group: entityName(e.group, i18n.lang) })}</span>}
            <span className="muted"> · {whenText(e.time, { documentDate: e.time?.source === 'document' ? e.time.from : null }, i18n)}</span>
          </div>
          {e.citations.map((c) => (
            <CitationLine key={`${c.documentId}:${c.start}`} citation={c} />
          ))}
          <Link href={`/claims/${e.claimId}`} className="an-trace-link">
            {t('an.trace')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
