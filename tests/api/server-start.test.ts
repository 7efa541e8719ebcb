import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/config.ts';
import { startServer } from '../../api/server.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concorde-start-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm start on an embedded data folder', () => {
  it('seeds the corpus on first start only, and serves the same data after a restart', async () => {
    const corpus = path.join(dir, 'corpus');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'note.md'), '# Note de synthèse\n\nLa coalition des volontaires réunit une trentaine de pays autour de la France et du Royaume-Uni.\n');
    fs.writeFileSync(path.join(corpus, 'manifest.json'), JSON.stringify({ documents: [{ file: 'note.md', title: 'Note', lang: 'fr', kind: 'note' }] }));
    const env = { CONCORDE_DATA_DIR: path.join(dir, 'data'), CONCORDE_CORPUS_DIR: corpus, PORT: '0', HOST: '127.0.0.1' };
    const logs: string[] = [];
    const first = await startServer(loadConfig(env), (m) => logs.push(m));
    const count = async (url: string) => ((await (await fetch(`${url}/api/documents`)).json()) as { total: number }).total;
    try {
      expect(await count(first.url)).toBe(1);
    } finally {
      await first.close();
    }
    expect(logs.some((l) => l.startsWith('Empty database'))).toBe(true);
    logs.length = 0;
    const second = await startServer(loadConfig(env), (m) => logs.push(m));
    try {
      expect(await count(second.url)).toBe(1);
      const health = (await (await fetch(`${second.url}/api/health`)).json()) as { documents: number; database: string };
      expect(health).toMatchObject({ documents: 1, database: 'pglite' });
    } finally {
      await second.close();
    }
    expect(logs.filter((l) => l.startsWith('Empty database') || l.includes('embedded'))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'data', 'concorde.lock'))).toBe(false);
  });
});
