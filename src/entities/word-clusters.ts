import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { hashFeature } from './feature-hash.js';

/**
 * Word clusters learnt from unlabelled government news (scripts/derive-ner-clusters.ts): each
 * word's path down a binary tree of words used in the same contexts. Names the model never saw
 * in ThaiNER share paths with names it did, provinces with provinces, titles with titles.
 *
 *   "TXWCL1\0\0" | u32 words | u32 hash[words] ascending (FNV-1a of the word) | u16 path[words]
 *
 * A path is its bits below a leading 1 (`0b1_0110` is the path 0110).
 */
export class WordClusters {
  private constructor(
    private readonly hashes: Uint32Array,
    private readonly paths: Uint16Array,
  ) {}

  static readonly FILE = 'src/entities/model/word-clusters.bin';

  static load(file: string = path.join(packageRoot(), WordClusters.FILE)): WordClusters {
    const bytes = readFileSync(file);
    const data = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
    const magic = String.fromCharCode(...data.subarray(0, 8));
    if (magic !== 'TXWCL1\0\0') throw new Error(`${file}: not a word-cluster file`);
    const count = new DataView(data.buffer, data.byteOffset).getUint32(8, true);
    const hashes = new Uint32Array(data.buffer, data.byteOffset + 12, count);
    const paths = new Uint16Array(data.buffer, data.byteOffset + 12 + 4 * count, count);
    return new WordClusters(hashes, paths);
  }

  /** The path of `word` as a string of 0 and 1, or '' for a word the clusters do not know. */
  pathOf(word: string): string {
    const key = hashFeature(word);
    let low = 0;
    let high = this.hashes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.hashes[middle] < key) low = middle + 1;
      else high = middle;
    }
    return low < this.hashes.length && this.hashes[low] === key ? this.paths[low].toString(2).slice(1) : '';
  }
}
