import type { EntityRef, ExtractionInput } from '../model.ts';
import { normalize } from './text.ts';
import type { Mention } from './view.ts';

/** An interview names itself near the top: "Entretien …", "Interview with …", "Propos recueillis par …". */
const INTERVIEW_MARK = /^(?:entretien|interview|propos recueillis|q\s*&\s*a|questions? à)(?![\p{L}])/iu;
/** The interviewee is introduced "avec X" / "with X" / "à X" in the standfirst. */
const WITH_BEFORE = /(?:avec|with|à|interroge|interviewe|interviewed|asked)\s*$/iu;

export interface InterviewShape {
  interviewee: EntityRef;
  /** Sentences (by idx) that are the interviewee's answers. */
  answers: ReadonlySet<number>;
}

/** The person named under a pull quote (a quote block followed by a block opening with a name). */
function pullQuoteByline(input: ExtractionInput, mentionsOf: (sentenceIdx: number) => readonly Mention[]): EntityRef | undefined {
  for (const b of input.blocks) {
    if (b.kind !== 'quote') continue;
    const next = input.sentences.find((s) => s.blockIdx === b.idx + 1);
    const person = next ? mentionsOf(next.idx).find((m) => m.kind === 'person' && m.start <= 3) : undefined;
    if (person) return person.ref;
  }
  return undefined;
}

/**
 * Recognises an interview and who answers: the document announces itself as one in its first
 * blocks, questions are body blocks ending with "?", and the interviewee is the person introduced
 * with "avec/with" (else the person named under a pull quote). Answers are the body blocks after
 * the first question.
 */
export function readInterview(input: ExtractionInput, mentionsOf: (sentenceIdx: number) => readonly Mention[]): InterviewShape | undefined {
  const firstBlocks = input.blocks.slice(0, 6);
  const announced = firstBlocks.some((b) => INTERVIEW_MARK.test(normalize(input.cleanText.slice(b.start, b.end)).trim()));
  if (!announced) return undefined;
  const isQuestion = (b: ExtractionInput['blocks'][number]) => b.kind !== 'quote' && /\?\s*\**\s*$/.test(input.cleanText.slice(b.start, b.end)) && b.end - b.start < 300;
  const firstQuestion = input.blocks.find(isQuestion);
  if (!firstQuestion) return undefined;
  const intro = input.sentences.filter((s) => s.blockIdx < firstQuestion.idx);
  const people = intro.flatMap((s) => mentionsOf(s.idx).filter((m) => m.kind === 'person').map((m) => ({ m, s })));
  const introduced = people.find(({ m, s }) => WITH_BEFORE.test(normalize(s.text.slice(0, m.start))));
  const interviewee = introduced?.m.ref ?? pullQuoteByline(input, mentionsOf);
  if (!interviewee) return undefined;
  const questionBlocks = new Set(input.blocks.filter(isQuestion).map((b) => b.idx));
  const answerBlocks = new Set(input.blocks.filter((b) => b.idx > firstQuestion.idx && b.kind === 'body' && !questionBlocks.has(b.idx)).map((b) => b.idx));
  return { interviewee, answers: new Set(input.sentences.filter((s) => answerBlocks.has(s.blockIdx)).map((s) => s.idx)) };
}
