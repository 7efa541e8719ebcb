import type { EntityKind } from '../model.ts';

/** A known entity with its names in both languages. */
export interface Entity {
  id: string;
  kind: EntityKind;
  names: { fr: string; en: string };
  aliases: string[];
  /** Groups and alliances: member entity ids (e.g. country:EE). */
  members?: string[];
}

/** STUB (being written): the entity with this id (countries from CLDR, the glossary, groups). */
export function getEntity(_id: string): Entity | undefined {
  return undefined;
}
