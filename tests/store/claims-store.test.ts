import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimKey, extractAndStoreClaims } from '../../ingest/claims/store-claims.ts';
import { looseKey, pickPartnerClaim, type Partner } from '../../ingest/claims/link-pair.ts';
import type { ClaimDraft, ExtractionInput } from '../../ingest/claims/model.ts';
import { ruleExtractor } from '../../ingest/claims/extract/extract-claims.ts';
import { afterIngest } from '../../ingest/after-ingest.ts';
import { extractPendingClaims, relinkPairClaims } from '../../ingest/claims/claims-after-ingest.ts';
import { setPairStatus } from '../../ingest/store/pairs.repo.ts';
import { ingestDocument } from '../../ingest/ingest-document.ts';
import { expandPaths, ingestFiles } from '../../ingest/ingest-files.ts';
import { pairDocument } from '../../ingest/pairs/pairing.ts';
import { claimFacets, countClaims, listClaimRecords, loadClaims, reviewClaim, listReviews } from '../../ingest/store/claims.repo.ts';
import type { Db, Queryable } from '../../ingest/store/db.ts';
import { getCleanText } from '../../ingest/store/documents.repo.ts';
import { getEntityRow, listEntities } from '../../ingest/store/entities.repo.ts';
import { openTestDb, TRANSPORTS } from '../support/db.ts';
import { fakeExtractor, withExtraDrafts } from '../support/fake-claims.ts';

const PAIR_FILES = /00[01]_[0-9a-f]+\.pdf$/;

/** Every claim-table row, to compare the database before and after. */
async function claimTables(q: Queryable) {
  const claims = await q.query('SELECT id, key, status, reviewer, confidence, extractor_version FROM claims ORDER BY id');
  const cites = await q.query('SELECT claim_id, document_id, sentence_idx, char_start, char_end, quote FROM claim_citations ORDER BY claim_id, document_id, char_start');
  const ents = await q.query('SELECT id, name_fr FROM entities ORDER BY id');
  return { claims: claims.rows, cites: cites.rows, ents: ents.rows };
}

async function expectExactCitations(db: Db) {
  const claims = await loadClaims(db, { includeRejected: true });
  const texts = new Map<string, string>();
  for (const c of claims) {
    expect(c.citations.length).toBeGreaterThan(0);
    for (const cit of c.citations) {
      if (!texts.has(cit.documentId)) texts.set(cit.documentId, (await getCleanText(db, cit.documentId)) ?? '');
      expect(texts.get(cit.documentId)!.slice(cit.start, cit.end)).toBe(cit.quote);
    }
  }
  return claims;
}

