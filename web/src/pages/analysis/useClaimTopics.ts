import type { ClaimListDto } from '../../../../api/schemas/claims.ts';
import { getJson } from '../../api/client.ts';
import { useFetched, type Fetched } from '../../lib/useFetched.ts';

/** A subject with the predicates claims give it, for the timeline pickers. */
interface Topic {
  id: string;
  name: string;
  names?: { fr: string; en: string } | undefined;
  predicates: Array<{ predicate: string; count: number }>;
  count: number;
}

/** The most the claims list returns at once; the pickers cover the subjects of these claims. */
const TOPIC_SAMPLE = 500;

/** Subjects and their predicates, most claimed first (from GET /api/claims). */
function topicsOf(list: ClaimListDto): Topic[] {
  const bySubject = new Map<string, Topic>();
  for (const c of list.items) {
    const t = bySubject.get(c.subject.id) ?? { id: c.subject.id, name: c.subject.name, names: c.subject.names, predicates: [], count: 0 };
    const p = t.predicates.find((x) => x.predicate === c.predicate);
    if (p) p.count++;
    else t.predicates.push({ predicate: c.predicate, count: 1 });
    t.count++;
    bySubject.set(c.subject.id, t);
  }
  const topics = [...bySubject.values()];
  for (const t of topics) t.predicates.sort((a, b) => b.count - a.count || a.predicate.localeCompare(b.predicate));
  return topics.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** Who holds stances or is quoted: subjects of stance and quote claims, and attributed speakers. */
function actorsOf(list: ClaimListDto): Array<{ id: string; name: string; count: number }> {
  const actors = new Map<string, { id: string; name: string; count: number }>();
  const add = (e: { id: string; name: string }) => {
    const a = actors.get(e.id) ?? { id: e.id, name: e.name, count: 0 };
    a.count++;
    actors.set(e.id, a);
  };
  for (const c of list.items) {
    if (c.type === 'stance' || c.type === 'quote') add(c.subject);
    else if (c.attribution) add(c.attribution);
  }
  return [...actors.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

interface ClaimTopics {
  topics: Topic[];
  actors: Array<{ id: string; name: string; count: number }>;
}

export const useClaimTopics = (): Fetched<ClaimTopics> =>
  useFetched('topics', (signal) => getJson<ClaimListDto>(`/api/claims?limit=${TOPIC_SAMPLE}`, signal).then((l) => ({ topics: topicsOf(l), actors: actorsOf(l) })));
