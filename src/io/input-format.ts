/** How an input file is read, decided from its name. */
export type InputFormat = 'txt' | 'html' | 'json' | 'jsonl';

export interface FileFormat {
  format: InputFormat;
  gzip: boolean;
}

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format of a file from its extension (`.gz` marks gzip), or null for a file we do not read. */
export function formatOfPath(file: string): FileFormat | null {
  let name = file.toLowerCase();
  const gzip = name.endsWith('.gz');
  if (gzip) name = name.slice(0, -'.gz'.length);
  const dot = name.lastIndexOf('.');
  const format = dot === -1 ? undefined : EXTENSIONS[name.slice(dot)];
  return format ? { format, gzip } : null;
}
