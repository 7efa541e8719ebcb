import { useI18n } from '../i18n/I18nProvider.tsx';

/** "FR" / "EN" badge with the language's full name for assistive technology and on hover. */
export function LangBadge({ lang }: { lang: 'fr' | 'en' | 'und' }) {
  const { t } = useI18n();
  const name = t(`lang.${lang}`);
  return (
    <abbr className={`lang-badge lang-${lang}`} title={name} aria-label={name}>
      {lang === 'und' ? '?' : lang.toUpperCase()}
    </abbr>
  );
}
