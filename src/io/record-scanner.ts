import { isUtf8 } from 'node:buffer';

/**
 * Checks that bytes are one complete JSON object, as strictly as `JSON.parse` (RFC 8259, UTF-8),
 * fed piece by piece so that a line of any length is checked in constant memory, and keeps
 * the few fields `--resume` needs: the top-level `id` and `schema`, and `error.code`. An output
 * line of a 2M-character document is 50 MB; parsing it whole to learn its id would hold it
 * three times over, and reading only its head cannot tell a torn or corrupted line from a good one.
 */

/** What a complete, valid record holds that `--resume` needs. */
export interface ScannedRecord {
  /** The top-level `id` when it is a string, else null. */
  id: string | null;
  /** The top-level `schema` when it is a string, else null. */
  schema: string | null;
  /** Whether the object has a top-level `error` that is an object. */
  hasError: boolean;
  /** `error.code` when it is a string, else null. */
  errorCode: string | null;
}

enum State {
  Value,
  FirstValueOrEnd,
  FirstKeyOrEnd,
  Key,
  Colon,
  AfterValue,
  InString,
  Escape,
  Unicode,
  Minus,
  Zero,
  Integer,
  Dot,
  Fraction,
  Exponent,
  ExponentSign,
  ExponentDigits,
  Literal,
  Done,
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Keys are remembered up to this many bytes; a longer key is none of those looked for. */
const MAX_KEY_BYTES = 16;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;
const isHex = (b: number): boolean => isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
/** Bytes after which an escape is valid: " \ / b f n r t u. */
const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74, 0x75]);
const LITERALS = ['true', 'false', 'null'].map((word) => new TextEncoder().encode(word));

type Kept = 'key' | 'id' | 'schema' | 'code';

export class JsonRecordScanner {
  private state = State.Value;
  private invalid = false;
  /** Open containers, innermost last: 1 for an object, 0 for an array; `depth` of them. */
  private open = new Uint8Array(64);
  private depth = 0;
  /**
   * The key of the value being read at depths 1 and 2 (null in arrays and for keys not
   * remembered): deeper keys never matter, and a record nested 500,000 deep must not keep them.
   */
  private readonly keyAt: [string | null, string | null] = [null, null];
  /** The last bytes of the previous piece when they began a UTF-8 sequence that it did not finish. */
  private utf8Tail: Uint8Array = new Uint8Array(0);
  private unicodeLeft = 0;
  private literal: Uint8Array = LITERALS[0];
  private literalAt = 0;
  /** The string being read, when it is kept: its raw bytes (escapes included) and what it is. */
  private kept: { what: Kept; parts: Uint8Array[]; bytes: number } | null = null;
  private stringIsKey = false;
  private readonly found: ScannedRecord = { id: null, schema: null, hasError: false, errorCode: null };

