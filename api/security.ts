import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from './config.ts';
import { problem } from './errors.ts';

/** The security settings, parsed once in config.ts. */
export interface SecurityConfig {
  /** Bearer token for writes (and reads when `readTokenRequired`); undefined = open (loopback only). */
  apiToken: string | undefined;
  readTokenRequired: boolean;
  /** Origins allowed by CORS; empty = no CORS headers at all. */
  corsOrigins: string[];
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** Uploads per minute and client address; 0 = no limit. */
  uploadRatePerMin: number;
}

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Compares in constant time: both sides are hashed first, so neither length nor content leaks. */
export function tokensEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every /api middleware, in order: headers, CORS, token, upload rate limit. */
export function apiSecurity(config: Config): MiddlewareHandler[] {
  const s = config.security;
  const chain: MiddlewareHandler[] = [
    // A JSON API needs no scripts, frames or embedding: the strictest policy costs nothing.
    secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }),
  ];
  if (s.corsOrigins.length > 0) {
    chain.push(
      cors({
        origin: s.corsOrigins,
        allowMethods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'],
        allowHeaders: ['Authorization', 'Content-Type', 'Accept'],
        exposeHeaders: ['Location', 'Retry-After', 'WWW-Authenticate'],
        maxAge: 600,
      }),
    );
  }
  if (s.apiToken !== undefined) chain.push(requireToken(s.apiToken, s.readTokenRequired));
  if (s.uploadRatePerMin > 0) chain.push(limitUploads(s.uploadRatePerMin, s.trustProxy));
  return chain;
}

function requireToken(token: string, reads: boolean): MiddlewareHandler {
  return async (c, next) => {
    const isRead = READ_METHODS.has(c.req.method);
    // Preflights carry no credentials by design; health stays open for probes.
    if (c.req.method === 'OPTIONS' || (isRead && (!reads || c.req.path === '/api/health'))) return next();
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const what = isRead ? 'Reading' : 'Changing data';
    if (!m) {
      c.header('WWW-Authenticate', 'Bearer realm="concorde"');
      return problem(c, 401, 'UNAUTHORIZED', 'Token required', `${what} needs a token: send "Authorization: Bearer <token>" with the value of CONCORDE_API_TOKEN.`);
    }
    if (!tokensEqual(m[1] ?? '', token)) {
      c.header('WWW-Authenticate', 'Bearer realm="concorde", error="invalid_token"');
      return problem(c, 401, 'UNAUTHORIZED', 'Invalid token', 'The bearer token does not match CONCORDE_API_TOKEN.');
    }
    return next();
  };
}

function limitUploads(perMin: number, trustProxy: boolean): MiddlewareHandler {
  const bucket = new TokenBucket(perMin, perMin / 60_000);
  return async (c, next) => {
    if (c.req.method !== 'POST' || c.req.path !== '/api/documents') return next();
    const wait = bucket.take(clientAddress(c, trustProxy), Date.now());
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      return problem(c, 429, 'RATE_LIMITED', 'Too many uploads', `At most ${perMin} uploads a minute from one address (CONCORDE_UPLOAD_RATE_PER_MIN); try again in ${Math.ceil(wait / 1000)} s.`);
    }
    return next();
  };
}

/** The peer address; behind a trusted proxy, the last X-Forwarded-For entry (the one the proxy appended). */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const last = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (last) return last;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** In-memory token buckets, one per key; idle full buckets are dropped so the map stays small. */
export class TokenBucket {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
  ) {}

  /** Takes one token: returns 0 when allowed, else the milliseconds until one is available. */
  take(key: string, now: number): number {
    if (this.buckets.size > 10_000) this.prune(now);
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    b.tokens = Math.min(this.capacity, b.tokens + (now - b.at) * this.perMs);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, (1 - b.tokens) / this.perMs);
  }

  private prune(now: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + (now - b.at) * this.perMs >= this.capacity) this.buckets.delete(k);
  }
}
