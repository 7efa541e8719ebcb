import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, openSeededPage, type SeededPage } from '../support/browser.ts';

/**
 * The analysis pages (#5) in a real browser against the real server, seeded with the samples and
 * their claims as the rule extractor finds them (no fixture data): the coalition's size on the
 * timeline (hover shows the quote, click opens the trace), the permanence contradiction between
 * 002 and 003 with both quotes, the membership heatmap with its legend and cited cells, and the
 * comparison of the French brief with its English translation.
 */

let seeded: SeededPage;
let url: string;
let page: Page;
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  seeded = await openSeededPage({ width: 1280, height: 1000 });
  ({ url, page } = seeded);
}, 600_000);

afterAll(async () => {
  await seeded?.close();
});

const shot = async (name: string, toDocs = false) => {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: false });
  if (toDocs) fs.copyFileSync(file, path.join(ROOT, 'docs', name));
};

describe('analysis pages in the web UI', () => {
  it('draws the coalition size over time: exact and approximate points, hover shows the quote, click opens the trace', async () => {
    await page.goto(`${url}/timeline?subject=coalition:willing&predicate=member_count`);
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    const rows = page.locator('[data-testid=timeline-table] tbody tr');
    await rows.first().waitFor({ timeout: 60_000 });
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const exactness = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-exact')));
    expect(exactness).toEqual(expect.arrayContaining(['true', 'false']));
    const table = plain(await page.locator('[data-testid=timeline-table]').innerText());
    expect(table).toContain('trentaine');
    expect(table).toMatch(/35/);
    expect(table).toMatch(/document date/);
    // The chart is a real SVG with a text alternative.
    const chart = page.locator('[data-testid=timeline-chart]');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toMatch(/\d+ points/);
    await chart.locator('svg').waitFor();
    await page.locator('[data-testid=timeline]').scrollIntoViewIfNeeded();
    // Hover each small mark until the tooltip shows a quote.
    const marks = chart.locator('svg path');
    let tip = '';
    for (let i = 0; i < (await marks.count()) && !tip; i++) {
      const box = await marks.nth(i).boundingBox();
      if (!box || box.width > 24 || box.height > 24 || box.width < 6) continue;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const t = page.locator('.an-tip').first();
      // The tooltip renders on the next frame: give it a moment before trying the next mark.
      const shown = await t.waitFor({ state: 'visible', timeout: 1000 }).then(
        () => true,
        () => false,
      );
      if (shown) tip = plain(await t.innerText());
      if (tip) {
        await shot('timeline.png', true);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      }
    }
    expect(tip).toMatch(/«.+»/);
    await page.waitForURL((u) => /^\/claims\/c[0-9a-f]{16}/.test(u.pathname), { timeout: 30_000 });
  });

  it('lists an actor\'s positions over time: the expert\'s "should be permanent", attributed to him', async () => {
    await page.goto(`${url}/timeline?subject=coalition:willing&predicate=member_count&actor=person:frederic-mauro`);
    const rows = page.locator('[data-testid=stances] tbody tr');
    await rows.first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('stances-actor').inputValue()).toBe('person:frederic-mauro');
    const text = plain(await page.getByTestId('stances').innerText());
    expect(text).toMatch(/proposed/);
    expect(text).toMatch(/devrait être/);
  });

  it('lists the permanence of the coalition (002 vs 003) as a contradiction with both quotes side by side', async () => {
    await page.goto(`${url}/conflicts`);
    await page.getByRole('heading', { level: 1, name: 'Changes and contradictions' }).waitFor();
    const perm = page.locator('[data-testid=conflict][data-reason=status_asserted_vs_proposed]');
    await perm.first().waitFor({ timeout: 60_000 });
    expect(await perm.first().getAttribute('data-kind')).toBe('contradiction');
    const text = plain(await perm.first().innerText());
    expect(text).toContain('devient permanente');
    expect(text).toMatch(/devrait être/);
    expect(text).toMatch(/not yet/);
    expect(await perm.first().locator('.an-conflict-side').count()).toBe(2);
    await perm.first().scrollIntoViewIfNeeded();
    await shot('conflicts.png', true);
    // The kind filter narrows the list.
    await page.getByTestId('conflicts-kind').selectOption('change');
    await page.waitForURL((u) => u.searchParams.get('kind') === 'change');
    // The previous list stays on screen while the filtered one loads: wait for the answer.
    await page.locator('[data-testid=conflicts-state][data-state=ready]').waitFor();
    await page.locator('[data-testid=conflicts], .empty').first().waitFor();
    expect(await page.locator('[data-testid=conflict][data-kind=contradiction]').count()).toBe(0);
  });

  it('renders the membership heatmap with a legend, each cell opening its citations', async () => {
    await page.goto(`${url}/membership?group=coalition:willing&date=2025-04-10`);
    await page.getByRole('heading', { level: 1, name: 'Membership over time' }).waitFor();
    const chart = page.locator('[data-testid=membership-chart]');
    await chart.locator('svg').waitFor({ timeout: 60_000 });
    const svgText = plain(await chart.locator('svg').innerHTML());
    for (const label of ['Willing to deploy', 'Excluded', 'Member']) expect(svgText).toContain(label);
    expect(await page.locator('.an-legend li').count()).toBe(6);
    // Who was in it on 10 April 2025: those willing to send troops, from document 004.
    const who = plain(await page.getByTestId('membership-who').innerText());
    expect(who).toMatch(/Willing to deploy/);
    expect(await page.locator('[data-testid=membership-who] li[data-entity="country:FR"]').count()).toBe(1);
    expect(await page.locator('[data-testid=membership-who] li[data-entity="country:LV"]').count()).toBe(1);
    await page.locator('[data-testid=membership-table] td[data-status=willing] button').first().click();
    const cell = page.getByTestId('membership-cell');
    await cell.waitFor();
    expect(await cell.locator('blockquote').count()).toBeGreaterThan(0);
    await page.getByTestId('membership').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('membership.png');
  });

  it('compares the French brief with its English translation: shared claims in both columns', async () => {
    await page.goto(`${url}/compare`);
    await page.getByRole('heading', { level: 1, name: 'Compare two documents' }).waitFor();
    const options = await page.getByTestId('compare-a').locator('option').evaluateAll((os) => os.map((o) => ({ value: o.getAttribute('value') ?? '', text: o.textContent ?? '' })));
    const fr = options.find((o) => o.text.startsWith('Vers une alliance UE-Ukraine'))!;
    const en = options.find((o) => o.text.startsWith('Towards an EU'))!;
    await page.getByTestId('compare-a').selectOption(fr.value);
    await page.getByTestId('compare-b').selectOption(en.value);
    await page.waitForURL((u) => u.searchParams.get('a') === fr.value && u.searchParams.get('b') === en.value);
    const both = page.locator('[data-testid=compare-both] li');
    await both.first().waitFor({ timeout: 60_000 });
    expect(await both.count()).toBeGreaterThan(0);
    const shared = plain(await page.getByTestId('compare-both').innerText());
    expect(shared).toMatch(/75 000|75,000/);
    expect(await page.locator('[data-testid=compare-both] blockquote[lang=en]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=compare-both] blockquote[lang=fr]').count()).toBeGreaterThan(0);
    await shot('compare.png');
    expect(seeded.pageErrors).toEqual([]);
  });
});
