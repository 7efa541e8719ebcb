import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { EntityDetailDto } from '../../../api/schemas/claims.ts';
import { CLAIM_TYPES, claimsPageUrl, entityPageUrl } from '../api/claims.ts';
import { LangBadge } from '../components/LangBadge.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { formatCount } from '../lib/format.ts';
import { ClaimStatusBadge, ModalityBadge } from './claims/Badges.tsx';
import { LibraryDocumentsProvider, useDocDate } from './claims/DocDates.tsx';
import { LoadFailed } from './claims/LoadFailed.tsx';
import { MetaList } from '../components/MetaList.tsx';
import { claimSummary } from './claims/format.ts';
import { useEntity } from './claims/useEntities.ts';

/** /entities/:id — an entity's names in both languages, its members, and its claims by type. */
export function EntityPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const state = useEntity(id);
  const name = state.status === 'ready' ? state.data.names[lang] : null;
  usePageTitle(name ?? t('entities.title'));

  if (state.status === 'loading' || state.status === 'idle') return <p className="page muted" aria-busy="true">{t('entity.loading')}</p>;
  if (state.status === 'error') return <LoadFailed error={state.error} notFound={t('entity.notFound')} backHref="/entities" backLabel={t('entity.back')} />;
  return (
    <LibraryDocumentsProvider>
      <EntityView entity={state.data} />
    </LibraryDocumentsProvider>
  );
}

function EntityView({ entity }: { entity: EntityDetailDto }) {
  const i18n = useI18n();
  const { t, lang, locale } = i18n;
  const formatDocDate = useDocDate();
  const rows: Array<[string, ReactNode]> = [
    [
      t('entity.names'),
      <ul className="entity-names" data-testid="entity-names">
        {(['fr', 'en'] as const).map((l) => (
          <li key={l}>
            <LangBadge lang={l} /> <span lang={l}>{entity.names[l]}</span>
          </li>
        ))}
      </ul>,
    ],
    [t('entity.kindLabel'), t(`entities.kind.${entity.kind}`)],
    [t('entity.id'), <code>{entity.id}</code>],
  ];
  if (entity.aliases.length) rows.push([t('entity.aliases'), entity.aliases.join(' · ')]);
  if (entity.memberEntities.length || entity.members.length) {
    const known = new Map(entity.memberEntities.map((m) => [m.id, m]));
    rows.push([
      t('entity.members'),
      <ul className="entity-members">
        {entity.members.map((mid) => {
          const m = known.get(mid);
          return (
            <li key={mid}>
              <Link href={entityPageUrl(mid)}>{m ? m.names[lang] : mid}</Link>
            </li>
          );
        })}
      </ul>,
    ]);
  }
  const byType = CLAIM_TYPES.map((type) => ({ type, claims: entity.claims.filter((c) => c.type === type) })).filter((g) => g.claims.length > 0);

  return (
    <div className="page entity-page" data-entity-id={entity.id}>
      <header className="doc-header">
        <p className="breadcrumb">
          <Link href="/entities">← {t('entity.back')}</Link>
        </p>
        <h1 lang={lang}>{entity.names[lang]}</h1>
        <MetaList rows={rows} />
        <p className="doc-actions">
          <Link href={claimsPageUrl({ subject: entity.id })} className="button-quiet">
            {t('entity.explore')} →
          </Link>
        </p>
      </header>
      <section aria-labelledby="entity-claims-title">
        <h2 id="entity-claims-title">
          {t('entity.claims')} <span className="muted count">({formatCount(entity.claims.length, locale)})</span>
        </h2>
        {byType.length === 0 && <p className="empty">{t('entity.claims.none')}</p>}
        {byType.map(({ type, claims }) => (
          <section key={type} className="entity-claims" aria-labelledby={`claims-${type}`} data-type={type}>
            <h3 id={`claims-${type}`}>
              {t(`claims.type.${type}`)} <span className="muted">({formatCount(claims.length, locale)})</span>
            </h3>
            <ul className="entity-claim-list">
              {claims.map((c) => {
                const first = c.citations[0];
                const date = formatDocDate(c.documentDate, first?.documentId);
                return (
                  <li key={c.id} data-claim-id={c.id}>
                    <Link href={`/claims/${c.id}`} className="entity-claim-link">
                      {claimSummary(c, i18n)}
                    </Link>
                    <span className="entity-claim-meta">
                      {c.roles.map((r) => (
                        <span key={r} className="role-chip">
                          {t(`entity.role.${r}`)}
                        </span>
                      ))}
                      <ModalityBadge modality={c.modality} />
                      <ClaimStatusBadge status={c.status} />
                      {first && (
                        <span className="muted">
                          <LangBadge lang={first.lang} /> {first.documentTitle}
                          {date ? ` · ${date}` : ''}
                        </span>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}
