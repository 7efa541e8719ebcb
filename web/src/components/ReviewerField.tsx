import { useI18n } from '../i18n/I18nProvider.tsx';

interface Props {
  id: string;
  value: string;
  missing: boolean;
  onChange: (name: string) => void;
  /** In a toolbar: the hint is kept for screen readers only (an error still shows). */
  compact?: boolean;
}

/** "Your name" field: edits are recorded under it, so it is required before any change. */
export function ReviewerField({ id, value, missing, onChange, compact }: Props) {
  const { t } = useI18n();
  const showError = missing && !value.trim();
  return (
    <div className={`field reviewer-field${showError ? ' has-error' : ''}`}>
      <label htmlFor={id}>{t('reviewer.label')}</label>
      <input
        id={id}
        type="text"
        autoComplete="name"
        maxLength={100}
        value={value}
        placeholder={t('reviewer.placeholder')}
        aria-invalid={showError || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-hint`} className={showError ? 'field-error' : compact ? 'visually-hidden' : 'hint'} role={showError ? 'alert' : undefined}>
        {showError ? t('reviewer.required') : t('reviewer.hint')}
      </span>
    </div>
  );
}
