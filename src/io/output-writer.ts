/** Where results go: one call per document, in the order they should appear. */
export interface OutputWriter {
  /** `json` is the document or error record serialised as JSON, without a line break. */
  write(id: string, json: string): Promise<void>;
  /** Flushes and closes; the output is complete when it resolves. */
  close(): Promise<void>;
}