describe.each(TRANSPORTS)('claims storage over %s', (transport) => {
  let db: Db;
  let fr = '';
  let en = '';
  const fake = fakeExtractor();

  beforeAll(async () => {
    db = await openTestDb(transport);
    const tasks = expandPaths(['corpus']).filter((t) => PAIR_FILES.test(t.path));
    expect(tasks).toHaveLength(2);
    const results = await ingestFiles(db, tasks, { maxBytes: 50 * 1048576 }, {
      afterIngest: async (id) => {
        await pairDocument(db, id);
        await extractAndStoreClaims(db, id, fake);
      },
    });
    const ids = results.map((r) => (r.status === 'failed' ? '' : r.documentId));
    [fr, en] = [ids[0]!, ids[1]!];
    expect(fake.calls).toEqual([fr, en]);
  }, 240_000);
  afterAll(async () => {
    await db?.close();
  });

  it('links the French and English versions of one claim as one record with a citation in each language', async () => {
    const claims = await expectExactCitations(db);
    const norway = claims.filter((c) => c.subject.id === 'country:NO' && c.predicate === 'participates_in');
    expect(norway).toHaveLength(1);
    const docs = norway[0]!.citations.map((c) => c.documentId).sort();
    expect(docs).toEqual([fr, en].sort());
    expect(norway[0]!.citations.map((c) => c.quote).sort()).toEqual(['Norway are participating in this mission', 'la Norvège participent à cette mission']);
    expect(norway[0]!.documentDate).toBe('2025-03-01');

    const trained = claims.filter((c) => c.predicate === 'soldiers_trained');
    expect(trained).toHaveLength(1);
    expect(trained[0]!.value).toMatchObject({ kind: 'number', amount: 75000 });
    expect(trained[0]!.citations).toHaveLength(2);

    // The two citations sit in sentences the aligner linked.
    const frCit = norway[0]!.citations.find((c) => c.documentId === fr)!;
    const enCit = norway[0]!.citations.find((c) => c.documentId === en)!;
    const linked = await db.query(
      `SELECT 1 FROM alignment_links l JOIN document_pairs p ON p.id = l.pair_id WHERE p.src_id = $1 AND p.tgt_id = $2 AND $3 = ANY(l.src) AND $4 = ANY(l.tgt)`,
      [fr, en, frCit.sentenceIdx, enCit.sentenceIdx],
    );
    expect(linked.rowCount).toBe(1);

    // Entities named by the claims are stored (unknown to the registry stub: the name as written).
    expect(await getEntityRow(db, 'country:NO')).toMatchObject({ id: 'country:NO', kind: 'country', claim_count: 1 });
    expect((await listEntities(db, { kind: 'mission' })).rows.map((e) => e.id)).toEqual(['mission:eumam-ukraine']);
  });

  it('filters stored claims by type, subject, document, language, date and status', async () => {
    expect((await loadClaims(db, { type: 'quantity' })).map((c) => c.predicate)).toEqual(['soldiers_trained']);
    expect(await loadClaims(db, { subject: 'country:NO' })).toHaveLength(1);
    expect(await loadClaims(db, { object: 'mission:eumam-ukraine', predicate: 'participates_in' })).toHaveLength(1);
    expect(await loadClaims(db, { documentIds: [en] })).toHaveLength(2);
    expect(await loadClaims(db, { lang: 'en' })).toHaveLength(2);
    expect(await loadClaims(db, { from: '2025-03-01', to: '2025-03-31' })).toHaveLength(2);
    expect(await loadClaims(db, { from: '2026-01-01' })).toHaveLength(0);
    expect(await loadClaims(db, { to: '2024-12-31' })).toHaveLength(0);
    expect(await loadClaims(db, { text: 'norvege' })).toHaveLength(1);
    expect(await loadClaims(db, { status: 'confirmed' })).toHaveLength(0);
  });

  it('counts and pages the claims, and counts their facets, with the filter applied', async () => {
    const all = await listClaimRecords(db, {}, 100);
    expect(await countClaims(db, {})).toBe(all.length);
    expect(await countClaims(db, { documentIds: [en] })).toBe((await loadClaims(db, { documentIds: [en] })).length);
    expect((await listClaimRecords(db, {}, 1, 1)).map((r) => r.id)).toEqual([all[1]!.id]);
    const facets = await claimFacets(db, {});
    expect(facets.type.reduce((n, f) => n + f.count, 0)).toBe(all.length);
    for (const lang of ['fr', 'en'] as const) expect(facets.lang.find((f) => f.value === lang)?.count).toBe((await loadClaims(db, { lang })).length);
    expect(facets.document.map((f) => f.value).sort()).toEqual([en, fr].sort());
    expect(facets.document.every((f) => f.label && f.label.length > 0)).toBe(true);
    const top = await claimFacets(db, {}, 1);
    expect(top.subject).toEqual(facets.subject.slice(0, 1));
    expect(facets.subject.length).toBeGreaterThan(1);
    expect((await claimFacets(db, { type: 'quantity' })).type).toEqual([{ value: 'quantity', count: 1 }]);
  });

  it('never stores a draft whose citation is not the stored text at its sentence, and leaves the database unchanged', async () => {
    const before = await claimTables(db);
    const fabricate = (input: ExtractionInput): ClaimDraft[] => {
      const s = input.sentences.find((x) => x.text.includes('Norv'))!;
      const next = input.sentences.find((x) => x.idx === s.idx + 1)!;
      const base = {
        type: 'membership' as const,
        subject: { id: 'country:IS', name: 'Islande' },
        predicate: 'member_of' as const,
        object: { id: 'org:nato', name: 'OTAN' },
        modality: 'asserted' as const,
        confidence: 0.99,
        extractor: { name: 'fake', version: 'test' },
      };
      const cite = (start: number, end: number, quote: string, over: Partial<ClaimDraft['citation']> = {}) => ({
        ...base,
        citation: { documentId: input.documentId, blockIdx: s.blockIdx, sentenceIdx: s.idx, start, end, page: s.pageStart, quote, ...over },
      });
      return [
        cite(s.start + 1, s.start + 11, input.cleanText.slice(s.start, s.start + 10)), // off by one
        cite(s.end - 5, next.start + 5, input.cleanText.slice(s.end - 5, next.start + 5)), // runs into the next sentence
        cite(next.start, next.start + 8, input.cleanText.slice(next.start, next.start + 8)), // right text, wrong sentence named
        cite(s.start, s.start + 8, "L'Islande est membre"), // words the source does not say
        cite(s.start, s.start + 8, input.cleanText.slice(s.start, s.start + 8), { documentId: 'ffffffffffffffff' }),
        cite(s.start, s.start + 8, input.cleanText.slice(s.start, s.start + 8), { page: 99 }),
        { ...cite(s.start, s.start + 8, input.cleanText.slice(s.start, s.start + 8)), confidence: 2 }, // schema
      ];
    };
    const report = await extractAndStoreClaims(db, fr, withExtraDrafts(fake, fabricate));
    expect(report.invalid).toBe(1);
    expect(report.invalidReasons).toEqual({ confidence: 1 });
    expect(report.unverified).toBe(6);
    expect(report.reasons).toEqual({ 'quote-mismatch': 2, 'outside-sentence': 2, 'wrong-document': 1, 'wrong-page': 1 });
    expect(report.claims).toBe(2);
    expect(await claimTables(db)).toEqual(before);
    expect(await loadClaims(db, { subject: 'country:IS' })).toHaveLength(0);
  });

  it('keeps reviewed claims, with their status, through re-extraction instead of duplicating them', async () => {
    const [norway] = await loadClaims(db, { subject: 'country:NO' });
    const [trained] = await loadClaims(db, { predicate: 'soldiers_trained' });
    await db.tx((q) => reviewClaim(q, norway!.id, 'confirmed', 'ana', 'checked against the EEAS page'));
    await db.tx((q) => reviewClaim(q, trained!.id, 'rejected', 'ana', null));
    const report = await extractAndStoreClaims(db, fr, fakeExtractor(undefined, 'test-2'));
    expect(report.reviewedKept).toBe(2);
    await extractAndStoreClaims(db, en, fakeExtractor(undefined, 'test-2'));

    const all = await loadClaims(db, { includeRejected: true });
    expect(all.map((c) => [c.id, c.status]).sort()).toEqual([[norway!.id, 'confirmed'], [trained!.id, 'rejected']].sort());
    const kept = all.find((c) => c.id === norway!.id)!;
    expect(kept).toMatchObject({ reviewer: 'ana', note: 'checked against the EEAS page' });
    expect(kept.citations).toHaveLength(2);
    expect(await loadClaims(db, {})).toHaveLength(1); // rejected left out by default
    expect((await listReviews(db, norway!.id)).map((r) => [r.from_status, r.to_status])).toEqual([['extracted', 'confirmed']]);
  });

  it('at start-up, extracts only documents this extractor version has not read', async () => {
    expect(await extractPendingClaims(db, () => {}, fakeExtractor(undefined, 'test-2'))).toEqual([]);
    const newer = fakeExtractor(undefined, 'test-3');
    const reports = await extractPendingClaims(db, () => {}, newer);
    expect(newer.calls).toEqual([fr, en]);
    expect(reports.map((r) => [r.documentId, r.claims, r.reviewedKept])).toEqual([[fr, 2, 2], [en, 2, 2]]);
    expect(await extractPendingClaims(db, () => {}, newer)).toEqual([]);
  });

  it('merges drafts of one claim in one document into one claim with several citations', async () => {
    const md = `# Note sur la mission\n\nSelon le ministère, la Norvège participent à cette mission depuis 2023.\n\nUn an plus tard, la Norvège participent à cette mission avec deux bataillons.\n`;
    const out = await ingestDocument(db, { bytes: new TextEncoder().encode(md), filename: 'note-norvege.md' });
    expect(out.status).toBe('ingested');
    if (out.status !== 'ingested') return;
    const report = await extractAndStoreClaims(db, out.documentId, fake);
    expect(report).toMatchObject({ drafts: 2, claims: 1, linked: 0, unverified: 0 });
    const [claim] = await loadClaims(db, { documentIds: [out.documentId] });
    expect(claim!.citations.map((c) => c.documentId)).toEqual([out.documentId, out.documentId]);
    expect(new Set(claim!.citations.map((c) => c.sentenceIdx)).size).toBe(2);
    expect(claimKey(claim!)).toBe('membership|country:NO|participates_in|mission:eumam-ukraine|asserted||');

    // Deleting the document deletes the claim it alone cited.
    await db.query('DELETE FROM documents WHERE id = $1', [out.documentId]);
    expect(await loadClaims(db, { includeRejected: true, documentIds: [out.documentId] })).toHaveLength(0);
    expect((await db.query('SELECT 1 FROM claims WHERE id = $1', [claim!.id])).rowCount).toBe(0);
  });

  it('drops claims when the last document citing them is deleted, not before', async () => {
    await db.query('DELETE FROM documents WHERE id = $1', [en]);
    const left = await loadClaims(db, { includeRejected: true });
    expect(left).toHaveLength(2);
    for (const c of left) expect(c.citations.map((x) => x.documentId)).toEqual([fr]);
    await db.query('DELETE FROM documents WHERE id = $1', [fr]);
    expect((await db.query('SELECT count(*)::int AS n FROM claims')).rows[0]).toEqual({ n: 0 });
    expect((await db.query('SELECT count(*)::int AS n FROM claim_citations')).rows[0]).toEqual({ n: 0 });
    expect((await db.query('SELECT count(*)::int AS n FROM claim_reviews')).rows[0]).toEqual({ n: 0 });
  });

  it('refuses, at commit, a claim stored without a citation', async () => {
    await expect(
      db.tx(async (q) => {
        await q.query(`INSERT INTO claims (id, key, type, subject_id, subject, predicate, modality, confidence, extractor_name, extractor_version)
          VALUES ('c0000000000000000', 'k', 'stance', 'country:FR', '{"id":"country:FR","name":"France"}', 'supports', 'asserted', 0.5, 'x', '1')`);
      }),
    ).rejects.toThrow(/no citation/);
    expect((await db.query('SELECT count(*)::int AS n FROM claims')).rows[0]).toEqual({ n: 0 });
  });
});

