import { builtInLexicon, lexiconIndexFor } from '../align/lexicon.ts';
import { conceptFeatures, DEFAULT_FEATURE_WEIGHTS, type FeatureWeights, type Lexicons } from './concept-features.ts';
import type { Embedder } from './embedder.ts';
import { fnv1a, hashFeatures } from './hashing.ts';

/** Options of the concept embedder; all have defaults. */
export interface ConceptEmbedderOptions {
  /** Vector length (default 768). */
  dimensions?: number;
  /** Feature weights before idf (concept-features.ts). */
  weights?: Partial<FeatureWeights>;
}

/**
 * Bump on any change of the feature code (concept-features.ts, phrases.ts, function-words.ts,
 * cognate-stem.ts): the id then changes and stored vectors get recomputed. Weights, dimension,
 * lexicon files and idf are fingerprinted in the id automatically.
 */
const VERSION = 1;
/** Feature standing for "no feature at all" (empty text, punctuation only): a unit vector all such texts share. */
const EMPTY = '∅';

/**
 * The default, offline and deterministic embedder: each text becomes a bag of language-neutral
 * features (concept-features.ts: lexicon concept ids, multi-word expressions, numbers,
 * entities and acronyms, cognate stems), weighted
 * by sublinear tf x idf, hashed with signs into `dimensions` slots and L2-normalised, so that a
 * French sentence and its English translation get a high cosine.
 *
 * Weighting: without `fit`, every feature has idf 1 and only its kind's weight (function words
 * low, numbers and entities high). `fit(corpus)` learns idf = 1 + ln((N + 1) / (df + 1)) from the
 * texts of the collection (both languages together); unseen features get the highest idf. The
 * fitted table changes the vectors, hence the `id` (it carries a fingerprint of the table).
 * The unfitted default is the better one on short sentences (Tatoeba P@1 0.76 vs 0.73 fitted,
 * bench/embed.bench.ts): idf mutes the function words that short sentences rely on.
 */
export class ConceptEmbedder implements Embedder {
  readonly dimensions: number;
  private readonly weights: FeatureWeights;
  private readonly lex: Lexicons;
  private idf: Map<string, number> | undefined;
  private unseenIdf = 1;
  private fitTag = '';

  constructor(opts: ConceptEmbedderOptions = {}) {
    this.dimensions = opts.dimensions ?? 768;
    if (!Number.isInteger(this.dimensions) || this.dimensions < 16) throw new RangeError(`dimensions must be an integer >= 16, got ${this.dimensions}`);
    this.weights = { ...DEFAULT_FEATURE_WEIGHTS, ...opts.weights };
    // The aligner's cached indexes of corpus/lexicon/*.tsv: building an embedder costs nothing after the first.
    this.lex = { fr: lexiconIndexFor('fr', [], true), en: lexiconIndexFor('en', [], true) };
  }

  /** Provider, version, dimension, lexicon and idf fingerprints: "concept-hash/1@768+lex…". */
  get id(): string {
    const w = fnv1a(JSON.stringify(this.weights)).toString(36);
    return `concept-hash/${VERSION}@${this.dimensions}+lex${lexiconTag()}+w${w}${this.fitTag}`;
  }

  /** Learns idf from a corpus (both languages); returns this. Deterministic for a given corpus. */
  fit(corpus: string[]): this {
    const df = new Map<string, number>();
    for (const t of corpus) for (const k of conceptFeatures(t, this.lex, this.weights).keys()) df.set(k, (df.get(k) ?? 0) + 1);
    const n = corpus.length;
    this.idf = new Map([...df].map(([k, d]) => [k, 1 + Math.log((n + 1) / (d + 1))]));
    this.unseenIdf = 1 + Math.log(n + 1);
    const sig = [...this.idf].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v.toFixed(4)}`).join(';');
    this.fitTag = `+idf${fnv1a(sig).toString(36)}`;
    return this;
  }

  /** Weighted features of one text (for inspection and tests). */
  features(text: string): Map<string, number> {
    const raw = conceptFeatures(text, this.lex, this.weights);
    const out = new Map<string, number>();
    for (const [k, x] of raw) {
      // Sublinear tf: a word repeated five times is not five times the evidence.
      const tf = x > 1 ? 1 + Math.log(x) : x;
      out.set(k, tf * (this.idf ? (this.idf.get(k) ?? this.unseenIdf) : 1));
    }
    if (out.size === 0) out.set(EMPTY, 1);
    return out;
  }

  /** Synchronous embedding of one text. */
  embed(text: string): number[] {
    return hashFeatures(this.features(text), this.dimensions);
  }

  /** One vector per text, in order. */
  embedDocuments(texts: string[]): Promise<number[][]> {
    return Promise.resolve(texts.map((t) => this.embed(t)));
  }

  /** The vector of a query (same space as documents). */
  embedQuery(text: string): Promise<number[]> {
    return Promise.resolve(this.embed(text));
  }
}

let lexTag: string | undefined;
/** Fingerprint of the lexicon files' groups: editing corpus/lexicon invalidates stored vectors. */
function lexiconTag(): string {
  lexTag ??= fnv1a(builtInLexicon().map((g) => `${(g.forms.fr ?? []).join(' ')}\t${(g.forms.en ?? []).join(' ')}`).join('\n')).toString(36);
  return lexTag;
}
