import { words } from '../text.ts';

/**
 * How a membership cue orders its arguments: `actors-first` ("X participent à Y", "X join Y"),
 * `target-first` ("Y se compose de X", "Y includes X"), `willing` (actors first, the target
 * comes from the sentence or the topic), `not-member` (negated membership, actors first).
 */
export type MembershipCue = 'participates' | 'member' | 'composed' | 'willing' | 'not-member' | 'invite';

const TROOPS = "(?:des |de |d')?(?:troupes|soldats|forces|militaires|hommes)";
const EN_TROOPS = '(?:troops|soldiers|forces|personnel)';

/** FR/EN cues; apostrophes are already normalized to `'`. Negated forms come first so they win overlaps. */
export const MEMBERSHIP_CUES: ReadonlyArray<readonly [MembershipCue, RegExp]> = [
  ['not-member', words("n'(?:est|sont) pas (?:un |des )?membres? d(?:e|es|u|')", "ne (?:fait|font) pas partie d(?:e|es|u|')", "ne participen?t? pas (?:à|aux?)", '(?:is|are) not (?:a )?members? of', '(?:is|are) not part of', "(?:does|do|did)(?: not|n't) (?:take part|participate) in", "ne participen?t? (?:à|aux?)")],
  ['participates', words('participen?t? (?:à|aux?)', "(?:a|ont) participé (?:à|aux?)", 'prenn?e?n?t part (?:à|aux?)', '(?:a|ont) pris part (?:à|aux?)', '(?:is |are |were |was )?participating in', 'participate[sd]? in', '(?:takes?|took|taking) part in', 'contribuen?t? (?:à|aux?) la mission', "(?:a|ont) annoncé (?:sa|leur) participation (?:à|aux?)", '(?:announced|confirmed) (?:its|their) participation in')],
  ['member', words("(?:est |sont )?(?:officiellement |finalement |enfin )?(?:devenue?s?|devien(?:t|nent)|devienne(?:nt)?|devenir) (?:le \\d{1,2}(?:er)? \\p{L}+ (?:\\d{4} )?)?(?:le |la |un |une )?(?:\\d+\\s?(?:e|ème) )?(?:membres?|pilier(?: \\p{L}+)?) (?:à part entière )?d(?:e|es|u|')", '(?:became|becomes|become|becoming) (?:a |an |the )?(?:full )?(?:[\\p{L}-]+\'s )?(?:\\d+(?:st|nd|rd|th) )?(?:full )?(?:member|pillar)(?: of)?', "(?:pourrai(?:en)?t|devrai(?:en)?t|veu(?:t|lent)|souhaiten?t?|vont|va|pourra|pourront|doit|doivent|de|d') rejoindre", '(?:could|may|might|will|would|should|to|wants? to|seeks? to|hopes? to|plans? to) join', "(?:en )?(?:faire|fait|font|ferait|feraient) partie(?: d(?:e|es|u|'))?", "(?:est|sont|était|étaient|reste|restent) (?:un |une |des )?membres? d(?:e|es|u|')", "(?:fait|font) partie d(?:e|es|u|')", "(?:a|ont) rejoint", 'rejoignent', 'rejoint', 'rejoindr(?:a|ont|ai(?:en)?t)', "adhèrent (?:à|aux?)", "(?:a|ont) adhéré (?:à|aux?)", 'appartien(?:t|nent) (?:à|aux?)', '(?:is|are|was|were|remains?) (?:now |already |still |officially |also )?(?:a |an )?(?:full )?members? of', '(?:is|are) part of', '(?:has|have) joined', 'joined', 'joins', 'belongs? to')],
  ['composed', words("combinée?s? (?:à|avec)", 'combined with', "élargie?s? (?:à|aux?)", "(?:est |sont )?(?:\\p{L}+ment )?(?:incarnée?s?|menée?s?|dirigée?s?|pilotée?s?|emmenée?s?) par", '(?:is |are )?(?:\\p{L}+ly )?(?:led|embodied|spearheaded) by', "se composen?t?(?: (?:en réalité|notamment|aujourd'hui|désormais|actuellement|principalement|essentiellement))? d(?:e|es|u|')", "(?:est|sont) composée?s? d(?:e|es|u|')", "composée?s? d(?:e|es|u|')", 'comprennent', 'comprend', 'regroupen?t?', 'rassemblen?t?', 'compte parmi ses membres', 'consists? of', 'comprises?', '(?:is|are) made up of', 'made up of', '(?:is|are) composed of', 'includes', 'brings together')],
  ['willing', words(`prête?s? à (?:engager|envoyer|déployer|fournir|mobiliser) ${TROOPS}`, "(?:a|ont) (?:manifesté|exprimé|affiché|signalé) (?:leur|sa) (?:volonté|disponibilité|willingness)", 'se (?:sont |est )?(?:dite?s?|déclarée?s?|montrée?s?) prête?s?', 'se disent prête?s', `disposée?s? à (?:engager|envoyer|déployer) ${TROOPS}`, `(?:willing|ready|prepared) to (?:deploy|send|commit|contribute) ${EN_TROOPS}`, '(?:expressed|signalled|signaled|indicated|shown|showed) (?:their|its) willingness', '(?:said|say|says) (?:they|it) (?:are|is|were|was) (?:willing|ready)')],
];

/** Words that take the following names out of a list: "excepté la Hongrie", "but not the US". */
/** "inviter l'Ukraine dans l'OTAN", "invite Ukraine into NATO": the actor sits between the verb and the body. */
export const INVITE_CUE = words('inviter', 'invite', 'invited', 'invitera', 'invitent', 'admettre', 'admit', 'admitted', 'accueillir');
export const INVITE_INTO = /^\s*(?:dans|à|au|aux|en|into|to|in)\s/iu;
/** A body being described by who is not and who is in it: "une alliance … sans les États-Unis, mais avec l'Ukraine". */
export const BODY_NOUN = /(?<![\p{L}])(?:alliances?|coalitions?|union|organisation|organization|bloc|force|format|architecture)(?![\p{L}])/iu;
export const WITHOUT = words('sans', 'without');
export const BUT_WITH = words('mais avec', 'but with', 'et avec', 'and with');
/** Unnamed bodies may stay without object: "en faire partie", "le pilier d'une nouvelle alliance". */
export const UNNAMED_BODY_AFTER = /^\s*(?:(?:une|un|a|an)\s+(?:\p{L}+\s+){0,2}(?:alliance|coalition|union|organisation|organization|bloc|force|initiative|partenariat|partnership)|(?:l'|la |le |the )(?:initiative|partenariat|partnership|mission|force|coalition|alliance)|(?:\p{Lu}\p{L}+\s+){1,4})/u;
export const EXCLUSION_CUE = words('excepté', 'exceptée?s?', 'sauf', "à l'exception d(?:e|es|u|')", 'hormis', 'mais pas', 'mais non', 'except(?: for)?', 'excluding', 'but not', 'other than', 'with the exception of', 'apart from');

/** A partitive before a group means "some of them": "un certain nombre de membres de l'OTAN". */
export const PARTITIVE_BEFORE = /(?:un certain nombre|certains|plusieurs|quelques|nombre|partie|majorité|some|several|a number|many|most|few)(?: d(?:e|es|u)| of)?(?: (?:ses|leurs|its|their|the|les))?\s*(?:(?:États |pays )?membres?|members?|member states)?\s*(?:d(?:e|es|u)|d'|of)?\s*(?:l'|la |le |les |the )?$/iu;
