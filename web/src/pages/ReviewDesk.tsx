import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { AlignmentDto, LinkDto } from '../../../api/schemas/alignment.ts';
import { ApiError } from '../api/errors.ts';
import { mergeLink, realign, relinkLink, reviewLink, setPairStatus, splitLink, type ReviewAction } from '../api/pairs.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { deskSides, filterLinks, groupByStream, neighbours, pagesBefore, successorOf } from '../lib/desk.ts';
import { useReviewer } from '../lib/reviewer.ts';
import { DeskHeader } from './desk/DeskHeader.tsx';
import { DeskToolbar } from './desk/DeskToolbar.tsx';
import { HistoryPanel } from './desk/HistoryPanel.tsx';
import { LinkRow, type RowAction } from './desk/LinkRow.tsx';
import { RelinkDialog } from './desk/RelinkDialog.tsx';
import { ShortcutsDialog } from './desk/ShortcutsDialog.tsx';
import { SplitDialog } from './desk/SplitDialog.tsx';
import { useAlignment } from './desk/useAlignment.ts';
import { rowEl, useCurrentLink } from './desk/useCurrentLink.ts';
import { useDeskFilters } from './desk/useDeskFilters.ts';
import { useDeskKeys } from './desk/useDeskKeys.ts';

type DialogState = { kind: 'split' | 'relink'; linkId: string } | { kind: 'help' } | null;


