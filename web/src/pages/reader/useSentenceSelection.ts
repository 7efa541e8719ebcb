import { useCallback, useEffect, useMemo, useState } from 'react';
import { useShortcuts } from '../../lib/useShortcuts.ts';

const HASH = /^#s-(\d+)$/;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The URL of a sentence: the current page with `#s-<idx>`. */
export const sentenceUrl = (idx: number): string => `${location.origin}${location.pathname}${location.search}#s-${idx}`;

/** Puts a sentence in view, opening a collapsed section that hides it. */
const reveal = (idx: number, block: ScrollLogicalPosition, behavior: ScrollBehavior) => {
  const el = document.getElementById(`s-${idx}`);
  const details = el?.closest('details');
  if (details && !details.open) details.open = true;
  el?.scrollIntoView({ block, behavior });
};

/**
 * The highlighted sentence, kept in step with the URL hash (#s-42): a deep link selects and
 * scrolls to it; selecting one replaces the hash. The highlight is a class toggled on the span
 * so that moving it does not re-render thousands of sentences.
 */
export function useSentenceSelection(order: number[]) {
  const [active, setActive] = useState<number | null>(null);
  const [missing, setMissing] = useState<number | null>(null);
  const known = useMemo(() => new Set(order), [order]);

  // Runs once the sentences are in the DOM (the caller renders only a loaded document).
  useEffect(() => {
    const fromHash = (behavior: ScrollBehavior) => {
      const m = HASH.exec(location.hash);
      if (!m) return;
      const idx = Number(m[1]);
      if (!known.has(idx)) return setMissing(idx);
      setMissing(null);
      setActive(idx);
      reveal(idx, 'center', behavior);
    };
    fromHash('instant');
    const onHash = () => fromHash(reducedMotion() ? 'instant' : 'smooth');
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [known]);

  useEffect(() => {
    if (active === null) return;
    const el = document.getElementById(`s-${active}`);
    el?.classList.add('is-active');
    el?.setAttribute('aria-current', 'true');
    return () => {
      el?.classList.remove('is-active');
      el?.removeAttribute('aria-current');
    };
  }, [active]);

  /** Selects a sentence and writes its hash without adding a history entry per click. */
  const select = useCallback((idx: number, scroll: boolean) => {
    setActive(idx);
    setMissing(null);
    history.replaceState(history.state, '', `#s-${idx}`);
    if (scroll) reveal(idx, 'nearest', reducedMotion() ? 'instant' : 'smooth');
  }, []);

  const clear = useCallback(() => {
    setActive(null);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }, []);

  /** Next (+1) or previous (-1) sentence in display order; from nothing, the first or last. */
  const move = useCallback(
    (step: 1 | -1) => {
      if (order.length === 0) return;
      const at = active === null ? -1 : order.indexOf(active);
      const next = at === -1 ? (step === 1 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + step));
      select(order[next]!, true);
    },
    [order, active, select],
  );

  return { active, missing, select, clear, move };
}

/** Keys of the reader: j/k or arrows move, Enter copies, Escape clears. Ignored while typing. */
export function useReaderKeys(handlers: { active: number | null; move: (step: 1 | -1) => void; copy: () => void; clear: () => void }) {
  useShortcuts((e, target) => {
    const h = handlers;
    const arrows = h.active !== null && (e.key === 'ArrowDown' || e.key === 'ArrowUp');
    if (e.key === 'j' || e.key === 'k' || arrows) {
      e.preventDefault();
      h.move(e.key === 'j' || e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && h.active !== null && !target?.closest('a, button, summary')) {
      e.preventDefault();
      h.copy();
    } else if (e.key === 'Escape' && h.active !== null) {
      h.clear();
    }
  });
}
