// Scores the built package on every genre set in test/data/genre-sets with the shared scorers
// (../shared/eval), one line per set and kind (entities, parentheticals, dates): the scorer's own
// summary, and for entities the PERSON/ORGANIZATION/LOCATION F1 the sets are written for (their
// gold has no other label, so the scorer's micro F1 counts every date and amount the pipeline
// finds as a false positive).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = 'test/data/genre-sets';
const EVAL = '../shared/eval';
const NAME_LABELS = ['PERSON', 'ORGANIZATION', 'LOCATION'];

if (!existsSync(EVAL)) {
  console.error(`eval:genres needs the shared scorers in ${path.resolve(EVAL)}`);
  process.exit(2);
}

const f1 = (tp, predicted, gold) => (tp === 0 ? 0 : (200 * tp) / (predicted + gold));
const scratch = mkdtempSync(path.join(tmpdir(), 'eval-genres-'));

function score(scorer, set) {
  const json = path.join(scratch, `${scorer}-${set}.json`);
  const output = execFileSync('node', [`${EVAL}/${scorer}.mjs`, '--corpora', path.join(ROOT, set), '--json', json], { encoding: 'utf8' });
  return { summary: output.trim().split('\n').at(-1), figures: JSON.parse(readFileSync(json, 'utf8')) };
}

try {
  const sets = readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const set of sets) {
    if (existsSync(path.join(ROOT, set, 'ner'))) {
      const { figures } = score('ner', set);
      const counts = NAME_LABELS.map((label) => figures.byType[label]);
      const sum = (key) => counts.reduce((total, c) => total + c[key], 0);
      const perLabel = NAME_LABELS.map((label, i) => `${label} ${f1(counts[i].tp, counts[i].pred, counts[i].gold).toFixed(1)}`).join(', ');
      console.log(`${set.padEnd(9)} entities       P/O/L F1 ${f1(sum('tp'), sum('pred'), sum('gold')).toFixed(1)} (${perLabel})`);
    }
    if (existsSync(path.join(ROOT, set, 'parentheticals'))) {
      console.log(`${set.padEnd(9)} parentheticals ${score('paren', set).summary.replace(/^paren /, '')}`);
    }
    if (existsSync(path.join(ROOT, set, 'dates'))) {
      console.log(`${set.padEnd(9)} dates          ${score('dates', set).summary.replace(/^dates /, '')}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
