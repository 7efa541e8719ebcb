import type { ClaimDraft } from '../model.ts';
import type { NumberMention } from '../values/numbers.ts';
import { COMPOSITION_CUE, CURRENCY_BEFORE, GATHERING_CUE, ORDINAL_MEMBER, PARTICIPATION_CUE, TRAINED_CUE, UNIT_CUES } from './cues/quantity.ts';
import { toDraft } from './draft.ts';
import type { EventMemory } from './event.ts';
import { reportingSource } from './modality.ts';
import type { Mention, SentenceView } from './view.ts';
import { getEntity } from '../entities/registry.ts';
import { isActor } from './actors.ts';
import { CONDITION_OPENING } from './cues/modality.ts';

/** Words leading from an amount to what it is for. "Contribute X to the EPF" keeps the giver as subject (the gold's reading); "X for the mission" is the mission's money. */
const RECIPIENT_LEAD = /^\s*(?:supplémentaires?\s+|additional\s+|de plus\s+|more\s+)?(?:pour|for|au profit d(?:e|es|u)|au bénéfice d(?:e|es|u)|destinés? (?:à|aux?)|en faveur d(?:e|es|u)|in support of|en soutien (?:à|aux?))\s*(?:l'|la |le |les |the |son |sa |ses |its |their )?/iu;
const FUND_WORD = /(?:fonds|fund|facilit|facility|instrument|programme|program|initiative)/iu;

type QuantityPredicate = 'member_count' | 'participant_count' | 'soldiers_trained' | 'troops' | 'amount' | 'count';

/** A demonstrative before the number points back at a body or meeting: "cette trentaine de nations". */
const DEMONSTRATIVE_BEFORE = /(?:cette|ces|these|those)\s*$/iu;
const PREPOSITION_BEFORE = /(?:\s|^)(?:de|des|du|d'|of|à|aux?|to|pour|for|avec|with|en|in|contre|against)\s*(?:l'|la |le |les |the )?$/iu;
const WINDOW = 70;
const BODY = new Set(['coalition', 'mission', 'organisation', 'programme', 'group']);

/**
 * Quantity claims: a number, what it counts (the noun after it) and what the count is about.
 * Money and troops belong to the actor of their clause; counts of countries or members to the
 * coalition or mission named (else the running topic: "cette trentaine de nations", "un sommet
 * réunissant 35 pays"), then to an organisation of the same clause. Dates, years, percentages and
 * counts of other things (pages, years, fronts) are left alone.
 */
export function quantityClaims(view: SentenceView, memory: EventMemory): ClaimDraft[] {
  if (view.question) return [];
  const out: ClaimDraft[] = [];
  const source = reportingSource(view);
  for (const n of view.numbers) {
    if (view.dates.some((d) => d.start < n.end && n.start < d.end)) continue;
    const unit = unitOf(view, n);
    if (!unit) continue;
    // "the three Baltic states": the number is the size of a named group, not a claim.
    if (view.entities.some((e) => e.kind === 'group' && e.start >= n.end && e.start < unit.end && e.members?.length === n.amount)) continue;
    const predicate = predicateOf(view, n, unit.unit, memory);
    if (!predicate) continue;
    const subject = subjectOf(view, n, unit.end, unit.unit, predicate, source?.id);
    if (!subject) continue;
    out.push(
      toDraft(view, {
        type: 'quantity',
        subject: { id: subject.ref.id, name: subject.ref.name },
        predicate,
        value: { kind: 'number', amount: n.amount, approx: n.approx, unit: unit.unit, text: n.text },
        cue: { start: n.start, end: unit.end },
        cues: 1 + (subject.viaCoref || subject === view.topic ? 0 : 1) + (predicate === 'count' ? 0 : 1),
      }),
    );
  }
  return [...out, ...ordinalMembers(view)];
}

/** "la Suède est devenue le 32e membre de l'OTAN": the body then counts that many members. */
function ordinalMembers(view: SentenceView): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const m of view.norm.matchAll(ORDINAL_MEMBER)) {
    const end = m.index + m[0].length;
    const after = view.entities.find((e) => BODY.has(e.kind) && e.start >= end && e.start - end <= 8);
    const before = [...view.entities].reverse().find((e) => BODY.has(e.kind) && e.end <= m.index && /^(?:'s|’s)\s*$/u.test(view.text.slice(e.end, m.index)));
    const body = after ?? before;
    if (!body) continue;
    out.push(
      toDraft(view, {
        type: 'quantity',
        subject: { id: body.ref.id, name: body.ref.name },
        predicate: 'member_count',
        value: { kind: 'number', amount: Number(m[1]), approx: 'exact', unit: 'members', text: view.text.slice(m.index, end) },
        cue: { start: m.index, end },
        cues: 2,
      }),
    );
  }
  return out;
}

function unitOf(view: SentenceView, n: NumberMention): { unit: string; end: number } | undefined {
  if (n.unit === 'EUR' || n.unit === 'USD' || n.unit === 'GBP') return { unit: n.unit, end: n.end };
  if (n.unit) return undefined;
  const after = view.norm.slice(n.end, n.end + 50);
  for (const [unit, re] of UNIT_CUES) {
    const m = re.exec(after);
    if (m) return { unit, end: n.end + m[0].length };
  }
  const before = view.norm.slice(Math.max(0, n.start - 5), n.start);
  for (const [unit, re] of CURRENCY_BEFORE) if (re.test(before)) return { unit, end: n.end };
  return undefined;
}

function near(view: SentenceView, n: NumberMention, re: RegExp): boolean {
  return re.test(view.norm.slice(Math.max(0, n.start - WINDOW), Math.min(view.norm.length, n.end + WINDOW)));
}

function predicateOf(view: SentenceView, n: NumberMention, unit: string, memory: EventMemory): QuantityPredicate | undefined {
  if (unit === 'EUR' || unit === 'USD' || unit === 'GBP') return 'amount';
  if (unit === 'soldiers') return near(view, n, TRAINED_CUE) ? 'soldiers_trained' : 'troops';
  if (unit === 'instructors') return 'troops';
  if (unit === 'equipment' || unit === 'people') return 'count';
  if (unit === 'countries' || unit === 'member_states' || unit === 'members') {
    if (near(view, n, PARTICIPATION_CUE) || near(view, n, GATHERING_CUE)) return 'participant_count';
    if (DEMONSTRATIVE_BEFORE.test(view.norm.slice(0, n.start))) {
      const meeting = memory.lastMeeting;
      return meeting && view.sentence.idx - meeting.sentenceIdx <= 3 ? 'participant_count' : 'member_count';
    }
    if (near(view, n, COMPOSITION_CUE) || unit === 'members') return 'member_count';
    return 'count';
  }
  return undefined;
}

/** "in collaboration with the Université … (UCAD), Senegal; …": the names of a partner list, up to the clause's end. */
const PARTNER_BEFORE = /(?:in (?:collaboration|partnership|cooperation) with|together with|jointly with|en (?:collaboration|partenariat|coopération) avec|conjointement avec)(?:\s+(?:the|l'|la|le|les))?\s+[^.]{0,300}$/iu;

/**
 * What the number is about. Money and troops: the actor of the number's clause (the one not after a
 * preposition), a programme right before the amount ("doter le programme EDIP de…"). Counts of
 * countries: a coalition or mission of the sentence, an organisation of the same clause, the topic.
 */
function subjectOf(view: SentenceView, n: NumberMention, unitEnd: number, unit: string, predicate: QuantityPredicate, sourceId: string | undefined): Mention | undefined {
  // A capital acting as its government ("Berlin pourrait réduire…") is a subject too; names inside an opening "si/if" clause are not.
  const condition = conditionEnd(view.norm);
  const entities = view.entities
    // "Le gouvernement danois a annoncé…": a nationality word naming a government is the country.
    .filter((e) => (!e.demonym || isActor(view, e)) && e.ref.id !== sourceId && (BODY.has(e.kind) || e.kind === 'country' || capitalActor(view, e)) && !(e.end <= condition && n.start > condition))
    .map((e): Mention => (e.kind === 'place' ? { ...e, kind: 'country', ref: { id: getEntity(e.ref.id)?.country ?? e.ref.id, name: e.text } } : e));
  const clause = clauseOf(view.norm, n.start);
  // Partners ("in collaboration with X (XY)", "en partenariat avec X") neither give nor receive the money.
  const partnerIds = new Set(entities.filter((e) => PARTNER_BEFORE.test(view.norm.slice(Math.max(0, e.start - 400), e.start))).map((e) => e.ref.id));
  const inClause = entities.filter((e) => e.start >= clause.start && e.end <= clause.end && !(predicate === 'amount' && partnerIds.has(e.ref.id)));
  // "1 500 soldats britanniques", "2,000 French troops": the nationality of the troops is whose troops they are.
  if (predicate === 'troops' || unit === 'people') {
    const nationality = view.entities.find((e) => e.kind === 'country' && e.demonym && e.start >= n.end && (e.end <= unitEnd || /^\s*$/u.test(view.norm.slice(unitEnd, e.start))));
    if (nationality) {
      const { demonym: _nationalityWord, ...country } = nationality;
      return country;
    }
  }
  // Observers, police, staff serving in a named mission are the mission's.
  if (unit === 'people') {
    const mission = entities.find((e) => (e.kind === 'mission' || e.kind === 'coalition') && !e.viaCoref);
    if (mission) return mission;
  }
  if (predicate === 'amount' || predicate === 'troops' || predicate === 'count') {
    const programme = entities.find((e) => e.kind === 'programme' && e.end <= n.start && n.start - e.end <= 25);
    if (programme) return programme;
    // "pledged 40 million euros for the EU Peace Facility": money goes to the fund or mission named after it.
    // "a €50 billion Ukraine Facility": the fund named right after the amount.
    const named = predicate === 'amount' ? entities.find((e) => (e.kind === 'programme' || e.kind === 'mission') && e.start >= unitEnd && e.start - unitEnd <= 2) : undefined;
    if (named) return named;
    const recipient = predicate === 'amount' ? recipientAfter(view, unitEnd, entities) : undefined;
    if (recipient) return recipient;
    const actor = inClause.find((e) => !PREPOSITION_BEFORE.test(view.norm.slice(Math.max(0, e.start - 12), e.start)));
    const fallback = actor ?? inClause.find((e) => BODY.has(e.kind)) ?? entities.find((e) => !(predicate === 'amount' && partnerIds.has(e.ref.id)));
    if (fallback) return fallback;
    // "Vingt-trois alliés …, a indiqué l'OTAN": allies and members belong to the body that reports them.
    const ofBody = /^\s*(?:alliés|allies|membres|members)/iu.test(view.norm.slice(n.end, n.end + 12));
    return predicate === 'count' && sourceId && ofBody ? view.entities.find((e) => e.ref.id === sourceId) : undefined;
  }
  const byDistance = (a: Mention, b: Mention) => distance(a, n) - distance(b, n);
  const bodies = entities.filter((e) => e.kind === 'coalition' || e.kind === 'mission').sort(byDistance);
  if (bodies[0]) return bodies[0];
  const orgs = inClause.filter((e) => e.kind === 'organisation' || e.kind === 'programme').sort(byDistance);
  if (orgs[0]) return orgs[0];
  if (view.topic) return view.topic;
  // "Ukraine has trained 10,000 soldiers": with no body named, the trainer is the actor of the clause.
  if (predicate === 'soldiers_trained') {
    const actor = inClause.find((e) => e.kind === 'country' && !PREPOSITION_BEFORE.test(view.norm.slice(Math.max(0, e.start - 12), e.start)));
    if (actor) return actor;
  }
  return entities.filter((e) => e.kind === 'organisation' || e.kind === 'programme').sort(byDistance)[0];
}

/** The fund, programme or mission right after an amount: "for/pour/à/au profit de X". */
function recipientAfter(view: SentenceView, at: number, entities: readonly Mention[]): Mention | undefined {
  const lead = RECIPIENT_LEAD.exec(view.norm.slice(at));
  if (!lead) return undefined;
  const from = at + lead[0].length;
  // "au profit de la mission EUMAM Ukraine": a generic word may stand between the article and the name.
  const generic = /^(?:mission|opération|operation|fonds|fund|programme|program|facilité|facility|initiative)\s+/iu.exec(view.norm.slice(from));
  const nameAt = from + (generic?.[0].length ?? 0);
  return entities.find((e) => (e.kind === 'programme' || e.kind === 'mission' || e.kind === 'coalition' || (e.kind === 'organisation' && FUND_WORD.test(e.text))) && e.start >= from - 5 && e.start - nameAt <= 4);
}

/** Where an opening "Si …," / "If …," clause ends (0 when the sentence has none). */
function conditionEnd(norm: string): number {
  if (!CONDITION_OPENING.test(norm)) return 0;
  const comma = norm.indexOf(',');
  return comma < 0 ? 0 : comma;
}

/** A capital standing for its country as the actor of the clause. */
function capitalActor(view: SentenceView, e: Mention): boolean {
  return e.kind === 'place' && Boolean(getEntity(e.ref.id)?.country) && !PREPOSITION_BEFORE.test(view.norm.slice(Math.max(0, e.start - 12), e.start));
}

/** The clause around `at`: commas, semicolons and dashes bound it. */
function clauseOf(norm: string, at: number): { start: number; end: number } {
  const before = norm.slice(0, at);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' — '), before.lastIndexOf(':')) + 1;
  const rest = norm.slice(at).search(/[,;:]|\s—\s/u);
  return { start, end: rest < 0 ? norm.length : at + rest };
}

function distance(m: Mention, n: NumberMention): number {
  return m.end <= n.start ? n.start - m.end : Math.max(0, m.start - n.end);
}
