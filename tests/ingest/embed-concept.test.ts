import { Embeddings, type EmbeddingsInterface } from '@langchain/core/embeddings';
import { describe, expect, it } from 'vitest';
import { cognateStem } from '../../ingest/embed/cognate-stem.ts';
import { ConceptEmbedder } from '../../ingest/embed/concept-embedder.ts';
import { LangchainEmbedderAdapter } from '../../ingest/embed/embedder.ts';
import { cosine } from '../../ingest/embed/hashing.ts';

const embedder = new ConceptEmbedder();
const norm = (v: number[]): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

// Hand-written translations (each French sentence and its English version).
const PAIRS: [string, string][] = [
  ['Les soldats ukrainiens ont été formés en Pologne.', 'Ukrainian soldiers were trained in Poland.'],
  ["L'OTAN a livré 75 000 obus à l'Ukraine en 2024.", 'NATO delivered 75,000 shells to Ukraine in 2024.'],
  ['La sécurité européenne dépend de la coopération entre les États membres.', 'European security depends on cooperation between member states.'],
  ['Le chat dort sur le lit de ma sœur.', "The cat is sleeping on my sister's bed."],
  ["Tout le monde est parti à vingt-quatre heures.", 'Everyone left at twenty-four hours.'],
  ["Je n'ai pas le temps de lire ce livre aujourd'hui.", "I don't have time to read this book today."],
];

describe('ConceptEmbedder', () => {
  it('returns unit vectors of the announced dimension', async () => {
    const vs = await embedder.embedDocuments(PAIRS.flat());
    expect(embedder.dimensions).toBe(768);
    for (const v of vs) {
      expect(v).toHaveLength(768);
      expect(norm(v)).toBeCloseTo(1, 9);
    }
    const small = new ConceptEmbedder({ dimensions: 64 });
    expect(await small.embedQuery('Bonjour')).toHaveLength(64);
    expect(() => new ConceptEmbedder({ dimensions: 3 })).toThrow(RangeError);
  });

  it('is deterministic across calls and instances', async () => {
    const a = await embedder.embedDocuments(PAIRS.map((p) => p[0]));
    const b = await new ConceptEmbedder().embedDocuments(PAIRS.map((p) => p[0]));
    expect(a).toEqual(b);
    expect(await embedder.embedQuery(PAIRS[0]![0])).toEqual(a[0]);
  });

  it('puts each translation closer than any other sentence of the other language', () => {
    const fr = PAIRS.map((p) => embedder.embed(p[0]));
    const en = PAIRS.map((p) => embedder.embed(p[1]));
    fr.forEach((f, i) => {
      const own = cosine(f, en[i]!);
      expect(own, PAIRS[i]![0]).toBeGreaterThan(0.3);
      en.forEach((e, j) => {
        if (j !== i) expect(cosine(f, e), `${PAIRS[i]![0]} vs ${PAIRS[j]![1]}`).toBeLessThan(own);
      });
    });
  });

  it('shares concept features across languages: lexicon, lemmas, numbers, acronyms', () => {
    const keys = (t: string) => new Set(embedder.features(t).keys());
    const shared = (a: string, b: string) => [...keys(a)].filter((k) => keys(b).has(k));
    expect(shared('soldats', 'soldiers').length).toBeGreaterThan(0);
    expect(shared('formés', 'trained').length).toBeGreaterThan(0);
    expect(shared('ukrainiens', 'Ukrainian').length).toBeGreaterThan(0);
    expect(shared('OTAN', 'NATO').length).toBeGreaterThan(0);
    expect(shared('75 000', '75,000')).toContain('n:75000');
    expect(shared('vingt-quatre', '24')).toContain('n:24');
    expect(shared('chat', 'dog')).toEqual([]);
  });

  it('reads multi-word expressions, English -ed/-ing forms and future/conditional', () => {
    const keys = (t: string) => new Set(embedder.features(t).keys());
    const shared = (a: string, b: string) => [...keys(a)].filter((k) => keys(b).has(k));
    // "tout le monde" is everyone, and its "monde" is then not "world".
    expect(shared('tout le monde', 'everyone').length).toBeGreaterThan(0);
    expect(shared('tout le monde', 'the world')).toEqual([]);
    expect(shared('le monde', 'the world').length).toBeGreaterThan(0);
    // "liked" and "driving" drop the "e" of like/drive.
    expect(shared('Il a aimé', 'He liked').length).toBeGreaterThan(0);
    expect(shared('Elle conduit', 'She is driving').length).toBeGreaterThan(0);
    expect(shared('Il viendra', 'He will come')).toContain('m:fut');
    expect(shared('Il viendrait', 'He would come')).toContain('m:cond');
    expect(shared('Il viendrait', 'He will come')).not.toContain('m:fut');
  });

  it('folds French and English suffixes to one cognate stem', () => {
    expect(cognateStem('securite', 'fr')).toBe(cognateStem('security', 'en'));
    expect(cognateStem('politiques', 'fr')).toBe(cognateStem('politics', 'en'));
    expect(cognateStem('dangereuses', 'fr')).toBe(cognateStem('dangerous', 'en'));
    expect(cognateStem('ukrainiennes', 'fr')).toBe(cognateStem('ukrainian', 'en'));
    expect(cognateStem('actives', 'fr')).toBe(cognateStem('active', 'en'));
    expect(cognateStem('securite', 'fr')).not.toBe(cognateStem('society', 'en'));
  });

  it('maps empty and featureless texts to one shared unit vector', async () => {
    const [empty, blank, punct] = await embedder.embedDocuments(['', '   ', '?!']);
    expect(norm(empty!)).toBeCloseTo(1, 9);
    expect(blank).toEqual(empty);
    expect(punct).toEqual(empty);
    expect(cosine(empty!, embedder.embed('La paix'))).toBeLessThan(0.5);
    expect(await embedder.embedDocuments([])).toEqual([]);
  });

  it('changes its id when fitted, and fitting changes the weights', () => {
    const e = new ConceptEmbedder();
    const before = e.id;
    expect(before).toMatch(/^concept-hash\/\d+@768\+lex/);
    const text = 'la paix et la guerre';
    const v0 = e.embed(text);
    e.fit(['la paix', 'la guerre', 'la guerre froide', 'la paix durable']);
    expect(e.id).not.toBe(before);
    expect(e.embed(text)).not.toEqual(v0);
    expect(new ConceptEmbedder({ dimensions: 512 }).id).not.toBe(before);
  });
});

describe('LangchainEmbedderAdapter', () => {
  it('is a LangChain Embeddings that delegates to the embedder', async () => {
    const adapter = new LangchainEmbedderAdapter(embedder, { maxConcurrency: 2 });
    expect(adapter).toBeInstanceOf(Embeddings);
    const docs = await adapter.embedDocuments([PAIRS[0]![0], PAIRS[0]![1]]);
    expect(docs).toEqual(await embedder.embedDocuments([PAIRS[0]![0], PAIRS[0]![1]]));
    expect(await adapter.embedQuery('NATO')).toEqual(embedder.embed('NATO'));
    // Usable wherever LangChain takes embeddings, with the AsyncCaller options honoured.
    const iface: EmbeddingsInterface = adapter;
    expect(await iface.embedQuery('')).toHaveLength(768);
    expect(adapter.embedder.id).toBe(embedder.id);
  });
});
