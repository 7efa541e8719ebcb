/**
 * Word tables for French and English numbers. Kept apart from the parser so the grammar in
 * `number-phrases.ts` stays readable. Ordinals ("première", "first", "twenty-fourth") are
 * deliberately absent: they rank, they do not count.
 */

export type Lang = 'fr' | 'en';

/** How a number word combines with its neighbours (see `number-phrases.ts`). */
export type WordRole =
  /** 1–9. */
  | 'unit'
  /** 10–19 (French: 10–16; "dix-sept" is dix + sept). */
  | 'teen'
  /** 20, 30, … 90 ("quatre-vingt" is one word here). */
  | 'tens'
  /** ×100 within a group. */
  | 'hundred'
  /** ×1000 and above: closes a group. */
  | 'big';

export interface NumberWord {
  value: number;
  role: WordRole;
}

const FR: Record<string, NumberWord> = {
  un: { value: 1, role: 'unit' },
  une: { value: 1, role: 'unit' },
  deux: { value: 2, role: 'unit' },
  trois: { value: 3, role: 'unit' },
  quatre: { value: 4, role: 'unit' },
  cinq: { value: 5, role: 'unit' },
  six: { value: 6, role: 'unit' },
  sept: { value: 7, role: 'unit' },
  huit: { value: 8, role: 'unit' },
  neuf: { value: 9, role: 'unit' },
  dix: { value: 10, role: 'teen' },
  onze: { value: 11, role: 'teen' },
  douze: { value: 12, role: 'teen' },
  treize: { value: 13, role: 'teen' },
  quatorze: { value: 14, role: 'teen' },
  quinze: { value: 15, role: 'teen' },
  seize: { value: 16, role: 'teen' },
  vingt: { value: 20, role: 'tens' },
  vingts: { value: 20, role: 'tens' },
  trente: { value: 30, role: 'tens' },
  quarante: { value: 40, role: 'tens' },
  cinquante: { value: 50, role: 'tens' },
  soixante: { value: 60, role: 'tens' },
  'quatre-vingt': { value: 80, role: 'tens' },
  'quatre-vingts': { value: 80, role: 'tens' },
  cent: { value: 100, role: 'hundred' },
  cents: { value: 100, role: 'hundred' },
  mille: { value: 1e3, role: 'big' },
  million: { value: 1e6, role: 'big' },
  millions: { value: 1e6, role: 'big' },
  milliard: { value: 1e9, role: 'big' },
  milliards: { value: 1e9, role: 'big' },
  /** French "billion" is 10^12 (long scale). */
  billion: { value: 1e12, role: 'big' },
  billions: { value: 1e12, role: 'big' },
};

const EN: Record<string, NumberWord> = {
  a: { value: 1, role: 'unit' },
  an: { value: 1, role: 'unit' },
  one: { value: 1, role: 'unit' },
  two: { value: 2, role: 'unit' },
  three: { value: 3, role: 'unit' },
  four: { value: 4, role: 'unit' },
  five: { value: 5, role: 'unit' },
  six: { value: 6, role: 'unit' },
  seven: { value: 7, role: 'unit' },
  eight: { value: 8, role: 'unit' },
  nine: { value: 9, role: 'unit' },
  ten: { value: 10, role: 'teen' },
  eleven: { value: 11, role: 'teen' },
  twelve: { value: 12, role: 'teen' },
  thirteen: { value: 13, role: 'teen' },
  fourteen: { value: 14, role: 'teen' },
  fifteen: { value: 15, role: 'teen' },
  sixteen: { value: 16, role: 'teen' },
  seventeen: { value: 17, role: 'teen' },
  eighteen: { value: 18, role: 'teen' },
  nineteen: { value: 19, role: 'teen' },
  twenty: { value: 20, role: 'tens' },
  thirty: { value: 30, role: 'tens' },
  forty: { value: 40, role: 'tens' },
  fifty: { value: 50, role: 'tens' },
  sixty: { value: 60, role: 'tens' },
  seventy: { value: 70, role: 'tens' },
  eighty: { value: 80, role: 'tens' },
  ninety: { value: 90, role: 'tens' },
  hundred: { value: 100, role: 'hundred' },
  thousand: { value: 1e3, role: 'big' },
  million: { value: 1e6, role: 'big' },
  billion: { value: 1e9, role: 'big' },
  trillion: { value: 1e12, role: 'big' },
};

export const NUMBER_WORDS: Record<Lang, Record<string, NumberWord>> = { fr: FR, en: EN };

