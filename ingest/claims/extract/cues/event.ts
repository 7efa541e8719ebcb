import { words } from '../text.ts';

/** A meeting said with a verb ("se sont réunis", "met") or a noun ("sommet", "summit"). */
/** Verbs where one person or country meets another: the subject is the host ("Macron a reçu Zelensky"). */
export const HOST_VERB = words('(?:a|ont) reçu', '(?:a|ont) rencontré', "s'est entretenue? avec", 'received', 'hosted', 'met with');
export const MEETING_VERB = words('se sont (?:réunie?s|retrouvée?s|rencontrée?s)', "s'est (?:réunie?|tenue?)", 'se (?:réunissen?t|retrouven?t|rencontren?t)', 'se réunira', 'se réuniront', 'réunissant', 'ont réuni', 'a réuni', 'se tiendra', 'se tiendront', 's\'est tenue?', 'will be held', 'was held', '(?:will )?take place', 'took place', 'a eu lieu', 'aura lieu', 'met(?= (?:in|at|on|with|for|to|last|this|yesterday|today|again|virtually|online))', 'meets? (?:in|at|on|with)', 'gathered', 'convened', 'held talks', 'will meet', 'se retrouvera', 'se retrouveront', "s'entretiendront", 'se rencontreront', 'se rencontrera', '(?:will |to )?(?:gather|convene)(?= (?:in|at|on|for))', 'gathers', 'convenes', '(?:a|ont) tenu (?:sa|leur|une|un) (?:première |dernière |prochaine |nouvelle )?(?:réunion|sommet|rencontre)', '(?:held|holds|will hold) (?:its|their|a|an) (?:first |last |next |new |annual )?(?:meeting|summit)');
export const MEETING_NOUN = words('sommet', 'summit', 'rencontre', 'réunion', 'meeting', 'conférence', 'conference');
/** "Cette rencontre", "this meeting": the sentence continues the previous meeting. */
export const MEETING_ANAPHOR = /^(?:\s*(?:cette|la|ce|le|this|the|that) (?:rencontre|réunion|sommet|meeting|summit|conférence|conference))(?![\p{L}])/iu;
/** Who initiated or convened it. */
export const INITIATOR_CUE = words("(?:a été |ont été |été |was |were )?(?:initiée?s?|convoquée?s?|organisée?s?|lancée?s?) (?:par|à l'initiative d(?:e|es|u))", "à l'initiative d(?:e|es|u|')", '(?:was |were )?(?:initiated|convened|organi[sz]ed|hosted|called) by', 'at the (?:initiative|invitation) of');
/** Something founded: participles, not infinitives ("créer" is a plan, "créée" a fact). */
export const FOUNDED_CUE = words('mise? sur pied', 'mises? sur pied', 'créée?s?', 'fondée?s?', 'lancée?s?', 'instituée?s?', 'sortie? de terre', 'a vu le jour', 'ont vu le jour', 'est née?', 'created', 'founded', 'launched', 'set up', 'established', 'came into being', 'was born');
/** What a status claim can say, with the canonical English value. */
export const STATUS_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['permanent', words('permanente?s?', 'permanent')],
  ['operational', words('opérationnelle?s?', 'operational')],
  ['dissolved', words('dissoute?s?', 'dissous', 'dissolved')],
  ['suspended', words('suspendue?s?', 'suspended')],
  ['structured', words('structurée?s?', 'structured')],
];
/** Verbs that attach a status to a subject ("devient permanente", "should be permanent"). */
export const BECOME_BEFORE = /(?:devien(?:t|nent)|deviendr(?:a|ont|ait|aient)|devenir|devenue?s?|(?:est|sont|sera|seront|serait|seraient|être|était|reste|restera|rendue?s?|rendre) (?:désormais )?|become|becomes|became|becoming|(?:is|are|be|was|were|been|remains?) (?:now )?|made|make)\s*(?:(?:à la fois|both|désormais|now|officially|officiellement|enfin|finally)\s*)?[«“"'‘]?\s*$/iu;

/** A decision taken on a date at a place is a meeting: "Le 25 juin, à La Haye, les alliés ont décidé…". */
export const DECISION_VERB = words('(?:a|ont) décidé', '(?:a|ont) convenu', '(?:a|ont) adopté', "se sont mis d'accord", '(?:a|ont) approuvé', 'decided', 'agreed', 'adopted', 'approved');
/** A change of state into something: "est devenue une plateforme…", "se transforme en…", "has become…". */
export const BECOME_NP = /(?<![\p{L}])(?:est devenue?s?|sont devenue?s?|devient|deviennent|se transforme(?:nt)? en|s'est transformée? en|has become|have become|became|becomes|turned into|has turned into)\s+/iu;
/** Replaced by another body: "serait ainsi remplacée par", "would be replaced by". */
export const REPLACED_BY = /(?<![\p{L}])(?:remplacée?s?|replaced)\s+(?:par|by)\s+/iu;
/** Extended or renewed: "prolonger la mission", "to extend the EUFOR Althea mission". */
export const EXTENDED = words('prolong(?:er|ée?s?|é|e|ent)', 'reconduit(?:e|es|s)?', 'reconduire', 'renouvel(?:er|ée?s?|é)', 'extend(?:ed|s)?', 'renew(?:ed|s)?');
/** Candidate status: "pays candidat", "candidate country". */
export const CANDIDATE = words("(?:pays |État )?candidate? (?:officiel(?:le)? )?(?:à l'adhésion|à l'UE|à l'Union européenne)", 'pays candidat', '(?:EU |official )?candidate country', 'candidate for (?:EU )?membership');
/** Ended: "a pris fin", "s'est achevée", "ended", "was terminated". */
export const ENDED = words('(?:a|ont) pris fin', "s'est (?:achevée?|terminée?)", 'se sont (?:achevée?s|terminée?s)', '(?:a|ont) été (?:close|clôturée?s?|dissoute?s?|terminée?s?)', 'prendra fin', 'ended', 'ends', 'came to an end', '(?:was|were|has been|have been) (?:terminated|wound up|closed|dissolved|disbanded)', 'will end');
