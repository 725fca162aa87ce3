// Generated data is data: a script that derives a table, a lexicon or a model writes it as a
// data file (JSON or binary) next to a `provenance.json` that says where it came from, so that
// anyone can see what made it and regenerate it. test/data-provenance.test.ts checks that every
// data file still has the hash its manifest records (a hand edit shows up there).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ProvenanceSource {
  /** As given to the script, relative to the project root (e.g. `../shared/corpora/...`). */
  path: string;
  sha256: string;
}

export interface ProvenanceEntry {
  /** What the file holds, in a sentence. */
  description: string;
  /** The script that writes it, and the arguments it was run with. */
  script: string;
  arguments: string[];
  sources: ProvenanceSource[];
  /** The licence of the data, which follows from its sources (e.g. "CC BY-SA 4.0"). */
  licence: string;
  /** Of the data file itself. */
  sha256: string;
}

export const MANIFEST = 'provenance.json';

export function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface DataFileInfo {
  description: string;
  script: string;
  arguments: string[];
  /** Files the data was derived from; their hashes are recorded. */
  sources: string[];
  licence: string;
}

/**
 * Writes `file` and records its provenance in the `provenance.json` of its folder (other
 * entries kept, keys sorted, so that regenerating the same data changes nothing).
 */
export function writeDataFile(file: string, content: string | Uint8Array, info: DataFileInfo): void {
  writeFileSync(file, content);
  const manifestFile = path.join(path.dirname(file), MANIFEST);
  const manifest: Record<string, ProvenanceEntry> = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  manifest[path.basename(file)] = {
    description: info.description,
    script: info.script,
    arguments: info.arguments,
    sources: info.sources.map((source) => ({ path: source, sha256: sha256(readFileSync(source)) })),
    licence: info.licence,
    sha256: sha256(typeof content === 'string' ? Buffer.from(content) : content),
  };
  const sorted = Object.fromEntries(
    Object.keys(manifest)
      .sort()
      .map((key) => [key, manifest[key]]),
  );
  writeFileSync(manifestFile, JSON.stringify(sorted, null, 2) + '\n');
}
