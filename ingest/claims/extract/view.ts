import type { EntityMention } from '../entities/find-entities.ts';
import type { EntityKind, EntityRef, ExtractionInput } from '../model.ts';
import type { DateMention } from '../values/dates.ts';
import type { NumberMention } from '../values/numbers.ts';

/** An entity in a sentence (offsets relative to the sentence): what the finder returns, plus `viaCoref` when it came from "cette mission" or "elle". */
export interface Mention extends EntityMention {
  viaCoref?: boolean;
}

/** Everything a rule needs about one sentence, prepared once by the extractor. */
export interface SentenceView {
  input: ExtractionInput;
  sentence: ExtractionInput['sentences'][number];
  blockKind: string;
  /** The sentence text, exactly as in `cleanText`. */
  text: string;
  /** Same length as `text`, apostrophes and no-break spaces normalized, for matching. */
  norm: string;
  question: boolean;
  entities: Mention[];
  numbers: NumberMention[];
  dates: DateMention[];
  /** The last coalition or mission named before or in this sentence anywhere in the document. */
  topic?: Mention | undefined;
  /** The interviewee, when the sentence is in an interview answer. */
  speaker?: EntityRef | undefined;
  /** The last named source or speaker of this paragraph ("Politico rapporte…" then "Le magazine note…"). */
  paragraphSource?: EntityRef | undefined;
  /** The last person named before this sentence (for "a-t-il déclaré", "she said", "a ajouté la ministre"). */
  lastPerson?: EntityRef | undefined;
}

/** Kinds that can be a coalition-like target of membership, counts and events. */
export const TARGET_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['coalition', 'mission', 'organisation', 'programme']);
/** Kinds that can be actors (members, speakers, holders of stances). */
export const ACTOR_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['country', 'group', 'organisation', 'person']);
