import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadCoreConfig } from '../../ingest/config.ts';
import { ConceptEmbedder } from '../../ingest/embed/concept-embedder.ts';
import { createEmbedder } from '../../ingest/embed/provider.ts';
import { PROBE_TEXT } from '../../ingest/embed/providers/langchain-embedder.ts';
import { INSTALL_HINT, type TransformersModule } from '../../ingest/embed/providers/transformers.ts';
import { startStub, type Reply, type Seen, type Stub } from '../support/stub-server.ts';

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const s = await startStub(() => ({ status: 200, json: {} }));
  await s.close();
  return Number(new URL(s.url).port);
}

/** The stub's "model": a deterministic 3-dimensional vector per text. */
const vec = (t: string): number[] => [t.length, t.codePointAt(0) ?? 0, 1];
const inputs = (s: Seen): string[] => (Array.isArray(s.body.input) ? (s.body.input as string[]) : [s.body.input as string]);
const TEXTS = ['Bonjour', 'Hello world', 'Économie', 'x', 'Policy brief'];

let stubs: Stub[] = [];
afterEach(async () => {
  await Promise.all(stubs.map((s) => s.close()));
  stubs = [];
});
async function stub(reply: Reply): Promise<Stub> {
  const s = await startStub(reply);
  stubs.push(s);
  return s;
}

describe('ollama provider (stub of POST /api/embed)', () => {
  const ollamaOk: Reply = (s) => (s.path === '/api/embed' ? { status: 200, json: { model: s.body.model, embeddings: inputs(s).map(vec) } } : { status: 404, json: { error: 'not found' } });

  it('probes the dimension once, then embeds in batches, in order', async () => {
    const s = await stub(ollamaOk);
    const e = await createEmbedder({ provider: 'ollama', url: s.url, model: 'bge-m3', dimensions: undefined }, { maxRetries: 0, batchSize: 2 });
    expect(e.dimensions).toBe(3);
    expect(e.id).toBe('ollama:bge-m3@3');
    expect(s.seen).toHaveLength(1);
    expect(s.seen[0]).toMatchObject({ method: 'POST', path: '/api/embed', body: { model: 'bge-m3', input: [PROBE_TEXT] } });
    expect(await e.embedDocuments(TEXTS)).toEqual(TEXTS.map(vec));
    expect(s.seen.slice(1).map(inputs)).toEqual([TEXTS.slice(0, 2), TEXTS.slice(2, 4), TEXTS.slice(4)]);
    expect(await e.embedQuery('Québec')).toEqual(vec('Québec'));
    expect(s.seen).toHaveLength(5);
  });

  it('with CONCORDE_EMBED_DIMENSIONS: no probe, the length is sent and every vector checked', async () => {
    const s = await stub(ollamaOk);
    const e = await createEmbedder({ provider: 'ollama', url: s.url, model: 'm', dimensions: 5 }, { maxRetries: 0 });
    expect(s.seen).toHaveLength(0);
    expect(e.id).toBe('ollama:m@5');
    await expect(e.embedDocuments(['abc'])).rejects.toThrow(/ollama: got a vector of 3 dimensions, expected 5/);
    expect(s.seen[0]?.body.dimensions).toBe(5);
  });

  it('a 500 from the server is an error naming the provider, server, model and the server message', async () => {
    const s = await stub(() => ({ status: 500, json: { error: 'model "bge-m3" not found, try pulling it first' } }));
    const p = createEmbedder({ provider: 'ollama', url: s.url, model: 'bge-m3', dimensions: undefined }, { maxRetries: 0 });
    await expect(p).rejects.toThrow(`ollama embeddings failed (server ${s.url}, model bge-m3): HTTP 500: model "bge-m3" not found`);
    expect(s.seen).toHaveLength(1);
  });

  it('an unreachable server is an error saying the connection was refused', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const p = createEmbedder({ provider: 'ollama', url, model: 'bge-m3', dimensions: undefined }, { maxRetries: 0 });
    await expect(p).rejects.toThrow(new RegExp(`^ollama embeddings failed \\(server ${url.replace(/\./g, '\\.')}, model bge-m3\\): .*ECONNREFUSED`));
  });
});

