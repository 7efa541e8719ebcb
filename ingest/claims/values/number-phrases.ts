import { COMPOUND_ONLY, CONNECTOR, NUMBER_WORDS, type Lang, type NumberWord } from './number-words.ts';

/** A number found in words ("vingt-quatre", "one hundred and five"); offsets into the searched string. */
export interface RawNumber {
  start: number;
  end: number;
  amount: number;
}

const SPACE = '[\\s\\u00A0\\u202F\\u2009\\u2007]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex per language matching any single number word ("quatre-vingt" written with a hyphen or a space). */
const WORD_SOURCE: Record<Lang, string> = {
  fr: alternation(NUMBER_WORDS.fr),
  en: alternation(NUMBER_WORDS.en),
};
function alternation(words: Record<string, NumberWord>): string {
  return Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/-/g, `(?:-|${SPACE}+)`))
    .join('|');
}

/** Compiled once per language; callers reset `lastIndex` (the readers are synchronous). */
const perLang = <T>(make: (lang: Lang) => T): Record<Lang, T> => ({ fr: make('fr'), en: make('en') });
const WORD_AT = perLang((lang) => new RegExp(`(?:${WORD_SOURCE[lang]})(?![\\p{L}\\p{N}])`, 'iuy'));
const FIRST_WORD = perLang((lang) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${WORD_SOURCE[lang]})(?![\\p{L}\\p{N}])`, 'giu'));
/** Between two words of a phrase: spaces or a hyphen, optionally the connector ("et", "and"). */
const JOIN_AT = perLang((lang) => new RegExp(`(?:${SPACE}*-${SPACE}*|${SPACE}+)(?:(${CONNECTOR[lang]})(?:${SPACE}+|-))?`, 'iuy'));

const normalise = (word: string) => word.toLowerCase().replace(/[\s\u00A0\u202F\u2009\u2007-]+/g, '-');

/** Previous words after which a lone French "neuf" is the number, not the adjective "new". */
const NEUF_BEFORE = /(?:^|[^\p{L}])(?:les|des|ces|nos|vos|leurs|ses|mes|tes|de|d['’]|à|et|ou|sur|avec|pour|par|entre|parmi|dont|environ|quelque|près de|plus de|moins de)\s*$/iu;

/** …and before a noun, not at the end of a clause ("rien de neuf", "de neuf et d'ancien"). */
const NEUF_AFTER = /^[\s\u00A0]+(?!(?:et|ou|mais|ni|que|qui)(?![\p{L}]))\p{L}/u;

/** Every number written in words, French or English. */
export function findWordNumbers(text: string, lang: Lang): RawNumber[] {
  const out: RawNumber[] = [];
  const first = FIRST_WORD[lang];
  first.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = first.exec(text))) {
    const phrase = readPhrase(text, lang, m.index, m[0]);
    first.lastIndex = Math.max(phrase.end, m.index + m[0].length);
    if (isNumber(text, lang, m.index, phrase)) out.push({ start: m.index, end: phrase.end, amount: phrase.amount });
  }
  return out;
}

interface Phrase {
  end: number;
  amount: number;
  words: string[];
}

/** Extends a phrase word by word while the words still form one number. */
function readPhrase(text: string, lang: Lang, start: number, firstText: string): Phrase {
  const grammar = new Grammar(lang);
  const join = JOIN_AT[lang];
  const word = WORD_AT[lang];
  const firstKey = normalise(firstText);
  const phrase: Phrase = { end: start + firstText.length, amount: 0, words: [firstKey] };
  const entry = NUMBER_WORDS[lang][firstKey];
  // A word that cannot open a number ("million" alone, English "hundred") ends the phrase at once.
  if (!entry || !grammar.add(firstKey, entry, null)) return phrase;
  phrase.amount = grammar.value();
  for (;;) {
    join.lastIndex = phrase.end;
    const j = join.exec(text);
    if (!j) break;
    word.lastIndex = join.lastIndex;
    const w = word.exec(text);
    if (!w) break;
    const key = normalise(w[0]);
    const entry = NUMBER_WORDS[lang][key];
    if (!entry || !grammar.add(key, entry, j[1] ? j[1].toLowerCase() : null)) break;
    phrase.end = word.lastIndex;
    phrase.amount = grammar.value();
    phrase.words.push(key);
  }
  return phrase;
}

/** Rejects articles, adjectives and pieces of longer words that look like numbers. */
function isNumber(text: string, lang: Lang, start: number, phrase: Phrase): boolean {
  const [only] = phrase.words;
  if (phrase.words.length === 1 && only !== undefined) {
    if (COMPOUND_ONLY[lang].has(only)) return false;
    if (only === 'neuf' && !(NEUF_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && NEUF_AFTER.test(text.slice(phrase.end, phrase.end + 30)))) return false;
    if ((only === 'cent' || only === 'cents') && /pour\s*$/iu.test(text.slice(Math.max(0, start - 6), start))) return false;
  }
  // Part of a longer hyphenated word: "vingt-quatrième", "twenty-first", "five-year".
  if (/^-\p{L}/u.test(text.slice(phrase.end, phrase.end + 2))) return false;
  if (/\p{L}-$/u.test(text.slice(Math.max(0, start - 2), start))) return false;
  return phrase.amount > 0;
}

/**
 * The number grammar of one phrase: which word may follow which, in French and English.
 * Word by word it accumulates `total` (closed groups, e.g. "deux mille") and `group` (< 1000).
 */
class Grammar {
  private total = 0;
  private group = 0;
  private unit: number | null = null;
  private teen: number | null = null;
  private tens: number | null = null;
  private hundred = false;
  private lastBig = Infinity;
  private lastRole: NumberWord['role'] | null = null;
  private count = 0;

  constructor(private readonly lang: Lang) {}

  value(): number {
    return this.total + this.group;
  }

  /** Adds a word if it may follow the previous ones; `connector` is "et"/"and" when written between. */
  add(key: string, w: NumberWord, connector: string | null): boolean {
    const fr = this.lang === 'fr';
    if (connector) {
      const ok = fr
        ? this.lastRole === 'tens' && (this.tens ?? 0) <= 60 && (key === 'un' || key === 'une' || key === 'onze')
        : (this.lastRole === 'hundred' || this.lastRole === 'big') && w.role !== 'hundred' && w.role !== 'big' && !['a', 'an'].includes(key);
      if (!ok) return false;
    }
    if (!fr && (key === 'a' || key === 'an') && this.count > 0) return false;
    switch (w.role) {
      case 'unit':
        if (this.unit !== null) return false;
        if (this.teen !== null && !(fr && this.teen === 10 && w.value >= 7)) return false;
        this.unit = w.value;
        this.group += w.value;
        break;
      case 'teen':
        if (this.unit !== null || this.teen !== null) return false;
        if (this.tens !== null && !(fr && (this.tens === 60 || this.tens === 80))) return false;
        this.teen = w.value;
        this.group += w.value;
        break;
      case 'tens':
        if (this.tens !== null || this.teen !== null || this.unit !== null) return false;
        this.tens = w.value;
        this.group += w.value;
        break;
      case 'hundred': {
        if (this.hundred || this.teen !== null || this.tens !== null) return false;
        if (this.unit === null && !fr) return false;
        if (fr && this.unit === 1) return false;
        this.group = (this.unit ?? 1) * 100;
        this.hundred = true;
        this.unit = null;
        break;
      }
      case 'big': {
        if (w.value >= this.lastBig) return false;
        let g = this.group;
        if (g === 0) {
          if (!(fr && key === 'mille')) return false;
          g = 1;
        }
        this.total += g * w.value;
        this.group = 0;
        this.unit = this.teen = this.tens = null;
        this.hundred = false;
        this.lastBig = w.value;
        break;
      }
    }
    this.lastRole = w.role;
    this.count += 1;
    return true;
  }
}
