/**
 * Search benchmark at scale: a synthetic corpus of N French and English policy sentences
 * (bench/support/policy-corpus.ts, fixed seed) is stored as documents, blocks and sentences in
 * an in-memory PGlite (bench/support/search-corpus.ts), embedded with the concept embedder, its
 * vectors inserted and the HNSW index built after the load with the app's buildVectorIndex.
 * Then every query of QUERIES (FR and EN) is timed through: the full-text half of search()
 * (coordination levels, bounded pool), the former exhaustive full-text ranking (for the
 * before/after and as the quality reference), raw vector k-NN with HNSW, the same k-NN exact
 * (index scans off), vectorCandidates (the query search() uses) and hybrid search() itself.
 * Prints p50/p95 per mode, HNSW recall@10 against exact, how much of the exhaustive ranking the
 * bounded full text keeps, load/index times, database size and hybrid p95 / vector p95.
 *
 *   npm run bench:search                      (20,000 sentences)
 *   npm run bench:search -- --size 100000     (or BENCH_SEARCH_N=100000)
 *   npm run bench:search -- --pairs           (FR/EN documents paired and aligned 1-1, so hits
 *                                              carry counterparts as on a real corpus)
 */
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { vector } from '@electric-sql/pglite-pgvector';
import pgvector from 'pgvector';
import { ConceptEmbedder } from '../ingest/embed/concept-embedder.ts';
import { fullTextHalf, fuse, search } from '../ingest/search/search.ts';
import { fromPglite, setupPgliteSession, statement, type Db } from '../ingest/store/db.ts';
import { migrate } from '../ingest/store/migrate.ts';
import { hitRows, vectorCandidates, type Ranked } from '../ingest/store/search.repo.ts';
import { buildVectorIndex, ensureVectorTable } from '../ingest/store/vectors.repo.ts';
import { QUERIES } from './support/policy-corpus.ts';
import { loadSearchCorpus, pairSearchCorpus, PER_DOC } from './support/search-corpus.ts';
import { machine, percentile, printTable, reportKeyFigures } from './support/stats.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const N = Number(arg('size') ?? process.env.BENCH_SEARCH_N ?? 20_000);
const REPS = Number(arg('reps') ?? process.env.BENCH_SEARCH_REPS ?? 3);
const PAIRS = process.argv.includes('--pairs') || process.env.BENCH_SEARCH_PAIRS === '1';
const CANDIDATES = 60; // what search() asks each retriever for
if (!Number.isInteger(N) || N < PER_DOC) throw new Error(`--size must be an integer >= ${PER_DOC}, got ${N}`);

const log = (m: string) => console.log(`[search ${(performance.now() / 1000).toFixed(0)}s] ${m}`);
const timeIt = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  const t0 = performance.now();
  const out = await fn();
  return [performance.now() - t0, out];
};
/**
 * CPU time (ms) of each timed call, next to its wall time: PGlite runs in this process, so a
 * query's CPU time is its work, whatever else the machine is doing (wall-clock percentiles on
 * a shared 2-core machine mostly measure the neighbours).
 */
const cpu: Record<string, number[]> = {};
const timed = async <T>(mode: string, fn: () => Promise<T>): Promise<[number, T]> => {
  const c0 = process.cpuUsage();
  const [ms, out] = await timeIt(fn);
  const c = process.cpuUsage(c0);
  (cpu[mode] ??= []).push((c.user + c.system) / 1000);
  return [ms, out];
};

