import fs from 'node:fs';
import path from 'node:path';
import { entryMeta, loadManifest } from './corpus.ts';
import { describeFailure, ingestDocument } from './ingest-document.ts';
import { IngestError } from './errors.ts';
import type { DocMeta, OcrReport } from './model/document.ts';
import type { ProgressFn } from './pipeline.ts';
import type { AfterIngest } from './after-ingest.ts';
import type { OcrMode } from './stages/parse/pdf/ocr-engine.ts';
import type { Db } from './store/db.ts';

const INGESTIBLE = /\.(pdf|html?|txt|md|markdown)$/i;

export interface FileTask {
  path: string;
  overrides?: DocMeta | undefined;
}

/** Per-file result of a batch (one bad file never stops the others). */
export type FileResult =
  | { file: string; status: 'ingested'; documentId: string; title: string; pages: number; sentences: number; ocr?: OcrReport; ms: number }
  | { file: string; status: 'already present'; documentId: string; ms: number }
  | { file: string; status: 'failed'; code: string; reason: string; ms: number };

/**
 * Expands files and folders into tasks. A folder with a `manifest.json` contributes the files
 * it lists with their metadata; any other folder contributes its ingestible files.
 */
export function expandPaths(paths: string[]): FileTask[] {
  const tasks: FileTask[] = [];
  for (const p of paths) {
    const abs = path.resolve(p);
    const stat = fs.statSync(abs, { throwIfNoEntry: false });
    if (!stat) {
      tasks.push({ path: abs });
      continue;
    }
    if (!stat.isDirectory()) {
      tasks.push({ path: abs });
      continue;
    }
    if (fs.existsSync(path.join(abs, 'manifest.json'))) {
      for (const e of loadManifest(abs).documents) tasks.push({ path: path.join(abs, e.file), overrides: entryMeta(e) });
      continue;
    }
    for (const f of fs.readdirSync(abs, { recursive: true, encoding: 'utf8' }).sort()) {
      const full = path.join(abs, f);
      if (INGESTIBLE.test(f) && fs.statSync(full).isFile()) tasks.push({ path: full });
    }
  }
  return tasks;
}

export interface BatchEvents {
  onFileStart?: (task: FileTask, index: number) => void;
  onProgress?: (task: FileTask, ...args: Parameters<ProgressFn>) => void;
  onFileDone?: (result: FileResult, index: number) => void;
  /** Pairing, embedding…: runs after each document is stored. */
  afterIngest?: AfterIngest;
}

export interface IngestFileOptions {
  /** Files larger than this are refused before reading. */
  maxBytes: number;
  /** PDF pages without a text layer: OCR when tesseract is installed, or never. */
  ocr?: OcrMode | undefined;
}

/** Ingests files one after the other; each file is its own transaction. */
export async function ingestFiles(db: Db, tasks: FileTask[], opts: IngestFileOptions, ev: BatchEvents = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [i, task] of tasks.entries()) {
    ev.onFileStart?.(task, i);
    const t0 = performance.now();
    const file = task.path;
    let result: FileResult;
    try {
      const bytes = readChecked(file, opts.maxBytes);
      const out = await ingestDocument(db, { bytes, filename: path.basename(file), overrides: task.overrides, ocr: opts.ocr }, (s, f) => ev.onProgress?.(task, s, f));
      if (out.status === 'ingested') await ev.afterIngest?.(out.documentId);
      const ms = Math.round(performance.now() - t0);
      result = out.status === 'ingested' ? { file, ...out, ms } : { file, status: 'already present', documentId: out.documentId, ms };
    } catch (err) {
      const f = describeFailure(path.basename(file), err);
      result = { file, status: 'failed', code: f.code, reason: f.message, ms: Math.round(performance.now() - t0) };
    }
    results.push(result);
    ev.onFileDone?.(result, i);
  }
  return results;
}

function readChecked(file: string, maxBytes: number): Uint8Array {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  const name = path.basename(file);
  if (!stat) throw new IngestError('NOT_FOUND', `${name}: no such file (${file})`);
  if (stat.size > maxBytes) {
    throw new IngestError('TOO_LARGE', `${name} is ${(stat.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB (CONCORDE_MAX_UPLOAD_MB).`);
  }
  return new Uint8Array(fs.readFileSync(file));
}
