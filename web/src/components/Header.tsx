import { Link, useLocation } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { UiLang } from '../i18n/messages.ts';
import { HeaderSearch } from './HeaderSearch.tsx';

const UI_LANGS: UiLang[] = ['fr', 'en'];

/** App name, navigation, the search box and the interface language switch. */
export function Header() {
  const { t, lang, setLang } = useI18n();
  const [location] = useLocation();
  const onLibrary = location === '/';
  const onPairs = location === '/pairs' || location.startsWith('/pairs/');
  const onClaims = location === '/claims' || location.startsWith('/claims/');
  const onEntities = location === '/entities' || location.startsWith('/entities/');
  const analysisLinks = [['/timeline', 'nav.timeline'], ['/membership', 'nav.membership'], ['/conflicts', 'nav.conflicts'], ['/compare', 'nav.compare']] as const;
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <nav aria-label={t('nav.main')} className="site-nav">
          <Link href="/" aria-current={onLibrary ? 'page' : undefined}>
            {t('nav.library')}
          </Link>
          <Link href="/pairs" aria-current={onPairs ? (location === '/pairs' ? 'page' : 'true') : undefined}>
            {t('nav.pairs')}
          </Link>
          <Link href="/claims" aria-current={onClaims ? (location === '/claims' ? 'page' : 'true') : undefined}>
            {t('nav.claims')}
          </Link>
          <Link href="/entities" aria-current={onEntities ? (location === '/entities' ? 'page' : 'true') : undefined}>
            {t('nav.entities')}
          </Link>
          {analysisLinks.map(([href, key]) => (
            <Link key={href} href={href} aria-current={location === href ? 'page' : undefined}>
              {t(key)}
            </Link>
          ))}
        </nav>
        <HeaderSearch />
        <div role="group" aria-label={t('ui.lang.label')} className="lang-switch">
          {UI_LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={lang === l}
              title={t(l === 'fr' ? 'ui.lang.fr' : 'ui.lang.en')}
              onClick={() => setLang(l)}
            >
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
