/**
 * franc's `francAll`, computed the fast way and with identical results. franc scores a text by
 * looking each of its trigrams up in every language model of the text's script (~150 Latin
 * models, one hash lookup per trigram per model); here each script's models are inverted once
 * into trigram → (language, rank) postings, so a text only touches the models that hold its
 * trigrams. Distances are integer sums, so the order of summation cannot change them; sorting
 * and normalising repeat franc's own code (stable sort in model order, same float expression).
 * The two verdicts the language stage needs (fra/eng only, and every language) share one pass.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's constants (franc/index.js). */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

export type Scores = [string, number][];

interface ScriptIndex {
  languages: string[];
  /** Trigram key (see `key`) → flat pairs [languageIndex, rank, languageIndex, rank, …]. */
  postings: Map<number, Int32Array>;
  /** Per language: trigram key → rank, for scoring a few languages only. */
  ranks: Map<number, number>[];
}

/** Three UTF-16 code units as one number (exact: 48 bits), cheaper to hash than a string. */
const key = (s: string, i: number): number => s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);

const indexes = new Map<string, ScriptIndex>();

function scriptIndex(script: string): ScriptIndex | undefined {
  const cached = indexes.get(script);
  if (cached) return cached;
  const models = data[script];
  if (!models) return undefined;
  const languages = Object.keys(models);
  const lists = new Map<number, number[]>();
  const ranks = languages.map((lang, li) => {
    // franc keeps the first rank when a model lists a trigram twice (its "weight--" loop): so do we.
    const own = new Map<number, number>();
    const model = (models[lang] ?? '').split('|');
    for (let w = model.length - 1; w >= 0; w--) {
      const tri = model[w] ?? '';
      // franc looks trigrams up by string: only 3-unit model entries can ever match.
      if (tri.length === 3) own.set(key(tri, 0), w);
    }
    for (const [k, rank] of own) {
      const list = lists.get(k);
      if (list) list.push(li, rank);
      else lists.set(k, [li, rank]);
    }
    return own;
  });
  const postings = new Map<number, Int32Array>();
  for (const [k, list] of lists) postings.set(k, Int32Array.from(list));
  const built = { languages, postings, ranks };
  indexes.set(script, built);
  return built;
}

/** trigram-utils' `asTuples` as counts: franc's text cleaning, then every 3-code-unit slice. */
function trigramCounts(value: string): Map<number, number> {
  const cleaned = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const k = key(cleaned, i);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function topScript(value: string): [string | undefined, number] {
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
}

const ONLY = new Set(['fra', 'eng']);

/**
 * `wholeScript`: the caller will ask for `all()` too, so both come from the one pass over every
 * language (scoring two languages directly is only cheaper when nothing else is needed).
 */
export function francScores(text: string, wholeScript = false): FrancScores {
  if (!text) return { fraEng: und, all: und };
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const index = script === undefined ? undefined : scriptIndex(script);
  if (!index) {
    // One language for the script (or none): franc answers without trigrams.
    const none = !script || share === 0;
    return { fraEng: und, all: () => (none ? und() : [[script, 1]]) };
  }
  let counts: Map<number, number> | undefined;
  const textCounts = () => (counts ??= trigramCounts(value));
  /** franc's getDistance for one language. */
  const distance = (li: number): number => {
    const ranks = index.ranks[li] as Map<number, number>;
    let d = 0;
    for (const [k, count] of textCounts()) {
      const rank = ranks.get(k);
      d += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    return d;
  };
  let all: Int32Array | undefined;
  /** Every language's distance in one pass over the postings of the text's trigrams. */
  const allDistances = (): Int32Array => {
    if (all) return all;
    const c = textCounts();
    const d = new Int32Array(index.languages.length).fill(MAX_DIFFERENCE * c.size);
    for (const [k, count] of c) {
      const list = index.postings.get(k);
      if (!list) continue;
      for (let j = 0; j < list.length; j += 2) {
        const li = list[j]!;
        d[li] = d[li]! + Math.abs(count - list[j + 1]! - 1) - MAX_DIFFERENCE;
      }
    }
    all = d;
    return d;
  };
  const scores = (keep: (lang: string) => boolean): Scores => {
    if (wholeScript) allDistances();
    const list: Scores = [];
    index.languages.forEach((lang, li) => {
      if (keep(lang)) list.push([lang, all ? (all[li] as number) : distance(li)]);
    });
    if (list.length === 0) return und();
    // Array.prototype.sort is stable: ties stay in model order, as in franc.
    return normalize(value, list.sort((a, b) => a[1] - b[1]));
  };
  return {
    fraEng: () => scores((l) => ONLY.has(l)),
    all: () => {
      allDistances();
      return scores(() => true);
    },
  };
}
