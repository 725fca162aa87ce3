import pg from 'pg';
import { checkPipeline } from '../../../src/create-pipeline.js';
import { portablePipeline } from '../../../src/queue/portable-pipeline.js';
import { postgresSink, withoutNul } from '../../../src/queue/sinks/postgres-sink.js';
import { freePort } from '../../servers/free-port.js';
import { type PostgresServer, startPostgres } from '../../servers/postgres.js';

let server: PostgresServer;
let client: pg.Client;
beforeAll(async () => {
  server = await startPostgres();
  client = new pg.Client(server.url);
  await client.connect();
}, 120_000);
afterAll(async () => {
  await client?.end();
  await server?.stop();
});

const pipeline = portablePipeline(checkPipeline('tokens'));
const result = (id: string, text: string) => ({ id, ok: true, value: Buffer.from(`${JSON.stringify({ schema: 'thai-extract/document@1', id, text })}\n`) });
const failure = (id: string, code: string) => ({
  id,
  ok: false,
  value: Buffer.from(`${JSON.stringify({ id, error: { code, message: 'the document is empty' } })}\n`),
});

test('the tables are created if missing, by two workers starting at once', async () => {
  const sinks = await Promise.all([postgresSink(server.url), postgresSink(server.url)]);
  const { rows } = await client.query(
    "select table_name, column_name, data_type from information_schema.columns where table_name in ('documents', 'documents_chunks') order by table_name, ordinal_position",
  );
  expect(rows.map((r) => `${r.table_name}.${r.column_name} ${r.data_type}`)).toEqual([
    'documents.id text',
    'documents.pipeline text',
    'documents.version text',
    'documents.doc jsonb',
    'documents.error jsonb',
    'documents.updated_at timestamp with time zone',
    'documents_chunks.id text',
    'documents_chunks.documents integer',
    'documents_chunks.errors integer',
    'documents_chunks.done_at timestamp with time zone',
  ]);
  await Promise.all(sinks.map((sink) => sink.close()));
});

test('a chunk is upserted with its done marker in one transaction; written again, its rows are replaced, never doubled', async () => {
  const sink = await postgresSink(server.url, { table: 'news' });
  const first = await sink.begin({ id: 'c-1-aaaa', pipeline });
  await first.write(result('a', 'ข่าวแรก'));
  await first.write(failure('b', 'empty'));
  await first.commit();
  const { rows: before } = await client.query('select id, pipeline, version, doc, error, updated_at from news order by id');
  expect(before.map((r) => [r.id, r.pipeline, r.version, r.doc?.text ?? null, r.error])).toEqual([
    ['a', 'tokens', '1', 'ข่าวแรก', null],
    ['b', 'tokens', '1', null, { code: 'empty', message: 'the document is empty' }],
  ]);
  const again = await sink.begin({ id: 'c-1-aaaa', pipeline });
  await again.write(result('a', 'ข่าวแรก (ใหม่)'));
  await again.write(result('b', 'ข่าวสอง'));
  await again.commit();
  const { rows: after } = await client.query('select id, doc, error, updated_at from news order by id');
  expect(after.map((r) => [r.id, r.doc.text, r.error])).toEqual([
    ['a', 'ข่าวแรก (ใหม่)', null],
    ['b', 'ข่าวสอง', null],
  ]);
  expect(after[0].updated_at.getTime()).toBeGreaterThan(before[0].updated_at.getTime());
  expect((await client.query('select id, documents, errors from news_chunks')).rows).toEqual([{ id: 'c-1-aaaa', documents: 2, errors: 0 }]);
  await sink.close();
});

test('an aborted chunk, or one whose transaction fails, leaves no row and no done marker', async () => {
  const sink = await postgresSink(server.url, { table: 'partial' });
  const aborted = await sink.begin({ id: 'c-1-bbbb', pipeline });
  await aborted.write(result('a', 'ก'));
  await aborted.abort();
  // A second row whose document is not JSON makes the upsert fail after the first row went in.
  const broken = await sink.begin({ id: 'c-2-cccc', pipeline });
  await broken.write(result('b', 'ข'));
  await broken.write({ id: 'c', ok: true, value: Buffer.from('{"id":"c",') });
  await expect(broken.commit()).rejects.toThrow(/json/i);
  expect((await client.query('select count(*)::int as n from partial')).rows[0].n).toBe(0);
  expect((await client.query('select count(*)::int as n from partial_chunks')).rows[0].n).toBe(0);
  await sink.close();
});

test('jsonb cannot hold U+0000: an escaped NUL becomes U+FFFD, an escaped backslash before u0000 stays text', () => {
  expect(withoutNul('{"t":"a\\u0000b"}')).toBe('{"t":"a\\ufffdb"}');
  expect(withoutNul('{"t":"\\u0000\\u0000"}')).toBe('{"t":"\\ufffd\\ufffd"}');
  expect(withoutNul('{"t":"a\\\\u0000b"}')).toBe('{"t":"a\\\\u0000b"}');
  expect(withoutNul('{"t":"a\\\\\\u0000b"}')).toBe('{"t":"a\\\\\\ufffdb"}');
  expect(JSON.parse(withoutNul(JSON.stringify({ t: 'x\u0000y' })))).toEqual({ t: 'x\ufffdy' });
});

test('a document with a NUL is stored, with U+FFFD in its place', async () => {
  const sink = await postgresSink(server.url, { table: 'nul' });
  const write = await sink.begin({ id: 'c-1-dddd', pipeline });
  await write.write(result('a', 'ก\u0000ข'));
  await write.commit();
  expect((await client.query('select doc from nul')).rows[0].doc.text).toBe('ก\ufffdข');
  await sink.close();
});

test('a server that cannot be reached is reported with the URL, without its password', async () => {
  const url = `postgres://me:secret@127.0.0.1:${await freePort()}/none`;
  await expect(postgresSink(url)).rejects.toThrow(/^cannot use PostgreSQL at postgres:\/\/me:\*\*\*@127\.0\.0\.1:\d+\/none: .*ECONNREFUSED/);
});
