import { francScores, type FrancScores } from './franc-scores.ts';
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
  lang: DetectedLang;
  /** True when the text is confidently another language, not merely too short to tell. */
  foreign: boolean;
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

/** `thirdLanguage`: false skips the check for a third language (the verdict is then fr, en or und). */
function judge(text: string, thirdLanguage = true): Verdict {
  const letters = letterCount(text);
  const words = functionWords(text);
  const franc = francScores(text);
  const scores = franc.fraEng();
  const top = scores[0]?.[0] === 'fra' ? 'fr' : scores[0]?.[0] === 'eng' ? 'en' : 'und';
  const runnerUp = scores[1]?.[1] ?? 0;
  const byWords = wordVerdict(words);
  // Letter-spaced display type ("S T R A T É G I E") has no words to judge.
  if (words.single > words.total / 2) return { lang: 'und', foreign: false };
  if (letters < SHORT) {
    // Short text: function words decide; franc only confirms a single function word.
    if (byWords.strength >= 2) return { lang: byWords.lang, foreign: false };
    const agree = byWords.strength === 1 && byWords.lang === top && runnerUp < 0.75;
    return { lang: agree ? top : 'und', foreign: false };
  }
  let lang: DetectedLang = top;
  // A near tie between fra and eng means the trigrams cannot tell; function words can.
  if (runnerUp > 0.97 || (runnerUp > 0.9 && byWords.strength >= 3)) lang = byWords.strength > 0 ? byWords.lang : 'und';
  if (thirdLanguage && letters >= LONG && isThirdLanguage(franc)) return { lang: 'und', foreign: true };
  return { lang, foreign: false };
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

/** Counts fr/en function words; French elisions ("l'Europe") and English clitics ("it's") count too. */
function functionWords(text: string): { fr: number; en: number; total: number; single: number } {
  let fr = 0;
  let en = 0;
  let total = 0;
  let single = 0;
  for (const m of text.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    total++;
    const word = m[0];
    if (word.length === 1) single++;
    // Most words have no apostrophe: no split for them.
    const parts = word.includes("'") || word.includes('’') ? word.split(/['’]/) : [word];
    const head = parts[0] ?? '';
    if (parts.length > 1) {
      if (FR_ELISIONS.has(head) && !(head === 's' || head === 't')) fr++;
      else if (/^(s|t|re|ve|ll|d)$/.test(parts[parts.length - 1] ?? '') && !FR_ELISIONS.has(head)) en++;
      continue;
    }
    if (FR_WORDS.has(head)) fr++;
    if (EN_WORDS.has(head)) en++;
  }
  // Accents are cheap extra evidence of French for a few words of text.
  if (/[éèêàùçœ]/i.test(text) && fr > 0) fr++;
  return { fr, en, total, single };
}

const LETTER = /\p{L}/u;

/** Code points that are letters (`/\p{L}/gu` matches), without a match object per letter. */
function letterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    if (LETTER.test(String.fromCodePoint(cp))) n++;
    if (cp > 0xffff) i++;
  }
  return n;
}
