/**
 * The claims gold set (tests/fixtures/claims-gold): loading it, building the extractor's input for
 * each gold document, and scoring an extractor's drafts against it per claim type.
 *
 * Matching rule: a draft matches a gold item when type, subject id and predicate are equal; the
 * object id when the gold gives one; value.amount and value.approx when the gold gives them;
 * the modality when the gold gives one (a list = any of them); and the draft's citation span
 * overlaps an occurrence of the gold quote in the clean text. One-to-one (maximum bipartite
 * matching), so each gold item is matched at most once and extra drafts are false positives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { entryMeta, loadManifest } from '../../ingest/corpus.ts';
import type { ClaimDraft, ClaimType, ExtractionInput } from '../../ingest/claims/model.ts';
import { ClaimType as ClaimTypeEnum } from '../../ingest/claims/model.ts';
import { runPipeline } from '../../ingest/pipeline.ts';
import { GeneralSet, type GeneralSentence, type GoldClaim, GoldDocument } from '../fixtures/claims-gold/schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const goldDir = path.join(root, 'tests/fixtures/claims-gold');
const corpusDir = path.join(root, 'corpus');

export const SAMPLE_GOLD_FILES = ['000.json', '001.json', '002.json', '003.json', '004.json'] as const;
export const CLAIM_TYPES: readonly ClaimType[] = ClaimTypeEnum.options;

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8'));

export function loadSampleGold(): GoldDocument[] {
  return SAMPLE_GOLD_FILES.map((f) => {
    const parsed = GoldDocument.safeParse(readJson(f));
    if (!parsed.success) throw new Error(`claims-gold/${f} is invalid: ${parsed.error.message}`);
    return parsed.data;
  });
}

export function loadGeneralSet(): GeneralSentence[] {
  return loadSentenceSet('general.json');
}

/** The held-out set: sentences in the general set's format, written without seeing the extractor. */
export const HELDOUT_FILE = 'heldout.json';

/** Any set of written sentences in the general set's format (`general.json`, `heldout.json`), by file name in claims-gold/. */
export function loadSentenceSet(file: string): GeneralSentence[] {
  const parsed = GeneralSet.safeParse(readJson(file));
  if (!parsed.success) throw new Error(`claims-gold/${file} is invalid: ${parsed.error.message}`);
  return parsed.data.sentences;
}

/** A gold document ready to score: the extractor input and the gold items. */
export interface GoldCase {
  id: string;
  input: ExtractionInput;
  gold: GoldClaim[];
}

/** Runs the real ingestion pipeline on the sample file; the date comes from corpus/manifest.json. */
export async function sampleCase(doc: GoldDocument): Promise<GoldCase> {
  const entry = loadManifest(corpusDir).documents.find((d) => d.file === doc.file);
  if (!entry) throw new Error(`corpus/manifest.json does not list ${doc.file}`);
  const bytes = new Uint8Array(fs.readFileSync(path.join(corpusDir, doc.file)));
  const ingested = await runPipeline({ bytes, filename: path.basename(doc.file), overrides: entryMeta(entry) });
  const { publishedOn, datePrecision } = ingested.meta;
  const input: ExtractionInput = {
    documentId: doc.document,
    lang: doc.lang,
    documentDate: publishedOn ? { date: publishedOn, precision: datePrecision ?? 'day' } : null,
    cleanText: ingested.cleanText,
    blocks: ingested.blocks.map((b) => ({ idx: b.idx, kind: b.kind, start: b.start, end: b.end, pageStart: b.pageStart })),
    sentences: ingested.sentences.map((s) => ({ idx: s.idx, blockIdx: s.blockIdx, start: s.start, end: s.end, pageStart: s.pageStart, text: s.text })),
  };
  return { id: doc.document, input, gold: doc.claims };
}

export async function sampleCases(): Promise<GoldCase[]> {
  return Promise.all(loadSampleGold().map(sampleCase));
}

/** A general-set sentence as a one-block, one-sentence document. */
export function sentenceCase(s: GeneralSentence): GoldCase {
  const end = s.text.length;
  return {
    id: s.id,
    input: {
      documentId: `general-${s.id}`,
      lang: s.lang,
      documentDate: { date: s.documentDate, precision: s.datePrecision },
      cleanText: s.text,
      blocks: [{ idx: 0, kind: 'body', start: 0, end, pageStart: 1 }],
      sentences: [{ idx: 0, blockIdx: 0, start: 0, end, pageStart: 1, text: s.text }],
    },
    gold: s.claims,
  };
}

// ---------------------------------------------------------------------------------------------
// Scoring

