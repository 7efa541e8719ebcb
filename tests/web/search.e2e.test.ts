import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, openSeededPage, type SeededPage } from '../support/browser.ts';

/**
 * The search UI in a real browser against the real server, seeded with the sample corpus (the
 * French policy brief and its English translation are paired and aligned at start): the header
 * box, the results with highlighted words and aligned translations, filters kept in the URL,
 * the deep link into the reader, and the empty, no-result and error states.
 */

const QUERY = 'soldiers trained by the EU mission';

/** Browser globals used in evaluated callbacks (the root tsconfig has no DOM lib). */
interface PageGlobals {
  document: { activeElement: { getAttribute(name: string): string | null } | null };
}

let seeded: SeededPage;
let url: string;
let page: Page;
let pageErrors: string[];

const hits = () => page.locator('li.hit');
/** Waits for a finished search (results, no result or error), not a stale list still on screen. */
const settled = () => page.locator('section.search-results:is([data-state=ready], [data-state=error])').waitFor({ timeout: 60_000 });
/** Text with no-break spaces (French number grouping) made plain, for comparisons. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const activeTestId = () => page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-testid') ?? null);

beforeAll(async () => {
  seeded = await openSeededPage({ width: 1280, height: 1000 });
  ({ url, page, pageErrors } = seeded);
}, 600_000);

afterAll(async () => {
  await seeded?.close();
});

describe('search through the web UI', () => {
  it('searches from the header box ("/" focuses it) and finds the passage in both languages', async () => {
    await page.goto(`${url}/`);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await page.keyboard.press('/');
    expect(await activeTestId()).toBe('header-search');
    await page.keyboard.type(QUERY);
    await page.keyboard.press('Enter');

    await page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === QUERY);
    await settled();
    expect(await page.locator('section.search-results').getAttribute('data-state')).toBe('ready');
    expect(await hits().count()).toBeGreaterThan(1);
    // The page's own field and the header box both show the query.
    expect(await page.getByTestId('search-query').inputValue()).toBe(QUERY);
    expect(await page.getByTestId('header-search').inputValue()).toBe(QUERY);

    const texts = (await hits().allInnerTexts()).map(plain);
    const en = texts.findIndex((t) => t.includes('75,000 Ukrainian soldiers'));
    const fr = texts.findIndex((t) => t.includes('75 000 soldats'));
    expect(en).toBeGreaterThanOrEqual(0);
    expect(fr).toBeGreaterThanOrEqual(0);

    // The English passage is a hit in its own right, with its French translation under it.
    const enHit = hits().nth(en);
    expect(plain(await enHit.getByTestId('hit-link').innerText())).toContain('75,000 Ukrainian soldiers');
    const counterpart = enHit.getByTestId('hit-counterpart');
    expect(plain(await counterpart.innerText())).toContain('75 000 soldats');
    expect(await counterpart.locator('.lang-badge').innerText()).toBe('FR');
    expect(await counterpart.getByRole('link', { name: 'Review the alignment' }).getAttribute('href')).toMatch(/^\/pairs\/[\w-]+$/);

    // Matched words are <mark> elements, and they are words of the query.
    const marks = (await page.locator('.hit-text mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => /soldier|train|mission|\beu\b/.test(m))).toBe(true);
    expect(await enHit.locator('.hit-text mark').count()).toBeGreaterThan(0);

    // Every hit says how it was found, and where it is (page number).
    for (const how of await page.locator('li.hit .hit-how').allInnerTexts()) expect(how).toMatch(/(Words|Meaning) · rank \d+/);
    expect(await enHit.locator('.hit-source').innerText()).toMatch(/p\. \d+/);

    await page.mouse.move(1, 1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'search.png'), fullPage: false });
  });

  it('filters by language; the filter lives in the URL', async () => {
    await page.getByLabel('Passage language').selectOption('fr');
    await page.waitForURL((u) => u.searchParams.get('lang') === 'fr');
    await settled();
    const n = await hits().count();
    expect(n).toBeGreaterThan(0);
    const badges = await page.locator('li.hit > .hit-source .lang-badge').allInnerTexts();
    expect(badges).toHaveLength(n);
    expect(badges.every((b) => b === 'FR')).toBe(true);
    const texts = (await hits().locator('.hit-text').allInnerTexts()).map(plain);
    expect(texts.some((t) => t.includes('75 000 soldats'))).toBe(true);
    // Translations under French hits are English.
    const cps = await page.locator('li.hit .hit-counterpart .lang-badge').allInnerTexts();
    expect(cps.every((b) => b === 'EN')).toBe(true);
  });

  it('opens the reader on the sentence of a hit, and Back returns to the filtered results', async () => {
    const link = hits().first().getByTestId('hit-link');
    const href = (await link.getAttribute('href')) ?? '';
    const m = /^\/documents\/([\w-]+)#s-(\d+)$/.exec(href);
    expect(m).not.toBeNull();
    const [, docId, idx] = m!;
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/documents/${docId}#s-${idx}`);
    await page.locator(`#s-${idx}.is-active`).waitFor();
    expect(await page.locator('.sentence.is-active').count()).toBe(1);
    expect(await page.locator(`#s-${idx}`).getAttribute('aria-current')).toBe('true');

    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/search');
    await settled();
    expect(await page.getByLabel('Passage language').inputValue()).toBe('fr');
    expect(await hits().count()).toBeGreaterThan(0);
  });

  it('shows the empty, no-result and error states', async () => {
    await page.goto(`${url}/search`);
    await page.getByText('Type words or a question, in French or in English.').waitFor();
    expect(await hits().count()).toBe(0);

    // Nothing was published in 2100: no result, with a way out.
    await page.goto(`${url}/search?q=${encodeURIComponent(QUERY)}&from=2100-01-01`);
    await settled();
    await page.getByText(`No passage matches “${QUERY}” with these filters.`).waitFor();
    expect(await hits().count()).toBe(0);
    await page.locator('section.search-results').getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((u) => !u.searchParams.has('from'));
    await settled();
    expect(await hits().count()).toBeGreaterThan(0);

    // The API refuses a 501-character query (problem+json): the page says so.
    await page.goto(`${url}/search?q=${'a'.repeat(501)}`);
    await settled();
    const alert = page.locator('section.search-results [role=alert]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('INVALID_INPUT');
    expect(await hits().count()).toBe(0);
  });

  it('speaks French when asked, and fits a phone screen', async () => {
    await page.goto(`${url}/search?q=${encodeURIComponent(QUERY)}&lang=en`);
    await settled();
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Recherche' }).waitFor();
    expect(await page.getByLabel('Langue du passage').inputValue()).toBe('en');
    expect(await page.locator('li.hit .hit-how').first().innerText()).toMatch(/(Mots|Sens) · rang \d+/);
    expect(await page.locator('li.hit .hit-review').first().innerText()).toBe('Revoir l’alignement');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'search-mobile-fr.png'), fullPage: false });
    expect(pageErrors).toEqual([]);
  });
});