  /** Feeds the next bytes; returns false once they cannot be a valid record (feeding more is pointless). */
  push(bytes: Uint8Array): boolean {
    if (this.invalid) return false;
    if (!this.validUtf8(bytes)) return this.fail();
    const inString = this.state === State.InString || this.state === State.Escape || this.state === State.Unicode;
    let stringStart = inString ? 0 : -1;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      switch (this.state) {
        case State.InString: {
          // The bulk of an output line is string content: skip it quickly.
          let j = i;
          while (j < bytes.length && bytes[j] !== QUOTE && bytes[j] !== BACKSLASH && bytes[j] >= 0x20) j++;
          i = j;
          if (j === bytes.length) break;
          if (bytes[j] < 0x20) return this.fail();
          if (bytes[j] === BACKSLASH) {
            this.state = State.Escape;
            break;
          }
          this.keep(bytes, stringStart, j);
          stringStart = -1;
          this.endString();
          break;
        }
        case State.Escape:
          if (!ESCAPES.has(b)) return this.fail();
          if (b === 0x75) {
            this.state = State.Unicode;
            this.unicodeLeft = 4;
          } else {
            this.state = State.InString;
          }
          break;
        case State.Unicode:
          if (!isHex(b)) return this.fail();
          if (--this.unicodeLeft === 0) this.state = State.InString;
          break;
        case State.Literal:
          if (b !== this.literal[this.literalAt++]) return this.fail();
          if (this.literalAt === this.literal.length) this.endValue();
          break;
        case State.Minus:
          if (b === 0x30) this.state = State.Zero;
          else if (isDigit(b)) this.state = State.Integer;
          else return this.fail();
          break;
        case State.Dot:
          if (!isDigit(b)) return this.fail();
          this.state = State.Fraction;
          break;
        case State.Exponent:
          if (b === 0x2b || b === 0x2d) this.state = State.ExponentSign;
          else if (isDigit(b)) this.state = State.ExponentDigits;
          else return this.fail();
          break;
        case State.ExponentSign:
          if (!isDigit(b)) return this.fail();
          this.state = State.ExponentDigits;
          break;
        case State.Zero:
        case State.Integer:
        case State.Fraction:
        case State.ExponentDigits:
          if (isDigit(b) && this.state !== State.Zero) break;
          if (b === 0x2e && (this.state === State.Zero || this.state === State.Integer)) this.state = State.Dot;
          else if ((b === 0x65 || b === 0x45) && this.state !== State.ExponentDigits) this.state = State.Exponent;
          else {
            // The number has ended: this byte belongs to what follows it.
            this.endValue();
            i--;
          }
          break;
        default:
          if (isSpace(b)) break;
          if (!this.structural(b)) return this.fail();
          if ((this.state as State) === State.InString) stringStart = i + 1;
      }
    }
    if (stringStart !== -1) this.keep(bytes, stringStart, bytes.length);
    return true;
  }

  /** The record, or null when the bytes were not exactly one complete JSON object. */
  finish(): ScannedRecord | null {
    if (this.invalid) return null;
    // A number at the very end has no byte after it to end it.
    if (this.state === State.Zero || this.state === State.Integer || this.state === State.Fraction || this.state === State.ExponentDigits) this.endValue();
    if (this.utf8Tail.length) return null;
    return this.state === State.Done ? { ...this.found } : null;
  }

  /** Whether the bytes are valid UTF-8 so far; a sequence cut at the end of the piece waits for the next. */
  private validUtf8(bytes: Uint8Array): boolean {
    const joined = this.utf8Tail.length ? concat([this.utf8Tail, bytes]) : bytes;
    let end = joined.length;
    // Back up over an unfinished sequence at the end: at most 3 bytes, from its lead byte.
    for (let back = 1; back <= 3 && back <= joined.length; back++) {
      const b = joined[joined.length - back];
      if ((b & 0xc0) === 0x80) continue;
      const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (needs > back) end = joined.length - back;
      break;
    }
    this.utf8Tail = joined.slice(end);
    return isUtf8(joined.subarray(0, end));
  }

  private fail(): false {
    this.invalid = true;
    this.kept = null;
    return false;
  }

  /** A byte outside strings, numbers and literals. */
  private structural(b: number): boolean {
    switch (this.state) {
      case State.Value:
        return this.startValue(b);
      case State.FirstValueOrEnd:
        return b === 0x5d ? this.close(false) : this.startValue(b);
      case State.FirstKeyOrEnd:
      case State.Key: {
        if (b === 0x7d && this.state === State.FirstKeyOrEnd) return this.close(true);
        if (b !== QUOTE) return false;
        // Only keys on the way to id, schema and error.code are worth reading.
        const depth = this.depth;
        this.startString(true, depth === 1 || (depth === 2 && this.keyAt[0] === 'error') ? 'key' : null);
        return true;
      }
      case State.Colon:
        if (b !== 0x3a) return false;
        this.state = State.Value;
        return true;
      case State.AfterValue:
        if (b === 0x2c) {
          this.state = this.open[this.depth - 1] ? State.Key : State.Value;
          return true;
        }
        return this.close(b === 0x7d ? true : b === 0x5d ? false : null);
      default:
        // Done: nothing may follow the record but white space.
        return false;
    }
  }

  private startValue(b: number): boolean {
    const depth = this.depth;
    // The record itself must be an object.
    if (depth === 0 && b !== 0x7b) return false;
    const key = depth === 1 || depth === 2 ? this.keyAt[depth - 1] : null;
    if (b === 0x7b || b === 0x5b) {
      if (b === 0x7b && depth === 1 && key === 'error') this.found.hasError = true;
      if (depth === this.open.length) {
        const grown = new Uint8Array(depth * 2);
        grown.set(this.open);
        this.open = grown;
      }
      this.open[this.depth++] = b === 0x7b ? 1 : 0;
      if (depth < 2) this.keyAt[depth] = null;
      this.state = b === 0x7b ? State.FirstKeyOrEnd : State.FirstValueOrEnd;
      return true;
    }
    if (b === QUOTE) {
      const kept = depth === 1 && (key === 'id' || key === 'schema') ? key : depth === 2 && key === 'code' && this.keyAt[0] === 'error' ? 'code' : null;
      this.startString(false, kept);
      return true;
    }
    if (b === 0x2d || isDigit(b)) {
      this.state = b === 0x2d ? State.Minus : b === 0x30 ? State.Zero : State.Integer;
      return true;
    }
    const literal = LITERALS.find((word) => word[0] === b);
    if (!literal) return false;
    this.literal = literal;
    this.literalAt = 1;
    this.state = State.Literal;
    return true;
  }

  private startString(isKey: boolean, kept: Kept | null): void {
    this.stringIsKey = isKey;
    this.state = State.InString;
    this.kept = kept ? { what: kept, parts: [], bytes: 0 } : null;
  }

  private keep(bytes: Uint8Array, from: number, to: number): void {
    const kept = this.kept;
    if (!kept || to <= from) return;
    kept.bytes += to - from;
    // A key longer than any looked for is not remembered (nor held: it may be huge).
    if (kept.what === 'key' && kept.bytes > MAX_KEY_BYTES) {
      this.kept = null;
      return;
    }
    kept.parts.push(bytes.slice(from, to));
  }

  private endString(): void {
    const kept = this.kept;
    this.kept = null;
    const value = kept ? decodeJsonString(concat(kept.parts)) : null;
    if (this.stringIsKey) {
      const depth = this.depth;
      if (depth <= 2) this.keyAt[depth - 1] = kept ? value : null;
      this.state = State.Colon;
      return;
    }
    if (kept?.what === 'code') this.found.errorCode = value;
    else if (kept?.what === 'id' || kept?.what === 'schema') this.found[kept.what] = value;
    this.endValue();
  }

  private endValue(): void {
    this.state = this.depth === 0 ? State.Done : State.AfterValue;
  }

  /** Closes the innermost container if it is of the kind given (true: object, false: array). */
  private close(object: boolean | null): boolean {
    if (object === null || this.depth === 0 || this.open[this.depth - 1] !== (object ? 1 : 0)) return false;
    this.depth--;
    this.endValue();
    return true;
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The value of a JSON string's content (escapes and all), already checked. */
function decodeJsonString(content: Uint8Array): string {
  return JSON.parse(`"${new TextDecoder().decode(content)}"`) as string;
}
