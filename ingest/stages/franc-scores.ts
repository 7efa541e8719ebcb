/**
 * franc's `francAll`, computed the fast way and with identical results. franc scores a text by
 * looking each of its trigrams up in every language model of the text's script (~130 Latin
 * models, one hash lookup per trigram per model); here each script's models are inverted once
 * into trigram → (language, rank) postings, so a text only touches the models that hold its
 * trigrams, in one pass that gives every language's distance; fra and eng alone (the common
 * question) read one small rank table, one lookup per trigram.
 * Distances are integer sums, so the order of summation cannot change them; sorting and
 * normalising repeat franc's own code (stable sort in model order, same float expression).
 * The text is cleaned in one pass over its lower-cased units (`francCleanInto`), not by regexes.
 * Trigrams of common units are numbers below 2^15 counted in a direct table (`DIRECT_UNITS`),
 * others exact 48-bit keys in open-addressing tables of typed arrays: no strings, no boxed
 * numbers, nothing allocated per trigram.
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
  /** The trigrams of those models only: small, so the common fra/eng question stays in cache. */
  fraEngTable: TrigramTable;
  /**
   * Per `fraEngTable` slot, the two languages' ranks of that trigram plus one (0: not in the model):
   * `fraEng[0]`'s in the low 16 bits, `fraEng[1]`'s in the high ones.
   */
  fraEngRanks: Int32Array;
  /**
   * Direct trigrams (see `DIRECT_UNITS`): their postings as `start * 256 + count` (0: no model has
   * the trigram; one read instead of slot then start), and their `fraEngRanks` (0: neither has it).
   */
  direct: { run: Int32Array; fraEng: Int32Array };
  /** Model trigrams (see `TrigramTable`); each slot's postings are `postings[start[slot]..start[slot + 1])`. */
  table: TrigramTable;
  start: Int32Array;
  /** One number per (language, rank) of a trigram: `(rank + 1) * 256 + languageIndex`, the way the distance loop reads them. */
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

/** The languages of `fraEng()`: at most two (their ranks share one number). */
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
  // Postings are packed into one number each, and so are a trigram's start and number of postings: both need languages to fit in a byte.
  if (languages.length > 255) throw new Error(`franc has ${languages.length} ${script} models: more than the postings can pack`);
  const table = newTable(lists.size);
  const bySlot: (number[] | undefined)[] = new Array(table.keys.length);
  const direct = { run: new Int32Array(DIRECT_SIZE), fraEng: new Int32Array(DIRECT_SIZE) };
  const directSlots: [number, number][] = [];
  for (const [tri, list] of lists) {
    const [a, b, c] = [tri.charCodeAt(0), tri.charCodeAt(1), tri.charCodeAt(2)];
    const slot = slotOf(table, key(a, b, c), hash3(a, b, c));
    table.keys[slot] = key(a, b, c);
    bySlot[slot] = list;
    const id = directId(a, b, c);
    if (id >= 0) directSlots.push([id, slot]);
  }
  // In slot order, so that a slot's postings end where the next slot's begin.
  const start = new Int32Array(table.keys.length + 1);
  const postings: number[] = [];
  for (let slot = 0; slot < bySlot.length; slot++) {
    start[slot] = postings.length;
    const list = bySlot[slot] ?? [];
    for (let j = 0; j < list.length; j += 2) postings.push((list[j + 1]! + 1) * 256 + list[j]!);
  }
  start[bySlot.length] = postings.length;
  for (const [id, slot] of directSlots) direct.run[id] = start[slot]! * 256 + (start[slot + 1]! - start[slot]!);
  const position = new Map(languages.map((lang, li) => [lang, li]));
  const fraEng = languages.flatMap((lang, li) => (ONLY.has(lang) ? [li] : []));
  const fraEngLists = [...lists].filter(([, list]) => list.some((li, j) => j % 2 === 0 && fraEng.includes(li)));
  const fraEngTable = newTable(fraEngLists.length);
  const fraEngRanks = new Int32Array(fraEngTable.keys.length);
  for (const [tri, list] of fraEngLists) {
    const [a, b, c] = [tri.charCodeAt(0), tri.charCodeAt(1), tri.charCodeAt(2)];
    const slot = slotOf(fraEngTable, key(a, b, c), hash3(a, b, c));
    fraEngTable.keys[slot] = key(a, b, c);
    for (let j = 0; j < list.length; j += 2) {
      const at = fraEng.indexOf(list[j]!);
      if (at >= 0) fraEngRanks[slot] = fraEngRanks[slot]! + (list[j + 1]! + 1) * (at === 0 ? 1 : 65536);
    }
    const id = directId(a, b, c);
    if (id >= 0) direct.fraEng[id] = fraEngRanks[slot]!;
  }
  const built = { languages, position, fraEng, fraEngTable, fraEngRanks, direct, table, start, postings: Int32Array.from(postings) };
  indexes.set(script, built);
  return built;
}

