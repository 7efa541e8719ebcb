import { getEntity } from '../entities/registry.ts';
import type { EntityRef } from '../model.ts';
import { PARTITIVE_BEFORE } from './cues/membership.ts';
import type { Mention, SentenceView } from './view.ts';

/** "(États) membres de l'UE", "members of NATO" right before an organisation: its members are meant. */
const MEMBERS_OF_BEFORE = /(?:(?:États|Etats|pays) membres?|membres?|member states?|members?|member countries)\s+(?:d(?:e|es|u)\s+|d'|of\s+)(?:l'|la |le |les |the )?$/iu;

export interface Actor {
  ref: EntityRef;
  /** The group it came from ("les États baltes"), when expanded. */
  group?: EntityRef;
  mention: Mention;
}

/**
 * The actors a mention stands for: a country or organisation itself, or a group expanded to its
 * members with the group kept. "Un certain nombre de membres de l'OTAN" is some members, not all:
 * it expands to nothing (the names that follow say which).
 */
export function actorsOf(view: SentenceView, m: Mention): Actor[] {
  const before = view.norm.slice(Math.max(0, m.start - 60), m.start);
  const expandable = m.members?.length ? { group: m.ref, members: m.members } : membersOfOrganisation(m, before, view.input.lang);
  if (expandable) {
    if (PARTITIVE_BEFORE.test(before) && !/(?:^|\s)(?:les|the|all|tous)\s*$/iu.test(before)) return [];
    return expandable.members.map((ref) => ({ ref, group: { id: expandable.group.id, name: expandable.group.name }, mention: m }));
  }
  if (m.kind === 'group') return [];
  if (m.kind === 'organisation' && MEMBERS_OF_BEFORE.test(before)) return [];
  return [{ ref: { id: m.ref.id, name: m.ref.name }, mention: m }];
}

/** "les membres de l'UE" when the entity finder only saw "l'UE": the registry's member group. */
function membersOfOrganisation(m: Mention, before: string, lang: 'fr' | 'en'): { group: EntityRef; members: EntityRef[] } | undefined {
  if (m.kind !== 'organisation' || !MEMBERS_OF_BEFORE.test(before)) return undefined;
  const groupId = `group:${m.ref.id.split(':')[1] ?? ''}-members`;
  const group = getEntity(groupId);
  if (!group?.members?.length) return undefined;
  return {
    group: { id: groupId, name: `${before.match(/\S+\s+\S+\s*$/)?.[0] ?? ''}${m.text}`.trim() || group.names[lang] },
    members: group.members.map((id) => ({ id, name: getEntity(id)?.names[lang] ?? id })),
  };
}
