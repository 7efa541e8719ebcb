/**
 * Aligns two files holding one sentence per line and prints the links in Vecalign format,
 * one per line ("[0, 1]:[2]", "[7]:[]").
 *
 *   node --import tsx ingest/align-lines.ts <src> <tgt> [--src-lang fr] [--tgt-lang en]
 *        [--confidence] [--baseline] [--no-learn] [--freedict]
 *
 * Languages default to the file extension (".fr", ".en", ".de") or are guessed from the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { alignTexts } from './align/align.ts';
import { formatLinks } from './align/format.ts';
import { loadFreeDict } from './align/freedict.ts';
import type { AlignOptions } from './align/types.ts';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const value = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const files = args.filter((a, k) => !a.startsWith('--') && !['--src-lang', '--tgt-lang'].includes(args[k - 1] ?? ''));
if (files.length !== 2) {
  process.stderr.write('usage: align-lines.ts <src> <tgt> [--src-lang L] [--tgt-lang L] [--confidence] [--baseline] [--no-learn] [--freedict]\n');
  process.exit(2);
}
const [srcFile, tgtFile] = files as [string, string];
const readLines = (f: string): string[] => {
  const lines = fs.readFileSync(f, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};
const extLang = (f: string): string | undefined => {
  const e = path.extname(f).slice(1).toLowerCase();
  return ['fr', 'en', 'de'].includes(e) ? e : undefined;
};
const srcLang = value('--src-lang') ?? extLang(srcFile);
const tgtLang = value('--tgt-lang') ?? extLang(tgtFile);
const opts: AlignOptions = { lexical: !flag('--baseline'), learn: !flag('--no-learn') };
if (flag('--freedict')) opts.extraLexicon = loadFreeDict();
const links = alignTexts(readLines(srcFile), readLines(tgtFile), srcLang, tgtLang, opts);
process.stdout.write(formatLinks(links, flag('--confidence')));
