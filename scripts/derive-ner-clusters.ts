// Derives src/entities/model/word-clusters.bin from unlabelled government news: every word the
// entity model may meet gets a place in a binary tree of words that occur in the same
// contexts, so that a name the model never saw in ThaiNER still looks like the names it did.
//
//   node scripts/run-ts.mjs scripts/derive-ner-clusters.ts [--corpus FILE] [--words N] [--out FILE] [--tsv FILE]
//
// 1. The text as the model sees it: the default segmenter's tokens cut into labelling units,
//    words lower-cased (src/entities/word-types.ts), a line break ending a sequence.
// 2. For the N most frequent words (seen at least 3 times), counts of the word just before and
//    just after among the 2,000 most frequent; positive pointwise mutual information of those
//    counts (context counts smoothed to the power 0.75, as word2vec does).
// 3. A 48-dimensional embedding: randomised SVD of that matrix (two power iterations), rows
//    scaled by the root of the singular values and normalised.
// 4. A binary tree by bisecting k-means (k-means++ seeding, 12 levels, nodes of fewer than 8
//    words not split): a word's cluster is its path, the features use its prefixes.
//
// Seeded and deterministic: the same corpus, segmenter and arguments give the same bytes.
// The file: "TXWCL1\0\0" | u32 words | u32 hash[words] ascending (FNV-1a of the word, as
// feature-hash.ts) | u16 path[words] (the path's bits below a leading 1).
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { hashFeature } from '../src/entities/feature-hash.js';
import { toUnits } from '../src/entities/units.js';
import { CodePointIndex } from '../src/core/code-points.js';
import { seededRandom } from '../src/seeded-random.js';
import { segment } from '../src/segmenter/index.js';
import { wordOf } from '../src/entities/word-types.js';
import { writeDataFile } from './lib/provenance.js';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/unlabelled/thaigov-news.jsonl.gz' },
    words: { type: 'string', default: '60000' },
    out: { type: 'string', default: 'src/entities/model/word-clusters.bin' },
    tsv: { type: 'string' },
  },
});

