import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Serves the built UI, with the SPA's index.html for every client-side route. */
export function staticRoutes(webDist: string) {
  const app = new Hono();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  const index = path.join(webDist, 'index.html');
  const root = path.relative(process.cwd(), webDist) || '.';
  app.use('/assets/*', serveStatic({ root }));
  app.get('*', async (c, next) => {
    if (path.extname(c.req.path)) return serveStatic({ root })(c, next);
    if (!fs.existsSync(index)) {
      return c.text('The web UI is not built yet: run `npm run build:web` (npm start does it for you).', 503);
    }
    return c.html(fs.readFileSync(index, 'utf8'));
  });
  return app;
}
