import { entityKeys } from '../align/acronyms.ts';
import { skeleton } from '../align/cognates.ts';
import { type LexiconIndex, lookup } from '../align/lexicon.ts';
import { numberKeys } from '../align/numbers.ts';
import { STOPWORDS } from '../align/stopwords.ts';
import { type Token, tokenize } from '../align/tokenize.ts';
import { cognateStem } from './cognate-stem.ts';
import { tableEntities } from './entity-features.ts';
import { functionWordIndex } from './function-words.ts';
import { phraseConcepts } from './phrases.ts';

/** Weight of each kind of feature before idf (the defaults are tuned on the sample brief and Tatoeba). */
export interface FeatureWeights {
  /** Lexicon concept group of a content word. */
  lexicon: number;
  /** Lexicon group of a function word ("je"/"I"): frequent, so weaker. */
  functionWord: number;
  /** Multi-word expression concept ("tout le monde"/"everyone", phrases.ts). */
  phrase: number;
  /** Future or conditional: French verb ending vs English will/would ("viendra"/"will come"). */
  mood: number;
  /** Whole folded cognate stem ("security"). */
  stem: number;
  /** First five letters of the folded stem ("secur"). */
  prefix: number;
  /** Consonant skeleton ("gvrn" for gouvernement/government). */
  skeleton: number;
  /** Factor of the spelling features (stem, prefix, skeleton, n-grams) of a word the lexicon knows. */
  knownSurface: number;
  /** Character trigrams of the stem, sharing this weight. */
  ngrams: number;
  /** Normalised number ("75000", "24"). */
  number: number;
  /** Canonical entity or acronym (OTAN/NATO, Bruxelles/Brussels). */
  entity: number;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = {
  lexicon: 1.3, phrase: 1.2, functionWord: 0.7, mood: 0.5, stem: 0.7, prefix: 0.5, skeleton: 0.3, knownSurface: 0.3, ngrams: 0.3, number: 1.5, entity: 0.8,
};

/** Lexicon indexes of both languages (align/lexicon.ts), built once by the caller. */
export interface Lexicons {
  fr: LexiconIndex | undefined;
  en: LexiconIndex | undefined;
}

/**
 * Language-neutral features of a text with their summed weights: what a French sentence and
 * its English translation share. Language is guessed per text from function words; when
 * unsure, both lexicons are consulted.
 */
export function conceptFeatures(text: string, lex: Lexicons, w: FeatureWeights = DEFAULT_FEATURE_WEIGHTS): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string, x: number): void => {
    out.set(k, (out.get(k) ?? 0) + x);
  };
  const toks = tokenize(text);
  const lang = guessShortLang(toks);
  const indexes = [
    ...(lang !== 'en' ? [lex.fr, functionWordIndex('fr')] : []),
    ...(lang !== 'fr' ? [lex.en, functionWordIndex('en')] : []),
  ].filter((x) => x !== undefined);
  const words = toks.filter((t) => t.kind === 'word');
  const phrases = phraseConcepts(words);
  for (const id of phrases.ids) add(`p${id}`, w.phrase);
  for (const [i, t] of words.entries()) {
    if (phrases.covered.has(i)) continue;
    const stop = lang ? STOPWORDS[lang].has(t.norm) : STOPWORDS.fr.has(t.norm) || STOPWORDS.en.has(t.norm);
    const groups = new Set<number>();
    for (const idx of indexes) for (const g of lookupLoose(idx, t.norm).slice(0, MAX_GROUPS)) groups.add(g);
    const gw = (stop ? w.functionWord : w.lexicon) / Math.sqrt(Math.max(1, groups.size));
    for (const g of groups) add(`x${g}`, gw);
    const mood = moodOf(t.norm, lang);
    if (mood) add(mood, w.mood);
    if (stop) continue;
    if (t.norm.length < 4) {
      // Short names ("Tom", "Ken", "Rome") are the same word in both languages.
      if (t.cap && t.norm.length >= 2) add(`w:${t.norm}`, w.stem);
      continue;
    }
    // A word the lexicon knows is carried by its concept: its spelling would favour same-language matches.
    const f = groups.size > 0 ? w.knownSurface : 1;
    const s = cognateStem(t.norm, lang);
    add(`w:${s}`, w.stem * f);
    if (s.length >= 5) add(`c:${s.slice(0, 5)}`, w.prefix * f);
    const sk = skeleton(t.norm);
    if (sk.length >= 4) add(`k:${sk.slice(0, 4)}`, w.skeleton * f);
    if (w.ngrams > 0) {
      const padded = `^${s}$`;
      const n = padded.length - 2;
      for (let i = 0; i < n; i++) add(`g:${padded.slice(i, i + 3)}`, (w.ngrams * f) / n);
    }
  }
  for (const n of numberKeys(toks)) add(`n:${n}`, w.number);
  for (const e of new Set([...entityKeys(toks), ...tableEntities(toks)])) add(`e:${e}`, w.entity);
  return out;
}

const MAX_GROUPS = 4;

const EN_MOOD: Record<string, string> = { will: 'm:fut', ll: 'm:fut', shall: 'm:fut', won: 'm:fut', would: 'm:cond', d: 'm:cond', could: 'm:cond', should: 'm:cond' };
const FR_COND = /.{2,}(rais|rait|rions|riez|raient)$/;
const FR_FUT = /.{2,}(rai|ras|ra|rons|rez|ront)$/;

/** Tense/mood concept that French marks by an ending and English by an auxiliary. */
function moodOf(norm: string, lang: 'fr' | 'en' | undefined): string | undefined {
  if (lang === 'en') return Object.hasOwn(EN_MOOD, norm) ? EN_MOOD[norm] : undefined;
  if (lang !== 'fr') return undefined;
  return FR_COND.test(norm) ? 'm:cond' : FR_FUT.test(norm) ? 'm:fut' : undefined;
}

/**
 * Lexicon look-up, plus the infinitive of a French past participle ("formé" -> "former"), and
 * retried with the mute "e" that English -ed/-ing/-es endings drop ("liked" -> "like",
 * "driving" -> "drive"): align/lexicon.ts stops at the first, exact, hit.
 */
function lookupLoose(idx: LexiconIndex, norm: string): number[] {
  const hit = lookup(idx, norm);
  if (idx.lang === 'fr') {
    // Past participles lose their accent: "formé"/"formées" -> "forme(es)", a noun; the verb is "former".
    const pp = /^(.{3,}e)(?:e|s|es)?$/.exec(norm);
    const verb = pp ? idx.exact.get(`${pp[1]}r`) : undefined;
    return verb ? [...new Set([...hit, ...verb])] : hit;
  }
  if (hit.length > 0 || idx.lang !== 'en' || norm.length < 5) return hit;
  if (norm.endsWith('ed') || norm.endsWith('es')) return lookup(idx, norm.slice(0, -1));
  if (norm.endsWith('ing')) return lookup(idx, `${norm.slice(0, -3)}e`);
  return hit;
}

/** "fr" or "en" from function-word counts (short sentences need no threshold); undefined on a tie. */
function guessShortLang(toks: Token[]): 'fr' | 'en' | undefined {
  let fr = 0;
  let en = 0;
  for (const t of toks) {
    if (t.kind !== 'word') continue;
    if (STOPWORDS.fr.has(t.norm)) fr++;
    if (STOPWORDS.en.has(t.norm)) en++;
  }
  return fr > en ? 'fr' : en > fr ? 'en' : undefined;
}