describe('openai provider (stub of an OpenAI-compatible POST /v1/embeddings)', () => {
  const openaiOk: Reply = (s) =>
    s.path === '/v1/embeddings'
      ? { status: 200, json: { object: 'list', model: s.body.model, data: inputs(s).map((t, index) => ({ object: 'embedding', index, embedding: vec(t) })), usage: { prompt_tokens: 1, total_tokens: 1 } } }
      : { status: 404, json: { error: { message: 'no route' } } };

  it('probes, batches, asks for float vectors and sends the key', async () => {
    const s = await stub(openaiOk);
    const e = await createEmbedder({ provider: 'openai', apiKey: 'sk-test', model: 'text-embedding-3-small', baseUrl: `${s.url}/v1`, dimensions: undefined }, { maxRetries: 0, batchSize: 2 });
    expect(e.dimensions).toBe(3);
    expect(e.id).toBe('openai:text-embedding-3-small@3');
    expect(s.seen[0]).toMatchObject({ method: 'POST', path: '/v1/embeddings', auth: 'Bearer sk-test', body: { model: 'text-embedding-3-small', input: [PROBE_TEXT], encoding_format: 'float' } });
    expect(s.seen[0]?.body).not.toHaveProperty('dimensions');
    expect(await e.embedDocuments(TEXTS)).toEqual(TEXTS.map(vec));
    expect(s.seen.slice(1).map(inputs)).toEqual([TEXTS.slice(0, 2), TEXTS.slice(2, 4), TEXTS.slice(4)]);
    expect(await e.embedQuery('Québec')).toEqual(vec('Québec'));
    expect(s.seen).toHaveLength(5);
  });

  it('with CONCORDE_EMBED_DIMENSIONS: no probe, `dimensions` is sent', async () => {
    const s = await stub(openaiOk);
    const e = await createEmbedder({ provider: 'openai', apiKey: 'k', model: 'text-embedding-3-large', baseUrl: `${s.url}/v1`, dimensions: 3 }, { maxRetries: 0 });
    expect(s.seen).toHaveLength(0);
    expect(e.id).toBe('openai:text-embedding-3-large@3');
    expect(await e.embedDocuments(['a', 'bb'])).toEqual([vec('a'), vec('bb')]);
    expect(s.seen[0]?.body.dimensions).toBe(3);
  });

  it('a 500 is an error naming provider, server, model, status and message', async () => {
    const s = await stub(() => ({ status: 500, json: { error: { message: 'backend exploded', type: 'server_error' } } }));
    const p = createEmbedder({ provider: 'openai', apiKey: 'k', model: 'm', baseUrl: `${s.url}/v1`, dimensions: undefined }, { maxRetries: 0 });
    await expect(p).rejects.toThrow(new RegExp(`^openai embeddings failed \\(server ${s.url.replace(/\./g, '\\.')}/v1, model m\\): .*500.*backend exploded`));
    expect(s.seen).toHaveLength(1);
  });

  it('an unreachable server is an error saying the connection was refused', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    const p = createEmbedder({ provider: 'openai', apiKey: 'k', model: 'm', baseUrl: url, dimensions: undefined }, { maxRetries: 0 });
    await expect(p).rejects.toThrow(/^openai embeddings failed .*Connection error.*ECONNREFUSED/);
  });
});

