import type { ClaimDraft, EntityRef } from '../model.ts';
import { actorRefs, isActor } from './actors.ts';
import { BECOME_BEFORE, BECOME_NP, CANDIDATE, DECISION_VERB, ENDED, EXTENDED, FOUNDED_CUE, HOST_VERB, INITIATOR_CUE, MEETING_ANAPHOR, MEETING_NOUN, MEETING_VERB, REPLACED_BY, STATUS_WORDS } from './cues/event.ts';
import { toDraft } from './draft.ts';
import { CONDITION_OPENING } from './cues/modality.ts';
import { matchAll } from './text.ts';
import { TARGET_KINDS, type Mention, type SentenceView } from './view.ts';

/** The last meeting drafted in the flow of text, so "Cette rencontre … initiée par X" continues it. */
export interface EventMemory {
  lastMeeting?: { draft: ClaimDraft; blockIdx: number; sentenceIdx: number } | undefined;
}

const RELATIVE_FOUNDER = /,?\s*(?:which|that|que|qu')\s+(?:the |l'|la |le |les )?[^,;.]{1,40}?\s(?:(?:a|ont|has|have|had)\s+)?(?:\p{L}+ment\s+|\p{L}+ly\s+)?$/iu;
const PLACE_BEFORE = /(?:à|a|au|en|in|at|dans)\s*(?:l'|la |le )?$/iu;
const PRESENCE_BEFORE = /(?:en présence d(?:e|es|u)|avec|with|in the presence of|aux côtés d(?:e|es|u))(?:\s+[^\s,;.]+){0,12}\s*$/iu;
/** Active voice: an auxiliary of "avoir"/"have", or an infinitive marker, before the participle. */
const ACTIVE_BEFORE = /(?:(?:a|ont|avait|avaient|has|have|had)\s+(?:\p{L}+(?:ment|ly)\s+)?|(?:to|de|d'|pour)\s+)$/iu;
/** Between two states said with one verb: "“permanente” et “structurée”". */
const STATE_AND = /^\s*[»”"]?\s*(?:et|and|,)\s*[«“"]?\s*$/iu;
/** A subject standing for the text's topic: "Ce qui a commencé…", "Elle…". */
const TOPIC_SUBJECT = /^\s*(?:ce qui|elle|celle-ci|it|this|cette (?:coalition|alliance|mission|initiative))(?![\p{L}])/iu;

/** Event claims: meetings (date, place, participants, initiators), foundings and changes of status. */
export function eventClaims(view: SentenceView, memory: EventMemory): ClaimDraft[] {
  if (view.question) return [];
  return [...meetingClaims(view, memory), ...foundedClaims(view), ...statusClaims(view)];
}

function meetingClaims(view: SentenceView, memory: EventMemory): ClaimDraft[] {
  const initiators = initiatorsIn(view);
  const last = memory.lastMeeting;
  if (MEETING_ANAPHOR.test(view.norm) && last && view.sentence.idx - last.sentenceIdx <= 2) {
    // The same meeting, said again with new details: a second draft (storage merges them).
    const d = last.draft;
    const again = toDraft(view, { type: 'event', subject: d.subject, predicate: 'meeting', ...(d.place ? { place: d.place } : {}), participants: d.participants ?? [], initiators, cue: { start: 0, end: 10 }, cues: 2 + (initiators.length ? 1 : 0) });
    if (!again.time && d.time) again.time = d.time;
    // The first draft learns its initiators too, so either citation tells the whole meeting.
    for (const r of initiators) if (!d.initiators?.some((i) => i.id === r.id)) d.initiators = [...(d.initiators ?? []), r];
    return [again];
  }
  const out: ClaimDraft[] = [];
  const seen = new Set<string>();
  const places = view.entities.filter((e) => e.kind === 'place' && PLACE_BEFORE.test(view.norm.slice(0, e.start)));
  const place = places[0];
  const cues = matchAll(view.norm, [['host', HOST_VERB] as const, ['verb', MEETING_VERB] as const, ['noun', MEETING_NOUN] as const]);
  // With two meetings in a sentence ("X a reçu Y à l'Élysée avant un sommet…"), each place goes to the nearest one.
  const gap = (p: Mention, c: { start: number; end: number }) => (p.start >= c.end ? p.start - c.end : c.start - p.end);
  const nearest = (c: { start: number; end: number }) => places.find((p) => cues.every((o) => gap(p, c) <= gap(p, o)));
  // One place and one meeting said twice ("Le sommet … aura lieu à Aarhus"): the place is the meeting's.
  const placeOf = (c: { start: number; end: number }) => nearest(c) ?? (places.length === 1 ? place : undefined);
  // A meeting inside an opening "Si …," clause is a condition, not an event.
  const condition = CONDITION_OPENING.test(view.norm) ? Math.max(0, view.norm.indexOf(',')) : 0;
  for (const cue of cues) {
    if (cue.start < condition) continue;
    let subject: Mention | undefined;
    let participants: EntityRef[] = [];
    if (cue.tag === 'host') {
      // "hosted by X" is a detail of the meeting named elsewhere in the sentence, not a second meeting.
      if (/^\s*(?:by|par)\s/iu.test(view.norm.slice(cue.end))) continue;
      subject = [...view.entities].reverse().find((e) => (e.kind === 'person' || e.kind === 'country' || e.kind === 'organisation') && e.end <= cue.start && isActor(view, e));
      participants = uniqueRefs(view.entities.filter((e) => e.kind === 'person' && e.start >= cue.end && e.start - cue.end <= 20));
    } else {
      // Who meets is in the cue's clause: "X is the contact point; the events take place…" is not X's meeting.
      const sameClause = (e: Mention) => !/;/.test(view.norm.slice(Math.min(e.end, cue.start), Math.max(e.start, cue.end)));
      participants = uniqueRefs(
        view.entities.filter((e) => e.kind === 'person' && PRESENCE_BEFORE.test(view.norm.slice(0, e.start))).concat(
          cue.tag === 'verb' ? view.entities.filter((e) => (e.kind === 'country' || e.kind === 'person') && e.end <= cue.start && !e.viaCoref && isActor(view, e) && sameClause(e)) : [],
        ),
      );
      subject = view.entities.find((e) => (e.kind === 'coalition' || e.kind === 'mission' || e.kind === 'organisation') && e.end <= cue.end + 80 && sameClause(e)) ?? view.topic;
    }
    // "La réunion s'est tenue à Gdańsk, à l'initiative de la Pologne": who convenes it is the subject.
    const subjectRef = subject ? refOf(subject) : (participants[0] ?? initiators[0]);
    const hasDate = view.dates.length > 0;
    if (!subjectRef || seen.has(subjectRef.id) || (!hasDate && !placeOf(cue) && !place && participants.length === 0 && initiators.length === 0)) continue;
    seen.add(subjectRef.id);
    const draft = toDraft(view, {
      type: 'event',
      subject: subjectRef,
      predicate: 'meeting',
      ...(placeOf(cue) ? { place: refOf(placeOf(cue) as Mention) } : {}),
      participants: participants.filter((p) => p.id !== subjectRef.id),
      initiators,
      cue,
      cues: 1 + (hasDate ? 1 : 0) + (placeOf(cue) ? 1 : 0),
    });
    out.push(draft);
    if (cue.tag !== 'host') memory.lastMeeting = { draft, blockIdx: view.sentence.blockIdx, sentenceIdx: view.sentence.idx };
  }
  if (!out.length) out.push(...decisionMeeting(view, memory, place));
  return out;
}

/** "Le 25 juin, à La Haye, les alliés ont décidé…": a dated, placed decision is a meeting of the body that decides. */
function decisionMeeting(view: SentenceView, memory: EventMemory, place: Mention | undefined): ClaimDraft[] {
  const cue = DECISION_VERB.exec(view.norm);
  if (!cue || !place || !view.dates.length) return [];
  const body = view.entities.find((e) => e.kind === 'organisation' || e.kind === 'coalition' || e.kind === 'mission') ?? view.topic;
  if (!body) return [];
  const draft = toDraft(view, { type: 'event', subject: refOf(body), predicate: 'meeting', place: refOf(place), cue: { start: cue.index, end: cue.index + cue[0].length }, cues: 2 });
  memory.lastMeeting = { draft, blockIdx: view.sentence.blockIdx, sentenceIdx: view.sentence.idx };
  return [draft];
}

function foundedClaims(view: SentenceView): ClaimDraft[] {
  for (const cue of matchAll(view.norm, [['founded', FOUNDED_CUE] as const])) {
    const after = view.entities.find(
      (e) => TARGET_KINDS.has(e.kind) && e.start >= cue.end && e.start - cue.end <= 60 && !/[.;»”]/.test(view.norm.slice(cue.end, e.start)) && !view.entities.some((o) => o.kind !== 'place' && o.start >= cue.end && o.end <= e.start) && directObject(view, cue.end, e),
    );
    const before = [...view.entities].reverse().find((e) => TARGET_KINDS.has(e.kind) && e.end <= cue.start && cue.start - e.end <= 30 && FOUNDED_GAP.test(view.norm.slice(e.end, cue.start)));
    // "the EU launched X", "to set up X": X is founded; "X, lancée en 2024", "X a été créée": the one before.
    const active = ACTIVE_BEFORE.test(view.norm.slice(0, cue.start)) || (after && after.start - cue.end <= 6 && before && cue.start - before.end <= 3);
    // "X, which NATO launched in 2024", "X, que l'UE a lancée": the antecedent of the relative is what was founded.
    const relative = RELATIVE_FOUNDER.exec(view.norm.slice(0, cue.start));
    const antecedent = relative ? [...view.entities].reverse().find((e) => TARGET_KINDS.has(e.kind) && e.end <= relative.index && relative.index - e.end <= 2) : undefined;
    // "Lancée en 2023 par la Norvège, cette opération…": an opening participle describes the subject after the comma.
    const opening = cue.start <= 2 ? view.entities.find((e) => TARGET_KINDS.has(e.kind) && e.start > view.norm.indexOf(',') && view.norm.indexOf(',') > cue.end && e.start - view.norm.indexOf(',') <= 20) : undefined;
    const subject = antecedent ?? opening ?? (active ? (after ?? before) : (before ?? after));
    if (!subject) continue;
    const place = view.entities.find((e) => e.kind === 'place' && PLACE_BEFORE.test(view.norm.slice(0, e.start)));
    const clauseStart = Math.max(0, view.norm.lastIndexOf(',', cue.start) + 1);
    const founders = active ? view.entities.filter((e) => e !== subject && e.start >= clauseStart && e.end <= cue.start && (e.kind === 'country' || e.kind === 'organisation' || e.kind === 'person' || e.kind === 'group') && isActor(view, e)).map(refOf) : [];
    return [
      toDraft(view, {
        type: 'event',
        subject: refOf(subject),
        predicate: 'founded',
        ...(place ? { place: refOf(place) } : {}),
        initiators: uniqueRefs([...initiatorsIn(view).map((r) => ({ ref: r }) as Mention), ...founders.map((r) => ({ ref: r }) as Mention)]),
        cue,
        cues: 1 + (view.dates.length ? 1 : 0) + (subject.viaCoref ? 0 : 1),
      }),
    ];
  }
  return [];
}

/**
 * Between a founded body and its participle only an acronym, a date, an auxiliary or a comma:
 * "X (XYZ) was established", "X, lancée en 2024"; not "an EU trust mark should be created" (EU
 * qualifies the mark) nor "X and of the Council set up" (X is not what was set up).
 */
const FOUNDED_GAP = /^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:which|qui)\s+)?(?:(?:was|were|is|are|has been|have been|had been|has|have|had|will be|a été|ont été|avait été|est|sont|sera|été|a|ont)\s+)?(?:(?:officially|formally|jointly|officiellement|formellement|conjointement|\p{L}+ly|\p{L}+ment)\s+)?$/iu;
/** What a founding verb sets up is its direct object: no preposition or relative between ("set up in the framework of (EU)…", "fondée …, qui est opérée par X"). */
function directObject(view: SentenceView, from: number, e: Mention): boolean {
  if (e.viaCoref && /(?:^|\s)(?:a|an|un|une|des|some)\s+$/iu.test(view.norm.slice(from, e.start))) return false;
  return !/(?<![\p{L}])(?:in|of|by|for|under|within|from|with|at|on|to|dans|de|du|des|d'|par|pour|sous|avec|en|à|au|aux|qui|which|that|who)(?![\p{L}])/iu.test(view.norm.slice(from, e.start));
}

function statusClaims(view: SentenceView): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  let lastVerb: { start: number; end: number } | undefined;
  for (const [value, re] of STATUS_WORDS) {
    for (const m of matchAll(view.norm, [[value, re] as const])) {
      const before = view.norm.slice(0, m.start);
      // "à la fois “permanente” et “structurée”": a second state shares the verb of the first.
      const shared = lastVerb && STATE_AND.test(view.norm.slice(lastVerb.end, m.start)) ? lastVerb : undefined;
      const verb = BECOME_BEFORE.exec(before) ?? (shared ? Object.assign([''], { index: shared.start, input: before, groups: undefined }) : null);
      if (!verb) continue;
      lastVerb = { start: verb.index, end: m.end };
      const subject = [...view.entities].reverse().find((e) => TARGET_KINDS.has(e.kind) && e.end <= verb.index);
      if (!subject) continue;
      out.push(status(view, subject, { kind: 'text', text: value }, { start: verb.index, end: m.end }, 2 + (subject.viaCoref ? 0 : 1)));
    }
  }
  if (!out.length) out.push(...becomeClaims(view));
  const replaced = REPLACED_BY.exec(view.norm);
  if (replaced) {
    const end = replaced.index + replaced[0].length;
    const subject = [...view.entities].reverse().find((e) => TARGET_KINDS.has(e.kind) && e.end <= replaced.index);
    const next = view.entities.find((e) => TARGET_KINDS.has(e.kind) && e.start >= end && e.start - end <= 80 && e.ref.id !== subject?.ref.id);
    if (subject && next) out.push({ ...status(view, subject, { kind: 'text', text: `${view.text.slice(replaced.index, end)}${next.text}` }, { start: replaced.index, end }, 3), object: refOf(next) });
  }
  const extended = EXTENDED.exec(view.norm);
  if (extended) {
    const end = extended.index + extended[0].length;
    // "L'opération X, à laquelle participent A et B, a été prolongée": the subject opening the sentence, past its aside.
    const opening = openingSubject(view, extended.index);
    // "extended the mandate of EUFOR Althea": the mandate's body, past "le mandat de".
    const mandate = /^\s*(?:the |le |la |l')?(?:mandate|mandat|mission|presence|présence|deployment|déploiement) (?:of |de |d'|du )(?:the |la |l')?/iu.exec(view.norm.slice(end));
    const after = end + (mandate?.[0].length ?? 0);
    const subject = view.entities.find((e) => TARGET_KINDS.has(e.kind) && e.start >= end && e.start - after <= 12) ?? [...view.entities].reverse().find((e) => TARGET_KINDS.has(e.kind) && e.end <= extended.index && extended.index - e.end <= 25) ?? opening;
    if (subject) out.push(status(view, subject, { kind: 'text', text: 'extended' }, { start: extended.index, end }, 2));
  }
  const ended = ENDED.exec(view.norm);
  if (ended) {
    const subject = [...view.entities].reverse().find((e) => TARGET_KINDS.has(e.kind) && e.end <= ended.index && ended.index - e.end <= 25) ?? openingSubject(view, ended.index);
    if (subject) out.push(status(view, subject, { kind: 'text', text: 'ended' }, { start: ended.index, end: ended.index + ended[0].length }, 2));
  }
  const candidate = CANDIDATE.exec(view.norm);
  if (candidate) {
    const country = [...view.entities].reverse().find((e) => e.kind === 'country' && !e.demonym && e.end <= candidate.index);
    if (country) out.push(status(view, country, { kind: 'text', text: 'candidate' }, { start: candidate.index, end: candidate.index + candidate[0].length }, 2));
  }
  return out;
}

/** The body opening the sentence when an aside separates it from its verb ("X, à laquelle participent A et B, a pris fin"). */
function openingSubject(view: SentenceView, verbAt: number): Mention | undefined {
  return view.entities.find((e) => TARGET_KINDS.has(e.kind) && e.start <= 16 && e.end <= verbAt && /^\s*,[^,]*,\s*(?:(?:a|ont|was|were|has been|have been|est|sont)\s+(?:été\s+)?)?$/iu.test(view.norm.slice(e.end, verbAt)));
}

/** "La coalition … est devenue une plateforme…", "Ce qui a commencé comme … se transforme en …". */
function becomeClaims(view: SentenceView): ClaimDraft[] {
  const m = BECOME_NP.exec(view.norm);
  if (!m) return [];
  const end = m.index + m[0].length;
  const stop = view.norm.slice(end).search(/[.;:!?,]|\s[—–]\s/u);
  const text = view.text.slice(end, stop < 0 ? view.text.length : end + stop).trim();
  if (!text || /^(?:membre|member|partie|part|le pilier|the pillar|un membre|a member|a full member|un atout)(?![\p{L}])/iu.test(text)) return [];
  const named = [...view.entities].reverse().find((e) => TARGET_KINDS.has(e.kind) && e.end <= m.index && !/[.;]/.test(view.norm.slice(e.end, m.index)));
  const subject = named ?? (TOPIC_SUBJECT.test(view.norm) ? view.topic : undefined);
  if (!subject || actorRefs(view, subject).length === 0 && !TARGET_KINDS.has(subject.kind)) return [];
  return [status(view, subject, { kind: 'text', text }, { start: m.index, end }, named ? 2 : 1)];
}

function status(view: SentenceView, subject: Mention, value: { kind: 'text'; text: string }, cue: { start: number; end: number }, cues: number): ClaimDraft {
  return toDraft(view, { type: 'event', subject: refOf(subject), predicate: 'status', value, cue, cues });
}

/** "initiée par la France et le Royaume-Uni", "convened by NATO": the actors after the cue, up to the clause end. */
function initiatorsIn(view: SentenceView): EntityRef[] {
  const cue = INITIATOR_CUE.exec(view.norm);
  if (!cue) return [];
  const from = cue.index + cue[0].length;
  const stop = view.norm.slice(from).search(/[.;:!?]|,\s*(?:qui|which|et a|and)\s/u);
  const to = stop < 0 ? view.norm.length : from + stop;
  return uniqueRefs(view.entities.filter((e) => e.start >= from && e.end <= to && (e.kind === 'country' || e.kind === 'organisation' || e.kind === 'person' || e.kind === 'group') && isActor(view, e)));
}

function refOf(m: Mention | EntityRef): EntityRef {
  return 'ref' in m ? { id: m.ref.id, name: m.ref.name } : { id: m.id, name: m.name };
}

function uniqueRefs(ms: readonly Mention[]): EntityRef[] {
  const seen = new Set<string>();
  return ms.map(refOf).filter((r) => !seen.has(r.id) && seen.add(r.id));
}
