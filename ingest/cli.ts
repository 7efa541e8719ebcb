import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { ConfigError, loadCoreConfig } from './config.ts';
import { isIngestError } from './errors.ts';
import { expandPaths, ingestFiles, type FileResult, type IngestFileOptions } from './ingest-files.ts';
import { openDb } from './store/db.ts';
import { listDocuments } from './store/documents.repo.ts';
import { listPairs } from './store/pairs.repo.ts';
import { afterIngest, type AfterIngest } from './after-ingest.ts';
import type { Embedder } from './embed/embedder.ts';
import { createEmbedder } from './embed/provider.ts';
import { prepareVectors } from './search/vectors.ts';
import { alignLineFiles } from './align-lines.ts';
import { declarePair } from './pairs/pairing.ts';
import { EXPORT_FORMATS, exportPair, type ExportFormat } from './pairs/export.ts';
import { printClaims, reextractClaims, type ClaimsFormat } from './claims/claims-cli.ts';
import { claimExtractorFor } from './claims/choose-extractor.ts';

const USAGE = `Usage: npm run concorde -- <command> [options]

Commands:
  ingest <file|folder>...   ingest PDF, HTML, TXT and Markdown files (a folder with manifest.json uses its metadata)
  docs                      list stored documents
  pairs                     list language versions paired (detected or declared)
  align <docA> <docB>       print the alignment of two stored documents (paired first if needed)
  align-lines <src> <tgt>   align two files of one sentence per line; prints Vecalign links ([0, 1]:[2])
  embed                     embed every sentence not yet embedded (all of them after CONCORDE_EMBEDDER changes)
  claims [--doc ID]         print every claim with its citations (--format json|csv; JSON schema in the README)
  claims extract [--doc ID] re-run claim extraction (reviewed claims keep their status)

Options:
  --json                    print the summary as JSON
  --format tmx|tsv|json     output of align (default tmx)
  --format json|csv         output of claims (default a table)
  --doc ID                  claims: only this document
  -h, --help                show this help

Settings come from the environment, as for the server: CONCORDE_DATA_DIR (default ./data), DATABASE_URL,
CONCORDE_MAX_UPLOAD_MB (default 50).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      format: { type: 'string' },
      doc: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  if (command === 'align-lines') {
    if (rest.length !== 2) throw new UsageError('align-lines needs two files.');
    process.stdout.write(alignLineFiles(rest[0]!, rest[1]!));
    return 0;
  }
  if (!['ingest', 'docs', 'pairs', 'align', 'embed', 'claims'].includes(command)) {
    console.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 1;
  }
  if (command === 'ingest' && rest.length === 0) {
    console.error('ingest needs at least one file or folder.');
    return 1;
  }
  const cfg = loadCoreConfig(process.env);
  const db = await openDb(cfg);
  try {
    if (command === 'docs') return await docs(db, values.json);
    if (command === 'pairs') return await pairs(db, values.json);
    if (command === 'embed') return await embed(db, await createEmbedder(cfg.embedder), values.json);
    if (command === 'claims') {
      if (rest[0] === 'extract') return await reextractClaims(db, values.doc, values.json, claimExtractorFor(cfg));
      if (rest.length) throw new UsageError(`claims takes no argument but "extract" (got ${rest.join(' ')}).`);
      const format = values.format ?? (values.json ? 'json' : 'table');
      if (!['json', 'csv', 'table'].includes(format)) throw new UsageError('--format of claims must be json or csv.');
      return await printClaims(db, format as ClaimsFormat, values.doc);
    }
    if (command === 'align') {
      if (rest.length !== 2) throw new UsageError('align needs two document ids (see `docs`).');
      const format = values.format ?? 'tmx';
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`);
      return await align(db, rest[0]!, rest[1]!, format as ExportFormat);
    }
    const embedder = await createEmbedder(cfg.embedder);
    const code = await ingest(db, rest, { maxBytes: cfg.maxUploadBytes, ocr: cfg.ocr }, values.json, afterIngest(db, undefined, undefined, claimExtractorFor(cfg)));
    await embed(db, embedder, true);
    return code;
  } finally {
    await db.close();
  }
}

