import { OpenAPIHono } from '@hono/zod-openapi';
import pkg from '../package.json' with { type: 'json' };
import type { AppDeps } from './context.ts';
import { onError, problem } from './errors.ts';
import { analysisRoutes } from './routes/analysis.ts';
import { claimRoutes } from './routes/claims.ts';
import { documentRoutes } from './routes/documents.ts';
import { entityRoutes } from './routes/entities.ts';
import { healthRoutes } from './routes/health.ts';
import { pairRoutes } from './routes/pairs.ts';
import { searchRoutes } from './routes/search.ts';
import { uploadRoutes } from './routes/uploads.ts';
import { apiSecurity } from './security.ts';
import { staticRoutes } from './static.ts';

/** Builds the API (under /api) and the UI (everything else). */
export function createApp(deps: AppDeps) {
  const api = new OpenAPIHono()
    .route('/', healthRoutes(deps, pkg.version))
    .route('/documents', documentRoutes(deps))
    .route('/', uploadRoutes(deps))
    .route('/pairs', pairRoutes(deps))
    .route('/search', searchRoutes(deps))
    .route('/claims', claimRoutes(deps))
    .route('/entities', entityRoutes(deps))
    .route('/', analysisRoutes(deps));
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Concorde API', version: pkg.version, description: 'Ingest, read and trace French and English policy sources.' },
  });

  const app = new OpenAPIHono();
  app.onError((err, c) => onError(err, c, deps.log));
  // Headers, CORS, token and upload rate limit run before any API route (and before its body is read).
  app.use('/api/*', ...apiSecurity(deps.config));
  app.route('/api', api);
  // Before the UI's catch-all, so a mistyped API path is a 404 problem, not the SPA page.
  app.all('/api/*', (c) => problem(c, 404, 'NOT_FOUND', 'Not found', `No API route ${c.req.method} ${c.req.path}.`));
  app.route('/', staticRoutes(deps.config.webDist));
  return app;
}

export type AppType = ReturnType<typeof createApp>;
