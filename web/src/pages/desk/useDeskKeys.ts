import { TYPING, useShortcuts } from '../../lib/useShortcuts.ts';

/** What each shortcut does; the page decides what "current" means. */
export interface DeskKeyHandlers {
  /** Whether a link is current: until one is, the arrow keys keep scrolling the page. */
  active: boolean;
  move: (step: 1 | -1) => void;
  moveFlagged: (step: 1 | -1) => void;
  review: (action: 'confirm' | 'reject' | 'reset') => void;
  mergeNext: () => void;
  split: () => void;
  relink: () => void;
  open: () => void;
  help: () => void;
}

/**
 * Desk shortcuts on the window: j/k or arrows, n/N, c, x, u, m, s, e, Enter (on a row), ?.
 * Ignored while typing in a field, with Ctrl/Alt/Meta held, and while a dialog is open.
 */
export function useDeskKeys(handlers: DeskKeyHandlers) {
  useShortcuts((e, target) => {
    if (document.querySelector('dialog[open]')) return;
    const h = handlers;
    const run = (f: () => void) => {
      e.preventDefault();
      f();
    };
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (!h.active) return;
        return run(() => h.move(e.key === 'ArrowDown' ? 1 : -1));
      case 'j':
        return run(() => h.move(1));
      case 'k':
        return run(() => h.move(-1));
      case 'n':
        return run(() => h.moveFlagged(1));
      case 'N':
        return run(() => h.moveFlagged(-1));
      case 'c':
        return run(() => h.review('confirm'));
      case 'x':
        return run(() => h.review('reject'));
      case 'u':
        return run(() => h.review('reset'));
      case 'm':
        return run(() => h.mergeNext());
      case 's':
        return run(() => h.split());
      case 'e':
        return run(() => h.relink());
      case '?':
        return run(() => h.help());
      case 'Enter':
        // Only on the row itself: Enter on a button or a link keeps its own meaning.
        if (target?.matches('.link-row')) run(() => h.open());
        return;
    }
  }, `${TYPING}, dialog`);
}
