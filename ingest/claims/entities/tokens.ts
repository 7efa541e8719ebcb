import { fold } from './normalize.ts';

/** A word of a text with its exact offsets. */
export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  raw: string;
  /** Lower case, no diacritics (for case- and accent-insensitive comparison). */
  folded: string;
}

/**
 * Words are runs of letters and digits; dotted acronyms ("U.K.", "U.S.") are one word so that
 * their final dot belongs to the name. Apostrophes and hyphens separate words: "l'Ukraine" is
 * `l` + `Ukraine` and "Royaume-Uni" is `Royaume` + `Uni`, which is what makes elisions free.
 */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], folded: fold(m[0]) });
  }
  return out;
}

/**
 * The class of what lies between two words of a name: '' for none, ' ' for spaces and dashes
 * ("Royaume-Uni" = "Royaume Uni", "EU–Ukraine" = "EU-Ukraine"), "'" for an apostrophe, and null
 * for anything that cannot sit inside a name (commas, brackets, blank lines, quotes).
 */
export function gapClass(gap: string): string | null {
  if (gap === '') return '';
  // One line break may sit inside a name (PDF lines: "Université\nCatholique de Lille"), never a blank line.
  if (/^[^\S\n]*(?:\n[^\S\n]*)?(?:[-‐‑–—][^\S\n]*)?$/.test(gap)) return ' ';
  if (/^['’ʼ]$/.test(gap)) return "'";
  // The dot of an abbreviation inside a name ("St. Lucia").
  if (/^\.[^\S\n]+$/.test(gap)) return '.';
  if (/^[ \u00a0\u202f]*&[ \u00a0\u202f]*$/.test(gap)) return '&';
  return null;
}

/** The matching key of a name: its folded words joined by their gap classes. */
export function nameKey(name: string): string {
  const toks = tokenize(name);
  let key = '';
  toks.forEach((t, i) => {
    if (i > 0) key += gapClass(name.slice(toks[i - 1]!.end, t.start)) ?? ' ';
    key += t.folded;
  });
  return key;
}