/**
 * Trigrams made of the commonest units of cleaned Latin text (99.8% of the sample corpus) are
 * counted by number in a direct table — no hashing, no probing — and the script indexes map those
 * numbers straight to their postings and fra/eng ranks. Other trigrams go through hash tables.
 * Symbols are 1–31, so a direct trigram is `s1 << 10 | s2 << 5 | s3`, below DIRECT_SIZE.
 */
const DIRECT_UNITS = ' abcdefghijklmnopqrstuvwxyzé’àè';
const DIRECT_SIZE = 32 * 32 * 32;
const SYMBOL = new Uint8Array(0x10000);
for (let s = 0; s < DIRECT_UNITS.length; s++) SYMBOL[DIRECT_UNITS.charCodeAt(s)] = s + 1;

/** The direct number of a trigram, or -1 when one of its units has no symbol. */
function directId(a: number, b: number, c: number): number {
  const sa = SYMBOL[a]!;
  const sb = SYMBOL[b]!;
  const sc = SYMBOL[c]!;
  return sa === 0 || sb === 0 || sc === 0 ? -1 : (sa << 10) | (sb << 5) | sc;
}

/**
 * A text's distinct trigrams: `nDirect` direct ones (id and count of each), then `n` others
 * (key, hash and count of each). `nDirect + n` is franc's number of trigrams.
 */
interface TextTrigrams {
  nDirect: number;
  directIds: Int32Array;
  directCounts: Int32Array;
  n: number;
  keys: Float64Array;
  hashes: Int32Array;
  counts: Int32Array;
  /** Where each sits in the scratch table, to empty it for the next text. */
  slots: Int32Array;
}

/**
 * Scratch space of `trigramCounts`, reused from text to text: `cleaned` holds the cleaned text's
 * code units, `text` its trigrams, `byId` and `slotCounts` the counts while counting. `owner` is
 * the scores object whose text they hold, so that a scores object read after another text went
 * through recounts its own (counting is deterministic).
 */
let scratch:
  | { table: TrigramTable; slotCounts: Int32Array; byId: Uint16Array; text: TextTrigrams; cleaned: Uint16Array; owner: object | undefined }
  | undefined;

