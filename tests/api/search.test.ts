import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../api/schemas/search.ts';
import { makeSeededTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
const find = async (qs: string): Promise<SearchResponse> => {
  const res = await t.app.request(`/api/search?${qs}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SearchResponse;
};

beforeAll(async () => {
  t = await makeSeededTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('search API', () => {
  it('finds the English and the French passage for an English question, each with its aligned translation', async () => {
    const r = await find(`q=${encodeURIComponent('soldiers trained by the EU mission')}&limit=10`);
    const en = r.hits.findIndex((h) => h.text.includes('trained 75,000 Ukrainian soldiers'));
    const fr = r.hits.findIndex((h) => h.text.includes('a formé 75 000 soldats ukrainiens'));
    console.log(`[search] English passage at rank ${en + 1}, French at rank ${fr + 1} of ${r.hits.length} (${r.tookMs} ms, ${r.embedder})`);
    expect(en).toBeGreaterThanOrEqual(0);
    expect(en).toBeLessThan(5);
    expect(fr).toBeGreaterThanOrEqual(0);
    expect(fr).toBeLessThan(10);
    expect(r.hits[fr]!.ranks.vector).not.toBeNull();
    expect(r.hits[en]!.counterpart?.sentences.map((s) => s.text).join(' ')).toContain('75 000 soldats');
    expect(r.hits[fr]!.counterpart?.sentences.map((s) => s.text).join(' ')).toContain('75,000 Ukrainian soldiers');
  });

  it('matches French without accents and marks the matched words in a snippet that rebuilds the sentence', async () => {
    const r = await find(`q=${encodeURIComponent('securite europeenne')}&lang=fr&limit=5`);
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) {
      expect(h.lang).toBe('fr');
      expect(h.snippet.map((p) => p.text).join('')).toBe(h.text);
    }
    const top = r.hits[0]!;
    expect(top.ranks.fullText).toBe(1);
    expect(top.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(['sécurité']));
  });

  it('filters by document and block kind, and refuses an empty query', async () => {
    const all = await find(`q=${encodeURIComponent('Josep Borrell')}`);
    const doc = all.hits[0]!.documentId;
    const one = await find(`q=${encodeURIComponent('Josep Borrell')}&doc=${doc}&kind=footnote`);
    expect(one.hits.length).toBeGreaterThan(0);
    expect(one.hits.every((h) => h.documentId === doc && h.kind === 'footnote')).toBe(true);
    const res = await t.app.request('/api/search?q=%20');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
