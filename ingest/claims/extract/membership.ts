import type { ClaimDraft, EntityRef } from '../model.ts';
import { ACCESSION, ACCESSION_DONE, BUT_WITH, BODY_NOUN, EXCLUSION_CUE, INVITE_CUE, INVITE_INTO, MEMBERSHIP_CUES, UNNAMED_BODY_AFTER, WITHOUT, type MembershipCue } from './cues/membership.ts';
import { toDraft } from './draft.ts';
import { slugId } from '../entities/normalize.ts';
import { getEntity } from '../entities/registry.ts';
import { reportingSource } from './modality.ts';
import { isActor } from './actors.ts';
import { actorsOf, type Actor } from './groups.ts';
import { matchAll } from './text.ts';
import type { Mention, SentenceView } from './view.ts';

type MembershipPredicate = 'member_of' | 'participates_in' | 'willing_to_deploy' | 'not_member_of' | 'excluded_from';
const PREDICATE: Record<MembershipCue, MembershipPredicate> = {
  participates: 'participates_in',
  member: 'member_of',
  composed: 'member_of',
  willing: 'willing_to_deploy',
  'not-member': 'not_member_of',
  invite: 'member_of',
  left: 'not_member_of',
  excluded: 'excluded_from',
  contributes: 'participates_in',
};
const PRONOUN_TARGET = /^(?:y|en)\s|\sit$/iu;
/** Bodies one takes part in by sending means: missions, operations, exercises, coalitions. */
const CONTRIBUTION_TARGET = new Set(['mission', 'coalition']);
/** "L'opération X, à laquelle participent A et B", "the mission, in which A and B take part": the relative pronoun points back at X. */
const RELATIVE_TARGET = /,\s*(?:à laquelle|auquel|auxquel(?:le)?s|dans laquelle|dans lequel|au sein de laquelle|in which|to which)\s+(?:[^,;.]{0,60}?\s)?$/iu;
/** Joining an operation or exercise is taking part in it, not becoming a member. */
const JOIN_VERB = /^(?:(?:a|ont|has|have) )?(?:rejoint|rejoignent|joined|joins)(?![\p{L}])/iu;
/** "X left Y, followed by A and B", "suivie par A et B": the followers do the same. */
const FOLLOWED_BY = /(?:,\s*)?(?:followed by|suivie?s? (?:par|de|d')|dont|parmi lesquels|parmi lesquelles|notamment|including|among them|among which|such as)\s/iu;
/** An acronym no list knows right after a membership verb ("ont quitté la CEDEAO", "expelled from the G8"): an organisation named by it. */
const ACRONYM_AFTER = /^\s*(?:l'|la |le |les |the |du |de la |de l'|des )?((?:\p{Lu}{2,}[\p{Lu}\d-]*|G\d{1,2})(?: \p{Lu}\p{Ll}+)?)(?![\p{L}\d])/u;
const ACTOR = new Set(['country', 'group', 'organisation']);
const BID_BEFORE = /(?:bid|candidacy|application|request|demande|candidature|volonté|wish|desire)\s*$/iu;
const COORDINATION = /^\s*(?:,|et|and|ainsi que|as well as)?\s*(?:both |à la fois )?(?:l'|la |le |les |the )?$/iu;
const NEGATION_CUE = /^(?:mais pas|mais non|but not)$/iu;
const TARGET = new Set(['coalition', 'mission', 'organisation', 'programme']);
/** Where a list of actors before a verb starts: the sentence start or a strong break. */
const LIST_START = /[.;:!?»”—–]|(?:,\s*(?:qui|which|who|mais|but|alors que|while)\s)|\s(?:mais|but)\s/giu;
/** Names after these are outside the list: "sans les États-Unis", "contre la Russie". */
const OUTSIDE_BEFORE = /(?:sans|without|contre|against|face à|hors de|outside|unlike|contrairement à|à la différence d(?:e|es|u)|sauf|except)\s+(?:l'|la |le |les |the )?$/iu;
/** "is not willing", "ne sont pas prêts": a negated cue is no claim. */
const NEGATED_BEFORE = /(?:\bnot\s+|n't\s+|\bne\s+|\bn'|\bpas\s+|\bnever\s+|\bjamais\s+)(?:\S+\s+)?$/iu;

/** Membership claims: who belongs to, takes part in, is willing to join, or is left out of what. */
export function membershipClaims(view: SentenceView): ClaimDraft[] {
  if (view.question) return [];
  const out: ClaimDraft[] = [];
  let lastActors: Actor[] = [];
  for (const cue of matchAll(view.norm, MEMBERSHIP_CUES)) {
    if (cue.tag === 'composed') {
      const target = [...view.entities].reverse().find((e) => TARGET.has(e.kind) && e.end <= cue.start && cue.start - e.end < 80);
      if (!target) continue;
      // A mission or operation is made of those who take part in it; a coalition or body, of its members.
      out.push(...listClaims(view, target, cue.end, view.norm.length, cue, target.kind === 'mission' ? 'participates_in' : 'member_of'));
      continue;
    }
    if (cue.tag === 'willing' && NEGATED_BEFORE.test(view.norm.slice(Math.max(0, cue.start - 20), cue.start))) continue;
    // "Ukraine's bid to join the EU" is a candidacy, not a membership.
    if (BID_BEFORE.test(view.norm.slice(Math.max(0, cue.start - 30), cue.start))) continue;
    const relativeTo = relativeTarget(view, cue);
    if (relativeTo) {
      out.push(...relativeClaims(view, cue, relativeTo));
      continue;
    }
    let targets = cue.tag === 'willing' ? [willingTarget(view)].filter((t): t is Mention => t !== undefined) : targetsAfter(view, cue);
    // "y participent", "en font partie", "take part in it": the body the text is about.
    if (!targets.length && PRONOUN_TARGET.test(cue.text) && view.topic) targets = [view.topic];
    // "is a NATO member": only with the body inside the words.
    if (/members?$/iu.test(cue.text) && !targets.some((t) => t.start >= cue.start && t.end <= cue.end)) continue;
    if (cue.tag === 'contributes') {
      targets = targets.filter((t) => CONTRIBUTION_TARGET.has(t.kind));
      if (!targets.length) continue;
    }
    if (!targets.length && cue.tag !== 'willing' && !unnamedBody(view, cue)) continue;
    // Inside "X, qui n'est pas membre de Y, …" the actor is X, the antecedent of "qui".
    const relative = relativeAround(view.norm, cue.start);
    const from = lastBreakBefore(view.norm, relative ? relative.start : cue.start);
    const found = actorsIn(view, from, relative ? relative.start : cue.start, targets[0]);
    const actors = found.included.length || found.excluded.length ? found : { included: lastActors, excluded: [] };
    lastActors = actors.included;
    // "Norway joined Denmark in Operation Z": the one joined takes part too.
    const alongside = /,\s*(?:aux côtés d|avec|comme|tout comme|ainsi que|alongside|with|together with|like|as do)/iu.test(cue.text);
    const joinedToo = cue.tag === 'participates' && (JOIN_VERB.test(cue.text) || alongside) ? actorsIn(view, cue.start, cue.end, targets[0]).included : [];
    const followers = targets[0] ? followersAfter(view, targets[0]) : [];
    for (const target of targets.length ? targets : [undefined]) {
      const joinsMission = (cue.tag === 'member' || cue.tag === 'participates') && JOIN_VERB.test(cue.text);
      const predicate = joinsMission ? (target?.kind === 'mission' ? 'participates_in' : 'member_of') : PREDICATE[cue.tag];
      for (const a of [...actors.included, ...joinedToo, ...followers]) out.push(claim(view, a, predicate, target?.ref, cue, 1 + (target && !target.viaCoref ? 1 : 0)));
      for (const a of actors.excluded) out.push(claim(view, a, 'excluded_from', target?.ref, cue, 2));
    }
  }
  out.push(...inviteClaims(view), ...withoutWithClaims(view), ...appositionClaims(view), ...appositiveMembers(view), ...accessionClaims(view));
  return out;
}

/** The bodies right after the cue ("membre de l'OTAN", "members of both the EU and NATO"), or inside it ("NATO's 31st member"). */
function targetsAfter(view: SentenceView, cue: { start: number; end: number }): Mention[] {
  const entities = view.entities.map(asBody);
  const inside = entities.find((e) => TARGET.has(e.kind) && e.start >= cue.start && e.end <= cue.end);
  if (inside) return [inside];
  // "one of the 32 members of NATO": the finder's "members of NATO" straddles the cue's end.
  const straddling = entities.find((e) => TARGET.has(e.kind) && e.start > cue.start && e.start < cue.end && e.end > cue.end);
  if (straddling) return [straddling];
  const acronym = ACRONYM_AFTER.exec(view.norm.slice(cue.end));
  if (acronym?.[1]) {
    const start = cue.end + acronym[0].length - acronym[1].length;
    const end = start + acronym[1].length;
    if (!view.entities.some((e) => e.start < end && start < e.end)) return [{ start, end, text: acronym[1], kind: 'organisation', ref: { id: slugId('organisation', acronym[1]), name: acronym[1] } }];
  }
  const out: Mention[] = [];
  let at = cue.end;
  for (const e of entities) {
    if (!TARGET.has(e.kind) || e.start < cue.end - 3) continue;
    if (out.length === 0 ? e.start - cue.end >= 25 : !COORDINATION.test(view.norm.slice(at, e.start))) break;
    out.push(e);
    at = e.end;
  }
  return out;
}

/** "NATO members", "members of NATO" read as a group by the finder: as a membership target, the body itself. */
function asBody(m: Mention): Mention {
  const body = /^group:(.+)-members$/u.exec(m.ref.id);
  const id = body ? `org:${body[1]}` : undefined;
  const known = id ? getEntity(id) : undefined;
  return known && id ? { ...m, kind: 'organisation', ref: { id, name: m.text } } : m;
}

/** A membership of a body the text does not name: "en faire partie", "le pilier d'une nouvelle alliance", "l'initiative tchèque". */
function unnamedBody(view: SentenceView, cue: { start: number; end: number; text: string; tag: MembershipCue }): boolean {
  if (/^en\s/iu.test(cue.text) || cue.tag === 'not-member') return true;
  return UNNAMED_BODY_AFTER.test(view.norm.slice(cue.end));
}

/** "serait d'inviter l'Ukraine dans l'OTAN": the invited actor is a (possible) member. */
function inviteClaims(view: SentenceView): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const cue of matchAll(view.norm, [['invite', INVITE_CUE] as const])) {
    const actor = view.entities.find((e) => e.start >= cue.end && e.start - cue.end <= 6 && (e.kind === 'country' || e.kind === 'group'));
    if (!actor) continue;
    const into = INVITE_INTO.exec(view.norm.slice(actor.end));
    if (!into) continue;
    const at = actor.end + into[0].length;
    const target = view.entities.find((e) => TARGET.has(e.kind) && e.start >= at && e.start - at <= 6);
    if (!target) continue;
    for (const a of actorsOf(view, actor)) out.push(claim(view, a, 'member_of', target.ref, cue, 2));
  }
  return out;
}

/** "une alliance militaire sans les États-Unis, mais avec l'Ukraine": who is left out of and who is in a body being described. */
function withoutWithClaims(view: SentenceView): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const without = WITHOUT.exec(view.norm);
  if (!without) return out;
  const body = BODY_NOUN.exec(view.norm.slice(Math.max(0, without.index - 60), without.index));
  if (!body) return out;
  const end = without.index + without[0].length;
  const left = view.entities.find((e) => e.start >= end && e.start - end <= 6 && (e.kind === 'country' || e.kind === 'group'));
  if (!left) return out;
  const named = view.entities.find((e) => (e.kind === 'coalition' || e.kind === 'mission') && e.end <= without.index && without.index - e.end <= 60);
  for (const a of actorsOf(view, left)) out.push(claim(view, a, 'not_member_of', named?.ref, { start: without.index, end }, 2));
  const withCue = BUT_WITH.exec(view.norm.slice(end));
  if (withCue) {
    const at = end + withCue.index + withCue[0].length;
    const inside = view.entities.find((e) => e.start >= at && e.start - at <= 6 && (e.kind === 'country' || e.kind === 'group'));
    if (inside) for (const a of actorsOf(view, inside)) out.push(claim(view, a, 'member_of', named?.ref, { start: at, end: inside.end }, 2));
  }
  return out;
}

/** "La coalition — France, Allemagne, Pologne — est…": a list of countries right after the name. */
function appositionClaims(view: SentenceView): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const target of view.entities.filter((e) => e.kind === 'coalition' || e.kind === 'mission')) {
    const rest = view.norm.slice(target.end);
    const open = /^\s*(?:[»”"]\s*)?([—–(])/u.exec(rest);
    if (!open) continue;
    const closer = open[1] === '(' ? ')' : open[1] ?? '—';
    const from = target.end + open[0].length;
    const close = view.norm.indexOf(closer, from);
    const to = close < 0 ? view.norm.length : close;
    const inside = view.entities.filter((e) => e.start >= from && e.end <= to);
    if (inside.length < 2 || !inside.every((e) => e.kind === 'country' || e.kind === 'group')) continue;
    out.push(...listClaims(view, target, from, to, { start: from, end: to }));
  }
  return out;
}

/** The names in a list after a "se compose de"-like cue; names after "excepté/but not" are exclusions. */
function listClaims(view: SentenceView, target: Mention, from: number, to: number, cue: { start: number; end: number }, inPredicate: 'member_of' | 'participates_in' = 'member_of'): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const included: Actor[] = [];
  const excluded: Actor[] = [];
  const negated: Actor[] = [];
  for (const seg of segments(view.norm, from, to)) {
    const ex = EXCLUSION_CUE.exec(view.norm.slice(seg.start, seg.end));
    const cut = ex ? seg.start + ex.index : seg.end;
    const inSeg = actorsIn(view, seg.start, cut, target);
    included.push(...inSeg.included);
    if (!ex) continue;
    const rest = actorsIn(view, cut, seg.end, target);
    // "excepté X" takes X out of a group (excluded_from); "mais pas X" says X is not in (not_member_of).
    (NEGATION_CUE.test(ex[0]) ? negated : excluded).push(...rest.included, ...rest.excluded);
  }
  const out_ = new Set([...excluded, ...negated].map((a) => a.ref.id));
  for (const a of included) if (!out_.has(a.ref.id)) out.push(claim(view, a, inPredicate, target.ref, cue, 2));
  for (const a of excluded) out.push(claim(view, a, 'excluded_from', target.ref, cue, 2));
  for (const a of negated) out.push(claim(view, a, 'not_member_of', target.ref, cue, 2));
  return out;
}

