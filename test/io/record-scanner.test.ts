import fc from 'fast-check';
import { JsonRecordScanner, type ScannedRecord } from '../../src/io/record-scanner.js';

const encoder = new TextEncoder();

/** Scans `bytes` fed in pieces cut at `cuts`. */
function scan(bytes: Uint8Array, cuts: number[] = []): ScannedRecord | null {
  const scanner = new JsonRecordScanner();
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b).concat(bytes.length)) {
    scanner.push(bytes.subarray(from, cut));
    from = cut;
  }
  return scanner.finish();
}

/** What the scanner must say, from JSON.parse over strictly decoded UTF-8. */
function reference(bytes: Uint8Array): ScannedRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const error = record.error;
  const hasError = error !== null && typeof error === 'object' && !Array.isArray(error);
  const code = hasError ? (error as Record<string, unknown>).code : undefined;
  return {
    id: typeof record.id === 'string' ? record.id : null,
    schema: typeof record.schema === 'string' ? record.schema : null,
    hasError,
    errorCode: typeof code === 'string' ? code : null,
  };
}

test('documents and error records as the writer makes them', () => {
  const doc = { schema: 'thai-extract/document@1', id: 'ข่าว "1"\n', text: 'ก\\"', meta: { a: [1, -2.5e3, true, null, {}] }, tokens: [] };
  expect(scan(encoder.encode(JSON.stringify(doc)))).toEqual({ id: 'ข่าว "1"\n', schema: 'thai-extract/document@1', hasError: false, errorCode: null });
  const error = { id: '\ud800', error: { code: 'empty', message: 'x', line: 3 } };
  expect(scan(encoder.encode(JSON.stringify(error)), [3, 9, 10, 11])).toEqual({ id: '\ud800', schema: null, hasError: true, errorCode: 'empty' });
});

test('a torn line, a NUL, invalid UTF-8, two records, a bare value: none is a record', () => {
  const line = encoder.encode(JSON.stringify({ id: 'a', text: 'ข่าว' }));
  expect(scan(line.subarray(0, line.length - 1))).toBeNull();
  expect(scan(encoder.encode('{"id":"a","text":"x\0"}'))).toBeNull();
  expect(scan(Uint8Array.from([...encoder.encode('{"id":"'), 0xa1, 0xa2, ...encoder.encode('"}')]))).toBeNull();
  expect(scan(encoder.encode('{"id":"a"}{"id":"b"}'))).toBeNull();
  expect(scan(encoder.encode('"id"'))).toBeNull();
  expect(scan(encoder.encode('\0'))).toBeNull();
  expect(scan(encoder.encode(''))).toBeNull();
  expect(scan(encoder.encode('{"a":[1,]}'))).toBeNull();
  expect(scan(encoder.encode('{"a":01}'))).toBeNull();
  expect(scan(encoder.encode(' {"a":[], "b":{}, "c":-0.5E+2} '))).toEqual({ id: null, schema: null, hasError: false, errorCode: null });
});

test('an id of any length is read whole, in constant memory for the rest of the line', () => {
  const id = 'ก'.repeat(100_000);
  const bytes = encoder.encode(JSON.stringify({ id, text: 'ข'.repeat(1_000_000) }));
  const cuts = Array.from({ length: 200 }, (_, i) => i * 16_384);
  expect(scan(bytes, cuts)?.id).toBe(id);
});

test('property: the scanner agrees with JSON.parse, whatever the bytes and however they are cut', () => {
  const record = fc.record(
    {
      schema: fc.constantFrom('thai-extract/document@1', 'other'),
      id: fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer()),
      error: fc.oneof(fc.record({ code: fc.oneof(fc.string(), fc.integer()), message: fc.string() }), fc.constant(null), fc.json()),
      text: fc.string({ unit: 'binary' }),
      meta: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );
  const bytes = fc.oneof(
    record.map((r) => encoder.encode(JSON.stringify(r))),
    fc.jsonValue().map((v) => encoder.encode(JSON.stringify(v))),
    fc.uint8Array({ maxLength: 40 }),
    // Token soup: near-JSON text hits the grammar's corners (leading zeros, nested "error", escapes).
    fc
      .array(
        fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          '"id"',
          '"error"',
          '"code"',
          '"schema"',
          ':',
          ',',
          '0',
          '1',
          '-',
          '.',
          'e',
          '+',
          '\\',
          'u',
          '00e9',
          'a',
          ' ',
          'true',
          'nul',
        ),
        {
          maxLength: 30,
        },
      )
      .map((tokens) => encoder.encode(tokens.join(''))),
    fc
      .constantFrom(
        '{"id":"a","error":{"code":"x"}}',
        '{"meta":{"error":{"code":"x"}},"id":"a"}',
        '{"a":[0.5e-3,-0,1E9]}',
        '{"id":"\\u0041"}',
        '{"a":01}',
        '{"a":-}',
        '{"a":1.}',
        '{"a":1e}',
        '{"a":-01.5}',
      )
      .map((t) => encoder.encode(t)),
  );
  const mutated = fc.tuple(bytes, fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 255 })), { maxLength: 3 })).map(([b, edits]) => {
    const out = [...b];
    for (const [at, value] of edits) {
      if (!out.length) break;
      if (value === -1) out.splice(at % out.length, 1);
      else out[at % out.length] = value;
    }
    return Uint8Array.from(out);
  });
  fc.assert(
    fc.property(fc.oneof(bytes, mutated), fc.array(fc.nat({ max: 400 }), { maxLength: 6 }), (input, cuts) => {
      expect(scan(input, cuts)).toEqual(reference(input));
    }),
    { numRuns: 3000 },
  );
});
