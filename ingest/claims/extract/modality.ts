import { slugId } from '../entities/normalize.ts';
import type { EntityRef, Modality } from '../model.ts';
import { isActor } from './actors.ts';
import { CLAUSE_BREAK, CONDITION_OPENING, FRENCH_CONDITIONAL, HYPOTHETICAL_CUE, PROPOSED_CUE, REPORT_AFTER_SOURCE, REPORT_BEFORE_SOURCE } from './cues/modality.ts';
import { ACTOR_KINDS, type Mention, type SentenceView } from './view.ts';

export interface ModalityReading {
  modality: Modality;
  attribution?: EntityRef;
  /** How many cues decided it (feeds confidence). */
  cues: number;
}

/** A plan in the conditional passive is proposed ("serait ainsi remplacée", "would be placed"), not a mere possibility. */
const PLANNED_PASSIVE = /(?:serai(?:en)?t|would(?: thus| therefore| then| also)? be)\s+(?:ainsi |thus |donc |therefore |alors |then )?\p{L}+(?:ée?s?|ed)(?![\p{L}])/iu;
/** "ils ont compris que les Américains ne s'engageraient pas": a future in the past, not a hypothesis. */
const FUTURE_IN_PAST = /(?:compris|su|savai(?:en)?t|pensai(?:en)?t|cru|annoncé|dit|affirmé|déclaré|estimé|prévenu|indiqué|expliqué|assuré|promis|craignai(?:en)?t|espérai(?:en)?t|savions)\s+(?:[^,;]{0,80}?\s)?(?:que(?![\p{L}])|qu')/iu;
/** A media or agency noun then its capitalised name. */
const OUTLET = /^\s*(?:le |la |l'|the |des |du )?(?:quotidien|journal|hebdomadaire|magazine|site|agence|chaîne|radio|télévision|média|daily|newspaper|weekly|broadcaster|agency|outlet|news agency|public broadcaster)(?: \p{Ll}+)?\s+((?:Le |La |Les |The )?\p{Lu}[\p{L}&'-]*(?:\s\p{Lu}[\p{L}&'-]*){0,3})/u;
/** A speech verb then "que/that": what follows is the speaker's, reported. */
const SAID_THAT = /(?:(?:a|ont|avait|avaient) (?:annoncé|dit|affirmé|déclaré|indiqué|expliqué|assuré|promis|précisé|confirmé|fait savoir)|said|announced|stated|declared|confirmed|told [\p{L} ]{1,30}?|promised|indicated|explained|insisted|assured)\s+(?:que(?![\p{L}])|qu'|that(?![\p{L}])|(?=(?:it|they|he|she|we|I)\s+would(?![\p{L}])))/iu;
const FUTURE_IN_PAST_EN = /(?<![\p{L}])would(?![\p{L}])/iu;
/** "…, diplomats said", "…, ont indiqué des responsables": the unnamed source after the claim. */
const UNNAMED_SOURCE_AFTER = /,\s*(?:(?:senior|western|european|eu|nato|us|french|german|several|two|three)\s+)?(?:diplomats?|officials?|sources?|people familiar with[^,.]*?)\s+(?:said|say|says|told|indicated|confirmed)(?![\p{L}])|,\s*(?:ont|a) (?:indiqué|affirmé|déclaré|confié|précisé|assuré|rapporté) (?:des|plusieurs|deux|trois|de hauts|une?) (?:\p{L}+ )?(?:diplomates?|responsables?|sources?|officiels?|fonctionnaires?)(?![\p{L}])/iu;
/** Unnamed but identified sources: "according to diplomats", "selon des responsables européens". */
const UNNAMED_SOURCE = /(?:selon|d'après|according to|citing)\s+(?:des |plusieurs |deux |trois |de hauts |certains |several |two |three |senior |some )?(?:\p{L}+\s+)?(?:diplomates?|responsables?|sources?|officiels?|fonctionnaires?|diplomats?|officials?|sources?|people familiar|insiders?|analystes?|analysts?|observateurs|observers|experts?)(?![\p{L}])/iu;

/** "selon une estimation de Bruegel", "according to NATO figures": the source behind a noun. */
const SOURCE_NOUN = /^\s*(?:(?:une|un|les|des|la|le|l'|the|a|an|de nouvelles|new)\s+)?(?:estimations?|estimates?|rapports?|reports?|études?|stud(?:y|ies)|chiffres|figures|données|data|sources?|analyses?|calculs?|sondages?|polls?)\s+(?:de|d'|du|des|of|from|by)\s*(?:l'|la |le |les |the )?/iu;
/** "May" the month is not the modal. */
const MAY = /(?<![\p{L}])may(?![\p{L}])/u;
/** Nouns that refer back to the paragraph's source: "Le magazine note que…". */
const SOURCE_ANAPHOR = /(?:^|\s)(?:le|la|l'|the|this) (?:magazine|journal|quotidien|hebdomadaire|média|site|agence|rapport|chercheur|chercheuse|expert|experte|ministre|newspaper|paper|agency|report|researcher|minister|outlet)\s*$/iu;

/** Global copy of `REPORT_AFTER_SOURCE`, built once (`matchAll` clones it, so sharing it is safe). */
const REPORT_AFTER_SOURCE_ALL = new RegExp(REPORT_AFTER_SOURCE.source, 'giu');

/** The clause of `norm` around [start, end): modality and reporting frames do not cross "; — mais but". */
export function clauseAround(norm: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = norm.length;
  for (const m of norm.matchAll(CLAUSE_BREAK)) {
    const at = m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = Math.min(to, at);
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * The modality of a claim whose cue sits at [cueStart, cueEnd) in the sentence: a modal verb or
 * conditional before the cue in its clause makes it proposed or hypothetical; a reporting frame
 * ("selon X", "X rapporte") or an interview answer makes an assertion reported, with attribution.
 */
export function readModality(view: SentenceView, cueStart: number, cueEnd: number): ModalityReading {
  const source = reportingSource(view);
  if (source) return { modality: 'reported', attribution: source, cues: 1 };
  // "according to diplomats", "selon des responsables": an identified but unnamed source still reports.
  if (UNNAMED_SOURCE.test(view.norm) || UNNAMED_SOURCE_AFTER.test(view.norm)) return { modality: 'reported', cues: 1 };
  const clause = clauseAround(view.norm, cueStart, cueEnd);
  // After an opening condition ("Should the ceasefire hold, …"), the main clause is read on its own: the condition makes it hypothetical.
  const conditionEnd = CONDITION_OPENING.test(view.norm) && view.norm.indexOf(',') >= 0 && view.norm.indexOf(',') < cueStart ? view.norm.indexOf(',') + 1 : 0;
  const before = view.norm.slice(Math.max(clause.start, conditionEnd), cueEnd);
  // "The minister said that Finland would contribute…": a report of what was said, in the future of the past.
  if (SAID_THAT.test(before) && (HYPOTHETICAL_CUE.test(before) || FRENCH_CONDITIONAL.test(before) || FUTURE_IN_PAST_EN.test(before)) && !CONDITION_OPENING.test(view.norm)) return { modality: 'reported', cues: 1 };
  let modality: Modality = 'asserted';
  let cues = 0;
  if (PROPOSED_CUE.test(before) || PLANNED_PASSIVE.test(before)) {
    modality = 'proposed';
    cues++;
  } else if (HYPOTHETICAL_CUE.test(before) || MAY.test(before) || (FRENCH_CONDITIONAL.test(before) && !FUTURE_IN_PAST.test(before)) || CONDITION_OPENING.test(view.norm)) {
    modality = 'hypothetical';
    cues++;
  }
  const attribution = view.speaker;
  if (attribution && modality === 'asserted') {
    modality = 'reported';
    cues++;
  }
  return attribution ? { modality, attribution, cues } : { modality, cues };
}

/** The source named by a frame before it ("selon X", "according to X"): never the holder of what follows. */
export function frameSource(view: SentenceView): EntityRef | undefined {
  const frame = REPORT_BEFORE_SOURCE.exec(view.norm);
  return frame ? reportingSource(view) : undefined;
}

/** The named source of a reporting frame in the sentence, if any. */
export function reportingSource(view: SentenceView): EntityRef | undefined {
  const actors = view.entities.filter((e) => isActor(view, e));
  const frameBefore = REPORT_BEFORE_SOURCE.exec(view.norm);
  if (frameBefore) {
    const at = frameBefore.index + frameBefore[0].length;
    const lead = SOURCE_NOUN.exec(view.norm.slice(at));
    const named = firstActorAt(actors, at + (lead?.[0].length ?? 0), 4) ?? actors.find((e) => e.start >= at && e.start - at <= 40 && !/[,;:.]/.test(view.norm.slice(at, e.start)));
    if (named) return named.ref;
    // "selon le quotidien Dagens Nyheter", "according to the broadcaster NRK": an outlet the lists do not know.
    const outlet = OUTLET.exec(view.text.slice(at));
    const outletName = outlet?.[1];
    if (outlet && outletName) {
      const nameEnd = at + outlet[0].length;
      if (!view.entities.some((e) => e.start < nameEnd && nameEnd - outletName.length < e.end)) return { id: slugId('organisation', outletName), name: outletName };
    }
  }
  for (const m of view.norm.matchAll(REPORT_AFTER_SOURCE_ALL)) {
    const before = actors.find((e) => m.index - e.end >= 0 && m.index - e.end <= 3);
    if (before) return before.ref;
    const end = m.index + m[0].length;
    const inverted = /(?:,|[»”"])\s*$/u.test(view.norm.slice(0, m.index)) ? actors.find((e) => e.start >= end && e.start - end <= 40 && !/[,;:.]/.test(view.norm.slice(end, e.start))) : undefined;
    if (inverted) return inverted.ref;
    const subject = actors.find((e) => e.end <= m.index && m.index - e.end <= 40 && /^(?:,|[»”"])?\s*(?:the |le |la |l'|les )?/u.test(view.norm.slice(0, e.start).slice(-25)) && /(?:,|[»”"])\s*(?:the |le |la |l'|les )?[^,;]*$/u.test(view.norm.slice(0, e.start)) && !/[,;]/.test(view.norm.slice(e.end, m.index)));
    if (subject) return subject.ref;
    if (SOURCE_ANAPHOR.test(view.norm.slice(0, m.index)) && view.paragraphSource) return view.paragraphSource;
  }
  return undefined;
}

/** The first actor starting within `slack` characters after `at` (skipping articles). */
function firstActorAt(entities: readonly Mention[], at: number, slack: number): Mention | undefined {
  return entities.find((e) => ACTOR_KINDS.has(e.kind) && e.start >= at && e.start - at <= slack + 4);
}
