import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { getApiToken, setApiToken } from '../lib/api-token.ts';

/** Asks for the server's API token where a write was refused for the lack of one. */
export function TokenForm() {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(() => getApiToken() ?? '');
  const [saved, setSaved] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setApiToken(value.trim() || null);
    setSaved(true);
  };
  return (
    <form className="token-form" onSubmit={onSubmit}>
      <label htmlFor={id}>{t('token.label')}</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setValue(e.target.value);
          setSaved(false);
        }}
      />
      <button type="submit">{t('token.save')}</button>
      <p id={`${id}-hint`} className="token-hint">
        {saved ? t('token.saved') : t('token.hint')}
      </p>
    </form>
  );
}
