import { entitiesOf, entityOccurs, foldPhrase, MAX_FORM_WORDS } from './entities.ts';
import type { NameMention } from './names.ts';
import { fold, foldedPhraseText, isCognate } from './text-utils.ts';

/** What the other side of a link offers for name matching; build once per text. */
export interface NameIndex {
  /** Folded words (3+ letters) for cognate search, split by how they are written. */
  lower: string[];
  upper: string[];
  wordSet: Set<string>;
  lowerSet: Set<string>;
  /** Tokens as written (acronyms match case-sensitively). */
  exact: Set<string>;
  capsFolded: Set<string>;
  /** Letters of each all-capital token, sorted: French acronyms often permute the English ones. */
  anagrams: Set<string>;
  phraseText: string;
  raw: string;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-/&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function nameIndex(text: string): NameIndex {
  const exact = new Set<string>();
  const capsFolded = new Set<string>();
  const wordSet = new Set<string>();
  const lowerSet = new Set<string>();
  const upperSet = new Set<string>();
  const anagrams = new Set<string>();
  for (const m of text.matchAll(TOKEN)) {
    // "d'EUU-JTM" offers "EUU-JTM", "EUU" and "JTM"; "Europe's" offers "Europe".
    const bare = m[0].replace(/^\p{L}{1,7}['’](?=\p{Lu})/u, '').replace(/['’]s$/u, '').replace(/(?<=^\p{Lu}{2,})s$/u, '');
    for (const part of [m[0], bare, ...m[0].split(/['’\-/]/)]) {
      exact.add(part);
      const upper = /^\p{Lu}/u.test(part);
      if (/^\p{Lu}{2,}$/u.test(part)) anagrams.add(anagram(part));
      if (upper) capsFolded.add(fold(part));
      for (const w of foldPhrase(part).split(' ')) {
        if (!w) continue;
        wordSet.add(w);
        (upper ? upperSet : lowerSet).add(w);
      }
    }
  }
  const long = (set: Set<string>) => [...set].filter((w) => w.length >= 3);
  return { lower: long(lowerSet), upper: long(upperSet), wordSet, lowerSet, exact, capsFolded, anagrams, phraseText: foldedPhraseText(text), raw: text };
}

/**
 * The letters of an acronym in order: OTAN/NATO, SEAE/EEAS, BITDE/EDTIB, RGPD/GDPR, TIC/ICT,
 * SNCS/NCSS share it, because French puts the adjectives after the noun.
 */
export const anagram = (acronym: string): string => [...fold(acronym).replace(/[^a-z]/g, '')].sort().join('');

const occurs = (surface: string, idx: NameIndex) => entitiesOf(surface).some((e) => entityOccurs(e, idx.exact, idx.phraseText, idx.raw));

/**
 * True when the other text carries this name: the same word, a table equivalent, a cognate,
 * or the acronym given after it in brackets. For several capitalised words: the last one
 * (surname, "Council") or most of them; or any of them found as a lower-case word, since a
 * Title Case phrase ("Chief Information Officer") is then a translated common phrase, not a name.
 */
export function nameOccurs(n: NameMention, idx: NameIndex): boolean {
  if (n.acronym) return idx.exact.has(n.surface) || idx.capsFolded.has(fold(n.surface)) || occurs(n.surface, idx) || idx.anagrams.has(anagram(n.surface));
  if (n.shortForm && (idx.exact.has(n.shortForm) || occurs(n.shortForm, idx))) return true;
  const words = n.words;
  const matched = new Array<Match>(words.length).fill(false);
  for (let i = 0; i < words.length; ) {
    let step = 1;
    for (let len = Math.min(MAX_FORM_WORDS, words.length - i); len >= 1; len--) {
      if (entitiesOf(words.slice(i, i + len).join(' ')).length === 0) continue;
      const ok = occurs(words.slice(i, i + len).join(' '), idx);
      for (let k = i; k < i + len; k++) matched[k] = ok ? 'other' : wordMatch(words[k]!, idx);
      step = len;
      break;
    }
    if (step === 1 && matched[i] === false) matched[i] = wordMatch(words[i]!, idx);
    i += step;
  }
  // Only capitalised words count ("mer", "de" in "mer de Barents" do not).
  const significant = words.flatMap((w, k) => (/^\p{Lu}/u.test(w) ? [matched[k]!] : []));
  const hits = significant.filter(Boolean).length;
  if (significant.length > 1 && significant.includes('lower')) return true;
  return significant[significant.length - 1] !== false || hits * 2 > significant.length;
}

type Match = 'lower' | 'other' | false;

function wordMatch(w: string, idx: NameIndex): Match {
  const f = foldPhrase(w);
  if (idx.lowerSet.has(f) || idx.lower.some((o) => isCognate(f, o))) return 'lower';
  if (idx.wordSet.has(f) || occurs(w, idx) || idx.upper.some((o) => isCognate(f, o))) return 'other';
  return false;
}
