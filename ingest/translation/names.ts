import { entitiesOf } from './entities.ts';
import { wordNumbers } from './number-words.ts';
import { fold } from './text-utils.ts';

/** A proper name ("Josep Borrell", "Bruxelles") or an acronym ("OTAN", "EUU-JTM") in text. */
export interface NameMention {
  surface: string;
  acronym: boolean;
  start: number;
  end: number;
  /** The words of the name, particles ("de", "of") included: "mer de Barents". */
  words: string[];
  /** Acronym given in brackets right after the name ("… Capability (MPCC)"): the name's short form. */
  shortForm?: string;
}

interface Tok {
  text: string;
  start: number;
  end: number;
  cls: 'cap' | 'acr' | 'particle' | 'other';
  initial: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-/&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const ELISION = /^(?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\p{Lu})/u;
/** Small words inside names ("Université Catholique de Lille"); not names themselves. */
export const PARTICLES = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'of', 'the', 'von', 'van', 'der', 'den', 'y', 'for', 'and', 'et']);
/** Capitalised only because they open a sentence; never the first word of a name. */
const STARTERS = new Set(
  ('the this that these those a an in on at as for but and it its if since while when with from like after before by to of ' +
    'however conversely such our we they there what how why where le la les l ce cette ces cet un une dans pour mais et il elle ' +
    'ils elles en au aux des du de sur par avec comme depuis selon apres avant sans alors ainsi cependant inversement tous toutes ' +
    'nous vous on si or donc enfin outre lors').split(' '),
);
/** Words capitalised for typography (months, days, document parts), not names to carry over. */
const GENERIC = new Set(
  ('january february march april may june july august september october november december janvier fevrier mars avril mai ' +
    'juin juillet aout septembre octobre novembre decembre monday tuesday wednesday thursday friday saturday sunday lundi mardi ' +
    'mercredi jeudi vendredi samedi dimanche mr mrs ms dr m mme prof figure table contents note notes source sources annex annexe ' +
    'appendix chapter chapitre section part partie article introduction conclusion summary resume page version').split(' '),
);

/** Words set in capitals on covers and stamps, not acronyms ("FINAL 22 May 2018"). */
const DISPLAY_WORDS = new Set(
  ('final draft projet version brouillon note notes table contents sommaire summary resume preface foreword policy brief ' +
    'report rapport unclassified classified secret confidential confidentiel protected protege nouveau new').split(' '),
);

const isAllCaps = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const isAcronymShape = (s: string): boolean =>
  /^\p{Lu}[\p{Lu}\p{N}&/-]*$/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2 && !/^[IVXLCDM]+$/.test(s) && !/\p{N}/u.test(s);

