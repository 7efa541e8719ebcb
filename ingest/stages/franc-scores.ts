/**
 * franc's `francAll`, computed the fast way and with identical results. franc scores a text by
 * looking each of its trigrams up in every language model of the text's script (~130 Latin
 * models, one hash lookup per trigram per model); here each script's models are inverted once
 * into trigram → (language, rank) postings, so a text only touches the models that hold its
 * trigrams, in one pass that gives every language's distance; fra and eng alone (the common
 * question) read two rank tables, one lookup per trigram.
 * Distances are integer sums, so the order of summation cannot change them; sorting and
 * normalising repeat franc's own code (stable sort in model order, same float expression).
 * Trigrams are exact 48-bit keys in open-addressing tables of typed arrays: no strings, no
 * boxed numbers, nothing allocated per trigram.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's constants (franc/index.js). */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

export type Scores = [string, number][];

interface ScriptIndex {
  languages: string[];
  position: Map<string, number>;
  /** Positions of fra and eng among `languages`, in model order. */
  fraEng: number[];
  /** For each of those, per table slot: its rank of that trigram, or -1. */
  fraEngRanks: Int16Array[];
  /** Model trigrams (see `TrigramTable`); each slot's postings are `postings[from[slot]..to[slot])`. */
  table: TrigramTable;
  from: Int32Array;
  to: Int32Array;
  /** Flat pairs [languageIndex, rank, languageIndex, rank, …]. */
  postings: Int32Array;
}

/** Three UTF-16 code units as one number (exact: 48 bits). */
const key = (a: number, b: number, c: number): number => a * 4294967296 + b * 65536 + c;

/** A 32-bit hash of three code units (slots are its low bits). */
function hash3(a: number, b: number, c: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ (h >>> 13);
}

/** Open addressing with linear probing over 48-bit keys (-1: empty slot). */
interface TrigramTable {
  keys: Float64Array;
  mask: number;
}

function newTable(entries: number): TrigramTable {
  let size = 16;
  while (size < 2 * entries) size *= 2;
  return { keys: new Float64Array(size).fill(-1), mask: size - 1 };
}

/** The slot holding `k`, or the empty slot where it belongs (then `keys[slot]` is -1). */
function slotOf(t: TrigramTable, k: number, hash: number): number {
  let slot = hash & t.mask;
  for (;;) {
    const at = t.keys[slot]!;
    if (at === k || at === -1) return slot;
    slot = (slot + 1) & t.mask;
  }
}

const ONLY = new Set(['fra', 'eng']);

const indexes = new Map<string, ScriptIndex>();

function scriptIndex(script: string): ScriptIndex | undefined {
  const cached = indexes.get(script);
  if (cached) return cached;
  const models = data[script];
  if (!models) return undefined;
  const languages = Object.keys(models);
  const lists = new Map<string, number[]>();
  languages.forEach((lang, li) => {
    // franc keeps the first rank when a model lists a trigram twice (its "weight--" loop): so do we.
    const own = new Map<string, number>();
    const model = (models[lang] ?? '').split('|');
    for (let w = model.length - 1; w >= 0; w--) {
      const tri = model[w] ?? '';
      // franc looks trigrams up by string: only 3-unit model entries can ever match.
      if (tri.length === 3) own.set(tri, w);
    }
    for (const [tri, rank] of own) {
      const list = lists.get(tri);
      if (list) list.push(li, rank);
      else lists.set(tri, [li, rank]);
    }
  });
  const table = newTable(lists.size);
  const from = new Int32Array(table.keys.length);
  const to = new Int32Array(table.keys.length);
  const postings: number[] = [];
  for (const [tri, list] of lists) {
    const [a, b, c] = [tri.charCodeAt(0), tri.charCodeAt(1), tri.charCodeAt(2)];
    const slot = slotOf(table, key(a, b, c), hash3(a, b, c));
    table.keys[slot] = key(a, b, c);
    from[slot] = postings.length;
    postings.push(...list);
    to[slot] = postings.length;
  }
  const position = new Map(languages.map((lang, li) => [lang, li]));
  const fraEng = languages.flatMap((lang, li) => (ONLY.has(lang) ? [li] : []));
  const fraEngRanks = fraEng.map((li) => {
    const ranks = new Int16Array(table.keys.length).fill(-1);
    for (let slot = 0; slot < ranks.length; slot++) {
      for (let j = from[slot]!; j < to[slot]!; j += 2) if (postings[j] === li) ranks[slot] = postings[j + 1]!;
    }
    return ranks;
  });
  const built = { languages, position, fraEng, fraEngRanks, table, from, to, postings: Int32Array.from(postings) };
  indexes.set(script, built);
  return built;
}

