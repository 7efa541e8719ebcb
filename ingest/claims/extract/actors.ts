import { getEntity } from '../entities/registry.ts';
import type { EntityRef } from '../model.ts';
import { actorsOf, type Actor } from './groups.ts';
import type { Mention, SentenceView } from './view.ts';

const ACTOR_KINDS = new Set(['country', 'group', 'organisation', 'person']);
/** Role nouns that turn a nationality word into its government: "les ministres néerlandais", "the Dutch ministers". */
const ROLE = "(?:armée|army|marine|navy|forces armées|armed forces|armée de l'air|air force|état-major|chanceli(?:er|ère)|chancellors?|chefs? (?:du|de) gouvernement|heads? of (?:state|government)|foreign ministers?|defence ministers?|defense ministers?|secrétaires? d'État|ministres?|représentants?|gouvernements?|dirigeants?|diplomates?|autorités|présidents?|premiers? ministres?|chefs? d'État|délégations?|émissaires?|porte-parole|ministère|ministers?|governments?|officials?|leaders?|representatives?|authorities|presidents?|prime ministers?|delegations?|envoys?|diplomats?|ministry|spokes(?:man|woman|person))";
const ROLE_BEFORE = new RegExp(`${ROLE}(?:\\s+(?:de la défense|des armées|des affaires étrangères|of defence|of defense))?(?:\\s+[\\p{L}-]+\\s+(?:et|and))?\\s+$`, 'iu');
const ROLE_AFTER = new RegExp(`^(?:\\s+(?:and|et)\\s+[\\p{L}-]+)?\\s+(?:defence |defense |foreign )?${ROLE}(?![\\p{L}])`, 'iu');
/** "l'administration Trump", "the Trump administration": the government, i.e. the country. */
const GOVERNMENT_BEFORE = /(?:administration|gouvernement|government|cabinet)\s+$/iu;
const GOVERNMENT_AFTER = /^(?:'s)?\s+(?:administration|government)(?![\p{L}])/iu;

/**
 * Whether a mention can act (be a member, hold a stance, speak): countries, groups, organisations
 * and people — a nationality word only when it names a government ("les ministres néerlandais")
 * or a people as a noun ("les Américains", "the Americans").
 */
export function isActor(view: SentenceView, m: Mention): boolean {
  if (!ACTOR_KINDS.has(m.kind)) return false;
  if (!m.demonym) return true;
  if (/^\p{Lu}/u.test(m.text) && view.input.lang === 'fr') return true;
  if (/^\p{Lu}.*s$/u.test(m.text) && /(?:the|les)\s+$/iu.test(view.norm.slice(Math.max(0, m.start - 6), m.start))) return true;
  return ROLE_BEFORE.test(view.norm.slice(Math.max(0, m.start - 80), m.start)) || ROLE_AFTER.test(view.norm.slice(m.end, m.end + 60));
}

/**
 * The actors a mention stands for, as claim subjects: groups expanded to their members, a person
 * named as a government ("l'administration Trump") read as the country when the registry knows
 * it, a capital as the agent of a verb ("Paris soutiendrait", "présentée par Kiev") as its country.
 */
export function actorRefs(view: SentenceView, m: Mention, opts: { placesAsCountries?: boolean } = {}): Actor[] {
  if (m.kind === 'place') {
    const country = opts.placesAsCountries ? getEntity(m.ref.id)?.country : undefined;
    return country ? [{ ref: { id: country, name: m.text }, mention: m }] : [];
  }
  if (!isActor(view, m)) return [];
  if (m.kind === 'person' && (GOVERNMENT_BEFORE.test(view.norm.slice(Math.max(0, m.start - 20), m.start)) || GOVERNMENT_AFTER.test(view.norm.slice(m.end, m.end + 20)))) {
    const country = getEntity(m.ref.id)?.country;
    if (country) return [{ ref: { id: country, name: m.text }, mention: m }];
  }
  return actorsOf(view, m);
}

export function refOf(m: Mention): EntityRef {
  return { id: m.ref.id, name: m.ref.name };
}
