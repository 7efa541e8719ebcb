import type { UiLang } from '../i18n/messages.ts';

/** An entity as the API names it: the source's words, and both languages' names when known. */
interface NamedRef {
  name: string;
  names?: { fr: string; en: string } | undefined;
}

/** The entity's name in the interface language when Concorde knows it, else as the source wrote it. */
export const entityName = (ref: NamedRef, lang: UiLang): string => ref.names?.[lang] ?? ref.name;
