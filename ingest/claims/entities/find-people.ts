import { fold, slugId } from './normalize.ts';
import { GIVEN_NAMES, HONORIFIC, NOT_NAME, PARTICLES, ROLE_COMPLEMENT, ROLE_HEADS, ROLE_LEFT, SPEECH_AFTER, SPEECH_BEFORE } from './context-words.ts';
import { demonymForms } from './country-aliases.ts';
import { isOrgHead } from './find-orgs.ts';
import { gapClass, type Token } from './tokens.ts';

/** A person found in a sentence: `id` from the glossary or a slug of the name. */
export interface PersonFound {
  start: number;
  end: number;
  id: string;
  role?: string;
  source: 'registry' | 'context';
}

/** The people of one document, so that "Lecornu" alone after "Sébastien Lecornu" is the same person. */
export interface PeopleMemory {
  byName: Map<string, string>;
  bySurname: Map<string, string>;
}

export const newPeopleMemory = (): PeopleMemory => ({ byName: new Map(), bySurname: new Map() });

/** What the sentence already knows about its words. */
export interface WordFacts {
  /** Words of known entities and context organisations (never part of a context name). */
  blocked: Uint8Array;
  /** Words of any known entity, demonyms included ("ministre français de la Défense"). */
  known: Uint8Array;
  /** Glossary people: [first word, last word, id]. */
  glossaryPeople: ReadonlyArray<{ first: number; last: number; id: string }>;
}

