import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { Dialog } from './Dialog.tsx';

export const SHORTCUTS: Array<[string[], MessageKey]> = [
  [['j', '↓'], 'keys.next'],
  [['k', '↑'], 'keys.previous'],
  [['n'], 'keys.nextFlagged'],
  [['N'], 'keys.previousFlagged'],
  [['c'], 'keys.confirm'],
  [['x'], 'keys.reject'],
  [['u'], 'keys.reset'],
  [['m'], 'keys.merge'],
  [['s'], 'keys.split'],
  [['e'], 'keys.relink'],
  [['Enter'], 'keys.open'],
  [['?'], 'keys.help'],
];

/** The list of keyboard shortcuts of the desk. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('keys.title')} onClose={onClose}>
      <dl className="shortcut-list">
        {SHORTCUTS.map(([keys, label]) => (
          <div key={label}>
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && <span className="muted"> / </span>}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('keys.note')}</p>
    </Dialog>
  );
}
