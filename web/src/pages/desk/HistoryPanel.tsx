import { useEffect, useState } from 'react';
import type { EditDto } from '../../../../api/schemas/alignment.ts';
import { listEdits } from '../../api/pairs.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { describeEditValue } from '../../lib/desk.ts';
import { formatDateTime } from '../../lib/format.ts';

type HistoryState = { status: 'idle' | 'loading' } | { status: 'ready'; items: EditDto[] } | { status: 'error'; error: unknown };

/**
 * Who changed what, newest first as the server sends it. Loaded when opened, and again after
 * each edit while open (`revision` changes).
 */
export function HistoryPanel({ pairId, revision }: { pairId: string; revision: number }) {
  const { t, tMaybe, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<HistoryState>({ status: 'idle' });

  useEffect(() => {
    if (!open) return;
    const ctrl = new AbortController();
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    listEdits(pairId, ctrl.signal).then(
      (res) => setState({ status: 'ready', items: res.items }),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
  }, [open, pairId, revision]);

  return (
    <details className="history card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="history">
      <summary>
        <h2>{t('history.title')}</h2>
        {state.status === 'ready' && <span className="muted"> ({state.items.length})</span>}
      </summary>
      {state.status === 'loading' && <p className="muted">{t('history.loading')}</p>}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' && state.items.length === 0 && <p className="muted">{t('history.empty')}</p>}
      {state.status === 'ready' && state.items.length > 0 && (
        <ol className="history-list">
          {state.items.map((e) => (
            <li key={e.id} className="history-item" data-action={e.action}>
              <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
              <span className="history-author">{e.author}</span>
              <span className="history-action">{tMaybe(`edit.${e.action}`) ?? e.action}</span>
              <details className="history-detail">
                <summary>{t('history.detail')}</summary>
                <dl>
                  <dt>{t('history.before')}</dt>
                  <dd>
                    <code>{describeEditValue(e.before)}</code>
                  </dd>
                  <dt>{t('history.after')}</dt>
                  <dd>
                    <code>{describeEditValue(e.after)}</code>
                  </dd>
                </dl>
              </details>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
