import pg from 'pg';
import { findFormat } from '../../formats/index.js';
import { redactUrl } from '../redact-url.js';
import type { ChunkResult, ChunkSink } from './chunk-sink.js';

export interface PostgresSinkOptions {
  /** The documents table (default `documents`); chunks are marked done in `<table>_chunks`. */
  table?: string;
  /** Connections at most (default 2): one per chunk being committed. */
  connections?: number;
}

/** PostgreSQL cannot be reached, or refused to set up the tables. */
export class PostgresUnreachableError extends Error {
  constructor(url: string, cause: string) {
    super(`cannot use PostgreSQL at ${redactUrl(url)}: ${cause}`);
    this.name = 'PostgresUnreachableError';
  }
}

/** Rows sent in one statement at most, by the size of their JSON (a chunk of big documents takes a few) and by count (3 parameters a row). */
const STATEMENT_BYTES = 16 << 20;
const STATEMENT_ROWS = 1000;

/**
 * A table of documents, one row per id (`id` primary key, `pipeline`, `version`, `doc` jsonb or
 * `error` jsonb, `updated_at`), created if missing. A chunk's results are upserted
 * (`INSERT ... ON CONFLICT DO UPDATE`) and the chunk is marked done in `<table>_chunks`, in one
 * transaction: a chunk written again replaces its rows, never doubles them, and a worker killed
 * mid-chunk leaves nothing of it.
 */
export async function postgresSink(url: string, options: PostgresSinkOptions = {}): Promise<ChunkSink> {
  const table = options.table ?? 'documents';
  const documents = pg.escapeIdentifier(table);
  const chunks = pg.escapeIdentifier(`${table}_chunks`);
  const pool = new pg.Pool({ connectionString: url, max: options.connections ?? 2 });
  // An idle connection that the server closes (a restart) must not end the worker; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await inTransaction(pool, async (client) => {
      // Two workers starting at once would both try to create the tables.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`thai-extract:${table}`]);
      await client.query(`CREATE TABLE IF NOT EXISTS ${documents} (
        id text PRIMARY KEY,
        pipeline text NOT NULL,
        version text NOT NULL,
        doc jsonb,
        error jsonb,
        updated_at timestamptz NOT NULL DEFAULT now())`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${chunks} (
        id text PRIMARY KEY,
        documents integer NOT NULL,
        errors integer NOT NULL,
        done_at timestamptz NOT NULL DEFAULT now())`);
    });
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new PostgresUnreachableError(url, (error as Error).message);
  }
  // One parameter per value (sent as it is), not arrays: an array literal would escape every quote of every document.
  const upsert = (rows: number): string => {
    const values = Array.from({ length: rows }, (_, i) => `($${3 * i + 3}, $1, $2, $${3 * i + 4}::jsonb, $${3 * i + 5}::jsonb, now())`);
    return `INSERT INTO ${documents} (id, pipeline, version, doc, error, updated_at) VALUES ${values.join(', ')}
      ON CONFLICT (id) DO UPDATE SET pipeline = EXCLUDED.pipeline, version = EXCLUDED.version, doc = EXCLUDED.doc,
        error = EXCLUDED.error, updated_at = EXCLUDED.updated_at`;
  };
  const markDone = `INSERT INTO ${chunks} (id, documents, errors, done_at) VALUES ($1, $2, $3, now())
    ON CONFLICT (id) DO UPDATE SET documents = EXCLUDED.documents, errors = EXCLUDED.errors, done_at = EXCLUDED.done_at`;
  return {
    format: findFormat('jsonl')!,
    description: redactUrl(url),
    async begin(chunk) {
      // Keyed by id: a chunk is written in one statement per batch, and a row may be affected once per statement.
      const rows = new Map<string, { doc: string | null; error: string | null }>();
      return {
        async write(result: ChunkResult) {
          rows.set(result.id, toRow(result));
        },
        async commit() {
          const all = [...rows];
          const errors = all.filter(([, row]) => row.error !== null).length;
          await inTransaction(pool, async (client) => {
            for (const batch of batches(all)) {
              const params = [chunk.pipeline.name, chunk.pipeline.version, ...batch.flatMap(([id, row]) => [id, row.doc, row.error])];
              await client.query(upsert(batch.length), params);
            }
            await client.query(markDone, [chunk.id, all.length, errors]);
          });
        },
        async abort() {
          rows.clear();
        },
      };
    },
    close: () => pool.end(),
  };
}

async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const decoder = new TextDecoder();

/** A result line as the table's columns: the document as it is, or the error record's `error`. */
function toRow(result: ChunkResult): { doc: string | null; error: string | null } {
  const json = withoutNul(decoder.decode(result.value));
  if (result.ok) return { doc: json, error: null };
  return { doc: null, error: JSON.stringify((JSON.parse(json) as { error: unknown }).error) };
}

/**
 * jsonb cannot hold the character U+0000: an escaped NUL in a string becomes U+FFFD (one code
 * point for one, so offsets stay right). An escaped backslash before `u0000` is text, and stays.
 */
export function withoutNul(json: string): string {
  return json.includes('\\u0000') ? json.replace(/(?<=(?:^|[^\\])(?:\\\\)*)\\u0000/g, '\\ufffd') : json;
}

function* batches<T extends [string, { doc: string | null; error: string | null }]>(rows: T[]): Generator<T[]> {
  let batch: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = (row[1].doc?.length ?? 0) + (row[1].error?.length ?? 0);
    if (batch.length && (batch.length >= STATEMENT_ROWS || bytes + size > STATEMENT_BYTES)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(row);
    bytes += size;
  }
  if (batch.length) yield batch;
}
