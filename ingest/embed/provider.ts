import { ConceptEmbedder } from './concept-embedder.ts';
import type { Embedder } from './embedder.ts';

export const EMBEDDERS = ['concept'] as const;
export type EmbedderName = (typeof EMBEDDERS)[number];

/**
 * The configured embedder. `concept` (the default) is offline and deterministic: FR/EN
 * concepts from the lexicon, numbers, entities and cognates, hashed into 768 dimensions.
 */
export function createEmbedder(name: EmbedderName): Embedder {
  switch (name) {
    case 'concept':
      return new ConceptEmbedder();
  }
}
