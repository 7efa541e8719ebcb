import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentDto, LinkDto, PairDto } from '../../api/schemas/alignment.ts';
import { ClaimDetailDto, ClaimListDto } from '../../api/schemas/claims.ts';
import { makeSeededTestApp, type TestApp } from '../support/app.ts';

/**
 * A claim whose wording translation changes (a text value: "remplacée par…" / "replaced by…") is
 * one record across languages only through its aligned sentences. Edits of single links on the
 * review desk must move it like the pair-level decisions do; edits of links no claim cites must
 * not re-extract anything.
 */
let t: TestApp;
let pair: PairDto;

const post = (path: string, body: unknown) => t.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const alignment = async (): Promise<AlignmentDto> => (await (await t.app.request(`/api/pairs/${pair.id}/alignment`)).json()) as AlignmentDto;
const claimsOfStatus = async () => ClaimListDto.parse(await (await t.app.request('/api/claims?type=event&limit=200')).json()).items.filter((c) => c.predicate === 'status');
const detail = async (id: string) => ClaimDetailDto.parse(await (await t.app.request(`/api/claims/${id}`)).json());
const linkHolding = (a: AlignmentDto, tgtIdx: number): LinkDto => a.links.find((l) => l.tgt.some((s) => s.idx === tgtIdx))!;
const claimLogLines = () => t.logs.filter((l) => l.includes('claims ')).length;

beforeAll(async () => {
  t = await makeSeededTestApp();
  pair = ((await (await t.app.request('/api/pairs')).json()) as { items: PairDto[] }).items[0]!;
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe('claims follow the links edited on the review desk', () => {
  it('a rejected link parts the two language versions of a claim, a reset one joins them again', async () => {
    const joined = (await claimsOfStatus()).find((c) => new Set(c.citations.map((x) => x.documentId)).size === 2);
    expect(joined, 'a status claim cited in both language versions').toBeDefined();
    const tgtCitation = joined!.citations.find((x) => x.documentId === pair.tgt.id)!;
    const link = linkHolding(await alignment(), tgtCitation.sentenceIdx);

    expect((await post(`/api/pairs/${pair.id}/links/${link.id}/review`, { action: 'reject', author: 'Dee' })).status).toBe(200);
    const parted = (await claimsOfStatus()).filter((c) => c.citations.some((x) => x.documentId === pair.tgt.id && x.sentenceIdx === tgtCitation.sentenceIdx));
    expect(parted).toHaveLength(1);
    expect(parted[0]!.citations.map((x) => x.documentId)).toEqual([pair.tgt.id]);
    expect((await detail(joined!.id)).citations.map((x) => x.documentId)).toEqual([pair.src.id]);

    expect((await post(`/api/pairs/${pair.id}/links/${link.id}/review`, { action: 'reset', author: 'Dee' })).status).toBe(200);
    const rejoined = (await claimsOfStatus()).filter((c) => c.citations.some((x) => x.documentId === pair.tgt.id && x.sentenceIdx === tgtCitation.sentenceIdx));
    expect(rejoined).toHaveLength(1);
    expect(new Set(rejoined[0]!.citations.map((x) => x.documentId))).toEqual(new Set([pair.src.id, pair.tgt.id]));
  });

  it('re-extracts nothing when the edited link holds no cited sentence', async () => {
    const cited = new Set((ClaimListDto.parse(await (await t.app.request('/api/claims?limit=200')).json())).items.flatMap((c) => c.citations.map((x) => `${x.documentId}#${x.sentenceIdx}`)));
    const a = await alignment();
    const quiet = a.links.find((l) => l.src.length + l.tgt.length > 0 && ![...l.src.map((s) => `${pair.src.id}#${s.idx}`), ...l.tgt.map((s) => `${pair.tgt.id}#${s.idx}`)].some((k) => cited.has(k)))!;
    const cites = a.links.find((l) => l.tgt.some((s) => cited.has(`${pair.tgt.id}#${s.idx}`)))!;
    const before = claimLogLines();
    expect((await post(`/api/pairs/${pair.id}/links/${quiet.id}/review`, { action: 'confirm', author: 'Dee' })).status).toBe(200);
    expect(claimLogLines()).toBe(before);
    expect((await post(`/api/pairs/${pair.id}/links/${cites.id}/review`, { action: 'confirm', author: 'Dee' })).status).toBe(200);
    expect(claimLogLines()).toBe(before + 1);
  });
});
