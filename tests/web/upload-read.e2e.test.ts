import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, startUiServer, type UiServer } from '../support/browser.ts';
import { makePdf, requireTesseract } from '../support/scanned-pdf.ts';

/**
 * The whole UI in a real browser against the real server (in-memory database, no seed corpus):
 * upload a PDF, follow its job, read it, deep-link a sentence, switch the interface language,
 * then upload the same bytes again (duplicate) and an empty file (error).
 */

const SAMPLE = path.join(ROOT, 'corpus/samples/004_58cc976fb8c2e0f9.pdf');

/**
 * The few browser globals the evaluated callbacks use. The root tsconfig has no DOM lib (it
 * checks server code), so callbacks run in the page reach them through `globalThis` typed here.
 */
interface El {
  getBoundingClientRect(): { top: number; bottom: number; left: number; width: number; height: number };
  contains(other: El | null): boolean;
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface PageGlobals {
  document: { querySelector(sel: string): El | null; elementFromPoint(x: number, y: number): El | null; activeElement: El | null; body: El };
  innerHeight: number;
  scrollY: number;
  scrollTo(x: number, y: number): void;
  MutationObserver: new (cb: () => void) => { observe(target: El, options: object): void };
  navigator: { clipboard: { readText(): Promise<string> } };
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
  seenStates: string[];
}

let ui: UiServer;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let documentId = '';
const pageErrors: string[] = [];

/** True when the element's centre is on screen and not covered (e.g. by the sticky sentence bar). */
const isVisibleAt = (p: Page, selector: string) =>
  p.evaluate((sel) => {
    const { document, innerHeight } = globalThis as unknown as PageGlobals;
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight) return false;
    const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  }, selector);

beforeAll(async () => {
  ui = await startUiServer({ seedCorpus: false });
  server = ui.server;
  browser = ui.browser;
  // French browser: the interface must start in French (no saved choice yet).
  context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await context?.close();
  await ui?.close();
});

