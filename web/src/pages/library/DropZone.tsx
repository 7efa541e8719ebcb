import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatBytes } from '../../lib/format.ts';

/** Extensions and types the server ingests, as a hint to the file chooser (the server decides). */
const ACCEPT = '.pdf,.html,.htm,.txt,.md,.markdown,application/pdf,text/html,text/plain,text/markdown';

interface Props {
  id: string;
  file: File | null;
  disabled: boolean;
  onFile: (file: File | null) => void;
  describedBy: string;
}

/**
 * A real file input (keyboard: Tab to it, Enter or Space opens the chooser) dressed as a drop
 * zone: its label is the large target, and dropping a file on it selects the file.
 */
export function DropZone({ id, file, disabled, onFile, describedBy }: Props) {
  const { t, locale } = useI18n();
  const [over, setOver] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // A file dropped just beside the zone would make the browser leave the page to open it.
  useEffect(() => {
    const guard = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const dropped = e.dataTransfer.files[0];
    if (!dropped) return;
    if (inputRef.current) inputRef.current.files = e.dataTransfer.files;
    onFile(dropped);
  };

  return (
    <div
      className={`dropzone${over ? ' is-over' : ''}${file ? ' has-file' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        ref={inputRef}
        id={id}
        name="file"
        type="file"
        className="visually-hidden-input"
        accept={ACCEPT}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
      <label htmlFor={id}>
        <svg className="dropzone-icon" aria-hidden="true" viewBox="0 0 24 24" width="32" height="32">
          <path d="M12 16V4m0 0-4.5 4.5M12 4l4.5 4.5M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="dropzone-title">{t('upload.file')}</span>
        <span className="dropzone-hint">{over ? t('upload.dropActive') : t('upload.drop')}</span>
        {file && (
          <span className="dropzone-file" data-testid="selected-file">
            {t('upload.selected', { name: file.name, size: formatBytes(file.size, locale) })}
          </span>
        )}
      </label>
    </div>
  );
}

/** Clears a file input so choosing the same file again still fires `change`. */
export const clearFileInput = (id: string) => {
  const el = document.getElementById(id);
  if (el instanceof HTMLInputElement) el.value = '';
};