const MIN_COUNT = 3;
const CONTEXTS = 2000;
const DIMENSIONS = 48;
const LEVELS = 12;
const SMALLEST_SPLIT = 8;
const SEED = 20241205;
const started = Date.now();
const log = (message: string) => console.log(`${message} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

// 1. the corpus as a stream of word ids, -1 between lines
const ids = new Map<string, number>();
const counts: number[] = [];
let stream = new Int32Array(1 << 24);
let length = 0;
const push = (id: number) => {
  if (length === stream.length) {
    const grown = new Int32Array(stream.length * 2);
    grown.set(stream);
    stream = grown;
  }
  stream[length++] = id;
};
const lines = createInterface({ input: createReadStream(args.corpus!).pipe(createGunzip()) });
let articles = 0;
for await (const record of lines) {
  if (!record.trim()) continue;
  const { text } = JSON.parse(record) as { text: string };
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const index = new CodePointIndex(line);
    for (const unit of toUnits(line, segment(line), (cp) => index.toUtf16(cp))) {
      const word = wordOf(unit.text);
      let id = ids.get(word);
      if (id === undefined) {
        id = counts.length;
        ids.set(word, id);
        counts.push(0);
      }
      counts[id]++;
      push(id);
    }
    push(-1);
  }
  if (++articles % 5000 === 0) log(`${articles} articles, ${length} units, ${ids.size} words`);
}
log(`${articles} articles, ${length} units, ${ids.size} words`);

// the vocabulary, most frequent first (ties by the word, so the order is reproducible)
const words = [...ids.keys()];
const byFrequency = words.map((_, id) => id).sort((a, b) => counts[b] - counts[a] || (words[a] < words[b] ? -1 : 1));
const rowOf = new Int32Array(words.length).fill(-1);
const contextOf = new Int32Array(words.length).fill(-1);
const vocabulary: number[] = [];
for (const id of byFrequency) {
  if (counts[id] < MIN_COUNT || vocabulary.length >= Number(args.words)) break;
  if (words[id] === '_') continue; // whitespace is context, not a word to cluster
  rowOf[id] = vocabulary.length;
  vocabulary.push(id);
}
byFrequency.slice(0, CONTEXTS).forEach((id, c) => {
  contextOf[id] = c;
});
const rows = vocabulary.length;
const columns = 2 * CONTEXTS + 2; // left context, right context, and the line edges
log(`${rows} words to cluster, ${columns} context columns`);

// 2. co-occurrence counts as sorted keys row * columns + column, then PPMI in CSR form
let keyBuffer = new Uint32Array(1 << 24);
let keyCount = 0;
const addKey = (key: number) => {
  if (keyCount === keyBuffer.length) {
    const grown = new Uint32Array(keyBuffer.length * 2);
    grown.set(keyBuffer);
    keyBuffer = grown;
  }
  keyBuffer[keyCount++] = key;
};
for (let i = 0; i < length; i++) {
  const id = stream[i];
  if (id < 0 || rowOf[id] < 0) continue;
  const before = i > 0 ? stream[i - 1] : -1;
  const after = i + 1 < length ? stream[i + 1] : -1;
  const left = before < 0 ? 2 * CONTEXTS : contextOf[before];
  const right = after < 0 ? 2 * CONTEXTS + 1 : contextOf[after] >= 0 ? CONTEXTS + contextOf[after] : -1;
  if (left >= 0) addKey(rowOf[id] * columns + left);
  if (right >= 0) addKey(rowOf[id] * columns + right);
}
const sortedKeys = keyBuffer.subarray(0, keyCount).sort();
const rowStart = new Int32Array(rows + 1);
const column: number[] = [];
const value: number[] = [];
for (let e = 0; e < sortedKeys.length; ) {
  let j = e;
  while (j < sortedKeys.length && sortedKeys[j] === sortedKeys[e]) j++;
  const row = Math.floor(sortedKeys[e] / columns);
  rowStart[row + 1]++;
  column.push(sortedKeys[e] - row * columns);
  value.push(j - e);
  e = j;
}
for (let r = 0; r < rows; r++) rowStart[r + 1] += rowStart[r];
const total = value.reduce((a, b) => a + b, 0);
const rowTotal = new Float64Array(rows);
const columnTotal = new Float64Array(columns);
for (let r = 0; r < rows; r++) {
  for (let k = rowStart[r]; k < rowStart[r + 1]; k++) {
    rowTotal[r] += value[k];
    columnTotal[column[k]] += value[k];
  }
}
let smoothedTotal = 0;
for (let c = 0; c < columns; c++) smoothedTotal += columnTotal[c] ** 0.75;
const ppmi = new Float64Array(value.length);
for (let r = 0; r < rows; r++) {
  for (let k = rowStart[r]; k < rowStart[r + 1]; k++) {
    const pmi = Math.log((value[k] * smoothedTotal) / (rowTotal[r] * columnTotal[column[k]] ** 0.75));
    ppmi[k] = Math.max(pmi, 0);
  }
}
log(`${value.length} co-occurrences (${total} pairs)`);

// 3. randomised SVD: Q spans M Mᵀ M Ω; the SVD of the small Qᵀ M gives the embedding
const random = seededRandom(SEED);
const gaussian = () => Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
const k = DIMENSIONS + 16; // oversampled
const multiply = (dense: Float64Array, width: number): Float64Array => {
  // M (rows × columns) times dense (columns × width)
  const out = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      const v = ppmi[e];
      if (!v) continue;
      const from = column[e] * width;
      for (let j = 0; j < width; j++) out[r * width + j] += v * dense[from + j];
    }
  }
  return out;
};
const multiplyTransposed = (dense: Float64Array, width: number): Float64Array => {
  // Mᵀ (columns × rows) times dense (rows × width)
  const out = new Float64Array(columns * width);
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      const v = ppmi[e];
      if (!v) continue;
      const to = column[e] * width;
      for (let j = 0; j < width; j++) out[to + j] += v * dense[r * width + j];
    }
  }
  return out;
};
let omega: Float64Array = new Float64Array(columns * k).map(gaussian);
let y = orthonormalise(multiply(omega, k), rows, k);
for (let iteration = 0; iteration < 2; iteration++) {
  omega = orthonormalise(multiplyTransposed(y, k), columns, k);
  y = orthonormalise(multiply(omega, k), rows, k);
}
// B = Qᵀ M (k × columns); B Bᵀ = V S² Vᵀ; the embedding is Q V S^½, first DIMENSIONS columns
const bt = multiplyTransposed(y, k); // columns × k, = Bᵀ
const gram = new Float64Array(k * k);
for (let c = 0; c < columns; c++) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) gram[a * k + b] += bt[c * k + a] * bt[c * k + b];
const { values: eigenvalues, vectors } = symmetricEigen(gram, k);
const order = [...eigenvalues.keys()].sort((a, b) => eigenvalues[b] - eigenvalues[a]).slice(0, DIMENSIONS);
const embedding = new Float64Array(rows * DIMENSIONS);
for (let r = 0; r < rows; r++) {
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) {
    const e = order[d];
    let sum = 0;
    for (let j = 0; j < k; j++) sum += y[r * k + j] * vectors[j * k + e];
    const x = sum * Math.max(eigenvalues[e], 0) ** 0.25; // S^½, S = √eigenvalue
    embedding[r * DIMENSIONS + d] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) embedding[r * DIMENSIONS + d] /= norm;
}
log(
  `embedding: ${DIMENSIONS} dimensions, top singular values ${order
    .slice(0, 4)
    .map((e) => Math.sqrt(eigenvalues[e]).toFixed(0))
    .join(' ')}`,
);

// 4. bisecting k-means: each word's path down a binary tree
const path = new Uint16Array(rows).fill(1);
const split = (members: number[], depth: number): void => {
  if (depth === LEVELS || members.length < SMALLEST_SPLIT) return;
  const [left, right] = twoMeans(members);
  for (const r of left) path[r] = (path[r] << 1) | 0;
  for (const r of right) path[r] = (path[r] << 1) | 1;
  split(left, depth + 1);
  split(right, depth + 1);
};
split([...Array(rows).keys()], 0);
log('tree built');

// the file, sorted by hash; a word whose hash another word already has is left out
const entries = vocabulary.map((id, r) => ({ hash: hashFeature(words[id]), path: path[r], word: words[id] }));
entries.sort((a, b) => a.hash - b.hash);
const unique = entries.filter((e, i) => i === 0 || e.hash !== entries[i - 1].hash);
const MAGIC = 'TXWCL1\0\0';
const bytes = new Uint8Array(MAGIC.length + 4 + unique.length * 6 + 2);
const view = new DataView(bytes.buffer);
for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
view.setUint32(MAGIC.length, unique.length, true);
unique.forEach((e, i) => {
  view.setUint32(MAGIC.length + 4 + 4 * i, e.hash, true);
  view.setUint16(MAGIC.length + 4 + 4 * unique.length + 2 * i, e.path, true);
});
writeDataFile(args.out!, bytes, {
  description: `Word clusters for the entity model: ${unique.length} words of unlabelled government news, each with its path down a 12-level binary tree of words used alike (see the script)`,
  script: 'scripts/derive-ner-clusters.ts',
  arguments: process.argv.slice(2),
  sources: [args.corpus!],
  licence: 'public domain (thaigov.go.th news, Thai Copyright Act B.E. 2537 s.7)',
});
if (args.tsv) writeFileSync(args.tsv, unique.map((e) => `${e.word}\t${e.path.toString(2).slice(1)}`).join('\n') + '\n');
log(`${args.out}: ${unique.length} words (${entries.length - unique.length} left out for a shared hash), ${bytes.length} bytes`);

/** Splits `members` (rows of the embedding) in two by k-means with k-means++ seeding. */
function twoMeans(members: number[]): [number[], number[]] {
  const centre = (r: number) => embedding.subarray(r * DIMENSIONS, (r + 1) * DIMENSIONS);
  const distance = (r: number, c: Float64Array) => {
    let d = 0;
    for (let j = 0; j < DIMENSIONS; j++) d += (embedding[r * DIMENSIONS + j] - c[j]) ** 2;
    return d;
  };
  const first = Float64Array.from(centre(members[Math.floor(random() * members.length)]));
  const weights = members.map((r) => distance(r, first));
  const sum = weights.reduce((a, b) => a + b, 0);
  let pick = random() * sum;
  let second = members[members.length - 1];
  for (let i = 0; i < members.length; i++) {
    pick -= weights[i];
    if (pick <= 0) {
      second = members[i];
      break;
    }
  }
  const centres = [first, Float64Array.from(centre(second))];
  let side = new Uint8Array(members.length);
  for (let iteration = 0; iteration < 20; iteration++) {
    const next = new Uint8Array(members.length);
    members.forEach((r, i) => {
      next[i] = distance(r, centres[1]) < distance(r, centres[0]) ? 1 : 0;
    });
    const changed = next.some((s, i) => s !== side[i]);
    side = next;
    for (const c of [0, 1]) {
      const mean = new Float64Array(DIMENSIONS);
      let n = 0;
      members.forEach((r, i) => {
        if (side[i] !== c) return;
        n++;
        for (let j = 0; j < DIMENSIONS; j++) mean[j] += embedding[r * DIMENSIONS + j];
      });
      if (n) centres[c] = mean.map((x) => x / n);
    }
    if (!changed && iteration > 0) break;
  }
  const left = members.filter((_, i) => side[i] === 0);
  const right = members.filter((_, i) => side[i] === 1);
  // a degenerate split (all on one side) halves the list instead
  if (!left.length || !right.length) return [members.slice(0, members.length >> 1), members.slice(members.length >> 1)];
  return [left, right];
}

/** Orthonormal columns (modified Gram–Schmidt) of an n × k row-major matrix. */
function orthonormalise(m: Float64Array, n: number, width: number): Float64Array {
  for (let j = 0; j < width; j++) {
    for (let p = 0; p < j; p++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += m[i * width + j] * m[i * width + p];
      for (let i = 0; i < n; i++) m[i * width + j] -= dot * m[i * width + p];
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += m[i * width + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) m[i * width + j] /= norm;
  }
  return m;
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric k × k matrix, by cyclic Jacobi rotations. */
function symmetricEigen(matrix: Float64Array, n: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < n; r++) {
          const arp = a[r * n + p];
          const arq = a[r * n + q];
          a[r * n + p] = c * arp - s * arq;
          a[r * n + q] = s * arp + c * arq;
        }
        for (let r = 0; r < n; r++) {
          const apr = a[p * n + r];
          const aqr = a[q * n + r];
          a[p * n + r] = c * apr - s * aqr;
          a[q * n + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < n; r++) {
          const vrp = v[r * n + p];
          const vrq = v[r * n + q];
          v[r * n + p] = c * vrp - s * vrq;
          v[r * n + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { values: Array.from({ length: n }, (_, i) => a[i * n + i]), vectors: v };
}