describe('upload and read through the web UI', () => {
  it('uploads the sample PDF and follows its job to the end', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Bibliothèque' }).waitFor();
    await page.getByText('La bibliothèque est vide').waitFor();

    await page.locator('input[type=file]').setInputFiles(SAMPLE);
    expect(await page.getByTestId('selected-file').innerText()).toContain('004_58cc976fb8c2e0f9.pdf');

    // Record every state the status block goes through, to prove the job was followed.
    await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const { document } = w;
      const seen: string[] = [];
      w.seenStates = seen;
      new w.MutationObserver(() => {
        const state = document.querySelector('[data-testid=upload-status]')?.getAttribute('data-state');
        if (state && seen.at(-1) !== state) seen.push(state);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.locator('[data-testid=upload-status][data-state=done]').waitFor({ timeout: 120_000 });

    const seen = await page.evaluate(() => (globalThis as unknown as PageGlobals).seenStates);
    expect(seen).toContain('processing');
    expect(seen.at(-1)).toBe('done');
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(await page.getByTestId('upload-status').innerText()).toContain('Document ajouté : 004_58cc976fb8c2e0f9.pdf');

    const open = page.getByRole('link', { name: /Ouvrir le document/ });
    const href = await open.getAttribute('href');
    expect(href).toMatch(/^\/documents\/[\w-]+$/);
    documentId = href!.split('/').pop()!;

    // The list was refreshed: one row, linking to the new document, marked French.
    const rows = page.locator('table.doc-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-document-id')).toBe(documentId);
    expect(await rows.first().locator('.lang-badge').first().innerText()).toBe('FR');
    await page.screenshot({ path: path.join(ARTIFACTS, 'library.png'), fullPage: true });
  });

  it('opens the reader and shows the clean text sentence by sentence', async () => {
    await page.getByRole('link', { name: /Ouvrir le document/ }).click();
    await page.waitForURL(`**/documents/${documentId}`);
    const article = page.locator('article.reader-text');
    await article.locator('.sentence').first().waitFor();

    const text = await article.innerText();
    expect(text).toContain('Le 10 avril, à Bruxelles');
    expect(text).toContain('Sébastien Lecornu');
    // Sentences are addressable spans numbered from 0, and the first page is marked in the margin.
    expect(await article.locator('#s-0').count()).toBe(1);
    expect(await article.locator('.page-marker').first().innerText()).toBe('p. 1');
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('scrolls to and highlights a deep-linked sentence; j/k move it, Enter copies its link', async () => {
    const deep = await context.newPage();
    deep.on('pageerror', (e) => pageErrors.push(e.message));
    await deep.setViewportSize({ width: 1280, height: 560 });
    await deep.goto(`${server.url}/documents/${documentId}#s-3`);
    await deep.locator('#s-3.is-active').waitFor();

    expect(await deep.locator('.sentence.is-active').count()).toBe(1);
    expect(await deep.locator('#s-3').getAttribute('aria-current')).toBe('true');
    await deep.waitForFunction(() => (globalThis as unknown as PageGlobals).scrollY > 0); // it had to scroll to get there
    expect(await isVisibleAt(deep, '#s-3')).toBe(true);
    expect(await deep.getByTestId('sentence-bar').innerText()).toContain('Phrase 4 sur');

    await deep.keyboard.press('j');
    await deep.locator('#s-4.is-active').waitFor();
    expect(new URL(deep.url()).hash).toBe('#s-4');
    expect(await deep.locator('#s-3').getAttribute('class')).not.toContain('is-active');
    await deep.keyboard.press('k');
    await deep.locator('#s-3.is-active').waitFor();
    expect(new URL(deep.url()).hash).toBe('#s-3');

    await deep.keyboard.press('Enter');
    await deep.getByText('Lien copié.').waitFor();
    expect(await deep.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText())).toBe(`${server.url}/documents/${documentId}#s-3`);

    // Clicking another sentence selects it and puts its link in the hash.
    await deep.locator('#s-0').click({ position: { x: 8, y: 8 } }); // on its first word, not the box centre
    await deep.locator('#s-0.is-active').waitFor();
    expect(new URL(deep.url()).hash).toBe('#s-0');

    await deep.mouse.move(1, 1); // no hover tint in the picture below
    await deep.goto(`${server.url}/documents/${documentId}#s-3`);
    await deep.locator('#s-3.is-active').waitFor();
    await deep.setViewportSize({ width: 1280, height: 900 });
    await deep.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 0)); // header and highlight in one picture
    await deep.screenshot({ path: path.join(ARTIFACTS, 'reader.png') });
    await deep.close();
  });

  it('switches the interface language and remembers it', async () => {
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link').first().innerText()).toBe('Bibliothèque');
    expect(await page.getByTestId('sentence-bar').innerText()).toContain('Cliquez une phrase');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    expect(await nav.getByRole('link').first().innerText()).toBe('Library');
    expect(await page.getByRole('button', { name: 'EN', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('sentence-bar').innerText()).toContain('Click a sentence to get a direct link to it.');

    await page.reload();
    await page.locator('article.reader-text .sentence').first().waitFor();
    expect(await nav.getByRole('link').first().innerText()).toBe('Library');
  });

  it('says the document is already present when the same file is uploaded again (keyboard only)', async () => {
    await page.goto(`${server.url}/`);
    const input = page.locator('input[type=file]');
    await input.setInputFiles(SAMPLE);
    // From the file input, Tab reaches the (closed) metadata section, then the submit button.
    await input.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.textContent)).toBe('Upload');
    await page.keyboard.press('Enter');

    await page.locator('[data-testid=upload-status][data-state=duplicate]').waitFor({ timeout: 60_000 });
    const status = page.getByTestId('upload-status');
    expect(await status.innerText()).toContain('This document is already in the library.');
    expect(await status.getByRole('link', { name: /See the existing document/ }).getAttribute('href')).toBe(`/documents/${documentId}`);
    expect(await page.locator('table.doc-table tbody tr').count()).toBe(1);
  });

  it('shows the server’s error for an empty file dropped on the drop zone', async () => {
    // A real drop event carrying a 0-byte file, as a drag from the desktop would.
    const dataTransfer = await page.evaluateHandle(() => {
      const w = globalThis as unknown as PageGlobals;
      const dt = new w.DataTransfer();
      dt.items.add(new w.File([], 'empty.pdf', { type: 'application/pdf' }));
      return dt;
    });
    await page.locator('.dropzone').dispatchEvent('dragover', { dataTransfer });
    await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer });
    expect(await page.getByTestId('selected-file').innerText()).toContain('empty.pdf');
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.locator('[data-testid=upload-status][data-state=error]').waitFor({ timeout: 30_000 });

    const alert = page.getByTestId('upload-status').getByRole('alert');
    expect(await alert.getAttribute('data-code')).toBe('EMPTY_FILE');
    expect(await alert.innerText()).toContain('The file is empty.');
    expect(pageErrors).toEqual([]);
  });

  it('reads an uploaded scan by OCR and says in the reader that its text is machine-read', async () => {
    requireTesseract();
    const scan = path.join(os.tmpdir(), `concorde-scan-${process.pid}.pdf`);
    fs.writeFileSync(scan, await makePdf([{ scan: ['Les ministres de la Défense se réunissent à Bruxelles le 10 avril.', 'La coalition des volontaires devient permanente, selon le communiqué.'] }]));
    try {
      await page.goto(`${server.url}/`);
      await page.locator('input[type=file]').setInputFiles(scan);
      await page.getByRole('button', { name: 'Upload' }).click();
      await page.locator('[data-testid=upload-status][data-state=done]').waitFor({ timeout: 120_000 });
      await page.getByRole('link', { name: /Open the document/ }).click();
      const note = page.getByTestId('ocr-note');
      await note.waitFor();
      expect(await note.innerText()).toMatch(/^page 1 read by tesseract 5[\d.]*, mean confidence \d+\/100/);
      expect(await page.locator('article.reader-text').innerText()).toContain('Bruxelles');
      await page.screenshot({ path: path.join(ARTIFACTS, 'reader-ocr.png'), fullPage: true });
      expect(pageErrors).toEqual([]);
    } finally {
      fs.rmSync(scan, { force: true });
    }
  });
});