/** The full-text query search() ran before the coordination levels: every match ranked. */
async function exhaustiveFullText(db: Db, query: string): Promise<Ranked[]> {
  const r = await db.query<Ranked>(
    `WITH tq AS (SELECT NULLIF(replace(plainto_tsquery('fr_unaccent', $1)::text, '&', '|'), '')::tsquery AS fr,
                        NULLIF(replace(plainto_tsquery('en_unaccent', $1)::text, '&', '|'), '')::tsquery AS en)
     SELECT s.document_id, s.idx, s.search_lang AS lang,
            (ts_rank_cd(s.tsv, COALESCE(tq.fr, ''::tsquery)) + ts_rank_cd(s.tsv, COALESCE(tq.en, ''::tsquery)))::float8 AS score
     FROM tq, sentences s JOIN documents d ON d.id = s.document_id JOIN blocks b ON b.document_id = s.document_id AND b.idx = s.block_idx
     WHERE (s.tsv @@ tq.fr OR s.tsv @@ tq.en) ORDER BY score DESC, s.document_id, s.idx LIMIT $2`,
    [query, CANDIDATES],
  );
  return r.rows;
}

/** The exhaustive ranking's scores of given sentences (same formula as exhaustiveFullText). */
async function exhaustiveScores(db: Db, query: string, rows: Ranked[]): Promise<number[]> {
  const r = await db.query<{ score: number }>(
    `WITH tq AS (SELECT NULLIF(replace(plainto_tsquery('fr_unaccent', $1)::text, '&', '|'), '')::tsquery AS fr,
                        NULLIF(replace(plainto_tsquery('en_unaccent', $1)::text, '&', '|'), '')::tsquery AS en)
     SELECT (ts_rank_cd(s.tsv, COALESCE(tq.fr, ''::tsquery)) + ts_rank_cd(s.tsv, COALESCE(tq.en, ''::tsquery)))::float8 AS score
     FROM tq, unnest($2::text[], $3::int[]) AS k(document_id, idx) JOIN sentences s ON s.document_id = k.document_id AND s.idx = k.idx`,
    [query, rows.map((x) => x.document_id), rows.map((x) => x.idx)],
  );
  return r.rows.map((x) => x.score);
}

/** search() as it was before the coordination levels (exhaustive full text, then the same steps), for a same-run before/after. */
async function hybridBefore(db: Db, query: string): Promise<number> {
  const old = await exhaustiveFullText(db, query);
  const vec = (await vectorCandidates(db, await embedder.embedQuery(query), {}, CANDIDATES)).filter((r) => r.score >= 0.15);
  const keys = fuse(old, vec).slice(0, 20).map((f) => ({ document_id: f.documentId, idx: f.idx }));
  return (await hitRows(db, keys, query)).length;
}

log(`${machine()}; N = ${N} sentences, ${Math.ceil(N / PER_DOC)} documents`);
const lite = await PGlite.create({ extensions: { vector, unaccent } });
const db = fromPglite(lite, () => lite.close());
await migrate(db);
await setupPgliteSession(db); // hnsw.ef_search as the app runs it
const embedder = new ConceptEmbedder();
await ensureVectorTable(db, embedder.id, embedder.dimensions);

const load = await loadSearchCorpus(db, N, (t) => embedder.embed(t), log);
if (PAIRS) log(`paired ${await pairSearchCorpus(db, N)} FR/EN documents, sentences aligned 1-1`);
log('analyze');
await db.query('ANALYZE');
// HNSW builds fast only while the graph fits in maintenance_work_mem (64 MB by default: about
// 20,000 vectors of 768 dimensions); past it pgvector inserts on disk, many times slower.
const mwm = await db.query(`SET maintenance_work_mem = '1GB'`).then(() => '1GB', (e: Error) => `default (${e.message})`);
log(`building HNSW (maintenance_work_mem ${mwm})`);
const [indexMs] = await timeIt(() => buildVectorIndex(db));
log(`HNSW index built in ${(indexMs / 1000).toFixed(1)} s`);
await db.query('RESET maintenance_work_mem');
const size = Number((await db.query<{ s: string }>('SELECT pg_database_size(current_database())::text AS s')).rows[0]?.s ?? NaN);
const idxSize = Number((await db.query<{ s: string }>(`SELECT pg_relation_size('sentence_vectors_hnsw')::text AS s`)).rows[0]?.s ?? NaN);
const efSearch = (await db.query<{ v: string }>(`SELECT current_setting('hnsw.ef_search') AS v`)).rows[0]?.v;

