import type { EntityKind } from '../model.ts';

/** Letters that carry no combining mark, so NFD leaves them alone ("Radosław", "Søren", "Œuvre"). */
const STROKED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ð: 'd' };

/** Lower case without diacritics: "États" → "etats", "Orbán" → "orban", "Radosław" → "radoslaw". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđħıæœßþð]/g, (c) => STROKED[c] ?? c);
}

/** The id prefix of each entity kind (`organisation` is shortened to `org`). */
const PREFIX: Record<EntityKind, string> = {
  country: 'country',
  organisation: 'org',
  coalition: 'coalition',
  mission: 'mission',
  programme: 'programme',
  group: 'group',
  person: 'person',
  place: 'place',
};

/** The entity kind an id names, from its prefix (`person:jean-dupont` → `person`); `organisation:` is read as `org:`. Unknown prefixes default to `organisation`. */
const KIND_BY_PREFIX = new Map<string, EntityKind>([...Object.entries(PREFIX).map(([kind, prefix]) => [prefix, kind as EntityKind] as const), ['organisation', 'organisation']]);
export const kindOfId = (id: string): EntityKind => KIND_BY_PREFIX.get(id.slice(0, id.indexOf(':'))) ?? 'organisation';

/** A stable id from a name: `slugId('person', 'Sébastien Lecornu')` → `person:sebastien-lecornu`. */
export function slugId(kind: EntityKind, name: string): string {
  const slug = fold(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${PREFIX[kind]}:${slug || 'unnamed'}`;
}
