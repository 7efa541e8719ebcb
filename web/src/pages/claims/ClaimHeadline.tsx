import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { ClaimDto } from '../../../../api/schemas/claims.ts';
import { entityPageUrl } from '../../api/claims.ts';
import { MetaList } from '../../components/MetaList.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { entityName } from '../../lib/entity-name.ts';
import { formatPercent } from '../../lib/format.ts';
import { ClaimStatusBadge, ModalityBadge, TypeBadge } from './Badges.tsx';
import { ValueText } from './ValueText.tsx';
import { useDocDate } from './DocDates.tsx';
import { formatTime, predicateLabel } from './format.ts';

type Ref = NonNullable<ClaimDto['subject']>;

/** An entity named in a claim, linked to its page. */
function EntityLink({ entity }: { entity: Ref }) {
  const { lang } = useI18n();
  return (
    <Link href={entityPageUrl(entity.id)} className="entity-link" data-entity-id={entity.id} title={entity.name}>
      {entityName(entity, lang)}
    </Link>
  );
}

const list = (refs: Ref[]): ReactNode =>
  refs.map((r, i) => (
    <span key={r.id}>
      {i > 0 && ', '}
      <EntityLink entity={r} />
    </span>
  ));

/**
 * The claim read as a sentence — subject · predicate · object or value — with its modality
 * (a proposal is not a fact), who says it, and when it applies; then the details in a list.
 */
export function ClaimHeadline({ claim }: { claim: ClaimDto }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const formatDocDate = useDocDate();
  const rows: Array<[string, ReactNode]> = [];
  if (claim.time)
    rows.push([
      t('trace.time'),
      <>
        <time dateTime={claim.time.from}>{formatTime(claim.time, i18n)}</time>
        {claim.time.text ? <span className="muted"> {t('trace.time.words', { text: claim.time.text })}</span> : claim.time.source === 'document' ? <span className="muted"> ({t('claims.time.fromDocument')})</span> : null}
      </>,
    ]);
  if (claim.place) rows.push([t('trace.place'), <EntityLink entity={claim.place} />]);
  if (claim.participants.length) rows.push([t('trace.participants'), list(claim.participants)]);
  if (claim.initiators.length) rows.push([t('trace.initiators'), list(claim.initiators)]);
  const docDate = formatDocDate(claim.documentDate, claim.citations[0]?.documentId);
  if (docDate) rows.push([t('trace.docDate'), <time dateTime={claim.documentDate ?? undefined}>{docDate}</time>]);
  rows.push([t('trace.confidence'), formatPercent(claim.confidence, locale)]);
  rows.push([t('trace.extractor'), `${claim.extractor.name} ${claim.extractor.version}`]);

  return (
    <header className="claim-head" data-testid="claim-head">
      <p className="breadcrumb">
        <Link href="/claims">← {t('trace.back')}</Link>
      </p>
      <p className="claim-badges">
        <TypeBadge type={claim.type} />
        <ModalityBadge modality={claim.modality} />
        <ClaimStatusBadge status={claim.status} />
      </p>
      <h1 className="claim-sentence">
        <EntityLink entity={claim.subject} />
        <span className="claim-sep" aria-hidden="true">
          {' · '}
        </span>
        <span className="claim-predicate"> {predicateLabel(claim.predicate, i18n)} </span>
        {(claim.object || claim.value) && (
          <>
            <span className="claim-sep" aria-hidden="true">
              {' · '}
            </span>
            {claim.object ? <EntityLink entity={claim.object} /> : claim.value ? <ValueText value={claim.value} /> : null}
          </>
        )}
      </h1>
      {(claim.attribution || claim.group) && (
        <p className="claim-context">
          {claim.attribution && (
            <span className="claim-attribution" data-testid="claim-attribution">
              {t('trace.accordingTo')} <EntityLink entity={claim.attribution} />
            </span>
          )}
          {claim.group && (
            <span className="claim-group">
              {t('trace.asPartOf')} <EntityLink entity={claim.group} />
            </span>
          )}
        </p>
      )}
      <MetaList rows={rows} className="doc-meta claim-meta" />
    </header>
  );
}
