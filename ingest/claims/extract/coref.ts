import type { EntityKind } from '../model.ts';
import type { Mention } from './view.ts';

/** "cette mission", "this coalition": a demonstrative naming the kind it points back to. */
const DEMONSTRATIVE = /(?<![\p{L}])(?:cette|ce|cet|this|that|the said|ladite|ledit|la|l'|the) ?(mission|coalition|alliance|initiative|organisation|organization|opération|operation)(?![\p{L}])/giu;
/** A subject pronoun opening the sentence: "Elle se compose…", "It includes…". */
const OPENING_PRONOUN = /^\s*(?:elle|il|celle-ci|celui-ci|it)(?![\p{L}])/iu;

const WANTS: Record<string, readonly EntityKind[]> = {
  mission: ['mission', 'coalition'],
  opération: ['mission', 'coalition'],
  operation: ['mission', 'coalition'],
  coalition: ['coalition', 'mission'],
  alliance: ['coalition', 'organisation'],
  initiative: ['coalition', 'mission', 'programme'],
  organisation: ['organisation'],
  organization: ['organisation'],
};

/**
 * Light coreference: demonstratives resolve to the last mission/coalition of the paragraph or the
 * previous sentence (`recent`, newest last), else the document's topic; an opening pronoun to the first target-like entity of
 * the previous sentence (`previous`). Returns mentions to add (not overlapping existing ones).
 */
export function resolveAnaphors(norm: string, own: readonly Mention[], recent: readonly Mention[], previous: readonly Mention[], topic?: Mention): Mention[] {
  const out: Mention[] = [];
  const free = (s: number, e: number) => !own.some((m) => m.start < e && s < m.end);
  for (const m of norm.matchAll(DEMONSTRATIVE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const noun = (m[1] ?? '').toLowerCase();
    // "cette mission" may point at a coalition's mission; "la coalition" names its kind exactly.
    const definite = /^(?:la|l'|the)/iu.test(m[0]);
    const wanted = WANTS[noun] ?? ['coalition', 'mission'];
    const kinds = definite ? wanted.slice(0, 1) : wanted;
    const earlierHere = own.filter((e) => e.end <= start && kinds.includes(e.kind));
    const target = earlierHere.at(-1) ?? [...recent].reverse().find((e) => kinds.includes(e.kind)) ?? (topic && kinds.includes(topic.kind) ? topic : undefined);
    if (target) out.push(refer(target, start, end, norm));
  }
  const p = OPENING_PRONOUN.exec(norm);
  if (p && free(p.index, p.index + p[0].length)) {
    const target = previous.find((e) => e.kind === 'coalition' || e.kind === 'mission' || e.kind === 'organisation' || e.kind === 'programme');
    if (target) out.push(refer(target, p.index + p[0].length - p[0].trimStart().length, p.index + p[0].length, norm));
  }
  return out;
}

function refer(target: Mention, start: number, end: number, norm: string): Mention {
  return { start, end, text: norm.slice(start, end), kind: target.kind, ref: target.ref, viaCoref: true, ...(target.members ? { members: target.members } : {}) };
}
