import { words } from '../text.ts';

/** Proposals and obligations: the text says what should happen, not what is. */
export const PROPOSED_CUE = words('devrait', 'devraient', 'devra', 'devront', 'doit', 'doivent', 'faudrait', 'il faut', 'aurait pour vocation', 'auraient pour vocation', 'a vocation à', 'ont vocation à', 'il convient', 'should', 'must', 'ought to', 'shall', 'needs to', 'need to', 'has to', 'have to', 'is meant to', 'is intended to', '(?:a|ont) proposé', 'proposen?t?', '(?:has|have) proposed', 'proposes', 'proposed to', 'prévoi(?:t|ent) de', 'plans? to', 'planned to', 'prépare(?:nt)?', 'envisagen?t?', 'pour créer', 'prepares?', 'preparing', 'to create');
/** Possibility and conditions: the text says what could be. */
export const HYPOTHETICAL_CUE = words('pourrait', 'pourraient', 'pourra', 'pourront', 'serait', 'seraient', 'aurait', 'auraient', 'could', 'would', 'might', 'potentiellement', 'potentially', 'éventuellement', 'possibly', 'en cas d(?:e|es|u|\')', 'in case of', 'in the event of', 'hypothétique', 'hypothetical');
/** "Si …" / "If …" opening a clause makes it conditional. */
export const CONDITION_OPENING = /^(?:\s*(?:et |and |mais |but |or )?)(?:si |s'|if |unless |à condition que |provided that )/iu;
/** French conditional endings (-erait, -irait, …) beyond the listed verbs; imperfects of -rer verbs are not matched. */
export const FRENCH_CONDITIONAL = /(?<![\p{L}])(?:[\p{L}]+(?:erai(?:t|ent)|erions|eriez)|[\p{L}]*(?:pourr|devr|voudr|faudr|vaudr|saur|aur|ser|fer|verr|enverr|tiendr|viendr|prendr|mettr|battr|suivr|vivr|recevr|rendr|dépendr|attendr|répondr|descendr|perdr|fondr|joindr|craindr|peindr|plaindr|atteindr|dir|lir|écrir|suffir|agir|servir|offrir|ouvrir|couvrir|souffrir|fournir|finir|établir|bâtir|réunir|remplir|choisir|réfléchir|garantir|investir|intervenir|obtenir|maintenir|soutenir|devenir|revenir|parvenir|prévenir|convenir|contenir|retenir|appartenir)(?:ait|aient|ions|iez))(?![\p{L}])/iu;
/** Frames that report someone else's claim; the source is named next to them. */
export const REPORT_BEFORE_SOURCE = words('selon', "d'après", 'according to', 'as reported by', 'cité par', 'cited by');
export const REPORT_AFTER_SOURCE = words('rapporten?t?', '(?:a|ont) rapporté', 'affirmen?t?', '(?:a|ont) affirmé', 'déclaren?t?', '(?:a|ont) déclaré', 'indiquen?t?', '(?:a|ont) indiqué', 'estimen?t?', '(?:a|ont) estimé', 'note', 'notent', '(?:a|ont) noté', 'écrit', 'révèlen?t?', '(?:a|ont) révélé', 'reports', 'reported', 'says', 'said', 'stated', 'states', 'claims', 'claimed', 'notes', 'noted', 'writes', 'wrote', 'revealed', 'reveals', 'told');
/** Clause boundaries: modality does not cross them ("…, mais …", "; ", " — "). */
export const CLAUSE_BREAK = /(?:[;:—–]|,\s*(?:mais|but|while|whereas|alors que|tandis que|or)\s|\s(?:mais|but)\s)/giu;
