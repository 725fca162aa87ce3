#!/usr/bin/env node
// The README's picture of thai-extract view: the seed article's report in headless Chromium
// (Debian's), with sentence boundaries on and the pointer on a parenthetical term, so that its
// English and acronym light up. Run after npm run build: node scripts/screenshot-viewer.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const work = mkdtempSync(path.join(tmpdir(), 'thai-extract-screenshot-'));
const report = path.join(work, 'seed.html');
execFileSync(process.execPath, [
  'dist/esm/cli.js',
  'view',
  '--title',
  'thai-extract view: the seed article',
  '-o',
  report,
  'fixtures/seed-asean-us/expected.json',
]);
const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1280, height: 800 },
});
const page = await context.newPage();
await page.goto(`file://${report}`);
await page.locator('#toggle-sentences').check();
await page.locator('#text [data-part="thai"]', { hasText: 'วิสาหกิจขนาดกลาง' }).hover();
await page.screenshot({ path: 'docs/viewer-seed.png', clip: { x: 0, y: 0, width: 1280, height: 700 } });
await context.close();
rmSync(work, { recursive: true, force: true });
console.log('wrote docs/viewer-seed.png');
