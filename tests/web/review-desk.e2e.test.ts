import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startUiServer, type UiServer } from '../support/browser.ts';

/**
 * The translator's review desk in a real browser against the real server, seeded with the sample
 * corpus (the French policy brief and its English translation are paired and aligned at start):
 * list the pairs, open the desk, filter flagged links, confirm with the keyboard, merge, split,
 * read the history and download the TMX export.
 */

const REVIEWER = 'Camille Testeur';
/** Its own build: the other browser test may rebuild web/dist at the same time. */

/** Browser globals used in evaluated callbacks (the root tsconfig has no DOM lib). */
interface PageGlobals {
  document: { activeElement: { id: string; closest(sel: string): unknown } | null; getElementById(id: string): { textContent: string | null } | null };
  getComputedStyle(el: unknown): { visibility: string };
  localStorage: { getItem(key: string): string | null };
  scrollTo(x: number, y: number): void;
}

let ui: UiServer;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pairId = '';
const pageErrors: string[] = [];

const rows = () => page.locator('li.link-row');
const row = (id: string) => page.locator(`li.link-row[data-link-id="${id}"]`);
const sideCount = (r: Locator, side: 'left' | 'right') => r.locator(`.link-side:nth-child(${side === 'left' ? 2 : 3}) .desk-sentence`).count();
const currentId = async () => (await page.locator('li.link-row.is-current').getAttribute('data-link-id')) ?? '';

