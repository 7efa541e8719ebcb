import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DocMeta } from './model/document.ts';

export const ManifestEntry = DocMeta.extend({
  /** Path of the primary file, relative to the corpus folder. */
  file: z.string().min(1),
  /** Reference text (tests only), relative to the corpus folder. */
  reference: z.string().min(1).optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({ documents: z.array(ManifestEntry).min(1) });
export type Manifest = z.infer<typeof Manifest>;

/** Reads and validates `manifest.json` in a corpus folder. */
export function loadManifest(corpusDir: string): Manifest {
  const file = path.join(corpusDir, 'manifest.json');
  const parsed = Manifest.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is invalid: ${parsed.error.message}`);
  for (const d of parsed.data.documents) {
    if (!fs.existsSync(path.join(corpusDir, d.file))) throw new Error(`${file} lists ${d.file}, which does not exist`);
  }
  return parsed.data;
}

/** The manifest entry's metadata, without the file fields. */
export function entryMeta(e: ManifestEntry): DocMeta {
  const { file: _file, reference: _ref, ...meta } = e;
  return meta;
}
