// The id of a JSON record read from the start of its text, without parsing the rest: enough
// for a record too large to hold, or an output line whose document need not be read.
const LEADING_ID = /^\s*\{\s*(?:"schema"\s*:\s*"[^"\\]*"\s*,\s*)?"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)/;

/** The id when it is the record's first key (or second, after `schema`), and where it ends. */
export function leadingId(text: string): { id: string; end: number } | null {
  const match = LEADING_ID.exec(text);
  if (!match) return null;
  const value: unknown = JSON.parse(match[1]);
  return { id: String(value), end: match[0].length };
}
