import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { interpolate, type MessageKey, type Messages, type UiLang, type Vars } from './messages.ts';

const STORAGE_KEY = 'concorde.uiLang';
const dictionaries: Record<UiLang, Messages> = { fr, en };
/** BCP 47 locales for dates and numbers (en-GB: day before month, as in the documents). */
const locales: Record<UiLang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** What components get from `useI18n()`. */
export interface I18n {
  lang: UiLang;
  locale: string;
  setLang: (lang: UiLang) => void;
  t: (key: MessageKey, vars?: Vars) => string;
  /** For keys built at run time (error codes, stage names): undefined when the key is unknown. */
  tMaybe: (key: string, vars?: Vars) => string | undefined;
}

const I18nContext = createContext<I18n | null>(null);

/** Saved choice first, then the browser's language, then English. */
const initialLang = (): UiLang => {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'fr' || saved === 'en') return saved;
  } catch {
    // Storage can be disabled; fall through to the browser language.
  }
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
};

/** Holds the interface language, persists it and keeps `<html lang>` in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<UiLang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: UiLang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted, but the switch still applies to this tab.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dict = dictionaries[lang];
    const lookup = (key: string): string | undefined => (Object.hasOwn(dict, key) ? dict[key as MessageKey] : undefined);
    return {
      lang,
      locale: locales[lang],
      setLang,
      t: (key, vars) => interpolate(dict[key], vars),
      tMaybe: (key, vars) => {
        const template = lookup(key);
        return template === undefined ? undefined : interpolate(template, vars);
      },
    };
  }, [lang, setLang]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The interface language and translator; must be used under `I18nProvider`. */
export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n must be used inside <I18nProvider>');
  return ctx;
}
