import type { EntityKind } from '../model.ts';
import { matchAt, nameIndex } from './name-index.ts';
import type { Token } from './tokens.ts';

/** A known entity's name found in a text (word indices and character offsets). */
export interface KnownMatch {
  start: number;
  end: number;
  firstWord: number;
  words: number;
  entityId: string;
  kind: EntityKind;
  demonym: boolean;
}

/**
 * Every name of the registry found in `text`, longest first and without overlaps: "États membres
 * de l'UE" wins over "UE", "Royaume-Uni" is one match. Of two readings of the same words, a name
 * wins over a demonym ("Suisse" the country, "suisse" the adjective).
 */
export function findKnown(text: string, toks: readonly Token[]): KnownMatch[] {
  const idx = nameIndex();
  const candidates: KnownMatch[] = [];
  toks.forEach((tok, i) => {
    for (const form of idx.get(tok.folded) ?? []) {
      const n = matchAt(text, toks, i, form);
      if (n === 0) continue;
      candidates.push({ start: tok.start, end: toks[i + n - 1]!.end, firstWord: i, words: n, entityId: form.entityId, kind: form.kind, demonym: form.demonym });
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || Number(a.demonym) - Number(b.demonym));
  const taken = new Uint8Array(toks.length);
  const chosen: KnownMatch[] = [];
  for (const c of candidates) {
    let free = true;
    for (let k = c.firstWord; k < c.firstWord + c.words; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, c.firstWord, c.firstWord + c.words);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
