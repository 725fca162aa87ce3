import { processMany } from '../../src/batch/process-many.js';

const pipeline = { name: 'test', stages: ['decode', 'normalize', 'segment'] };

test('in this thread: one result per input in order, errors in place of bad inputs', async () => {
  const inputs = [{ id: 'a', text: 'ฝนตก' }, { id: 'b', text: '   ' }, 'ข่าวดี', { id: 'c', html: '<p>หน้าเว็บ</p>' }, { id: 'd', text: 'ก'.repeat(50) }];
  const results = [];
  for await (const result of processMany(pipeline, inputs, { workers: 0, maxChars: 40 })) {
    results.push('error' in result ? [result.id, result.error.code] : [result.id, result.text]);
  }
  expect(results).toEqual([
    ['a', 'ฝนตก'],
    ['b', 'empty'],
    [expect.stringMatching(/^[0-9a-f]{16}$/), 'ข่าวดี'],
    ['c', 'หน้าเว็บ'],
    ['d', 'too-large'],
  ]);
});

test('worker threads from the TypeScript sources are refused with a clear message', async () => {
  const run = async (): Promise<void> => {
    for await (const _ of processMany(pipeline, ['ก'], { workers: 1 })) void _;
  };
  await expect(run()).rejects.toThrow(/need the built package/);
});
