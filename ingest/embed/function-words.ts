import { indexLexicon, type LexiconIndex, parseLexicon } from '../align/lexicon.ts';

/**
 * Function-word groups for the embedder only (CC0, written for Concorde): English contractions
 * are cut by the tokenizer ("don't" -> "don" + "t", "I'm" -> "i" + "m"), so their pieces are
 * grouped with the French words they translate. They are kept out of corpus/lexicon because
 * the sentence aligner reads those files and such frequent keys blur its matching (its
 * TransRead F1 dropped by 0.003 with them). Same format as corpus/lexicon/*.tsv.
 */
const GROUPS = `
ne n pas\tnot t don didn doesn won isn wasn weren couldn wouldn shouldn haven hasn hadn aren cannot
suis\tm am
es sommes êtes sont\tre are
ai as avons avez ont\tve have
c ce ça cela\tit this that s
aujourd hui\ttoday
quiconque\tanybody anyone whoever everybody
quelqu\tsomebody someone something
plus\tanymore longer
`;

/** Group ids start here, apart from the lexicon's (positions in corpus/lexicon). */
const BASE = 1_000_000;
const parsed = parseLexicon(GROUPS);
const cache = new Map<string, LexiconIndex>();

/** Index of the embedder-only function-word groups for one language. */
export function functionWordIndex(lang: 'fr' | 'en'): LexiconIndex {
  let idx = cache.get(lang);
  if (!idx) {
    idx = indexLexicon(parsed, lang, BASE);
    cache.set(lang, idx);
  }
  return idx;
}
