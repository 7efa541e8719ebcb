import type { ClaimDraft, EntityRef } from '../model.ts';
import { MIN_QUOTE_WORDS, SPEAKER_AFTER_CUE, SPEECH_VERB } from './cues/quote.ts';
import { actorRefs, isActor } from './actors.ts';
import { toDraft } from './draft.ts';
import { slugId } from '../entities/normalize.ts';
import { reportingSource } from './modality.ts';
import type { Mention, SentenceView } from './view.ts';

/** A title-case name (with "Le/The" when it is part of an outlet's name) right after a speech verb. */
const OUTLET_AFTER = /^\s+((?:Le |La |Les |L'|The )?\p{Lu}[\p{L}&-]+(?: \p{Lu}[\p{L}&-]+){0,3})(?=\s*[.,;]|\s*$)/u;
/** A pronoun or a bare role noun as the speaker. */
const PRONOUN_SPEAKER = /(?:-t-(?:il|elle)|(?<![\p{L}])(?:he|she)\s+(?:said|added|told|says|wrote|explained|insisted|warned|stressed|noted)|(?:said|added|told|explained)\s+(?:he|she)(?![\p{L}])|(?<![\p{L}])(?:il|elle)\s+(?:a|avait)\s|(?:^|\s)(?:la|le|the)\s+(?:ministre|minister|président(?:e)?|president|chancelier|chancelière|chancellor|secrétaire général(?:e)?|secretary general|premier ministre|première ministre|prime minister|chef de la diplomatie|commissaire|commissioner|porte-parole|spokes(?:man|woman|person))(?:\s*[,.]|\s*$|\s+(?:dans|in|lors|on|au|à)))/iu;
const SPEAKER = new Set(['person', 'organisation', 'country', 'group']);
const speaks = (view: SentenceView, e: Mention) => SPEAKER.has(e.kind) && isActor(view, e);

/** One quoted passage of a sentence: the inner words' span (relative offsets). */
export interface Quoted {
  start: number;
  end: number;
  open: number;
  close: number;
}

/**
 * Quote claims: verbatim words (« … », “ … ”, "…", '…') with their speaker, found from a speech
 * verb next to the quote ("», a affirmé Lecornu", "X said:"), "selon X", the name under a pull
 * quote, the interviewee of an interview answer, or the paragraph's named source.
 */
export function quoteClaims(view: SentenceView, nextView: SentenceView | undefined): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const q of quotedSpans(view.text)) {
    const words = view.text.slice(q.start, q.end).split(/\s+/).filter(Boolean).length;
    const speaker = words >= 3 ? speakerOf(view, q, nextView) : undefined;
    // Short quoted words are scare quotes unless a speech verb names who said them.
    if (!speaker || (words < MIN_QUOTE_WORDS && speaker.cues < 3)) continue;
    if (isQuotedTerm(view, q, words)) continue;
    out.push(
      toDraft(view, {
        type: 'quote',
        subject: speaker.ref,
        predicate: 'says',
        value: { kind: 'text', text: view.text.slice(q.start, q.end) },
        modality: 'reported',
        attribution: speaker.ref,
        cue: { start: q.open, end: q.close },
        cues: speaker.cues,
        span: { start: q.start, end: q.end },
        withTime: false,
      }),
    );
  }
  return out;
}

/** Spans inside quotation marks; straight and curly single quotes only when they cannot be apostrophes. */
export function quotedSpans(text: string): Quoted[] {
  const out: Quoted[] = [];
  const re = /«\s*([^»]+?)\s*»|“\s*([^”]+?)\s*”|(?<![\p{L}\p{N}])"\s*([^"]+?)\s*"|(?<![\p{L}\p{N}])['‘](\p{L}(?:[^'’]|['’](?=\p{L}))*?[\p{L}\p{N}.,!?])['’](?![\p{L}])/gu;
  for (const m of text.matchAll(re)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const at = m.index + m[0].indexOf(inner);
    out.push({ start: at, end: at + inner.length, open: m.index, close: m.index + m[0].length });
  }
  return out;
}

