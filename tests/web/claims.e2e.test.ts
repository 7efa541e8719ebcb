import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDetailDto, ClaimListDto } from '../../api/schemas/claims.ts';
import type { DocumentList } from '../../api/schemas/documents.ts';
import { ARTIFACTS, ROOT, openSeededPage, type SeededPage } from '../support/browser.ts';

/**
 * The claims UI in a real browser against the real server, seeded with the sample corpus (its
 * claims are extracted at ingest): the explorer and its facets, a claim's trace with the quoted
 * words highlighted, the French and English passages side by side, a review that persists, and
 * the page of an entity named in both languages.
 */

const REVIEWER = 'Camille Vérif';

/** Browser globals used in evaluated callbacks (the root tsconfig has no DOM lib). */
interface PageGlobals {
  CSS: { highlights: { get(name: string): Iterable<{ toString(): string }> | undefined } };
}

let seeded: SeededPage;
let url: string;
let page: Page;

/** The server's own answer, to compare the page against (never hard-coded results). */
async function api<T>(p: string): Promise<T> {
  const res = await fetch(`${url}${p}`, { headers: { accept: 'application/json' } });
  expect(res.status, `${p} answered ${res.status}`).toBe(200);
  return (await res.json()) as T;
}

const rows = () => page.locator('tr[data-testid=claim-row]');
/** Waits for a finished list (rows, nothing, or an error), not a stale one still on screen. */
const settled = () => page.locator('section.claims-results:is([data-state=ready], [data-state=error])').waitFor({ timeout: 60_000 });
/** Text with no-break spaces (French number grouping) made plain, for comparisons. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  seeded = await openSeededPage({ width: 1400, height: 1000 });
  ({ url, page } = seeded);
}, 600_000);

afterAll(async () => {
  await seeded?.close();
});

describe('claims explorer, trace and entities in the browser', () => {
  it('lists the claims from the header link and filters by type through a facet; the filter lives in the URL', async () => {
    const all = await api<ClaimListDto>('/api/claims?limit=1');
    expect(all.total).toBeGreaterThan(0);
    const membership = all.facets.type.find((f) => f.value === 'membership');
    expect(membership, 'the extractor found membership claims in the samples').toBeDefined();

    await page.goto(`${url}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Claims' }).click();
    await page.waitForURL((u) => u.pathname === '/claims');
    await page.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();
    await settled();
    expect(await rows().count()).toBe(Math.min(all.total, 50));
    expect(await page.locator('.claims-results .count').innerText()).toContain(String(all.total));

    // Facet counts are the API's.
    const facetButton = page.locator('[data-facet=type] button[data-value=membership]');
    expect(await facetButton.locator('.facet-count').innerText()).toBe(String(membership!.count));
    expect(await facetButton.getAttribute('aria-pressed')).toBe('false');
    await facetButton.click();
    await page.waitForURL((u) => u.searchParams.get('type') === 'membership');
    await settled();
    expect(await facetButton.getAttribute('aria-pressed')).toBe('true');
    const n = await rows().count();
    expect(n).toBe(Math.min(membership!.count, 50));
    expect(new Set(await rows().evaluateAll((trs) => trs.map((tr) => (tr as unknown as { dataset: { type: string } }).dataset.type)))).toEqual(new Set(['membership']));
    // The type select shows the same filter, and the URL is shareable: a fresh load restores it.
    expect(await page.locator('form.claim-filters').getByLabel('Type', { exact: true }).inputValue()).toBe('membership');
    await page.reload();
    await settled();
    expect(await rows().count()).toBe(n);

    await page.mouse.move(1, 1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'claims-explorer.png'), fullPage: false });
  });

  it('opens a claim’s trace: the highlighted words are exactly the citation’s quote', async () => {
    const link = rows().first().getByTestId('claim-link');
    const href = (await link.getAttribute('href')) ?? '';
    const id = /^\/claims\/(c[0-9a-f]{16}(?:-\d+)?)$/.exec(href)?.[1];
    expect(id).toBeDefined();
    await link.click();
    await page.waitForURL(`**/claims/${id}`);
    await page.getByTestId('claim-head').waitFor();

    const claim = await api<ClaimDetailDto>(`/api/claims/${id}`);
    expect(claim.type).toBe('membership');
    // One mark per citation (French first when the claim is cited in both versions).
    const marks = await page.locator('[data-testid=citation] [data-testid=citation-quote]').allInnerTexts();
    expect([...marks].sort()).toEqual(claim.citations.map((c) => c.quote).sort());
    expect(plain(await page.locator('h1.claim-sentence').innerText())).toContain(plain(claim.subject.name));

    // Each citation opens the reader at its sentence, with the quoted characters.
    const readerLinks = await page.locator('[data-testid=citation] [data-testid=open-reader]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...readerLinks].sort()).toEqual(claim.citations.map((c) => c.link.replace('#', `?hl=${c.start}-${c.end}#`)).sort());
    const firstId = await page.getByTestId('citation').first().getAttribute('data-document-id');
    const first = claim.citations.find((c) => c.documentId === firstId)!;
    await page.locator('[data-testid=citation] [data-testid=open-reader]').first().click();
    await page.waitForURL((u) => u.pathname === `/documents/${first.documentId}` && u.hash === `#s-${first.sentenceIdx}`);
    await page.locator(`#s-${first.sentenceIdx}.is-active`).waitFor();
    // The reader highlights exactly the quoted words inside the sentence (CSS Custom Highlight).
    const highlighted = await page.waitForFunction(() => {
      const g = globalThis as unknown as PageGlobals;
      for (const r of g.CSS.highlights.get('concorde-quote') ?? []) return r.toString();
      return null;
    });
    expect(await highlighted.jsonValue()).toBe(first.quote);
    await page.goBack();
    await page.getByTestId('claim-head').waitFor();
  });

  it('shows the French and English passages side by side for a claim of the aligned brief', async () => {
    const docs = await api<DocumentList>('/api/documents?limit=1000');
    const fr = docs.items.find((d) => d.title.startsWith('Vers une alliance UE-Ukraine'));
    const en = docs.items.find((d) => d.title.startsWith('Towards an EU–Ukraine alliance'));
    expect(fr && en).toBeTruthy();
    const list = await api<ClaimListDto>(`/api/claims?doc=${fr!.id}&limit=500`);
    const both = list.items.find((c) => c.citations.some((x) => x.documentId === fr!.id) && c.citations.some((x) => x.documentId === en!.id));
    expect(both, 'a claim of the French brief is linked to its English version').toBeDefined();

    await page.goto(`${url}/claims/${both!.id}`);
    const pair = page.getByTestId('side-by-side').first();
    await pair.waitFor();
    const sides = pair.locator('[data-testid=citation]');
    expect(await sides.count()).toBe(2);
    expect(await sides.evaluateAll((figs) => figs.map((f) => f.getAttribute('data-lang')))).toEqual(['fr', 'en']);
    expect(await sides.evaluateAll((figs) => figs.map((f) => f.getAttribute('data-document-id')))).toEqual([fr!.id, en!.id]);
    // Side by side: the English passage sits to the right of the French one, on the same row.
    const [left, right] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
    expect(left && right).toBeTruthy();
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(Math.abs(right!.y - left!.y)).toBeLessThan(left!.height);
    // Both quotes are highlighted, each the citation of its own language.
    const detail = await api<ClaimDetailDto>(`/api/claims/${both!.id}`);
    const quoteOf = (docId: string) => detail.citations.find((c) => c.documentId === docId)?.quote;
    expect(await sides.nth(0).getByTestId('citation-quote').innerText()).toBe(quoteOf(fr!.id));
    expect(await sides.nth(1).getByTestId('citation-quote').innerText()).toBe(quoteOf(en!.id));
  });

  it('confirms the claim under the reviewer’s name; the status persists after a reload', async () => {
    const id = (await page.locator('.claim-trace').getAttribute('data-claim-id')) ?? '';
    const panel = page.getByTestId('review-panel');
    expect(await panel.getAttribute('data-status')).toBe('extracted');
    // Without a name the review is refused, and the field says why.
    await page.getByLabel('Your name (reviewer)').fill('');
    await panel.getByRole('button', { name: 'Confirm' }).click();
    await panel.getByText('Enter your name before editing', { exact: false }).waitFor();
    expect(await panel.getAttribute('data-status')).toBe('extracted');

    await page.getByLabel('Your name (reviewer)').fill(REVIEWER);
    // A refused write: the optimistic status goes back, and the error is shown.
    const refuse = '**/api/claims/*';
    await page.route(refuse, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'DB_LOCKED', detail: 'busy' }) })
        : route.fallback(),
    );
    await panel.getByRole('button', { name: 'Reject' }).click();
    await panel.locator('[role=alert][data-code=DB_LOCKED]').waitFor();
    expect(await panel.getAttribute('data-status')).toBe('extracted');
    expect(await panel.getByRole('button', { name: 'Reject' }).getAttribute('aria-pressed')).toBe('false');
    await page.unroute(refuse);

    await page.getByLabel('Note (optional)').fill('Checked against both versions.');
    await panel.getByRole('button', { name: 'Confirm' }).click();
    await page.locator('[data-testid=review-panel][data-status=confirmed]').waitFor();
    await panel.getByRole('status').filter({ hasText: 'Claim confirmed.' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Confirm' }).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await page.locator('[data-testid=review-panel][data-status=confirmed]').waitFor();
    expect(await page.getByTestId('review-by').innerText()).toContain(REVIEWER);
    expect(await page.locator('.review-note').innerText()).toContain('Checked against both versions.');
    const stored = await api<ClaimDetailDto>(`/api/claims/${id}`);
    expect(stored.status).toBe('confirmed');
    expect(stored.reviewer).toBe(REVIEWER);
    // Once reviewed, the ClaimReview export is offered.
    expect(await page.locator('[data-export=claimreview]').getAttribute('href')).toBe(`/api/claims/${id}/claimreview`);

    await page.mouse.move(1, 1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'claim-trace.png'), fullPage: false });
    fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    fs.copyFileSync(path.join(ARTIFACTS, 'claim-trace.png'), path.join(ROOT, 'docs', 'claim-trace.png'));
  });

  it('lists other sources on the same subject: "becomes permanent" (asserted) is only proposed in the interview', async () => {
    // The samples' known story: 002 asserts the coalition becomes permanent, 003 (Frédéric Mauro) says it should.
    const list = await api<ClaimListDto>('/api/claims?subject=coalition:willing&predicate=status&limit=500');
    const valueOf = (c: ClaimListDto['items'][number]) => (c.value?.kind === 'text' ? c.value.text.toLowerCase() : JSON.stringify(c.value ?? c.object ?? null));
    const asserted = list.items.find((c) => c.modality === 'asserted' && valueOf(c) === 'permanent');
    const proposed = list.items.find((c) => c.modality === 'proposed' && valueOf(c) === 'permanent');
    expect(asserted, 'the extractor found the asserted "becomes permanent" claim').toBeDefined();
    expect(proposed, 'the extractor found the proposed one').toBeDefined();
    const own = new Set(asserted!.citations.map((c) => c.documentId));
    const expected = list.items.filter((c) => c.id !== asserted!.id && c.citations.some((x) => !own.has(x.documentId)));

    await page.goto(`${url}/claims/${asserted!.id}`);
    const panel = page.getByTestId('other-sources');
    await panel.locator('li.other').first().waitFor();
    const shown = await panel.locator('li.other').evaluateAll((lis) => lis.map((li) => [li.querySelector('a.other-value')?.getAttribute('href'), li.getAttribute('data-same')]));
    expect(shown.map(([href]) => href).sort()).toEqual(expected.map((c) => `/claims/${c.id}`).sort());
    // Each is marked same or different by its value.
    for (const c of expected) expect(shown.find(([href]) => href === `/claims/${c.id}`)?.[1]).toBe(String(valueOf(c) === 'permanent'));
    // Same value ("permanent"), but a proposal, not a fact: the panel says both.
    const item = panel.locator('li.other', { has: page.locator(`a[href="/claims/${proposed!.id}"]`) });
    expect(await item.getAttribute('data-same')).toBe('true');
    expect(await item.innerText()).toContain('different modality');
    expect(await item.locator('[data-modality]').getAttribute('data-modality')).toBe('proposed');
  });

  it('opens the entity page of the United Kingdom, named in both languages, with its claims', async () => {
    await page.goto(`${url}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Entities' }).click();
    await page.waitForURL((u) => u.pathname === '/entities');
    // The kind filter: only countries, as many as the API counts.
    const countries = await api<{ total: number }>('/api/entities?kind=country&limit=1000');
    expect(countries.total).toBeGreaterThan(1);
    await page.getByLabel('Kind', { exact: true }).selectOption('country');
    await page.waitForURL((u) => u.searchParams.get('kind') === 'country');
    // Wait for the filtered answer (the unfiltered list stays on screen while it loads).
    const others = page.locator('[data-testid=entity-table] tbody tr:not([data-entity-id^="country:"])');
    await others.first().waitFor({ state: 'detached' });
    await page.locator('section[data-state=ready] [data-testid=entity-table]').waitFor();
    expect(await page.locator('[data-testid=entity-table] tbody tr').count()).toBe(countries.total);
    expect(await others.count()).toBe(0);
    // A French name finds the country (search as you type, in either language).
    await page.getByTestId('entity-search').fill('Royaume-Uni');
    const row = page.locator('tr[data-entity-id="country:GB"]');
    await row.waitFor();
    await row.getByRole('link', { name: 'United Kingdom' }).click();
    await page.waitForURL((u) => u.pathname === '/entities/country:GB');
    await page.getByRole('heading', { level: 1, name: 'United Kingdom' }).waitFor();
    const names = plain(await page.getByTestId('entity-names').innerText());
    expect(names).toContain('Royaume-Uni');
    expect(names).toContain('United Kingdom');

    const entity = await api<{ claims: Array<{ id: string; type: string }> }>('/api/entities/country:GB');
    expect(entity.claims.length).toBeGreaterThan(0);
    const listed = await page.locator('.entity-claim-list li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-claim-id')));
    expect(new Set(listed)).toEqual(new Set(entity.claims.map((c) => c.id)));
    // Grouped by type, each a link to its trace.
    for (const type of new Set(entity.claims.map((c) => c.type))) expect(await page.locator(`.entity-claims[data-type=${type}] li`).count()).toBe(entity.claims.filter((c) => c.type === type).length);
    const first = page.locator('.entity-claim-link').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(`**${href}`);
    await page.getByTestId('claim-head').waitFor();
  });

  it('pages through the claims: the last rows from the URL, then the page before', async () => {
    const all = await api<ClaimListDto>('/api/claims?limit=1');
    expect(all.total).toBeGreaterThan(3);
    const skip = all.total - 3;
    await page.goto(`${url}/claims?offset=${skip}`);
    await settled();
    expect(await rows().count()).toBe(3);
    const pager = page.getByRole('navigation', { name: 'Result pages' });
    expect(plain(await pager.innerText())).toContain(`${skip + 1}–${all.total} of ${all.total}`);
    expect(await pager.getByRole('button', { name: /Next/ }).isDisabled()).toBe(true);
    await pager.getByRole('button', { name: /Previous/ }).click();
    const before = Math.max(0, skip - 50);
    await page.waitForURL((u) => u.pathname === '/claims' && (u.searchParams.get('offset') ?? '0') === String(before));
    await settled();
    expect(await rows().count()).toBe(Math.min(50, all.total - before));
    // The rows are the API's for that page, in its order.
    const expected = await api<ClaimListDto>(`/api/claims?limit=50&offset=${before}`);
    expect(await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim-id')))).toEqual(expected.items.map((c) => c.id));
  });

  it('says when a claim does not exist, and speaks French', async () => {
    await page.goto(`${url}/claims/c0000000000000000`);
    await page.locator('[role=alert][data-code=NOT_FOUND]').waitFor();
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByText('Cette affirmation n’existe pas.').waitFor();
    await page.goto(`${url}/claims?type=quantity`);
    await page.getByRole('heading', { level: 1, name: 'Affirmations' }).waitFor();
    await settled();
    expect(await page.locator('thead th').first().innerText()).toMatch(/type/i);
    expect(seeded.pageErrors).toEqual([]);
  });
});