/** A text's distinct trigrams: key, hash and count of each, in `n` entries. */
interface TextTrigrams {
  n: number;
  keys: Float64Array;
  hashes: Int32Array;
  counts: Int32Array;
  /** Where each sits in the scratch table, to empty it for the next text. */
  slots: Int32Array;
}

/** Scratch space of `trigramCounts`, reused from text to text (its result is read before the next call). */
let scratch: { table: TrigramTable; entry: Int32Array; text: TextTrigrams } | undefined;

function scratchFor(trigrams: number): NonNullable<typeof scratch> {
  if (scratch && scratch.text.keys.length >= trigrams) {
    const { table, text } = scratch;
    for (let t = 0; t < text.n; t++) table.keys[text.slots[t]!] = -1;
    text.n = 0;
    return scratch;
  }
  const cap = Math.max(trigrams, MAX_LENGTH + 2);
  const table = newTable(cap);
  scratch = { table, entry: new Int32Array(table.keys.length), text: { n: 0, keys: new Float64Array(cap), hashes: new Int32Array(cap), counts: new Int32Array(cap), slots: new Int32Array(cap) } };
  return scratch;
}

/** trigram-utils' `asTuples` as counts: franc's text cleaning, then every 3-code-unit slice. */
function trigramCounts(value: string): TextTrigrams {
  const cleaned = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const { table, entry, text: out } = scratchFor(cleaned.length);
  let a = cleaned.charCodeAt(0);
  let b = cleaned.charCodeAt(1);
  for (let i = 2; i < cleaned.length; i++) {
    const c = cleaned.charCodeAt(i);
    const k = key(a, b, c);
    const h = hash3(a, b, c);
    const slot = slotOf(table, k, h);
    if (table.keys[slot] === -1) {
      table.keys[slot] = k;
      entry[slot] = out.n;
      out.keys[out.n] = k;
      out.hashes[out.n] = h;
      out.counts[out.n] = 1;
      out.slots[out.n] = slot;
      out.n++;
    } else {
      out.counts[entry[slot]!]!++;
    }
    a = b;
    b = c;
  }
  // The caller may score the text later, after other texts went through the scratch space.
  return { n: out.n, keys: out.keys.slice(0, out.n), hashes: out.hashes.slice(0, out.n), counts: out.counts.slice(0, out.n), slots: out.slots.slice(0, out.n) };
}

/** Per BMP code unit: bit 1 if franc's Latin expression matches it, bit 2 if another script's does. */
let unitScripts: Uint8Array | undefined;

function scriptTable(): Uint8Array {
  if (unitScripts) return unitScripts;
  const latin = new RegExp(expressions['Latin']?.source ?? '[]');
  const other = new RegExp(Object.entries(expressions).filter(([name]) => name !== 'Latin').map(([, re]) => re.source).join('|'));
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const unit = String.fromCharCode(c);
    table[c] = (latin.test(unit) ? 1 : 0) | (other.test(unit) ? 2 : 0);
  }
  unitScripts = table;
  return table;
}

/**
 * franc's script vote for the common case without one match array per script (~30 per text).
 * With no surrogate in the text every match is one code unit, so each other script counts at
 * most the units some other script matches; when Latin counts more than all of those it wins
 * outright, with the share franc computes (same division). Otherwise undefined: franc's loop decides.
 */
function latinTopScript(value: string): [string, number] | undefined {
  const table = scriptTable();
  let latin = 0;
  let others = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    const bits = table[c] ?? 0;
    latin += bits & 1;
    others += bits >> 1;
  }
  return latin > others ? ['Latin', latin / value.length || 0] : undefined;
}

