import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { loadConfig } from '../../api/config.ts';
import type { JobDto, Problem } from '../../api/schemas/documents.ts';
import { isLoopbackHost, tokensEqual, TokenBucket } from '../../api/security.ts';
import { ConfigError } from '../../ingest/config.ts';
import type { Queryable } from '../../ingest/store/db.ts';
import { makeTestApp, uploadForm, type TestApp } from '../support/app.ts';
import { tableCounts } from '../support/snapshot.ts';

const TOKEN = 'test-token-0123456789abcdef';
const BASE = { CONCORDE_DATA_DIR: 'memory://', CONCORDE_SEED_CORPUS: 'false' };
const TXT = 'La coalition réunit une trentaine de pays européens autour de la France et du Royaume-Uni.\n\nElle soutient l’Ukraine face à l’agression russe depuis plusieurs années.\n';

let t: TestApp;
/** The app as configured by `env`, on the one shared database and queue (one PGlite boot for the file). */
function appWith(env: Record<string, string>) {
  const config = loadConfig({ ...BASE, ...env });
  return createApp({ db: t.db, queue: t.queue, config, embedder: t.embedder, log: () => {} });
}
/** Bindings as @hono/node-server passes them: the peer address of the socket. */
const peer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Document tables plus jobs and alignment tables: a refused write must leave every one unchanged. */
async function allCounts(q: Queryable): Promise<Record<string, number>> {
  const out = await tableCounts(q);
  for (const table of ['ingest_jobs', 'job_payloads', 'document_pairs', 'alignment_links', 'alignment_edits']) {
    const r = await q.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    out[table] = Number(r.rows[0]?.n);
  }
  return out;
}

async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as Problem;
  expect(body).toMatchObject({ status, code });
  return body;
}

