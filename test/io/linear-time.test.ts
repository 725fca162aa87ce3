import { Readable } from 'node:stream';
import { readLines } from '../../src/io/read-lines.js';
import { readSource } from '../../src/io/read-records.js';
import { JsonRecordScanner } from '../../src/io/record-scanner.js';
import { fileNameForId } from '../../src/io/safe-file-name.js';
import { encodeJsonLine } from '../../src/io/json-line.js';
import { expectLinearTime } from '../linear-time.js';

// Readers and writers on growing adversarial inputs: time must grow with the input, not faster.

async function readAll(bytes: Buffer): Promise<number> {
  let n = 0;
  for await (const _ of readSource({ kind: 'stdin' }, { maxChars: 10_000_000, stdin: Readable.from([bytes]) })) n++;
  return n;
}

test('JSON Lines: many tiny records (10,000 against 100,000)', async () => {
  await expectLinearTime(readAll, (n) => Buffer.from('{"id":"x","text":"ก"}\n'.repeat(n)), { small: 10_000, large: 100_000, maxRatio: 15 });
});

test('JSON Lines: one line fed in 1-byte to 64 KB pieces, 1 MB against 10 MB', async () => {
  const pieces = (n: number): Buffer[] => {
    const line = Buffer.from(`{"id":"long","text":"${'ก'.repeat(n / 3)}"}\n`);
    const out: Buffer[] = [];
    for (let at = 0, size = 1; at < line.length; at += size, size = Math.min(size * 2, 65_536)) out.push(line.subarray(at, at + size));
    return out;
  };
  await expectLinearTime(
    async (parts: Buffer[]) => {
      for await (const _ of readLines(Readable.from(parts), 100_000_000)) void _;
    },
    pieces,
    // 10 MB of line leaves the processor's caches where 1 MB does not: linear work measures 13 to
    // 19 here, quadratic reassembly of the ~170 pieces would measure far above 25.
    { small: 1_000_000, large: 10_000_000, maxRatio: 25, runs: 3 },
  );
});

test('the record scanner: deep nesting, escapes and long strings (100 KB against 1 MB)', async () => {
  const scan = (bytes: Uint8Array): unknown => {
    const scanner = new JsonRecordScanner();
    scanner.push(bytes);
    return scanner.finish();
  };
  const shapes: ((n: number) => Uint8Array)[] = [
    (n) => Buffer.from(`{"a":${'['.repeat(n / 2)}${']'.repeat(n / 2)}}`),
    (n) => Buffer.from(`{"id":"x","text":"${'\\u0e01\\n\\"'.repeat(n / 10)}"}`),
    (n) => Buffer.from(`{"id":"x","tokens":[${Array.from({ length: n / 50 }, (_, i) => `{"start":${i},"end":${i + 1},"text":"ก","kind":"thai"}`).join(',')}]}`),
  ];
  for (const shape of shapes) await expectLinearTime(scan, shape, { small: 100_000, large: 1_000_000, maxRatio: 15 });
});

test('file names of long ids (10,000 against 100,000 characters)', async () => {
  await expectLinearTime(
    (id: string) => fileNameForId(id, '.json'),
    (n) => 'ก/'.repeat(n / 2),
    { small: 10_000, large: 100_000, maxRatio: 15 },
  );
});

test('encoding a document with many tokens (10,000 against 100,000)', async () => {
  const doc = (n: number): object => ({
    schema: 'thai-extract/document@1',
    id: 'd',
    text: 'ก'.repeat(n),
    tokens: Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, text: 'ก', kind: 'thai' })),
  });
  await expectLinearTime(encodeJsonLine, doc, { small: 10_000, large: 100_000, maxRatio: 15 });
});