/** /pairs/:id — loads the alignment, then hands it to the desk. */
export function ReviewDeskPage({ id }: { id: string }) {
  const { t } = useI18n();
  const desk = useAlignment(id);
  const pairTitle = desk.state.status === 'ready' ? desk.state.data.pair.src.title : null;
  useEffect(() => {
    if (pairTitle) document.title = `${t('desk.title')} · ${pairTitle} — ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [pairTitle, t]);

  if (desk.state.status === 'loading') return <p className="page muted" aria-busy="true">{t('desk.loading')}</p>;
  if (desk.state.status === 'error') {
    const e = desk.state.error;
    const missing = e instanceof ApiError && (e.status === 404 || e.status === 400);
    return (
      <div className="page narrow">
        {missing ? (
          <div className="notice notice-error" role="alert">
            <p className="notice-message">{t('desk.notFound')}</p>
          </div>
        ) : (
          <ErrorNotice error={e} />
        )}
        <p>
          <Link href="/pairs">← {t('desk.back')}</Link>
        </p>
      </div>
    );
  }
  return <DeskView data={desk.state.data} desk={desk} />;
}

/** The desk itself: header, history, toolbar, rows by stream and dialogs; every edit goes through `desk.run`. */
function DeskView({ data, desk }: { data: AlignmentDto; desk: ReturnType<typeof useAlignment> }) {
  const { t } = useI18n();
  const { pair, links } = data;
  const reviewerId = `${useId()}-reviewer`;
  const reviewer = useReviewer();
  const [, navigate] = useLocation();
  const [filters, setFilters] = useDeskFilters();

  const sides = useMemo(() => deskSides(pair), [pair]);
  const { flagged, unconfirmed } = filters;
  const visible = useMemo(() => filterLinks(links, { flagged, unconfirmed }), [links, flagged, unconfirmed]);
  const groups = useMemo(() => groupByStream(visible), [visible]);
  const numbers = useMemo(() => new Map(links.map((l, i) => [l.id, i + 1])), [links]);
  const near = useMemo(() => neighbours(links), [links]);
  const pages = useMemo(() => pagesBefore(visible), [visible]);

  const { currentId, current, setCurrentId, select, move, moveFlagged } = useCurrentLink(links, visible);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [announce, setAnnounce] = useState('');

  /** Runs one edit with the reviewer's name; afterwards the current link is whatever took its place. */
  const edit = async (link: LinkDto | null, call: (author: string) => Promise<AlignmentDto>, done: string) => {
    const author = reviewer.require(reviewerId);
    if (!author) return;
    const hadFocus = link !== null && rowEl(link.id)?.contains(document.activeElement) === true;
    const index = link ? links.findIndex((l) => l.id === link.id) : -1;
    const after = await desk.run(() => call(author));
    if (!after) return;
    setAnnounce(done);
    if (link) {
      const next = successorOf(link, index, after.links);
      if (next) requestAnimationFrame(() => select(next.id, hadFocus || document.activeElement === document.body));
    }
  };

  const review = (link: LinkDto, action: ReviewAction) => {
    if (action !== 'reset' && link.status === (action === 'confirm' ? 'confirmed' : 'rejected')) return;
    const n = numbers.get(link.id) ?? 0;
    void edit(link, (a) => reviewLink(pair.id, link.id, action, a), t(`desk.did.${action}`, { n }));
  };
  const merge = (link: LinkDto, direction: 'next' | 'previous') => {
    const n = numbers.get(link.id) ?? 0;
    const other = near.get(link.id)?.[direction];
    if (!other) return;
    void edit(link, (a) => mergeLink(pair.id, link.id, direction, a), t('desk.did.merge', { n, m: numbers.get(other.id) ?? 0 }));
  };

  const onAction = (action: RowAction, link: LinkDto) => {
    if (action === 'select') return select(link.id, false);
    setCurrentId(link.id);
    if (action === 'confirm' || action === 'reject' || action === 'reset') return review(link, action);
    if (action === 'mergeNext') return merge(link, 'next');
    if (action === 'mergePrevious') return merge(link, 'previous');
    if (!reviewer.require(reviewerId)) return;
    setDialog({ kind: action, linkId: link.id });
  };
  // Rows are memoised: give them one stable function that calls the latest handler.
  const actionRef = useRef(onAction);
  useEffect(() => {
    actionRef.current = onAction;
  });
  const stableAction = useCallback((a: RowAction, l: LinkDto) => actionRef.current(a, l), []);

  useDeskKeys({
    active: current !== null,
    move,
    moveFlagged,
    review: (action) => current && review(current, action),
    mergeNext: () => current && merge(current, 'next'),
    split: () => current && onAction('split', current),
    relink: () => current && onAction('relink', current),
    open: () => {
      const s = current?.[sides.left][0] ?? current?.[sides.right][0];
      const side = current?.[sides.left][0] ? sides.left : sides.right;
      if (current && s) navigate(`/documents/${pair[side].id}#s-${s.idx}`);
    },
    help: () => setDialog({ kind: 'help' }),
  });

  const dialogLink = dialog && dialog.kind !== 'help' ? (links.find((l) => l.id === dialog.linkId) ?? null) : null;

  return (
    <div className="page wide desk" aria-busy={desk.busy}>
      <DeskHeader
        pair={pair}
        links={links}
        sides={sides}
        busy={desk.busy}
        onRealign={() => void edit(null, (a) => realign(pair.id, a), t('desk.did.realign'))}
        onPairStatus={(status) => void edit(null, async (a) => ({ ...data, pair: await setPairStatus(pair.id, status, a) }), t(status === 'confirmed' ? 'desk.did.pairConfirm' : 'desk.did.pairReject'))}
      />
      <HistoryPanel pairId={pair.id} revision={desk.revision} />
      <DeskToolbar
        pair={pair}
        sides={sides}
        reviewerId={reviewerId}
        reviewer={reviewer}
        filters={filters}
        onFilters={setFilters}
        shown={visible.length}
        total={links.length}
        onHelp={() => setDialog({ kind: 'help' })}
        busy={desk.busy}
      />
      {desk.error !== null && (
        <ErrorNotice error={desk.error}>
          <button type="button" className="button-quiet" onClick={desk.clearError}>
            {t('dialog.close')}
          </button>
        </ErrorNotice>
      )}
      <p className="visually-hidden" role="status" data-testid="desk-announce">
        {announce}
      </p>
      {links.length === 0 && <p className="empty">{t('desk.noLinks')}</p>}
      {links.length > 0 && visible.length === 0 && <p className="empty">{t('desk.noMatch')}</p>}
      {groups.map(({ stream, links: group }) => (
        <section key={stream} className={`desk-stream stream-${stream}`} aria-labelledby={`stream-${stream}`}>
          <h2 id={`stream-${stream}`} className="stream-title">
            {t(`stream.${stream}`)} <span className="muted">({group.length})</span>
          </h2>
          <ol className="link-list">
            {group.map((link) => (
              <LinkRow
                key={link.id}
                link={link}
                number={numbers.get(link.id) ?? 0}
                pair={pair}
                sides={sides}
                current={link.id === currentId}
                prevPages={pages.get(link.id) ?? { src: null, tgt: null }}
                canMergePrevious={near.get(link.id)?.previous != null}
                canMergeNext={near.get(link.id)?.next != null}
                onAction={stableAction}
              />
            ))}
          </ol>
        </section>
      ))}
      {dialog?.kind === 'help' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'split' && dialogLink && (
        <SplitDialog
          link={dialogLink}
          pair={pair}
          sides={sides}
          onClose={() => setDialog(null)}
          onSplit={(srcAt, tgtAt) => {
            setDialog(null);
            void edit(dialogLink, (a) => splitLink(pair.id, dialogLink.id, srcAt, tgtAt, a), t('desk.did.split', { n: numbers.get(dialogLink.id) ?? 0 }));
          }}
        />
      )}
      {dialog?.kind === 'relink' && dialogLink && (
        <RelinkDialog
          link={dialogLink}
          previous={near.get(dialogLink.id)?.previous ?? null}
          next={near.get(dialogLink.id)?.next ?? null}
          pair={pair}
          sides={sides}
          onClose={() => setDialog(null)}
          onRelink={(src, tgt) => {
            setDialog(null);
            void edit(dialogLink, (a) => relinkLink(pair.id, dialogLink.id, src, tgt, a), t('desk.did.relink', { n: numbers.get(dialogLink.id) ?? 0 }));
          }}
        />
      )}
    </div>
  );
}
