/** Small text helpers shared by the extractors: accent folding, word positions, cognates. */

/** Lower case without accents or ligatures, curly apostrophes made straight: "États" -> "etats". */
export function fold(s: string): string {
  if (s.length > MAX_FOLDED_LENGTH) return foldUncached(s);
  const known = folded.get(s);
  if (known !== undefined) return known;
  const out = foldUncached(s);
  if (folded.size >= MAX_FOLDED) folded.clear();
  folded.set(s, out);
  return out;
}

/**
 * Folded forms of words and short phrases already computed: flagging a pair's links folds every
 * word of every link several times (names, phrases, numbers). Bounded: cleared when full; whole
 * sentences, which seldom repeat, are not kept.
 */
const folded = new Map<string, string>();
const MAX_FOLDED = 50_000;
const MAX_FOLDED_LENGTH = 64;

function foldUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .replace(/[’ʼ‘]/g, "'")
    .toLowerCase();
}

/** A word with its position in the text. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** Words (letters, inner apostrophes and hyphens) with offsets; "l'Europe" stays one token. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Folded words of a text, each hyphen/apostrophe part separately too, for "is it mentioned at all" tests. */
export function foldedWordSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of wordTokens(text)) {
    const f = fold(w.text);
    out.add(f);
    for (const part of f.split(/['-]/)) if (part) out.add(part);
  }
  return out;
}

/** Folded text with every run of non-letters/digits turned into one space, padded: for phrase search. */
export function foldedPhraseText(text: string): string {
  return ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function lcsLength(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * True when two folded words look like the same word across French and English:
 * "ukrainian"/"ukrainiens", "parliament"/"parlement", "finland"/"finlande". A shared start
 * of at least 4 letters covering most of the shorter word, or a long common subsequence
 * with the same first letter. Exonyms that look different (Hongrie/Hungary) need the table.
 */
export function isCognate(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3 || a[0] !== b[0]) return false;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  if (p >= 4 && p >= 0.6 * Math.min(a.length, b.length)) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  return (2 * lcsLength(a, b)) / (a.length + b.length) >= 0.75;
}

/** Number of letters in a text. */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