export function speakerOf(view: SentenceView, q: Quoted, nextView: SentenceView | undefined): { ref: EntityRef; cues: number } | undefined {
  const after = view.norm.slice(q.close, q.close + 120);
  const verbAfter = SPEECH_VERB.exec(after);
  if (verbAfter) {
    const verbAt = q.close + verbAfter.index;
    const verbEnd = verbAt + verbAfter[0].length;
    const between = view.entities.filter((e) => speaks(view, e) && e.start >= q.close && e.end <= verbAt);
    const following = view.entities.filter((e) => speaks(view, e) && e.start >= verbEnd && e.start - verbEnd <= 60);
    // "», a reconnu le rapporteur du Parlement européen Piotr Nowak": the person, not the body of their title.
    const pick = (xs: Mention[]) => xs.find((e) => e.kind === 'person') ?? xs[0];
    // "…," Sweden's defence minister told reporters: a subject phrase with its role words, no punctuation inside.
    const phrase = between.filter((e) => !/[,;:.!?«»“”"]/u.test(view.norm.slice(e.end, verbAt)) && verbAt - e.end <= 40);
    const subjectPhrase = phrase.find((e) => e.kind === 'person') ?? phrase[0];
    const named = verbAfter.index <= 25 ? (pick(following) ?? pick(between)) : (between.find((e) => e.kind === 'person' && e.start - q.close <= 20) ?? subjectPhrase);
    if (named) return { ref: refOf(named, view), cues: 3 };
    // "», a-t-il déclaré", "she said", "a ajouté la ministre": the person named last before.
    const around = `${view.norm.slice(q.close, verbAt)} ${view.norm.slice(verbAt, verbEnd + 25)}`;
    if (view.lastPerson && !between.length && !following.length && PRONOUN_SPEAKER.test(around)) return { ref: view.lastPerson, cues: 3 };
    // A capital speaking for its government ("a réagi Paris").
    const capital = view.entities.find((e) => e.kind === 'place' && e.start >= verbEnd && e.start - verbEnd <= 3);
    const capitalActor = capital ? actorRefs(view, capital, { placesAsCountries: true })[0] : undefined;
    if (capitalActor) return { ref: capitalActor.ref, cues: 3 };
    // "», a rapporté Le Monde": a capitalised name right after the verb is an outlet or body the finder did not know.
    const outlet = verbAfter.index <= 25 ? OUTLET_AFTER.exec(view.text.slice(verbEnd, verbEnd + 60)) : null;
    if (outlet?.[1]) return { ref: { id: slugId('organisation', outlet[1]), name: outlet[1] }, cues: 3 };
  }
  const before = view.norm.slice(0, q.open);
  const frame = SPEAKER_AFTER_CUE.exec(before) ?? speechVerbIn(view, before);
  if (frame) {
    const candidates = view.entities.filter((e) => speaks(view, e) && e.end <= q.open && Math.abs(e.start - frame.index) <= 80);
    const named = candidates.find((e) => e.start >= frame.index) ?? candidates.at(-1);
    if (named) return { ref: refOf(named, view), cues: 3 };
    const source = reportingSource(view);
    if (source) return { ref: source, cues: 2 };
  }
  if (view.blockKind === 'quote' && nextView && nextView.sentence.blockIdx !== view.sentence.blockIdx) {
    const byline = nextView.entities.find((e) => e.kind === 'person' && e.start <= 3);
    if (byline) return { ref: refOf(byline), cues: 3 };
  }
  if (view.speaker) return { ref: view.speaker, cues: 2 };
  if (view.paragraphSource) return { ref: view.paragraphSource, cues: 1 };
  return undefined;
}

/** The speaker as an actor: "l'administration Trump" is the government (its country, when the registry knows it). */
function refOf(m: Mention, view?: SentenceView): EntityRef {
  const actor = view ? actorRefs(view, m)[0] : undefined;
  return actor ? actor.ref : { id: m.ref.id, name: m.ref.name };
}

/**
 * A quoted term, not speech: it is defined by an acronym ("‘points of single contact’ (PSCs)"), or
 * it is a few words that the sentence carries on after (an object or name inside a clause), not
 * an utterance closed by punctuation or followed by its speech verb.
 */
function isQuotedTerm(view: SentenceView, q: Quoted, words: number): boolean {
  const after = view.norm.slice(q.close);
  if (/^\s*\(\p{Lu}[\p{Lu}\p{N}&-]*s?\)/u.test(after)) return true;
  if (words >= MIN_QUOTE_WORDS) return false;
  return !/^\s*(?:[.,;:!?)—–-]|$)/u.test(after) && !SPEECH_VERB.test(after.slice(0, 30));
}

/** Global copy of `SPEECH_VERB`, built once (`matchAll` clones it, so sharing it is safe). */
const SPEECH_VERB_ALL = new RegExp(SPEECH_VERB.source, 'giu');

/** A speech verb in lower case: "Member States" or "the United States" is not "states". */
function speechVerbIn(view: SentenceView, before: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  for (const m of before.matchAll(SPEECH_VERB_ALL)) {
    if (/^\p{Lu}/u.test(view.text[m.index] ?? '') && m.index > 0) continue;
    found ??= m;
  }
  return found;
}
