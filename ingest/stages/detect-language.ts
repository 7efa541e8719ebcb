import { francScores, unitTable, type FrancScores } from './franc-scores.ts';
import type { DetectedLang } from '../model/document.ts';

/** Frequent function words; they decide short text, where trigram statistics are noise. */
const FR_WORDS = new Set(
  ('le la les de des du un une et est en dans pour que qui ne pas sur au aux par avec ce cette ces il elle ils elles nous vous ' +
    'se sont été être ou où mais plus son sa ses leur leurs lui ont sera entre comme très aussi donc').split(' '),
);
const EN_WORDS = new Set(
  ('the of and to in is are was were for on with as by at from that this which be it its an or not have has had will would ' +
    'should can could their they we our you there these those between into been than also such who what how').split(' '),
);

/** Below this many letters franc is unreliable; only clear function-word evidence decides. */
const SHORT = 40;
/** From this many letters on, franc over all languages is trusted to spot a third language. */
const LONG = 100;

interface Verdict {
  readonly lang: DetectedLang;
  /** True when the text is confidently another language, not merely too short to tell. */
  readonly foreign: boolean;
}

/**
 * French, English or `und` for one piece of text: franc restricted to fra/eng, function words
 * for short text and near-ties, and `und` when long text is clearly a third language
 * (so the pipeline can refuse it with LANG_UNSUPPORTED).
 */
export function detectLanguage(text: string): DetectedLang {
  return classify(text).lang;
}

/**
 * A sentence's language inside a block of `blockLang`: its own verdict, or the block's when it
 * has none (`detectLanguage(text)`, `und` replaced by `blockLang`). A third language only turns a
 * verdict into `und`, which the block's language then replaces: so the costlier third-language
 * check runs only for a sentence whose fr/en verdict differs from its block's.
 */
export function sentenceLanguage(text: string, blockLang: DetectedLang): DetectedLang {
  const own = verdicts.get(text)?.lang ?? judge(text, false).lang;
  if (own === 'und' || own === blockLang) return blockLang;
  return classify(text).lang === 'und' ? blockLang : own;
}

/**
 * The document's language: block verdicts weighted by their length, reading-flow blocks only
 * when there are any. A document mostly in a third language is `und`, so it can be refused.
 */
export function detectDocumentLanguage(blocks: { text: string; kind: string }[]): DetectedLang {
  const flow = blocks.filter((b) => ['body', 'heading', 'title', 'quote'].includes(b.kind));
  const pool = flow.some((b) => letterCount(b.text) >= SHORT) ? flow : blocks;
  const weight = { fr: 0, en: 0, foreign: 0 };
  for (const b of pool) {
    const v = classify(b.text);
    const w = letterCount(b.text);
    if (v.foreign) weight.foreign += w;
    else if (v.lang !== 'und') weight[v.lang] += w;
  }
  const total = weight.fr + weight.en + weight.foreign;
  if (total === 0) return classify(pool.map((b) => b.text).join('\n')).lang;
  // Refuse only when the third language outweighs French and English together.
  if (weight.foreign > weight.fr + weight.en) return 'und';
  return weight.fr >= weight.en ? 'fr' : 'en';
}

/**
 * Verdicts of the document being assembled. The same text is judged several times per document
 * (a block in assemble and again for the document verdict; one-sentence blocks as block and
 * sentence), and a verdict depends on the text alone. Bounded: cleared when full.
 */
const verdicts = new Map<string, Verdict>();
const MAX_CACHED = 8192;

/** Starts a new document: verdicts are reused within a document, never across documents. */
export function forgetVerdicts(): void {
  verdicts.clear();
}

function classify(text: string): Verdict {
  const known = verdicts.get(text);
  if (known) return known;
  const verdict = judge(text);
  if (verdicts.size >= MAX_CACHED) verdicts.clear();
  verdicts.set(text, verdict);
  return verdict;
}

/** No verdict (shared: verdicts are never changed). */
const UND: Verdict = { lang: 'und', foreign: false };

/**
 * `thirdLanguage`: false skips the check for a third language (the verdict is then fr, en or und).
 * Each measure is taken only when the verdict still depends on it (they are pure functions of the text).
 */
