import { entityKeys } from './acronyms.ts';
import { cognateKeys } from './cognates.ts';
import { lookup, type LexiconIndex } from './lexicon.ts';
import { numberKeys } from './numbers.ts';
import { STOPWORDS } from './stopwords.ts';
import { tokenize } from './tokenize.ts';

/** Interns feature strings ("n:75000", "c:secur") as dense integer ids shared by both sides. */
export class KeyTable {
  readonly ids = new Map<string, number>();
  id(key: string): number {
    let k = this.ids.get(key);
    if (k === undefined) {
      k = this.ids.size;
      this.ids.set(key, k);
    }
    return k;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** Features of one side of a bitext. */
export interface SideFeatures {
  /** Per unit: sorted distinct key ids that a translation may share. */
  keys: Int32Array[];
  /** Per unit: distinct content-word ids (for the learnt dictionary). */
  words: Int32Array[];
  /** Per unit: length in characters. */
  lens: Float64Array;
  /** Content-word id -> normalised word. */
  vocab: string[];
  /** Content-word id -> the keys the word itself yields (cognate shapes, lexicon groups). */
  vocabKeys: Int32Array[];
}

const PUNCT: Record<string, string> = { '?': '?', '!': '!', ':': ':', ';': ';', '(': '(', ')': '(' };
const QUOTES = '«»"“”„‚‘';
const ALL_STOP = new Set([...STOPWORDS.fr, ...STOPWORDS.en, ...STOPWORDS.de]);

/**
 * Extracts the lexical evidence of each unit: numbers, names and acronyms, cognate shapes,
 * lexicon groups, telling punctuation. `lex` is the lexicon index of this side's language.
 */
export function extractSide(texts: string[], lang: string | undefined, table: KeyTable, lex: LexiconIndex | undefined): SideFeatures {
  const stop = lang === 'fr' || lang === 'en' || lang === 'de' ? STOPWORDS[lang] : ALL_STOP;
  const cache = new Map<string, WordInfo>();
  const vocab: string[] = [];
  const vocabKeys: Int32Array[] = [];
  const keys: Int32Array[] = [];
  const words: Int32Array[] = [];
  const lens = new Float64Array(texts.length);
  const scratch = { buf: new Int32Array(256) };
  const punctKeys = new Map<string, number>();
  for (const [ch, p] of Object.entries(PUNCT)) punctKeys.set(ch, table.id(`p:${p}`));
  for (const q of QUOTES) punctKeys.set(q, table.id('p:q'));
  const info = (norm: string): WordInfo => {
    let wi = cache.get(norm);
    if (!wi) {
      const wk: number[] = [];
      const isStop = stop.has(norm);
      for (const key of wordKeyStrings(norm, isStop, lex)) wk.push(table.id(key));
      let vid = -1;
      if (!isStop && norm.length >= 2) {
        vid = vocab.length;
        vocab.push(norm);
        vocabKeys.push(Int32Array.from(wk));
      }
      wi = { keys: wk, vocabId: vid, identity: -1 };
      cache.set(norm, wi);
    }
    return wi;
  };
  texts.forEach((text, u) => {
    lens[u] = text.length;
    const toks = tokenize(text);
    const ks: number[] = [];
    const ws: number[] = [];
    for (const t of toks) {
      if (t.kind === 'punct') {
        const p = punctKeys.get(t.raw);
        if (p !== undefined) ks.push(p);
        continue;
      }
      if (t.kind !== 'word') continue;
      const wi = info(t.norm);
      for (const k of wi.keys) ks.push(k);
      if (t.cap && t.norm.length >= 2 && !(t.initial && ALL_STOP.has(t.norm))) {
        if (wi.identity < 0) wi.identity = table.id(`i:${t.norm}`);
        ks.push(wi.identity);
      }
      if (wi.vocabId >= 0) ws.push(wi.vocabId);
    }
    for (const n of numberKeys(toks)) ks.push(table.id(`n:${n}`));
    for (const e of entityKeys(toks)) ks.push(table.id(`e:${e}`));
    keys.push(sortedUnique(ks, scratch));
    words.push(sortedUnique(ws, scratch));
  });
  return { keys, words, lens, vocab, vocabKeys };
}

/**
 * Key strings of a word (cognate shapes, lexicon groups), cached across calls: deriving them
 * costs more than the rest of the feature extraction, and words repeat across documents.
 */
const WORD_KEYS = new Map<string, string[]>();
const lexIds = new WeakMap<LexiconIndex, number>();
function wordKeyStrings(norm: string, isStop: boolean, lex: LexiconIndex | undefined): string[] {
  let lid = lex ? lexIds.get(lex) : 0;
  if (lex && lid === undefined) {
    lid = lexIds.get(lex) ?? nextLexId++;
    lexIds.set(lex, lid);
  }
  const ck = `${lid}|${isStop ? 1 : 0}|${norm}`;
  let keys = WORD_KEYS.get(ck);
  if (!keys) {
    keys = [];
    if (!isStop) for (const c of cognateKeys(norm)) keys.push(`c:${c}`);
    // A word listed under many groups (a frequent word in a big dictionary) would flood the unit with keys.
    if (lex) for (const g of lookup(lex, norm).slice(0, MAX_GROUPS)) keys.push(`x:${g}`);
    if (WORD_KEYS.size > 300_000) WORD_KEYS.clear();
    WORD_KEYS.set(ck, keys);
  }
  return keys;
}
let nextLexId = 1;
const MAX_GROUPS = 4;

interface WordInfo {
  keys: number[];
  vocabId: number;
  identity: number;
}

/** Sorted distinct copy of `xs`, by insertion sort in a reused buffer (units hold few keys). */
function sortedUnique(xs: number[], scratch: { buf: Int32Array }): Int32Array {
  if (xs.length > 24) {
    const a = Int32Array.from(xs).sort();
    let w = 0;
    for (let r = 0; r < a.length; r++) if (w === 0 || a[r] !== a[w - 1]) a[w++] = a[r] as number;
    return a.slice(0, w);
  }
  if (scratch.buf.length < xs.length) scratch.buf = new Int32Array(xs.length * 2);
  const a = scratch.buf;
  let len = 0;
  for (let r = 0; r < xs.length; r++) {
    const x = xs[r] as number;
    let p = len;
    while (p > 0 && (a[p - 1] as number) > x) p--;
    if (p > 0 && a[p - 1] === x) continue;
    for (let q = len; q > p; q--) a[q] = a[q - 1] as number;
    a[p] = x;
    len++;
  }
  return a.slice(0, len);
}

/** The sides of the length-only baseline: lengths, no keys, no words. */
export function lengthsOnly(texts: string[]): SideFeatures {
  const none = new Int32Array(0);
  return { keys: texts.map(() => none), words: texts.map(() => none), lens: Float64Array.from(texts, (t) => t.length), vocab: [], vocabKeys: [] };
}
