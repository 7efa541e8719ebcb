/**
 * The claims scorer itself, on a fabricated document and fabricated drafts whose precision and
 * recall are known by construction.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimDraft, ExtractionInput } from '../../ingest/claims/model.ts';
import type { GoldClaim } from '../fixtures/claims-gold/schema.ts';
import { type GoldCase, scoreCases, sentenceCase, tableRows } from '../support/claims-gold.ts';

const TEXT =
  'La France et les Pays-Bas participent à la mission. ' +
  'Une trentaine de pays étaient présents à Bruxelles. ' +
  'Selon Politico, la coalition devrait devenir permanente.';
const sentences = TEXT.match(/[^.]+\./g) ?? [];
const input: ExtractionInput = {
  documentId: 'fabricated',
  lang: 'fr',
  documentDate: { date: '2025-04-01', precision: 'month' },
  cleanText: TEXT,
  blocks: [{ idx: 0, kind: 'body', start: 0, end: TEXT.length, pageStart: 1 }],
  sentences: sentences.map((text, idx) => {
    const start = TEXT.indexOf(text.trim());
    return { idx, blockIdx: 0, start, end: start + text.trim().length, pageStart: 1, text: text.trim() };
  }),
};

const gold: GoldClaim[] = [
  { type: 'membership', subject: 'country:FR', predicate: 'participates_in', object: 'mission:x', modality: 'asserted', quote: 'La France et les Pays-Bas' },
  { type: 'membership', subject: 'country:NL', predicate: 'participates_in', object: 'mission:x', modality: 'asserted', quote: 'La France et les Pays-Bas' },
  { type: 'quantity', subject: 'coalition:willing', predicate: 'participant_count', value: { amount: 30, approx: 'about' }, modality: 'asserted', quote: 'Une trentaine de pays' },
  { type: 'event', subject: 'coalition:willing', predicate: 'status', value: { text: 'permanent' }, modality: ['reported', 'proposed'], quote: 'devrait devenir permanente' },
];
const goldCase: GoldCase = { id: 'fabricated', input, gold };

/** A draft citing sentence `k` of the fabricated text (or a custom span). */
function draft(k: number, over: Partial<ClaimDraft> & Pick<ClaimDraft, 'type' | 'predicate' | 'subject'>, span?: [number, number]): ClaimDraft {
  const s = input.sentences[k];
  if (!s) throw new Error(`no sentence ${k}`);
  const [start, end] = span ?? [s.start, s.end];
  return {
    modality: 'asserted',
    confidence: 0.9,
    extractor: { name: 'fake', version: '0' },
    citation: { documentId: 'fabricated', blockIdx: 0, sentenceIdx: k, start, end, page: 1, quote: TEXT.slice(start, end) },
    ...over,
  };
}
const ent = (id: string) => ({ id, name: id });