export interface TypeScore {
  type: ClaimType;
  gold: number;
  predicted: number;
  truePositives: number;
  /** TP / predicted; 1 when nothing was predicted (no false positive). */
  precision: number;
  /** TP / gold; 1 when there is no gold item. */
  recall: number;
}

export interface Miss {
  caseId: string;
  gold: GoldClaim;
  /** The closest unmatched draft in the same passage and why it did not match, when there is one. */
  nearest?: { draft: string; mismatches: string[] };
}

export interface FalsePositive {
  caseId: string;
  draft: string;
  citedText: string;
}

export interface ScoreReport {
  perType: TypeScore[];
  micro: { gold: number; predicted: number; truePositives: number; precision: number; recall: number };
  misses: Miss[];
  falsePositives: FalsePositive[];
  citations: { total: number; exact: number; inexact: Array<{ caseId: string; draft: string; slice: string; quote: string }> };
}

/** Offsets of every occurrence of `quote` in `text`. */
function occurrences(text: string, quote: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) out.push([at, at + quote.length]);
  return out;
}

function describe(d: ClaimDraft): string {
  const value = d.value ? (d.value.kind === 'number' ? ` ${d.value.approx} ${d.value.amount}` : ` "${d.value.text}"`) : '';
  const object = d.object ? ` → ${d.object.id}` : '';
  return `${d.type} ${d.subject.id} ${d.predicate}${object}${value} [${d.modality}]`;
}

export function describeGold(g: GoldClaim): string {
  const value = g.value?.amount !== undefined ? ` ${g.value.approx ?? ''} ${g.value.amount}` : g.value?.text ? ` "${g.value.text}"` : '';
  const object = g.object ? ` → ${g.object}` : '';
  const modality = g.modality === undefined ? '' : ` [${[g.modality].flat().join('|')}]`;
  return `${g.type} ${g.subject} ${g.predicate}${object}${value}${modality} «${g.quote}»`;
}

/** Fields on which `d` disagrees with `g` (empty = match). `spans` are the gold quote's occurrences. */
function mismatches(g: GoldClaim, d: ClaimDraft, spans: Array<[number, number]>): string[] {
  const out: string[] = [];
  if (d.type !== g.type) out.push(`type ${d.type}`);
  if (d.subject.id !== g.subject) out.push(`subject ${d.subject.id}`);
  if (d.predicate !== g.predicate) out.push(`predicate ${d.predicate}`);
  if (g.object !== undefined && d.object?.id !== g.object) out.push(`object ${d.object?.id ?? 'none'}`);
  const num = d.value?.kind === 'number' ? d.value : undefined;
  if (g.value?.amount !== undefined && (num === undefined || Math.abs(num.amount - g.value.amount) > 1e-9)) out.push(`amount ${num?.amount ?? 'none'}`);
  if (g.value?.approx !== undefined && num?.approx !== g.value.approx) out.push(`approx ${num?.approx ?? 'none'}`);
  if (g.modality !== undefined && ![g.modality].flat().includes(d.modality)) out.push(`modality ${d.modality}`);
  const { start, end } = d.citation;
  if (!spans.some(([s, e]) => start < e && s < end)) out.push('citation elsewhere');
  return out;
}

