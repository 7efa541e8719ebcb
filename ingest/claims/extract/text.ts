/**
 * Text helpers shared by the rules. `normalize` keeps every offset: it only swaps one UTF-16
 * unit for another (typographic apostrophes, no-break spaces), so a match in the normalized
 * text is a match at the same place in the source.
 */
export function normalize(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'").replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');
}

/** A match of a cue: where it is (relative to the searched string) and what it says. */
export interface CueMatch<T = string> {
  start: number;
  end: number;
  text: string;
  tag: T;
}

/** Global copies of cue patterns, built once per pattern rather than per sentence (`matchAll` clones them). */
const GLOBAL = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
}

/** Every non-overlapping match of each tagged pattern, in text order (patterns need the `g` flag added here). */
export function matchAll<T>(text: string, patterns: ReadonlyArray<readonly [T, RegExp]>): CueMatch<T>[] {
  const out: CueMatch<T>[] = [];
  for (const [tag, re] of patterns) {
    for (const m of text.matchAll(globalOf(re))) {
      if (m[0].length === 0) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], tag });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((m, i) => !out.slice(0, i).some((p) => p.start <= m.start && p.end >= m.end && p !== m));
}

/** A word-bounded, case-insensitive, unicode pattern from alternatives (`'` matches any apostrophe after normalizing). */
export function words(...alternatives: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:(?<=')|(?![\\p{L}\\p{N}]))`, 'iu');
}
