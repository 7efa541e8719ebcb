import type { ClaimDraft } from '../model.ts';
import { SPEECH_VERB } from './cues/quote.ts';
import {
  DEMAND_BY,
  INTENT_SUPPORT,
  NEGATED_COMMITMENT,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  NOMINAL_REFUSAL,
  PROPOSED_BY,
  PURPOSE,
  REFUSAL_IDIOM,
  SPEAKER_PROPOSAL,
  STANCE_CUES,
  STRESSED_NOT,
  WEAK_STANCE_CUES,
  type StancePredicate,
} from './cues/stance.ts';
import { CONDITION_OPENING } from './cues/modality.ts';
import { toDraft } from './draft.ts';
import { frameSource } from './modality.ts';
import type { Actor } from './groups.ts';
import { quotedSpans, speakerOf } from './quote.ts';
import { actorAfter, contentAfter, objectIn, subjectsBefore } from './stance-subjects.ts';
import { matchAll } from './text.ts';
import type { SentenceView } from './view.ts';

interface Found {
  predicate: StancePredicate;
  subjects: Actor[];
  cue: { start: number; end: number };
  content?: { start: number; end: number; text: string } | undefined;
  /** The actor's own words (a quote, an interview answer): the stance is theirs, asserted. */
  own?: boolean;
}

/**
 * Stance claims: a named actor supports, opposes, demands, refuses or proposes something. Verbs
 * ("soutient", "calls for"), nominal refusals ("le refus de X de…"), negated commitments and
 * refusal idioms inside a speaker's words, stated aims ("l'objectif de X est de…"), intents to
 * support, demands and proposals attributed by "formulée/présentée par X", and an interviewee's
 * or named speaker's "il faut"/"should" when the sentence holds no other claim (`prior`).
 */
export function stanceClaims(view: SentenceView, prior: readonly ClaimDraft[]): ClaimDraft[] {
  if (view.question) return [];
  const found = [...verbStances(view), ...nominalRefusals(view), ...refusalsInWords(view), ...purposeStances(view), ...intentStances(view)];
  found.push(...attributedStances(view, found));
  const source = frameSource(view);
  for (const f of found) f.subjects = f.subjects.filter((s) => s.ref.id !== source?.id || f.own);
  // "If Turkey blocks the plan, …": a condition is not a position anyone holds.
  const condition = CONDITION_OPENING.test(view.norm) ? Math.max(0, view.norm.indexOf(',')) : 0;
  found.splice(0, found.length, ...found.filter((f) => f.cue.start >= condition));
  if (!found.length && !prior.length) found.push(...speakerProposals(view));
  const out: ClaimDraft[] = [];
  for (const f of found) {
    const subjectIds = new Set(f.subjects.map((s) => s.ref.id));
    const object = f.content ? objectIn(view, f.content, subjectIds) : undefined;
    for (const s of f.subjects) {
      const draft = toDraft(view, {
        type: 'stance',
        subject: s.ref,
        predicate: f.predicate,
        ...(object ? { object: { id: object.ref.id, name: object.ref.name } } : {}),
        ...(f.content ? { value: { kind: 'text' as const, text: f.content.text } } : {}),
        ...(s.group ? { group: s.group } : {}),
        cue: f.cue,
        cues: 2 + (object ? 1 : 0),
      });
      // A position is held now, whatever the mood of what is wanted: only a named source makes it reported.
      if (draft.modality === 'proposed' || draft.modality === 'hypothetical') draft.modality = draft.attribution ? 'reported' : 'asserted';
      out.push(draft);
    }
  }
  return out;
}

