import type { ClaimDto } from '../../../../api/schemas/claims.ts';
import { claimExportUrls } from '../../api/claims.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/**
 * Downloads of the claim: W3C Web Annotations of its citations, the cited passage as CSL-JSON
 * or RIS, and schema.org ClaimReview once a reviewer has confirmed or rejected it.
 */
export function ExportLinks({ claim }: { claim: ClaimDto }) {
  const { t } = useI18n();
  const urls = claimExportUrls(claim.id);
  const reviewed = claim.status !== 'extracted';
  return (
    <section className="card claim-exports" aria-labelledby="exports-title" data-testid="claim-exports">
      <h2 id="exports-title">{t('trace.exports')}</h2>
      <ul className="export-list">
        <li>
          <a href={urls.annotations} type="application/ld+json" className="button-quiet" data-export="annotations">
            {t('trace.export.annotation')}
          </a>
        </li>
        <li>
          <a href={urls.csl} type="application/vnd.citationstyles.csl+json" className="button-quiet" data-export="csl">
            {t('trace.export.csl')}
          </a>
        </li>
        <li>
          <a href={urls.ris} type="application/x-research-info-systems" className="button-quiet" data-export="ris">
            {t('trace.export.ris')}
          </a>
        </li>
        <li>
          {reviewed ? (
            <a href={urls.claimReview} type="application/ld+json" className="button-quiet" data-export="claimreview">
              {t('trace.export.claimReview')}
            </a>
          ) : (
            <span className="muted export-unavailable">{t('trace.export.claimReviewHint')}</span>
          )}
        </li>
      </ul>
    </section>
  );
}
