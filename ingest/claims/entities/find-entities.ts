import type { EntityKind, EntityRef } from '../model.ts';
import { findKnown, type KnownMatch } from './find-known.ts';
import { findContextOrgs, type ContextOrg } from './find-orgs.ts';
import { findPeople, newPeopleMemory } from './find-people.ts';
import { fold } from './normalize.ts';
import { getEntity } from './registry.ts';
import { tokenize, type Token } from './tokens.ts';

/** Ids for names no list knows: `slugId('person', 'Sébastien Lecornu')` → `person:sebastien-lecornu`. */
export { slugId } from './normalize.ts';

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
  /** A nationality word ("les troupes ukrainiennes", "Ukrainian soldiers"): the country as an attribute, not an actor. */
  demonym?: true;
  /** How it was recognised: a registry name, or a guess from context (people, unknown organisations). Always set by the finder. */
  source?: 'registry' | 'context';
}

/** Finds entities sentence by sentence, remembering the people and organisations of one document. */
export interface EntityFinder {
  find(text: string): EntityMention[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start >= b.start && a.end <= b.end;

/**
 * A finder for one document. Sentences are searched in order; a surname alone ("a affirmé
 * Lecornu") resolves to the full name seen earlier, an acronym alone to the organisation it
 * was introduced with ("Institut polonais des affaires internationales (PISM)", then "le PISM").
 */
export function createEntityFinder(lang: 'fr' | 'en'): EntityFinder {
  const people = newPeopleMemory();
  /** Organisations found from context: acronym (as written) or folded name → [id, kind]. */
  const orgs = new Map<string, [string, EntityKind]>();

  const rememberedOrgs = (text: string, toks: readonly Token[], taken: Uint8Array): ContextOrg[] => {
    const out: ContextOrg[] = [];
    toks.forEach((t, k) => {
      // A remembered name is a proper name: "a centre" is not "the Government IT Centre".
      const hit = !taken[k] && /^\p{Lu}/u.test(t.raw) && (orgs.get(t.raw) ?? undefined);
      if (hit && t.raw.length >= 2) out.push({ start: t.start, end: t.end, firstWord: k, words: 1, id: hit[0], kind: hit[1] });
    });
    return out;
  };

  return {
    find(text: string): EntityMention[] {
      const toks = tokenize(text);
      let known = findKnown(text, toks);
      const mark = (spans: ReadonlyArray<{ firstWord: number; words: number }>) => {
        const a = new Uint8Array(toks.length);
        for (const s of spans) a.fill(1, s.firstWord, s.firstWord + s.words);
        return a;
      };
      // Context organisations may contain known names ("University of Warsaw"), never cut through one.
      // Demonyms may sit inside an organisation's name ("Institut polonais des affaires internationales").
      let ctxOrgs = findContextOrgs(text, toks, mark(known.filter((k) => !k.demonym)));
      ctxOrgs = ctxOrgs.filter((o) => !known.some((k) => overlaps(k, o) && !inside(k, o)));
      known = known.filter((k) => !ctxOrgs.some((o) => inside(k, o)));
      for (const o of ctxOrgs) {
        const name = text.slice(o.start, o.end);
        orgs.set(/^\p{Lu}[\p{Lu}\d&-]+$/u.test(name) ? name : fold(name), [o.id, o.kind]);
      }
      ctxOrgs.push(...rememberedOrgs(text, toks, mark([...known, ...ctxOrgs])));

      const knownWords = mark(known);
      const blocked = mark([...known, ...ctxOrgs]);
      const glossaryPeople = known.filter((k) => k.kind === 'person').map((k) => ({ first: k.firstWord, last: k.firstWord + k.words - 1, id: k.entityId }));
      const persons = findPeople(text, toks, { blocked, known: knownWords, glossaryPeople }, people);

      const mentions: EntityMention[] = [
        ...known.filter((k) => k.kind !== 'person').map((k) => fromKnown(text, k, lang)),
        ...ctxOrgs.map((o): EntityMention => ({ start: o.start, end: o.end, text: text.slice(o.start, o.end), kind: o.kind, ref: { id: o.id, name: text.slice(o.start, o.end) }, source: 'context' })),
        ...persons.map((p): EntityMention => ({
          start: p.start,
          end: p.end,
          text: text.slice(p.start, p.end),
          kind: 'person',
          ref: { id: p.id, name: text.slice(p.start, p.end) },
          source: p.source,
          ...(p.role ? { role: p.role } : {}),
        })),
      ];
      return mentions.sort((a, b) => a.start - b.start);
    },
  };
}

function fromKnown(text: string, m: KnownMatch, lang: 'fr' | 'en'): EntityMention {
  const written = text.slice(m.start, m.end);
  const mention: EntityMention = { start: m.start, end: m.end, text: written, kind: m.kind, ref: { id: m.entityId, name: written }, source: 'registry' };
  if (m.demonym) mention.demonym = true;
  const members = getEntity(m.entityId)?.members;
  if (members) mention.members = members.map((id) => ({ id, name: getEntity(id)?.names[lang] ?? id }));
  return mention;
}

/** Countries, glossary organisations, groups, places, people and unknown organisations in `text` (one sentence, no memory across calls). */
export function findEntities(text: string, lang: 'fr' | 'en'): EntityMention[] {
  return createEntityFinder(lang).find(text);
}
