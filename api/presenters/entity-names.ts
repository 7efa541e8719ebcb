import { getEntity } from '../../ingest/claims/entities/registry.ts';
import type { EntityRef } from '../../ingest/claims/model.ts';

/**
 * An entity as a claim names it, plus its names in both languages when Concorde knows it, so
 * the interface can say "Norway" in English even when the source wrote "la Norvège".
 */
export const withNames = (ref: EntityRef): EntityRef & { names?: { fr: string; en: string } } => {
  const known = getEntity(ref.id);
  return known ? { ...ref, names: known.names } : ref;
};

/** The claim's entity fields with names in both languages. */
export function namedEntities<C extends { subject: EntityRef; object?: EntityRef | undefined; place?: EntityRef | undefined; group?: EntityRef | undefined; attribution?: EntityRef | undefined; participants: EntityRef[]; initiators: EntityRef[] }>(c: C): C {
  return {
    ...c,
    subject: withNames(c.subject),
    ...(c.object ? { object: withNames(c.object) } : {}),
    ...(c.place ? { place: withNames(c.place) } : {}),
    ...(c.group ? { group: withNames(c.group) } : {}),
    ...(c.attribution ? { attribution: withNames(c.attribution) } : {}),
    participants: c.participants.map(withNames),
    initiators: c.initiators.map(withNames),
  };
}
