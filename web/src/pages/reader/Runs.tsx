import type { DetectedLang } from './types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Piece, Run } from '../../lib/reader-layout.ts';

/** One inline piece: text, a footnote call (superscript link), or a page marker for the margin. */
function PieceView({ piece }: { piece: Piece }) {
  const { t } = useI18n();
  if (piece.type === 'text') return piece.text;
  if (piece.type === 'page') {
    const label = piece.from === piece.to ? String(piece.from) : `${piece.from}–${piece.to}`;
    return (
      <span className="page-marker" data-page={piece.to} role="note" aria-label={t('reader.pageLabel', { n: label })}>
        {t('reader.page', { n: label })}
      </span>
    );
  }
  const target = piece.footnoteBlockIdx === null ? undefined : `#fn-${piece.footnoteBlockIdx}`;
  return (
    <sup className="fn-ref">
      {target ? (
        <a id={piece.refId} href={target} aria-label={t('reader.fnRef', { m: piece.marker })}>
          {piece.marker}
        </a>
      ) : (
        <span id={piece.refId}>{piece.marker}</span>
      )}
    </sup>
  );
}

/**
 * A block's text as runs: each sentence is a span `#s-<idx>` (addressable, clickable); the
 * text between sentences is plain. `lang` is set on a sentence whose language differs.
 */
export function Runs({ runs, blockLang }: { runs: Run[]; blockLang: DetectedLang }) {
  return runs.map((run, i) => {
    const pieces = run.pieces.map((p, k) => <PieceView key={k} piece={p} />);
    if (run.type === 'gap') return <span key={`g${i}`}>{pieces}</span>;
    const s = run.sentence;
    const lang = s.lang !== blockLang && s.lang !== 'und' ? s.lang : undefined;
    return (
      <span key={s.idx} id={`s-${s.idx}`} className="sentence" data-s={s.idx} lang={lang}>
        {pieces}
      </span>
    );
  });
}
