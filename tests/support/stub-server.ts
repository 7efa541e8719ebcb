/**
 * A JSON HTTP server on 127.0.0.1 (random port) standing in for a provider's API (OpenAI,
 * Ollama): answers every request with `reply` and records what it received.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stub received. */
export interface Seen {
  method: string;
  path: string;
  auth: string | undefined;
  body: Record<string, unknown>;
}
export interface Stub {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}
export type Reply = (req: Seen) => { status: number; json: unknown };

/** An HTTP server on 127.0.0.1 (random port) answering with `reply`; records every request. */
export async function startStub(reply: Reply): Promise<Stub> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const s: Seen = { method: req.method ?? '', path: req.url ?? '', auth: req.headers.authorization, body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} };
      seen.push(s);
      const { status, json } = reply(s);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
