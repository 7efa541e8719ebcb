import type { EntityKind, EntityRef } from '../model.ts';

/** An entity named in a sentence; offsets relative to the string searched. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  ref: EntityRef;
  /** Groups ("les États baltes", "EU member states"): their member countries. */
  members?: EntityRef[];
  /** People: the role the text gives them ("ministre des Armées"). */
  role?: string;
}

/** STUB (being written): countries, glossary organisations, groups, people and unknown organisations in `text`. */
export function findEntities(_text: string, _lang: 'fr' | 'en'): EntityMention[] {
  return [];
}
