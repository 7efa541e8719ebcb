import fs from 'node:fs';
import { z } from 'zod';
import { EntityKind } from '../model.ts';

/** One entry of corpus/glossary/*.json: an organisation, coalition, mission, programme or person. */
/** A name the matcher can find: words joined by spaces, hyphens, apostrophes, "&" or an abbreviation's dot, never commas or brackets. */
const Name = z.string().min(1).regex(/^[^,;:()[\]{}"«»“”!?]+$/u, 'a name cannot contain , ; : brackets or quotes (the matcher never finds it)');

export const GlossaryEntry = z.object({
  id: z.string().regex(/^[a-z]+:[A-Za-z0-9][A-Za-z0-9-]*$/, 'id must look like "org:nato"'),
  kind: EntityKind,
  names: z.object({ fr: Name, en: Name }),
  aliases: z.array(Name),
  members: z.array(z.string()).optional(),
  /** People: the country they govern or speak for ("l'administration Trump" is the United States). */
  country: z.string().regex(/^country:[A-Z]{2}$/).optional(),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

const GlossaryFile = z.object({ entries: z.array(z.unknown()) });

/** Thrown when a glossary file does not validate; the message names the file and the entry. */
export class GlossaryError extends Error {}

/**
 * Parses a glossary file's JSON text. Each entry is validated on its own so that the error names
 * it ("organisations.json entry 12 (org:foo): kind: …"); ids must be unique.
 */
export function parseGlossary(json: string, file: string): GlossaryEntry[] {
  const top = GlossaryFile.safeParse(JSON.parse(json));
  if (!top.success) throw new GlossaryError(`${file}: expected {"entries": [...]}: ${z.prettifyError(top.error)}`);
  const seen = new Set<string>();
  return top.data.entries.map((raw, i) => {
    const r = GlossaryEntry.safeParse(raw);
    const label = typeof raw === 'object' && raw !== null && 'id' in raw ? ` (${String(raw.id)})` : '';
    if (!r.success) throw new GlossaryError(`${file} entry ${i}${label}: ${z.prettifyError(r.error)}`);
    if (seen.has(r.data.id)) throw new GlossaryError(`${file} entry ${i}${label}: duplicate id`);
    seen.add(r.data.id);
    return r.data;
  });
}

const FILES = ['organisations.json', 'people.json'];

let cached: GlossaryEntry[] | undefined;
/** The glossary shipped in corpus/glossary (CC0), read and validated once. */
export function builtInGlossary(): GlossaryEntry[] {
  if (!cached) {
    const dir = new URL('../../../corpus/glossary/', import.meta.url);
    cached = FILES.flatMap((f) => parseGlossary(fs.readFileSync(new URL(f, dir), 'utf8'), f));
  }
  return cached;
}
