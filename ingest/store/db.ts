import { createHash } from 'node:crypto';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { vector } from '@electric-sql/pglite-pgvector';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { migrate } from './migrate.ts';

/** Anything that runs SQL: the pool, or a client inside a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string | Statement, params?: unknown[]): Promise<pg.QueryResult<R>>;
}

/**
 * A named statement: each connection parses it once and keeps it, and Postgres may keep its
 * plan (a generic plan once it is no worse than planning each time). For hot queries whose
 * planning costs as much as their execution, such as search's; plain strings for the rest.
 */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

/** A named statement for `text`; the name is derived from the text, so one name never means two texts. */
export function statement(text: string): Statement {
  return { name: `s_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text };
}

/**
 * The one database seam: node-postgres in front of either embedded PGlite (in-process, no socket)
 * or a Postgres server. Repositories only see `Queryable`.
 */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  readonly pool: pg.Pool;
  /** Runs `fn` in one transaction on one connection; never call `db.query` inside it. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
}

/** Opens the configured database and applies pending migrations. */
export async function openDb(opts: DbOptions): Promise<Db> {
  const db = opts.databaseUrl ? openServer(opts.databaseUrl) : await openEmbedded(opts.dataDir);
  try {
    await migrate(db);
    if (db.kind === 'pglite') await setupPgliteSession(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}

/** Migration 004 sets this for new sessions; PGlite's one session was opened before it ran. */
export async function setupPgliteSession(db: Queryable): Promise<void> {
  await db.query('SET hnsw.ef_search = 100');
}

/** Wraps an already open PGlite (tests, the socket server) in the same seam. */
export function fromPglite(lite: PGlite, onClose: () => Promise<void> = async () => {}): Db {
  // createPgConfig gives a pool of one connection: PGlite has one session, so queries queue
  // behind an open transaction instead of leaking into it.
  return wrap('pglite', new pg.Pool(createPgConfig(lite)), onClose);
}

/**
 * PGlite's start parameters with 32 MB of shared buffers instead of Postgres' 128 MB: in wasm
 * they are allocated up front in the process, and one workbench session rarely needs more
 * (opening a data folder: 347 → 239 MB RSS). The data files stay in the OS page cache anyway.
 */
export const PGLITE_OPTIONS = {
  extensions: { vector, unaccent },
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
};

async function openEmbedded(dataDir: string): Promise<Db> {
  const inMemory = dataDir.startsWith('memory://');
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    const lite = await PGlite.create(inMemory ? undefined : path.join(dataDir, 'pg'), PGLITE_OPTIONS);
    return fromPglite(lite, async () => {
      await lite.close();
      unlock();
    });
  } catch (err) {
    unlock();
    throw err;
  }
}

function openServer(url: string): Db {
  return wrap('postgres', new pg.Pool({ connectionString: url, max: 8 }), async () => {});
}

/**
 * Named statements are kept for embedded PGlite only, where planning in wasm costs as much as
 * running search's queries. A server gets their plain text: a native planner is fast, and
 * pglite-socket serves all its connections from one session, where a second connection
 * preparing a name the first already prepared is an error.
 */
function sqlFor(kind: Db['kind'], sql: string | Statement): string | Statement {
  return kind === 'pglite' || typeof sql === 'string' ? sql : sql.text;
}

function wrap(kind: Db['kind'], pool: pg.Pool, onClose: () => Promise<void>): Db {
  let closed = false;
  return {
    kind,
    pool,
    query: (sql, params) => pool.query(sqlFor(kind, sql), params),
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({ query: (sql, params) => client.query(sqlFor(kind, sql), params) });
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
      await onClose();
    },
  };
}
