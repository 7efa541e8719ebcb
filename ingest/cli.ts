import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { ConfigError, loadCoreConfig } from './config.ts';
import { isIngestError } from './errors.ts';
import { expandPaths, ingestFiles, type FileResult } from './ingest-files.ts';
import { openDb } from './store/db.ts';
import { listDocuments } from './store/documents.repo.ts';

const USAGE = `Usage: npm run concorde -- <command> [options]

Commands:
  ingest <file|folder>...   ingest PDF, HTML, TXT and Markdown files (a folder with manifest.json uses its metadata)
  docs                      list stored documents

Options:
  --json                    print the summary as JSON
  -h, --help                show this help

Settings come from the environment, as for the server: CONCORDE_DATA_DIR (default ./data), DATABASE_URL,
CONCORDE_MAX_UPLOAD_MB (default 50).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  if (command !== 'ingest' && command !== 'docs') {
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
    return await ingest(db, rest, cfg.maxUploadBytes, values.json);
  } finally {
    await db.close();
  }
}

async function ingest(db: Awaited<ReturnType<typeof openDb>>, paths: string[], maxBytes: number, json: boolean): Promise<number> {
  const tasks = expandPaths(paths);
  const bar = json || !process.stderr.isTTY
    ? null
    : new cliProgress.SingleBar(
        { format: ' {bar} {percentage}% | file {index}/{total}: {file} ({stage})', hideCursor: true, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
  bar?.start(tasks.length * 100, 0, { index: 0, total: tasks.length, file: '', stage: '' });
  const results = await ingestFiles(db, tasks, maxBytes, {
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
    const details = r.status === 'ingested' ? `${r.pages} pages, ${r.sentences} sentences, ${r.ms} ms` : r.status === 'failed' ? r.reason : `${r.ms} ms`;
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError || isIngestError(err)) console.error(err.message);
    else console.error(err);
    process.exit(1);
  },
);
