import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ThaiDocument } from '../../src/document/types.js';
import { renderReport } from '../../src/viewer/render-html.js';
import { viewDocument } from '../../src/viewer/view-data.js';
import { runCli } from '../cli/run-cli.js';
import { annotatedBatch } from '../formats/batch-documents.js';
import { temporaryFolders } from '../temporary-folders.js';
import { openReport, sharedChromium } from './chromium.js';

// thai-extract view in real headless Chromium: the page opens from file:// with no console error
// and no request, renders one element per entity and per date, and its toggles, search, links
// and keys work; a 10,000-document report stays responsive.
const dir = temporaryFolders('thai-extract-view-')();
const at = (name: string): string => path.join(dir, name);
const browser = sharedChromium();
let docs: ThaiDocument[] = [];

beforeAll(async () => {
  docs = await annotatedBatch(200);
  writeFileSync(at('annotated.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const { status, stderr } = await runCli(['view', '-o', at('report.html'), at('annotated.jsonl')]);
  if (status !== 0) throw new Error(stderr);
}, 120_000);

const counts = (layer: string): string => `document.querySelectorAll('#text [data-layer="${layer}"]').length`;

test('the seed and 200 documents: one entities element per entity and one dates element per date, no console error, no network', async () => {
  const { page, errors, network } = await openReport(browser(), at('report.html'));
  const seen: [string, number, number][] = [];
  for (let i = 0; i < docs.length; i++) {
    if (i > 0) await page.keyboard.press('j');
    seen.push(await page.evaluate(`[document.getElementById('doc-meta').firstChild.textContent, ${counts('entities')}, ${counts('dates')}]`));
  }
  expect(seen).toEqual(docs.map((d) => [d.id, d.entities?.length, d.dates?.length]));
  // Each element is the entity: its label, and its text (an element crossed by another span is continued in pieces after it).
  const seed = docs[0];
  await page.locator('#search').press('Enter');
  const rendered = await page.evaluate(`[...document.querySelectorAll('#text [data-layer="entities"]')].map((e) => e.getAttribute('data-label'))`);
  expect(rendered).toEqual(seed.entities?.map((e) => e.label));
  const values = await page.evaluate(`[...document.querySelectorAll('#text [data-layer="dates"]')].map((e) => e.getAttribute('data-value'))`);
  expect(values).toEqual(seed.dates?.map((d) => (typeof d.value === 'string' ? d.value : `${d.value?.start}/${d.value?.end}`)));
  const title = await page.locator('#text [data-layer="dates"]').first().getAttribute('title');
  expect(title).toBe('year: 2562 → 2019 · 2019 [10,17)');
  expect([errors, network]).toEqual([[], []]);
  await page.close();
}, 120_000);

test('label toggles, layer toggles, parenthetical links, search and keys', async () => {
  const { page, errors } = await openReport(browser(), at('report.html'));
  const background = (selector: string): Promise<string> =>
    page
      .locator(selector)
      .first()
      .evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(await background('#text [data-label="ORGANIZATION"]')).not.toBe('rgba(0, 0, 0, 0)');
  await page.locator('[data-toggle-label="ORGANIZATION"]').uncheck();
  expect(await background('#text [data-label="ORGANIZATION"]')).toBe('rgba(0, 0, 0, 0)');
  expect(await background('#text [data-label="LOCATION"]')).not.toBe('rgba(0, 0, 0, 0)');
  // Token and sentence boundaries appear on their toggles.
  const visibleMarks = (cls: string): Promise<number> =>
    page.evaluate(`[...document.querySelectorAll('#text .${cls}')].filter((e) => getComputedStyle(e).display !== 'none').length`);
  expect(await visibleMarks('tb')).toBe(0);
  await page.locator('#toggle-tokens').check();
  expect(await visibleMarks('tb')).toBe((docs[0].tokens?.length ?? 0) - (docs[0].sentences?.length ?? 0));
  await page.locator('#toggle-sentences').check();
  expect(await visibleMarks('sb')).toBe(docs[0].sentences?.length);
  // Hovering the Thai side of a parenthetical lights up its English and acronym.
  await page.locator('#text [data-layer="parentheticals"][data-part="thai"]', { hasText: 'วิสาหกิจขนาดกลาง' }).hover();
  const linked = await page.evaluate(`[...document.querySelectorAll('#text .linked[data-layer]')].map((e) => e.textContent)`);
  expect(linked).toEqual(['วิสาหกิจขนาดกลาง ขนาดย่อม และรายย่อยสีเขียว', 'Greening Micro, Small and Medium Enterprises', 'MSMEs']);
  // Search narrows the list; Enter opens the first hit; / focuses the search; j and k move.
  await page.keyboard.press('/');
  await page.keyboard.type('news-042');
  await page.keyboard.press('Enter');
  expect(await page.locator('#count').textContent()).toBe(`1 of ${docs.length} documents`);
  expect(await page.locator('#doc-meta span').first().textContent()).toBe('news-042');
  await page.locator('#search').fill('');
  await page.locator('#search').press('Enter');
  await page.keyboard.press('j');
  expect(await page.locator('#doc-meta span').first().textContent()).toBe(docs[1].id);
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  expect(await page.locator('#doc-meta span').first().textContent()).toBe(docs[1].id);
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);

test('text that looks like markup stays text', async () => {
  const doc = { ...docs[1], id: '</script><img src=x onerror="window.hacked=1">', meta: { title: '<b>หัวข้อ</b>' } };
  doc.text = `${doc.text.slice(0, -3)}<i>`;
  const report = renderReport('<script>window.hacked=1</script>', [viewDocument(doc as ThaiDocument)]);
  writeFileSync(at('markup.html'), report);
  const { page, errors } = await openReport(browser(), at('markup.html'));
  expect(await page.evaluate('[window.hacked, document.querySelectorAll("img, b, i").length, document.title]')).toEqual([
    undefined,
    0,
    '<script>window.hacked=1</script>',
  ]);
  expect(await page.locator('#doc-title').textContent()).toBe('<b>หัวข้อ</b>');
  expect(errors).toEqual([]);
  await page.close();
});

test('view --diff: new entities and dates are outlined, vanished ones listed, per layer', async () => {
  const before = docs.slice(0, 3).map((d) => structuredClone(d));
  const after = docs.slice(0, 3).map((d) => structuredClone(d));
  const removed = after[1].entities?.shift();
  after[1].dates?.push({ start: 0, end: 1, text: after[1].text.slice(0, 1), type: 'year', value: '1999' });
  writeFileSync(at('before.jsonl'), before.map((d) => JSON.stringify(d)).join('\n') + '\n');
  writeFileSync(at('after.jsonl'), after.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const { status } = await runCli(['view', '--diff', '-o', at('diff.html'), at('before.jsonl'), at('after.jsonl')]);
  expect(status).toBe(0);
  const { page, errors } = await openReport(browser(), at('diff.html'));
  // The changed document comes first.
  expect(await page.locator('#doc-meta span').first().textContent()).toBe(after[1].id);
  expect(await page.evaluate(`[...document.querySelectorAll('#text [data-change="appeared"]')].map((e) => e.getAttribute('data-layer'))`)).toEqual(['dates']);
  expect(await page.locator('[data-vanished]').allTextContents()).toEqual([
    expect.stringContaining(`− entities [${removed?.start},${removed?.end}) ${removed?.text}`),
  ]);
  expect(await page.locator('#changes pre').textContent()).toMatch(/^entities: \d+ → \d+ \(1 vanished, 0 appeared\)/m);
  expect(await page.locator('.row-meta').allTextContents()).toEqual([
    expect.stringContaining('changed'),
    expect.stringContaining('same'),
    expect.stringContaining('same'),
  ]);
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);

test('a 10,000-document report opens at once and renders only the rows on screen', async () => {
  const many = Array.from({ length: 10_000 }, (_, i) => viewDocument({ ...docs[i % docs.length], id: `doc-${i}` }));
  writeFileSync(at('many.html'), renderReport('10,000 documents', many));
  const started = Date.now();
  const { page, errors } = await openReport(browser(), at('many.html'));
  await page.waitForSelector('#text [data-layer="entities"]');
  const opened = Date.now() - started;
  expect(await page.locator('#count').textContent()).toBe('10000 of 10000 documents');
  expect(await page.locator('.row').count()).toBeLessThan(40);
  await page.locator('#list').evaluate((list) => {
    list.scrollTop = list.scrollHeight;
    list.dispatchEvent(new Event('scroll'));
  });
  await page.locator('.row').last().click();
  expect(await page.locator('#doc-meta span').first().textContent()).toBe('doc-9999');
  const searched = Date.now();
  await page.locator('#search').fill('doc-777');
  await page.locator('#search').press('Enter');
  expect(await page.locator('#count').textContent()).toBe('11 of 10000 documents');
  expect([opened < 20_000, Date.now() - searched < 10_000, errors]).toEqual([true, true, []]);
  await page.close();
}, 120_000);