async function ingest(db: Awaited<ReturnType<typeof openDb>>, paths: string[], opts: IngestFileOptions, json: boolean, after: AfterIngest): Promise<number> {
  const tasks = expandPaths(paths);
  const bar = json || !process.stderr.isTTY
    ? null
    : new cliProgress.SingleBar(
        { format: ' {bar} {percentage}% | file {index}/{total}: {file} ({stage})', hideCursor: true, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
  bar?.start(tasks.length * 100, 0, { index: 0, total: tasks.length, file: '', stage: '' });
  const results = await ingestFiles(db, tasks, opts, {
    afterIngest: after,
    onFileStart: (t, i) => bar?.update(i * 100, { index: i + 1, total: tasks.length, file: path.basename(t.path), stage: 'starting' }),
    onProgress: (t, stage, f) => {
      const i = tasks.indexOf(t);
      bar?.update(i * 100 + Math.round(f * 100), { stage });
    },
    onFileDone: (r, i) => {
      bar?.update((i + 1) * 100, { stage: r.status });
      if (!bar && !json) console.error(`${path.basename(r.file)}: ${r.status}${r.status === 'failed' ? ` (${r.reason})` : ''}`);
    },
  });
  bar?.stop();
  if (json) console.log(JSON.stringify(summary(results), null, 2));
  else printTable(results);
  return results.some((r) => r.status === 'failed') ? 2 : 0;
}

function summary(results: FileResult[]) {
  const count = (s: FileResult['status']) => results.filter((r) => r.status === s).length;
  return { ingested: count('ingested'), alreadyPresent: count('already present'), failed: count('failed'), files: results };
}

function printTable(results: FileResult[]): void {
  const table = new Table({ head: ['file', 'result', 'document', 'details'], wordWrap: true, colWidths: [34, 17, 18, 60] });
  for (const r of results) {
    const ocr = r.status === 'ingested' ? r.ocr?.pages.filter((p) => !p.discarded).map((p) => p.page) : undefined;
    const machineRead = ocr?.length ? `; OCR (machine-read): page${ocr.length > 1 ? 's' : ''} ${ocr.join(', ')}` : '';
    const details = r.status === 'ingested' ? `${r.pages} pages, ${r.sentences} sentences, ${r.ms} ms${machineRead}` : r.status === 'failed' ? r.reason : `${r.ms} ms`;
    table.push([path.basename(r.file), r.status, r.status === 'failed' ? '' : r.documentId, details]);
  }
  console.log(table.toString());
  const s = summary(results);
  console.log(`${s.ingested} ingested, ${s.alreadyPresent} already present, ${s.failed} failed`);
}

async function docs(db: Awaited<ReturnType<typeof openDb>>, json: boolean): Promise<number> {
  const { rows, total } = await listDocuments(db, { limit: 10_000 });
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  const table = new Table({ head: ['id', 'lang', 'date', 'pages', 'sentences', 'title'], colWidths: [18, 6, 12, 7, 11, 60], wordWrap: true });
  for (const d of rows) table.push([d.id, d.lang, d.published_on ?? '', d.page_count, d.sentence_count, d.title]);
  console.log(table.toString());
  console.log(`${total} document${total === 1 ? '' : 's'}`);
  return 0;
}

async function pairs(db: Awaited<ReturnType<typeof openDb>>, json: boolean): Promise<number> {
  const rows = await listPairs(db);
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  const table = new Table({ head: ['pair', 'status', 'score', 'links', 'flagged', 'titles'], colWidths: [36, 11, 7, 7, 9, 50], wordWrap: true });
  for (const p of rows) table.push([p.id, p.status, p.score.toFixed(2), p.link_count, p.flagged_count, `${p.src_title} / ${p.tgt_title}`]);
  console.log(table.toString());
  return 0;
}

async function align(db: Awaited<ReturnType<typeof openDb>>, a: string, b: string, format: ExportFormat): Promise<number> {
  const known = (await listPairs(db)).find((p) => (p.src_id === a && p.tgt_id === b) || (p.src_id === b && p.tgt_id === a));
  const pairId = known?.id ?? (await declarePair(db, a, b));
  const file = await exportPair(db, pairId, format);
  if (!file) throw new UsageError(`no pair ${pairId}`);
  process.stdout.write(file.body);
  return 0;
}

/** Embeds what has no vector yet for the configured embedder, with a progress bar. */
async function embed(db: Awaited<ReturnType<typeof openDb>>, embedder: Embedder, quiet: boolean): Promise<number> {
  const bar = quiet || !process.stderr.isTTY ? null : new cliProgress.SingleBar({ format: ' embedding {bar} {value}/{total} documents', stream: process.stderr }, cliProgress.Presets.shades_classic);
  const out = await prepareVectors(db, embedder, (done, total) => {
    if (done === 0) bar?.start(total, 0);
    else bar?.update(done);
  });
  bar?.stop();
  if (!quiet) console.log(`${out.embedded} document(s) embedded with ${embedder.id}${out.recreated ? ' (vectors of the previous embedder dropped)' : ''}.`);
  return 0;
}

/** Wrong arguments: the message and the usage, exit code 1. */
class UsageError extends Error {}

/** Exits once stdout is flushed: a pipe takes asynchronous writes, and a large --json would be cut. */
const exitAfterFlush = (code: number) => process.stdout.write('', () => process.exit(code));

main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (err: unknown) => {
    if (err instanceof UsageError) console.error(`${err.message}\n\n${USAGE}`);
    else if (err instanceof ConfigError || isIngestError(err)) console.error(err.message);
    else console.error(err);
    process.exit(1);
  },
);
