import path from 'node:path';
import type { Embedder } from '../embedder.ts';
import { checkIndexable, checkVectors, chunks } from './common.ts';
import { inspectModelFolder } from './model-folder.ts';

/** Settings of the local model provider (CONCORDE_EMBED_MODEL_DIR, CONCORDE_EMBED_MODEL). */
export interface TransformersSettings {
  provider: 'transformers';
  /** Root of local models: the model's files are in <modelDir>/<model>. */
  modelDir: string;
  /** Model id, e.g. "Xenova/paraphrase-multilingual-MiniLM-L12-v2". */
  model: string;
}

/** The part of @huggingface/transformers used here. */
export interface TransformersModule {
  env: { allowRemoteModels: boolean; allowLocalModels: boolean; localModelPath: string };
  pipeline(task: 'feature-extraction', model: string, options: { local_files_only: boolean; dtype: string; device: string }): Promise<FeatureExtractor>;
}
/** A feature-extraction pipeline; returns a Tensor whose `tolist()` is one vector per text. */
export type FeatureExtractor = (texts: string[], options: { pooling: 'mean'; normalize: boolean }) => Promise<{ tolist(): unknown }>;
/** Loads the package (replaced in tests). */
export type TransformersLoader = () => Promise<unknown>;

export const TRANSFORMERS_PACKAGE = '@huggingface/transformers';
export const INSTALL_HINT = `ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm install ${TRANSFORMERS_PACKAGE}`;

/** Imports the optional package; a variable specifier keeps bundlers and tsc from requiring it. */
export const importTransformers: TransformersLoader = () => {
  const specifier: string = TRANSFORMERS_PACKAGE;
  return import(specifier) as Promise<unknown>;
};

/**
 * A multilingual sentence model run locally with @huggingface/transformers (ONNX Runtime, CPU):
 * mean pooling over the token vectors, L2-normalised. Offline only: remote models are disabled
 * and the files must already be in <modelDir>/<model>. The folder is checked before the
 * (optional, ~0.5 GB) package is imported, so a missing file is reported even without it.
 * id = "transformers:<model>:<dtype>@<dimensions>".
 */
export async function createTransformersEmbedder(s: TransformersSettings, load: TransformersLoader = importTransformers, batchSize = 32): Promise<Embedder> {
  const root = path.resolve(s.modelDir);
  const { dtype, dimensions } = inspectModelFolder(root, s.model);
  checkIndexable('transformers', dimensions);
  const lib = await loadPackage(load);
  lib.env.allowRemoteModels = false;
  lib.env.allowLocalModels = true;
  lib.env.localModelPath = root.endsWith(path.sep) ? root : root + path.sep;
  const extract = await lib.pipeline('feature-extraction', s.model, { local_files_only: true, dtype, device: 'cpu' });
  const embed = async (texts: string[]): Promise<number[][]> => {
    const out: number[][] = [];
    for (const batch of chunks(texts, batchSize)) {
      const list = (await extract(batch, { pooling: 'mean', normalize: true })).tolist();
      out.push(...checkVectors('transformers', toMatrix(list), batch.length, dimensions));
    }
    return out;
  };
  return {
    id: `transformers:${s.model}:${dtype}@${dimensions}`,
    dimensions,
    embedDocuments: embed,
    embedQuery: async (text) => (await embed([text]))[0]!,
  };
}

async function loadPackage(load: TransformersLoader): Promise<TransformersModule> {
  let mod: unknown;
  try {
    mod = await load();
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(
        `CONCORDE_EMBEDDER=transformers needs the optional package ${TRANSFORMERS_PACKAGE} (about 0.5 GB with ONNX Runtime), which is not installed (${err instanceof Error ? err.message : String(err)}). Install it with: ${INSTALL_HINT}`,
        { cause: err },
      );
    }
    throw err;
  }
  const lib = isModule(mod) ? mod : isModule((mod as { default?: unknown } | null)?.default) ? (mod as { default: TransformersModule }).default : undefined;
  if (!lib) throw new Error(`${TRANSFORMERS_PACKAGE} loaded, but without the expected \`pipeline\` and \`env\` exports: install version 3 or later (${INSTALL_HINT}).`);
  return lib;
}

function isModule(m: unknown): m is TransformersModule {
  const r = m as { pipeline?: unknown; env?: unknown } | null | undefined;
  return typeof r?.pipeline === 'function' && typeof r.env === 'object' && r.env !== null;
}

/** A Tensor's `tolist()` as number rows; throws on any other shape. */
function toMatrix(list: unknown): number[][] {
  if (!Array.isArray(list) || !list.every((row) => Array.isArray(row) && row.every((x) => typeof x === 'number'))) {
    throw new Error('transformers: the pipeline did not return one vector per text.');
  }
  return list as number[][];
}