function topScript(value: string): [string | undefined, number] {
  const latin = latinTopScript(value);
  if (latin) return latin;
  let topCount = -1;
  let top: string | undefined;
  for (const [script, re] of Object.entries(expressions)) {
    const count = (value.match(re)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

const und = (): Scores => [['und', 1]];

function normalize(value: string, distances: Scores): Scores {
  const min = distances[0]?.[1] ?? 0;
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
  return distances;
}

/** Lazily computed `francAll(text, { minLength: 1 })` with and without `only: ['fra', 'eng']`. */
export interface FrancScores {
  fraEng(): Scores;
  all(): Scores;
  /** `all()[0][0]`, without sorting every language. */
  best(): string;
  /** The score `all()` gives `lang` (0 when it lists no such language), without sorting every language. */
  scoreInAll(lang: string): number;
}

/** Every language's distance (franc's getDistance) in one pass over the postings of the text's trigrams. */
function distances(index: ScriptIndex, text: TextTrigrams): Int32Array {
  const d = new Int32Array(index.languages.length).fill(MAX_DIFFERENCE * text.n);
  const { table, from, to, postings } = index;
  for (let t = 0; t < text.n; t++) {
    const slot = slotOf(table, text.keys[t]!, text.hashes[t]!);
    if (table.keys[slot] === -1) continue;
    const count = text.counts[t]!;
    for (let j = from[slot]!, end = to[slot]!; j < end; j += 2) {
      const li = postings[j]!;
      d[li] = d[li]! + Math.abs(count - postings[j + 1]! - 1) - MAX_DIFFERENCE;
    }
  }
  return d;
}

/** The distances of fra and eng only (in `index.fraEng` order): one table lookup per trigram. */
function fraEngDistances(index: ScriptIndex, text: TextTrigrams): number[] {
  const d = index.fraEng.map(() => MAX_DIFFERENCE * text.n);
  const { table } = index;
  for (let t = 0; t < text.n; t++) {
    const slot = slotOf(table, text.keys[t]!, text.hashes[t]!);
    if (table.keys[slot] === -1) continue;
    const count = text.counts[t]!;
    for (let i = 0; i < d.length; i++) {
      const rank = index.fraEngRanks[i]![slot]!;
      if (rank >= 0) d[i] = d[i]! + Math.abs(count - rank - 1) - MAX_DIFFERENCE;
    }
  }
  return d;
}

const UND: FrancScores = { fraEng: und, all: und, best: () => 'und', scoreInAll: (lang) => (lang === 'und' ? 1 : 0) };

/**
 * franc's scores of `text`, each computed when first asked for. (`_wholeScript` no longer
 * changes anything; it stays so that existing callers compile.)
 */
export function francScores(text: string, _wholeScript = false): FrancScores {
  if (!text) return UND;
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const index = script === undefined ? undefined : scriptIndex(script);
  if (!index) {
    // One language for the script (or none): franc answers without trigrams.
    if (!script || share === 0) return UND;
    return { fraEng: und, all: () => [[script, 1]], best: () => script, scoreInAll: (lang) => (lang === script ? 1 : 0) };
  }
  let counted: TextTrigrams | undefined;
  const trigrams = () => (counted ??= trigramCounts(value));
  let computed: { d: Int32Array; min: number; best: number } | undefined;
  const get = () => {
    if (computed) return computed;
    const d = distances(index, trigrams());
    let best = 0;
    for (let li = 1; li < d.length; li++) if (d[li]! < d[best]!) best = li;
    computed = { d, min: d[best] ?? 0, best };
    return computed;
  };
  /** normalize()'s expression for one distance. */
  const normalized = (li: number): number => {
    const { d, min } = get();
    return 1 - (d[li]! - min) / (value.length * MAX_DIFFERENCE - min) || 0;
  };
  /** franc's sort (stable: ties stay in model order) and normalisation of some languages' distances. */
  const sorted = (lis: number[], distance: (at: number) => number): Scores => {
    const list: Scores = lis.map((li, at) => [index.languages[li]!, distance(at)]);
    return list.length === 0 ? und() : normalize(value, list.sort((a, b) => a[1] - b[1]));
  };
  return {
    fraEng: () => {
      const d = computed ? index.fraEng.map((li) => computed!.d[li]!) : fraEngDistances(index, trigrams());
      return sorted(index.fraEng, (at) => d[at]!);
    },
    all: () => {
      const { d } = get();
      return sorted(index.languages.map((_, li) => li), (li) => d[li]!);
    },
    best: () => index.languages[get().best] ?? 'und',
    scoreInAll: (lang) => {
      const li = index.position.get(lang);
      return li === undefined ? 0 : normalized(li);
    },
  };
}
