import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { MANIFEST, sha256, type ProvenanceEntry } from '../scripts/lib/provenance.js';

// Every generated data file in src/ is listed in its folder's provenance.json with the hash of
// the bytes its script wrote: an edit by hand, or a script that forgot to record its output,
// fails here.

/** The folders whose files are all generated: each must have a manifest that lists every file in it. */
const DATA_FOLDERS = ['src/segmenter/data', 'src/sentences/model'];

const manifests = [...new Set([...globSync(`src/**/${MANIFEST}`), ...DATA_FOLDERS.map((dir) => `${dir}/${MANIFEST}`)])].sort();

function readManifest(file: string): Record<string, ProvenanceEntry> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, ProvenanceEntry>;
}

describe('data provenance', () => {
  it.each(DATA_FOLDERS)('%s has a manifest that lists every file in it', (dir) => {
    const files = readdirSync(dir)
      .filter((name) => name !== MANIFEST)
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(readManifest(path.join(dir, MANIFEST))).sort()).toEqual(files);
  });

  it.each(manifests)('%s matches the files it describes', (manifestFile) => {
    const dir = path.dirname(manifestFile);
    for (const [name, entry] of Object.entries(readManifest(manifestFile))) {
      expect({ name, sha256: sha256(readFileSync(path.join(dir, name))) }).toEqual({ name, sha256: entry.sha256 });
      expect(entry.script).toMatch(/^scripts\/.+\.(ts|mjs)$/);
      expect(entry.licence).not.toBe('');
      expect(entry.sources.length).toBeGreaterThan(0);
    }
  });
});
