import type { fr } from './fr.ts';

/** Interface languages. */
export type UiLang = 'fr' | 'en';
/** Every interface string key; French defines the set, English must match it. */
export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
/** Values interpolated into `{name}` placeholders. */
export type Vars = Record<string, string | number>;

/** Replaces `{name}` placeholders; unknown names are left visible so a missing value is noticed. */
export const interpolate = (template: string, vars: Vars = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
