import type { EntityKind } from '../model.ts';
import { COUNTRY_ALIASES, demonymForms } from './country-aliases.ts';
import { cldrCountries } from './countries.ts';
import { builtInGlossary } from './glossary.ts';
import { GROUPS } from './groups.ts';
import { PLACES } from './places.ts';
import { nameKey } from './tokens.ts';

/** A known entity with its names in both languages. */
export interface Entity {
  id: string;
  kind: EntityKind;
  names: { fr: string; en: string };
  aliases: string[];
  /** Groups and alliances: member entity ids (e.g. country:EE). */
  members?: string[];
  /** Places: the country they are in (country:UA for place:kyiv); heads of state and government: their country. */
  country?: string;
  /** Countries: adjectives and nouns of nationality ("ukrainien", "Ukrainians"); they name the country as an attribute, not an actor. */
  demonyms?: string[];
}

let byId: Map<string, Entity> | undefined;

/** Countries (CLDR + aliases), groups, places and the glossary, indexed once. */
function registry(): Map<string, Entity> {
  if (!byId) {
    const all: Entity[] = [];
    const demonyms = demonymForms();
    for (const c of cldrCountries()) {
      const code = c.id.slice('country:'.length);
      const extra = COUNTRY_ALIASES[code] ?? [];
      const dem = demonyms.get(code);
      all.push({ ...c, aliases: [...new Set([...c.aliases, ...extra])], ...(dem ? { demonyms: dem } : {}) });
    }
    dropSharedCountryAliases(all);
    all.push(...GROUPS, ...PLACES);
    for (const g of builtInGlossary()) all.push({ ...g });
    byId = new Map();
    for (const e of all) {
      // Two sources claiming one id is a data bug, not something to resolve silently.
      if (byId.has(e.id)) throw new Error(`entity ${e.id} is defined twice (glossary vs countries/groups/places)`);
      byId.set(e.id, e);
    }
  }
  return byId;
}

/**
 * An alias two countries share ("Congo" from "Congo - Kinshasa" and "Congo - Brazzaville",
 * "Saint-Martin" from the Dutch part's qualified name) names neither; a country's own CLDR name wins.
 */
function dropSharedCountryAliases(countries: Entity[]): void {
  const owners = new Map<string, Set<string>>();
  for (const c of countries) {
    for (const n of [c.names.fr, c.names.en, ...c.aliases]) owners.set(nameKey(n), (owners.get(nameKey(n)) ?? new Set()).add(c.id));
  }
  for (const c of countries) {
    const own = new Set([nameKey(c.names.fr), nameKey(c.names.en)]);
    c.aliases = c.aliases.filter((a) => own.has(nameKey(a)) || (owners.get(nameKey(a))?.size ?? 0) < 2);
  }
}

/** The entity with this id (countries from CLDR, the glossary, groups, places), or undefined. */
export function getEntity(id: string): Entity | undefined {
  return registry().get(id);
}

/** Every known entity, countries first. */
export function allEntities(): Entity[] {
  return [...registry().values()];
}

/**
 * The display name of an entity in a language: its registry name, or for ids made from a slug
 * (`person:sebastien-lecornu`, unknown organisations) the slug in title case.
 */
export function entityName(id: string, lang: 'fr' | 'en'): string {
  const e = registry().get(id);
  if (e) return e.names[lang];
  const slug = id.slice(id.indexOf(':') + 1);
  return slug.split('-').map((w) => (w.length > 3 || id.startsWith('person:') ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
}