describe.each(TRANSPORTS)('claims of the rule extractor, stored at ingest, over %s', (transport) => {
  it('stores only exact citations, links the French and English briefs, and re-extracts to the same records', async () => {
    const db = await openTestDb(transport);
    try {
      const logs: string[] = [];
      const tasks = expandPaths(['corpus']).filter((t) => PAIR_FILES.test(t.path));
      // The hook the server, the seed and the CLI run after each stored document.
      const results = await ingestFiles(db, tasks, { maxBytes: 50 * 1048576 }, { afterIngest: afterIngest(db, undefined, (m) => logs.push(m)) });
      const [fr, en] = results.map((r) => (r.status === 'failed' ? '' : r.documentId));
      expect(logs.filter((l) => l.includes('claims')).length).toBe(2);
      const claims = await expectExactCitations(db);
      expect(claims.every((c) => c.extractor.name === 'rules')).toBe(true);
      const norway = claims.find((c) => c.subject.id === 'country:NO' && c.predicate === 'participates_in' && c.object?.id === 'mission:eumam-ukraine');
      expect(norway?.citations.map((c) => c.documentId).sort()).toEqual([fr, en].sort());
      const trained = claims.find((c) => c.predicate === 'soldiers_trained' && c.value?.kind === 'number' && c.value.amount === 75000);
      expect(trained?.citations.map((c) => c.documentId).sort()).toEqual([fr, en].sort());

      const before = await claimTables(db);
      const again = await extractAndStoreClaims(db, fr!, ruleExtractor);
      expect(again).toMatchObject({ unverified: 0, invalid: 0 });
      expect(await claimTables(db)).toEqual(before);

      // A person breaks the pair: the versions' claims come apart; confirming it again joins them.
      const bilingual = async () => (await loadClaims(db)).filter((c) => new Set(c.citations.map((x) => x.documentId)).size === 2).length;
      const linkedBefore = await bilingual();
      expect(linkedBefore).toBeGreaterThanOrEqual(2);
      const pairId = `${fr}-${en}`;
      await setPairStatus(db, pairId, 'rejected', 'user');
      await relinkPairClaims(db, pairId);
      expect(await bilingual()).toBe(0);
      await setPairStatus(db, pairId, 'confirmed', 'user');
      await relinkPairClaims(db, pairId);
      expect(await bilingual()).toBe(linkedBefore);
      await expectExactCitations(db);
    } finally {
      await db.close();
    }
  }, 240_000);
});

