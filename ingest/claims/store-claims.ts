import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../store/db.ts';
import { upsertEntitiesFor } from '../store/entities.repo.ts';
import { listBlocks, listSentences } from '../store/segments.repo.ts';
import { findPartners, KEY_VALUE_AT, partnerClaims, pickPartnerClaim } from './link-pair.ts';
import { ClaimDraft, PREDICATES, type Citation, type ClaimExtractor, type ExtractionInput, type ParsedClaimDraft } from './model.ts';

/** What one extraction did to one document. */
export interface StoreClaimsReport {
  documentId: string;
  extractor: string;
  /** Drafts the extractor returned. */
  drafts: number;
  /** Drafts refused by the schema, counted per first failing field (`confidence`, `citation.end`…). */
  invalid: number;
  invalidReasons: Record<string, number>;
  /** Drafts whose citation is not the stored text at the sentence it names; never stored. Counted per reason. */
  unverified: number;
  reasons: Record<string, number>;
  /** Claims of this document after merging drafts of the same key. */
  claims: number;
  /** Of those, how many joined the same claim from the other language version. */
  linked: number;
  /** Reviewed (confirmed/rejected) claims matched by key and kept with their status. */
  reviewedKept: number;
  /** Set when the document was not extracted (unknown, or not French/English). */
  skipped?: string;
}

/** The stored document as extractors read it, plus each sentence's last page (to check citation pages). */
interface StoredInput {
  input: ExtractionInput;
  publishedOn: string | null;
  pageEnd: Map<number, number>;
}

async function loadExtractionInput(q: Queryable, documentId: string): Promise<StoredInput | null> {
  const d = await q.query<{ lang: string; clean_text: string; published_on: string | null; date_precision: 'day' | 'month' | 'year' | null }>(
    `SELECT lang, clean_text, to_char(published_on, 'YYYY-MM-DD') AS published_on, date_precision FROM documents WHERE id = $1`,
    [documentId],
  );
  const doc = d.rows[0];
  if (!doc) return null;
  const blocks = await listBlocks(q, documentId);
  const sentences = await listSentences(q, documentId);
  const lang = doc.lang === 'en' ? 'en' : 'fr';
  return {
    publishedOn: doc.published_on,
    pageEnd: new Map(sentences.map((s) => [s.idx, s.page_end])),
    input: {
      documentId,
      lang,
      documentDate: doc.published_on ? { date: doc.published_on, precision: doc.date_precision ?? 'day' } : null,
      cleanText: doc.clean_text,
      blocks: blocks.map((b) => ({ idx: b.idx, kind: b.kind, start: b.char_start, end: b.char_end, pageStart: b.page_start })),
      sentences: sentences.map((s) => ({ idx: s.idx, blockIdx: s.block_idx, start: s.char_start, end: s.char_end, pageStart: s.page_start, text: s.text })),
    },
  };
}

const isIsoDay = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
};

/**
 * Why a draft cannot be stored, or null when its citation is exactly the stored text inside the
 * sentence it names (`cleanText.slice(start, end) === quote`) and its other fields fit the tables.
 */
export function verifyDraft(d: ParsedClaimDraft, stored: StoredInput): string | null {
  const c = d.citation;
  const { input } = stored;
  if (c.documentId !== input.documentId) return 'wrong-document';
  const s = input.sentences.find((x) => x.idx === c.sentenceIdx);
  if (!s) return 'no-such-sentence';
  if (s.blockIdx !== c.blockIdx) return 'wrong-block';
  if (c.start >= c.end || c.start < s.start || c.end > s.end) return 'outside-sentence';
  if (input.cleanText.slice(c.start, c.end) !== c.quote) return 'quote-mismatch';
  if (c.page < s.pageStart || c.page > (stored.pageEnd.get(s.idx) ?? s.pageStart)) return 'wrong-page';
  if (d.time && (!isIsoDay(d.time.from) || !isIsoDay(d.time.to) || d.time.from > d.time.to)) return 'bad-time';
  if (!(PREDICATES[d.type] as readonly string[]).includes(d.predicate)) return 'predicate-type-mismatch';
  return null;
}

/**
 * The canonical key that merges drafts into one claim: type, subject, predicate, object,
 * modality, group and (last, since text may hold any character) the value: `n:<amount>` or
 * `t:<text, lower-cased>`.
 */
export function claimKey(d: Pick<ParsedClaimDraft, 'type' | 'subject' | 'predicate' | 'object' | 'value' | 'modality' | 'group'>): string {
  const value = !d.value ? '' : d.value.kind === 'number' ? `n:${d.value.amount}` : `t:${d.value.text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')}`;
  const parts = [d.type, d.subject.id, d.predicate, d.object?.id ?? '', d.modality, d.group?.id ?? '', value];
  if (parts.length !== KEY_VALUE_AT + 1) throw new Error('claim key layout changed');
  return parts.join('|');
}

/** Drafts of one claim in one document: the first draft's fields, every distinct citation. */
export interface MergedClaim {
  key: string;
  draft: ParsedClaimDraft;
  confidence: number;
  citations: Citation[];
}

