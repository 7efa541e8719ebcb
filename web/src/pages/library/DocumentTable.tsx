import { Link } from 'wouter';
import type { DocumentSummary } from '../../../../api/schemas/documents.ts';
import { LangBadge } from '../../components/LangBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatCount, formatPublished } from '../../lib/format.ts';

/** Other language versions of each document (same workId) among the listed ones. */
const versionsOf = (items: DocumentSummary[]) => {
  const byWork = new Map<string, DocumentSummary[]>();
  for (const d of items) if (d.workId) byWork.set(d.workId, [...(byWork.get(d.workId) ?? []), d]);
  return (d: DocumentSummary) => (d.workId ? (byWork.get(d.workId) ?? []).filter((o) => o.id !== d.id) : []);
};

/** The library as a table; on narrow screens each row becomes a card (see styles.css). */
export function DocumentTable({ items }: { items: DocumentSummary[] }) {
  const { t, locale } = useI18n();
  const others = versionsOf(items);
  return (
    <table className="doc-table">
      <caption className="visually-hidden">{t('lib.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('col.title')}</th>
          <th scope="col">{t('col.lang')}</th>
          <th scope="col">{t('col.date')}</th>
          <th scope="col">{t('col.kind')}</th>
          <th scope="col">{t('col.publisher')}</th>
          <th scope="col" className="num">{t('col.pages')}</th>
          <th scope="col" className="num">{t('col.sentences')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => {
          const date = formatPublished(d.publishedOn, d.datePrecision, locale);
          const versions = others(d);
          return (
            <tr key={d.id} data-document-id={d.id}>
              <th scope="row" className="doc-title-cell">
                <Link href={`/documents/${d.id}`}>{d.title || d.filename}</Link>
                {d.authors.length > 0 && <span className="doc-authors">{d.authors.join(', ')}</span>}
              </th>
              <td data-label={t('col.lang')}>
                <span className="badges">
                  <LangBadge lang={d.lang} />
                  {versions.length > 0 && (
                    <span className="versions" aria-label={t('lib.otherVersions')}>
                      {versions.map((v) => (
                        <Link key={v.id} href={`/documents/${v.id}`} className="version-link" title={v.title}>
                          <LangBadge lang={v.lang} />
                        </Link>
                      ))}
                    </span>
                  )}
                </span>
              </td>
              <td data-label={t('col.date')}>{date ? <time dateTime={d.publishedOn ?? undefined}>{date}</time> : <span className="muted">—</span>}</td>
              <td data-label={t('col.kind')}>{d.kind ?? <span className="muted">—</span>}</td>
              <td data-label={t('col.publisher')}>{d.publisher ?? <span className="muted">—</span>}</td>
              <td data-label={t('col.pages')} className="num">{formatCount(d.pageCount, locale)}</td>
              <td data-label={t('col.sentences')} className="num">{formatCount(d.sentenceCount, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