function scratchFor(units: number): NonNullable<typeof scratch> {
  if (scratch && scratch.cleaned.length >= units) {
    const { table, text, byId } = scratch;
    for (let t = 0; t < text.n; t++) table.keys[text.slots[t]!] = -1;
    for (let t = 0; t < text.nDirect; t++) byId[text.directIds[t]!] = 0;
    text.n = 0;
    text.nDirect = 0;
    scratch.owner = undefined;
    return scratch;
  }
  // A cleaned text is at most twice its (≤ MAX_LENGTH) units plus padding: İ lower-cases to two units.
  const cap = Math.max(units, 2 * MAX_LENGTH + 2);
  // At most cap - 2 distinct trigrams: a table for half as many entries is still at most full.
  const table = newTable(Math.ceil(cap / 2));
  scratch = {
    table,
    slotCounts: new Int32Array(table.keys.length),
    // A count is at most cap - 2 (< 2^16).
    byId: new Uint16Array(DIRECT_SIZE),
    text: {
      nDirect: 0,
      directIds: new Int32Array(cap),
      directCounts: new Int32Array(cap),
      n: 0,
      keys: new Float64Array(cap),
      hashes: new Int32Array(cap),
      counts: new Int32Array(cap),
      slots: new Int32Array(cap),
    },
    cleaned: new Uint16Array(cap),
    owner: undefined,
  };
  return scratch;
}

/** Per BMP code unit: 1 if franc's cleaning turns it into a space (U+0021–U+0040 or `\s`). */
let separators: Uint8Array | undefined;

function separatorTable(): Uint8Array {
  separators ??= unitTable(/(?:[\u0021-\u0040]|\s)+/g);
  return separators;
}

/** Every BMP code unit at its own index, surrogates as U+0000 (so that none pairs up with its neighbour under the `u` flag). */
let everyUnit: string | undefined;

function everyBmpUnit(): string {
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c;
  units.fill(0, 0xd800, 0xe000);
  return new TextDecoder('utf-16le').decode(units);
}

/**
 * Per BMP code unit, 1 where the global regex `runs` (runs of what a table should hold) matches
 * it alone; for surrogates always 0. One regex scan over every unit, not one match per unit.
 */
export function unitTable(runs: RegExp): Uint8Array {
  everyUnit ??= everyBmpUnit();
  const table = new Uint8Array(0x10000);
  for (const m of everyUnit.matchAll(runs)) table.fill(1, m.index, m.index + m[0].length);
  table.fill(0, 0xd800, 0xe000);
  return table;
}

/** trigram-utils' `clean` as franc pads it, the slow and obviously right way (also the reference of the tests). */
export function francCleanReference(value: string): string {
  return ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
}

/**
 * `francCleanReference(value)` as code units in `out` (room for `2 * value.length + 2`: İ
 * lower-cases to two units), returning how many. Lower-casing first and
 * then collapsing separators gives the same units: toLowerCase maps each code point on its own
 * except Σ (final sigma looks at the neighbours, which the cleaning changes), keeps every separator
 * and turns nothing into one (checked over all code points). Text with Σ takes the reference path.
 */
export function francCleanInto(value: string, out: Uint16Array): number {
  if (value.includes('\u03a3')) {
    const cleaned = francCleanReference(value);
    for (let i = 0; i < cleaned.length; i++) out[i] = cleaned.charCodeAt(i);
    return cleaned.length;
  }
  const sep = separatorTable();
  const lower = value.toLowerCase();
  out[0] = 32;
  let n = 1;
  // A separator run becomes one space, except at the start (trimmed); a pending one at the end is dropped.
  let space = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (sep[c] === 1) {
      space = n > 1;
      continue;
    }
    if (space) {
      out[n++] = 32;
      space = false;
    }
    out[n++] = c;
  }
  out[n++] = 32;
  return n;
}

