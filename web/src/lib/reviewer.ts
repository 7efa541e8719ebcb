import { useCallback, useState } from 'react';

const STORAGE_KEY = 'concorde.reviewer';

const load = (): string => {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
};

/**
 * The reviewer's name, recorded as the author of every edit. Remembered in localStorage so a
 * translator types it once per browser; an empty name means "not given yet".
 */
export function useReviewer() {
  const [name, setNameState] = useState(load);
  const [missing, setMissing] = useState(false);

  const setName = useCallback((next: string) => {
    setNameState(next);
    if (next.trim()) setMissing(false);
    try {
      localStorage.setItem(STORAGE_KEY, next.trim());
    } catch {
      // Not remembered, but used for this page.
    }
  }, []);

  /** The trimmed name, or null after asking for it (the field shows an error and takes focus). */
  const require = useCallback(
    (fieldId: string): string | null => {
      const author = name.trim();
      if (author) return author;
      setMissing(true);
      document.getElementById(fieldId)?.focus();
      return null;
    },
    [name],
  );

  return { name, setName, missing, require };
}
