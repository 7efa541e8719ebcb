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

/** Reads one sentence per line (a trailing newline adds no line). */
function readLines(f: string): string[] {
  const lines = fs.readFileSync(f, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Language from a ".fr", ".en" or ".de" extension. */
function extLang(f: string): string | undefined {
  const e = path.extname(f).slice(1).toLowerCase();
  return ['fr', 'en', 'de'].includes(e) ? e : undefined;
}

export interface AlignLinesOptions {
  srcLang?: string | undefined;
  tgtLang?: string | undefined;
  confidence?: boolean;
  baseline?: boolean;
  learn?: boolean;
  freedict?: boolean;
}

/** Aligns two one-sentence-per-line files; returns the links in Vecalign format. */
export function alignLineFiles(srcFile: string, tgtFile: string, o: AlignLinesOptions = {}): string {
  const opts: AlignOptions = { lexical: !o.baseline, learn: o.learn ?? true };
  if (o.freedict) opts.extraLexicon = loadFreeDict();
  const links = alignTexts(readLines(srcFile), readLines(tgtFile), o.srcLang ?? extLang(srcFile), o.tgtLang ?? extLang(tgtFile), opts);
  return formatLinks(links, o.confidence ?? false);
}

function main(args: string[]): void {
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
  process.stdout.write(
    alignLineFiles(srcFile, tgtFile, {
      srcLang: value('--src-lang'),
      tgtLang: value('--tgt-lang'),
      confidence: flag('--confidence'),
      baseline: flag('--baseline'),
      learn: !flag('--no-learn'),
      freedict: flag('--freedict'),
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
