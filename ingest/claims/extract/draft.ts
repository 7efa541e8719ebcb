import type { ClaimDraft, TimeRef } from '../model.ts';
import { cite } from './citation.ts';
import { readModality } from './modality.ts';
import type { SentenceView } from './view.ts';

export const RULES_EXTRACTOR = { name: 'rules', version: '3' } as const;

/** What a rule decides; the rest (citation, modality, time, confidence) is filled in here. */
export type DraftCore = Pick<ClaimDraft, 'type' | 'subject' | 'predicate'> &
  Partial<Pick<ClaimDraft, 'object' | 'value' | 'place' | 'participants' | 'initiators' | 'group' | 'modality' | 'attribution'>> & {
    /** Where the cue is in the sentence (relative offsets): modality and dates are read around it. */
    cue: { start: number; end: number };
    /** How many independent cues agreed (verb, named entities, parsed value, …). */
    cues: number;
    /** Cite only this part of the sentence (relative offsets); default the whole sentence. */
    span?: { start: number; end: number };
    /** False to leave the time out (quotes). */
    withTime?: boolean;
  };

/** A full draft for one sentence. Confidence grows with agreeing cues: 0.55 for one, up to 0.95. */
export function toDraft(view: SentenceView, core: DraftCore): ClaimDraft {
  const reading = core.modality ? { modality: core.modality, cues: 1, attribution: core.attribution } : readModality(view, core.cue.start, core.cue.end);
  const attribution = core.attribution ?? reading.attribution;
  const time = core.withTime === false ? undefined : timeNear(view, core.cue.start);
  const cues = core.cues + reading.cues;
  const draft: ClaimDraft = {
    type: core.type,
    subject: core.subject,
    predicate: core.predicate,
    modality: reading.modality,
    participants: core.participants ?? [],
    initiators: core.initiators ?? [],
    confidence: Math.min(0.95, Math.round((0.45 + 0.1 * cues) * 100) / 100),
    extractor: { ...RULES_EXTRACTOR },
    citation: cite(view.input, view.sentence, core.span?.start, core.span?.end),
  };
  if (core.object) draft.object = core.object;
  if (core.value) draft.value = core.value;
  if (core.place) draft.place = core.place;
  if (core.group) draft.group = core.group;
  if (attribution) draft.attribution = attribution;
  if (time) draft.time = time;
  return draft;
}

/** The date the sentence gives nearest the cue, if any. */
function timeNear(view: SentenceView, at: number): TimeRef | undefined {
  const best = [...view.dates].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  if (!best) return undefined;
  return { from: best.from, to: best.to, precision: best.precision, text: best.text, source: 'text' };
}

/** One key per claim, so a sentence never yields the same claim twice. */
export function draftKey(d: ClaimDraft): string {
  const v = d.value ? (d.value.kind === 'number' ? `${d.value.amount}:${d.value.unit ?? ''}` : d.value.text.toLowerCase()) : '';
  return [d.citation.sentenceIdx, d.type, d.subject.id, d.predicate, d.object?.id ?? '', v, d.group?.id ?? ''].join('|');
}
