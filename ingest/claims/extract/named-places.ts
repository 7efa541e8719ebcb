import { slugId } from '../entities/normalize.ts';
import { getEntity } from '../entities/registry.ts';
import type { Mention } from './view.ts';

/**
 * Cities the place list does not know: a capitalised name right after "à", "in" or "at" is a place
 * ("réunis à Kaunas", "met in Tromsø"), never a person — even when the finder took it for one. A
 * person named with a first name and a surname stays a person ("a écrit à Ursula von der Leyen" is
 * rare; a two-word name after "à" is only a place when the finder saw nothing in it).
 */
const CITY = String.raw`\p{Lu}[\p{Ll}\p{M}ø]+(?:[-'](?:\p{Lu}|sur-|sous-|en-)?[\p{L}\p{M}]+)*`;
const AT_CITY = new RegExp(String.raw`(?<![\p{L}])(?:à|in|at)\s+(${CITY}(?:\s${CITY})?)(?![\p{L}\p{N}])`, 'gu');
/** Capitalised words after "in"/"at" that are not places: months, days, sentence words, institutions and legal texts ("approved by the Government in Council"). */
const NOT_CITY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Winter|Europe|Afrique|Africa|Asie|Asia|The|This|That|Ce|Cette|La|Le|Les|Un|Une|Total|Addition|Particular|Practice|Fact|Principle|Response|Order|Terms|Parallel|Part|Support|Office|Power|Charge|Force|Service|Operation|Opération|Mission|Exercise|Exercice|Council|Conseil|Parliament|Parlement|Commission|Government|Gouvernement|Committee|Comité|Assembly|Assemblée|Court|Cour|Regulation|Règlement|Directive|Decision|Décision|Article|Annex|Annexe|Section|Chapter|Chapitre|Policy|Strategy|Stratégie|Framework|Report|Rapport|Member|Cabinet)(?:\s|$)/u;

function namedPlaces(norm: string, found: readonly Mention[], dateSpans: ReadonlyArray<{ start: number; end: number }>): Mention[] {
  const out: Mention[] = [];
  for (const m of norm.matchAll(AT_CITY)) {
    let name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    if (NOT_CITY.test(name)) continue;
    if (dateSpans.some((d) => d.start < start + name.length && start < d.end)) continue;
    const inside = found.filter((e) => e.start < start + name.length && start < e.end);
    // Only unknown words, or a one-word "person" the finder guessed from capitalisation.
    if (inside.some((e) => e.kind !== 'person' || e.end > start + name.length || e.start < start)) continue;
    // A person the finder linked to a fuller name or a known person ("à Macron", "à Lecornu") stays a person.
    if (inside.some((e) => e.kind === 'person' && (/\s/.test(e.text) || e.ref.id !== slugId('person', e.text) || getEntity(e.ref.id)))) continue;
    // "in Tromsø on 2 May": a second capitalised word belongs to the name only when it is not a sentence word.
    if (/\s/.test(name) && NOT_CITY.test(name.split(/\s/)[1] ?? '')) name = name.split(/\s/)[0] ?? name;
    out.push({ start, end: start + name.length, text: name, kind: 'place', ref: { id: slugId('place', name), name } });
  }
  return out;
}

/** Mentions with unknown cities added; a one-word person in the same span gives way to the place. */
export function withNamedPlaces(norm: string, found: readonly Mention[], dateSpans: ReadonlyArray<{ start: number; end: number }>): Mention[] {
  const places = namedPlaces(norm, found, dateSpans);
  if (!places.length) return [...found];
  const kept = found.filter((m) => !places.some((p) => p.start < m.end && m.start < p.end));
  return [...kept, ...places].sort((a, b) => a.start - b.start);
}
