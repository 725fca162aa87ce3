// Derives src/segmenter/data/gold-word-counts.tsv from the hand-segmented development sets:
// how often each Thai word is a gold word, and how often a dictionary word's letters are split
// by the annotators. Only counts are kept, never sentences. The file and its entry in the
// folder's provenance.json are written through writeDataFile.
//   node scripts/run-ts.mjs scripts/derive-word-counts.ts [--half 0|1] [--out FILE] [--corpora DIR]
// --half keeps every other line (0: even, 1: odd) to measure on the lines left out.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SHIPPED_WORD_COUNTS } from '../src/segmenter/dictionary-engine.js';
import { readWordcutWords, wordcutDictionaryFiles } from '../src/segmenter/word-list.js';
import { isThaiWord } from '../src/segmenter/word-costs.js';
import { writeDataFile } from './lib/provenance.js';

const SETS = ['wisesight-1000-dev.gold.label', 'ud-thai-tud-dev.gold.label'];
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const half = option('--half');
const out = option('--out') ?? SHIPPED_WORD_COUNTS;
const corpora = option('--corpora') ?? '../shared/corpora/segmentation';

const dictionary = new Set(readWordcutWords().filter(isThaiWord));
let longest = 0;
for (const w of dictionary) longest = Math.max(longest, w.length);
const whole = new Map<string, number>();
const split = new Map<string, number>();
const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);

for (const set of SETS) {
  const lines = readFileSync(path.join(corpora, set), 'utf8')
    .split('\n')
    .filter((l) => l.length);
  lines.forEach((line, index) => {
    if (half !== undefined && index % 2 !== Number(half)) return;
    const words = line.split('|');
    const text = words.join('');
    const bounds = new Set<number>();
    const spans = new Set<string>();
    let at = 0;
    for (const w of words) {
      bounds.add(at);
      if (w && isThaiWord(w)) {
        bump(whole, w);
        spans.add(`${at},${at + w.length}`);
      }
      at += w.length;
    }
    bounds.add(at);
    for (const s of bounds) {
      for (let len = 2; len <= longest && s + len <= text.length; len++) {
        if (!bounds.has(s + len)) continue;
        const piece = text.slice(s, s + len);
        if (dictionary.has(piece) && !spans.has(`${s},${s + len}`)) bump(split, piece);
      }
    }
  });
}

const rows: string[] = [];
for (const w of new Set([...whole.keys(), ...split.keys()])) rows.push(`${w}\t${whole.get(w) ?? 0}\t${split.get(w) ?? 0}`);
rows.sort();
mkdirSync(path.dirname(out), { recursive: true });
writeDataFile(out, rows.join('\n') + '\n', {
  description:
    'Word counts from hand-segmented Thai, one word a line: word, times it is a gold word, times its letters are split by gold boundaries' +
    `${half !== undefined ? ` (every other line, half ${half})` : ''}. Sources: wisesight-1000 dev (PyThaiNLP/wisesight-sentiment, CC0 1.0) ` +
    'and UD Thai-TUD dev (UniversalDependencies/UD_Thai-TUD, CC BY-SA 4.0, Sriwirote et al.); this list is an adaptation of UD Thai-TUD ' +
    "and is shared under CC BY-SA 4.0. wordcut's dictionary (read from the installed package) decides which split pieces are words.",
  script: 'scripts/derive-word-counts.ts',
  arguments: args,
  sources: [...SETS.map((set) => path.join(corpora, set)), ...wordcutDictionaryFiles().map((file) => path.relative(process.cwd(), file))],
  licence: 'CC BY-SA 4.0',
});
console.log(`${rows.length} words -> ${out}`);