describe('choosing the claim of the other language version', () => {
  const partners: Partner[] = [{ pairId: 'p', documentId: 'en', aligned: new Map([[4, [5]], [9, [11, 12]]]) }];
  const key = 'membership|country:NO|participates_in|mission:eumam-ukraine|asserted||';
  it('prefers the same key in an aligned sentence, then the same key anywhere, and uses each claim once', () => {
    const candidates = [
      { id: 'far', key, documentId: 'en', sentenceIdxs: [40] },
      { id: 'near', key, documentId: 'en', sentenceIdxs: [12] },
    ];
    const used = new Set<string>();
    expect(pickPartnerClaim(key, [9], partners, candidates, used)?.id).toBe('near');
    used.add('near');
    expect(pickPartnerClaim(key, [9], partners, candidates, used)?.id).toBe('far');
    expect(pickPartnerClaim(key.replace('NO', 'IS'), [9], partners, candidates, new Set())).toBeUndefined();
  });
  it('links text values and modalities that translation changes only through aligned sentences, numbers never', () => {
    const fr = 'quote|person:jean-dupont|says||reported||t:nous resterons';
    const enQuote = { id: 'q', key: 'quote|person:jean-dupont|says||reported||t:we will stay', documentId: 'en', sentenceIdxs: [5] };
    expect(pickPartnerClaim(fr, [4], partners, [enQuote], new Set())?.id).toBe('q');
    expect(pickPartnerClaim(fr, [9], partners, [enQuote], new Set())).toBeUndefined();
    const would = { id: 'h', key: 'event|mission:eumam-ukraine|status|mission:euu-jtm|hypothetical||t:replaced', documentId: 'en', sentenceIdxs: [5] };
    expect(pickPartnerClaim('event|mission:eumam-ukraine|status|mission:euu-jtm|proposed||t:remplacée', [4], partners, [would], new Set())?.id).toBe('h');
    const count = { id: 'n', key: 'quantity|mission:eumam-ukraine|participant_count||asserted||n:25', documentId: 'en', sentenceIdxs: [5] };
    expect(pickPartnerClaim('quantity|mission:eumam-ukraine|participant_count||asserted||n:24', [4], partners, [count], new Set())).toBeUndefined();
    expect(looseKey('quantity|x:a|count||hypothetical||n:24')).toBe(looseKey('quantity|x:a|count||asserted||n:24'));
  });
});