function verbStances(view: SentenceView): Found[] {
  const out: Found[] = [];
  const strong = matchAll(view.norm, STANCE_CUES);
  const weak = matchAll(view.norm, WEAK_STANCE_CUES).filter((w) => !strong.some((s) => s.start < w.end && w.start < s.end));
  const quotes = quotedSpans(view.text);
  for (const cue of [...strong.map((c) => ({ ...c, weak: false })), ...weak.map((w) => ({ ...w, weak: true }))]) {
    if (NEGATION_BEFORE.test(view.norm.slice(0, cue.start)) || NEGATION_AFTER.test(view.norm.slice(cue.end))) continue;
    if (isPassive(view, cue)) continue;
    let subjects = subjectsBefore(view, cue.start, cue.weak);
    // "« Nous nous opposons à… », a déclaré X": a position in quoted words with no named subject is the speaker's.
    const quote = subjects.length ? undefined : quotes.find((q) => cue.start >= q.start && cue.end <= q.end);
    // An outlet that reports the words ("», a rapporté Le Figaro") did not say "nous".
    const relayed = quote ? /^\W{0,4}(?:a |ont )?(?:rapporté|rapporte|reported|reports)(?![\p{L}])/iu.test(view.norm.slice(quote.close, quote.close + 20)) : false;
    const spoken = quote && !relayed ? speakerOf(view, quote, undefined) : undefined;
    if (spoken) subjects = [{ ref: spoken.ref, mention: { start: 0, end: 0, text: '', kind: 'person', ref: spoken.ref } }];
    const content = contentAfter(view, cue.end);
    if (!subjects.length || !content) continue;
    if (cue.tag !== 'emphasis') {
      out.push({ predicate: cue.tag, subjects, cue, content });
      continue;
    }
    if (/^(?:que|qu'|that)(?![\p{L}])/iu.test(view.norm.slice(content.start))) continue;
    const not = STRESSED_NOT.exec(view.norm.slice(content.start, content.end));
    if (not) out.push({ predicate: 'opposes', subjects, cue, content: { start: content.start + not[0].length, end: content.end, text: view.text.slice(content.start + not[0].length, content.end) } });
    else out.push({ predicate: 'supports', subjects, cue, content });
  }
  return out;
}

/** "le refus de l'administration Trump d'envisager X", "son refus de Y", "X's refusal to Y". */
function nominalRefusals(view: SentenceView): Found[] {
  const out: Found[] = [];
  let last: Actor[] = [];
  for (const m of view.norm.matchAll(NOMINAL_REFUSAL)) {
    const end = m.index + m[0].length;
    const possessive = /^(?:son|sa|leur|its|their|his|her)\s/iu.test(m[0]);
    let subjects: Actor[] = [];
    if (m[0].startsWith("'s")) subjects = subjectsBefore(view, m.index + 2, false);
    else if (possessive) subjects = last.length ? last : subjectsBefore(view, m.index);
    else subjects = actorAfter(view, end + 1, 20);
    const verb = /^\s*(?:de\s+(?:l'|la |le |les )?[^,;]*?\s)?(?:de|d'|to)\s*/iu.exec(view.norm.slice(end));
    const content = contentAfter(view, end + (verb?.[0].length ?? 0));
    if (!subjects.length || !content) continue;
    last = subjects;
    out.push({ predicate: 'refuses', subjects, cue: { start: m.index, end }, content });
  }
  return out;
}

/** "Nous ne reconnaîtrons jamais…", "il ne peut être question de…", "ne s'engageraient pas": in quotes, the speaker's. */
function refusalsInWords(view: SentenceView): Found[] {
  const out: Found[] = [];
  const quotes = quotedSpans(view.text);
  for (const re of [NEGATED_COMMITMENT, REFUSAL_IDIOM]) {
    const m = re.exec(view.norm);
    if (!m) continue;
    const inQuote = quotes.find((q) => m.index >= q.start && m.index < q.end);
    // "« La Norvège ne paiera pas »": a name inside the quoted words holds the refusal; else the speaker does.
    const namedInQuote = inQuote ? subjectsBefore(view, m.index).filter((a) => a.mention.start >= inQuote.start) : [];
    const spoken = inQuote && !namedInQuote.length ? speakerOf(view, inQuote, undefined) : undefined;
    const subjects: Actor[] = namedInQuote.length ? namedInQuote : spoken ? [{ ref: spoken.ref, mention: { start: 0, end: 0, text: '', kind: 'person', ref: spoken.ref } }] : re === REFUSAL_IDIOM ? [] : subjectsBefore(view, m.index);
    const content = contentAfter(view, re === REFUSAL_IDIOM ? m.index + m[0].length : m.index);
    if (!subjects.length || !content) continue;
    out.push({ predicate: 'refuses', subjects, cue: { start: m.index, end: m.index + m[0].length }, content, own: Boolean(spoken) });
  }
  return out;
}

/** "L'objectif principal de cette trentaine de nations est d'établir…": the body proposes it. */
function purposeStances(view: SentenceView): Found[] {
  const m = PURPOSE.exec(view.norm);
  if (!m) return [];
  const ownerStart = m.index + m[0].indexOf(m[1] ?? m[2] ?? '');
  const ownerEnd = ownerStart + (m[1] ?? m[2] ?? '').length;
  const named = view.entities.filter((e) => e.start >= ownerStart && e.end <= ownerEnd && !e.demonym);
  const subjects: Actor[] = named.length
    ? named.map((e) => ({ ref: { id: e.ref.id, name: e.ref.name }, mention: e }))
    : /^(?:cette|ces|this|these)\s/iu.test(view.norm.slice(ownerStart, ownerEnd)) && view.topic
      ? [{ ref: { id: view.topic.ref.id, name: view.topic.ref.name }, mention: view.topic }]
      : [];
  const content = contentAfter(view, m.index + m[0].length);
  return subjects.length && content ? [{ predicate: 'proposes', subjects, cue: { start: m.index, end: m.index + m[0].length }, content }] : [];
}

/** "Tous entendent … soutenir l'Ukraine", "pledged to support Ukraine". */
function intentStances(view: SentenceView): Found[] {
  const m = INTENT_SUPPORT.exec(view.norm);
  if (!m) return [];
  const subjects = subjectsBefore(view, m.index);
  // The supported party often comes after a run of adverbs: "soutenir politiquement, diplomatiquement et militairement l'Ukraine".
  const content = contentAfter(view, m.index + m[0].length, /[.;:!?]/u);
  return subjects.length && content ? [{ predicate: 'supports', subjects, cue: { start: m.index, end: m.index + m[0].length }, content }] : [];
}

/** "une demande que la Russie a formulée" (demands), "la proposition … présentée par Kiev" (proposes). */
function attributedStances(view: SentenceView, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const [predicate, re] of [['demands', DEMAND_BY], ['proposes', PROPOSED_BY]] as const) {
    const m = re.exec(view.norm);
    if (!m) continue;
    const subjects = actorAfter(view, m.index + m[0].length);
    const before = [...found].reverse().find((f) => f.cue.end <= m.index);
    const content = before?.content ?? contentAfter(view, 0);
    if (subjects.length && content) out.push({ predicate, subjects, cue: { start: m.index, end: m.index + m[0].length }, content });
  }
  return out;
}

/** "Il faut donner des statuts à cette coalition" in an interview answer; "X should…, argued Y". */
function speakerProposals(view: SentenceView): Found[] {
  const m = SPEAKER_PROPOSAL.exec(view.norm);
  if (!m) return [];
  const speaker = namedSpeaker(view) ?? (view.speaker ? { ref: view.speaker, mention: { start: 0, end: 0, text: '', kind: 'person' as const, ref: view.speaker } } : undefined);
  const content = contentAfter(view, m.index + m[0].length);
  return speaker && content ? [{ predicate: 'proposes', subjects: [speaker], cue: { start: m.index, end: m.index + m[0].length }, content, own: true }] : [];
}

/** A person named next to a speech verb in the sentence ("argued the analyst Tom Reilly"). */
function namedSpeaker(view: SentenceView): Actor | undefined {
  const verb = SPEECH_VERB.exec(view.norm);
  if (!verb) return undefined;
  const end = verb.index + verb[0].length;
  const person = view.entities.find((e) => e.kind === 'person' && ((e.start >= end && e.start - end <= 40) || (e.end <= verb.index && verb.index - e.end <= 3)));
  return person ? { ref: { id: person.ref.id, name: person.ref.name }, mention: person } : undefined;
}

/** "is supported by a network", "should not be denied legal effect": the grammatical subject holds no position. */
const PASSIVE_BEFORE = /(?<![\p{L}])(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:not\s+)?(?:\p{L}+ly\s+|also\s+|thus\s+)?$/iu;
function isPassive(view: SentenceView, cue: { start: number; end: number; text: string }): boolean {
  if (!/ed$/iu.test(cue.text) || !PASSIVE_BEFORE.test(view.norm.slice(0, cue.start))) return false;
  // "is opposed to", "are committed to": adjectives of position, not passives.
  return !/^\s+to(?![\p{L}])/iu.test(view.norm.slice(cue.end));
}