// Does the raw k-NN use the index without hints? (search()'s own kept plan is checked after the runs.)
const probe = pgvector.toSql(embedder.embed(QUERIES[0]!)) as string;
const explain = async (sql: string) => (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, [probe])).rows.map((r) => r['QUERY PLAN']).join('\n');
const usesIndex = {
  raw: (await explain(`SELECT document_id, idx FROM sentence_vectors ORDER BY embedding <=> $1::vector LIMIT ${CANDIDATES}`)).includes('sentence_vectors_hnsw'),
};
log(`planner picks HNSW for the raw k-NN without hints: ${usesIndex.raw}`);

const knnSql = (k: number) => `SELECT (embedding <=> $1::vector)::float8 AS d FROM sentence_vectors ORDER BY embedding <=> $1::vector LIMIT ${k}`;
/**
 * Raw k-NN. When the planner already picks HNSW it runs as one plain query, so that its time
 * holds no transaction round trips that search() does not pay either; otherwise (small
 * tables) and for the exact scan a transaction sets the planner switch.
 */
const knn = async (v: string, k: number, exact: boolean, prepared = false): Promise<number[]> => {
  if (!exact && usesIndex.raw) return (await db.query<{ d: number }>(prepared ? statement(knnSql(k)) : knnSql(k), [v])).rows.map((x) => x.d);
  return db.tx(async (q) => {
    await q.query(exact ? 'SET LOCAL enable_indexscan = off' : 'SET LOCAL enable_seqscan = off');
    return (await q.query<{ d: number }>(knnSql(k), [v])).rows.map((x) => x.d);
  });
};