/**
 * Words that are a number only inside a longer phrase: "un"/"une"/"a"/"one" alone are
 * articles or pronouns far more often than counts ("un certain nombre", "one of them").
 */
export const COMPOUND_ONLY: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['un', 'une']),
  en: new Set(['a', 'an', 'one']),
};

/** The connector allowed inside a phrase: "vingt et un", "one hundred and five". */
export const CONNECTOR: Record<Lang, string> = { fr: 'et', en: 'and' };

/**
 * Approximate nouns: "une trentaine" is about 30; plural "des dizaines" means at least 20.
 * (French only; English has "a dozen"/"dozens", handled in `VAGUE_PHRASES`.)
 */
export const APPROX_NOUNS_FR: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
};

/**
 * Qualifiers written before a number, most specific first ("pas moins de" before "moins de").
 * Each is a regex source matched right before the number (followed by spaces or, for French
 * "de", by the elided "d'").
 */
export const QUALIFIERS: Record<Lang, ReadonlyArray<readonly [string, 'about' | 'at_least' | 'more_than' | 'at_most' | 'less_than']>> = {
  fr: [
    ['pas\\s+moins\\s+(?:de\\s+|d[\'’])', 'at_least'],
    ['pas\\s+plus\\s+(?:de\\s+|d[\'’])', 'at_most'],
    ['au\\s+moins\\s+', 'at_least'],
    ['au\\s+minimum\\s+', 'at_least'],
    ['au\\s+plus\\s+', 'at_most'],
    ['au\\s+maximum\\s+', 'at_most'],
    ['jusqu[\'’]\\s*(?:à|a)\\s+', 'at_most'],
    ['plus\\s+(?:de\\s+|d[\'’])', 'more_than'],
    ['au-delà\\s+(?:de\\s+|d[\'’])', 'more_than'],
    ['moins\\s+(?:de\\s+|d[\'’])', 'less_than'],
    ['près\\s+(?:de\\s+|d[\'’])', 'about'],
    ['à\\s+peu\\s+près\\s+', 'about'],
    ['autour\\s+(?:de\\s+|d[\'’])', 'about'],
    ['de\\s+l[\'’]ordre\\s+(?:de\\s+|d[\'’])', 'about'],
    ['environ\\s+', 'about'],
    ['approximativement\\s+', 'about'],
    ['presque\\s+', 'about'],
    ['quelque\\s+', 'about'],
  ],
  en: [
    ['no\\s+fewer\\s+than\\s+', 'at_least'],
    ['no\\s+less\\s+than\\s+', 'at_least'],
    ['no\\s+more\\s+than\\s+', 'at_most'],
    ['at\\s+least\\s+', 'at_least'],
    ['at\\s+most\\s+', 'at_most'],
    ['up\\s+to\\s+', 'at_most'],
    ['more\\s+than\\s+', 'more_than'],
    ['in\\s+excess\\s+of\\s+', 'more_than'],
    ['upwards\\s+of\\s+', 'more_than'],
    ['over\\s+', 'more_than'],
    ['fewer\\s+than\\s+', 'less_than'],
    ['less\\s+than\\s+', 'less_than'],
    ['under\\s+', 'less_than'],
    ['approximately\\s+', 'about'],
    ['roughly\\s+', 'about'],
    ['around\\s+', 'about'],
    ['about\\s+', 'about'],
    ['nearly\\s+', 'about'],
    ['almost\\s+', 'about'],
    ['close\\s+to\\s+', 'about'],
    ['an\\s+estimated\\s+', 'about'],
    ['some\\s+', 'about'],
    ['circa\\s+', 'about'],
  ],
};

/** Words before a number that make it a reference, not a quantity ("article 42.7", "page 12"). */
export const REFERENCE_CUES =
  /(?:^|[^\p{L}])(?:articles?|art\.|pages?|pp?\.|§|n°|no\.|nos\.|num[ée]ro|number|chapitre|chapter|sections?|paragraphes?|paragraphs?|annexe|annex|r[ée]solutions?|r[èe]glement|regulation|directive|d[ée]cision|decision|loi|law|projet|project|tome|vol\.|volume|alinéa|footnote|note)\s*$/iu;

/** Nouns right after a number that make it an address ("18 rue de Londres"). */
export const ADDRESS_NOUNS = /^\s+(?:rue|avenue|av\.|boulevard|bd|quai|allée|impasse|chemin|place|street|st\.|road|rd\.|lane)(?![\p{L}])/iu;
