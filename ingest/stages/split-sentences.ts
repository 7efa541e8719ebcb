import type { DetectedLang } from '../model/document.ts';
import type { Span } from '../model/segment.ts';

/** Titles before a name, matched as written: "M. Macron", "Dr. Smith", "Me Dupont". */
const TITLES = new Set([
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mgr', 'Pr', 'Dr', 'St', 'Ste', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sr', 'Jr',
  'Gen', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Capt', 'Col', 'Lt', 'Sgt', 'Cmdr', 'Adm', 'Mt',
]);
/** Abbreviations whose period never ends a sentence (lower-cased, without the period). */
const ABBR = new Set([
  'art', 'al', 'p', 'pp', 'cf', 'vol', 'chap', 'fig', 'éd', 'env', 'av', 'boul', 'bd', 'réf', 'coll', 'ibid', 'op', 'cit',
  'sq', 'suiv', 'tél', 'vs', 'v', 'approx', 'ca', 'esp', 'viz', 'ed', 'eds', 'dept', 'univ', 'para', 'ch', 'ref',
]);
/** Abbreviations that stay inside the sentence when a number follows ("No. 5", "Jan. 12"). */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'n', 'nr', 'jan', 'feb', 'mar', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'janv', 'févr', 'déc', 'oct',
]);
/** Words that typically open a sentence: after "U.S." they mean the sentence did end. */
const STARTERS_EN = ['The', 'This', 'These', 'That', 'It', 'In', 'A', 'An', 'He', 'She', 'We', 'They', 'But', 'And', 'However', 'There', 'Its', 'As', 'For', 'If', 'I'];
const STARTERS_FR = ['Le', 'La', 'Les', 'Ce', 'Cette', 'Ces', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Mais', 'Et', 'Pour', 'Dans', 'En', 'Un', 'Une', 'Si', 'Ainsi', 'Cela'];

const TERMINAL = '.!?…‽。！？';
const CJK_TERMINAL = '。！？';
const SPACED_CLOSERS = '»›'; // French closing quotes may follow a (narrow) space
const TIGHT_CLOSERS = '"”’\')]}';
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const BULLETS = '•▪◦‣·●';

/** Words that may open a sentence after an abbreviation, per language (built once: a block is split per call). */
const STARTERS: Record<DetectedLang, ReadonlySet<string>> = {
  fr: new Set(STARTERS_FR),
  en: new Set(STARTERS_EN),
  und: new Set([...STARTERS_EN, ...STARTERS_FR]),
};

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isLower = (c: string | undefined): boolean => c !== undefined && /\p{Ll}/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Cuts `text` into sentences. Spans are relative to `text`, trimmed, in order, and together
 * they cover every non-whitespace character exactly once. French and English conventions:
 * abbreviations, initials, « … » quotes, footnote calls after the period, ellipses, bullets.
 * One pass with bounded look-behind and look-ahead, so the cost is linear in the text length.
 */
export function splitSentences(text: string, lang: DetectedLang): Span[] {
  const starters = STARTERS[lang];
  const cuts: number[] = [0];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i] as string;
    const lastCut = cuts[cuts.length - 1] ?? 0;
    if (ch === '\n') {
      const k = skipInline(text, i + 1);
      if (text[k] === '\n' || startsListItem(text, k)) {
        const next = skipSpaces(text, k);
        if (next < n) cuts.push(next);
        i = Math.max(next, i + 1);
        continue;
      }
    } else if (BULLETS.includes(ch) && isSpace(text[i - 1]) && (i + 1 >= n || isSpace(text[i + 1])) && !isLabelBefore(text, lastCut, i)) {
      cuts.push(i);
    } else if (TERMINAL.includes(ch)) {
      const end = boundaryAfter(text, i, lastCut, starters);
      if (end.cut !== undefined) cuts.push(end.cut);
      i = Math.max(end.resume, i + 1);
      continue;
    }
    i++;
  }
  return toSpans(text, cuts);
}