export function mergeDrafts(drafts: ParsedClaimDraft[]): MergedClaim[] {
  const byKey = new Map<string, MergedClaim>();
  for (const d of drafts) {
    const key = claimKey(d);
    const m = byKey.get(key) ?? { key, draft: d, confidence: d.confidence, citations: [] };
    m.confidence = Math.max(m.confidence, d.confidence);
    if (!m.citations.some((c) => c.start === d.citation.start && c.end === d.citation.end)) m.citations.push(d.citation);
    byKey.set(key, m);
  }
  return [...byKey.values()].map((m) => ({ ...m, citations: m.citations.sort((a, b) => a.start - b.start) }));
}

/**
 * Runs an extractor over a stored document and stores what it finds, in one transaction:
 * drafts are validated and their citations verified (failures are counted, never stored),
 * drafts of one claim merge, the document's unreviewed claims are replaced, reviewed ones are
 * matched by key and keep their status, and claims of the other language version of an aligned
 * pair are joined rather than duplicated.
 */
export async function extractAndStoreClaims(db: Db, documentId: string, extractor: ClaimExtractor): Promise<StoreClaimsReport> {
  const report: StoreClaimsReport = {
    documentId,
    extractor: `${extractor.info.name}@${extractor.info.version}`,
    drafts: 0,
    invalid: 0,
    invalidReasons: {},
    unverified: 0,
    reasons: {},
    claims: 0,
    linked: 0,
    reviewedKept: 0,
  };
  const stored = await loadExtractionInput(db, documentId);
  if (!stored) return { ...report, skipped: `no document ${documentId}` };
  const raw = await extractor.extract(stored.input);
  report.drafts = raw.length;
  const drafts: ParsedClaimDraft[] = [];
  for (const r of raw) {
    const parsed = ClaimDraft.safeParse(r);
    if (!parsed.success) {
      report.invalid++;
      const field = parsed.error.issues[0]?.path.join('.') || 'draft';
      report.invalidReasons[field] = (report.invalidReasons[field] ?? 0) + 1;
      continue;
    }
    const why = verifyDraft(parsed.data, stored);
    if (why) {
      report.unverified++;
      report.reasons[why] = (report.reasons[why] ?? 0) + 1;
      continue;
    }
    drafts.push(parsed.data);
  }
  const groups = mergeDrafts(drafts);
  report.claims = groups.length;
  await db.tx(async (q) => {
    const counts = await replaceDocumentClaims(q, documentId, stored.publishedOn, groups);
    report.linked = counts.linked;
    report.reviewedKept = counts.reviewedKept;
    await q.query(
      `INSERT INTO claim_extractions (document_id, extractor_name, extractor_version, report) VALUES ($1, $2, $3, $4)
       ON CONFLICT (document_id, extractor_name) DO UPDATE SET extractor_version = EXCLUDED.extractor_version, report = EXCLUDED.report, at = now()`,
      [documentId, extractor.info.name, extractor.info.version, JSON.stringify(report)],
    );
  });
  return report;
}

interface ExistingClaim {
  id: string;
  key: string;
  status: string;
  /** Other documents the claim cites (the other language version, when linked). */
  others: string[];
}