function judge(text: string, thirdLanguage = true): Verdict {
  const words = functionWords(text);
  // Letter-spaced display type ("S T R A T É G I E") has no words to judge.
  if (words.single > words.total / 2) return UND;
  const byWords = wordVerdict(words);
  const letters = words.letters;
  if (letters < SHORT) {
    // Short text: function words decide; franc only confirms a single function word.
    if (byWords.strength >= 2) return { lang: byWords.lang, foreign: false };
    if (byWords.strength !== 1) return UND;
    const { top, runnerUp } = fraEngVerdict(francScores(text));
    return byWords.lang === top && runnerUp < 0.75 ? { lang: top, foreign: false } : UND;
  }
  const franc = francScores(text);
  const { top, runnerUp } = fraEngVerdict(franc);
  let lang: DetectedLang = top;
  // A near tie between fra and eng means the trigrams cannot tell; function words can.
  if (runnerUp > 0.97 || (runnerUp > 0.9 && byWords.strength >= 3)) lang = byWords.strength > 0 ? byWords.lang : 'und';
  if (thirdLanguage && letters >= LONG && isThirdLanguage(franc)) return { lang: 'und', foreign: true };
  return { lang, foreign: false };
}

/** franc's choice between fra and eng, and the runner-up's score (0 when none). */
function fraEngVerdict(franc: FrancScores): { top: DetectedLang; runnerUp: number } {
  const scores = franc.fraEng();
  const top = scores[0]?.[0] === 'fra' ? 'fr' : scores[0]?.[0] === 'eng' ? 'en' : 'und';
  return { top, runnerUp: scores[1]?.[1] ?? 0 };
}

/** fr/en function words are scarce and franc over every language names a third one. */
function isThirdLanguage(franc: FrancScores): boolean {
  // No function-word shortcut: Spanish, Italian and Portuguese share French's de, la, en, que, un…
  const best = franc.best();
  if (best === 'fra' || best === 'eng' || best === 'sco' || best === 'und') return false;
  // Spanish prose still scores ~0.91 for French: only a near tie keeps French or English.
  return Math.max(franc.scoreInAll('fra'), franc.scoreInAll('eng')) < 0.95;
}

/** Which side the function words favour, and how clearly (0: no evidence). */
function wordVerdict(words: { fr: number; en: number }): { lang: DetectedLang; strength: number } {
  if (words.fr > words.en * 2) return { lang: 'fr', strength: Math.min(3, words.fr) };
  if (words.en > words.fr * 2) return { lang: 'en', strength: Math.min(3, words.en) };
  return { lang: 'und', strength: 0 };
}

const FR_ELISIONS = new Set(['l', 'd', 'qu', 'n', 's', 'c', 'j', 'm', 't', 'jusqu', 'lorsqu', 'puisqu']);
const EN_CLITICS = new Set(['s', 't', 're', 've', 'll', 'd']);

/**
 * Words are looked up by number, not by string: a word of at most `LONGEST` letters, each one of
 * those the listed words are made of (`LETTER_CODE`, 1–31), is a bijective base-32 number, unique
 * to the word; any other word gets -1 and cannot be listed.
 */
const LISTED = [...FR_WORDS, ...EN_WORDS, ...FR_ELISIONS, ...EN_CLITICS];
const LONGEST = Math.max(...LISTED.map((w) => w.length));
const LETTER_CODE = new Uint8Array(0x10000);
const LISTED_LETTERS = [...new Set(LISTED.join(''))];
if (LISTED_LETTERS.length > 31 || LISTED_LETTERS.some((l) => l.length !== 1)) throw new Error('listed words must use at most 31 distinct BMP letters');
LISTED_LETTERS.forEach((l, at) => (LETTER_CODE[l.charCodeAt(0)] = at + 1));

const FR_WORD = 1;
const EN_WORD = 2;
const ELISION = 4;
const CLITIC = 8;
/** "s" and "t": elisions that only count as clitics. */
const S_OR_T = 16;

function wordCode(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 32 + LETTER_CODE[word.charCodeAt(i)]!;
  return code;
}

/** What each listed word is (bits above), by its code. */
const WORD_KINDS = new Map<number, number>();
const mark = (words: Iterable<string>, kind: number) => {
  for (const w of words) WORD_KINDS.set(wordCode(w), (WORD_KINDS.get(wordCode(w)) ?? 0) | kind);
};
mark(FR_WORDS, FR_WORD);
mark(EN_WORDS, EN_WORD);
mark(FR_ELISIONS, ELISION);
mark(EN_CLITICS, CLITIC);
mark(['s', 't'], S_OR_T);

