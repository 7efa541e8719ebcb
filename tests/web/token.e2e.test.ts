import { type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUiServer, type UiServer } from '../support/browser.ts';

/**
 * A server with CONCORDE_API_TOKEN refuses writes without it: the UI says so where the write
 * failed, asks for the token, keeps it, and the retried upload goes through.
 */
const TOKEN = 'e2e-token-4f1c9a';
let ui: UiServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ui = await startUiServer({ seedCorpus: false, env: { CONCORDE_API_TOKEN: TOKEN } });
  context = await ui.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await ui?.close();
});

const note = {
  name: 'token-note.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('A note on the training mission\n\nThe European Union has trained thousands of Ukrainian soldiers in Poland and Germany since the mission began.'),
};

describe('API token in the web UI', () => {
  it('asks for the token when an upload is refused, then uploads with it', async () => {
    await page.goto(`${ui.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();

    await page.locator('input[type=file]').setInputFiles(note);
    await page.getByRole('button', { name: 'Upload' }).click();
    const refused = page.locator('[role=alert][data-code=UNAUTHORIZED]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('needs an API token');

    await refused.getByLabel('API token').fill(TOKEN);
    await refused.getByRole('button', { name: 'Save token' }).click();
    await refused.getByText('Token saved').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('concorde.apiToken'))).toBe(TOKEN);

    await page.getByRole('button', { name: 'Upload' }).click();
    await page.locator('[data-testid=upload-status][data-state=done]').waitFor({ timeout: 60_000 });

    const res = await fetch(`${ui.server.url}/api/documents`);
    const list = (await res.json()) as { items: Array<{ filename: string }> };
    expect(list.items.map((d) => d.filename)).toEqual(['token-note.txt']);
  });
});