/** A list splits at ";" and at parentheses, so an exclusion only reaches the end of its part. */
function segments(norm: string, from: number, to: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = norm[i];
    if (c === ';' || c === '(' || c === ')') {
      if (i > start) parts.push({ start, end: i });
      start = i + 1;
    }
  }
  if (to > start) parts.push({ start, end: to });
  return parts;
}

/** Actors named in [from, to): countries, groups (expanded) and organisations, minus counted groups and the target itself. */
function actorsIn(view: SentenceView, from: number, to: number, target: Mention | undefined): { included: Actor[]; excluded: Actor[] } {
  const included: Actor[] = [];
  const excluded: Actor[] = [];
  const ex = EXCLUSION_CUE.exec(view.norm.slice(from, to));
  const cut = ex ? from + ex.index : to;
  // "À l'exception de la Hongrie, tous les membres…": an exception closed by a comma ends there.
  const comma = ex ? view.norm.slice(cut, to).search(/,/u) : -1;
  const exceptEnd = comma < 0 ? to : cut + comma;
  for (const m of view.entities) {
    if (m.start < from || m.end > to || !ACTOR.has(m.kind) || m.viaCoref || !isActor(view, m)) continue;
    if (target && m.ref.id === target.ref.id) continue;
    if (m.ref.id === reportingSource(view)?.id) continue;
    if (inAside(view.norm, m.start) && !inAside(view.norm, from)) continue;
    if (m.start >= cut && m.start < exceptEnd) {
      excluded.push(...actorsOf(view, m));
      continue;
    }
    if (OUTSIDE_BEFORE.test(view.norm.slice(Math.max(0, m.start - 16), m.start))) continue;
    if (isCounted(view, m)) continue;
    included.push(...actorsOf(view, m));
  }
  // "Tous les pays nordiques, à l'exception de la Norvège": the exception leaves the group's expansion.
  const out = new Set(excluded.map((a) => a.ref.id));
  return { included: included.filter((a) => !out.has(a.ref.id)), excluded };
}

