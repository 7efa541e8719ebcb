import type { Predicate } from '../../model.ts';
import { words } from '../text.ts';

export type StancePredicate = Extract<Predicate, 'supports' | 'opposes' | 'demands' | 'refuses' | 'proposes'>;
/** `emphasis` ("a insisté sur", "stressed") is support of what is stressed, or opposition when it is "not doing X". */
export type StanceCue = StancePredicate | 'emphasis';

/** An adverb between an auxiliary and its participle: "a fermement rejeté", "has repeatedly blocked". */
const ADV = "(?:(?:\\p{L}+ment|\\p{L}+ly|(?:tous|toutes) (?:deux|les deux)|également|aussi|encore|de nouveau|déjà|toujours|again|also|already|now|firmly|strongly) )?";
const HAS = `(?:a|ont|avait|avaient) ${ADV}`;
const EN_HAS = `(?:has|have|had) ${ADV}`;

/**
 * Finite stance verbs, FR and EN (conditional forms included: "Paris soutiendrait"). Bare English
 * base forms ("support", "oppose") are nouns as often as verbs: see WEAK_STANCE_CUES.
 */
export const STANCE_CUES: ReadonlyArray<readonly [StanceCue, RegExp]> = [
  ['opposes', words('(?:will|would|could|to|threatens? to|threatened to) veto', 'vetoe[sd]', "(?:a|ont) (?:mis|opposé) (?:son|leur) veto (?:à|aux?)", "(?:mettra|mettrait|mettre|opposera|opposerait) (?:son|leur) veto (?:à|aux?)", "nous nous opposons (?:à|aux?)", '(?:we|I) (?:strongly |firmly )?oppose', "je m'oppose (?:à|aux?)", "s'opposen?t? (?:à|aux?)", "s'opposerai(?:en)?t (?:à|aux?)", `s'est ${ADV}opposée? (?:à|aux?)`, `se sont ${ADV}opposée?s (?:à|aux?)`, '(?:est|sont) opposée?s? (?:à|aux?)', 'condamnen?t?', `${HAS}condamné`, `${HAS}bloqué`, 'bloquen?t?', 'opposes', 'opposed', `${EN_HAS}blocked`, 'blocked', 'blocks', 'condemns', 'condemned', 'is against', 'are against')],
  ['supports', words('(?:nous )?soutenons', '(?:we|I) (?:fully |strongly )?(?:support|back)', 'soutien(?:t|nent)', 'soutiendrai(?:en)?t', `${HAS}soutenu`, 'apporten?t? (?:son|leur) soutien (?:à|aux?)', '(?:est|sont) favorables? (?:à|aux?)', 'se prononcen?t? pour', 'plaiden?t? pour', `${HAS}plaidé pour`, 'supports', 'supported', 'backs', 'backed', 'endorses', 'endorsed', 'advocates', 'advocated', '(?:is|are) in favou?r of')],
  ['demands', words('veu(?:t|lent) que', 'souhaiten?t? que', 'demanden?t? (?:à|aux?) (?=\\S+(?: \\S+){0,3} d(?:e|\'))', 'wants? (?:the |its |their )?[\\p{L}-]+ to', 'asks? (?:the |its )?[\\p{L}-]+ to', 'exigeons', 'réclamons', 'appelons', '(?:we|I) (?:demand|urge|call (?:on|for))', 'exigen?t?', `${HAS}exigé`, 'réclamen?t?', `${HAS}réclamé`, 'appellen?t?', `${HAS}appelé`, 'suppliai(?:en)?t', 'supplien?t?', `${HAS}supplié`, 'implore', 'demands', 'demanded', `(?:${EN_HAS})?called (?:on|for)`, 'calls (?:on|for)', 'urges', 'urged', 'begged', 'pleaded with')],
  ['emphasis', words(`${HAS}(?:souligné|insisté sur|mis l'accent sur)`, 'soulignen?t?', 'insisten?t? sur', 'stressed', 'emphasi[sz]ed', 'underlined', 'highlighted', 'insisted on', 'insists on')],
  ['refuses', words('(?:dit|disent|a dit|ont dit) non (?:à|aux?)', '(?:said|says|say) no to', 'refusons', 'rejetons', '(?:we|I) (?:firmly |categorically )?(?:refuse|reject)', 'refusen?t?', `${HAS}refusé`, 'rejetten?t?', `${HAS}rejeté`, `${HAS}démenti`, 'démenten?t?', `${HAS}exclu`, 'refuses', 'refused', 'declines', 'declined', 'rejects', 'rejected', 'denied', 'ruled out', 'rules out')],
  ['proposes', words('proposons', '(?:we|I) propose', 'proposen?t?', `${HAS}proposé`, 'suggèren?t?', `${HAS}suggéré`, 'recommanden?t?', `${HAS}recommandé`, 'proposes', `${EN_HAS}proposed`, 'suggests', 'suggested', 'recommends', 'recommended')],
];
/** Plural/base English forms: only verbs when a named actor stands right before them. */
export const WEAK_STANCE_CUES: ReadonlyArray<readonly [StanceCue, RegExp]> = [
  ['supports', words('support', 'back', 'endorse')],
  ['opposes', words('oppose', 'block', 'condemn')],
  ['demands', words('demand', 'call for', 'call on', 'urge')],
  ['refuses', words('refuse', 'reject')],
  ['proposes', words('propose', 'suggest', 'proposed')],
];
/** A negation right before the verb takes it out ("ne soutient pas"). */
export const NEGATION_BEFORE = /(?:\bne\s+|\bn'|\bnot\s+|n't\s+|\bnever\s+|\bjamais\s+)$/iu;
export const NEGATION_AFTER = /^\s*(?:pas|plus|jamais|point)\b/iu;
/** "l'importance de ne pas affaiblir…": stressing a "not" is opposing what follows it. */
export const STRESSED_NOT = /^(?:l'importance|la nécessité|l'impératif|the importance|the need|the necessity)\s+(?:de|d'|of)\s+(?:ne pas|ne jamais|not|never)\s+/iu;

/** Nominal refusals: "le refus de l'administration Trump d'envisager…", "its refusal to…". */
export const NOMINAL_REFUSAL = /(?:(?:le|son|sa|leur|ce) (?:refus|rejet)|(?:the|its|their|his|her|'s) (?:refusal|rejection))(?![\p{L}])/giu;
/** Refusing by negated commitment: "ne s'engageraient pas", "will not send". */
export const NEGATED_COMMITMENT = /(?<![\p{L}])(?:ne\s+|n')(?:peu[tv]\p{L}*|pouv\p{L}*|pourr\p{L}*|veu[tl]\p{L}*|voul\p{L}*)\s+(?:pas|jamais|plus)\s+(?:envoyer|déployer|fournir|livrer|accepter|financer|payer|rouvrir|céder|signer|ratifier|reconnaître)(?![\p{L}])|(?<![\p{L}])(?:ne\s+|n')(?:s'engag|fourni|envo|enverr|déploi|déploy|livr|reconnaîtr|reconnai|accepter|accepte|rouvri|céder|cèder|céde|cède|renonce|renonç|négocier|négocie|tolérer|tolère|autoriser|autorise|signer|signe|ratifi|financer|finance|paier|paiera|payer|pai)\p{L}*\s+(?:pas|jamais|plus|rien)(?![\p{L}])|(?<![\p{L}])(?:will|would|shall|do|does|did|can)\s+(?:not|never)\s+(?:send|commit|deploy|provide|supply|deliver|recogni[sz]e|accept|reopen|re-open|renegotiate|negotiate|tolerate|allow|sign|ratify|fund|pay|give up|back down|yield)(?![\p{L}])|(?<![\p{L}])(?:won't|will never|cannot|can't|refuse to|(?:are|is|am) not going to|(?:ne|n')\s*(?:va|vont|allons|allez) pas)\s+(?:rouvrir|céder|accepter|envoyer|financer|payer|signer|ratifier|négocier|renégocier|send|commit|deploy|provide|supply|deliver|recogni[sz]e|accept|reopen|re-open|renegotiate|negotiate|tolerate|allow|sign|ratify|fund|pay|give up|back down)(?![\p{L}])/iu;
/** Refusal idioms: "il ne peut être question de", "hors de question", "out of the question". */
export const REFUSAL_IDIOM = /(?:il ne (?:peut|saurait) (?:y )?être question d(?:e|'|u)|il n'(?:est|y a) (?:pas|plus) (?:question|d'accord possible) d(?:e|'|u)|(?:il n'est )?pas question d(?:e|')|(?:il est )?hors de question d(?:e|')|(?:is|it's) out of the question to|there can be no question of)\s*/iu;
/** "l'objectif (principal) de X est de…", "the aim of X is to…". */
export const PURPOSE = /(?:l'objectif|le but|l'ambition)(?: (?:principal|premier|déclaré|affiché))? (?:de|d'|des|du) (.{2,80}?) (?:est|était|sera) (?:de|d')\s*|(?:the|their|its) (?:main |stated )?(?:aim|goal|objective|purpose) of (.{2,80}?) (?:is|was|will be) to\s*/iu;
/** "entendent … soutenir l'Ukraine", "pledged to support Ukraine": an intent to support. */
export const INTENT_SUPPORT = /(?<![\p{L}])(?:entenden?t?|veulent|veut|s'engagen?t? à|se sont engagés à|comptent|souhaiten?t?|intends? to|intended to|pledged? to|vowed? to|aims? to|seeks? to)(?![\p{L}]).{0,80}?(?<![\p{L}])(?:soutenir|appuyer|aider|support|help|back)(?![\p{L}])/iu;
/** "une demande que la Russie a formulée", "a demand made by Russia". */
export const DEMAND_BY = /(?:une|la|cette) (?:demande|exigence|revendication) (?:que|qu'|formulée par|de|d'|émise par)\s*|(?:a|the) (?:demand|request) (?:made |put forward )?(?:by|from)\s*/iu;
/** "la proposition … présentée par Kiev", "the plan put forward by France". */
export const PROPOSED_BY = /(?:présentée?s?|proposée?s?|avancée?s?|soumise?s?|mise? sur la table) par\s*|(?:put forward|proposed|presented|tabled|submitted) by\s*/iu;
/** A proposal in a named speaker's own words: "il faut", "should", "must". */
export const SPEAKER_PROPOSAL = words('il faut', 'il faudrait', 'faut-il', 'should', 'must', 'devrai(?:en)?t', 'doivent', 'doit', 'need to', 'needs to');
