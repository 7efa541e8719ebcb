import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { searchPageUrl } from '../api/search.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useShortcuts } from '../lib/useShortcuts.ts';

/** True when a key press belongs to a field being typed in, not to a page shortcut. */
/**
 * The search box of the header, on every page. "/" focuses it from anywhere (except while
 * typing elsewhere); Enter opens the results page. On that page it shows the current query.
 */
export function HeaderSearch() {
  const { t } = useI18n();
  const id = useId();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const input = useRef<HTMLInputElement>(null);
  const current = location === '/search' ? (new URLSearchParams(search).get('q') ?? '') : '';
  const [value, setValue] = useState(current);

  // Follow the URL (results page, back button) rather than keep a stale query.
  useEffect(() => setValue(current), [current]);

  useShortcuts((e) => {
    if (e.key !== '/') return;
    e.preventDefault();
    input.current?.focus();
    input.current?.select();
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = value.trim();
    if (!q) return input.current?.focus();
    navigate(searchPageUrl({ q }));
  };

  return (
    <form className="header-search" role="search" aria-label={t('search.header.label')} onSubmit={submit}>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('search.header.label')}
      </label>
      <svg className="header-search-icon" aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12.5 12.5 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        id={`${id}-q`}
        type="search"
        name="q"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder={t('search.header.placeholder')}
        aria-keyshortcuts="/"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={500}
        data-testid="header-search"
      />
      <kbd className="header-search-key" aria-hidden="true">
        /
      </kbd>
    </form>
  );
}
