/**
 * Claim-extraction benchmark: runs the default extractor on the five samples (through the real
 * ingestion pipeline), on the general set of written sentences and on the held-out set, scores them against the gold
 * set in tests/fixtures/claims-gold, and prints per-type precision / recall, the share of exact
 * citations and the extraction time. Targets (issue #4, samples): P ≥ 0.90 and R ≥ 0.85 per type.
 *
 *   npx tsx bench/claims.bench.ts        (npm run bench:claims)
 *   CLAIMS_BENCH_DIAG=1  also prints every miss and false positive.
 */
import { extractClaims } from '../ingest/claims/extract/extract-claims.ts';
import type { ClaimDraft } from '../ingest/claims/model.ts';
import {
  diagnosticLines,
  type GoldCase,
  HELDOUT_FILE,
  loadGeneralSet,
  loadSentenceSet,
  sampleCases,
  type ScoreReport,
  scoreCases,
  sentenceCase,
  tableRows,
} from '../tests/support/claims-gold.ts';
import { machine, printTable, reportKeyFigures } from './support/stats.ts';

const SAMPLE_P = 0.9;
const SAMPLE_R = 0.85;

async function run(cases: GoldCase[]): Promise<{ report: ScoreReport; ms: number; perCase: Array<[string, number, number]> }> {
  const results: Array<{ case: GoldCase; drafts: ClaimDraft[] }> = [];
  const t0 = performance.now();
  for (const c of cases) results.push({ case: c, drafts: await extractClaims(c.input) });
  const ms = performance.now() - t0;
  const perCase = results.map((r): [string, number, number] => [r.case.id, r.case.gold.length, r.drafts.length]);
  return { report: scoreCases(results), ms, perCase };
}

function show(title: string, r: { report: ScoreReport; ms: number }, sentences: number): void {
  const { report } = r;
  console.log(`\n## ${title} — ${sentences} sentences, extraction ${r.ms.toFixed(0)} ms, ${report.citations.exact}/${report.citations.total} citations exact`);
  const rows = tableRows(report);
  printTable(['type', 'gold', 'pred', 'tp', 'precision', 'recall'], rows.map((x) => [String(x.type), String(x.gold), String(x.predicted), String(x.tp), String(x.precision), String(x.recall)]));
  if (process.env.CLAIMS_BENCH_DIAG === '1') for (const l of diagnosticLines(report, 1000)) console.log(l);
}

console.log(`# Claims benchmark (${machine()})`);
const samples = await sampleCases();
const s = await run(samples);
show('Samples', s, samples.reduce((n, c) => n + c.input.sentences.length, 0));
console.log('\nper document (gold items / drafts):');
printTable(['document', 'gold', 'drafts'], s.perCase.map(([id, g, d]) => [id, String(g), String(d)]));

const general = loadGeneralSet();
const g = await run(general.map(sentenceCase));
show('General set', g, general.length);

// Held-out sentences written without seeing the extractor (floor: P ≥ 0.75, R ≥ 0.50).
const heldout = loadSentenceSet(HELDOUT_FILE);
const h = await run(heldout.map(sentenceCase));
show('Held-out set', h, heldout.length);

const typesOk = s.report.perType.filter((t) => t.gold > 0).every((t) => t.precision >= SAMPLE_P && t.recall >= SAMPLE_R);
reportKeyFigures([
  {
    name: 'claims: samples per-type P/R (worst)',
    figure: `P ${Math.min(...s.report.perType.map((t) => t.precision)).toFixed(2)} / R ${Math.min(...s.report.perType.map((t) => t.recall)).toFixed(2)}`,
    target: `P ≥ ${SAMPLE_P}, R ≥ ${SAMPLE_R} per type`,
    pass: typesOk,
  },
  {
    name: 'claims: general set micro P/R',
    figure: `P ${g.report.micro.precision.toFixed(2)} / R ${g.report.micro.recall.toFixed(2)}`,
    target: 'P ≥ 0.80, R ≥ 0.70',
    pass: g.report.micro.precision >= 0.8 && g.report.micro.recall >= 0.7,
  },
  {
    name: 'claims: held-out set micro P/R',
    figure: `P ${h.report.micro.precision.toFixed(2)} / R ${h.report.micro.recall.toFixed(2)}`,
    target: 'P ≥ 0.75, R ≥ 0.50',
    pass: h.report.micro.precision >= 0.75 && h.report.micro.recall >= 0.5,
  },
  {
    name: 'claims: exact citations',
    figure: `${s.report.citations.exact + g.report.citations.exact + h.report.citations.exact}/${s.report.citations.total + g.report.citations.total + h.report.citations.total}`,
    target: '100%',
    pass: s.report.citations.inexact.length + g.report.citations.inexact.length + h.report.citations.inexact.length === 0,
  },
]);
