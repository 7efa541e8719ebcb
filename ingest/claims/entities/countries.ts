import type { Entity } from './registry.ts';

/**
 * Region codes CLDR names that are not assigned ISO 3166-1 alpha-2 country codes: exceptionally
 * reserved (AC, CP, CQ, DG, EA, IC, TA), groupings (EU, EZ, UN, QO), pseudo-locales (XA, XB) and
 * "unknown" (ZZ). XK (Kosovo) is user-assigned, not ISO, but kept: the EU and CLDR use it.
 */
const NOT_ISO = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/**
 * Every ISO 3166-1 alpha-2 code the runtime's CLDR knows (249 on Node 20, plus XK), found by
 * asking `Intl.DisplayNames` for each two-letter code: deprecated codes (UK, SU, YU, …) are
 * dropped because the locale canonicaliser maps them to their successors.
 */
export function isoCountryCodes(): string[] {
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of A) {
    for (const b of A) {
      const code = a + b;
      if (NOT_ISO.has(code) || en.of(code) === undefined) continue;
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      codes.push(code);
    }
  }
  return codes;
}

/** CLDR writes "St. Kitts & Nevis", "Bosnia & Herzegovina": texts write "Saint", "and", "et". */
function variants(name: string, lang: 'fr' | 'en'): string[] {
  const out = new Set([name]);
  if (name.includes('&')) out.add(name.replace(/\s*&\s*/g, lang === 'fr' ? ' et ' : ' and '));
  for (const v of [...out]) if (/\bSt\. /.test(v)) out.add(v.replace(/\bSt\. /g, 'Saint '));
  // "Congo - Kinshasa", "Myanmar (Burma)", "Cocos (Keeling) Islands": the name without its qualifier is the everyday one.
  for (const v of [...out]) {
    const short = v.replace(/\s*\([^)]*\)/g, '').replace(/\s+-\s+.*$/, '');
    if (short !== v && short.length > 2) out.add(short);
  }
  out.delete(name);
  return [...out];
}

/** Country entities from CLDR: `country:FR` named "France" in both languages. */
export function cldrCountries(): Entity[] {
  const fr = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'code' });
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return isoCountryCodes().map((code) => {
    const names = { fr: fr.of(code) ?? code, en: en.of(code) ?? code };
    return { id: `country:${code}`, kind: 'country', names, aliases: [...variants(names.fr, 'fr'), ...variants(names.en, 'en')] };
  });
}
