import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getEntity } from '../../ingest/claims/entities/registry.ts';
import { listClaimRecords, type ClaimRecord } from '../../ingest/store/claims.repo.ts';
import { kindOfId } from '../../ingest/claims/entities/normalize.ts';
import { entitiesByIds, getEntityRow, listEntities } from '../../ingest/store/entities.repo.ts';
import type { AppDeps } from '../context.ts';
import { notFound } from '../errors.ts';
import { presentClaim, presentEntity } from '../presenters/claims.ts';
import { EntityDetailDto, EntityListDto, EntityParam, EntityQuery, type EntityRole } from '../schemas/claims.ts';
import { validationHook } from '../validation.ts';
import { jsonResponse, problemResponse } from './responses.ts';

/** The roles an entity plays in a claim. */
export function rolesOf(id: string, c: ClaimRecord): EntityRole[] {
  const roles: EntityRole[] = [];
  if (c.subject.id === id) roles.push('subject');
  if (c.object?.id === id) roles.push('object');
  if (c.participants.some((p) => p.id === id)) roles.push('participant');
  if (c.initiators.some((p) => p.id === id)) roles.push('initiator');
  if (c.place?.id === id) roles.push('place');
  if (c.group?.id === id) roles.push('group');
  if (c.attribution?.id === id) roles.push('attribution');
  return roles;
}

const routes = {
  list: createRoute({
    method: 'get',
    path: '/',
    summary: 'Entities (countries, organisations, coalitions, missions, people…) with claim counts',
    request: { query: EntityQuery },
    responses: { 200: jsonResponse(EntityListDto, 'Entities'), 400: problemResponse('Invalid query') },
  }),
  detail: createRoute({
    method: 'get',
    path: '/{id}',
    summary: 'An entity with its names in both languages, its members, and every claim naming it',
    request: { params: EntityParam },
    responses: { 200: jsonResponse(EntityDetailDto, 'Entity'), 404: problemResponse('Unknown entity') },
  }),
};

export function entityRoutes({ db }: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(routes.list, async (c) => {
      const { rows, total } = await listEntities(db, c.req.valid('query'));
      return c.json({ items: rows.map(presentEntity), total }, 200);
    })
    .openapi(routes.detail, async (c) => {
      const { id } = c.req.valid('param');
      // An entity no claim names yet (a group's member) still has a page when the registry knows it.
      const known = getEntity(id);
      const row = (await getEntityRow(db, id)) ?? (known && { id, kind: known.kind, name_fr: known.names.fr, name_en: known.names.en, aliases: known.aliases, members: known.members ?? [], origin: 'registry' as const, claim_count: 0 });
      if (!row) throw notFound('entity', id);
      const stored = new Map((await entitiesByIds(db, row.members)).map((e) => [e.id, e]));
      const memberEntities = row.members.map((m) => {
        const e = stored.get(m);
        if (e) return { id: m, kind: e.kind, names: { fr: e.name_fr, en: e.name_en } };
        const known = getEntity(m);
        return { id: m, kind: known?.kind ?? kindOfId(m), names: known?.names ?? { fr: m, en: m } };
      });
      const claims = await listClaimRecords(db, { entity: id }, 5000);
      return c.json({ ...presentEntity(row), memberEntities, claims: claims.map((r) => ({ ...presentClaim(r), roles: rolesOf(id, r) })) }, 200);
    });
}
