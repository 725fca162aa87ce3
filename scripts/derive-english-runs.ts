// Derives src/entities/model/english-runs.json: what compromise finds in the Latin-script runs
// that government news writes again and again (`World Health Organization`, `ASEAN`, `COVID-19`),
// worked out once here, so that a document whose runs are all among them is read without loading
// compromise (a few hundred milliseconds of a fresh process's first document: it builds its
// lexicon as it loads). The table is compromise's own answers, for the version it records: with
// another version installed it is not used, and compromise is asked as before.
//
//   node scripts/run-ts.mjs scripts/derive-english-runs.ts [--corpus FILE] [--min-articles N] [--out FILE]
//
// A run is kept when at least `--min-articles` articles write it (default 3). Each run is read by
// compromise on its own, as findEnglishEntities reads a document's new runs (a few to a call, a
// blank line apart, with the same names found as one run to a call).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ENGLISH_RUNS_FILE, type EnglishRunsFile, installedCompromiseVersion, latinRunsIn, readEnglishRuns } from '../src/entities/english-entities.js';
import { writeDataFile } from './lib/provenance.js';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/unlabelled/thaigov-news.jsonl.gz' },
    'min-articles': { type: 'string', default: '3' },
    out: { type: 'string', default: ENGLISH_RUNS_FILE },
  },
});
const minArticles = Number(args['min-articles']);

const articles = new Map<string, number>();
for (const line of gunzipSync(readFileSync(args.corpus!)).toString('utf8').split('\n')) {
  if (!line.trim()) continue;
  for (const run of new Set(latinRunsIn((JSON.parse(line) as { text: string }).text).map((r) => r.run))) articles.set(run, (articles.get(run) ?? 0) + 1);
}
// sorted by code unit, so that the same corpus gives the same file byte for byte
const kept = [...articles].filter(([, count]) => count >= minArticles).map(([run]) => run);
kept.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const table: EnglishRunsFile = {
  compromise: installedCompromiseVersion(),
  runs: Object.fromEntries(kept.map((run) => [run, readEnglishRuns([run])[0].map((e) => [e.start, e.end, e.label] as const)])),
};
const withNames = Object.values(table.runs).filter((names) => names.length > 0).length;
writeDataFile(args.out!, JSON.stringify(table).replace(/\],"/g, '],\n"') + '\n', {
  description: `What compromise ${table.compromise} finds in the ${kept.length} Latin-script runs that at least ${minArticles} government-news articles write (${withNames} of them hold a name), so that documents whose runs are all among them are read without loading compromise`,
  script: 'scripts/derive-english-runs.ts',
  arguments: process.argv.slice(2),
  sources: [args.corpus!],
  licence: 'public domain (thaigov.go.th news, Thai Copyright Act B.E. 2537 s.7)',
});
console.log(`${articles.size} distinct runs; ${kept.length} in at least ${minArticles} articles, ${withNames} of them with a name → ${args.out}`);