/** Maximum bipartite matching (augmenting paths): `edges[g]` lists the drafts gold item g accepts. */
function maxMatching(edges: number[][], drafts: number): Array<number | undefined> {
  const draftOwner: Array<number | undefined> = new Array(drafts).fill(undefined);
  const tryAssign = (g: number, seen: boolean[]): boolean => {
    for (const d of edges[g] ?? []) {
      if (seen[d]) continue;
      seen[d] = true;
      const owner = draftOwner[d];
      if (owner === undefined || tryAssign(owner, seen)) {
        draftOwner[d] = g;
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, g) => tryAssign(g, new Array(drafts).fill(false)));
  return draftOwner;
}

interface CaseResult {
  caseId: string;
  matchedGold: boolean[];
  draftOwner: Array<number | undefined>;
  gold: GoldClaim[];
  drafts: ClaimDraft[];
  spans: Array<Array<[number, number]>>;
  cleanText: string;
}

function matchCase(c: GoldCase, drafts: ClaimDraft[]): CaseResult {
  const spans = c.gold.map((g) => {
    const found = occurrences(c.input.cleanText, g.quote);
    if (found.length === 0) throw new Error(`gold quote not in the clean text of ${c.id}: «${g.quote}» — fix the gold or the ingestion`);
    return found;
  });
  const edges = c.gold.map((g, gi) => drafts.flatMap((d, di) => (mismatches(g, d, spans[gi] ?? []).length === 0 ? [di] : [])));
  const draftOwner = maxMatching(edges, drafts.length);
  const matchedGold = c.gold.map((_, gi) => draftOwner.includes(gi));
  return { caseId: c.id, matchedGold, draftOwner, gold: c.gold, drafts, spans, cleanText: c.input.cleanText };
}

const ratio = (num: number, den: number): number => (den === 0 ? 1 : num / den);

/** Scores drafts for many cases (matching within each case) into one report. */
export function scoreCases(results: Array<{ case: GoldCase; drafts: ClaimDraft[] }>): ScoreReport {
  const counts = new Map<ClaimType, { gold: number; predicted: number; tp: number }>(CLAIM_TYPES.map((t) => [t, { gold: 0, predicted: 0, tp: 0 }]));
  const misses: Miss[] = [];
  const falsePositives: FalsePositive[] = [];
  const citations: ScoreReport['citations'] = { total: 0, exact: 0, inexact: [] };
  for (const { case: c, drafts } of results) {
    const r = matchCase(c, drafts);
    r.gold.forEach((g, gi) => {
      const cnt = counts.get(g.type);
      if (cnt) cnt.gold += 1;
      if (r.matchedGold[gi]) {
        if (cnt) cnt.tp += 1;
        return;
      }
      misses.push({ caseId: c.id, gold: g, ...nearestDraft(r, gi) });
    });
    r.drafts.forEach((d, di) => {
      const cnt = counts.get(d.type);
      if (cnt) cnt.predicted += 1;
      const slice = r.cleanText.slice(d.citation.start, d.citation.end);
      citations.total += 1;
      // Exact = the quote is the text at its span, in the document the extractor was given.
      if (slice === d.citation.quote && d.citation.documentId === c.input.documentId) citations.exact += 1;
      else citations.inexact.push({ caseId: c.id, draft: describe(d), slice, quote: d.citation.quote });
      if (r.draftOwner[di] === undefined) falsePositives.push({ caseId: c.id, draft: describe(d), citedText: slice.slice(0, 160) });
    });
  }
  const perType = CLAIM_TYPES.map((type): TypeScore => {
    const { gold, predicted, tp } = counts.get(type) ?? { gold: 0, predicted: 0, tp: 0 };
    return { type, gold, predicted, truePositives: tp, precision: ratio(tp, predicted), recall: ratio(tp, gold) };
  });
  const sum = (k: 'gold' | 'predicted' | 'truePositives') => perType.reduce((n, t) => n + t[k], 0);
  const micro = { gold: sum('gold'), predicted: sum('predicted'), truePositives: sum('truePositives'), precision: 0, recall: 0 };
  micro.precision = ratio(micro.truePositives, micro.predicted);
  micro.recall = ratio(micro.truePositives, micro.gold);
  return { perType, micro, misses, falsePositives, citations };
}

/** For a missed gold item: the unmatched draft of the same type citing the same passage, with what differs. */
function nearestDraft(r: CaseResult, gi: number): Pick<Miss, 'nearest'> {
  const g = r.gold[gi];
  if (!g) return {};
  let best: { draft: string; mismatches: string[] } | undefined;
  r.drafts.forEach((d, di) => {
    if (r.draftOwner[di] !== undefined || d.type !== g.type) return;
    const m = mismatches(g, d, r.spans[gi] ?? []);
    if (m.includes('citation elsewhere')) return;
    if (!best || m.length < best.mismatches.length) best = { draft: describe(d), mismatches: m };
  });
  return best ? { nearest: best } : {};
}

/** Rows for console.table: one per type plus the micro average. */
export function tableRows(report: ScoreReport): Array<Record<string, string | number>> {
  const pct = (x: number) => x.toFixed(3);
  return [
    ...report.perType.map((t) => ({ type: t.type, gold: t.gold, predicted: t.predicted, tp: t.truePositives, precision: pct(t.precision), recall: pct(t.recall) })),
    { type: 'micro', gold: report.micro.gold, predicted: report.micro.predicted, tp: report.micro.truePositives, precision: pct(report.micro.precision), recall: pct(report.micro.recall) },
  ];
}

/** Misses and false positives as readable lines, for diagnostics. */
export function diagnosticLines(report: ScoreReport, limit = 200): string[] {
  const lines = [
    ...report.misses.map((m) => `MISS ${m.caseId}: ${describeGold(m.gold)}${m.nearest ? `\n     nearest: ${m.nearest.draft} — differs on ${m.nearest.mismatches.join(', ')}` : ''}`),
    ...report.falsePositives.map((f) => `FP   ${f.caseId}: ${f.draft} «${f.citedText}»`),
    ...report.citations.inexact.map((x) => `INEXACT CITATION ${x.caseId}: ${x.draft} slice=«${x.slice}» quote=«${x.quote}»`),
  ];
  return lines.length > limit ? [...lines.slice(0, limit), `… ${lines.length - limit} more`] : lines;
}
