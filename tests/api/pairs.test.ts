import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentDto, EditDto, LinkDto, PairDto } from '../../api/schemas/alignment.ts';
import type { DocumentList } from '../../api/schemas/documents.ts';
import { seedCorpus } from '../../ingest/seed.ts';
import { makeTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
let pair: PairDto;
let docs: DocumentList;

const post = (path: string, body: unknown) => t.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const alignment = async (): Promise<AlignmentDto> => (await (await t.app.request(`/api/pairs/${pair.id}/alignment`)).json()) as AlignmentDto;
const text = (l: LinkDto, side: 'src' | 'tgt') => l[side].map((s) => s.text).join(' ');
const findLink = (a: AlignmentDto, fr: string) => a.links.find((l) => text(l, 'src').includes(fr));

beforeAll(async () => {
  t = await makeTestApp();
  await seedCorpus(t.db, 'corpus', 50 * 1048576, () => {});
  docs = (await (await t.app.request('/api/documents')).json()) as DocumentList;
  const pairs = (await (await t.app.request('/api/pairs')).json()) as { items: PairDto[] };
  expect(pairs.items).toHaveLength(1);
  pair = pairs.items[0]!;
});
afterAll(async () => {
  await t?.close();
});

describe('pairs and the review desk API', () => {
  it('pairs the French and English briefs, and nothing else, from their texts', () => {
    const file = (id: string) => docs.items.find((d) => d.id === id)?.filename;
    expect([file(pair.src.id), file(pair.tgt.id)]).toEqual(['000_f3baa790e8b846bd.pdf', '001_aa096a18e0aa19e6.pdf']);
    expect(pair).toMatchObject({ origin: 'detector', status: 'confirmed' });
    expect(pair.score).toBeGreaterThan(0.45);
  });

  it('aligns every sentence exactly once, with the translations you would expect', async () => {
    const a = await alignment();
    for (const [side, id] of [['src', pair.src.id], ['tgt', pair.tgt.id]] as const) {
      const doc = (await (await t.app.request(`/api/documents/${id}`)).json()) as { sentences: { idx: number }[] };
      const seen = a.links.flatMap((l) => l[side].map((s) => s.idx)).sort((x, y) => x - y);
      expect(seen).toEqual(doc.sentences.map((s) => s.idx));
    }
    const expected: [string, string][] = [
      ['Vingt-quatre États membres', 'Twenty-four EU states'],
      ['Depuis au moins 2022', 'Since at least 2022'],
      ['Comment organiser une telle alliance ?', 'How should such an alliance be organised?'],
      ['Département américain de la Défense', 'US Department of Defense'],
      ['Pierre Haroche, Maître de conférences', 'Pierre Haroche, Associate Professor'],
    ];
    for (const [fr, en] of expected) expect(text(findLink(a, fr)!, 'tgt')).toContain(en);
    // Every body sentence of the brief has its counterpart: no body link is one-sided, and the
    // links are one-to-one (the two versions are translated sentence by sentence).
    const body = a.links.filter((l) => l.stream === 'body');
    expect(body.filter((l) => !l.src.length || !l.tgt.length).map((l) => text(l, l.src.length ? 'src' : 'tgt'))).toEqual([]);
    const oneToOne = body.filter((l) => l.src.length === 1 && l.tgt.length === 1).length;
    console.log(`[pairs] body links: ${body.length}, one-to-one: ${oneToOne}`);
    expect(oneToOne / body.length).toBeGreaterThan(0.95);
    expect(a.links.every((l) => l.confidence >= 0 && l.confidence <= 1)).toBe(true);
  });

  it('flags the French lines left in the English colophon, the funding footers\' project numbers and the moved footnote', async () => {
    const a = await alignment();
    const untranslated = a.links.filter((l) => l.flags.some((f) => f.type === 'untranslated'));
    expect(untranslated.map((l) => text(l, 'tgt')).join(' ')).toContain('Directeur de la publication');
    const funding = a.links.find((l) => text(l, 'src').includes('Project 101104850'))!;
    expect(text(funding, 'tgt')).toContain('40104-LE-01-2025');
    expect(funding.flags.find((f) => f.type === 'number')?.message).toMatch(/101104850.*40104-LE-01-2025/);
    const note2 = findLink(a, 'SEAE, Conseil des affaires étrangères')!;
    expect(text(note2, 'tgt')).toContain('EEAS, Foreign Affairs Council');
    expect(note2.flags.map((f) => f.type)).toContain('footnote');
    const note1 = findLink(a, 'Département américain de la Défense')!;
    expect(note1.flags).toEqual([]);
    const flag = untranslated[0]!.flags.find((f) => f.type === 'untranslated')!;
    const en = await (await t.app.request(`/api/documents/${pair.tgt.id}/text`)).text();
    expect(flag.tgt).not.toBeNull();
    expect(en.slice(flag.tgt!.start, flag.tgt!.end).length).toBeGreaterThan(5);
  });

  it('records reviews, merges and splits with their author, and keeps confirmed links on re-alignment', async () => {
    let a = await alignment();
    const link = findLink(a, 'Depuis au moins 2022')!;
    let res = await post(`/api/pairs/${pair.id}/links/${link.id}/review`, { action: 'confirm', author: 'Ana' });
    expect(res.status).toBe(200);
    res = await post(`/api/pairs/${pair.id}/realign`, { author: 'Ana' });
    a = (await res.json()) as AlignmentDto;
    expect(a.links.find((l) => l.id === link.id)).toMatchObject({ status: 'confirmed', reviewedBy: 'Ana' });

    const target = findLink(a, 'Vingt-quatre États membres')!;
    a = (await (await post(`/api/pairs/${pair.id}/links/${target.id}/merge`, { direction: 'next', author: 'Ben' })).json()) as AlignmentDto;
    const merged = a.links.find((l) => l.id === target.id)!;
    expect(merged.src).toHaveLength(2);
    expect(merged.tgt).toHaveLength(2);
    a = (await (await post(`/api/pairs/${pair.id}/links/${target.id}/split`, { srcAt: 1, tgtAt: 1, author: 'Ben' })).json()) as AlignmentDto;
    expect(a.links.find((l) => l.id === target.id)!.src).toHaveLength(1);
    const edits = ((await (await t.app.request(`/api/pairs/${pair.id}/edits`)).json()) as { items: EditDto[] }).items;
    expect(edits.map((e) => [e.action, e.author])).toEqual([['split', 'Ben'], ['merge-next', 'Ben'], ['realign', 'Ana'], ['confirm', 'Ana']]);
    expect(edits[1]!.before).toHaveLength(2);
  });

  it('moves sentences between links with relink and refuses sentences of another stream', async () => {
    let a = await alignment();
    const first = a.links.find((l) => l.stream === 'body' && l.src.length === 1 && l.tgt.length === 1 && l.status === 'auto')!;
    const next = a.links[a.links.indexOf(first) + 1]!;
    const src = [...first.src.map((s) => s.idx), ...next.src.map((s) => s.idx)];
    a = (await (await post(`/api/pairs/${pair.id}/links/${first.id}/relink`, { src, tgt: first.tgt.map((s) => s.idx), author: 'Cy' })).json()) as AlignmentDto;
    expect(a.links.find((l) => l.id === first.id)!.src.map((s) => s.idx)).toEqual(src);
    expect(a.links.find((l) => l.id === next.id)?.src ?? []).toHaveLength(0);
    const res = await post(`/api/pairs/${pair.id}/links/${first.id}/relink`, { src: [99999], tgt: [], author: 'Cy' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toContain('99999');
  });

  it('exports TMX, TSV and JSON', async () => {
    const tmx = await t.app.request(`/api/pairs/${pair.id}/export?format=tmx`);
    expect(tmx.headers.get('content-disposition')).toContain('.tmx');
    const body = await tmx.text();
    expect(body).toMatch(/^<\?xml/);
    expect(body).toContain('<tmx version="1.4">');
    expect(body).toContain('<tuv xml:lang="fr"><seg>Vingt-quatre États membres');
    const tsv = await (await t.app.request(`/api/pairs/${pair.id}/export?format=tsv`)).text();
    expect(tsv.split('\n').length).toBeGreaterThan(60);
    expect((await t.app.request(`/api/pairs/${pair.id}/export?format=doc`)).status).toBe(400);
  });

  it('declares and breaks pairs only between a French and an English document', async () => {
    const french = docs.items.filter((d) => d.lang === 'fr').map((d) => d.id);
    const res = await post('/api/pairs', { srcId: french[0], tgtId: french[1] });
    expect(res.status).toBe(400);
    const broken = await t.app.request(`/api/pairs/${pair.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'rejected', author: 'Dee' }) });
    expect(((await broken.json()) as PairDto).status).toBe('rejected');
  });
});
