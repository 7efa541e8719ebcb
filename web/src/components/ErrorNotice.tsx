import type { ReactNode } from 'react';
import { handleError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TokenForm } from './TokenForm.tsx';

/** Shows any error through `handleError`, in the current interface language. */
export function ErrorNotice({ error, children }: { error: unknown; children?: ReactNode }) {
  const i18n = useI18n();
  const msg = handleError(error, i18n);
  if (msg.code === 'ABORTED') return null;
  return (
    <div className="notice notice-error" role="alert" data-code={msg.code}>
      <p className="notice-message">{msg.message}</p>
      {msg.detail && <p className="notice-detail">{msg.detail}</p>}
      {msg.code === 'UNAUTHORIZED' && <TokenForm />}
      {children}
    </div>
  );
}