/** "Vingt-quatre États membres de l'UE": a number before the group makes it a count, not a list. */
function isCounted(view: SentenceView, m: Mention): boolean {
  return view.numbers.some((n) => n.amount !== m.members?.length && n.end <= m.start && m.start - n.end <= 30 && !/[,;]|\s(?:et|and|plus)\s/iu.test(view.norm.slice(n.end, m.start)));
}

/** The body a relative pronoun right before the cue refers to ("X, à laquelle participent…", "X, in which A and B take part"). */
function relativeTarget(view: SentenceView, cue: { start: number; tag: MembershipCue }): Mention | undefined {
  if (cue.tag !== 'participates' && cue.tag !== 'contributes' && cue.tag !== 'member') return undefined;
  const pronoun = RELATIVE_TARGET.exec(view.norm.slice(0, cue.start));
  if (!pronoun) return undefined;
  return [...view.entities].reverse().find((e) => TARGET.has(e.kind) && e.end <= pronoun.index && pronoun.index - e.end <= 3);
}

/** A completed accession: the country named in it is a member of the body it entered. */
function accessionClaims(view: SentenceView): ClaimDraft[] {
  const m = ACCESSION.exec(view.norm);
  if (!m || !ACCESSION_DONE.test(view.norm.slice(m.index))) return [];
  const end = m.index + m[0].length;
  const actor = view.entities.find((e) => (e.kind === 'country' || e.kind === 'organisation') && e.start >= m.index && e.end <= end);
  const target = view.entities.find((e) => TARGET.has(e.kind) && e.start >= end && e.start - end <= 6);
  if (!actor || !target || actor.ref.id === target.ref.id) return [];
  return actorsOf(view, actor).map((a) => claim(view, a, 'member_of', target.ref, { start: m.index, end }, 2));
}

