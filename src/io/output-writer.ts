/** Where results go: one call per document, in the order they should appear. */
export interface OutputWriter {
  /** `line` is the document or error record as UTF-8 JSON, ending with `\n`. */
  write(id: string, line: Uint8Array): Promise<void>;
  /** Flushes and closes; the output is complete when it resolves. */
  close(): Promise<void>;
}
