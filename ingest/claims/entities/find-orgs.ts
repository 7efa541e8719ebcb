import type { EntityKind } from '../model.ts';
import { slugId } from './normalize.ts';
import { gapClass, type Token } from './tokens.ts';

/** An organisation (or mission, programme) recognised from context, not from the glossary. */
export interface ContextOrg {
  start: number;
  end: number;
  firstWord: number;
  words: number;
  id: string;
  kind: EntityKind;
}

/** Words that start an organisation's name when capitalised ("Institut Montaigne", "Ministry of Defence"). */
const ORG_HEADS: Record<string, EntityKind> = Object.fromEntries([
  ...`institut institute commission ministere ministry agence agency universite university council conseil fondation foundation
    centre center groupe group office bureau banque bank parlement parliament cour court tribunal academie academy ecole school
    observatoire observatory forum association federation organisation organization departement department service autorite
    authority comite committee assemblee assembly chambre chamber societe corporation parti party`
    .split(/\s+/).filter(Boolean).map((w) => [w, 'organisation' as EntityKind]),
  ...['mission', 'operation'].map((w) => [w, 'mission' as EntityKind]),
  ...['programme', 'program', 'fonds', 'fund', 'facilite', 'facility', 'initiative', 'plan'].map((w) => [w, 'programme' as EntityKind]),
]);

/** Small words inside organisation names ("Institut des relations … et stratégiques", "Ministry of the Armed Forces"). */
const CONNECTORS = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'l', 'les', 'of', 'the', 'for', 'and', 'et', 'on', 'sur', 'pour', 'en', 'a', 'au', 'aux', 'in']);

/** English head words that close a name (case-sensitive). */
const TAIL_HEADS = new Set(['Council', 'Institute', 'Institution', 'Foundation', 'Center', 'Centre', 'Endowment', 'Fund', 'Forum', 'Agency', 'University', 'Group', 'Party', 'Committee']);
/** Capitalised words that open sentences rather than names ("The Council", "This Institute"). */
const NOT_NAME_START = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'le', 'la', 'les', 'l', 'un', 'une', 'ce', 'cette']);

export const isOrgHead = (folded: string): boolean => ORG_HEADS[folded] !== undefined;

/** Articles that, after "et"/"and", open a second name ("… et l'Institut Montaigne"). */
const ARTICLES = new Set(['the', 'la', 'le', 'l', 'les', 'des', 'du']);

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.raw);
const isAcronym = (s: string) => /^\p{Lu}[\p{L}\d&-]{1,11}$/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2;

/** The kind an organisation's first word suggests (a "Mission …" is a mission). */
function kindOf(head: Token | undefined): EntityKind {
  return (head && ORG_HEADS[head.folded]) ?? 'organisation';
}

/** Whether the initials of the content words of `words` are the letters of `acronym`, in any order ("MPCC" for "Capacité militaire de planification et de conduite"). */
function initialsMatch(words: readonly Token[], acronym: string): boolean {
  const initials = words.filter((w) => !CONNECTORS.has(w.folded)).map((w) => w.folded.charAt(0));
  const letters = [...acronym.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase()];
  return initials.length === letters.length && initials.sort().join('') === letters.sort().join('');
}

/** Whether words i..j are joined by spaces, hyphens or apostrophes only (no comma, bracket or blank line). */
function joined(text: string, toks: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k <= j; k++) if (gapClass(text.slice(toks[k - 1]!.end, toks[k]!.start)) === null) return false;
  return true;
}

/**
 * Organisations no list names, from three patterns: a name followed by its acronym in brackets
 * ("Institut polonais des affaires internationales (PISM)"), a capitalised head word with
 * capitalised words after it ("Institut Montaigne", "Ministry of Foreign Affairs of Latvia"), and
 * capitalised words closed by an English head word ("Atlantic Council"). `taken[k]` marks words
 * that already belong to a known entity.
 */
