import { Link } from 'wouter';
import type { AnalysisClaimDto } from '../../../../api/schemas/analysis.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { shortDate } from './when.ts';

type Citation = AnalysisClaimDto['citations'][number];

/** One citation: the exact quote, its document, date and page, a link to the reader at the sentence. */
export function CitationLine({ citation }: { citation: Citation }) {
  const { t, locale } = useI18n();
  return (
    <figure className="an-citation" data-document={citation.documentId}>
      <blockquote lang={citation.lang === 'und' ? undefined : citation.lang} className="an-quote">
        {citation.quote}
      </blockquote>
      <figcaption>
        <Link href={citation.link} className="an-source">
          {citation.documentTitle}
        </Link>
        {citation.documentDate && <span className="muted"> · {shortDate(citation.documentDate, locale)}</span>}
        <span className="muted"> · {t('an.page', { n: citation.page })}</span>
      </figcaption>
    </figure>
  );
}

/** Every citation of a claim, and a link to its trace. */
export function ClaimSources({ claim }: { claim: AnalysisClaimDto }) {
  const { t } = useI18n();
  return (
    <div className="an-sources">
      {claim.citations.map((c) => (
        <CitationLine key={`${c.documentId}:${c.start}`} citation={c} />
      ))}
      <Link href={`/claims/${claim.id}`} className="an-trace-link" data-claim={claim.id}>
        {t('an.trace')}
      </Link>
    </div>
  );
}
