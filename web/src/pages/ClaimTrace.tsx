import type { ClaimDetailDto } from '../../../api/schemas/claims.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { pluralOf } from '../lib/format.ts';
import { ClaimHeadline } from './claims/ClaimHeadline.tsx';
import { LibraryDocumentsProvider } from './claims/DocDates.tsx';
import { LoadFailed } from './claims/LoadFailed.tsx';
import { CitationList } from './claims/CitationView.tsx';
import { ExportLinks } from './claims/ExportLinks.tsx';
import { OtherSources } from './claims/OtherSources.tsx';
import { ReviewPanel } from './claims/ReviewPanel.tsx';
import { claimSummary } from './claims/format.ts';
import { useClaim } from './claims/useClaim.ts';

/** /claims/:id — the fact-checker's trace of one claim: what it says, where exactly, who else says it. */
export function ClaimTracePage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [state, update] = useClaim(id);
  const summary = state.status === 'ready' ? claimSummary(state.data, i18n) : null;
  usePageTitle(summary ?? t('trace.pageTitle'));

  if (state.status === 'error') return <LoadFailed error={state.error} notFound={t('trace.notFound')} backHref="/claims" backLabel={t('trace.back')} />;
  if (state.status !== 'ready') return <p className="page muted" aria-busy="true">{t('trace.loading')}</p>;
  return (
    <LibraryDocumentsProvider>
      <TraceView claim={state.data} onChange={update} />
    </LibraryDocumentsProvider>
  );
}

function TraceView({ claim, onChange }: { claim: ClaimDetailDto; onChange: (update: (c: ClaimDetailDto) => ClaimDetailDto) => void }) {
  const { t, locale } = useI18n();
  const n = claim.citations.length;
  return (
    <div className="page wide claim-trace" data-claim-id={claim.id}>
      <ClaimHeadline claim={claim} />
      <div className="trace-grid">
        <section className="trace-citations" aria-labelledby="citations-title">
          <div className="section-head">
            <h2 id="citations-title">{t('trace.citations')}</h2>
            <p className="muted count">{t(`trace.citations.${pluralOf(n, locale)}`, { n })}</p>
          </div>
          <CitationList citations={claim.citations} />
          <OtherSources claim={claim} />
        </section>
        <div className="trace-side">
          <ReviewPanel claim={claim} onChange={onChange} />
          <ExportLinks claim={claim} />
        </div>
      </div>
    </div>
  );
}
