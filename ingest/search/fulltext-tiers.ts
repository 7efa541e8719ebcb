/**
 * The full-text half of search as three nested tsqueries ("coordination levels"): sentences
 * matching every query word first, then all words but one, then any word. Each level is the
 * French parse OR-ed with the English parse of the query, so one GIN scan serves both
 * languages. Reading the levels in order lets the database stop after a bounded pool of rows
 * instead of ranking every sentence that shares one common word with the query.
 */
export interface FullTextTiers {
  /** Every word of the query (in either language's parse). */
  all: string;
  /** All words but one (a parse of fewer than 3 words keeps all its words here). */
  most: string;
  /** Any word: also the query the pool is ranked by. */
  any: string;
}

/** Beyond this many words "all but one" (k clauses of k-1 words) is not worth its size. */
const MOST_MAX_WORDS = 12;

/** A lexeme as a tsquery literal (quotes doubled, backslashes escaped). */
const literal = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const and = (lexemes: string[]) => lexemes.map(literal).join(' & ');
const or = (clauses: string[]) => clauses.map((c) => `(${c})`).join(' | ');

function allButOne(lexemes: string[]): string {
  if (lexemes.length < 3 || lexemes.length > MOST_MAX_WORDS) return and(lexemes);
  return or(lexemes.map((_, i) => and(lexemes.filter((__, j) => j !== i))));
}

/**
 * Tiers from the query's lexemes in French and in English (each as stemmed by its
 * configuration, stop words already dropped); null when neither parse kept a word.
 */
export function fullTextTiers(fr: string[], en: string[]): FullTextTiers | null {
  const parses = [fr, en].map((ls) => [...new Set(ls)].sort()).filter((ls) => ls.length > 0);
  if (!parses.length) return null;
  // Names, numbers and cognates often parse alike in both languages: identical clauses and
  // lexemes are kept once (ts_rank_cd's cost grows with the query's size).
  const each = (f: (ls: string[]) => string) => or([...new Set(parses.map(f))]);
  return {
    all: each(and),
    most: each(allButOne),
    any: [...new Set(parses.flat())].sort().map(literal).join(' | '),
  };
}
