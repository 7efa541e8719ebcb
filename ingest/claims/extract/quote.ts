import type { ClaimDraft, EntityRef } from '../model.ts';
import { MIN_QUOTE_WORDS, SPEAKER_AFTER_CUE, SPEECH_VERB } from './cues/quote.ts';
import { actorRefs, isActor } from './actors.ts';
import { toDraft } from './draft.ts';
import { reportingSource } from './modality.ts';
import type { Mention, SentenceView } from './view.ts';

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
    const named = verbAfter.index <= 25 ? (pick(following) ?? pick(between)) : between.find((e) => e.kind === 'person' && e.start - q.close <= 20);
    if (named) return { ref: refOf(named, view), cues: 3 };
  }
  const before = view.norm.slice(0, q.open);
  const frame = SPEAKER_AFTER_CUE.exec(before) ?? SPEECH_VERB.exec(before);
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
