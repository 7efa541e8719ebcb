/**
 * A ClaimExtractor for API tests of #5 that does not depend on the rule extractor's coverage:
 * it emits the samples' story claims (coalition size, willingness to send troops, permanence,
 * EUMAM) wherever their quote occurs in a stored document, with citations computed from the
 * document's own clean text and sentences, so D's store verifies them like any extractor's.
 */
import type { ClaimDraft, ClaimExtractor, ExtractionInput } from '../../ingest/claims/model.ts';

type DraftFields = Omit<ClaimDraft, 'citation' | 'extractor' | 'confidence'>;
export interface StorySpec {
  quote: string;
  draft: DraftFields;
}

const coalition = { id: 'coalition:willing', name: 'coalition des volontaires' };
const eumam = { id: 'mission:eumam-ukraine', name: 'EUMAM Ukraine' };
const baltics = { id: 'group:baltic-states', name: 'les États baltes' };
const willing = (id: string, name: string, group?: typeof baltics): StorySpec => ({
  quote: 'les Pays-Bas ont manifesté leur willingness',
  draft: { type: 'membership', subject: { id, name }, predicate: 'willing_to_deploy', object: coalition, ...(group ? { group } : {}), modality: 'asserted' },
});

export const STORY: StorySpec[] = [
  { quote: 'cette trentaine de nations', draft: { type: 'quantity', subject: coalition, predicate: 'member_count', value: { kind: 'number', amount: 30, approx: 'about', unit: 'countries', text: 'trentaine de nations' }, time: { from: '2025-04-10', to: '2025-04-10', precision: 'day', text: 'Le 10 avril', source: 'text' }, modality: 'asserted' } },
  { quote: 'un sommet réunissant 35 pays', draft: { type: 'quantity', subject: coalition, predicate: 'participant_count', value: { kind: 'number', amount: 35, approx: 'exact', unit: 'countries', text: '35 pays' }, modality: 'asserted' } },
  willing('country:FR', 'La France'),
  willing('country:GB', 'le Royaume-Uni'),
  willing('country:NL', 'les Pays-Bas'),
  willing('country:EE', 'les États baltes', baltics),
  willing('country:LV', 'les États baltes', baltics),
  willing('country:LT', 'les États baltes', baltics),
  { quote: 'devient permanente', draft: { type: 'event', subject: coalition, predicate: 'status', value: { kind: 'text', text: 'permanent' }, modality: 'asserted' } },
  { quote: 'elle devrait être à la', draft: { type: 'event', subject: coalition, predicate: 'status', value: { kind: 'text', text: 'permanent' }, modality: 'proposed', attribution: { id: 'person:frederic-mauro', name: 'Frédéric Mauro' } } },
  { quote: '75 000 soldats', draft: { type: 'quantity', subject: eumam, predicate: 'soldiers_trained', value: { kind: 'number', amount: 75000, approx: 'exact', unit: 'soldiers', text: '75 000' }, modality: 'asserted' } },
  { quote: '75,000 Ukrainian soldiers', draft: { type: 'quantity', subject: eumam, predicate: 'soldiers_trained', value: { kind: 'number', amount: 75000, approx: 'exact', unit: 'soldiers', text: '75,000' }, modality: 'asserted' } },
];

/** Emits each spec whose quote is inside one sentence of the document. */
export function storyExtractor(specs: StorySpec[] = STORY): ClaimExtractor {
  return {
    info: { name: 'story-fixture', version: '1' },
    async extract(input: ExtractionInput): Promise<ClaimDraft[]> {
      const out: ClaimDraft[] = [];
      for (const { quote, draft } of specs) {
        const start = input.cleanText.indexOf(quote);
        if (start < 0) continue;
        const s = input.sentences.find((x) => x.start <= start && start + quote.length <= x.end);
        if (!s) continue;
        out.push({
          ...draft,
          confidence: 0.9,
          extractor: this.info,
          citation: { documentId: input.documentId, blockIdx: s.blockIdx, sentenceIdx: s.idx, start, end: start + quote.length, page: s.pageStart, quote },
        });
      }
      return out;
    },
  };
}
