import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { DocumentDetail } from '../../../../api/schemas/documents.ts';
import { documentTextUrl } from '../../api/client.ts';
import { LangBadge } from '../../components/LangBadge.tsx';
import { MetaList } from '../../components/MetaList.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatCount, formatPublished, pluralOf } from '../../lib/format.ts';

/** Title and metadata of the document being read. */
export function DocHeader({ doc }: { doc: DocumentDetail }) {
  const { t, locale } = useI18n();
  const date = formatPublished(doc.publishedOn, doc.datePrecision, locale);
  const rows: Array<[string, ReactNode]> = [];
  if (doc.authors.length) rows.push([t('reader.authors'), doc.authors.join(', ')]);
  if (doc.publisher) rows.push([t('reader.publisher'), doc.publisher]);
  if (date) rows.push([t('reader.date'), <time dateTime={doc.publishedOn ?? undefined} title={doc.dateText ?? undefined}>{date}</time>]);
  if (doc.kind) rows.push([t('reader.kind'), doc.kind]);
  rows.push([t('reader.lang'), <><LangBadge lang={doc.lang} /> {t(`lang.${doc.lang}`)}</>]);
  rows.push([t('reader.format'), t(`format.${doc.format}`)]);
  rows.push([t('reader.pages'), formatCount(doc.pageCount, locale)]);
  rows.push([t('reader.sentences'), formatCount(doc.sentenceCount, locale)]);
  const read = doc.ocr?.pages.filter((p) => !p.discarded) ?? [];
  if (doc.ocr && read.length) {
    const confidence = Math.round(read.reduce((a, p) => a + p.confidence * p.words, 0) / Math.max(1, read.reduce((a, p) => a + p.words, 0)));
    rows.push([t('reader.ocr'), <span className="ocr-note" data-testid="ocr-note">{t(`reader.ocrPages.${pluralOf(read.length, locale)}`, { pages: read.map((p) => p.page).join(', '), engine: doc.ocr.engine, confidence: String(confidence) })}</span>]);
  }
  if (doc.source) {
    const isUrl = /^https?:\/\//.test(doc.source);
    rows.push([t('reader.source'), isUrl ? <a href={doc.source} rel="noreferrer noopener">{doc.source}</a> : doc.source]);
  }

  return (
    <header className="doc-header">
      <p className="breadcrumb">
        <Link href="/">← {t('reader.back')}</Link>
      </p>
      <h1 lang={doc.lang === 'und' ? undefined : doc.lang}>{doc.title || doc.filename}</h1>
      <MetaList rows={rows} label={t('reader.meta')} />
      <p className="doc-actions">
        <a href={documentTextUrl(doc.id)} className="button-quiet" type="text/plain">
          {t('reader.plainText')}
        </a>
        <span className="muted filename">{doc.filename}</span>
      </p>
    </header>
  );
}
