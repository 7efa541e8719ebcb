import { entityName } from '../../lib/entity-name.ts';
import { Link } from 'wouter';
import type { ClaimDto } from '../../../../api/schemas/claims.ts';
import { entityPageUrl, quoteLink } from '../../api/claims.ts';
import { LangBadge } from '../../components/LangBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ClaimStatusBadge, ModalityBadge, TypeBadge } from './Badges.tsx';
import { ValueText } from './ValueText.tsx';
import { useDocDate } from './DocDates.tsx';
import { claimSummary, formatTime, predicateLabel } from './format.ts';

interface Props {
  items: ClaimDto[];
  caption: string;
}

/**
 * One row per claim. The predicate links to the claim's trace; subject and object link to
 * their entity pages; the source links into the reader at the cited sentence.
 */
export function ClaimTable({ items, caption }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const formatDocDate = useDocDate();
  return (
    <div className="table-scroll">
      <table className="doc-table claim-table" data-testid="claim-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('claims.col.type')}</th>
            <th scope="col">{t('claims.col.subject')}</th>
            <th scope="col">{t('claims.col.predicate')}</th>
            <th scope="col">{t('claims.col.object')}</th>
            <th scope="col">{t('claims.col.time')}</th>
            <th scope="col">{t('claims.col.docDate')}</th>
            <th scope="col">{t('claims.col.modality')}</th>
            <th scope="col">{t('claims.col.status')}</th>
            <th scope="col">{t('claims.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => {
            const first = c.citations[0];
            const docDate = formatDocDate(c.documentDate, first?.documentId);
            return (
              <tr key={c.id} data-claim-id={c.id} data-type={c.type} data-testid="claim-row">
                <td data-label={t('claims.col.type')}>
                  <TypeBadge type={c.type} />
                </td>
                <th scope="row" data-label={t('claims.col.subject')} className="claim-subject">
                  <Link href={entityPageUrl(c.subject.id)}>{entityName(c.subject, i18n.lang)}</Link>
                  {c.group && <span className="claim-group">{t('trace.viaGroup', { name: entityName(c.group, i18n.lang) })}</span>}
                </th>
                <td data-label={t('claims.col.predicate')}>
                  <Link href={`/claims/${c.id}`} className="claim-link" aria-label={t('claims.open', { summary: claimSummary(c, i18n) })} data-testid="claim-link">
                    {predicateLabel(c.predicate, i18n)}
                  </Link>
                </td>
                <td data-label={t('claims.col.object')} className="claim-object">
                  {c.object ? <Link href={entityPageUrl(c.object.id)}>{entityName(c.object, i18n.lang)}</Link> : c.value ? <ValueText value={c.value} /> : <span className="muted">—</span>}
                </td>
                <td data-label={t('claims.col.time')}>
                  {c.time ? (
                    <time dateTime={c.time.from} title={c.time.text ?? t('claims.time.fromDocument')} className={c.time.source === 'document' ? 'muted' : undefined}>
                      {formatTime(c.time, i18n)}
                    </time>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-label={t('claims.col.docDate')}>{docDate ? <time dateTime={c.documentDate ?? undefined}>{docDate}</time> : <span className="muted">—</span>}</td>
                <td data-label={t('claims.col.modality')}>
                  <ModalityBadge modality={c.modality} />
                  {c.attribution && <span className="claim-attribution">{t('trace.according', { name: entityName(c.attribution, i18n.lang) })}</span>}
                </td>
                <td data-label={t('claims.col.status')}>
                  <ClaimStatusBadge status={c.status} />
                </td>
                <td data-label={t('claims.col.source')} className="claim-source">
                  {first && (
                    <>
                      <Link href={quoteLink(first.link, first.start, first.end)} className="claim-source-link" title={first.documentTitle}>
                        <LangBadge lang={first.lang} /> {first.documentTitle}
                      </Link>
                      {c.citations.length > 1 && (
                        <span className="claim-more-sources">
                          {c.citations.slice(1).map((o) => (
                            <Link key={`${o.documentId}:${o.sentenceIdx}`} href={quoteLink(o.link, o.start, o.end)} title={o.documentTitle} className="version-link">
                              <LangBadge lang={o.lang} />
                            </Link>
                          ))}
                        </span>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
