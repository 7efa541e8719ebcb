import { z } from 'zod';
import { kindOfId } from '../claims/entities/normalize.ts';
import { getEntity, type Entity } from '../claims/entities/registry.ts';
import { EntityKind, type EntityRef, type ParsedClaimDraft } from '../claims/model.ts';
import type { Queryable } from './db.ts';

/** Every entity a draft names, in any role. */
function entityRefsOf(d: Pick<ParsedClaimDraft, 'subject' | 'object' | 'place' | 'participants' | 'initiators' | 'group' | 'attribution'>): EntityRef[] {
  return [d.subject, d.object, d.place, ...d.participants, ...d.initiators, d.group, d.attribution].filter((e): e is EntityRef => e !== undefined);
}

interface EntityUpsert {
  id: string;
  kind: EntityKind;
  name_fr: string;
  name_en: string;
  aliases: string[];
  members: string[];
  origin: 'registry' | 'text';
}

const fromRegistry = (e: Entity): EntityUpsert => ({ id: e.id, kind: e.kind, name_fr: e.names.fr, name_en: e.names.en, aliases: e.aliases, members: e.members ?? [], origin: 'registry' });

/**
 * Makes sure every entity the drafts name is stored: the registry's record when it knows the id
 * (it always wins), else the name as the text writes it. Group members are stored too.
 */
export async function upsertEntitiesFor(q: Queryable, drafts: ParsedClaimDraft[]): Promise<void> {
  const rows = new Map<string, EntityUpsert>();
  const add = (id: string, name: string | undefined) => {
    if (rows.has(id)) return;
    const known = getEntity(id);
    if (known) {
      rows.set(id, fromRegistry(known));
      for (const m of known.members ?? []) add(m, undefined);
    } else if (name) rows.set(id, { id, kind: kindOfId(id), name_fr: name, name_en: name, aliases: [], members: [], origin: 'text' });
  };
  for (const d of drafts) for (const e of entityRefsOf(d)) add(e.id, e.name);
  await upsertEntities(q, [...rows.values()]);
}

async function upsertEntities(q: Queryable, rows: EntityUpsert[]): Promise<void> {
  if (!rows.length) return;
  await q.query(
    `INSERT INTO entities (id, kind, name_fr, name_en, aliases, members, origin)
     SELECT e.id, e.kind, e.name_fr, e.name_en, ARRAY(SELECT jsonb_array_elements_text(e.aliases)), ARRAY(SELECT jsonb_array_elements_text(e.members)), e.origin
     FROM jsonb_to_recordset($1::jsonb) AS e(id text, kind text, name_fr text, name_en text, aliases jsonb, members jsonb, origin text)
     ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, name_fr = EXCLUDED.name_fr, name_en = EXCLUDED.name_en, aliases = EXCLUDED.aliases,
       members = EXCLUDED.members, origin = 'registry', updated_at = now()
     WHERE EXCLUDED.origin = 'registry'`,
    [JSON.stringify(rows)],
  );
}

const EntityRow = z.object({
  id: z.string(),
  kind: EntityKind,
  name_fr: z.string(),
  name_en: z.string(),
  aliases: z.array(z.string()),
  members: z.array(z.string()),
  origin: z.enum(['registry', 'text']),
  claim_count: z.coerce.number(),
});
export type EntityRow = z.infer<typeof EntityRow>;

/** Claims (not rejected) naming the entity in any role. */
const CLAIM_COUNT = `(SELECT count(*) FROM claims c WHERE c.status <> 'rejected' AND (c.subject_id = e.id OR c.object_id = e.id OR c.place_id = e.id
  OR c.group_id = e.id OR c.attribution_id = e.id OR e.id = ANY(c.participant_ids) OR e.id = ANY(c.initiator_ids))) AS claim_count`;

export interface EntityFilter {
  kind?: EntityKind | undefined;
  /** Words in a name or alias, either language, accents and case ignored. */
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export async function listEntities(q: Queryable, f: EntityFilter = {}): Promise<{ rows: EntityRow[]; total: number }> {
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  const where = `WHERE ($1::text IS NULL OR e.kind = $1) AND ($2::text IS NULL OR unaccent(e.name_fr) ILIKE unaccent($2) OR unaccent(e.name_en) ILIKE unaccent($2)
    OR e.id ILIKE $2 OR EXISTS (SELECT 1 FROM unnest(e.aliases) a WHERE unaccent(a) ILIKE unaccent($2)))`;
  const params = [f.kind ?? null, like];
  const r = await q.query(
    `SELECT e.id, e.kind, e.name_fr, e.name_en, e.aliases, e.members, e.origin, ${CLAIM_COUNT} FROM entities e ${where}
     ORDER BY claim_count DESC, e.name_en, e.id LIMIT $3 OFFSET $4`,
    [...params, f.limit ?? 200, f.offset ?? 0],
  );
  const n = await q.query<{ n: string }>(`SELECT count(*) AS n FROM entities e ${where}`, params);
  return { rows: r.rows.map((x) => EntityRow.parse(x)), total: Number(n.rows[0]?.n ?? 0) };
}

export async function getEntityRow(q: Queryable, id: string): Promise<EntityRow | null> {
  const r = await q.query(`SELECT e.id, e.kind, e.name_fr, e.name_en, e.aliases, e.members, e.origin, ${CLAIM_COUNT} FROM entities e WHERE e.id = $1`, [id]);
  return r.rows[0] ? EntityRow.parse(r.rows[0]) : null;
}

export async function entitiesByIds(q: Queryable, ids: string[]): Promise<EntityRow[]> {
  if (!ids.length) return [];
  const r = await q.query(`SELECT e.id, e.kind, e.name_fr, e.name_en, e.aliases, e.members, e.origin, ${CLAIM_COUNT} FROM entities e WHERE e.id = ANY($1::text[])`, [ids]);
  return r.rows.map((x) => EntityRow.parse(x));
}
