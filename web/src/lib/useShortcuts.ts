import { useEffect, useRef } from 'react';

/** Where a key press is typing, not a shortcut. */
export const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/**
 * Calls `onKey` for key presses on the window that can be shortcuts: none already handled,
 * none with Ctrl, Alt or Meta, none inside an element matching `ignore` (fields by default).
 * The latest `onKey` is used, so it may close over the current render's state.
 */
export function useShortcuts(onKey: (e: KeyboardEvent, target: Element | null) => void, ignore: string = TYPING): void {
  const ref = useRef(onKey);
  useEffect(() => {
    ref.current = onKey;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(ignore)) return;
      ref.current(e, target);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [ignore]);
}
