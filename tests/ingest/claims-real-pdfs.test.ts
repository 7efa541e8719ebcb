/**
 * The default claim extractor on publisher PDFs it was not written for (tests/fixtures/real: a
 * Canadian directive in English and French, an EN/FR declaration). Ingested with the real
 * pipeline; every draft must be valid with an exact citation inside its sentence, and the false
 * positives found on such texts must not come back: section numbers read as counts, legal nouns
 * read as people, quoted terms read as quotes, foundings and stances of the wrong subject.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../ingest/claims/extract/extract-claims.ts';
import { ClaimDraft, type ClaimDraft as Draft, type ExtractionInput } from '../../ingest/claims/model.ts';
import { runPipeline } from '../../ingest/pipeline.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/real');
const FILES = ['01_en_tbs-directive-identity-management.pdf', '02_fr_sct-directive-gestion-identite.pdf', '05_enfr_joint-councils-declaration-digital-identity.pdf'] as const;
/** A sentence opening with its section or recital number: "8.1 Les membres…", "(49) This…", "4.2.3 Scope". */
const NUMBERED = /^\s*(?:\(\d+\)|\d+(?:\.\d+)+\.?)\s+\p{Lu}/u;
const LEGAL_NOUNS = ['regulation', 'directive', 'article', 'annex', 'section', 'chapter', 'policy', 'strategy', 'framework', 'report', 'decision', 'member-state', 'member-states', 'reglement', 'politique', 'strategie', 'cadre', 'rapport', 'annexe'];

interface Run {
  input: ExtractionInput;
  drafts: Draft[];
}
const runs = new Map<string, Run>();

beforeAll(async () => {
  for (const f of FILES) {
    const doc = await runPipeline({ bytes: new Uint8Array(fs.readFileSync(path.join(dir, f))), filename: f });
    const input: ExtractionInput = {
      documentId: f,
      lang: doc.lang === 'en' ? 'en' : 'fr',
      documentDate: { date: '2025-01-01', precision: 'year' },
      cleanText: doc.cleanText,
      blocks: doc.blocks.map((b) => ({ idx: b.idx, kind: b.kind, start: b.start, end: b.end, pageStart: b.pageStart })),
      sentences: doc.sentences.filter((s) => s.text.length > 0).map((s) => ({ idx: s.idx, blockIdx: s.blockIdx, start: s.start, end: s.end, pageStart: s.pageStart, text: s.text })),
    };
    const drafts = await extractClaims(input);
    console.log(`${f}: ${input.sentences.length} sentences, ${drafts.length} claims`);
    runs.set(f, { input, drafts });
  }
}, 120_000);

const run = (f: string): Run => {
  const r = runs.get(f);
  if (!r) throw new Error(`${f} was not ingested`);
  return r;
};
const sentenceOf = (r: Run, d: Draft) => r.input.sentences.find((s) => s.idx === d.citation.sentenceIdx);

describe.each(FILES.map((f) => [f] as const))('claims on a real PDF: %s', (f) => {
  it('gives valid drafts whose citations are exact and inside their sentence', () => {
    const r = run(f);
    for (const d of r.drafts) {
      expect(ClaimDraft.safeParse(d).success, d.citation.quote).toBe(true);
      expect(r.input.cleanText.slice(d.citation.start, d.citation.end)).toBe(d.citation.quote);
      const s = sentenceOf(r, d);
      expect(s, d.citation.quote).toBeDefined();
      expect(d.citation.start >= (s?.start ?? Infinity) && d.citation.end <= (s?.end ?? -1), d.citation.quote).toBe(true);
    }
  });

  it('reads no section or recital number as a quantity', () => {
    const r = run(f);
    for (const d of r.drafts.filter((x) => x.type === 'quantity')) {
      const lead = /^\s*\(?(\d+(?:\.\d+)*)/u.exec(sentenceOf(r, d)?.text ?? '');
      const numbered = NUMBERED.test(sentenceOf(r, d)?.text ?? '');
      expect(numbered && d.value?.kind === 'number' && d.value.text === lead?.[1], d.citation.quote).toBe(false);
    }
  });

  it('makes no person of a legal or document noun, and no quote of a quoted term', () => {
    const r = run(f);
    const people = r.drafts.flatMap((d) => [d.subject, d.object, d.attribution]).filter((e) => e?.id.startsWith('person:'));
    for (const p of people) expect(LEGAL_NOUNS.includes(p?.id.slice('person:'.length) ?? ''), p?.id).toBe(false);
    for (const q of r.drafts.filter((d) => d.type === 'quote')) {
      const after = r.input.cleanText.slice(q.citation.end, q.citation.end + 12);
      expect(/^\s*[’”»"']?\s*\(\p{Lu}/u.test(after), q.citation.quote).toBe(false);
    }
  });
});

describe('claims on a real PDF: the French directive (02)', () => {
  it('has numbered paragraphs such as "8.1 Les membres du public…", and draws no count from them', () => {
    const r = run(FILES[1]);
    const numbered = r.input.sentences.filter((s) => NUMBERED.test(s.text));
    expect(numbered.length).toBeGreaterThan(5);
    const members = numbered.find((s) => s.text.startsWith('8.1 Les membres du public'));
    expect(members).toBeDefined();
    const fromNumbered = r.drafts.filter((d) => d.type === 'quantity' && numbered.some((s) => s.idx === d.citation.sentenceIdx) && d.value?.kind === 'number' && /^\d+\.\d+$/.test(d.value.text));
    expect(fromNumbered.map((d) => d.citation.quote)).toEqual([]);
    expect(r.drafts.filter((d) => d.citation.sentenceIdx === members?.idx).map((d) => `${d.type} ${d.predicate}`)).toEqual([]);
  });
});

describe('claims on a real PDF: the English directive (01)', () => {
  it('has numbered paragraphs, and no quantity claim cites one by its number', () => {
    const r = run(FILES[0]);
    const numbered = r.input.sentences.filter((s) => NUMBERED.test(s.text));
    expect(numbered.length).toBeGreaterThan(5);
    const leads = new Set(numbered.map((s) => s.idx));
    const byNumber = r.drafts.filter((d) => d.type === 'quantity' && leads.has(d.citation.sentenceIdx) && d.value?.kind === 'number' && /^\d+\.\d+$/.test(d.value.text));
    expect(byNumber.map((d) => d.citation.quote)).toEqual([]);
  });
});