describe('claims scorer', () => {
  it('counts true positives, false positives and misses per type (known P/R)', () => {
    const drafts: ClaimDraft[] = [
      draft(0, { type: 'membership', subject: ent('country:FR'), predicate: 'participates_in', object: ent('mission:x') }), // TP
      draft(0, { type: 'membership', subject: ent('country:FR'), predicate: 'participates_in', object: ent('mission:x') }), // duplicate: FP (one-to-one)
      draft(0, { type: 'membership', subject: ent('country:DE'), predicate: 'participates_in', object: ent('mission:x') }), // wrong subject: FP
      draft(1, { type: 'quantity', subject: ent('coalition:willing'), predicate: 'participant_count', value: { kind: 'number', amount: 30, approx: 'exact', text: 'Une trentaine' } }), // wrong approx: FP
      draft(2, { type: 'event', subject: ent('coalition:willing'), predicate: 'status', value: { kind: 'text', text: 'permanente' }, modality: 'reported', attribution: ent('org:politico') }), // TP (modality in the list)
    ];
    const r = scoreCases([{ case: goldCase, drafts }]);
    const by = Object.fromEntries(r.perType.map((t) => [t.type, t]));
    expect(by.membership).toMatchObject({ gold: 2, predicted: 3, truePositives: 1 });
    expect(by.membership?.precision).toBeCloseTo(1 / 3);
    expect(by.membership?.recall).toBeCloseTo(1 / 2);
    expect(by.quantity).toMatchObject({ gold: 1, predicted: 1, truePositives: 0, precision: 0, recall: 0 });
    expect(by.event).toMatchObject({ gold: 1, predicted: 1, truePositives: 1, precision: 1, recall: 1 });
    expect(by.stance).toMatchObject({ gold: 0, predicted: 0, truePositives: 0, precision: 1, recall: 1 });
    expect(r.micro).toMatchObject({ gold: 4, predicted: 5, truePositives: 2 });
    expect(r.micro.precision).toBeCloseTo(2 / 5);
    expect(r.micro.recall).toBeCloseTo(2 / 4);
    expect(r.misses.map((m) => m.gold.subject).sort()).toEqual(['coalition:willing', 'country:NL']);
    expect(r.falsePositives).toHaveLength(3);
    // The quantity miss points at the draft that almost matched and says why.
    const q = r.misses.find((m) => m.gold.type === 'quantity');
    expect(q?.nearest?.mismatches).toEqual(['approx exact']);
    expect(r.citations).toMatchObject({ total: 5, exact: 5, inexact: [] });
    expect(tableRows(r).at(-1)).toMatchObject({ type: 'micro', gold: 4, predicted: 5, tp: 2 });
  });

  it('rejects a wrong modality, a missing object and a citation that does not overlap the quote', () => {
    const drafts: ClaimDraft[] = [
      draft(2, { type: 'event', subject: ent('coalition:willing'), predicate: 'status', modality: 'asserted' }),
      draft(0, { type: 'membership', subject: ent('country:NL'), predicate: 'participates_in' }),
      // Right claim, but cited on the second sentence.
      draft(1, { type: 'membership', subject: ent('country:FR'), predicate: 'participates_in', object: ent('mission:x') }),
    ];
    const r = scoreCases([{ case: goldCase, drafts }]);
    expect(r.micro.truePositives).toBe(0);
    expect(r.falsePositives).toHaveLength(3);
    expect(r.misses.find((m) => m.gold.type === 'event')?.nearest?.mismatches).toEqual(['modality asserted']);
    expect(r.misses.find((m) => m.gold.subject === 'country:NL')?.nearest?.mismatches).toEqual(['object none']);
  });

  it('accepts any span overlapping the quote, and picks a one-to-one assignment that maximises matches', () => {
    // A draft cited on part of the sentence ("les Pays-Bas") still overlaps the quote.
    const [s0] = input.sentences;
    if (!s0) throw new Error('fixture');
    const drafts: ClaimDraft[] = [
      draft(0, { type: 'membership', subject: ent('country:NL'), predicate: 'participates_in', object: ent('mission:x') }, [s0.start + 13, s0.start + 25]),
      draft(0, { type: 'membership', subject: ent('country:FR'), predicate: 'participates_in', object: ent('mission:x') }),
    ];
    const r = scoreCases([{ case: goldCase, drafts }]);
    expect(r.perType.find((t) => t.type === 'membership')).toMatchObject({ truePositives: 2, precision: 1, recall: 1 });
  });

  it('finds the maximum matching when a greedy choice would lose one', () => {
    // Gold A accepts drafts 0 and 1, gold B only draft 0: greedy A→0 would leave B unmatched.
    const twin: GoldClaim[] = [
      { type: 'event', subject: 'coalition:willing', predicate: 'status', quote: 'devrait devenir permanente' },
      { type: 'event', subject: 'coalition:willing', predicate: 'status', modality: 'proposed', quote: 'devenir permanente' },
    ];
    const drafts: ClaimDraft[] = [
      draft(2, { type: 'event', subject: ent('coalition:willing'), predicate: 'status', modality: 'proposed' }),
      draft(2, { type: 'event', subject: ent('coalition:willing'), predicate: 'status', modality: 'reported' }),
    ];
    const r = scoreCases([{ case: { id: 'twin', input, gold: twin }, drafts }]);
    expect(r.micro).toMatchObject({ gold: 2, predicted: 2, truePositives: 2 });
  });

  it('flags a citation whose quote is not the text at its span', () => {
    const bad = draft(1, { type: 'quantity', subject: ent('coalition:willing'), predicate: 'participant_count', value: { kind: 'number', amount: 30, approx: 'about', text: 'Une trentaine' } });
    bad.citation = { ...bad.citation, quote: 'Une trentaine de pays' };
    const r = scoreCases([{ case: goldCase, drafts: [bad] }]);
    expect(r.citations.total).toBe(1);
    expect(r.citations.exact).toBe(0);
    expect(r.citations.inexact[0]?.quote).toBe('Une trentaine de pays');
    // The right words at the right span, but pinned to another document.
    const elsewhere = draft(1, { type: 'quantity', subject: ent('coalition:willing'), predicate: 'participant_count' });
    elsewhere.citation = { ...elsewhere.citation, documentId: 'another-document' };
    expect(scoreCases([{ case: goldCase, drafts: [elsewhere] }]).citations.exact).toBe(0);
  });

  it('throws when a gold quote is not in the text (a broken gold item must not score silently)', () => {
    const broken: GoldCase = { id: 'broken', input, gold: [{ type: 'quote', subject: 'person:x', predicate: 'says', quote: 'absent words' }] };
    expect(() => scoreCases([{ case: broken, drafts: [] }])).toThrow(/not in the clean text/);
  });

  it('builds a one-sentence document for a general-set sentence', () => {
    const c = sentenceCase({ id: 'en-01', lang: 'en', documentDate: '2024-05-03', datePrecision: 'day', text: 'NATO has 32 members.', claims: [] });
    expect(c.input.sentences).toEqual([{ idx: 0, blockIdx: 0, start: 0, end: 20, pageStart: 1, text: 'NATO has 32 members.' }]);
    expect(c.input.cleanText.slice(0, 20)).toBe('NATO has 32 members.');
    expect(c.input.documentDate).toEqual({ date: '2024-05-03', precision: 'day' });
  });
});
