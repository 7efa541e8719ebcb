import { actorRefs } from './actors.ts';
import { EXCLUSION_CUE } from './cues/membership.ts';
import type { Actor } from './groups.ts';
import { TARGET_KINDS, type Mention, type SentenceView } from './view.ts';

/** Where the subject of a verb can start: the sentence start or a strong break. */
const SUBJECT_START = /[.;:!?»”]|,\s*(?:mais|but|et|and|alors que|while|qui|which)\s/giu;
const RELATIVE_BEFORE = /(?:qui|who|which|that)\s*$/iu;
const AFTER_PREPOSITION = /(?:\s(?:de|des|du|d'|of|à|aux?|to|contre|against|face à|avec|with|en|in|sur|on|pour|for))\s*(?:l'|la |le |les |the )?$/iu;
/** A subject pronoun standing for the body the text is about: "Tous, entendent…", "They…". */
const COLLECTIVE_PRONOUN = /^\s*(?:tous|toutes|ils|elles|they|all of them|ensemble)\b/iu;
/** The content of a stance runs to the end of its clause. */
const CONTENT_END = /[.;:!?»”"]|,\s|\s[—–]\s/u;

/**
 * The actors holding a position expressed by the verb at `at`: the person named last before it
 * when there is one ("Le ministre français de la Défense, Sébastien Lecornu, a insisté"), else
 * every actor of the subject phrase (groups expanded). A capital right before the verb is its
 * country ("Rome opposes"). A collective pronoun stands for the running topic.
 */
export function subjectsBefore(view: SentenceView, at: number, weak = false): Actor[] {
  let from = 0;
  for (const m of view.norm.slice(0, at).matchAll(SUBJECT_START)) from = m.index + m[0].length;
  let candidates = view.entities.filter((e) => e.start >= from && e.end <= at && !e.viaCoref);
  const rel = RELATIVE_BEFORE.exec(view.norm.slice(from, at));
  if (rel) {
    const relAt = from + rel.index;
    candidates = candidates.filter((e) => relAt - e.end >= 0 && relAt - e.end <= 3);
  }
  // A bare English verb form needs its subject right before it; the rest of a coordinated subject comes along.
  if (weak && !candidates.some((e) => at - e.end <= 2)) candidates = [];
  const free = (e: Mention) => !AFTER_PREPOSITION.test(view.norm.slice(Math.max(0, e.start - 12), e.start));
  const people = candidates.filter((e) => e.kind === 'person' && free(e) && actorRefs(view, e).length);
  if (people.length) return actorRefs(view, people.at(-1) as Mention);
  // "Tous les membres de l'UE, à l'exception de la Hongrie, soutiennent…": the excepted names leave the group and hold nothing.
  const exception = EXCLUSION_CUE.exec(view.norm.slice(from, at));
  const cut = exception ? from + exception.index : at;
  const comma = exception ? view.norm.slice(cut, at).search(/,/u) : -1;
  const exceptEnd = comma < 0 ? at : cut + comma;
  const isExcepted = (e: Mention) => e.start >= cut && e.start < exceptEnd;
  const excepted = new Set(candidates.filter(isExcepted).flatMap((e) => actorRefs(view, e)).map((a) => a.ref.id));
  const actors = candidates
    .filter((e) => (free(e) || e.demonym) && !isExcepted(e))
    .flatMap((e) => actorRefs(view, e, { placesAsCountries: at - e.end <= 2 }))
    .filter((a) => !excepted.has(a.ref.id));
  if (actors.length) return unique(actors);
  if (COLLECTIVE_PRONOUN.test(view.norm.slice(from, at)) && view.topic) return [{ ref: { id: view.topic.ref.id, name: view.topic.ref.name }, mention: view.topic }];
  return [];
}

/** The actor named right after `at` (an agent after "par"/"by", a source after "selon"). */
export function actorAfter(view: SentenceView, at: number, slack = 12): Actor[] {
  const m = view.entities.find((e) => e.start >= at && e.start - at <= slack && !e.viaCoref);
  return m ? actorRefs(view, m, { placesAsCountries: true }) : [];
}

/** The words a position is about: from `from` to the end of the clause. */
export function contentAfter(view: SentenceView, from: number, end: RegExp = CONTENT_END): { start: number; end: number; text: string } | undefined {
  const rest = view.norm.slice(from);
  const stop = rest.search(end);
  const raw = stop < 0 ? rest : rest.slice(0, stop);
  const lead = raw.length - raw.trimStart().length;
  const text = view.text.slice(from + lead, from + raw.trimEnd().length).trim();
  if (text.length < 2) return undefined;
  return { start: from + lead, end: from + lead + text.length, text: text.length > 200 ? `${text.slice(0, 199)}…` : text };
}

/** The entity a position is about: the first named actor or body in its content. */
export function objectIn(view: SentenceView, content: { start: number; end: number }, not: ReadonlySet<string>): Mention | undefined {
  return view.entities.find(
    (e) => e.start >= content.start && e.end <= content.end && !e.demonym && !not.has(e.ref.id) && (TARGET_KINDS.has(e.kind) || e.kind === 'country' || e.kind === 'person' || e.kind === 'group'),
  );
}

function unique(actors: Actor[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(a.ref.id) && seen.add(a.ref.id));
}