const MODES = {
  ft: 'full text (levels, pool)',
  ftOld: 'full text (exhaustive, before)',
  hnsw: 'vector HNSW (raw k-NN)',
  hnswPrepared: 'vector HNSW (raw k-NN, named statement)',
  exact: 'vector exact (raw, no index)',
  vc: 'vectorCandidates (search())',
  hybrid: 'hybrid search()',
  hybridOld: 'hybrid (before: exhaustive full text)',
} as const;
const t = Object.fromEntries(Object.keys(MODES).map((k) => [k, [] as number[]])) as Record<keyof typeof MODES, number[]>;
const recalls: number[] = [];
const ftKept: number[] = []; // share of the exhaustive full-text top 10 among the bounded candidates
const hybridSame: number[] = []; // share of the hybrid top 10 unchanged against fusion with the exhaustive full text
const ftCounts: number[] = [];
const ftAsGood: number[] = []; // share of the bounded top 10 scoring, by the exhaustive ranking, at least its 10th score (ties count)
const key = (r: Ranked) => `${r.document_id}:${r.idx}`;
const vecs = new Map(QUERIES.map((q) => [q, pgvector.toSql(embedder.embed(q)) as string]));
for (const q of QUERIES) await search(db, embedder, { q, filter: {}, limit: 20 }); // warm-up (plans, caches)
for (let rep = 0; rep < REPS; rep++) {
  for (const q of QUERIES) {
    const v = vecs.get(q)!;
    const [ftMs, ft] = await timed('ft', () => fullTextHalf(db, q, {}));
    t.ft.push(ftMs);
    const [oldMs, old] = await timed('ftOld', () => exhaustiveFullText(db, q));
    t.ftOld.push(oldMs);
    t.hnsw.push((await timed('hnsw', () => knn(v, CANDIDATES, false)))[0]);
    t.hnswPrepared.push((await timed('hnswPrepared', () => knn(v, CANDIDATES, false, true)))[0]);
    const [vcMs, vc] = await timed('vc', () => vectorCandidates(db, embedder.embed(q), {}, CANDIDATES));
    t.vc.push(vcMs);
    t.hybrid.push((await timed('hybrid', () => search(db, embedder, { q, filter: {}, limit: 20 })))[0]);
    t.hybridOld.push((await timed('hybridOld', () => hybridBefore(db, q)))[0]);
    if (rep === 0) {
      ftCounts.push(ft.length);
      const got = new Set(ft.map(key));
      const top = old.slice(0, 10);
      ftKept.push(top.filter((r) => got.has(key(r))).length / Math.max(1, top.length));
      const tenthOld = top[top.length - 1]?.score ?? 0;
      const mine = await exhaustiveScores(db, q, ft.slice(0, 10));
      ftAsGood.push(mine.filter((x) => x >= tenthOld - 1e-9).length / Math.max(1, mine.length));
      const vec = vc.filter((r) => r.score >= 0.15);
      const now = new Set(fuse(ft, vec).slice(0, 10).map((f) => `${f.documentId}:${f.idx}`));
      const before = fuse(old, vec).slice(0, 10);
      hybridSame.push(before.filter((f) => now.has(`${f.documentId}:${f.idx}`)).length / Math.max(1, before.length));
      // Exact scans are slow at scale: one repetition, which also gives the recall reference.
      const [exMs, exact] = await timed('exact', () => knn(v, 10, true));
      t.exact.push(exMs);
      // Many sentences tie at the same distance (shared templates), so recall counts distances:
      // an approximate hit is right when it is no farther than the exact 10th neighbour.
      const approx = await knn(v, 10, false);
      const tenth = exact[exact.length - 1] ?? 0;
      recalls.push(approx.filter((d) => d <= tenth + 1e-9).length / Math.max(1, exact.length));
    }
  }
}
// The plan search() actually ran for its (named, unfiltered) vector query: PGlite keeps a generic
// plan after five runs, and a generic plan that skipped HNSW once cost 1.1 s per query at 100,000.
const vecStatements = (await db.query<{ name: string; generic_plans: number; custom_plans: number }>(
  `SELECT name, generic_plans::int, custom_plans::int FROM pg_prepared_statements WHERE statement LIKE '%FROM sentence_vectors r%'`,
)).rows;
const vecPlans = await Promise.all(vecStatements.map(async (st) => {
  // The probe vector is our own numbers, not user text.
  const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN EXECUTE ${st.name}('${probe}')`)).rows.map((r) => r['QUERY PLAN']).join('\n');
  return `${plan.includes('sentence_vectors_hnsw') ? 'HNSW' : 'NO HNSW'} (${st.generic_plans} generic / ${st.custom_plans} custom plans)`;
}));
await db.close();

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(`\nSearch benchmark: ${N} sentences (${Math.ceil(N / PER_DOC)} documents, FR/EN${PAIRS ? ', paired and aligned' : ''}), ${QUERIES.length} queries x ${REPS} reps (exact: x1); hnsw.ef_search ${efSearch}; ${machine()}`);
printTable(['mode', 'p50 ms', 'p95 ms', 'CPU p50 ms', 'CPU p95 ms', 'n'], Object.entries(MODES).map(([k, label]) => {
  const xs = t[k as keyof typeof MODES];
  const cs = cpu[k] ?? [];
  return [label, percentile(xs, 50).toFixed(1), percentile(xs, 95).toFixed(1), percentile(cs, 50).toFixed(1), percentile(cs, 95).toFixed(1), String(xs.length)];
}));
const recall = mean(recalls);
// The target compares like with like: search() runs named statements, so the k-NN it is held
// to is the named one too (its kept plan skips planning). The plain k-NN, planned at each call
// as an application's first query would be, is printed beside it.
const hyb95 = percentile(t.hybrid, 95), vec95 = percentile(t.hnswPrepared, 95), plain95 = percentile(t.hnsw, 95);
const ratio = hyb95 / vec95;
console.log(`HNSW recall@10 vs exact (ef_search ${efSearch}): ${recall.toFixed(3)} (min ${Math.min(...recalls).toFixed(2)})`);
console.log(`planner picks HNSW for the raw k-NN without hints: ${usesIndex.raw} (the raw HNSW timing forces it)`);
console.log(`search()'s named vector statement after the runs: ${vecPlans.join('; ') || 'none found'}`);
console.log(`full-text candidates per query: median ${percentile(ftCounts, 50)} (cap ${CANDIDATES}); exhaustive top 10 kept among them: ${(100 * mean(ftKept)).toFixed(0)} % (min ${(100 * Math.min(...ftKept)).toFixed(0)} %)`);
console.log(`bounded top 10 scoring at least the exhaustive 10th score (ties count): ${(100 * mean(ftAsGood)).toFixed(0)} % (min ${(100 * Math.min(...ftAsGood)).toFixed(0)} %)`);
console.log(`hybrid top 10 unchanged against fusion with the exhaustive full text: ${(100 * mean(hybridSame)).toFixed(0)} % (min ${(100 * Math.min(...hybridSame)).toFixed(0)} %)`);
console.log(`load: generate ${(load.genMs / 1000).toFixed(1)} s, insert documents/blocks/sentences ${(load.insertMs / 1000).toFixed(1)} s, embed ${(load.embedMs / 1000).toFixed(1)} s (${Math.round(N / (load.embedMs / 1000))} sent/s), insert vectors ${(load.vecInsertMs / 1000).toFixed(1)} s`);
console.log(`HNSW index build ${(indexMs / 1000).toFixed(1)} s (index ${(idxSize / 2 ** 20).toFixed(0)} MB, maintenance_work_mem ${mwm}); database size ${(size / 2 ** 20).toFixed(0)} MB`);
const old95 = percentile(t.hybridOld, 95);
const vc95 = percentile(t.vc, 95);
console.log(`hybrid p50 / named k-NN p50 = ${(percentile(t.hybrid, 50) / percentile(t.hnswPrepared, 50)).toFixed(2)}; hybrid p95 / vectorCandidates p95 = ${(hyb95 / vc95).toFixed(2)}`);
console.log(`before (exhaustive full text): hybrid p95 / named k-NN p95 = ${old95.toFixed(1)} / ${vec95.toFixed(1)} ms = ${(old95 / vec95).toFixed(2)}`);
const cpuRatio = (p: number, ref: string) => percentile(cpu.hybrid ?? [], p) / percentile(cpu[ref] ?? [], p);
console.log(`CPU time: hybrid / named k-NN p50 ${cpuRatio(50, 'hnswPrepared').toFixed(2)}, p95 ${cpuRatio(95, 'hnswPrepared').toFixed(2)}; / plain k-NN p50 ${cpuRatio(50, 'hnsw').toFixed(2)}, p95 ${cpuRatio(95, 'hnsw').toFixed(2)}`);
console.log(`wall: hybrid p95 / plain k-NN (planned at each call) p95 = ${hyb95.toFixed(1)} / ${plain95.toFixed(1)} ms = ${(hyb95 / plain95).toFixed(2)}`);
console.log(`hybrid p95 / named raw k-NN p95 = ${hyb95.toFixed(1)} / ${vec95.toFixed(1)} ms = ${ratio.toFixed(2)} (target <= 2): ${ratio <= 2 ? 'PASS' : 'FAIL'}`);
reportKeyFigures([
  { name: `search: hybrid p95 / named k-NN p95 (N=${N}${PAIRS ? ', paired' : ''}; plain k-NN ${(hyb95 / plain95).toFixed(2)})`, figure: `${hyb95.toFixed(0)} / ${vec95.toFixed(0)} ms = ${ratio.toFixed(2)}`, target: '<= 2', pass: ratio <= 2 },
  { name: `search: HNSW recall@10 (N=${N})`, figure: recall.toFixed(3), target: 'report', pass: null },
  { name: `search: HNSW build / insert (N=${N})`, figure: `${(indexMs / 1000).toFixed(0)} s / ${((load.insertMs + load.vecInsertMs) / 1000).toFixed(0)} s`, target: 'report', pass: null },
]);
