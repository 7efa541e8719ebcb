import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons of the dialog's footer; a Close/Cancel button is always added. */
  actions?: ReactNode;
  wide?: boolean;
  onSubmit?: () => void;
}

/**
 * A modal built on the native <dialog>: focus is trapped and Escape closes it for free; focus
 * goes back to where it was when it closes (the row's button, usually).
 */
export function Dialog({ title, onClose, children, actions, wide, onSubmit }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first control; a dialog may name a better start (the chosen option).
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const closed = () => onCloseRef.current();
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog ref={ref} className={`desk-dialog${wide ? ' is-wide' : ''}`} aria-labelledby={`${id}-title`}>
      <form
        method="dialog"
        onSubmit={(e) => {
          if (!onSubmit) return;
          e.preventDefault();
          onSubmit();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">
          {actions}
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            {actions ? t('dialog.cancel') : t('dialog.close')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
