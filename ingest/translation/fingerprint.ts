import { dateKey, extractDates } from './dates.ts';
import { ENTITIES, entitiesOf } from './entities.ts';
import { anagram } from './name-match.ts';
import { extractNames, PARTICLES } from './names.ts';
import { extractNumbers } from './numbers.ts';
import { fold, foldedPhraseText, letterCount } from './text-utils.ts';
import type { DocSketch, TranslationLang } from './types.ts';

/** What survives translation in one document, counted; computed once per document. */
export interface Fingerprint {
  id: string;
  lang: TranslationLang;
  letters: number;
  pageCount: number;
  headings: number;
  footnotes: number;
  paragraphs: number;
  /** Figures (values, codes, labels) with their counts. */
  numbers: Map<string, number>;
  dates: Map<string, number>;
  /** Keys of the names and acronyms the document mentions. */
  names: Set<string>;
  /** Occurrences of every name key in the whole text, capitalised or not ("ukrainiens" counts for Ukraine). */
  keyCounts: Map<string, number>;
}

const HEADING_KINDS = new Set(['heading', 'title']);
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/**
 * Language-neutral key of a word: the table entity it names, or its first five folded letters
 * (four when the fifth is a vowel), so that "Ukraine", "Ukrainian" and "ukrainiens" share a
 * key, as do "Finlande"/"Finland" and "Russie"/"russes"/"Russia".
 */
export function wordKey(word: string): string {
  const e = entitiesOf(word)[0];
  if (e) return `E${e.id}`;
  // A final vowel is where the languages part: "russe"/"russi(a)", "ukrai(ne)"/"ukrai(nian)".
  return `W${fold(word).slice(0, 5).replace(/(?<=^.{4})[aeiouy]$/, '')}`;
}

/** Key of an acronym: its table entity, or its sorted letters (SNCS and NCSS are one key). */
const acronymKey = (a: string): string => {
  const e = entitiesOf(a)[0];
  return e ? `E${e.id}` : `A${anagram(a)}`;
};

/** Fingerprint of a sketch. Figures below 10 are left out: list numbers and notes, not content. */
export function fingerprint(doc: DocSketch): Fingerprint {
  const numbers = new Map<string, number>();
  const dates = new Map<string, number>();
  const names = new Set<string>();
  const keyCounts = new Map<string, number>();
  let letters = 0;
  for (const b of doc.blocks) {
    const ds = extractDates(b.text, doc.lang);
    for (const d of ds) bump(dates, dateKey(d));
    const ns = extractNumbers(b.text, doc.lang, ds);
    for (const n of ns) {
      if (n.soft) continue;
      const v = n.values[0] ?? 0;
      if (n.key === undefined && v < 10 && Number.isInteger(v)) continue;
      bump(numbers, n.key ?? String(v));
    }
    for (const n of extractNames(b.text, [...ds, ...ns.filter((x) => x.kind === 'code')])) {
      if (n.acronym) names.add(acronymKey(n.surface));
      else for (const w of n.words) if (!PARTICLES.has(fold(w))) names.add(wordKey(w));
    }
    for (const m of b.text.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
      const w = m[0];
      if (/^\p{Lu}+$/u.test(w) && w.length > 1) bump(keyCounts, acronymKey(w));
      else if (w.length >= 3) bump(keyCounts, wordKey(w));
    }
    countPhrases(b.text, keyCounts);
    letters += letterCount(b.text);
  }
  return {
    id: doc.id,
    lang: doc.lang,
    letters,
    pageCount: doc.pageCount,
    headings: doc.blocks.filter((b) => HEADING_KINDS.has(b.kind)).length,
    footnotes: doc.blocks.filter((b) => b.kind === 'footnote').length,
    paragraphs: doc.blocks.filter((b) => b.kind === 'body').length,
    numbers,
    dates,
    names,
    keyCounts,
  };
}

/** Counts the table's multi-word forms ("États-Unis", "mer Noire"), which word keys miss. */
function countPhrases(text: string, counts: Map<string, number>): void {
  const phrase = foldedPhraseText(text);
  for (const e of ENTITIES) {
    for (const f of e.folded) {
      if (!f.includes(' ')) continue;
      const n = phrase.split(` ${f} `).length - 1;
      if (n > 0) bump(counts, `E${e.id}`, n);
    }
  }
}
