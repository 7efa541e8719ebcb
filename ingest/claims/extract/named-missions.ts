import { slugId } from '../entities/normalize.ts';
import { getEntity } from '../entities/registry.ts';
import type { Mention } from './view.ts';

/**
 * Missions, operations and exercises the glossary does not know, named in the text: a generic word
 * then a capitalised name or acronym ("l'opération Northern Shield", "exercise Nordic Response",
 * "la mission AUSSOM", "Operation Baltic Guardian"), or a bare capitalised name right after a verb
 * of taking part ("participent à Baltic Sentry"). The id drops the generic word, so the French and
 * English names meet: `mission:northern-shield`.
 */
const NAME = String.raw`(?:\p{Lu}[\p{L}\d]*(?:[-–]\p{Lu}?[\p{L}\d]+)*|\d+)`;
/** Small words allowed inside a name when capitalised words follow ("Sea of Peace" is rare; keep to "de/of" only). */
const NAME_RUN = String.raw`${NAME}(?:\s(?:${NAME}))*`;
const GENERIC = String.raw`(?:[Oo]pérations?|[Oo]perations?|[Mm]issions?|[Ee]xercices?|[Ee]xercises?|[Mm]anœuvres|[Mm]anoeuvres|[Dd]rills?|[Ii]nitiatives?|[Pp]rogrammes?|[Pp]lans?)`;
/** Programmes, plans, funds and initiatives named after their generic word: "l'initiative European Sky Shield", "the ReArm Europe plan". */
const PROGRAMME_GENERIC = /^(?:initiatives?|programmes?|programs?|plans?|fonds|funds?|facilités?|facilit(?:y|ies)|instruments?)$/iu;
const WITH_GENERIC = new RegExp(String.raw`(?<![\p{L}])${GENERIC}\s+(?:militaires?\s+|navale?s?\s+|conjointe?s?\s+|de l'(?:UE|OTAN|ONU)\s+|(?:de\s+)?(?:l'UE|l'OTAN)\s+)?[«“"]?(${NAME_RUN})[»”"]?`, 'gu');
/** "the EUTM Mali mission": the English generic word after the name. */
const GENERIC_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(${NAME_RUN})\s+(?:mission|operation|exercise|[Ii]nitiative|[Pp]rogramme|[Pp]rogram|[Pp]lan)s?(?![\p{L}])`, 'gu');
const AFTER_TAKING_PART = new RegExp(String.raw`(?<![\p{L}])(?:participen?t?|participé|participate[sd]?|participating|prenn?e?n?t part|pris part|takes? part|took part|taking part|se relaient|contribuen?t?|contribute[sd]?)\s+(?:à|au|aux|in|to)\s+(${NAME_RUN})`, 'gu');
/** Capitalised words that are not names of a mission ("Mission de l'UE" is handled by the finder). */
const NOT_A_NAME = /^(?:Le|La|Les|L|The|A|An|De|Des|Du|Of|Et|And|Pour|For|Si|If|En|In|Au|Aux)$/u;

function namedMissions(norm: string, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const add = (start: number, end: number, nameStart: number, nameEnd: number) => {
    const outside = `${norm.slice(start, nameStart)} ${norm.slice(nameEnd, end)}`.trim().split(/\s+/).map((w) => w.replace(/^(?:l'|the )/iu, ''));
    const kind = outside.some((w) => PROGRAMME_GENERIC.test(w)) ? 'programme' : 'mission';
    const words = norm.slice(nameStart, nameEnd).split(/\s+/);
    // Trailing words that are known entities' first words stay outside ("Baltic Sentry de l'OTAN" stops at "Sentry").
    if (!words.length || NOT_A_NAME.test(words[0] ?? '')) return;
    const overlaps = found.filter((m) => m.start < end && start < m.end);
    // A glossary body already covers it ("opération Aspides"): keep the glossary's id.
    if (overlaps.some((m) => (m.kind === 'mission' && getEntity(m.ref.id)) || m.kind === 'coalition' || m.kind === 'programme' || (m.kind === 'organisation' && m.start <= nameStart && m.end >= nameEnd))) return;
    out.push({ start, end, text: norm.slice(start, end), kind, ref: { id: slugId(kind, norm.slice(nameStart, nameEnd)), name: norm.slice(start, end) } });
  };
  for (const m of norm.matchAll(WITH_GENERIC)) {
    const name = m[1] ?? '';
    const nameStart = m.index + m[0].lastIndexOf(name);
    add(m.index, m.index + m[0].length, nameStart, nameStart + name.length);
  }
  for (const m of norm.matchAll(GENERIC_AFTER)) {
    const name = m[1] ?? '';
    const nameStart = m.index + m[0].indexOf(name);
    if (out.some((o) => o.start < nameStart + name.length && nameStart < o.end)) continue;
    add(nameStart, m.index + m[0].length, nameStart, nameStart + name.length);
  }
  for (const m of norm.matchAll(AFTER_TAKING_PART)) {
    const name = m[1] ?? '';
    const nameStart = m.index + m[0].length - name.length;
    const nameEnd = nameStart + name.length;
    // A country or organisation after the verb is not a mission's name ("contribue à l'OTAN").
    if (found.some((e) => e.start < nameEnd && nameStart < e.end)) continue;
    if (out.some((o) => o.start < nameEnd && nameStart < o.end)) continue;
    add(nameStart, nameEnd, nameStart, nameEnd);
  }
  return out;
}

/**
 * Mentions with named missions merged in: a mission's span replaces the finder's mentions inside it
 * ("Mali" in "EUTM Mali", an organisation "Operation Baltic Guardian" from the finder).
 */
export function withNamedMissions(norm: string, found: readonly Mention[]): Mention[] {
  const missions = namedMissions(norm, found);
  if (!missions.length) return [...found];
  const kept = found.filter((m) => !missions.some((o) => o.start <= m.start && m.end <= o.end) && !missions.some((o) => o.start < m.end && m.start < o.end));
  return [...kept, ...missions].sort((a, b) => a.start - b.start);
}