/** ", membre de l'OTAN depuis 2004,", ", a NATO member since 2023,": the actor before the apposition is a member. */
function appositiveMembers(view: SentenceView): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const m of view.norm.matchAll(APPOSITION)) {
    if (!/^,\s*(?:un |une |an? |the )?(?:membres?|members?|pays membre|member state|État membre|[\p{L}-]+ (?:member|ally))/iu.test(m[0])) continue;
    const actor = [...view.entities].reverse().find((e) => e.end <= m.index && m.index - e.end <= 1 && (e.kind === 'country' || e.kind === 'organisation'));
    const target = view.entities.find((e) => TARGET.has(e.kind) && e.start > m.index && e.end < m.index + m[0].length);
    if (!actor || !target || actor.ref.id === target.ref.id) continue;
    for (const a of actorsOf(view, actor)) out.push(claim(view, a, 'member_of', target.ref, { start: m.index, end: m.index + m[0].length }, 2));
  }
  return out;
}

/** Members of a relative clause: named after the verb (French inversion) or between the pronoun and the verb (English). */
function relativeClaims(view: SentenceView, cue: { start: number; end: number; tag: MembershipCue }, target: Mention): ClaimDraft[] {
  const stop = view.norm.slice(cue.end).search(/[,;.:!?]/u);
  const after = actorsIn(view, cue.end, stop < 0 ? view.norm.length : cue.end + stop, target).included;
  const between = actorsIn(view, target.end, cue.start, target).included;
  const predicate = cue.tag === 'member' ? 'member_of' : 'participates_in';
  return [...between, ...after].map((a) => claim(view, a, predicate, target.ref, cue, 2));
}

