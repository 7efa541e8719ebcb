import { useCallback, useEffect, useState } from 'react';
import type { LinkDto } from '../../../../api/schemas/alignment.ts';
import { findWrapping } from '../../lib/desk.ts';

const HASH = /^#l-(.+)$/;

/** The row element of a link (rows are `li#l-<id>`). */
export const rowEl = (id: string) => document.getElementById(`l-${id}`);

/**
 * The link the keyboard acts on. It is kept in the URL hash (#l-<id>, replaced, not pushed) so a
 * reload or Back from the reader returns to it; moving to a link focuses its row and scrolls it
 * into view. Moves go through the shown (filtered) links only.
 */
export function useCurrentLink(links: LinkDto[], visible: LinkDto[]) {
  const [currentId, setCurrentId] = useState<string | null>(null);

  const select = useCallback((id: string, focus: boolean) => {
    setCurrentId(id);
    history.replaceState(history.state, '', `${location.pathname}${location.search}#l-${id}`);
    if (focus) {
      const el = rowEl(id);
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: 'nearest' });
    }
  }, []);

  // A deep link selects and scrolls to its row, once on arrival (later hash changes are ours).
  useEffect(() => {
    const id = HASH.exec(location.hash)?.[1];
    if (id && links.some((l) => l.id === id)) {
      setCurrentId(id);
      rowEl(id)?.scrollIntoView({ block: 'center' });
    }
  }, []);

  /** Next/previous shown link; from none, the first or last. Stops at the ends. */
  const move = (step: 1 | -1) => {
    const at = visible.findIndex((l) => l.id === currentId);
    const to = at === -1 ? (step === 1 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, at + step));
    const target = visible[to];
    if (target) select(target.id, true);
  };

  /** Next/previous flagged link, wrapping around as a search does. */
  const moveFlagged = (step: 1 | -1) => {
    const flagged = (l: LinkDto) => l.flags.length > 0;
    const at = visible.findIndex((l) => l.id === currentId);
    const to = at === -1 ? (step === 1 ? visible.findIndex(flagged) : visible.findLastIndex(flagged)) : findWrapping(visible, at, step, flagged);
    const target = visible[to];
    if (target) select(target.id, true);
  };

  const current = links.find((l) => l.id === currentId) ?? null;
  return { currentId, current, setCurrentId, select, move, moveFlagged };
}
