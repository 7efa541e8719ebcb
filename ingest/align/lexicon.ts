import fs from 'node:fs';
import { normalizeWord } from './tokenize.ts';
import type { LexiconGroup } from './types.ts';

/** Column order of corpus/lexicon/*.tsv files: French, English, then optionally German. */
const COLUMNS = ['fr', 'en', 'de'] as const;

/**
 * Parses a lexicon: one group of translations per line, columns separated by a tab, forms
 * inside a column by spaces ("maison maisons<TAB>house houses home"). "#" starts a comment.
 */
export function parseLexicon(text: string, columns: readonly string[] = COLUMNS): LexiconGroup[] {
  const groups: LexiconGroup[] = [];
  for (const line of text.split('\n')) {
    const body = line.replace(/#.*/, '').trimEnd();
    if (body.trim() === '') continue;
    const cols = body.split('\t');
    const forms: Record<string, string[]> = {};
    let filled = 0;
    cols.forEach((c, k) => {
      const lang = columns[k];
      const ws = c.split(/\s+/).filter((w) => w !== '');
      if (lang && ws.length > 0) {
        forms[lang] = ws;
        filled++;
      }
    });
    if (filled >= 2) groups.push({ forms });
  }
  return groups;
}

let builtIn: LexiconGroup[] | undefined;
/** The FR-EN(-DE) lexicon shipped in corpus/lexicon (CC0), read once. */
export function builtInLexicon(): LexiconGroup[] {
  if (!builtIn) {
    const dir = new URL('../../corpus/lexicon/', import.meta.url);
    builtIn = [];
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.tsv')).sort()) {
      builtIn.push(...parseLexicon(fs.readFileSync(new URL(f, dir), 'utf8')));
    }
  }
  return builtIn;
}

/** Inflection endings stripped before a stem look-up, longest first. */
const ENDINGS: Record<string, string[]> = {
  fr: ['eraient', 'issaient', 'issions', 'issons', 'issiez', 'issent', 'issait', 'issais', 'issant', 'aient', 'erait', 'erais', 'erons',
    'eront', 'erent', 'irent', 'ions', 'iez', 'ons', 'ent', 'ait', 'ais', 'ant', 'era', 'ees', 'ee', 'es', 'ez', 'er', 'ir', 're',
    'ai', 'as', 'is', 'it', 'us', 'ue', 'ues', 'e', 's', 'x', 'a', 'i', 'u'],
  en: ['ings', 'ing', 'ies', 'ied', 'ed', 'es', 'er', 'est', 'ly', 's'],
  de: ['ern', 'en', 'er', 'es', 'em', 'est', 'ten', 'te', 'st', 'et', 'e', 'n', 's', 't'],
};

const endingsOf = (lang: string): string[] => (Object.hasOwn(ENDINGS, lang) ? (ENDINGS[lang] as string[]) : []);

/** Stems under which a dictionary form is also filed ("parler" -> "parl", "love" -> "lov"). */
function stemsOf(form: string, lang: string): string[] {
  const out: string[] = [];
  for (const e of endingsOf(lang)) {
    if (form.endsWith(e) && form.length - e.length >= 3) {
      out.push(form.slice(0, -e.length));
      break;
    }
  }
  if (lang === 'en' && form.endsWith('y') && form.length >= 4) out.push(form.slice(0, -1) + 'i');
  return out;
}

/** Look-up tables of one language: exact forms and stems to group ids. */
export interface LexiconIndex {
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
  lang: string;
}

const add = (m: Map<string, number[]>, k: string, id: number): void => {
  const l = m.get(k);
  if (!l) m.set(k, [id]);
  else if (!l.includes(id)) l.push(id);
};

/** Builds the index of one language's forms; group ids are positions in `groups` plus `base`. */
export function indexLexicon(groups: LexiconGroup[], lang: string, base = 0): LexiconIndex {
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  groups.forEach((g, id) => {
    for (const f of g.forms[lang] ?? []) {
      const n = normalizeWord(f);
      add(exact, n, base + id);
      for (const s of stemsOf(n, lang)) add(stems, s, base + id);
    }
  });
  return { exact, stems, lang };
}

/** Group ids of a normalised word: exact form first, then after stripping an ending. */
export function lookup(idx: LexiconIndex, norm: string): number[] {
  const hit = idx.exact.get(norm);
  if (hit) return hit;
  for (const e of endingsOf(idx.lang)) {
    if (!norm.endsWith(e) || norm.length - e.length < 3) continue;
    let stem = norm.slice(0, -e.length);
    const found = idx.exact.get(stem) ?? idx.stems.get(stem);
    if (found) return found;
    // "stopped" -> "stopp" -> "stop"
    if (stem.length >= 4 && stem[stem.length - 1] === stem[stem.length - 2]) {
      stem = stem.slice(0, -1);
      const f2 = idx.exact.get(stem) ?? idx.stems.get(stem);
      if (f2) return f2;
    }
  }
  return [];
}

const builtInCache = new Map<string, LexiconIndex>();
const extraCache = new WeakMap<LexiconGroup[], Map<string, LexiconIndex>>();

/**
 * The lexicon index of one language: the built-in lexicon and/or `extra` groups (FreeDict).
 * Indexes are cached per language and per `extra` list. Undefined when nothing covers `lang`.
 */
export function lexiconIndexFor(lang: string | undefined, extra: LexiconGroup[], useBuiltIn: boolean): LexiconIndex | undefined {
  if (!lang) return undefined;
  let idx: LexiconIndex | undefined;
  if (extra.length === 0) {
    if (!useBuiltIn) return undefined;
    idx = builtInCache.get(lang);
    if (!idx) {
      idx = indexLexicon(builtInLexicon(), lang);
      builtInCache.set(lang, idx);
    }
  } else {
    let perLang = extraCache.get(extra);
    if (!perLang) {
      perLang = new Map();
      extraCache.set(extra, perLang);
    }
    const key = `${lang}:${useBuiltIn}`;
    idx = perLang.get(key);
    if (!idx) {
      idx = indexLexicon([...(useBuiltIn ? builtInLexicon() : []), ...extra], lang);
      perLang.set(key, idx);
    }
  }
  return idx.exact.size > 0 ? idx : undefined;
}
