import fc from 'fast-check';
import { processMany } from '../../src/batch/process-many.js';
import { createPipeline } from '../../src/create-pipeline.js';
import type { ErrorRecord, ThaiDocument } from '../../src/document/types.js';

// Whatever the library is given, one result comes out per input, in order, and nothing throws.

const pipeline = { name: 'fuzz', stages: ['decode', 'normalize', 'segment'] };
const built = createPipeline(pipeline);

/** Anything a caller might pass: records of every shape, strings, bytes, HTML fragments. */
const anyInput = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'binary' }),
  fc.record(
    {
      id: fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.double(), fc.constant(null), fc.jsonValue()),
      text: fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue()),
      html: fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue()),
      published: fc.oneof(fc.string(), fc.integer(), fc.jsonValue()),
      bytes: fc.uint8Array({ maxLength: 200 }),
    },
    { requiredKeys: [] },
  ),
  fc
    .array(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div>',
        '</div>',
        '<script>',
        '</script>',
        '<meta charset="tis-620">',
        'ข่าว',
        'ฝนตก',
        '&amp;',
        '&#0;',
        '<!--',
        '-->',
        '<',
        '>',
        ' ',
      ),
      {
        maxLength: 40,
      },
    )
    .map((parts) => ({ html: parts.join('') })),
);

test('property: processMany yields exactly one result per input, in input order, and never throws', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(anyInput, { maxLength: 12 }), fc.integer({ min: 1, max: 6 }), async (inputs, concurrency) => {
      const results: (ThaiDocument | ErrorRecord)[] = [];
      for await (const result of built.processMany(inputs, { concurrency })) results.push(result);
      expect(results).toHaveLength(inputs.length);
      for (const result of results) {
        expect(typeof result.id).toBe('string');
        if ('error' in result) expect(['invalid-record', 'empty', 'binary', 'too-large', 'stage-failed']).toContain(result.error.code);
        else expect(result.schema).toBe('thai-extract/document@1');
      }
      // The ids of records that carry a usable one come back in their place.
      inputs.forEach((input, i) => {
        const id = (input as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && id !== '' && input !== null && typeof input === 'object' && !Array.isArray(input)) expect(results[i].id).toBe(id);
      });
    }),
    { numRuns: 150 },
  );
});

test('property: the processMany function, in this thread, gives what pipeline.processMany gives', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(anyInput, { maxLength: 8 }), async (inputs) => {
      const a: unknown[] = [];
      const b: unknown[] = [];
      for await (const result of built.processMany(inputs)) a.push(result);
      for await (const result of processMany(pipeline, inputs, { workers: 0 })) b.push(result);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }),
    { numRuns: 50 },
  );
});
