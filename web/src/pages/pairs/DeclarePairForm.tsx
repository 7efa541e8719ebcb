import { useEffect, useId, useState, type FormEvent } from 'react';
import type { PairDto } from '../../../../api/schemas/alignment.ts';
import type { DocumentSummary } from '../../../../api/schemas/documents.ts';
import { listDocuments } from '../../api/client.ts';
import { createPair } from '../../api/pairs.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

type Phase = { kind: 'idle' } | { kind: 'sending' } | { kind: 'error'; error: unknown } | { kind: 'invalid' };

/** Choose two library documents (French and English versions) and declare them one work. */
export function DeclarePairForm({ onCreated }: { onCreated: (pair: PairDto) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [docs, setDocs] = useState<DocumentSummary[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [srcId, setSrcId] = useState('');
  const [tgtId, setTgtId] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  useEffect(() => {
    const ctrl = new AbortController();
    listDocuments({}, ctrl.signal).then(
      (res) => setDocs(res.items),
      (e: unknown) => {
        if (!ctrl.signal.aborted) setLoadError(e);
      },
    );
    return () => ctrl.abort();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!srcId || !tgtId || srcId === tgtId) {
      setPhase({ kind: 'invalid' });
      return;
    }
    setPhase({ kind: 'sending' });
    try {
      const pair = await createPair(srcId, tgtId);
      setPhase({ kind: 'idle' });
      setSrcId('');
      setTgtId('');
      onCreated(pair);
    } catch (error) {
      setPhase({ kind: 'error', error });
    }
  };

  /** French documents first in the source list, English first in the target list. */
  const options = (first: 'fr' | 'en') => {
    const groups: Array<'fr' | 'en' | 'und'> = first === 'fr' ? ['fr', 'en', 'und'] : ['en', 'fr', 'und'];
    return groups.map((lang) => {
      const list = docs.filter((d) => d.lang === lang);
      if (list.length === 0) return null;
      return (
        <optgroup key={lang} label={t(`lang.${lang}`)}>
          {list.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title || d.filename}
            </option>
          ))}
        </optgroup>
      );
    });
  };

  const sending = phase.kind === 'sending';
  return (
    <section className="card declare-pair" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('declare.title')}</h2>
      <p className="hint">{t('declare.hint')}</p>
      {loadError !== null && <ErrorNotice error={loadError} />}
      <form onSubmit={(e) => void submit(e)} noValidate className="declare-grid">
        <div className="field">
          <label htmlFor={`${id}-src`}>{t('declare.src')}</label>
          <select id={`${id}-src`} value={srcId} disabled={sending} onChange={(e) => setSrcId(e.target.value)}>
            <option value="">{t('declare.choose')}</option>
            {options('fr')}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tgt`}>{t('declare.tgt')}</label>
          <select id={`${id}-tgt`} value={tgtId} disabled={sending} onChange={(e) => setTgtId(e.target.value)}>
            <option value="">{t('declare.choose')}</option>
            {options('en')}
          </select>
        </div>
        <div className="declare-submit">
          <button type="submit" className="button button-primary" disabled={sending}>
            {sending ? t('declare.sending') : t('declare.submit')}
          </button>
        </div>
      </form>
      {phase.kind === 'invalid' && (
        <p className="field-error" role="alert">
          {t('declare.invalid')}
        </p>
      )}
      {phase.kind === 'sending' && (
        <p className="progress-label" role="status">
          {t('declare.aligning')}
        </p>
      )}
      {phase.kind === 'error' && <ErrorNotice error={phase.error} />}
    </section>
  );
}
