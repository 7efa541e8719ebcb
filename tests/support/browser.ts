import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { loadConfig } from '../../api/config.ts';
import { startServer, type RunningServer } from '../../api/server.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
/** Debian's Chromium, headless, with nothing that calls out to the (closed) network. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface UiServer {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the UI into its own folder (browser test files run in parallel), starts the real
 * server on an in-memory database and launches Chromium.
 */
export async function startUiServer(opts: { seedCorpus: boolean; env?: Record<string, string> }): Promise<UiServer> {
  const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'concorde-web-'));
  // Vitest sets NODE_ENV=test, which makes Vite build for development: build what `npm run build:web` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(ROOT, 'web/vite.config.ts'), logLevel: 'warn', mode: 'production', build: { outDir: webDist, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const config = loadConfig({
    CONCORDE_DATA_DIR: 'memory://',
    PORT: '0',
    HOST: '127.0.0.1',
    CONCORDE_SEED_CORPUS: String(opts.seedCorpus),
    CONCORDE_WEB_DIST: webDist,
    ...opts.env,
  });
  const server = await startServer(config);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(webDist, { recursive: true, force: true });
    },
  };
}

export interface SeededPage {
  url: string;
  page: Page;
  /** Uncaught errors the page threw, for a final "no page errors" assertion. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** The seeded UI server and one English page on it: the setup every browser test of the samples shares. */
export async function openSeededPage(viewport: { width: number; height: number }): Promise<SeededPage> {
  const ui = await startUiServer({ seedCorpus: true });
  const context = await ui.browser.newContext({ locale: 'en-GB', viewport });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    url: ui.server.url,
    page,
    pageErrors,
    async close() {
      await context.close();
      await ui.close();
    },
  };
}
