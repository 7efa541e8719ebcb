import { memo } from 'react';
import { Link } from 'wouter';
import type { FlagDto, SentenceRef } from '../../../../api/schemas/alignment.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { highlightPieces, type Side } from '../../lib/desk.ts';

interface Props {
  side: Side;
  docId: string;
  lang: string | undefined;
  sentences: SentenceRef[];
  flags: FlagDto[];
  /** Page of this side's previous sentence: a page label shows only where the page changes. */
  prevPage: number | null;
}

/**
 * One side of a link: its sentences, each a link to the reader at that sentence, with the text
 * that a flag points at marked. Text outside any flag span stays plain.
 */
export const SideText = memo(function SideText({ side, docId, lang, sentences, flags, prevPage }: Props) {
  const { t } = useI18n();
  if (sentences.length === 0) return <p className={`link-side side-${side} is-empty`}>{t('desk.noCounterpart')}</p>;
  const firstPage = sentences[0]?.pageStart ?? null;
  return (
    <p className={`link-side side-${side}`} lang={lang}>
      {firstPage !== null && firstPage !== prevPage && <span className="desk-page">{t('reader.page', { n: firstPage })}</span>}
      {sentences.map((s, i) => (
        <span key={s.idx}>
          {i > 0 && ' '}
          <Link href={`/documents/${docId}#s-${s.idx}`} className="desk-sentence" data-s={s.idx} title={t('desk.openInReader', { n: s.idx + 1, page: s.pageStart })}>
            {highlightPieces(s, flags, side).map((p, k) =>
              p.flags.length === 0 ? (
                p.text
              ) : (
                <mark key={k} className={`flag-span sev-${flags[p.flags[0]!]?.severity ?? 'low'} ${p.flags.map((f) => `flag-hl-${f}`).join(' ')}`} title={p.flags.map((f) => flags[f]?.message).join('\n')}>
                  {p.text}
                </mark>
              ),
            )}
          </Link>
        </span>
      ))}
    </p>
  );
});
