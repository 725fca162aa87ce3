import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, which scripts/test.sh installs when it is missing. */
const EXECUTABLE = '/usr/bin/chromium';

/**
 * One headless Chromium for the calling test file, with a fresh profile, started before its
 * tests and closed after them. It fails loudly when Chromium cannot start: these tests are never
 * skipped.
 */
export function sharedChromium(): () => BrowserContext {
  let context: BrowserContext | null = null;
  const profile = mkdtempSync(path.join(tmpdir(), 'thai-extract-chromium-'));
  beforeAll(async () => {
    try {
      context = await chromium.launchPersistentContext(profile, {
        executablePath: EXECUTABLE,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
        viewport: { width: 1280, height: 800 },
      });
    } catch (error) {
      throw new Error(`Chromium (${EXECUTABLE}) could not start; scripts/test.sh installs it with apt-get: ${(error as Error).message}`);
    }
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });
  return () => {
    if (!context) throw new Error('Chromium did not start');
    return context;
  };
}

/** Opens a page from file:// and collects console errors, page errors and every request that is not file:// (there must be none). */
export async function openReport(context: BrowserContext, file: string): Promise<{ page: Page; errors: string[]; network: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const network: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) network.push(request.url());
  });
  await page.goto(`file://${path.resolve(file)}`);
  return { page, errors, network };
}
