import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { countDocuments } from '../../ingest/store/documents.repo.ts';
import type { AppDeps } from '../context.ts';

const Health = z.object({ ok: z.boolean(), database: z.enum(['pglite', 'postgres']), documents: z.number().int(), version: z.string() });

const health = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Liveness and database reachability',
  responses: { 200: { content: { 'application/json': { schema: Health } }, description: 'Healthy' } },
});

export function healthRoutes({ db }: AppDeps, version: string) {
  return new OpenAPIHono().openapi(health, async (c) => c.json({ ok: true, database: db.kind, documents: await countDocuments(db), version }, 200));
}
