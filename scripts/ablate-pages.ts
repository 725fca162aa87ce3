// How much of the pages' chrome the cleaner's structural rules catch alone: scores page sets and
// the fixtures (their checks.json) with the vocabulary rules on and off (clean/vocabulary-switch.ts).
// Vocabulary is read off pages we have; structure (link density, position, repetition, lists of
// other articles' titles) is what carries to sites never read, so the second number is the nearer
// estimate for them.
//
//   node scripts/run-ts.mjs scripts/ablate-pages.ts [DIR ...] [--verbose] [--off-only]   (default: the dev page sets and the fixtures)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setVocabularyRules } from '../src/clean/vocabulary-switch.js';
import { createPipeline } from '../src/create-pipeline.js';
import { fixtureInput, loadFixtures } from '../src/fixtures/fixtures.js';
import { addToTally, checkPage, newTally, type PageChecks } from './lib/page-checks.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const offOnly = args.includes('--off-only');
let dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length)
  dirs = [
    'test/data/page-sets/dev1',
    'test/data/page-sets/dev2',
    'test/data/page-sets/dev3',
    'test/data/page-sets/dev4',
    'test/data/page-sets/dev5',
    'fixtures',
  ].filter((d) => existsSync(d));
if (dirs.some((d) => /heldout/.test(d))) {
  console.error('ablate-pages: held-out sets are scored only by npm run eval:pages');
  process.exit(2);
}

const pipeline = createPipeline('default');

/** Pages of a folder that have checks: page sets hold input.html only, fixtures also text. */
function pagesOf(dir: string) {
  return loadFixtures(path.resolve(dir))
    .filter((f) => existsSync(path.join(f.dir, 'checks.json')))
    .map((f) => ({ name: f.name, input: fixtureInput(f), checks: JSON.parse(readFileSync(path.join(f.dir, 'checks.json'), 'utf8')) as PageChecks }));
}

async function score(dir: string, vocabulary: boolean): Promise<void> {
  setVocabularyRules(vocabulary);
  const total = newTally();
  const notes: string[] = [];
  for (const { name, input, checks } of pagesOf(dir)) {
    const result = checkPage(await pipeline.process(input), checks);
    const { lost, leaked } = result;
    addToTally(total, checks, result);
    if (verbose && (lost.length || leaked.length)) {
      notes.push(`  ${name}: chrome left ${leaked.length}/${checks.chrome.length}`);
      for (const p of lost) notes.push(`    lost: ${p.slice(0, 100)}`);
      for (const c of leaked) notes.push(`    leaked: ${c}`);
    }
  }
  setVocabularyRules(true);
  const line = `${dir} vocabulary ${vocabulary ? 'on ' : 'off'}: chrome left ${total.leaked}/${total.chrome}, paragraphs ${total.kept}/${total.paragraphs}, headlines ${total.title}/${total.pages}, dates ${total.date}/${total.pages}`;
  console.log([line, ...notes].join('\n'));
}

for (const dir of dirs) {
  await score(dir, false);
  if (!offOnly) await score(dir, true);
}