/** The actors after "followed by" right after the target, up to the clause end. */
function followersAfter(view: SentenceView, target: Mention): Actor[] {
  const f = FOLLOWED_BY.exec(view.norm.slice(target.end, target.end + 50));
  if (!f || f.index > 24 || /[.;:!?]/u.test(view.norm.slice(target.end, target.end + f.index))) return [];
  const from = target.end + f.index + f[0].length;
  const stop = view.norm.slice(from).search(/[.;:!?]|,\s*(?:qui|which|mais|but)\s/u);
  return actorsIn(view, from, stop < 0 ? view.norm.length : from + stop, target).included;
}

function willingTarget(view: SentenceView): Mention | undefined {
  return view.entities.find((e) => e.kind === 'coalition' || e.kind === 'mission') ?? view.topic;
}

/** Where the actor list before `at` starts; a parenthetical between dashes ("— le pays que … —") is skipped, not a start. */
function lastBreakBefore(norm: string, at: number): number {
  const flat = norm
    .slice(0, at)
    .replace(/[—–][^—–]*[—–]/gu, (x) => ' '.repeat(x.length))
    .replace(/,\s*(?:qui|which|who)\s[^,]*,/giu, (x) => ' '.repeat(x.length))
    .replace(APPOSITION, (x) => ' '.repeat(x.length));
  let from = 0;
  for (const m of flat.matchAll(LIST_START)) from = m.index + m[0].length;
  return from;
}

