import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { fromPglite, openDb, PGLITE_OPTIONS, setupPgliteSession, type Db } from '../../ingest/store/db.ts';
import { migrate } from '../../ingest/store/migrate.ts';

export type Transport = 'pglite' | 'pg-socket';
export const TRANSPORTS: Transport[] = ['pglite', 'pg-socket'];

/**
 * A migrated, in-memory database reached either in-process (node-postgres over PGlite) or
 * over the wire (node-postgres to PGlite served by pglite-socket), the server path.
 */
export async function openTestDb(transport: Transport): Promise<Db> {
  const lite = await PGlite.create(PGLITE_OPTIONS);
  if (transport === 'pglite') {
    const db = fromPglite(lite, () => lite.close());
    await migrate(db);
    await setupPgliteSession(db);
    return db;
  }
  const server = new PGLiteSocketServer({ db: lite, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await server.start();
  const conn = server.getServerConn();
  const inner = await openDb({ dataDir: 'memory://unused', databaseUrl: `postgres://postgres:postgres@${conn}/postgres?sslmode=disable` });
  return {
    ...inner,
    async close() {
      await inner.close();
      await server.stop();
      await lite.close();
    },
  };
}
