import { type Notes, NoteTally, unpackNotes } from './format-notes.js';
import type { FormatWriter } from './output-format.js';

/**
 * Wraps the writer of a format whose `encode` packs notes: the payload goes on to `inner`, the
 * notes are added up and said once through `warn` when the output is closed.
 */
export function noteWriter(
  inner: FormatWriter,
  describe: Record<string, (count: number, documents: number) => string>,
  warn?: (message: string) => void,
): FormatWriter {
  const tally = new NoteTally();
  return {
    async write(id, encoded) {
      const { payload, notes } = unpackNotes(encoded);
      tally.add(notes as Notes);
      if (payload.length) await inner.write(id, payload);
    },
    async close() {
      await inner.close();
      for (const message of tally.messages(describe)) warn?.(message);
    },
  };
}
