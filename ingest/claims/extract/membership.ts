import type { ClaimDraft, EntityRef } from '../model.ts';
import { BUT_WITH, BODY_NOUN, EXCLUSION_CUE, INVITE_CUE, INVITE_INTO, MEMBERSHIP_CUES, UNNAMED_BODY_AFTER, WITHOUT, type MembershipCue } from './cues/membership.ts';
import { toDraft } from './draft.ts';
import { reportingSource } from './modality.ts';
import { isActor } from './actors.ts';
import { actorsOf, type Actor } from './groups.ts';
import { matchAll } from './text.ts';
import type { Mention, SentenceView } from './view.ts';

type MembershipPredicate = 'member_of' | 'participates_in' | 'willing_to_deploy' | 'not_member_of';
const PREDICATE: Record<MembershipCue, MembershipPredicate> = {
  participates: 'participates_in',
  member: 'member_of',
  composed: 'member_of',
  willing: 'willing_to_deploy',
  'not-member': 'not_member_of',
  invite: 'member_of',
};
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
      out.push(...listClaims(view, target, cue.end, view.norm.length, cue));
      continue;
    }
    if (cue.tag === 'willing' && NEGATED_BEFORE.test(view.norm.slice(Math.max(0, cue.start - 20), cue.start))) continue;
    // "Ukraine's bid to join the EU" is a candidacy, not a membership.
    if (BID_BEFORE.test(view.norm.slice(Math.max(0, cue.start - 30), cue.start))) continue;
    const targets = cue.tag === 'willing' ? [willingTarget(view)].filter((t): t is Mention => t !== undefined) : targetsAfter(view, cue);
    if (!targets.length && cue.tag !== 'willing' && !unnamedBody(view, cue)) continue;
    // Inside "X, qui n'est pas membre de Y, …" the actor is X, the antecedent of "qui".
    const relative = relativeAround(view.norm, cue.start);
    const from = lastBreakBefore(view.norm, relative ? relative.start : cue.start);
    const found = actorsIn(view, from, relative ? relative.start : cue.start, targets[0]);
    const actors = found.included.length || found.excluded.length ? found : { included: lastActors, excluded: [] };
    lastActors = actors.included;
    const predicate = PREDICATE[cue.tag];
    for (const target of targets.length ? targets : [undefined]) {
      for (const a of actors.included) out.push(claim(view, a, predicate, target?.ref, cue, 1 + (target && !target.viaCoref ? 1 : 0)));
      for (const a of actors.excluded) if (target) out.push(claim(view, a, 'excluded_from', target.ref, cue, 2));
    }
  }
  out.push(...inviteClaims(view), ...withoutWithClaims(view), ...appositionClaims(view));
  return out;
}

/** The bodies right after the cue ("membre de l'OTAN", "members of both the EU and NATO"), or inside it ("NATO's 31st member"). */
function targetsAfter(view: SentenceView, cue: { start: number; end: number }): Mention[] {
  const inside = view.entities.find((e) => TARGET.has(e.kind) && e.start >= cue.start && e.end <= cue.end);
  if (inside) return [inside];
  const out: Mention[] = [];
  let at = cue.end;
  for (const e of view.entities) {
    if (!TARGET.has(e.kind) || e.start < cue.end - 3) continue;
    if (out.length === 0 ? e.start - cue.end >= 25 : !COORDINATION.test(view.norm.slice(at, e.start))) break;
    out.push(e);
    at = e.end;
  }
  return out;
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
function listClaims(view: SentenceView, target: Mention, from: number, to: number, cue: { start: number; end: number }): ClaimDraft[] {
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
  for (const a of included) if (!out_.has(a.ref.id)) out.push(claim(view, a, 'member_of', target.ref, cue, 2));
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
  for (const m of view.entities) {
    if (m.start < from || m.end > to || !ACTOR.has(m.kind) || m.viaCoref || !isActor(view, m)) continue;
    if (target && m.ref.id === target.ref.id) continue;
    if (m.ref.id === reportingSource(view)?.id) continue;
    if (inAside(view.norm, m.start) && !inAside(view.norm, from)) continue;
    if (OUTSIDE_BEFORE.test(view.norm.slice(Math.max(0, m.start - 16), m.start))) continue;
    if (isCounted(view, m)) continue;
    (m.start >= cut ? excluded : included).push(...actorsOf(view, m));
  }
  return { included, excluded };
}

/** "Vingt-quatre États membres de l'UE": a number before the group makes it a count, not a list. */
function isCounted(view: SentenceView, m: Mention): boolean {
  return view.numbers.some((n) => n.amount !== m.members?.length && n.end <= m.start && m.start - n.end <= 30 && !/[,;]|\s(?:et|and|plus)\s/iu.test(view.norm.slice(n.end, m.start)));
}

function willingTarget(view: SentenceView): Mention | undefined {
  return view.entities.find((e) => e.kind === 'coalition' || e.kind === 'mission') ?? view.topic;
}

/** Where the actor list before `at` starts; a parenthetical between dashes ("— le pays que … —") is skipped, not a start. */
function lastBreakBefore(norm: string, at: number): number {
  const flat = norm
    .slice(0, at)
    .replace(/[—–][^—–]*[—–]/gu, (x) => ' '.repeat(x.length))
    .replace(/,\s*(?:qui|which|who)\s[^,]*,/giu, (x) => ' '.repeat(x.length));
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
  for (const m of norm.matchAll(/[—–][^—–]*[—–]|,\s*(?:qui|which|who)\s[^,]*,/giu)) if (at > m.index && at < m.index + m[0].length) return true;
  return false;
}

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