async function replaceDocumentClaims(q: Queryable, documentId: string, documentDate: string | null, groups: MergedClaim[]): Promise<{ linked: number; reviewedKept: number }> {
  // Serialises extractions: two language versions stored at once would otherwise both miss each other's claims.
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('concorde:claims'))`);
  const existing = (
    await q.query<ExistingClaim>(
      `SELECT c.id, c.key, c.status,
         ARRAY(SELECT DISTINCT y.document_id FROM claim_citations y WHERE y.claim_id = c.id AND y.document_id <> $1) AS others
       FROM claims c WHERE EXISTS (SELECT 1 FROM claim_citations x WHERE x.claim_id = c.id AND x.document_id = $1)
       ORDER BY c.status = 'extracted', c.id`,
      [documentId],
    )
  ).rows;
  // Unreviewed claims lose this document's citations; those left with none are dropped at commit (deferred trigger).
  await q.query(`DELETE FROM claim_citations x USING claims c WHERE x.claim_id = c.id AND c.status = 'extracted' AND x.document_id = $1`, [documentId]);
  const partners = await findPartners(q, documentId);
  const existingIds = new Set(existing.map((e) => e.id));
  const partnerIds = new Set(partners.map((p) => p.documentId));
  // An unreviewed claim is taken up again only while every other document it cites is still a partner (a broken pair unlinks).
  const reusable = (e: ExistingClaim) => e.status !== 'extracted' || e.others.every((d) => partnerIds.has(d));
  const candidates = (await partnerClaims(q, documentId, partners)).filter((c) => !existingIds.has(c.id));
  const used = new Set<string>();
  let linked = 0;
  let reviewedKept = 0;
  // Citations are inserted together at the end, in one statement.
  const cited: ClaimCitations[] = [];
  await upsertEntitiesFor(q, groups.map((g) => g.draft));
  const take = (e: ExistingClaim | undefined) => {
    if (e) used.add(e.id);
    if (e && e.others.length) linked++;
    return e;
  };
  for (const g of groups) {
    const mine = (pred: (e: ExistingClaim) => boolean) => existing.find((e) => e.key === g.key && !used.has(e.id) && pred(e));
    // Best first: a reviewed claim of this key; the same claim still linked with the other version;
    // the other version's claim; this document's claim of the last extraction; a new claim.
    const reviewed = take(mine((e) => e.status !== 'extracted'));
    if (reviewed) {
      reviewedKept++;
      cited.push({ claimId: reviewed.id, citations: g.citations });
      // The reviewed claim now cites exactly what the extractor finds in this document.
      await q.query(
        `DELETE FROM claim_citations WHERE claim_id = $1 AND document_id = $2 AND NOT ((char_start, char_end) IN (SELECT * FROM unnest($3::int[], $4::int[])))`,
        [reviewed.id, documentId, g.citations.map((c) => c.start), g.citations.map((c) => c.end)],
      );
      continue;
    }
    const again = take(mine((e) => e.others.length > 0 && reusable(e)));
    if (again) {
      await updateClaimFields(q, again.id, g);
      cited.push({ claimId: again.id, citations: g.citations });
      continue;
    }
    const partner = pickPartnerClaim(g.key, g.citations.map((c) => c.sentenceIdx), partners, candidates, used);
    if (partner) {
      used.add(partner.id);
      linked++;
      await q.query('UPDATE claims SET confidence = GREATEST(confidence, $2), updated_at = now() WHERE id = $1', [partner.id, g.confidence]);
      cited.push({ claimId: partner.id, citations: g.citations });
      continue;
    }
    const own = take(mine((e) => e.others.length === 0));
    const id = own?.id ?? (await freeClaimId(q, documentId, g.key));
    if (own) await updateClaimFields(q, id, g);
    else await insertClaim(q, id, g, documentDate);
    cited.push({ claimId: id, citations: g.citations });
  }
  await insertCitations(q, cited);
  return { linked, reviewedKept };
}

/** `c` + 16 hex digits of the key in its first document: stable across re-extractions. */
async function freeClaimId(q: Queryable, documentId: string, key: string): Promise<string> {
  const base = `c${createHash('sha256').update(`${documentId}\n${key}`).digest('hex').slice(0, 16)}`;
  for (let n = 0; ; n++) {
    const id = n === 0 ? base : `${base}-${n}`;
    const r = await q.query('SELECT 1 FROM claims WHERE id = $1', [id]);
    if (!r.rowCount) return id;
  }
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

function claimParams(g: MergedClaim): unknown[] {
  const d = g.draft;
  return [
    g.key, d.type, d.subject.id, json(d.subject), d.predicate, d.object?.id ?? null, json(d.object), json(d.value), json(d.time),
    d.time?.from ?? null, d.time?.to ?? null, d.place?.id ?? null, json(d.place), d.participants.map((p) => p.id), json(d.participants),
    d.initiators.map((p) => p.id), json(d.initiators), d.group?.id ?? null, json(d.group), d.attribution?.id ?? null, json(d.attribution),
    d.modality, g.confidence, d.extractor.name, d.extractor.version,
  ];
}

const FIELDS = `key, type, subject_id, subject, predicate, object_id, object, value, time, time_from, time_to, place_id, place,
  participant_ids, participants, initiator_ids, initiators, group_id, group_ref, attribution_id, attribution, modality, confidence,
  extractor_name, extractor_version`;

async function insertClaim(q: Queryable, id: string, g: MergedClaim, documentDate: string | null): Promise<void> {
  const params = claimParams(g);
  const marks = params.map((_, i) => `$${i + 3}`).join(', ');
  await q.query(`INSERT INTO claims (id, document_date, ${FIELDS}) VALUES ($1, $2, ${marks})`, [id, documentDate, ...params]);
}

async function updateClaimFields(q: Queryable, id: string, g: MergedClaim): Promise<void> {
  const params = claimParams(g);
  const sets = FIELDS.split(',').map((f, i) => `${f.trim()} = $${i + 2}`).join(', ');
  await q.query(`UPDATE claims SET ${sets}, updated_at = now() WHERE id = $1`, [id, ...params]);
}

interface ClaimCitations {
  claimId: string;
  citations: Citation[];
}

/** Adds citations to their claims in one statement; those a claim already has are left as they are. */
async function insertCitations(q: Queryable, cited: ClaimCitations[]): Promise<void> {
  const rows = cited.flatMap(({ claimId, citations }) => citations.map((c) => ({ claimId, ...c })));
  if (!rows.length) return;
  await q.query(
    `INSERT INTO claim_citations (claim_id, document_id, block_idx, sentence_idx, char_start, char_end, page, quote)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[])
     ON CONFLICT (claim_id, document_id, char_start, char_end) DO NOTHING`,
    [rows.map((c) => c.claimId), rows.map((c) => c.documentId), rows.map((c) => c.blockIdx), rows.map((c) => c.sentenceIdx), rows.map((c) => c.start),
      rows.map((c) => c.end), rows.map((c) => c.page), rows.map((c) => c.quote)],
  );
}
