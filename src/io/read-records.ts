import { type IdentifiedInput, type InputItem, type RecordPlace, readError, toInputItem } from '../core/input-item.js';
import { fromRawBytes, jsonText, type ParsedJson, parseJsonBytes } from './json-bytes.js';
import { leadingId } from './leading-id.js';
import type { InputSource } from './input-sources.js';
import { openFile, readWholeFile, type ByteCounter } from './open-file.js';
import { readLines } from './read-lines.js';

export interface ReadOptions {
  /** Documents longer than this (in characters) are refused; it also bounds what is held in memory. */
  maxChars: number;
  /** Where `-` reads from. */
  stdin: AsyncIterable<Buffer | string>;
  /** Bytes read so far from files and standard input, for progress. */
  counter?: ByteCounter;
}

/** No character takes more than 4 bytes in UTF-8, nor more than 6 in escaped JSON (`\uXXXX`); 1 MB for metadata. */
const BYTES_PER_CHAR = 6;
const OVERHEAD_BYTES = 1 << 20;

/**
 * Reads the records of one source. Every record yields exactly one item, a document or an
 * error naming the source and line; ids missing from the input are made from the position
 * (`FILE:LINE` in JSON Lines, `FILE#N` in a JSON array) and a single-document file's id is its path.
 */
export async function* readSource(source: InputSource, options: ReadOptions): AsyncGenerator<InputItem> {
  const name = source.kind === 'stdin' ? '-' : source.path;
  const maxBytes = options.maxChars * BYTES_PER_CHAR + OVERHEAD_BYTES;
  if (source.kind === 'unreadable') {
    yield readError(name, 'read-failed', source.message, { source: name });
    return;
  }
  try {
    if (source.kind === 'stdin' || source.format === 'jsonl') {
      const bytes = source.kind === 'stdin' ? countBytes(options.stdin, options.counter) : openFile(source.path, source.gzip, options.counter);
      yield* readJsonLines(name, bytes, maxBytes);
      return;
    }
    const content = await readWholeFile(source.path, source.gzip, maxBytes, options.counter);
    if (content === null) {
      yield readError(name, 'too-large', `the file is larger than ${maxBytes} bytes (--max-chars ${options.maxChars})`, { source: name });
    } else if (source.format === 'json') {
      yield* readJsonFile(name, content);
    } else {
      const input: IdentifiedInput = { id: name, bytes: content };
      if (source.format === 'html') input.format = 'html';
      yield { kind: 'document', input };
    }
  } catch (error) {
    yield readError(name, 'read-failed', `cannot read ${name}: ${(error as Error).message}`, { source: name });
  }
}

async function* countBytes(stream: AsyncIterable<Buffer | string>, counter?: ByteCounter): AsyncIterable<Buffer | string> {
  for await (const chunk of stream) {
    if (counter) counter.bytes += chunk.length;
    yield chunk;
  }
}

async function* readJsonLines(name: string, bytes: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputItem> {
  let lastLine = 0;
  try {
    for await (const line of readLines(bytes, maxBytes)) {
      lastLine = line.number;
      const where = { source: name, line: line.number };
      const positionalId = `${name}:${line.number}`;
      if (line.bytes === null) {
        const id = leadingId(line.head.toString('utf8'))?.id ?? positionalId;
        yield readError(id, 'too-large', `line ${line.number} of ${name} has ${line.length} bytes, more than ${maxBytes} (--max-chars)`, where);
        continue;
      }
      const { text, raw } = jsonText(line.bytes);
      // A blank line holds no record; bytes that are not UTF-8 are never blank (0xA0 is no space in TIS-620).
      if (raw === null && text.trim() === '') continue;
      let parsed: ParsedJson;
      try {
        parsed = { value: JSON.parse(text), raw };
      } catch (error) {
        yield readError(positionalId, 'malformed-json', `line ${line.number} of ${name} is not JSON: ${(error as Error).message}`, where);
        continue;
      }
      yield toItem(parsed, positionalId, where);
    }
  } catch (error) {
    const where = { source: name, line: lastLine + 1 };
    yield readError(`${name}:${lastLine + 1}`, 'read-failed', `reading ${name} failed at line ${lastLine + 1}: ${(error as Error).message}`, where);
  }
}

function* readJsonFile(name: string, content: Buffer): Generator<InputItem> {
  let parsed: ParsedJson;
  try {
    parsed = parseJsonBytes(content);
  } catch (error) {
    yield readError(name, 'malformed-json', `${name} is not JSON: ${(error as Error).message}`, { source: name });
    return;
  }
  const { value, raw } = parsed;
  if (!Array.isArray(value)) {
    yield toItem(parsed, name, { source: name });
    return;
  }
  for (let i = 0; i < value.length; i++) yield toItem({ value: value[i], raw }, `${name}#${i + 1}`, { source: name, index: i + 1 });
}

/**
 * A parsed record as an item: a document with its id settled, or why it is not one. A record
 * of JSON that was not UTF-8 hands its text to the decode stage as bytes (see json-bytes.ts);
 * otherwise bytes never come from JSON.
 */
function toItem(parsed: ParsedJson, defaultId: string, where: RecordPlace): InputItem {
  const item = toInputItem(parsed.value, () => defaultId, { where });
  if (item.kind === 'document' && parsed.raw) return { kind: 'document', input: fromRawBytes(item.input, parsed.raw.encoding) };
  return item;
}
