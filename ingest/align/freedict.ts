import fs from 'node:fs';
import zlib from 'node:zlib';
import { tokenize } from './tokenize.ts';
import type { LexiconGroup } from './types.ts';

/** Where Debian's dict-freedict-fra-eng and dict-freedict-eng-fra packages install their data. */
export const FREEDICT_DIR = '/usr/share/dictd';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** dictd's index numbers: base64 digits, most significant first. */
const b64 = (s: string): number => [...s].reduce((acc, c) => acc * 64 + B64.indexOf(c), 0);

/** Single-word translations of one dictd entry body ("1. cede, give in, yield"). */
function translations(body: string): string[] {
  const out: string[] = [];
  for (const line of body.split('\n').slice(1)) {
    for (const part of line.replace(/^\s*\d+\.\s*/, '').split(/[,;]/)) {
      const w = part.trim();
      const toks = tokenize(w);
      if (toks.length === 1 && toks[0]?.kind === 'word' && toks[0].raw === w) out.push(w);
    }
  }
  return out;
}

/** Reads one FreeDict database (index + gzip-compatible .dict.dz) as lexicon groups. */
export function readDictd(base: string, headLang: string, bodyLang: string): LexiconGroup[] {
  const index = fs.readFileSync(`${base}.index`, 'utf8');
  const data = zlib.gunzipSync(fs.readFileSync(`${base}.dict.dz`));
  const groups: LexiconGroup[] = [];
  for (const line of index.split('\n')) {
    const [head, off, len] = line.split('\t');
    if (!head || off === undefined || len === undefined || head.startsWith('00database')) continue;
    const toks = tokenize(head);
    if (toks.length !== 1 || toks[0]?.kind !== 'word') continue;
    const body = data.subarray(b64(off), b64(off) + b64(len)).toString('utf8');
    const tr = translations(body);
    if (tr.length > 0) groups.push({ forms: { [headLang]: [toks[0].raw], [bodyLang]: tr } });
  }
  return groups;
}

/**
 * FreeDict's French-English and English-French dictionaries (GPL, Debian packages
 * dict-freedict-fra-eng / dict-freedict-eng-fra) as lexicon groups, read from the system at
 * run time when installed; an empty list otherwise. Nothing of them is stored in this repository.
 */
export function loadFreeDict(dir = FREEDICT_DIR): LexiconGroup[] {
  const out: LexiconGroup[] = [];
  for (const [name, head, body] of [['freedict-fra-eng', 'fr', 'en'], ['freedict-eng-fra', 'en', 'fr']] as const) {
    const base = `${dir}/${name}`;
    if (fs.existsSync(`${base}.index`) && fs.existsSync(`${base}.dict.dz`)) out.push(...readDictd(base, head, body));
  }
  return out;
}