/** Looks at the punctuation run starting at `i`; says where the next sentence starts, if it does. */
function boundaryAfter(text: string, i: number, lastCut: number, starters: ReadonlySet<string>): { cut?: number; resume: number } {
  const n = text.length;
  let j = i;
  while (j < n && TERMINAL.includes(text[j] as string)) j++;
  const cluster = text.slice(i, j);
  j = skipClosers(text, j);
  // Footnote calls glued after the period: "sécurité ».¹ Cette", "débattue.2 Dans".
  let m = j;
  while (m < n && SUPERSCRIPT_DIGITS.includes(text[m] as string)) m++;
  if (m === j && !isDigit(text[i - 1])) {
    while (m < n && m - j < 3 && isDigit(text[m])) m++;
    if (m < n && !isSpace(text[m])) m = j;
  }
  j = skipClosers(text, m);
  const cjk = [...cluster].some((c) => CJK_TERMINAL.includes(c));
  if (j >= n || (!isSpace(text[j]) && !cjk)) return { resume: j };
  const k = skipSpaces(text, j);
  if (k >= n) return { resume: k };
  const next = text[k] as string;
  if (isLower(next) || ',;:)]}»›'.includes(next)) return { resume: j };
  if (cluster === '.' && !periodEndsSentence(text, i, k, lastCut, starters)) return { resume: j };
  return { cut: k, resume: k };
}

/** The period at `dot` follows a word; decide whether that word is an abbreviation, an initial or a list number. */
function periodEndsSentence(text: string, dot: number, next: number, lastCut: number, starters: ReadonlySet<string>): boolean {
  let s = dot;
  while (s > 0 && dot - s < 40 && !isSpace(text[s - 1]) && !'(«“"[‘'.includes(text[s - 1] as string)) s--;
  const word = text.slice(s, dot);
  if (!word) return true;
  const lower = word.toLowerCase();
  if (TITLES.has(word) || ABBR.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && isDigit(text[next])) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Borrell"
  if (/^(\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word) || /^\p{L}\.-\p{L}$/u.test(word)) {
    // Dotted abbreviations: "e.g.", "i.e." never end; "U.S." ends only before a typical opener.
    if (/^(e\.g|i\.e|c\.-à-d|c\.à\.d|n\.b)$/i.test(word)) return false;
    return starters.has(wordAt(text, next));
  }
  if (/^(\d{1,3}|[IVXLC]{1,6}|[a-z])$/.test(word) && onlySpaceBetween(text, lastCut, s)) return false; // "1. Title"
  return true;
}

function wordAt(text: string, k: number): string {
  let e = k;
  while (e < text.length && e - k < 20 && /\p{L}/u.test(text[e] as string)) e++;
  return text.slice(k, e);
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let p = to - 1; p >= from; p--) if (!isSpace(text[p])) return false;
  return true;
}

/** A bullet right after a short label ("II • Title") is part of a heading, not a separator. */
function isLabelBefore(text: string, lastCut: number, i: number): boolean {
  if (i - lastCut > 12) return false;
  return /^[\dIVXLCivxlc.)\s]*$/.test(text.slice(lastCut, i));
}

function startsListItem(text: string, k: number): boolean {
  const c = text[k];
  if (c !== undefined && (BULLETS.includes(c) || '-–—*'.includes(c)) && isSpace(text[k + 1])) return true;
  return /^\d{1,3}[.)]\s/.test(text.slice(k, k + 5));
}

function skipClosers(text: string, j: number): number {
  for (;;) {
    if (TIGHT_CLOSERS.includes(text[j] ?? '\0')) {
      j++;
      continue;
    }
    let k = j;
    while (k < text.length && k - j < 3 && isSpace(text[k]) && text[k] !== '\n') k++;
    if (SPACED_CLOSERS.includes(text[k] ?? '\0')) {
      j = k + 1;
      continue;
    }
    return j;
  }
}

function skipSpaces(text: string, k: number): number {
  while (k < text.length && isSpace(text[k])) k++;
  return k;
}

function skipInline(text: string, k: number): number {
  while (k < text.length && isSpace(text[k]) && text[k] !== '\n') k++;
  return k;
}

function toSpans(text: string, cuts: number[]): Span[] {
  const spans: Span[] = [];
  for (let c = 0; c < cuts.length; c++) {
    let start = cuts[c] as number;
    let end = cuts[c + 1] ?? text.length;
    if (end <= start) continue;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
