import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { MANIFEST, sha256, type ProvenanceEntry } from '../scripts/lib/provenance.js';

// Every generated data file in src/ is listed in its folder's provenance.json with the hash of
// the bytes its script wrote: an edit by hand, or a script that forgot to record its output,
// fails here.
const manifests = globSync(`src/**/${MANIFEST}`);

describe('data provenance', () => {
  (manifests.length ? it.each(manifests) : it.skip.each(['(no manifest yet)']))('%s matches the files it describes', (manifestFile) => {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ProvenanceEntry>;
    const dir = path.dirname(manifestFile);
    for (const [name, entry] of Object.entries(manifest)) {
      expect({ name, sha256: sha256(readFileSync(path.join(dir, name))) }).toEqual({ name, sha256: entry.sha256 });
      expect(entry.script).toMatch(/^scripts\/.+\.(ts|mjs)$/);
      expect(entry.licence).not.toBe('');
    }
  });
});