beforeAll(async () => {
  ui = await startUiServer({ seedCorpus: true });
  server = ui.server;
  browser = ui.browser;
  context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 600_000);

afterAll(async () => {
  await context?.close();
  await ui?.close();
});

describe('review desk', () => {
  it('lists the pair of the two briefs on the Translations page', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Traductions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Traductions' }).waitFor();
    const pairRow = page.locator('tr.pair-row', { hasText: 'Vers une alliance UE-Ukraine' });
    await pairRow.waitFor({ timeout: 60_000 });
    const text = await pairRow.innerText();
    expect(text).toContain('Towards an EU–Ukraine alliance');
    expect(await pairRow.locator('.lang-badge').allInnerTexts()).toEqual(['FR', 'EN']);
    // "<n> liens · <f> signalés · <c> confirmés" (singular for 0 and 1 in French), with links.
    const counts = /(\d+) liens? · (\d+) signalés? · (\d+) confirmés?/.exec(await pairRow.locator('.pair-counts').innerText());
    expect(counts).not.toBeNull();
    expect(Number(counts![1])).toBeGreaterThan(10);
    pairId = (await pairRow.getAttribute('data-pair-id')) ?? '';
    expect(pairId).not.toBe('');
    await page.screenshot({ path: path.join(ARTIFACTS, 'translations.png'), fullPage: true });
  });

  it('opens the desk with French on the left and English on the right', async () => {
    await page.locator(`tr.pair-row[data-pair-id="${pairId}"]`).getByRole('link', { name: 'Relire' }).click();
    await page.waitForURL(`**/pairs/${pairId}`);
    await rows().first().waitFor();
    expect(await rows().count()).toBeGreaterThan(10);
    await page.getByRole('heading', { level: 2, name: /Texte principal/ }).waitFor();

    // The trained-soldiers sentence: "75 000" (French spacing) faces "75,000".
    const soldiers = rows().filter({ hasText: /75[\s\u00a0\u202f]000 soldats/ });
    expect(await soldiers.count()).toBe(1);
    expect(await soldiers.locator('.link-side').nth(0).getAttribute('lang')).toBe('fr');
    expect(await soldiers.locator('.link-side').nth(1).getAttribute('lang')).toBe('en');
    expect(await soldiers.locator('.link-side').nth(1).innerText()).toContain('75,000 Ukrainian soldiers');

    // Every row says how sure the aligner is, in its label and by the colour class of its edge.
    const first = rows().first();
    expect(await first.getAttribute('aria-label')).toMatch(/confiance (faible|moyenne|élevée) \(\d+\s?%\)/);
    expect(await first.getAttribute('class')).toMatch(/conf-(low|mid|high)/);
  });

  it('shows fewer rows with "only flagged", each with badges that give their reason', async () => {
    const all = await rows().count();
    await page.getByLabel('Seulement les liens signalés').check();
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBeLessThan(all);
    const flagged = await rows().count();
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('flagged')).toBe('1');
    expect(await page.getByTestId('desk-count').innerText()).toMatch(new RegExp(`^${flagged} liens? affichés? sur ${all}$`));
    expect(await page.locator('li.link-row:not(.has-flags)').count()).toBe(0);

    const badge = rows().first().locator('.flag-badge').first();
    const reason = (await badge.getAttribute('title')) ?? '';
    expect(reason.length).toBeGreaterThan(5);
    // The same reason is in the tooltip the badge is described by, shown on keyboard focus.
    const tipId = (await badge.getAttribute('aria-describedby')) ?? '';
    const tip = page.locator(`[id="${tipId}"]`);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.textContent()).toContain(reason);
    await badge.focus();
    await page.waitForFunction((id) => {
      const w = globalThis as unknown as PageGlobals;
      return w.getComputedStyle(w.document.getElementById(id)).visibility === 'visible';
    }, tipId);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-desk-flagged.png') });

    await page.getByLabel('Seulement les liens signalés').uncheck();
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(all);
  });

  it('asks for the reviewer’s name, then confirms the current link with "c"', async () => {
    // A click on a row makes it current and focuses it; j and k move between rows.
    const firstId = (await rows().nth(0).getAttribute('data-link-id')) ?? '';
    const secondId = (await rows().nth(1).getAttribute('data-link-id')) ?? '';
    await rows().nth(0).locator('.link-gutter').click();
    expect(await currentId()).toBe(firstId);
    await page.keyboard.press('j');
    expect(await currentId()).toBe(secondId);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.closest('li.link-row.is-current') !== null)).toBe(true);
    await page.keyboard.press('k');
    expect(await currentId()).toBe(firstId);
    expect(new URL(page.url()).hash).toBe(`#l-${firstId}`);
    const id = firstId;

    await page.keyboard.press('c');
    await page.getByText('Indiquez votre nom avant de modifier').waitFor();
    expect(await row(id).getAttribute('data-status')).toBe('auto');
    await page.getByLabel('Votre nom (relecteur)').fill(REVIEWER);

    await row(id).locator('.link-gutter').click();
    await page.keyboard.press('c');
    await page.locator(`li.link-row[data-link-id="${id}"][data-status="confirmed"]`).waitFor();
    expect(await row(id).locator('.status-badge').innerText()).toBe('Confirmé');
    expect(await row(id).getByRole('button', { name: /Confirmer/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('desk-announce').innerText()).toMatch(/^Lien \d+ confirmé\.$/);
    // The name is remembered for the next visit.
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).localStorage.getItem('concorde.reviewer'))).toBe(REVIEWER);
  });

  it('jumps to flagged links with "n" and lists the shortcuts with "?"', async () => {
    const flaggedIds = await page.locator('li.link-row.has-flags').evaluateAll((els) => els.map((e) => e.getAttribute('data-link-id') ?? ''));
    expect(flaggedIds.length).toBeGreaterThan(1);
    await page.keyboard.press('n');
    expect(await currentId()).toBe(flaggedIds[0]);
    await page.keyboard.press('n');
    expect(await currentId()).toBe(flaggedIds[1]);
    await page.keyboard.press('N');
    expect(await currentId()).toBe(flaggedIds[0]);

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
    await help.waitFor();
    expect(await help.innerText()).toContain('Lien signalé suivant');
    // Keys do not act on the desk while the dialog is open.
    await page.keyboard.press('j');
    expect(await currentId()).toBe(flaggedIds[0]);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
  });

  it('merges a link with the next one ("m"), then splits it back (dialog)', async () => {
    // Move to a body link that has both sides and a next link in the body.
    const body = page.locator('section.stream-body li.link-row');
    const n = await body.count();
    let at = -1;
    for (let i = 1; i < n - 1 && at === -1; i++) {
      const r = body.nth(i);
      if ((await sideCount(r, 'left')) > 0 && (await sideCount(r, 'right')) > 0 && (await sideCount(body.nth(i + 1), 'left')) > 0 && (await sideCount(body.nth(i + 1), 'right')) > 0) at = i;
    }
    expect(at).toBeGreaterThan(0);
    const target = body.nth(at);
    const id = (await target.getAttribute('data-link-id')) ?? '';
    const nextId = (await body.nth(at + 1).getAttribute('data-link-id')) ?? '';
    const before = { left: await sideCount(target, 'left'), right: await sideCount(target, 'right') };
    const next = { left: await sideCount(body.nth(at + 1), 'left'), right: await sideCount(body.nth(at + 1), 'right') };
    const total = await rows().count();

    await target.locator('.link-gutter').click();
    expect(await currentId()).toBe(id);
    await page.keyboard.press('m');
    await expect.poll(() => rows().count(), { timeout: 60_000 }).toBe(total - 1);
    expect(await row(nextId).count()).toBe(0);
    expect(await sideCount(row(id), 'left')).toBe(before.left + next.left);
    expect(await sideCount(row(id), 'right')).toBe(before.right + next.right);
    expect(await currentId()).toBe(id);

    // Split after the first sentence on each side: the link keeps 1–1, the rest follows it.
    await row(id).getByRole('button', { name: /Scinder/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Scinder le lien' });
    await dialog.waitFor();
    await dialog.locator('fieldset').nth(0).getByLabel('Après la phrase 1').check();
    await dialog.locator('fieldset').nth(1).getByLabel('Après la phrase 1').check();
    await dialog.getByRole('button', { name: 'Scinder', exact: true }).click();
    await expect.poll(() => rows().count(), { timeout: 60_000 }).toBe(total);
    expect(await sideCount(row(id), 'left')).toBe(1);
    expect(await sideCount(row(id), 'right')).toBe(1);
    const after = row(id).locator('xpath=following-sibling::li[1]');
    expect(await sideCount(after, 'left')).toBe(before.left + next.left - 1);
    expect(await sideCount(after, 'right')).toBe(before.right + next.right - 1);
  });

  it('shows the edits with their author in the history', async () => {
    const history = page.getByTestId('history');
    await history.locator('summary').first().click();
    const items = history.locator('.history-item');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const text = await history.innerText();
    expect(text).toContain('Lien confirmé');
    expect(text).toContain('Fusion avec le lien suivant');
    expect(text).toContain('Scission d’un lien');
    for (const author of await items.locator('.history-author').allInnerTexts()) expect(author).toBe(REVIEWER);
  });

  it('opens a sentence in the reader from the desk', async () => {
    const sentence = rows().filter({ hasText: /75[\s\u00a0\u202f]000 soldats/ }).locator('.desk-sentence').first();
    const href = (await sentence.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/documents\/[0-9a-f]{16}#s-\d+$/);
    const idx = href.split('#s-')[1];
    const reader = await context.newPage();
    reader.on('pageerror', (e) => pageErrors.push(e.message));
    await reader.goto(`${server.url}${href}`);
    await reader.locator(`#s-${idx}.is-active`).waitFor();
    expect(await reader.locator(`#s-${idx}`).innerText()).toMatch(/75[\s\u00a0\u202f]000/);
    await reader.close();
  });

  it('downloads the TMX export', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporter en TMX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.tmx$/);
    const body = fs.readFileSync((await download.path())!, 'utf8');
    expect(body.startsWith('<?xml')).toBe(true);
    expect(body).toContain('<tmx version="1.4">');
    expect(body).toContain('75,000');
  });

  it('speaks English when the interface is switched', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /Main text/ }).waitFor();
    expect(await page.getByLabel('Only flagged links').count()).toBe(1);
    expect(await page.getByTestId('desk-count').innerText()).toMatch(/^Showing \d+ of \d+ links$/);
    expect(await rows().first().locator('.status-badge').innerText()).toBe('Confirmed');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /Texte principal/ }).waitFor();
  });

  it('took a picture of the desk, with no page errors', async () => {
    await page.setViewportSize({ width: 1400, height: 1500 });
    await page.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 0));
    await page.mouse.move(1, 1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-desk.png') });
    expect(pageErrors).toEqual([]);
  });
});
