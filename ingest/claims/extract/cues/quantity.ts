import { words } from '../text.ts';

/** Up to two words (adjectives) between a number and its noun: "75,000 Ukrainian soldiers", "ten northern European nations". */
const GAP = "(?:d'|de |of )?(?:[\\p{L}\\d-]+\\s+){0,2}?";
const END = '(?![\\p{L}])';

/** What follows a number and says what it counts; the first that fits wins (order matters). */
export const UNIT_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['member_states', new RegExp(`^\\s*(?:d'|de |of )?(?:[\\p{L}-]+\\s+)?(?:(?:États|Etats|pays) membres|member states|(?:EU|UE) (?:member )?states|États de l'UE|Etats de l'UE)${END}`, 'iu')],
  ['countries', new RegExp(`^\\s*${GAP}(?:pays|nations|États|Etats|countries|states|gouvernements|governments|alliés|allies|dirigeants|leaders|chefs d'État|heads of state)${END}`, 'iu')],
  ['members', new RegExp(`^\\s*${GAP}(?:membres|members)${END}`, 'iu')],
  ['soldiers', new RegExp(`^\\s*${GAP}(?:soldats|militaires|troupes|hommes|combattants|recrues|réservistes|conscrits|marins|aviateurs|parachutistes|fantassins|soldiers|troops|servicemen|service members|personnel|recruits|reservists|conscripts|sailors|airmen|marines|paratroopers)${END}`, 'iu')],
  // Military instructors and trainers sent somewhere are troops; observers, police, patients are counted people.
  ['instructors', new RegExp(`^\\s*${GAP}(?:instructeurs|formateurs|conseillers militaires|instructors|trainers|military advisers|military advisors)${END}`, 'iu')],
  ['people', new RegExp(`^\\s*${GAP}(?:personnes|civils|réfugiés|observateurs|policiers|gendarmes|experts|médecins|patients|blessés|victimes|agents|personnels|people|civilians|refugees|observers|monitors|police officers|officers|police|experts|doctors|patients|wounded|casualties|victims|staff)${END}`, 'iu')],
  ['equipment', new RegExp(`^\\s*${GAP}(?:frégates|navires|bâtiments|chars|blindés|avions|chasseurs|hélicoptères|canons|obusiers|missiles|obus|munitions|drones|systèmes|batteries|bataillons|brigades|frigates|ships|warships|vessels|tanks|aircraft|jets|fighters|helicopters|guns|howitzers|shells|rounds|systems|batteries|battalions|brigades)${END}`, 'iu')],
  ['EUR', new RegExp(`^\\s*(?:(?:de |d')?(?:millions?|milliards?|billions?|mille|thousand) )?(?:d'|de )?(?:euros?|€|EUR)${END}`, 'iu')],
  ['GBP', new RegExp(`^\\s*(?:(?:de |d')?(?:millions?|milliards?|billions?|mille|thousand) )?(?:d'|de )?(?:livres sterling|livres|pounds? sterling|pounds|£|GBP)${END}`, 'iu')],
  ['USD', new RegExp(`^\\s*(?:(?:de |d')?(?:millions?|milliards?|billions?|thousand) )?(?:d'|de )?(?:dollars?|\\$|USD)${END}`, 'iu')],
];
/** A currency sign before the number: "€1.5 billion", "$40 million". */
export const CURRENCY_BEFORE: ReadonlyArray<readonly [string, RegExp]> = [
  ['EUR', /(?:€|EUR)\s*$/u],
  ['USD', /(?:\$|USD|US\$)\s*$/u],
];
/** "le 32e membre de l'OTAN", "NATO's 31st member". */
export const ORDINAL_MEMBER = /(?<![\p{L}\d])(\d{1,3})\s?(?:e|è|ème|eme|er|st|nd|rd|th)\s+(?:membre|member|État membre|member state)(?![\p{L}])/giu;

/** Verbs and nouns that say what the count is about. */
export const TRAINED_CUE = words('formée?s?', 'a formé', 'ont formé', 'entraînée?s?', 'trained', 'has trained', 'have trained', 'training');
export const PARTICIPATION_CUE = words('participen?t?', 'participants?', 'participating', 'participate', 'take part', 'taking part', 'took part', 'prennent part', 'contributeurs', 'contributing', "unités", 'units', 'contingents?', 'attended', 'ont assisté', 'assistaient');
export const COMPOSITION_CUE = words('se composen?t?', 'composée?s?', 'comptent', 'compte', 'compterai(?:en)?t', 'regroupen?t?', 'rassemblen?t?', 'membres', 'members', 'consists? of', 'comprises?', 'made up of', 'composed of', 'includes?', 'brings together', 'fondée?s?', 'founded', 'créée?s?', 'created');
export const GATHERING_CUE = words('sommet', 'summit', 'réunissant', 'réunit', 'réunis', 'réunion', 'rencontre', 'gathering', 'gathered', 'bringing together', 'brought together', 'meeting', 'met', 'conférence', 'conference');
