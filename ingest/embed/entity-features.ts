import type { Token } from '../align/tokenize.ts';
import { ENTITIES, entitiesOf, MAX_FORM_WORDS } from '../translation/entities.ts';

/** First words of the entity table's forms: most tokens start no entity, and `entitiesOf` is costly. */
const ENTITY_STARTS = new Set(ENTITIES.flatMap((e) => [...e.acronyms, ...e.folded.map((f) => f.split(' ')[0] ?? '')]));
const mayStartEntity = (t: Token): boolean =>
  ENTITY_STARTS.has(t.raw) || ENTITY_STARTS.has(t.norm) || ['s', 'e', 'es', 'ne', 'nes'].some((c) => t.norm.endsWith(c) && ENTITY_STARTS.has(t.norm.slice(0, -c.length)));

/** Entities of translation/entities.ts (exonyms, acronyms) found as phrases of up to MAX_FORM_WORDS words. */
export function tableEntities(toks: Token[]): string[] {
  const out: string[] = [];
  const words = toks.filter((t) => t.kind === 'word');
  for (let i = 0; i < words.length; i++) {
    if (!mayStartEntity(words[i] as Token)) continue;
    let phrase = '';
    for (let k = 0; k < MAX_FORM_WORDS && i + k < words.length; k++) {
      phrase = k === 0 ? (words[i] as Token).raw : `${phrase} ${(words[i + k] as Token).raw}`;
      for (const e of entitiesOf(phrase)) out.push(`T${e.id}`);
    }
  }
  return out;
}