describe('configuration', () => {
  it('tells loopback hosts from reachable ones', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST', '::ffff:127.0.0.1']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org', '128.0.0.1', '127.0.0.1.example.org']) expect(isLoopbackHost(h), h).toBe(false);
  });

  it('requires a token when HOST is not loopback, and accepts one', () => {
    expect(() => loadConfig({ ...BASE, HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...BASE, HOST: '0.0.0.0' })).toThrow(/CONCORDE_API_TOKEN is required/);
    expect(loadConfig({ ...BASE, HOST: '0.0.0.0', CONCORDE_API_TOKEN: TOKEN }).security.apiToken).toBe(TOKEN);
    expect(loadConfig({ ...BASE, HOST: 'localhost' }).security.apiToken).toBeUndefined();
    expect(() => loadConfig({ ...BASE, CONCORDE_READ_TOKEN_REQUIRED: 'true' })).toThrow(/needs CONCORDE_API_TOKEN/);
    expect(() => loadConfig({ ...BASE, CONCORDE_API_TOKEN: 'short' })).toThrow(/CONCORDE_API_TOKEN/);
    expect(() => loadConfig({ ...BASE, CONCORDE_UPLOAD_RATE_PER_MIN: 'lots' })).toThrow(/CONCORDE_UPLOAD_RATE_PER_MIN/);
  });

  it('parses the defaults and the CORS list', () => {
    expect(loadConfig(BASE).security).toEqual({ apiToken: undefined, readTokenRequired: false, corsOrigins: [], trustProxy: false, uploadRatePerMin: 60 });
    expect(loadConfig({ ...BASE, CONCORDE_CORS_ORIGINS: ' https://a.example/, https://b.example ,' }).security.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('compares tokens exactly', () => {
    expect(tokensEqual(TOKEN, TOKEN)).toBe(true);
    expect(tokensEqual(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(tokensEqual(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokensEqual('', TOKEN)).toBe(false);
  });

  it('refills the bucket at the configured rate', () => {
    const b = new TokenBucket(2, 2 / 60_000);
    expect([b.take('a', 0), b.take('a', 0)]).toEqual([0, 0]);
    expect(b.take('a', 0)).toBeCloseTo(30_000); // one token every 30 s
    expect(b.take('b', 0)).toBe(0);
    expect(b.take('a', 30_000)).toBe(0);
  });
});

describe('default (loopback, no token)', () => {
  it('keeps writes open, sends no CORS headers and adds security headers to API answers', async () => {
    const app = appWith({});
    const res = await app.request('/api/documents', { method: 'POST', body: uploadForm(TXT, 'open.txt') }, peer('127.0.0.1'));
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: JobDto };
    expect((await t.queue.waitFor(job.id, 120_000)).state).toBe('done');
    for (const path of ['/api/health', '/api/documents', '/api/nope']) {
      const r = await app.request(path, { headers: { origin: 'https://evil.example' } });
      expect(r.headers.get('access-control-allow-origin'), path).toBeNull();
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(r.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(r.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(r.headers.get('content-security-policy'), path).toContain("default-src 'none'");
    }
    const pre = await app.request('/api/documents', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('bearer token', () => {
  const PAIR = '/api/pairs/0123456789abcdef-fedcba9876543210';
  const LINK = `${PAIR}/links/1`;
  const writes: [string, string, unknown][] = [
    ['POST', '/api/pairs', { srcId: 'a', tgtId: 'b' }],
    ['PATCH', `${PAIR}`, { status: 'confirmed', author: 'x' }],
    ['POST', `${LINK}/review`, { action: 'confirm', author: 'x' }],
    ['POST', `${LINK}/merge`, { direction: 'next', author: 'x' }],
    ['POST', `${LINK}/split`, { srcAt: 1, tgtAt: 1, author: 'x' }],
    ['POST', `${LINK}/relink`, { src: [], tgt: [], author: 'x' }],
    ['POST', `${PAIR}/realign`, { author: 'x' }],
    ['DELETE', '/api/documents/abc', {}],
  ];

  it('refuses uploads and every other write without the right token, changing nothing', async () => {
    const app = appWith({ CONCORDE_API_TOKEN: TOKEN });
    const before = await allCounts(t.db.pool);
    const none = await expectProblem(await app.request('/api/documents', { method: 'POST', body: uploadForm(`${TXT}\nNone.`, 'none.txt') }), 401, 'UNAUTHORIZED');
    expect(none.detail).toContain('Authorization: Bearer');
    const wrong = await app.request('/api/documents', { method: 'POST', body: uploadForm(`${TXT}\nWrong.`, 'wrong.txt'), headers: { authorization: `Bearer ${TOKEN}0` } });
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer realm="concorde", error="invalid_token"');
    await expectProblem(wrong, 401, 'UNAUTHORIZED');
    for (const [method, path, body] of writes) {
      const res = await app.request(path, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' } });
      expect(res.headers.get('www-authenticate'), `${method} ${path}`).toBe('Bearer realm="concorde"');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      await expectProblem(res, 401, 'UNAUTHORIZED');
    }
    expect(await allCounts(t.db.pool)).toEqual(before);
  });

  it('lets the right token through and keeps reads open', async () => {
    const app = appWith({ CONCORDE_API_TOKEN: TOKEN });
    const auth = { authorization: `bearer ${TOKEN}` }; // the scheme is case-insensitive
    // With the token the request reaches the route: an unknown pair is the route's 404, not a 401.
    const realign = await app.request(writes[6]![1], { method: 'POST', body: JSON.stringify({ author: 'x' }), headers: { ...auth, 'content-type': 'application/json' } });
    await expectProblem(realign, 404, 'NOT_FOUND');
    const res = await app.request('/api/documents', { method: 'POST', body: uploadForm(`${TXT}\nAuthorised.`, 'authorised.txt'), headers: auth });
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: JobDto };
    expect((await t.queue.waitFor(job.id, 120_000)).state).toBe('done');
    expect((await app.request('/api/documents')).status).toBe(200);
    expect((await app.request(`/api/jobs/${job.id}`)).status).toBe(200);
  });

  it('guards reads too when CONCORDE_READ_TOKEN_REQUIRED=true, except health', async () => {
    const app = appWith({ CONCORDE_API_TOKEN: TOKEN, CONCORDE_READ_TOKEN_REQUIRED: 'true' });
    const res = await app.request('/api/documents');
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="concorde"');
    expect((await expectProblem(res, 401, 'UNAUTHORIZED')).detail).toContain('Reading needs a token');
    await expectProblem(await app.request('/api/openapi.json'), 401, 'UNAUTHORIZED');
    expect((await app.request('/api/documents', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await app.request('/api/health')).status).toBe(200);
  });
});

describe('CORS', () => {
  it('answers only the configured origins, preflights included', async () => {
    const app = appWith({ CONCORDE_CORS_ORIGINS: 'https://a.example,https://b.example', CONCORDE_API_TOKEN: TOKEN });
    const ok = await app.request('/api/documents', { headers: { origin: 'https://b.example' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://b.example');
    const evil = await app.request('/api/documents', { headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    // A preflight carries no token and must not be refused; it allows the Authorization header.
    const pre = await app.request('/api/documents', { method: 'OPTIONS', headers: { origin: 'https://a.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://a.example');
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    // A refused write still carries the CORS header, so the page can read the 401.
    const refused = await app.request('/api/documents', { method: 'POST', body: uploadForm(TXT, 'x.txt'), headers: { origin: 'https://a.example' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://a.example');
  });
});

describe('upload rate limit', () => {
  // Wrong-format uploads are refused by the route (415) after the limiter counted them: cheap, no jobs.
  const junk = () => ({ method: 'POST', body: uploadForm(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]), 'x.bin') });

  it('allows N uploads a minute per address, then 429 with Retry-After, ignoring X-Forwarded-For by default', async () => {
    const app = appWith({ CONCORDE_UPLOAD_RATE_PER_MIN: '3' });
    for (let i = 0; i < 3; i++) expect((await app.request('/api/documents', junk(), peer('10.0.0.1'))).status).toBe(415);
    const before = await allCounts(t.db.pool);
    const limited = await app.request('/api/documents', { method: 'POST', body: uploadForm(`${TXT}\nLimited.`, 'limited.txt') }, peer('10.0.0.1'));
    const p = await expectProblem(limited, 429, 'RATE_LIMITED');
    expect(p.detail).toContain('3 uploads a minute');
    const retry = Number(limited.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(20); // one token every 20 s at 3/min
    expect(await allCounts(t.db.pool)).toEqual(before);
    // A forged header does not buy a fresh bucket...
    expect((await app.request('/api/documents', { ...junk(), headers: { 'x-forwarded-for': '203.0.113.9' } }, peer('10.0.0.1'))).status).toBe(429);
    // ...another address does, and reads are never limited.
    expect((await app.request('/api/documents', junk(), peer('10.0.0.2'))).status).toBe(415);
    expect((await app.request('/api/documents', {}, peer('10.0.0.1'))).status).toBe(200);
  });

  it('keys on the last X-Forwarded-For entry behind a trusted proxy', async () => {
    const app = appWith({ CONCORDE_UPLOAD_RATE_PER_MIN: '1', CONCORDE_TRUST_PROXY: 'true' });
    const via = (xff: string) => app.request('/api/documents', { ...junk(), headers: { 'x-forwarded-for': xff } }, peer('127.0.0.1'));
    expect((await via('198.51.100.1')).status).toBe(415);
    expect((await via('198.51.100.1')).status).toBe(429);
    expect((await via('203.0.113.5, 198.51.100.1')).status).toBe(429); // the client-chosen first entry is ignored
    expect((await via('198.51.100.2')).status).toBe(415);
  });
});
