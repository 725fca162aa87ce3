import fc from 'fast-check';
import { readLines, type Line } from '../../src/io/read-lines.js';

async function* chunks(parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.from(part);
}

async function collect(parts: (string | Buffer)[], max = 1000): Promise<Line[]> {
  const lines: Line[] = [];
  for await (const line of readLines(chunks(parts), max)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  test('splits lines across chunk boundaries, drops \\r before \\n, numbers lines', async () => {
    const lines = await collect(['{"id":"ก"}\r\n{"id"', ':"ข"}\n\n', 'last']);
    expect(lines.map((l) => [l.number, l.bytes?.toString(), l.terminated])).toEqual([
      [1, '{"id":"ก"}', true],
      [2, '{"id":"ข"}', true],
      [3, '', true],
      [4, 'last', false],
    ]);
  });

  test('a line longer than the limit is skipped with its head and length kept', async () => {
    const lines = await collect(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nafter\n'], 40);
    expect(lines[1].bytes).toBeNull();
    expect(lines[1].length).toBe(60);
    expect(lines[1].head.toString()).toBe('x'.repeat(30) + 'y'.repeat(10));
    expect(lines.map((l) => l.bytes?.toString() ?? null)).toEqual(['short', null, 'after']);
  });

  test('a file ending with a newline has no extra empty line', async () => {
    expect((await collect(['a\nb\n'])).map((l) => l.bytes!.toString())).toEqual(['a', 'b']);
  });

  test('property: any chunking of the bytes gives the same lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('a', 'ก', '\n', '\r', '😀', ' ') }), fc.array(fc.nat(20)), async (text, cuts) => {
        const bytes = Buffer.from(text);
        const parts: Buffer[] = [];
        let at = 0;
        for (const cut of cuts) {
          parts.push(bytes.subarray(at, Math.min(bytes.length, at + cut)));
          at = Math.min(bytes.length, at + cut);
        }
        parts.push(bytes.subarray(at));
        const got = (await collect(parts, 1 << 20)).map((l) => l.bytes!.toString());
        const expected = text.split('\n').map((l) => l.replace(/\r$/, ''));
        if (text.endsWith('\n') || text === '') expected.pop();
        expect(got).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