const kindOf = (code: number): number => (code > 0 ? (WORD_KINDS.get(code) ?? 0) : 0);

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
/** `wordUnits()` value of a letter that no listed word has. */
const OTHER_LETTER = 32;

/** Per BMP code unit: 0 if not a letter, else its `LETTER_CODE` or OTHER_LETTER. */
let wordUnitTable: Uint8Array | undefined;

function wordUnits(): Uint8Array {
  if (wordUnitTable) return wordUnitTable;
  const letters = letterTable();
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = letters[c] === 1 ? LETTER_CODE[c] || OTHER_LETTER : 0;
  wordUnitTable = table;
  return table;
}

/** Whether a surrogate pair that is a letter starts at `i` (`\p{L}` with the `u` flag reads pairs as one code point). */
function astralLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2));
}

/**
 * Counts fr/en function words; French elisions ("l'Europe") and English clitics ("it's") count too.
 * Words are the matches of `\p{L}+(?:['’]\p{L}+)*` (global, `u` flag) in the lower-cased text,
 * found with a letter table; the parts between apostrophes are looked up by code (`wordCode`),
 * computed while scanning. Every letter is in a word, so the scan also gives `letterCount(text)`
 * (lower-casing keeps the number of letters: checked over all code points). Exported for the
 * tests, which hold it to that regex.
 */
export function functionWords(text: string): { fr: number; en: number; total: number; single: number; letters: number } {
  const lower = text.toLowerCase();
  const units = wordUnits();
  const length = lower.length;
  let fr = 0;
  let en = 0;
  let total = 0;
  let single = 0;
  let letters = 0;
  let i = 0;
  while (i < length) {
    const c = lower.charCodeAt(i);
    const first = units[c]!;
    // A lone or non-letter surrogate is skipped one unit at a time: a low surrogate is no letter either.
    if (first === 0 && !astralLetterAt(lower, i)) {
      i++;
      continue;
    }
    const start = i;
    // Codes of the word's first part and of its current (in the end: last) part; see `wordCode`.
    let head = -1;
    let part = first === 0 || first === OTHER_LETTER ? -1 : first;
    let partStart = i;
    i += first === 0 ? 2 : 1;
    letters++;
    while (i < length) {
      const x = units[lower.charCodeAt(i)]!;
      if (x !== 0) {
        if (part >= 0) part = x === OTHER_LETTER || i - partStart >= LONGEST ? -1 : part * 32 + x;
        i++;
        letters++;
      } else if (astralLetterAt(lower, i)) {
        part = -1;
        i += 2;
        letters++;
      } else {
        const d = lower.charCodeAt(i);
        if ((d !== APOSTROPHE && d !== RIGHT_QUOTE) || i + 1 >= length) break;
        const next = units[lower.charCodeAt(i + 1)]!;
        if (next === 0 && !astralLetterAt(lower, i + 1)) break;
        if (partStart === start) head = part;
        i++;
        partStart = i;
        part = 0;
      }
    }
    total++;
    if (i - start === 1) single++;
    if (partStart !== start) {
      const kind = kindOf(head);
      if (kind & ELISION) {
        if (!(kind & S_OR_T)) fr++;
      } else if (kindOf(part) & CLITIC) en++;
      continue;
    }
    const kind = kindOf(part);
    if (kind & FR_WORD) fr++;
    if (kind & EN_WORD) en++;
  }
  // Accents are cheap extra evidence of French for a few words of text.
  if (fr > 0 && /[éèêàùçœ]/i.test(text)) fr++;
  return { fr, en, total, single, letters };
}

/** Per BMP code unit: 1 when it is a letter (`\p{L}`); a lone surrogate is none. */
let letterUnits: Uint8Array | undefined;

function letterTable(): Uint8Array {
  letterUnits ??= unitTable(/\p{L}+/gu);
  return letterUnits;
}

const LETTER = /\p{L}/u;

/** Code points that are letters (`/\p{L}/gu` matches), without a match object per letter. Exported for the tests. */
export function letterCount(text: string): number {
  const letters = letterTable();
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER.test(text.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    n += letters[c]!;
  }
  return n;
}
