import { yieldToEventLoop } from '../../event-loop.ts';
import { createEntityFinder } from '../entities/find-entities.ts';
import type { EntityRef, ExtractionInput } from '../model.ts';
import { findDates } from '../values/dates.ts';
import { findNumbers } from '../values/numbers.ts';
import { resolveAnaphors } from './coref.ts';
import { readInterview } from './interview.ts';
import { withNamedMissions } from './named-missions.ts';
import { withNamedPlaces } from './named-places.ts';
import { reportingSource } from './modality.ts';
import { normalize } from './text.ts';
import type { Mention, SentenceView } from './view.ts';

/** Blocks that are not the document's own statements. */
const SKIPPED_KINDS = new Set(['boilerplate', 'footnote']);
/** Out-of-flow blocks: they do not carry coreference from one sentence to the next. */
const OUT_OF_FLOW = new Set(['quote', 'sidebar', 'caption', 'boilerplate', 'footnote']);
/** A heading opening a list of sources: what follows are titles of other works, not claims. */
const SOURCES_HEADING = /^\s*(?:sources?|références|references|bibliographie|bibliography|notes|pour aller plus loin|further reading)(?:\s+\p{L}+)?\s*$/iu;

const COMPARISON_BEFORE = /(?:similaires? à|comparables? à|comme|à l'instar d(?:e|es|u|')|celles? d(?:e|es|u|')|celui d(?:e|es|u|')|like|similar to|comparable to|that of|those of)\s*(?:l'|la |le |les |the )?[^,;.]{0,25}$/iu;

/**
 * Prepares every sentence once: entities (with light coreference), numbers,
 * dates, the running topic (last coalition/mission), the interview speaker and the paragraph's
 * last named source. Sentences the rules must not read are left out.
 */
export async function buildViews(input: ExtractionInput): Promise<SentenceView[]> {
  const blockKind = new Map(input.blocks.map((b) => [b.idx, b.kind]));
  const own = new Map<number, Mention[]>();
  // One finder per document: it remembers people ("Lecornu" after "Sébastien Lecornu") and acronyms.
  const finder = createEntityFinder(input.lang);
  const datesOf = new Map(input.sentences.map((s) => [s.idx, findDates(s.text, input.lang, input.documentDate)]));
  const normOf = new Map(input.sentences.map((s) => [s.idx, normalize(s.text)]));
  for (const [i, s] of input.sentences.entries()) {
    // Finding the entities of a 50-page document takes ~0.3 s: let requests through now and then.
    if (i % 64 === 63) await yieldToEventLoop();
    const norm = normOf.get(s.idx) ?? normalize(s.text);
    const found = finder.find(s.text).map((e): Mention => ({ ...e })).sort((a, b) => a.start - b.start);
    own.set(s.idx, withNamedPlaces(norm, withNamedMissions(norm, found), datesOf.get(s.idx) ?? []));
  }
  const interview = readInterview(input, (idx) => own.get(idx) ?? []);

  const views: SentenceView[] = [];
  let topic: Mention | undefined;
  let previous: Mention[] = [];
  let recent: Mention[] = [];
  let paragraph = -1;
  let paragraphSource: EntityRef | undefined;
  let inSources = false;
  let lastPerson: EntityRef | undefined;
  for (const s of input.sentences) {
    const kind = blockKind.get(s.blockIdx) ?? 'body';
    if (kind === 'heading' || kind === 'title') inSources = SOURCES_HEADING.test(s.text);
    if (s.blockIdx !== paragraph && !OUT_OF_FLOW.has(kind)) {
      paragraph = s.blockIdx;
      recent = previous.filter((m) => m.kind === 'coalition' || m.kind === 'mission');
      paragraphSource = undefined;
    }
    const norm = normOf.get(s.idx) ?? normalize(s.text);
    const found = own.get(s.idx) ?? [];
    const entities = [...found, ...resolveAnaphors(norm, found, recent, previous, topic)].sort((a, b) => a.start - b.start);
    // A body named in a comparison ("similaire à celle de la présence avancée…") is not what the text is about.
    const targets = entities.filter((m) => (m.kind === 'coalition' || m.kind === 'mission') && !COMPARISON_BEFORE.test(norm.slice(Math.max(0, m.start - 40), m.start)));
    const view: SentenceView = {
      input,
      sentence: s,
      blockKind: kind,
      text: s.text,
      norm,
      question: /\?\s*[*»”"]*\s*$/.test(s.text),
      entities,
      numbers: findNumbers(s.text, input.lang),
      dates: datesOf.get(s.idx) ?? [],
      topic: targets.at(-1) ?? topic,
      speaker: interview?.answers.has(s.idx) ? interview.interviewee : undefined,
      paragraphSource,
      lastPerson,
    };
    if (!OUT_OF_FLOW.has(kind)) {
      if (targets.length) topic = targets.at(-1);
      previous = entities;
      recent = [...recent, ...targets];
      paragraphSource = reportingSource(view) ?? paragraphSource;
      const person = found.filter((m) => m.kind === 'person').at(-1);
      if (person) lastPerson = { id: person.ref.id, name: person.ref.name };
    }
    if (!SKIPPED_KINDS.has(kind) && !inSources) views.push(view);
  }
  return views;
}
