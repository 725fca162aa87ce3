import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporaryFolders } from '../temporary-folders.js';
import { runCli } from './run-cli.js';

// thai-extract run against arbitrary and hostile input: one output line per input record, every
// line a document or an error record, every id exactly once, also after a corrupted --resume.

const newFolder = temporaryFolders('thai-extract-fuzz-');
const dir = newFolder();
const pipeline = path.join(dir, 'pipeline.json');
writeFileSync(pipeline, JSON.stringify({ name: 'fuzz', stages: ['decode', 'normalize', 'segment'] }));

const DOCUMENT = 'thai-extract/document@1';

/** Every output line parsed; fails on a line that is not a document or an error record. */
function results(output: string): { id: string; error?: { code: string } }[] {
  return output
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const record = JSON.parse(line);
      expect(typeof record.id).toBe('string');
      expect(record.schema === DOCUMENT || typeof record.error?.code === 'string').toBe(true);
      return record;
    });
}

/** Lines of JSON Lines input: records of every shape, broken lines, binary junk, TIS-620 bytes. */
const inputLine = fc.oneof(
  fc.record({ id: fc.string({ maxLength: 6 }), text: fc.string({ unit: 'grapheme', maxLength: 30 }) }).map((r) => Buffer.from(JSON.stringify(r))),
  fc.record({ text: fc.string({ unit: 'binary', maxLength: 30 }) }).map((r) => Buffer.from(JSON.stringify(r))),
  fc.record({ id: fc.jsonValue(), html: fc.jsonValue() }, { requiredKeys: [] }).map((r) => Buffer.from(JSON.stringify(r))),
  fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes.filter((b) => b !== 0x0a))),
  fc.constantFrom('{"id":"torn","text":"ข่า', '\0\0\0', '   ', '', '{"id":"dup","text":"ซ้ำ"}').map((s) => Buffer.from(s)),
  fc
    .string({ unit: fc.constantFrom('{"id":"t","text":"', 'ก', 'ข', '"}') })
    .map((s) => Buffer.from([...s].map((c) => (c >= 'ก' ? c.charCodeAt(0) - 0x0e01 + 0xa1 : c.charCodeAt(0))))),
);

/** How many records a JSON Lines text holds: its lines that are not blank (UTF-8 white space only). */
function recordCount(lines: Buffer[]): number {
  const blank = (line: Buffer): boolean => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(line).trim() === '';
    } catch {
      return false;
    }
  };
  return lines.filter((line) => !blank(line)).length;
}

test('property: arbitrary JSON Lines bytes give one output line per non-blank input line, unique ids, status 1 exactly when some failed', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(inputLine, { maxLength: 15 }), async (lines) => {
      const input = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
      const { status, stdout } = await runCli(['run', '--pipeline', pipeline, '--quiet', '--workers', '0', '-'], input);
      const out = results(stdout);
      expect(out).toHaveLength(recordCount(lines));
      expect(new Set(out.map((r) => r.id)).size).toBe(out.length);
      expect(status).toBe(out.some((r) => r.error) ? 1 : 0);
    }),
    { numRuns: 60 },
  );
});

/** Ways an interrupted or damaged output can look. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 30 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.constantFrom('\0\0\n', '\n', '{"id":"x"}\n', 'garbage\n', '{"id":"r1","error":{"code":"empty"}}'),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

type Damage = { kind: 'truncate' | 'overwrite' | 'insert' | 'duplicate'; at: number; bytes?: Uint8Array | string };

function applyDamage(bytes: Buffer, d: Damage): Buffer {
  const at = bytes.length ? d.at % bytes.length : 0;
  switch (d.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'overwrite': {
      const copy = Buffer.from(bytes);
      Buffer.from(d.bytes as Uint8Array).copy(copy, at);
      return copy;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(d.bytes as string), bytes.subarray(at)]);
    default: {
      const lines = bytes.toString('latin1').split('\n');
      const i = lines.length > 1 ? at % (lines.length - 1) : 0;
      lines.splice(i, 0, lines[i]);
      return Buffer.from(lines.join('\n'), 'latin1');
    }
  }
}

test('property: after any damage to the output, --resume leaves every input id exactly once and only complete lines', async () => {
  const ids = Array.from({ length: 12 }, (_, i) => `r${i}`);
  const input = path.join(dir, 'resume-in.jsonl');
  writeFileSync(input, ids.map((id, i) => JSON.stringify({ id, text: i === 5 ? ' ' : `ข่าวที่ ${i} ฝนตกหนัก` })).join('\n'));
  const out = path.join(dir, 'resume-out.jsonl');
  await runCli(['run', '--pipeline', pipeline, '--quiet', '-o', out, input]);
  const whole = readFileSync(out);
  await fc.assert(
    fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (damages) => {
      writeFileSync(out, (damages as Damage[]).reduce(applyDamage, whole));
      const { status } = await runCli(['run', '--pipeline', pipeline, '--quiet', '-o', out, '--resume', input]);
      const seen = results(readFileSync(out, 'utf8')).map((r) => r.id);
      for (const id of ids) expect(seen.filter((s) => s === id)).toHaveLength(1);
      expect(status).toBe(1); // r5 is empty: as in the uninterrupted run
    }),
    { numRuns: 40 },
  );
});

test('property: any ids into -o DIR/ give one file per record, each holding its own record', async () => {
  const id = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('a/b', 'a_b-3ec69c85a4', 'A', 'a', '..', '.', 'con', '\ud800', '\udc00', '\ufffd', 'x~1'),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(id, { minLength: 1, maxLength: 12 }), async (ids) => {
      const folder = path.join(newFolder(), 'out') + path.sep;
      const input = ids.map((value, i) => JSON.stringify({ id: value, text: `ข่าว ${i}` })).join('\n');
      const { status, stdout } = await runCli(['run', '--pipeline', pipeline, '--quiet', '-o', folder, '-'], input);
      expect([status, stdout]).toEqual([0, '']);
      const files = readdirSync(folder);
      expect(files).toHaveLength(ids.length);
      expect(new Set(files.map((name) => name.toLowerCase())).size).toBe(files.length);
      const texts = files.map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')).text).sort();
      expect(texts).toEqual(ids.map((_, i) => `ข่าว ${i}`).sort());
    }),
    { numRuns: 40 },
  );
});
