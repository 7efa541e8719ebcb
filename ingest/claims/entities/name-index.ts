import type { EntityKind } from '../model.ts';
import { GUARDED_ALIASES, ISOLATED_ONLY } from './country-aliases.ts';
import { allEntities } from './registry.ts';
import { gapClass, tokenize, type Token } from './tokens.ts';

/** How a word of a known name must be written in the text. */
type CaseRule = 'exact' | 'capital' | 'any';

/** One written form of a known entity, ready to be compared word by word. */
export interface NameForm {
  entityId: string;
  kind: EntityKind;
  form: string;
  words: ReadonlyArray<{ folded: string; raw: string; rule: CaseRule }>;
  /** Gap classes between consecutive words (see `gapClass`). */
  gaps: string[];
  demonym: boolean;
  /** Only where no capitalised word touches it ("Maurice", "Jersey"). */
  isolated: boolean;
  notAfter?: RegExp;
  notBefore?: RegExp;
}

/**
 * Acronyms and words with inner capitals ("OTAN", "U.K.", "DoD", "PeSCo") must be written exactly:
 * "US" is not "us" and "UE" is not "ue". A capitalised word must stay capitalised, except the first
 * word of a longer name ("union européenne", "états baltes"), which texts often lower-case.
 */
function caseRule(raw: string, index: number, count: number): CaseRule {
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && /\p{Lu}/u.test(letters.slice(1))) return 'exact';
  if (/^\p{Lu}/u.test(raw) && (index > 0 || count === 1)) return 'capital';
  return 'any';
}

function compile(entityId: string, kind: EntityKind, form: string, demonym: boolean): NameForm | undefined {
  const toks = tokenize(form);
  if (toks.length === 0) return undefined;
  const gaps: string[] = [];
  for (let i = 1; i < toks.length; i++) gaps.push(gapClass(form.slice(toks[i - 1]!.end, toks[i]!.start)) ?? ' ');
  const words = toks.map((t, i) => ({ folded: t.folded, raw: t.raw, rule: caseRule(t.raw, i, toks.length) }));
  const isolated = toks.length === 1 && ISOLATED_ONLY.has(toks[0]!.folded);
  return { entityId, kind, form, words, gaps, demonym, isolated };
}

/** Every form of every known entity, indexed by its first folded word. */
export type NameIndex = Map<string, NameForm[]>;

let index: NameIndex | undefined;

export function nameIndex(): NameIndex {
  if (index) return index;
  const idx: NameIndex = new Map();
  const add = (f: NameForm | undefined) => {
    if (!f) return;
    const first = f.words[0]!.folded;
    const list = idx.get(first) ?? [];
    // The same form twice for one entity (CLDR name = alias) is kept once.
    if (!list.some((g) => g.entityId === f.entityId && g.form === f.form && g.demonym === f.demonym)) list.push(f);
    idx.set(first, list);
  };
  for (const e of allEntities()) {
    for (const name of new Set([e.names.fr, e.names.en, ...e.aliases])) add(compile(e.id, e.kind, name, false));
    for (const d of e.demonyms ?? []) add(compile(e.id, e.kind, d, true));
  }
  for (const g of GUARDED_ALIASES) {
    const f = compile(`country:${g.code}`, 'country', g.form, false);
    if (f) add({ ...f, ...(g.notAfter ? { notAfter: g.notAfter } : {}), ...(g.notBefore ? { notBefore: g.notBefore } : {}) });
  }
  index = idx;
  return idx;
}

/** Whether a text word satisfies the form word's case rule (the folded words are already equal). */
function caseOk(tok: Token, rule: CaseRule, raw: string): boolean {
  if (rule === 'exact') return tok.raw === raw;
  if (rule === 'capital') return /^\p{Lu}/u.test(tok.raw);
  return true;
}

/** Number of text words matched by `form` starting at word `i`, or 0. */
export function matchAt(text: string, toks: readonly Token[], i: number, form: NameForm): number {
  const n = form.words.length;
  if (i + n > toks.length) return 0;
  for (let j = 0; j < n; j++) {
    const tok = toks[i + j]!;
    const w = form.words[j]!;
    if (tok.folded !== w.folded || !caseOk(tok, w.rule, w.raw)) return 0;
    if (j > 0 && gapClass(text.slice(toks[i + j - 1]!.end, tok.start)) !== form.gaps[j - 1]) return 0;
  }
  const start = toks[i]!.start;
  const end = toks[i + n - 1]!.end;
  if (form.notAfter?.test(text.slice(end))) return 0;
  if (form.notBefore?.test(text.slice(0, start))) return 0;
  if (form.isolated && (touchesCapital(text, toks, i - 1, start, true) || touchesCapital(text, toks, i + n, end, false) || beforeParticle(text, toks, i + n, end))) return 0;
  return n;
}

const PARTICLE = new Set(['de', 'du', 'des', 'von', 'van', 'da', 'di', 'del']);

/** "Dominique de Villepin": a name particle, then a capitalised word. */
function beforeParticle(text: string, toks: readonly Token[], k: number, edge: number): boolean {
  const p = toks[k];
  return p !== undefined && PARTICLE.has(p.raw) && /^[ \u00a0]+$/.test(text.slice(edge, p.start)) && touchesCapital(text, toks, k + 1, p.end, false);
}

/** Sentence-initial articles and prepositions are capitalised without being names ("Le Niger a quitté…"). */
const CAPITALISED_FUNCTION_WORDS = new Set(['Le', 'La', 'Les', 'Du', 'Des', 'Au', 'Aux', 'En', 'The', 'In']);

/** Whether word `k` exists, is capitalised (a name, not an article) and is separated from the name by spaces only. */
function touchesCapital(text: string, toks: readonly Token[], k: number, edge: number, before: boolean): boolean {
  const t = toks[k];
  if (!t || !/^\p{Lu}/u.test(t.raw) || CAPITALISED_FUNCTION_WORDS.has(t.raw)) return false;
  const gap = before ? text.slice(t.end, edge) : text.slice(edge, t.start);
  return /^[ \u00a0]+$/.test(gap);
}
