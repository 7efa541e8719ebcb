import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { clearFileInput, DropZone } from './DropZone.tsx';
import { UploadStatus } from './UploadStatus.tsx';
import { useUpload } from './useUpload.ts';

const META_FIELDS = ['title', 'lang', 'publishedOn', 'kind', 'publisher', 'authors'] as const;
type Meta = Record<(typeof META_FIELDS)[number], string>;
const EMPTY_META: Meta = { title: '', lang: '', publishedOn: '', kind: '', publisher: '', authors: '' };

/** File chooser / drop zone, optional metadata, and the progress of the upload. */
export function UploadForm({ kinds, onFinished }: { kinds: string[]; onFinished: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const fileId = `${id}-file`;
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState<Meta>(EMPTY_META);
  const [missingFile, setMissingFile] = useState(false);
  const { state, start, busy } = useUpload(onFinished);

  // A finished upload clears the form for the next one; a failed one keeps it for a retry.
  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'duplicate') {
      setFile(null);
      setMeta(EMPTY_META);
      clearFileInput(fileId);
    }
  }, [state.phase, fileId]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setMissingFile(true);
      document.getElementById(fileId)?.focus();
      return;
    }
    const form = new FormData();
    form.set('file', file, file.name);
    for (const k of META_FIELDS) if (meta[k].trim()) form.set(k, meta[k].trim());
    void start(form);
  };

  const field = (k: keyof Meta) => ({
    id: `${id}-${k}`,
    name: k,
    value: meta[k],
    disabled: busy,
    onChange: (e: { target: { value: string } }) => setMeta((m) => ({ ...m, [k]: e.target.value })),
  });

  return (
    <section className="card upload" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('upload.title')}</h2>
      <form onSubmit={submit} noValidate>
        <DropZone
          id={fileId}
          file={file}
          disabled={busy}
          describedBy={`${id}-formats${missingFile && !file ? ` ${id}-missing` : ''}`}
          onFile={(f) => {
            setFile(f);
            setMissingFile(false);
          }}
        />
        <p id={`${id}-formats`} className="hint">
          {t('upload.formats')}
        </p>
        {missingFile && !file && (
          <p id={`${id}-missing`} className="field-error" role="alert">
            {t('upload.noFile')}
          </p>
        )}
        <details className="meta-fields">
          <summary>{t('upload.meta')}</summary>
          <div className="meta-grid">
            <div className="field wide">
              <label htmlFor={`${id}-title-field`}>{t('upload.field.title')}</label>
              <input type="text" {...field('title')} id={`${id}-title-field`} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-lang`}>{t('upload.field.lang')}</label>
              <select {...field('lang')}>
                <option value="">{t('upload.field.langAuto')}</option>
                <option value="fr">{t('lang.fr')}</option>
                <option value="en">{t('lang.en')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-publishedOn`}>{t('upload.field.publishedOn')}</label>
              <input type="date" {...field('publishedOn')} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-kind`}>{t('upload.field.kind')}</label>
              <input type="text" list={`${id}-kinds`} placeholder={t('upload.field.kindHint')} {...field('kind')} />
              <datalist id={`${id}-kinds`}>
                {kinds.map((k) => (
                  <option key={k} value={k} />
                ))}
              </datalist>
            </div>
            <div className="field">
              <label htmlFor={`${id}-publisher`}>{t('upload.field.publisher')}</label>
              <input type="text" {...field('publisher')} />
            </div>
            <div className="field wide">
              <label htmlFor={`${id}-authors`}>{t('upload.field.authors')}</label>
              <input type="text" aria-describedby={`${id}-authors-hint`} {...field('authors')} />
              <span id={`${id}-authors-hint`} className="hint">
                {t('upload.field.authorsHint')}
              </span>
            </div>
          </div>
        </details>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('upload.submit')}
          </button>
        </div>
      </form>
      <UploadStatus state={state} />
    </section>
  );
}