const SPACE = /^[ \u00a0]$/;
const ARTICLES = new Set(['la', 'le', 'l', 'les', 'the']);
const PREPOSITIONS = new Set(['de', 'd', 'du', 'des', 'of', 'at', 'from', 'in', 'en', 'a']);
const AFFILIATION = /^(?:de|du|d['’]|of|from)\s*(?:l['’]|la\s+|le\s+|the\s+)?(?:\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}|(?:Institut|Institute|Université|University|Fondation|Foundation|Centre|Center)\b)[^,;.!?()«»"“”]{0,60}(?=[,;.!?)]|$)/u;
const SELON = /(?:selon|d['’]après|according\s+to)[\s\u00a0]+$/iu;

let demonyms: Set<string> | undefined;
/** Whether a folded word is a nationality ("slovak", "lettone"). */
function isDemonym(word: string): boolean {
  demonyms ??= new Set([...demonymForms().values()].flat().map(fold));
  return demonyms.has(word);
}

function isNameWord(t: Token, k: number, facts: WordFacts): boolean {
  if (facts.blocked[k]) return false;
  // Initials ("J.D. Vance") count as a name word.
  if (/^(?:\p{Lu}\.){2,3}$/u.test(t.raw)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(t.raw)) return false;
  return !NOT_NAME.has(t.folded) && !ROLE_HEADS.has(t.folded) && !ROLE_COMPLEMENT.has(t.folded) && !isOrgHead(t.folded);
}

/** Runs of capitalised words that could be a name: "Sébastien Lecornu", "Charles de Gaulle", "Jean-Yves Le Drian". */
function candidates(text: string, toks: readonly Token[], facts: WordFacts): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < toks.length; k++) {
    if (!isNameWord(toks[k]!, k, facts)) continue;
    let first = k;
    let last = k;
    for (;;) {
      const n = last + 1;
      const next = toks[n];
      if (!next || last - first >= 4) break;
      const gap = text.slice(toks[last]!.end, next.start);
      if ((SPACE.test(gap) || gap === '-') && isNameWord(next, n, facts)) { last = n; continue; }
      // Particles: "de Gaulle", "von der Leyen", "d'Estaing", "Le Drian".
      let p = n;
      while (p < toks.length && PARTICLES.has(toks[p]!.folded) && !facts.blocked[p] && p - n < 2) p++;
      const after = toks[p];
      if (p > n && after && SPACE.test(gap) && isNameWord(after, p, facts) && gapClass(text.slice(toks[p - 1]!.end, after.start)) !== null) { last = p; continue; }
      break;
    }
    // "Hier Emmanuel Macron": start at the given name when the run begins with some other capitalised word.
    if (last > first && !GIVEN_NAMES.has(toks[first]!.folded)) {
      for (let g = first + 1; g < last; g++) if (GIVEN_NAMES.has(toks[g]!.folded)) { first = g; break; }
    }
    out.push([first, last]);
    k = last;
  }
  return out;
}

/** "le ministre français de la Défense, X", "High Representative X", "les émissaires américains X": the role before the name. */
function roleBefore(text: string, toks: readonly Token[], first: number, facts: WordFacts): string | undefined {
  let k = first - 1;
  const lower = (j: number) => j >= 0 && toks[j]!.raw === toks[j]!.raw.toLowerCase();
  if (lower(k) && (PREPOSITIONS.has(toks[k]!.folded) || (ARTICLES.has(toks[k]!.folded) && lower(k - 1) && PREPOSITIONS.has(toks[k - 1]!.folded)))) return undefined;
  if (k < 0 || !/^[^\S\n]*[,:]?\s*$/.test(text.slice(toks[k]!.end, toks[first]!.start))) return undefined;
  const lastWord = k;
  for (let steps = 0; k >= 0 && steps < 9; steps++, k--) {
    const t = toks[k]!;
    if (k < lastWord && gapClass(text.slice(t.end, toks[k + 1]!.start)) === null) return undefined;
    if (ROLE_HEADS.has(t.folded)) break;
    // "le maire de Lyon, X": a capitalised word after a preposition is the role's complement.
    const afterPreposition = k > 0 && (PREPOSITIONS.has(toks[k - 1]!.folded) || ARTICLES.has(toks[k - 1]!.folded)) && /^\p{Lu}/u.test(t.raw);
    if (!ROLE_COMPLEMENT.has(t.folded) && !facts.known[k] && !afterPreposition) return undefined;
  }
  if (k < 0 || !ROLE_HEADS.has(toks[k]!.folded)) return undefined;
  // Left of the head: "High Representative", "NATO Secretary General", "German Defence Minister".
  const extendsRole = (j: number) => ROLE_LEFT.has(toks[j]!.folded) || ROLE_HEADS.has(toks[j]!.folded) || (facts.known[j] === 1 && /^\p{Lu}/u.test(toks[j]!.raw));
  while (k > 0 && extendsRole(k - 1) && gapClass(text.slice(toks[k - 1]!.end, toks[k]!.start)) !== null) k--;
  return text.slice(toks[k]!.start, toks[lastWord]!.end);
}

/** "X, ministre des Armées", "X, chercheur associé à l'Institut … (Iris) et avocat …", "X (IRIS)": the role after the name. */
function roleAfter(text: string, end: number): string | undefined {
  const rest = text.slice(end);
  const paren = /^[^\S\n]*\(([^()]{2,80})\)/u.exec(rest);
  if (paren && (/^\p{Lu}[\p{Lu}\d&-]+$/u.test(paren[1]!) || ROLE_HEADS.has(fold(paren[1]!.split(/[\s,']/)[0] ?? '')))) return paren[1];
  // Markdown emphasis may wrap the comma ("**Pierre Haroche,**").
  const m = /^[\s*_]*,[\s*_]*(?:(?:le|la|l['’]|les|un|une|the|a|an|son|sa|ses|his|her|its)\s+|l['’])?/iu.exec(rest);
  if (!m) return undefined;
  const from = m[0].length;
  // "Camille Grand, de l'ECFR": an affiliation stands for the role.
  const affiliation = AFFILIATION.exec(rest.slice(from));
  if (affiliation) return affiliation[0].trim();
  // "Mark Rutte, NATO's Secretary General": the possessive is part of the role, not a role word.
  const words = rest.slice(from).replace(/^\p{Lu}[\p{L}-]*['’]s\s+/u, '').split(/[\s'’-]+/, 4).map((w) => fold(w).replace(/[^a-z]/g, ''));
  const head = words.findIndex((w) => ROLE_HEADS.has(w));
  // Only titles and nationalities may come before the head ("a senior Slovak MP", "l'ancien ministre letton").
  if (head < 0 || !words.slice(0, head).every((w) => ROLE_LEFT.has(w) || isDemonym(w))) return undefined;
  let depth = 0;
  let i = from;
  for (; i < rest.length && i - from < 200; i++) {
    const c = rest[i]!;
    if (c === '(') depth++;
    else if (c === ')') { if (depth === 0) break; depth--; }
    else if (depth === 0 && (/[,;!?«»"“”]/.test(c) || (c === '.' && /^\.(\s|$)/.test(rest.slice(i, i + 2))) || rest.startsWith('\n\n', i))) break;
  }
  const role = rest.slice(from, i).replace(/\s+/g, ' ').trim();
  return role || undefined;
}

/**
 * People in a sentence: glossary people, and capitalised names that the context marks as people (a
 * role before or after, an honorific, a speech verb, a common given name, or a name seen earlier in
 * the document). Updates `memory` with the people it finds.
 */
export function findPeople(text: string, toks: readonly Token[], facts: WordFacts, memory: PeopleMemory): PersonFound[] {
  const out: PersonFound[] = [];
  for (const g of facts.glossaryPeople) {
    const role = roleBefore(text, toks, g.first, facts) ?? roleAfter(text, toks[g.last]!.end);
    out.push({ start: toks[g.first]!.start, end: toks[g.last]!.end, id: g.id, source: 'registry', ...(role ? { role: role.replace(/\s+/g, ' ') } : {}) });
  }
  let previous: (PersonFound & { pluralRole: boolean }) | undefined;
  for (const [first, last] of candidates(text, toks, facts)) {
    const start = toks[first]!.start;
    const end = toks[last]!.end;
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    const key = fold(name);
    const single = first === last;
    const before = roleBefore(text, toks, first, facts);
    let role = before ?? roleAfter(text, end);
    // "les émissaires américains Jared Kushner et Steve Witkoff": the second name shares a plural role
    // ("le président X et Y" does not make Y a president).
    const coordinated = previous?.pluralRole === true && /^\s*(?:et|and|,)\s*$/iu.test(text.slice(previous.end, start));
    if (!role && coordinated) role = previous?.role;
    const before0 = text.slice(0, start);
    const remembered = memory.byName.get(key) ?? (single ? memory.bySurname.get(key) : undefined);
    const evidence =
      remembered !== undefined ||
      role !== undefined ||
      HONORIFIC.test(before0) ||
      (SPEECH_BEFORE.test(before0) && (!single || !SELON.test(before0))) ||
      SPEECH_AFTER.test(text.slice(end)) ||
      (!single && GIVEN_NAMES.has(toks[first]!.folded));
    if (!evidence) continue;
    const id = remembered ?? slugId('person', name);
    memory.byName.set(key, id);
    const surname = toks[last]!.folded;
    if (!memory.bySurname.has(surname)) memory.bySurname.set(surname, id);
    const found: PersonFound = { start, end, id, source: 'context', ...(role ? { role: role.replace(/\s+/g, ' ') } : {}) };
    out.push(found);
    const plural = (before ?? (coordinated ? role : undefined))?.split(/\s+/).some((w) => /s$/.test(fold(w)) && ROLE_HEADS.has(fold(w))) ?? false;
    previous = { ...found, pluralRole: plural };
  }
  return out.sort((a, b) => a.start - b.start);
}
