/**
 * JSON of an object of tables (`{"first": {"word": 0.1, ...}, ...}`) with one table entry a
 * line: compact, and a refit shows in a diff as the entries that changed.
 */
export function tablesToJson(tables: Record<string, Record<string, unknown>>): string {
  const body = Object.entries(tables).map(([name, table]) => {
    const entries = Object.entries(table).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    return `${JSON.stringify(name)}: {\n${entries.join(',\n')}\n}`;
  });
  return `{\n${body.join(',\n')}\n}\n`;
}