/** trigram-utils' `asTuples` as counts: franc's text cleaning, then every 3-code-unit slice (in the scratch space). */
function trigramCounts(value: string): TextTrigrams {
  const space = scratchFor(2 * value.length + 2);
  const { table, slotCounts, byId, text: out, cleaned } = space;
  const length = francCleanInto(value, cleaned);
  const keys = table.keys;
  const mask = table.mask;
  let a = cleaned[0]!;
  let b = cleaned[1]!;
  let sa = SYMBOL[a]!;
  let sb = SYMBOL[b]!;
  for (let i = 2; i < length; i++) {
    const c = cleaned[i]!;
    const sc = SYMBOL[c]!;
    if (sa !== 0 && sb !== 0 && sc !== 0) {
      const id = (sa << 10) | (sb << 5) | sc;
      const seen = byId[id]!;
      byId[id] = seen + 1;
      if (seen === 0) out.directIds[out.nDirect++] = id;
    } else {
      const k = key(a, b, c);
      const h = hash3(a, b, c);
      let slot = h & mask;
      for (;;) {
        const at = keys[slot]!;
        if (at === k || at === -1) break;
        slot = (slot + 1) & mask;
      }
      if (keys[slot] === -1) {
        keys[slot] = k;
        slotCounts[slot] = 1;
        out.keys[out.n] = k;
        out.hashes[out.n] = h;
        out.slots[out.n] = slot;
        out.n++;
      } else {
        slotCounts[slot]!++;
      }
    }
    a = b;
    b = c;
    sa = sb;
    sb = sc;
  }
  for (let t = 0; t < out.nDirect; t++) out.directCounts[t] = byId[out.directIds[t]!]!;
  for (let t = 0; t < out.n; t++) out.counts[t] = slotCounts[out.slots[t]!]!;
  return out;
}

/** Per BMP code unit: bit 1 if franc's Latin expression matches it, bit 2 if another script's does. */
let unitScripts: Uint8Array | undefined;

function scriptTable(): Uint8Array {
  if (unitScripts) return unitScripts;
  const runs = (sources: string[]) => new RegExp(`(?:${sources.join('|')})+`, 'g');
  const latin = unitTable(runs([expressions['Latin']?.source ?? '[]']));
  const other = unitTable(runs(Object.entries(expressions).filter(([name]) => name !== 'Latin').map(([, re]) => re.source)));
  // Surrogates are 0 here, unlike franc's; latinTopScript never reads them (any surrogate sends the text to franc's loop).
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = latin[c]! | (other[c]! << 1);
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
  const d = new Int32Array(index.languages.length).fill(MAX_DIFFERENCE * (text.nDirect + text.n));
  const { table, start, postings } = index;
  const run = index.direct.run;
  for (let t = 0; t < text.nDirect; t++) {
    const at = run[text.directIds[t]!]!;
    if (at !== 0) addPostings(d, postings, at >> 8, (at >> 8) + (at & 255), text.directCounts[t]!);
  }
  for (let t = 0; t < text.n; t++) {
    const slot = slotOf(table, text.keys[t]!, text.hashes[t]!);
    if (table.keys[slot] !== -1) addPostings(d, postings, start[slot]!, start[slot + 1]!, text.counts[t]!);
  }
  return d;
}

/** Adds to each language's distance what a trigram of the text, with postings `postings[from..end)`, costs it. */
function addPostings(d: Int32Array, postings: Int32Array, from: number, end: number, count: number): void {
  // |count - rank - 1|: franc's difference of positions (rank + 1 is stored); for the commonest
  // count, 1, that is rank + 1 - 1 (rank + 1 >= 1).
  if (count === 1) {
    for (let j = from; j < end; j++) {
      const p = postings[j]!;
      const li = p & 255;
      d[li] = d[li]! + (p >> 8) - 1 - MAX_DIFFERENCE;
    }
    return;
  }
  for (let j = from; j < end; j++) {
    const p = postings[j]!;
    const li = p & 255;
    d[li] = d[li]! + Math.abs(count - (p >> 8)) - MAX_DIFFERENCE;
  }
}

