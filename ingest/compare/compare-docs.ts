import type { Claim } from '../claims/model.ts';
import { compareClaims, type Conflict } from './conflicts.ts';
import { liveClaims } from './claim-sources.ts';

/** A claim found in both documents: one record cited by both (an aligned pair), or two with the same `sameStatementKey`. */
export interface SharedClaim {
  key: string;
  a: Claim;
  b: Claim;
}

export interface DocComparisonPart {
  both: SharedClaim[];
  onlyA: Claim[];
  onlyB: Claim[];
  conflicts: Conflict[];
}

/** One aligned passage: sentence indexes in A and in B. */
export interface AlignedPassage {
  id: string;
  a: readonly number[];
  b: readonly number[];
}

export interface PassageComparison extends DocComparisonPart {
  /** null for claims outside every aligned passage. */
  passage: AlignedPassage | null;
}

export interface DocComparison extends DocComparisonPart {
  a: string;
  b: string;
  /** Set when the documents are an aligned pair and links were given. */
  passages: PassageComparison[] | null;
}

/**
 * The comparison key: what a claim says, independent of language, wording and modality (unlike
 * the storage key `claimKey` of `claims/store-claims.ts`): subject, predicate, object, and the
 * figure (for quantities) or the canonical status text (for events). Quotes and stances are
 * matched on who and what only — their words differ across languages. Two claims with one key
 * are the same statement unless `compareClaims` finds them in conflict.
 */
export function sameStatementKey(c: Claim): string {
  const parts = [c.subject.id, c.predicate, c.object?.id ?? ''];
  if (c.value?.kind === 'number') parts.push(`${c.value.amount}${c.value.unit ? ` ${c.value.unit}` : ''}`);
  else if (c.value?.kind === 'text' && c.type === 'event') parts.push(c.value.text.normalize('NFKC').toLowerCase().trim());
  return parts.join('|');
}

const citedIn = (c: Claim, doc: string) => c.citations.some((x) => x.documentId === doc);

/** Compares the claims of two documents in any languages. */
export function compareDocuments(claims: readonly Claim[], a: string, b: string, passages: readonly AlignedPassage[] | null = null): DocComparison {
  const live = liveClaims(claims);
  const whole = comparePart(live.filter((c) => citedIn(c, a)), live.filter((c) => citedIn(c, b)), a, b);
  return { a, b, ...whole, passages: passages ? byPassage(whole, a, b, passages) : null };
}

function comparePart(inA: Claim[], inB: Claim[], a: string, b: string): DocComparisonPart {
  const both: SharedClaim[] = [];
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  // One record cited by both documents (merged across languages).
  for (const c of inA) {
    if (citedIn(c, b)) {
      both.push({ key: sameStatementKey(c), a: c, b: c });
      usedA.add(c.id);
      usedB.add(c.id);
    }
  }
  // Then pairs with the same key, one to one (B indexed by key: large documents stay linear).
  const bByKey = groupBy(inB, sameStatementKey);
  for (const x of inA) {
    if (usedA.has(x.id)) continue;
    const key = sameStatementKey(x);
    const y = bByKey.get(key)?.find((c) => !usedB.has(c.id) && !compareClaims(x, c));
    if (!y) continue;
    both.push({ key, a: x, b: y });
    usedA.add(x.id);
    usedB.add(y.id);
  }
  // Conflicts over every pair with the same subject (claims about different subjects never
  // conflict): a claim shared with one statement of B may still disagree with another.
  const bBySubject = groupBy(inB, (c) => c.subject.id);
  const conflicts: Conflict[] = [];
  for (const x of inA) {
    for (const y of bBySubject.get(x.subject.id) ?? []) {
      const conflict = x.id === y.id ? null : compareClaims(x, y);
      if (conflict) conflicts.push(conflict);
    }
  }
  const inConflict = new Set(conflicts.flatMap((c) => [c.a.claim.id, c.b.claim.id]));
  return {
    both,
    onlyA: inA.filter((c) => !usedA.has(c.id) && !inConflict.has(c.id)),
    onlyB: inB.filter((c) => !usedB.has(c.id) && !inConflict.has(c.id)),
    conflicts,
  };
}

/** The claims under each key, in their original order. */
function groupBy(claims: readonly Claim[], keyOf: (c: Claim) => string): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = keyOf(c);
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/** The sentence a claim is cited at in one document. */
const sentenceIn = (c: Claim, doc: string): number | null => c.citations.find((x) => x.documentId === doc)?.sentenceIdx ?? null;

/** Spreads the whole comparison over the aligned passages (by the sentence each claim is cited at). */
function byPassage(whole: DocComparisonPart, a: string, b: string, passages: readonly AlignedPassage[]): PassageComparison[] {
  // Sentence → its passage, per side (the first passage naming it, as a scan would find).
  const index = (side: 'a' | 'b') => {
    const m = new Map<number, AlignedPassage>();
    for (const p of passages) for (const s of p[side]) if (!m.has(s)) m.set(s, p);
    return m;
  };
  const bySentence = { a: index('a'), b: index('b') };
  const find = (c: Claim, doc: string, side: 'a' | 'b'): AlignedPassage | null => {
    const s = sentenceIn(c, doc);
    return s === null ? null : (bySentence[side].get(s) ?? null);
  };
  const out = new Map<string, PassageComparison>();
  const part = (p: AlignedPassage | null): PassageComparison => {
    const k = p?.id ?? '';
    const existing = out.get(k);
    if (existing) return existing;
    const fresh: PassageComparison = { passage: p, both: [], onlyA: [], onlyB: [], conflicts: [] };
    out.set(k, fresh);
    return fresh;
  };
  for (const s of whole.both) part(find(s.a, a, 'a') ?? find(s.b, b, 'b')).both.push(s);
  for (const c of whole.onlyA) part(find(c, a, 'a')).onlyA.push(c);
  for (const c of whole.onlyB) part(find(c, b, 'b')).onlyB.push(c);
  for (const c of whole.conflicts) {
    const [x, y] = citedIn(c.a.claim, a) ? [c.a.claim, c.b.claim] : [c.b.claim, c.a.claim];
    part(find(x, a, 'a') ?? find(y, b, 'b')).conflicts.push(c);
  }
  const order = (p: PassageComparison) => (p.passage ? Math.min(...p.passage.a, ...p.passage.b) : Infinity);
  return [...out.values()].sort((p, q) => order(p) - order(q));
}
