import { leadingId } from '../../src/io/leading-id.js';

test('reads a leading id, string or number, also after "schema"; null otherwise', () => {
  expect(leadingId('{"id":"ข่าว \\"1\\"","text":"...')).toEqual({ id: 'ข่าว "1"', end: 18 });
  expect(leadingId(' { "id" : 42, "text"')?.id).toBe('42');
  expect(leadingId('{"schema":"thai-extract/document@1","id":"a","text":')).toEqual({ id: 'a', end: 44 });
  expect(leadingId('{"text":"x","id":"a"}')).toBeNull();
  expect(leadingId('{"id":"unterminated')).toBeNull();
});

test('linear time on a long adversarial line', () => {
  const started = performance.now();
  expect(leadingId('{"id":"' + '\\\\'.repeat(200_000))).toBeNull();
  expect(leadingId('{"schema":"' + 'a'.repeat(200_000))).toBeNull();
  expect(performance.now() - started).toBeLessThan(500);
});