describe('transformers provider (local model folder)', () => {
  let root = '';
  const MODEL = 'Xenova/test-model';
  const put = (rel: string, text = '{}') => {
    const f = path.join(root, MODEL, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, text);
  };
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'concorde-models-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  afterEach(() => fs.rmSync(path.join(root, 'Xenova'), { recursive: true, force: true }));
  const cfg = () => ({ provider: 'transformers' as const, modelDir: root, model: MODEL });
  let loads = 0;
  const neverLoad = async () => {
    loads++;
    return {};
  };

  it('an empty folder: the error names every missing file, before loading the package', async () => {
    loads = 0;
    const err = await createEmbedder(cfg(), { loadTransformers: neverLoad }).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model*.onnx']) expect((err as Error).message).toContain(f);
    expect((err as Error).message).toContain(path.join(root, MODEL));
    expect(loads).toBe(0);
  });

  it('a partial folder: only the missing files are named', async () => {
    put('config.json', '{"hidden_size": 4}');
    put('tokenizer.json');
    const err = await createEmbedder(cfg(), { loadTransformers: neverLoad }).catch((e: unknown) => e as Error);
    const lacks = (err as Error).message.split(' lacks ')[1]?.split('. ')[0] ?? '';
    expect(lacks).toMatch(/^tokenizer_config\.json, onnx\/model\*\.onnx/);
    expect(lacks).not.toMatch(/(^|, )config\.json|(^|, )tokenizer\.json/);
  });

  const complete = (weights = 'model_quantized.onnx', hidden = 4) => {
    put('config.json', JSON.stringify({ model_type: 'bert', hidden_size: hidden }));
    put('tokenizer.json');
    put('tokenizer_config.json');
    put(`onnx/${weights}`, 'not a real model');
  };

  it('a complete folder without the package: the error says how to install it', async () => {
    complete();
    const missing = async () => {
      throw Object.assign(new Error("Cannot find package '@huggingface/transformers' imported from /x.js"), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    await expect(createEmbedder(cfg(), { loadTransformers: missing })).rejects.toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).toBe('ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm install @huggingface/transformers');
  });

  it('the real import, in this checkout where the package is not installed, gives the same advice', async () => {
    complete();
    await expect(createEmbedder(cfg())).rejects.toThrow(INSTALL_HINT);
  });

  it('with the package: offline settings, local files only, mean pooling + normalise, dims from config.json', async () => {
    complete('model_quantized.onnx', 4);
    const calls: { task: string; model: string; options: unknown }[] = [];
    const runs: { texts: string[]; options: unknown }[] = [];
    const fake: TransformersModule = {
      env: { allowRemoteModels: true, allowLocalModels: false, localModelPath: '/models/' },
      async pipeline(task, model, options) {
        calls.push({ task, model, options });
        return async (texts, opts) => {
          runs.push({ texts, options: opts });
          return { tolist: () => texts.map((t) => [t.length, 0, 0, 1]) };
        };
      },
    };
    const e = await createEmbedder(cfg(), { loadTransformers: async () => fake, batchSize: 2 });
    expect(e.dimensions).toBe(4);
    expect(e.id).toBe(`transformers:${MODEL}:q8@4`);
    expect(runs).toHaveLength(0);
    expect(fake.env).toEqual({ allowRemoteModels: false, allowLocalModels: true, localModelPath: root + path.sep });
    expect(calls).toEqual([{ task: 'feature-extraction', model: MODEL, options: { local_files_only: true, dtype: 'q8', device: 'cpu' } }]);
    expect(await e.embedDocuments(['a', 'bb', 'ccc'])).toEqual([[1, 0, 0, 1], [2, 0, 0, 1], [3, 0, 0, 1]]);
    expect(runs).toEqual([
      { texts: ['a', 'bb'], options: { pooling: 'mean', normalize: true } },
      { texts: ['ccc'], options: { pooling: 'mean', normalize: true } },
    ]);
    expect(await e.embedQuery('dddd')).toEqual([4, 0, 0, 1]);
  });

  it('full-precision weights are preferred and a vector of the wrong length is refused', async () => {
    complete('model.onnx', 6);
    put('onnx/model_quantized.onnx');
    let dtype = '';
    const fake: TransformersModule = {
      env: { allowRemoteModels: true, allowLocalModels: true, localModelPath: '' },
      async pipeline(_task, _model, options) {
        dtype = options.dtype;
        return async (texts) => ({ tolist: () => texts.map(() => [0.6, 0.8]) });
      },
    };
    const e = await createEmbedder(cfg(), { loadTransformers: async () => fake });
    expect(dtype).toBe('fp32');
    expect(e.id).toBe(`transformers:${MODEL}:fp32@6`);
    await expect(e.embedQuery('x')).rejects.toThrow('got a vector of 2 dimensions, expected 6');
  });
});

describe('embedder settings', () => {
  const load = (env: Record<string, string>) => loadCoreConfig({ CONCORDE_DATA_DIR: 'memory://', ...env });
  const configError = (env: Record<string, string>): ConfigError => {
    try {
      load(env);
    } catch (e) {
      if (e instanceof ConfigError) return e;
      throw e;
    }
    throw new Error('expected a ConfigError');
  };

  it('defaults to the offline concept embedder', async () => {
    expect(load({}).embedder).toEqual({ provider: 'concept' });
    expect(await createEmbedder(load({}).embedder)).toBeInstanceOf(ConceptEmbedder);
  });

  it('each provider lists the settings it lacks', () => {
    expect(configError({ CONCORDE_EMBEDDER: 'ollama' }).message).toMatch(/CONCORDE_EMBEDDER=ollama needs:\n {2}CONCORDE_OLLAMA_MODEL: /);
    expect(configError({ CONCORDE_EMBEDDER: 'openai' }).message).toMatch(/CONCORDE_EMBEDDER=openai needs:\n {2}OPENAI_API_KEY: /);
    expect(configError({ CONCORDE_EMBEDDER: 'transformers' }).message).toMatch(/CONCORDE_EMBEDDER=transformers needs:\n {2}CONCORDE_EMBED_MODEL_DIR: /);
    expect(configError({ CONCORDE_EMBEDDER: 'bert' }).message).toContain('CONCORDE_EMBEDDER');
  });

  it('invalid values are listed together', () => {
    const m = configError({ CONCORDE_EMBEDDER: 'ollama', CONCORDE_OLLAMA_MODEL: 'm', CONCORDE_EMBED_DIMENSIONS: '3072', CONCORDE_OLLAMA_URL: 'not a url' }).message;
    expect(m).toContain('CONCORDE_EMBED_DIMENSIONS');
    expect(m).toContain('2000');
    expect(m).toContain('CONCORDE_OLLAMA_URL');
  });

  it('fills defaults and parses the provider settings', () => {
    expect(load({ CONCORDE_EMBEDDER: 'ollama', CONCORDE_OLLAMA_MODEL: 'bge-m3' }).embedder).toEqual({ provider: 'ollama', url: 'http://127.0.0.1:11434', model: 'bge-m3', dimensions: undefined });
    expect(load({ CONCORDE_EMBEDDER: 'openai', OPENAI_API_KEY: 'sk-1', CONCORDE_EMBED_DIMENSIONS: '512' }).embedder).toEqual({ provider: 'openai', apiKey: 'sk-1', model: 'text-embedding-3-small', baseUrl: undefined, dimensions: 512 });
    // A compatible server may need no key.
    expect(load({ CONCORDE_EMBEDDER: 'openai', CONCORDE_OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1', CONCORDE_OPENAI_MODEL: 'bge' }).embedder).toMatchObject({ provider: 'openai', model: 'bge', baseUrl: 'http://127.0.0.1:8080/v1' });
    expect(load({ CONCORDE_EMBEDDER: 'transformers', CONCORDE_EMBED_MODEL_DIR: 'models' }).embedder).toEqual({ provider: 'transformers', modelDir: path.resolve('models'), model: 'Xenova/paraphrase-multilingual-MiniLM-L12-v2' });
  });
});
