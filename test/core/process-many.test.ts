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

test('records that are not documents become invalid-record error records, in place, with the same codes as thai-extract run', async () => {
  const { createPipeline } = await import('../../src/create-pipeline.js');
  const built = createPipeline(pipeline);
  const inputs: unknown[] = [null, { id: 'n', text: 42 }, { id: 'ok', text: 'ดี' }, { id: 3, html: ['x'] }, { id: { nested: true }, text: 'ก' }];
  for (const results of [await collect(processMany(pipeline, inputs, { workers: 0 })), await collect(built.processMany(inputs))]) {
    expect(results.map((r) => ('error' in r ? `${r.id}:${r.error.code}:${r.error.message}` : `${r.id}:${r.text}`))).toEqual([
      'da39a3ee5e6b4b0d:invalid-record:expected a JSON object {"id", "text" | "html", ...}, got null',
      'n:invalid-record:"text" must be a string, got number 42',
      'ok:ดี',
      '3:invalid-record:"html" must be a string, got an array',
      expect.stringMatching(/^[0-9a-f]{16}:invalid-record:"id" must be a string or a number, got object/),
    ]);
  }
});

test('when the input iterator throws, what it gave before is still yielded, then the error', async () => {
  async function* failing() {
    yield { id: 'a', text: 'หนึ่ง' };
    yield { id: 'b', text: 'สอง' };
    throw new Error('the source broke');
  }
  const seen: string[] = [];
  const run = async (): Promise<void> => {
    for await (const result of processMany(pipeline, failing(), { workers: 0, concurrency: 8 })) seen.push(result.id);
  };
  await expect(run()).rejects.toThrow('the source broke');
  expect(seen).toEqual(['a', 'b']);
});

async function collect<T>(results: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const result of results) all.push(result);
  return all;
}

test('pipeline.process refuses what is not a document with the invalid-record error record, not a TypeError', async () => {
  const { createPipeline } = await import('../../src/create-pipeline.js');
  const { DocumentProcessingError } = await import('../../src/core/pipeline.js');
  const built = createPipeline(pipeline);
  for (const [input, message] of [
    [null, 'expected a JSON object {"id", "text" | "html", ...}, got null'],
    [{ id: 'n', text: 42 }, '"text" must be a string, got number 42'],
    [{ id: 'x' }, 'the record has no "text" or "html"'],
  ] as const) {
    const failure = await built.process(input as never).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DocumentProcessingError);
    expect((failure as InstanceType<typeof DocumentProcessingError>).record.error).toEqual({ code: 'invalid-record', message });
  }
});

test('a title, published or url that is not a string is left out with a warning, never silently', async () => {
  const { createPipeline } = await import('../../src/create-pipeline.js');
  const doc = await createPipeline(pipeline).process({ id: 'p', text: 'ข่าว', published: 20240301 as never, title: { th: 'หัวข้อ' } as never });
  expect(doc.meta).toEqual({});
  expect(doc.warnings).toEqual([
    { stage: 'input', code: 'invalid-field', message: '"title" must be a string, got object {"th":"หัวข้อ"}: it is left out' },
    { stage: 'input', code: 'invalid-field', message: '"published" must be a string, got number 20240301: it is left out' },
  ]);
});

test('a published that is not an ISO date is left out with a warning, so the document keeps to its schema', async () => {
  const { createPipeline } = await import('../../src/create-pipeline.js');
  const built = createPipeline(pipeline);
  const doc = await built.process({ id: 'p', text: 'ข่าว', published: 'เมื่อวานนี้' });
  expect(doc.meta).toEqual({});
  expect(doc.warnings).toEqual([
    { stage: 'input', code: 'invalid-field', message: '"published" must start with a date YYYY-MM-DD, got "เมื่อวานนี้": it is left out' },
  ]);
  const kept = await built.process({ id: 'q', text: 'ข่าว', published: '2019-06-20T10:00:00+07:00' });
  expect([kept.meta.published, kept.warnings]).toEqual(['2019-06-20T10:00:00+07:00', []]);
});

test('processMany refuses a number of workers that is not a whole number from 0 to the maximum', async () => {
  for (const workers of [-1, 1.5, 100_000]) {
    const run = async (): Promise<void> => {
      for await (const _ of processMany(pipeline, ['ก'], { workers })) void _;
    };
    await expect(run()).rejects.toThrow(/processMany: workers must be a whole number from 0 to \d+/);
  }
});
