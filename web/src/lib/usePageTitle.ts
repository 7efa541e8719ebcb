import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Sets the tab title to "<title> — Concorde" while the page is shown, back to the app name after. */
export function usePageTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [title, t]);
}
