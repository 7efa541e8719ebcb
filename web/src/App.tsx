import { useEffect, useRef } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Header } from './components/Header.tsx';
import { useI18n } from './i18n/I18nProvider.tsx';
import { ComparePage, ConflictsPage, MembershipPage, TimelinePage } from './pages/analysis/lazy-pages.tsx';
import { ClaimsPage } from './pages/Claims.tsx';
import { ClaimTracePage } from './pages/ClaimTrace.tsx';
import { EntitiesPage } from './pages/Entities.tsx';
import { EntityPage } from './pages/Entity.tsx';
import { LibraryPage } from './pages/Library.tsx';
import { PairsPage } from './pages/Pairs.tsx';
import { ReaderPage } from './pages/Reader.tsx';
import { ReviewDeskPage } from './pages/ReviewDesk.tsx';
import { SearchPage } from './pages/Search.tsx';

/** The page frame and routes. */
export function App() {
  const { t } = useI18n();
  useFocusOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <Switch>
          <Route path="/" component={LibraryPage} />
          <Route path="/documents/:id">{(params) => <ReaderPage key={params.id} id={params.id} />}</Route>
          <Route path="/search" component={SearchPage} />
          <Route path="/pairs" component={PairsPage} />
          <Route path="/pairs/:id">{(params) => <ReviewDeskPage key={params.id} id={params.id} />}</Route>
          <Route path="/claims" component={ClaimsPage} />
          <Route path="/claims/:id">{(params) => <ClaimTracePage key={params.id} id={params.id} />}</Route>
          <Route path="/entities" component={EntitiesPage} />
          <Route path="/entities/:id">{(params) => <EntityPage key={params.id} id={params.id} />}</Route>
          <Route path="/timeline" component={TimelinePage} />
          <Route path="/membership" component={MembershipPage} />
          <Route path="/conflicts" component={ConflictsPage} />
          <Route path="/compare" component={ComparePage} />
          <Route>
            <section className="page narrow">
              <h1>{t('notFound.title')}</h1>
              <p>{t('notFound.body')}</p>
            </section>
          </Route>
        </Switch>
      </main>
    </>
  );
}

/**
 * After a client-side navigation, start at the top of the new page and move focus to <main>,
 * as a full page load would (screen readers then announce the new content). A URL with a
 * #hash keeps its own scroll target.
 */
function useFocusOnNavigate() {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!window.location.hash) window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location]);
}
