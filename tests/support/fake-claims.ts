import type { ClaimDraft, ClaimExtractor, ExtractionInput } from '../../ingest/claims/model.ts';

/**
 * A fixed-rule extractor for storage tests: finds a few phrases of the 000/001 sample pair
 * (and any text written to match them) and cites exactly the matched words, so the storage
 * code is tested on real sentences without depending on the real extractor.
 */
export interface FakeRule {
  pattern: RegExp;
  draft: (m: RegExpExecArray) => Omit<ClaimDraft, 'citation' | 'extractor' | 'confidence'>;
}

const NUMBER = /^(\d+)[\s\u00a0\u202f,.]?(\d{3})$/;

export const SAMPLE_RULES: FakeRule[] = [
  {
    // "Vingt-quatre États membres de l'UE et la Norvège participent à cette mission" / "Twenty-four EU states plus Norway are participating in this mission"
    pattern: /(la Norvège participent à cette mission|Norway are participating in this mission)/u,
    draft: (m) => ({
      type: 'membership',
      subject: { id: 'country:NO', name: m[1]!.startsWith('la') ? 'Norvège' : 'Norway' },
      predicate: 'participates_in',
      object: { id: 'mission:eumam-ukraine', name: 'EUMAM Ukraine' },
      modality: 'asserted',
    }),
  },
  {
    // "qui a formé 75 000 soldats ukrainiens" / "which has trained 75,000 Ukrainian soldiers"
    pattern: /(\d+[\s\u00a0\u202f,]\d{3}) (soldats ukrainiens|Ukrainian soldiers)/u,
    draft: (m) => {
      const n = NUMBER.exec(m[1]!);
      return {
        type: 'quantity',
        subject: { id: 'mission:eumam-ukraine', name: 'EUMAM Ukraine' },
        predicate: 'soldiers_trained',
        value: { kind: 'number', amount: Number(`${n?.[1]}${n?.[2]}`), approx: 'exact', unit: 'soldiers', text: m[0] },
        modality: 'asserted',
      };
    },
  },
];

/** Every match of every rule in every sentence, cited at its exact offsets. */
export function fakeExtractor(rules: FakeRule[] = SAMPLE_RULES, version = 'test'): ClaimExtractor & { calls: string[] } {
  const calls: string[] = [];
  return {
    info: { name: 'fake', version },
    calls,
    async extract(input: ExtractionInput): Promise<ClaimDraft[]> {
      calls.push(input.documentId);
      const out: ClaimDraft[] = [];
      for (const s of input.sentences) {
        for (const rule of rules) {
          const m = rule.pattern.exec(s.text);
          if (!m) continue;
          const start = s.start + m.index;
          out.push({
            ...rule.draft(m),
            confidence: 0.9,
            extractor: { name: 'fake', version },
            citation: { documentId: input.documentId, blockIdx: s.blockIdx, sentenceIdx: s.idx, start, end: start + m[0].length, page: s.pageStart, quote: m[0] },
          });
        }
      }
      return out;
    },
  };
}

/** Wraps an extractor and adds drafts of its own (e.g. fabricated ones). */
export function withExtraDrafts(base: ClaimExtractor, extra: (input: ExtractionInput) => ClaimDraft[]): ClaimExtractor {
  return { info: base.info, extract: async (input) => [...(await base.extract(input)), ...extra(input)] };
}
