// Derives src/parentheticals/data/acronym-expansions.json from the unlabelled news releases
// (thaigov.go.th news, public domain): what a Latin short form stands for, where news spells it
// out in a parenthesis (`(Gross Domestic Product: GDP)`). A parenthesis holding the short form
// alone (`(GDP)`) then has an English gloss to find its Thai term by, as one holding both has.
// A short form is kept when it is spelt out at least MIN_COUNT times, by the same expansion (its
// word keys) at least MIN_SHARE of the time; the most frequent spelling of that expansion is kept.
// Only short forms and their expansions are kept, never text.
//   node scripts/run-ts.mjs scripts/derive-acronym-expansions.ts [--unlabelled FILE] [--out FILE]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { matchExpansion } from '../src/parentheticals/acronym-matcher.js';
import { englishKeys } from '../src/parentheticals/english-words.js';
import { findParentheses } from '../src/parentheticals/find-parentheses.js';
import { splitInsideUtf16 } from '../src/parentheticals/split-inside.js';
import { writeDataFile } from './lib/provenance.js';

const { values: args } = parseArgs({
  options: {
    unlabelled: { type: 'string', default: '../shared/corpora/unlabelled/thaigov-news.jsonl.gz' },
    out: { type: 'string', default: 'src/parentheticals/data/acronym-expansions.json' },
  },
});

const MIN_COUNT = 3;
const MIN_SHARE = 0.6;
/** Parentheses holding Thai are Thai short forms or asides, not English glosses. */
const THAI = /[\u0E00-\u0E7F]/u;

/** short form → expansion keys → spelling → count */
const seen = new Map<string, Map<string, Map<string, number>>>();
for (const line of gunzipSync(readFileSync(args.unlabelled!)).toString('utf8').split('\n')) {
  if (!line) continue;
  const { text } = JSON.parse(line) as { text: string };
  for (const { open, close } of findParentheses(text)) {
    const inner = text.slice(open + 1, close);
    if (THAI.test(inner)) continue;
    const { english, acronym } = splitInsideUtf16(inner);
    if (!english || !acronym) continue;
    const [spelling, shortForm] = [inner.slice(...english).trim(), inner.slice(...acronym).trim()];
    // only an expansion whose letters spell the short form: a parenthesis may pair a name with an unrelated code
    if (matchExpansion(shortForm, spelling) < 0) continue;
    const keys = [...englishKeys(spelling)].sort().join(' ');
    if (!keys) continue;
    const byKeys = seen.get(shortForm) ?? new Map<string, Map<string, number>>();
    const spellings = byKeys.get(keys) ?? new Map<string, number>();
    spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    byKeys.set(keys, spellings);
    seen.set(shortForm, byKeys);
  }
}

const sum = (counts: Iterable<number>): number => [...counts].reduce((a, b) => a + b, 0);
const expansions: Record<string, string> = {};
for (const shortForm of [...seen.keys()].sort()) {
  const byKeys = seen.get(shortForm)!;
  const total = sum([...byKeys.values()].map((spellings) => sum(spellings.values())));
  const [, best] = [...byKeys].map(([keys, spellings]) => [keys, spellings] as const).sort((a, b) => sum(b[1].values()) - sum(a[1].values()))[0];
  const count = sum(best.values());
  if (count < MIN_COUNT || count / total < MIN_SHARE) continue;
  expansions[shortForm] = [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

writeDataFile(args.out!, JSON.stringify(expansions, null, 0).replace(/","/g, '",\n"') + '\n', {
  description: `Latin short forms and what they stand for, where government news spells them out in a parenthesis (${Object.keys(expansions).length} short forms; see the script)`,
  script: 'scripts/derive-acronym-expansions.ts',
  arguments: process.argv.slice(2),
  sources: [args.unlabelled!],
  licence: 'public domain (thaigov.go.th news, Thai Copyright Act B.E. 2537 s.7)',
});
console.log(`${Object.keys(expansions).length} short forms of ${seen.size} seen spelt out`);
