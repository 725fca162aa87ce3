import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import type { InputItem } from '../../src/core/input-item.js';
import { CHUNK_SCHEMA, type Chunk, type ChunkJob, chunkItems, decodeChunkItems, fromWire, type PositionedItem, toWire } from '../../src/queue/chunk.js';
import { checkPipeline } from '../../src/create-pipeline.js';
import { portablePipeline } from '../../src/queue/portable-pipeline.js';

const doc = (id: string, text: string): InputItem => ({ kind: 'document', input: { id, text } });

async function* positioned(items: InputItem[], source = 'news/dump.jsonl'): AsyncGenerator<PositionedItem> {
  for (let i = 0; i < items.length; i++) yield { item: items[i], source, position: i + 1 };
}

async function collect(items: InputItem[], limits = { records: 100, bytes: 1 << 20 }, key = 'k1', source?: string): Promise<Chunk[]> {
  const chunks: Chunk[] = [];
  for await (const chunk of chunkItems(positioned(items, source), key, limits)) chunks.push(chunk);
  return chunks;
}

const job = (chunk: Chunk): ChunkJob => ({
  schema: CHUNK_SCHEMA,
  pipeline: portablePipeline(checkPipeline('tokens')),
  maxChars: 100,
  first: chunk.first,
  records: chunk.records,
  items: gzipSync(chunk.json).toString('base64'),
});

describe('chunkItems', () => {
  const items = Array.from({ length: 250 }, (_, i) => doc(`d${i + 1}`, `ข่าวหมายเลข ${i + 1}`));

  test('100 records a chunk, in input order; each id names where the chunk starts and hashes what it holds', async () => {
    const chunks = await collect(items);
    expect(chunks.map((c) => [c.first.position, c.records])).toEqual([
      [1, 100],
      [101, 100],
      [201, 50],
    ]);
    expect(chunks.map((c) => c.id)).toEqual([
      expect.stringMatching(/^dump\.jsonl-1-[0-9a-f]{16}$/),
      expect.stringMatching(/^dump\.jsonl-101-[0-9a-f]{16}$/),
      expect.stringMatching(/^dump\.jsonl-201-[0-9a-f]{16}$/),
    ]);
    expect(decodeChunkItems(job(chunks[1])).map((item) => (item.kind === 'document' ? item.input.id : ''))).toEqual(
      items.slice(100, 200).map((item) => (item.kind === 'document' ? item.input.id : '')),
    );
  });

  test('the same input and pipeline give the same ids; a changed record, another pipeline or another source give new ones', async () => {
    const ids = (chunks: Chunk[]) => chunks.map((c) => c.id);
    const first = ids(await collect(items));
    expect(ids(await collect(items))).toEqual(first);
    const edited = items.map((item, i) => (i === 150 ? doc('d151', 'ข่าวแก้ไข') : item));
    const again = ids(await collect(edited));
    expect([again[0] === first[0], again[1] === first[1], again[2] === first[2]]).toEqual([true, false, true]);
    expect(ids(await collect(items, undefined, 'k2')).some((id, i) => id === first[i])).toBe(false);
    expect(ids(await collect(items, undefined, 'k1', 'other/dump.jsonl')).some((id, i) => id === first[i])).toBe(false);
  });

  test('a chunk ends before 1 MB of records; a record larger than that is a chunk of its own', async () => {
    const big = 'ก'.repeat(200_000); // 600 kB of UTF-8
    const chunks = await collect([doc('a', big), doc('b', big), doc('c', 'ข่าว'), doc('huge', big.repeat(3)), doc('d', 'ข่าว')]);
    expect(chunks.map((c) => c.records)).toEqual([1, 2, 1, 1]);
    expect(chunks.every((c) => c.records === 1 || Buffer.byteLength(c.json) <= 1 << 20)).toBe(true);
  });

  test('chunk ids are safe in a Redis key, a BullMQ job id and a file name', async () => {
    for (const source of ['-', '/data/ข่าว ไทย:2567/a b.jsonl', '../..', 'C:\\dumps\\x.json']) {
      const [chunk] = await collect([doc('a', 'ข่าว')], undefined, 'k', source);
      expect(chunk.id).toMatch(/^[\p{L}\p{M}\p{N}._-]+$/u);
      expect(chunk.id).not.toMatch(/^[.-]/);
    }
    expect((await collect([doc('a', 'ข่าว')], undefined, 'k', '-'))[0].id).toMatch(/^stdin-1-/);
  });

  test('property: the chunks hold every item once, in order, within the limits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ maxLength: 300 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 50, max: 2000 }),
        async (texts, records, bytes) => {
          const input = texts.map((text, i) => doc(`d${i}`, text));
          const chunks = await collect(input, { records, bytes });
          const out = chunks.flatMap((c) => decodeChunkItems(job(c)));
          expect(out).toEqual(input);
          for (const c of chunks) expect(c.records === 1 || (c.records <= records && Buffer.byteLength(c.json) <= bytes + 1)).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('records on the wire', () => {
  test("a file's bytes travel as base64 and come back as bytes; error records travel as they are", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xe0, 0xb8, 0x81, 0x00, 0xff]);
    const item: InputItem = { kind: 'document', input: { id: 'page.html', bytes, format: 'html' } };
    const wire = toWire(item);
    expect(wire).toEqual({ kind: 'document', input: { id: 'page.html', format: 'html', bytesBase64: '77u/4LiBAP8=' } });
    const back = fromWire(JSON.parse(JSON.stringify(wire)));
    expect(back.kind === 'document' && [back.input.id, back.input.format, [...(back.input.bytes as Uint8Array)]]).toEqual(['page.html', 'html', [...bytes]]);
    const error: InputItem = { kind: 'error', record: { id: 'x:2', error: { code: 'malformed-json', message: 'line 2 is not JSON', line: 2 } } };
    expect(fromWire(JSON.parse(JSON.stringify(toWire(error))))).toEqual(error);
  });

  test('data that is not a chunk is refused', () => {
    expect(() => decodeChunkItems({ schema: 'other' } as unknown as ChunkJob)).toThrow(/not a thai-extract chunk/);
  });
});