/** The relative clause (", qui …,") holding `at`, if any. */
function relativeAround(norm: string, at: number): { start: number; end: number } | undefined {
  for (const m of norm.matchAll(/,\s*(?:qui|which|who)\s[^,]*,?/giu)) if (at > m.index && at < m.index + m[0].length) return { start: m.index, end: m.index + m[0].length };
  return undefined;
}

/** Inside "— … —": an aside, whose names are not actors of the main clause. */
function inAside(norm: string, at: number): boolean {
  for (const m of norm.matchAll(APPOSITION)) if (at > m.index && at < m.index + m[0].length) return true;
  return false;
}
/** Asides: "— … —", ", qui … ,", and appositions of membership ", membre de l'OTAN depuis 2004,", ", a NATO member since 2023,". */
const APPOSITION = /[—–][^—–]*[—–]|,\s*(?:qui|which|who)\s[^,]*,|,\s*(?:(?:un |une |an? |the )?(?:membres?|members?|pays membre|member state|État membre)\s(?:fondateur\s)?(?:de|d'|du|of)\s[^,]*|(?:an? )?[\p{L}-]+ (?:member|ally)(?: state)?(?: since \d{4})?),/giu;

function claim(view: SentenceView, a: Actor, predicate: MembershipPredicate | 'excluded_from', object: EntityRef | undefined, cue: { start: number; end: number }, cues: number): ClaimDraft {
  return toDraft(view, {
    type: 'membership',
    subject: a.ref,
    predicate,
    ...(object ? { object: { id: object.id, name: object.name } } : {}),
    ...(a.group ? { group: a.group } : {}),
    cue,
    cues,
  });
}
