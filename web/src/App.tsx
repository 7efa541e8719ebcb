import { useEffect, useRef } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Header } from './components/Header.tsx';
import { useI18n } from './i18n/I18nProvider.tsx';
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
