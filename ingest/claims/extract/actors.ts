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
  if (m.kind !== 'person' && !m.viaCoref && insideLongerName(view, m)) return false;
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

/** Words after a country or body that make it the actor's title, not a longer name ("UK Defence Secretary", "EU Member States"). */
const TITLE_AFTER = /^\s(?:Defen[cs]e|Foreign|Prime|Secretary|Ministers?|Ministry|President|Presidency|Chancellor|Government|Army|Navy|Air|Armed|Forces|Ambassadors?|Embassy|Parliament|Council|Commission|Members?|Leaders?|Officials?|Envoys?|High|Special|Permanent)(?![\p{L}])/u;
/**
 * A name used as a modifier inside a longer proper name is not the actor: "the EU Citizenship
 * Report" (a report), "CYBERSECURITY LUXEMBOURG" (a label), "Luxembourg House of Cybersecurity".
 */
function insideLongerName(view: SentenceView, m: Mention): boolean {
  const after = view.text.slice(m.end, m.end + 40);
  const nextCapitalised = /^ \p{Lu}\p{Ll}+(?![\p{L}'’-])/u.test(after) && !TITLE_AFTER.test(after);
  const next = nextCapitalised && !view.entities.some((e) => e !== m && e.start === m.end + 1);
  const upperBefore = /^\p{Lu}+$/u.test(m.text) && /(?<![\p{L}])\p{Lu}{3,} $/u.test(view.text.slice(Math.max(0, m.start - 30), m.start));
  // "‘Cybersecurity Luxembourg’": a capitalised common word glued before it, not opening the sentence.
  const head = /(?<=[\p{Ll},;:'‘“«(] ?|[‘“«(])(\p{Lu}\p{Ll}{3,}) $/u.exec(view.text.slice(Math.max(0, m.start - 30), m.start));
  const wordBefore = head !== null && m.kind !== 'group' && !view.entities.some((e) => e !== m && e.end === m.start - 1) && !/^(?:With|From|Into|Than|Like|Unlike|Within|Without|Including|Between|Among|Avec|Pour|Dans|Selon|Contre|Entre|Sans|Vers|Sous|Chez|Depuis|Pendant)$/u.test(head[1] ?? '');
  return next || upperBefore || wordBefore || attributiveCountry(view, m);
}

/** Words that may follow a country acting as subject ("the UK and France", "the US has…"). */
const AFTER_SUBJECT = /^\s(?:and|or|but|has|have|had|is|are|was|were|will|would|should|could|can|may|might|must|did|does|do|also|itself|alone|now|then|in|on|at|to|for|of|with|by|as|from|which|that|who)(?![\p{L}])/u;
/** "the Luxembourg cybersecurity ecosystem", "the Dutch-led mission": a country before a common noun qualifies it. */
function attributiveCountry(view: SentenceView, m: Mention): boolean {
  if (m.kind !== 'country' || view.input.lang !== 'en' || m.demonym) return false;
  const after = view.norm.slice(m.end, m.end + 40);
  if (!/^\s\p{Ll}/u.test(after) || AFTER_SUBJECT.test(after) || ROLE_AFTER.test(after)) return false;
  return /(?:^|\s)(?:the|a|an)\s$/iu.test(view.norm.slice(Math.max(0, m.start - 5), m.start));
}
