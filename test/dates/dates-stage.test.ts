import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDefinition } from '../../src/core/definition.js';
import { createPipeline } from '../../src/create-pipeline.js';
import { validateDocument } from '../../src/document/validate.js';

const stageName = (step: string | { stage: string }): string => (typeof step === 'string' ? step : step.stage);

describe('dates stage', () => {
  it('runs in the default pipeline after segment and sentences', () => {
    const names = loadDefinition('default').definition.stages.map(stageName);
    expect(names.indexOf('dates')).toBeGreaterThan(names.indexOf('segment'));
    expect(names.indexOf('dates')).toBeGreaterThan(names.indexOf('sentences'));
  });

  it('reads meta.published as the anchor of relative expressions', async () => {
    const pipeline = createPipeline({ name: 'dates', stages: ['decode', 'dates'] });
    const doc = await pipeline.process({ id: 'a', text: 'ประชุมวันนี้ และจะประชุมอีกครั้งสัปดาห์หน้า', published: '2020-10-14' });
    expect(doc.dates).toEqual([
      { start: 6, end: 12, text: 'วันนี้', type: 'relative', value: '2020-10-14' },
      { start: 32, end: 43, text: 'สัปดาห์หน้า', type: 'relative', value: '2020-W43' },
    ]);
    expect(doc.warnings).toEqual([]);
    expect(validateDocument(doc)).toEqual([]);
  });

  it('takes joinDateAndTime from the pipeline definition', async () => {
    const pipeline = createPipeline({ name: 'joined', stages: ['decode', { stage: 'dates', options: { joinDateAndTime: true } }] });
    const doc = await pipeline.process({ id: 'c', text: 'วันที่ 5 ธ.ค. 2563 เวลา 19.19 น.' });
    expect(doc.dates!.map((d) => [d.text, d.type, d.value])).toEqual([['วันที่ 5 ธ.ค. 2563 เวลา 19.19 น.', 'datetime', '2020-12-05T19:19']]);
  });

  it('warns when relative expressions have no anchor, and about impossible days', async () => {
    const pipeline = createPipeline({ name: 'dates', stages: ['decode', 'dates'] });
    const doc = await pipeline.process({ id: 'b', text: 'วันนี้ประกาศว่า 31 ก.พ. 2562 เป็นวันหยุด' });
    expect(doc.dates).toEqual([{ start: 0, end: 6, text: 'วันนี้', type: 'relative', value: null, needsAnchor: true }]);
    expect(doc.warnings.map((w) => [w.stage, w.code, w.start, w.end])).toEqual([
      ['dates', 'impossible-date', 16, 28],
      ['dates', 'no-anchor', undefined, undefined],
    ]);
  });
});

// The seed article is the project's shared fixture; the test skips where ../shared is absent.
const SEED = path.resolve('../shared/seeds/000_f6ce5b4017781967.txt');
(existsSync(SEED) ? describe : describe.skip)('the seed article', () => {
  it('yields its years, dates and the 2559-2563 range with their spans', async () => {
    const text = readFileSync(SEED, 'utf8');
    const pipeline = createPipeline({ name: 'dates', stages: ['decode', 'dates'] });
    const doc = await pipeline.process({ id: 'seed', text, published: '2019-06-20' });
    const shown = doc.dates!.map((d) => [d.text, d.value]);
    expect(shown).toContainEqual(['ปี 2562', '2019']);
    expect(shown).toContainEqual(['วันที่ 1 มีนาคม 2562', '2019-03-01']);
    expect(shown).toContainEqual(['วันที่ 28 มีนาคม 2562', '2019-03-28']);
    expect(shown).toContainEqual(['2559-2563', { start: '2016', end: '2020' }]);
    expect(shown).toContainEqual(['มิถุนายน 20, 2019', '2019-06-20']);
    const codePoints = Array.from(doc.text);
    for (const date of doc.dates!) expect(codePoints.slice(date.start, date.end).join('')).toBe(date.text);
    expect(validateDocument(doc)).toEqual([]);
  });
});
