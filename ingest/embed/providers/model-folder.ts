import fs from 'node:fs';
import path from 'node:path';

/** Files transformers.js reads besides the ONNX weights. */
export const REQUIRED_MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

/**
 * ONNX weight files transformers.js knows, best first, with the `dtype` that selects each
 * (its DEFAULT_DTYPE_SUFFIX_MAPPING: fp32 '', fp16 '_fp16', q8 '_quantized', int8, uint8, q4,
 * q4f16, bnb4). Full precision first: it is the reference the quantised exports approximate.
 */
export const ONNX_WEIGHTS = [
  { file: 'model.onnx', dtype: 'fp32' },
  { file: 'model_quantized.onnx', dtype: 'q8' },
  { file: 'model_fp16.onnx', dtype: 'fp16' },
  { file: 'model_int8.onnx', dtype: 'int8' },
  { file: 'model_uint8.onnx', dtype: 'uint8' },
  { file: 'model_q4.onnx', dtype: 'q4' },
  { file: 'model_q4f16.onnx', dtype: 'q4f16' },
  { file: 'model_bnb4.onnx', dtype: 'bnb4' },
] as const;

/** What a usable model folder holds. */
export interface ModelFolder {
  /** <CONCORDE_EMBED_MODEL_DIR>/<model id>. */
  folder: string;
  dtype: (typeof ONNX_WEIGHTS)[number]['dtype'];
  /** Vector length: config.json `hidden_size` (or `d_model`, `dim`). */
  dimensions: number;
}

/**
 * Checks the model folder transformers.js will read (`<root>/<model id>`, its own layout for
 * `env.localModelPath`) and returns its weights' dtype and vector length; throws an Error naming
 * every missing file.
 */
export function inspectModelFolder(root: string, model: string): ModelFolder {
  const folder = path.join(root, model);
  const missing: string[] = REQUIRED_MODEL_FILES.filter((f) => !isFile(path.join(folder, f)));
  const weights = ONNX_WEIGHTS.find((w) => isFile(path.join(folder, 'onnx', w.file)));
  if (!weights) missing.push(`onnx/model*.onnx (one of ${ONNX_WEIGHTS.map((w) => w.file).join(', ')})`);
  if (missing.length) {
    throw new Error(
      `transformers embedder: the model folder ${folder} lacks ${missing.join(', ')}. Download the model's files there (for example from https://huggingface.co/${model}), keeping the onnx/ subfolder; the server never downloads them itself.`,
    );
  }
  const dimensions = hiddenSize(path.join(folder, 'config.json'));
  return { folder, dtype: weights!.dtype, dimensions };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The model's hidden size, which mean pooling keeps as the sentence vector's length. */
function hiddenSize(configFile: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(configFile, 'utf8'));
  } catch (err) {
    throw new Error(`transformers embedder: ${configFile} is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  const cfg = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const size = [cfg.hidden_size, cfg.d_model, cfg.dim].find((v): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0);
  if (size === undefined) throw new Error(`transformers embedder: ${configFile} has no hidden_size (nor d_model, dim): cannot tell the vector length.`);
  return size;
}