export function findContextOrgs(text: string, toks: readonly Token[], taken: Uint8Array): ContextOrg[] {
  const out: ContextOrg[] = [];
  const used = new Uint8Array(toks.length);
  const push = (i: number, j: number, id: string, kind: EntityKind) => {
    used.fill(1, i, j + 1);
    out.push({ start: toks[i]!.start, end: toks[j]!.end, firstWord: i, words: j - i + 1, id, kind });
  };

  // 1. "Long Name (ACR)": the shortest run of words before the bracket whose initials spell the acronym, else a head word's phrase.
  for (const m of text.matchAll(/\(([^()\n]{2,12})\)/g)) {
    const acr = m[1]!.trim();
    const a = toks.findIndex((t) => t.start === m.index + 1 + m[1]!.indexOf(acr));
    if (a < 0 || toks[a]!.end !== m.index + 1 + m[1]!.indexOf(acr) + acr.length || taken[a]) continue;
    const capitalisedShort = /^\p{Lu}\p{Ll}{1,5}$/u.test(acr);
    if (!isAcronym(acr) && !capitalisedShort) continue;
    let e = -1;
    for (let k = a - 1; k >= 0; k--) if (toks[k]!.end <= m.index) { e = k; break; }
    if (e < 0 || !/^\s*$/.test(text.slice(toks[e]!.end, m.index))) continue;
    // Known names may sit inside the expansion ("… de la Bundeswehr (BAAINBw)"); a span cutting through one is dropped by the caller.
    let found = -1;
    for (let k = e; k >= Math.max(0, e - 14) && joined(text, toks, k, e); k--) {
      if (isCapitalised(toks[k]!) && !taken[k] && initialsMatch(toks.slice(k, e + 1), acr)) { found = k; break; }
    }
    if (found < 0 && isAcronym(acr)) {
      for (let k = e; k >= Math.max(0, e - 10) && joined(text, toks, k, e); k--) {
        if (isCapitalised(toks[k]!) && !taken[k] && ORG_HEADS[toks[k]!.folded]) { found = k; break; }
      }
    }
    // "Government IT Centre (CTIE)": a head word closing the name takes the capitalised words before it;
    // a generic head alone ("Service (DDoS)") names nothing.
    if (found === e) {
      while (found > 0 && isCapitalised(toks[found - 1]!) && !taken[found - 1] && !NOT_NAME_START.has(toks[found - 1]!.folded) && joined(text, toks, found - 1, e)) found--;
      if (found === e) continue;
    }
    if (found < 0) continue;
    const kind = kindOf(toks[found]);
    const id = slugId(kind, acr);
    push(found, e, id, kind);
    push(a, a, id, kind);
  }

  // 2. "Head Capitalised …": a head word, then capitalised words possibly joined by connectors.
  for (let i = 0; i < toks.length; i++) {
    const head = toks[i]!;
    if (taken[i] || used[i] || !isCapitalised(head) || !ORG_HEADS[head.folded] || head.raw === head.raw.toUpperCase()) continue;
    let end = i;
    let k = i + 1;
    while (k < toks.length && k - i <= 10) {
      let c = k;
      while (c < toks.length && CONNECTORS.has(toks[c]!.folded) && !isCapitalised(toks[c]!)) c++;
      const t = toks[c];
      // "Fondation Robert Schuman et l'Institut Montaigne", "… of Latvia and the Hudson Institute": two organisations.
      const joiners = toks.slice(k, c).map((w) => w.folded);
      if (t && c > k && ORG_HEADS[t.folded]) break;
      if (joiners.some((w) => w === 'and' || w === 'et') && joiners.some((w) => ARTICLES.has(w))) break;
      // An acronym continues a name only when it is a known entity ("Conseil OTAN-Ukraine" is in the glossary anyway).
      if (!t || used[c] || !isCapitalised(t) || (t.raw === t.raw.toUpperCase() && t.raw.length > 1 && taken[c] !== 1)) break;
      if (!joined(text, toks, end, c)) break;
      end = c;
      k = c + 1;
    }
    if (end === i) continue;
    const kind = kindOf(head);
    push(i, end, slugId(kind, text.slice(head.start, toks[end]!.end)), kind);
    i = end;
  }
  // 3. English names that end with their head word: "Atlantic Council", "Hudson Institute", "Brookings Institution".
  for (let h = 1; h < toks.length; h++) {
    const head = toks[h]!;
    if (taken[h] || used[h] || !TAIL_HEADS.has(head.raw)) continue;
    let first = h;
    while (first > 0 && h - first < 3) {
      const t = toks[first - 1]!;
      if (taken[first - 1] || used[first - 1] || !/^\p{Lu}\p{Ll}/u.test(t.raw) || NOT_NAME_START.has(t.folded) || !joined(text, toks, first - 1, h)) break;
      first--;
    }
    if (first === h) continue;
    const kind = kindOf(head);
    push(first, h, slugId(kind, text.slice(toks[first]!.start, head.end)), kind);
  }
  return out.sort((x, y) => x.start - y.start);
}