/** The distances of fra and eng only (in `index.fraEng` order): one table read per direct trigram, a small-table lookup per other. */
function fraEngDistances(index: ScriptIndex, text: TextTrigrams): number[] {
  const { keys, mask } = index.fraEngTable;
  const ranks = index.fraEngRanks;
  const byId = index.direct.fraEng;
  let d0 = MAX_DIFFERENCE * (text.nDirect + text.n);
  let d1 = d0;
  // Stored ranks are rank + 1 (0: absent), franc's difference is |count - (rank + 1)|.
  const { nDirect, directIds, directCounts } = text;
  for (let t = 0; t < nDirect; t++) {
    const both = byId[directIds[t]!]!;
    if (both === 0) continue;
    const count = directCounts[t]!;
    const r0 = both & 0xffff;
    const r1 = both >>> 16;
    if (r0 > 0) d0 += Math.abs(count - r0) - MAX_DIFFERENCE;
    if (r1 > 0) d1 += Math.abs(count - r1) - MAX_DIFFERENCE;
  }
  const { n, keys: textKeys, hashes, counts } = text;
  for (let t = 0; t < n; t++) {
    const k = textKeys[t]!;
    let slot = hashes[t]! & mask;
    let at = keys[slot]!;
    while (at !== k && at !== -1) {
      slot = (slot + 1) & mask;
      at = keys[slot]!;
    }
    if (at === -1) continue;
    const both = ranks[slot]!;
    const count = counts[t]!;
    const r0 = both & 0xffff;
    const r1 = both >>> 16;
    if (r0 > 0) d0 += Math.abs(count - r0) - MAX_DIFFERENCE;
    if (r1 > 0) d1 += Math.abs(count - r1) - MAX_DIFFERENCE;
  }
  return index.fraEng.length === 2 ? [d0, d1] : index.fraEng.length === 1 ? [d0] : [];
}

/** franc's sort (stable: ties stay in model order) and normalisation of some languages' distances. */
function sorted(value: string, index: ScriptIndex, lis: number[], distance: ArrayLike<number>): Scores {
  if (lis.length === 0) return und();
  const list: Scores = lis.map((li, at) => [index.languages[li]!, distance[at]!]);
  return normalize(value, list.sort((a, b) => a[1] - b[1]));
}

const UND: FrancScores = { fraEng: und, all: und, best: () => 'und', scoreInAll: (lang) => (lang === 'und' ? 1 : 0) };

/** The scores of a text whose script has language models. A class: no closures to create per text. */
class ModelScores implements FrancScores {
  readonly #value: string;
  readonly #index: ScriptIndex;
  #computed: { d: Int32Array; min: number; best: number } | undefined;

  constructor(value: string, index: ScriptIndex) {
    this.#value = value;
    this.#index = index;
  }

  /** The text's trigram counts, in the scratch space: read them before counting another text. */
  #trigrams(): TextTrigrams {
    if (scratch?.owner === this) return scratch.text;
    const counted = trigramCounts(this.#value);
    scratch!.owner = this;
    return counted;
  }

  #get(): { d: Int32Array; min: number; best: number } {
    if (this.#computed) return this.#computed;
    const d = distances(this.#index, this.#trigrams());
    let best = 0;
    for (let li = 1; li < d.length; li++) if (d[li]! < d[best]!) best = li;
    this.#computed = { d, min: d[best] ?? 0, best };
    return this.#computed;
  }

  fraEng(): Scores {
    const index = this.#index;
    if (index.fraEng.length === 0) return und();
    const computed = this.#computed;
    const d = computed ? index.fraEng.map((li) => computed.d[li]!) : fraEngDistances(index, this.#trigrams());
    return sorted(this.#value, index, index.fraEng, d);
  }

  all(): Scores {
    const { d } = this.#get();
    return sorted(this.#value, this.#index, this.#index.languages.map((_, li) => li), d);
  }

  best(): string {
    return this.#index.languages[this.#get().best] ?? 'und';
  }

  /** normalize()'s expression for one distance. */
  scoreInAll(lang: string): number {
    const li = this.#index.position.get(lang);
    if (li === undefined) return 0;
    const { d, min } = this.#get();
    return 1 - (d[li]! - min) / (this.#value.length * MAX_DIFFERENCE - min) || 0;
  }
}

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
  return new ModelScores(value, index);
}
