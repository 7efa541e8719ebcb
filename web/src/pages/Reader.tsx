import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { Link } from 'wouter';
import type { DocumentDetail } from '../../../api/schemas/documents.ts';
import { ApiError } from '../api/errors.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { copyText } from '../lib/clipboard.ts';
import { ASIDE_KINDS, layoutDocument } from '../lib/reader-layout.ts';
import { AsideBlock, FlowBlock } from './reader/BlockView.tsx';
import { DocHeader } from './reader/DocHeader.tsx';
import { SentenceBar, type CopyStatus } from './reader/SentenceBar.tsx';
import { useDocument } from './reader/useDocument.ts';
import { useQuoteHighlight } from './reader/useQuoteHighlight.ts';
import { sentenceUrl, useReaderKeys, useSentenceSelection } from './reader/useSentenceSelection.ts';

/** /documents/:id — loads the document, then hands it to the reader view. */
export function ReaderPage({ id }: { id: string }) {
  const { t } = useI18n();
  const state = useDocument(id);
  useEffect(() => {
    if (state.status === 'ready') document.title = `${state.data.title} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [state, t]);
  if (state.status === 'error') {
    // A malformed id is rejected as invalid input; to the reader it is simply not there.
    const e = state.error;
    const shown = e instanceof ApiError && e.status === 400 ? new ApiError(404, 'NOT_FOUND', e.title, e.detail) : e;
    return (
      <div className="page narrow">
        <ErrorNotice error={shown} />
        <p>
          <Link href="/">← {t('reader.back')}</Link>
        </p>
      </div>
    );
  }
  if (state.status !== 'ready') return <p className="page muted" aria-busy="true">{t('reader.loading')}</p>;
  return <ReaderView doc={state.data} />;
}

/** The text in reading order with page markers, the side panel, and sentence selection. */
function ReaderView({ doc }: { doc: DocumentDetail }) {
  const { t } = useI18n();
  const layout = useMemo(() => layoutDocument(doc), [doc]);
  const byIdx = useMemo(() => new Map(doc.sentences.map((s) => [s.idx, s])), [doc]);
  const { active, missing, select, clear, move } = useSentenceSelection(layout.order);
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (copyStatus === 'idle') return;
    const timer = setTimeout(() => setCopyStatus('idle'), 3000);
    return () => clearTimeout(timer);
  }, [copyStatus]);

  const copy = useCallback(async () => {
    if (active === null) return;
    const ok = await copyText(sentenceUrl(active));
    if (!ok) (document.getElementById('sentence-link') as HTMLInputElement | null)?.select();
    setCopyStatus(ok ? 'copied' : 'failed');
  }, [active]);

  useReaderKeys({ active, move, clear, copy: () => void copy() });
  useQuoteHighlight(doc.sentences);

  /** One listener for all sentences: a click selects, unless it follows a link or ends a text selection. */
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target || target.closest('a, button, summary')) return;
    if (window.getSelection()?.toString()) return;
    const span = target.closest<HTMLElement>('[data-s]');
    if (span?.dataset.s) select(Number(span.dataset.s), false);
  };

  const asideKinds = ASIDE_KINDS.filter((k) => layout.aside[k].length > 0);
  const docLang = doc.lang;

  return (
    <div className="page reader">
      <DocHeader doc={doc} />
      {missing !== null && (
        <div className="notice notice-warning" role="alert">
          <p className="notice-message">{t('reader.missingSentence', { n: missing })}</p>
        </div>
      )}
      {/* Clicks select sentences; the keyboard path is j/k (see useReaderKeys). */}
      <div className={`reader-grid${asideKinds.length ? ' has-aside' : ''}`} onClick={onClick}>
        <article className="reader-text" lang={docLang === 'und' ? undefined : docLang} aria-label={t('reader.text')}>
          {layout.main.length === 0 && <p className="muted">{t('reader.empty')}</p>}
          {layout.main.map((laid) => (
            <FlowBlock key={laid.block.idx} laid={laid} docLang={docLang} />
          ))}
        </article>
        {asideKinds.length > 0 && (
          <aside className="reader-aside" aria-labelledby="aside-title">
            <h2 id="aside-title" className="aside-title">{t('reader.aside')}</h2>
            {asideKinds.map((kind) => {
              const list = (
                <ul className="aside-list">
                  {layout.aside[kind].map((laid) => (
                    <AsideBlock key={laid.block.idx} laid={laid} docLang={docLang} backRefs={layout.refsByFootnote.get(laid.block.idx) ?? []} />
                  ))}
                </ul>
              );
              return (
                <section key={kind} className={`aside-group aside-group-${kind}`} aria-labelledby={`aside-${kind}`}>
                  {kind === 'boilerplate' ? (
                    <details>
                      <summary>
                        <h3 id={`aside-${kind}`}>{t(`reader.kind.${kind}`)} ({layout.aside[kind].length})</h3>
                      </summary>
                      {list}
                    </details>
                  ) : (
                    <>
                      <h3 id={`aside-${kind}`}>{t(`reader.kind.${kind}`)}</h3>
                      {list}
                    </>
                  )}
                </section>
              );
            })}
          </aside>
        )}
      </div>
      <SentenceBar sentence={active === null ? null : (byIdx.get(active) ?? null)} total={doc.sentences.length} url={active === null ? null : sentenceUrl(active)} copyStatus={copyStatus} onCopy={() => void copy()} />
    </div>
  );
}