function tokenize(text: string, skip: { start: number; end: number }[]): Tok[] {
  const toks: Tok[] = [];
  let prevEnd = 0;
  let first = true;
  for (const m of text.matchAll(TOKEN)) {
    let start = m.index;
    // Possessives and plural acronyms: "Europe's", "CERTs".
    let word = m[0].replace(/['’]s$/u, '').replace(/(?<=^\p{Lu}{2,})s$/u, '');
    // Numbers do not end a sentence's start: "4.1.2 Ensuring…" opens with "Ensuring". A point
    // inside a number ("42.7") is not a full stop.
    const gap = text.slice(prevEnd, start).replace(/(?<=\d)[.,](?=\d)/g, '');
    const initial = first || /[.!?…:•\n«“"]/.test(gap);
    if (/\p{L}/u.test(m[0])) ((first = false), (prevEnd = m.index + m[0].length));
    const el = ELISION.exec(word);
    const elided = el !== null;
    if (el) ((start += el[0].length), (word = word.slice(el[0].length)));
    if (skip.some((s) => start < s.end && s.start < start + word.length)) continue;
    // Hyphenated compounds not in the table ("UE-Ukraine") are looked at part by part.
    const whole = entitiesOf(word).length > 0 || !word.includes('-') || isAcronymShape(word);
    const parts = whole ? [{ w: word, at: start }] : splitParts(word, start);
    parts.forEach((p, k) => {
      toks.push({ text: p.w, start: p.at, end: p.at + p.w.length, cls: classify(p.w), initial: initial && k === 0 && !elided });
    });
  }
  // Runs of capitals ("POLICY BRIEF", "НОМЕР ПРОЕКТА") and lines set in capitals
  // ("PROTECTION DES DROITS HUMAINS EN LIGNE") are display type, not acronyms.
  const lineOf = (t: Tok) => text.lastIndexOf('\n', t.start);
  const capsLines = new Map<number, { caps: number; words: number }>();
  for (const t of toks) {
    if (!/\p{L}/u.test(t.text)) continue;
    const c = capsLines.get(lineOf(t)) ?? { caps: 0, words: 0 };
    c.words++;
    if (isAllCaps(t.text) && t.text.length >= 2) c.caps++;
    capsLines.set(lineOf(t), c);
  }
  toks.forEach((t, i) => {
    if (t.cls !== 'acr' || entitiesOf(t.text).length > 0) return;
    const line = capsLines.get(lineOf(t));
    const between = (n: Tok) => text.slice(Math.min(n.end, t.end), Math.max(n.start, t.start));
    const near = [toks[i - 1], toks[i + 1]].filter((n): n is Tok => n !== undefined && /^[ \u00a0&]+$/.test(between(n)));
    const shout = near.some((n) => isAllCaps(n.text) && n.text.length >= 3 && entitiesOf(n.text).length === 0);
    if (shout || (line && line.caps >= 3 && line.caps / line.words >= 0.6)) t.cls = 'other';
  });
  return toks;
}

function splitParts(word: string, at: number): { w: string; at: number }[] {
  const out: { w: string; at: number }[] = [];
  let pos = at;
  for (const part of word.split('-')) {
    out.push({ w: part, at: pos });
    pos += part.length + 1;
  }
  return out;
}

function classify(w: string): Tok['cls'] {
  const f = fold(w);
  if (PARTICLES.has(f)) return 'particle';
  if (w.length < 2 || /\p{N}/u.test(w)) return 'other';
  // Long all-capital words are display type ("GÉOPOLITIQUE"), unless the table knows them.
  if (isAllCaps(w)) return !GENERIC.has(f) && !DISPLAY_WORDS.has(f) && isAcronymShape(w) && (w.split(/[-/]/).every((p) => p.length <= 6) || entitiesOf(w).length > 0) ? 'acr' : 'other';
  // Capitalised function words ("At least", "Au moins" in table cells) are no names either.
  if (/^\p{Lu}/u.test(w) && !GENERIC.has(f) && !STARTERS.has(f) && wordNumbers(w).length === 0) return 'cap';
  return 'other';
}

/**
 * Names and acronyms in `text`. A capitalised word that only opens a sentence is not a name
 * unless the table knows it or another capitalised word follows ("Pierre Haroche").
 * Tokens inside `skip` spans (dates, codes) are ignored.
 */
export function extractNames(text: string, skip: { start: number; end: number }[] = []): NameMention[] {
  const toks = tokenize(text, skip);
  const out: NameMention[] = [];
  const simpleGap = (a: Tok, b: Tok) => /^[ \u00a0-]*$/.test(text.slice(a.end, b.start));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.cls === 'acr') {
      out.push({ surface: t.text, acronym: true, start: t.start, end: t.end, words: [t.text] });
      continue;
    }
    if (t.cls !== 'cap') continue;
    const next = toks[i + 1];
    const known = entitiesOf(t.text).length > 0;
    if (t.initial && !known && (STARTERS.has(fold(t.text)) || !(next?.cls === 'cap' && simpleGap(t, next)))) continue;
    // Extend over capitalised words, and over particles followed by one ("Université Catholique de Lille").
    let j = i;
    while (j + 1 < toks.length) {
      const a = toks[j + 1]!;
      if (a.cls === 'cap' && !a.initial && simpleGap(toks[j]!, a)) j++;
      else if (a.cls === 'particle' && toks[j + 2]?.cls === 'cap' && simpleGap(toks[j]!, a) && simpleGap(a, toks[j + 2]!)) j += 2;
      else break;
    }
    const [from, to] = widen(toks, i, j);
    const first = toks[from]!;
    const last = toks[to]!;
    const short = SHORT_FORM.exec(text.slice(last.end, last.end + 100));
    out.push({
      surface: text.slice(first.start, last.end),
      acronym: false,
      start: first.start,
      end: last.end,
      words: toks.slice(from, to + 1).map((r) => r.text),
      ...(short?.[1] && { shortForm: short[1] }),
    });
    i = Math.max(j, to);
  }
  return out;
}

/** Lower-case words up to an acronym in brackets: "Capacité militaire de planification et de conduite (MPCC)". */
const SHORT_FORM = /^(?:[\s\u00a0]+[\p{Ll}'’-]+){0,8}[\s\u00a0]*\(([\p{Lu}][\p{Lu}\p{N}&/-]+)\)/u;

/** Widens a run by a neighbouring lower-case word when the table knows the phrase ("mer Noire", "États baltes"). */
function widen(toks: Tok[], i: number, j: number): [number, number] {
  const phrase = (a: number, b: number) => toks.slice(a, b + 1).map((t) => t.text).join(' ');
  for (const [a, b] of [[i - 2, j], [i - 1, j], [i, j + 1]] as const) {
    if (a < 0 || b >= toks.length) continue;
    if (entitiesOf(phrase(a, b)).length > 0) return [a, b];
  }
  return [i, j];
}
