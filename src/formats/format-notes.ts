/**
 * What a format could not hold (an entity edge inside a token, overlapping entities) is counted
 * where the result is encoded, which may be a worker thread; the count travels with the encoded
 * bytes to the format's own writer, which says it once for the whole run. The framing is private
 * to a format: its `encode` packs, its writer unpacks, and only the payload reaches the output.
 */

/** Counts by kind of loss, e.g. `{ snapped: 2 }`. */
export type Notes = Record<string, number>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The payload behind a 4-byte length and the notes as JSON. */
export function packNotes(payload: Uint8Array, notes: Notes = {}): Uint8Array {
  const kept = Object.fromEntries(Object.entries(notes).filter(([, n]) => n > 0));
  const header = Object.keys(kept).length ? encoder.encode(JSON.stringify(kept)) : new Uint8Array(0);
  const packed = new Uint8Array(4 + header.length + payload.length);
  new DataView(packed.buffer).setUint32(0, header.length);
  packed.set(header, 4);
  packed.set(payload, 4 + header.length);
  return packed;
}

export function unpackNotes(packed: Uint8Array): { payload: Uint8Array; notes: Notes } {
  const length = new DataView(packed.buffer, packed.byteOffset, packed.byteLength).getUint32(0);
  const notes = length ? (JSON.parse(decoder.decode(packed.subarray(4, 4 + length))) as Notes) : {};
  return { payload: packed.subarray(4 + length), notes };
}

/** Adds up the notes of a run, and in how many documents each kind occurred. */
export class NoteTally {
  private readonly counts = new Map<string, { count: number; documents: number }>();

  add(notes: Notes): void {
    for (const [kind, n] of Object.entries(notes)) {
      const seen = this.counts.get(kind) ?? { count: 0, documents: 0 };
      seen.count += n;
      seen.documents++;
      this.counts.set(kind, seen);
    }
  }

  /** One message per kind that occurred, from the format's wording of each kind. */
  messages(describe: Record<string, (count: number, documents: number) => string>): string[] {
    return [...this.counts].map(([kind, { count, documents }]) => describe[kind]?.(count, documents) ?? `${count} × ${kind} in ${documents} document(s)`);
  }
}

/** The usual wording of the notes of token formats. */
export const TOKEN_NOTES: Record<string, (count: number, documents: number) => string> = {
  snapped: (n, d) => `${n} span(s) in ${d} document(s) had an edge inside a token and were widened to whole tokens (as spaCy's alignment_mode="expand")`,
  overlapping: (n, d) => `${n} span(s) in ${d} document(s) shared a token with a longer span of their layer and were left out (as spaCy's filter_spans)`,
  untokenized: (_n, d) => `${d} document(s) had no tokens layer and were cut at whitespace`,
};
