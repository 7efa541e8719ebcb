import { lazy, Suspense, type ComponentType } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/**
 * The analysis pages, loaded on first visit: they carry the charting library, which the rest of
 * the app does not need.
 */
function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    const { t } = useI18n();
    return (
      <Suspense fallback={<p className="page muted" role="status">{t('an.loading')}</p>}>
        <Page />
      </Suspense>
    );
  };
}

export const TimelinePage = lazyPage(async () => (await import('../Timeline.tsx')).TimelinePage);
export const MembershipPage = lazyPage(async () => (await import('../Membership.tsx')).MembershipPage);
export const ConflictsPage = lazyPage(async () => (await import('../Conflicts.tsx')).ConflictsPage);
export const ComparePage = lazyPage(async () => (await import('../Compare.tsx')).ComparePage);
