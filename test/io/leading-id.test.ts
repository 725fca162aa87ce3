import { expectLinearTime } from '../linear-time.js';
import { leadingId } from '../../src/io/leading-id.js';

test('reads a leading id, string or number, also after "schema"; null otherwise', () => {
  expect(leadingId('{"id":"ข่าว \\"1\\"","text":"...')).toEqual({ id: 'ข่าว "1"', end: 18 });
  expect(leadingId(' { "id" : 42, "text"')?.id).toBe('42');
  expect(leadingId('{"schema":"thai-extract/document@1","id":"a","text":')).toEqual({ id: 'a', end: 44 });
  expect(leadingId('{"text":"x","id":"a"}')).toBeNull();
  expect(leadingId('{"id":"unterminated')).toBeNull();
});

test('linear time on long adversarial heads (ratio of 10× the size, not a clock limit)', async () => {
  await expectLinearTime(
    (head: string) => leadingId(head),
    (n) => `{"id":"${'\\\\'.repeat(n)}`,
    { small: 20_000, large: 200_000, maxRatio: 15 },
  );
  await expectLinearTime(
    (head: string) => leadingId(head),
    (n) => `{"schema":"${'a'.repeat(n)}`,
    { small: 20_000, large: 200_000, maxRatio: 15 },
  );
});
