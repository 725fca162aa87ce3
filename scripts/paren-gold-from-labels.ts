// Writes our stand-off labels of parentheticals (scripts/data/paren-fresh-sample-kept-aside.jsonl:
// offsets into the corpora in ../shared, never their text) as gold files in the format of the
// parentheticals scorer, so that `node ../shared/eval/paren.mjs --corpora DIR/GROUP` scores the
// built package on them. The files hold corpus text: they go to a folder outside the project.
//   node scripts/run-ts.mjs scripts/paren-gold-from-labels.ts [--labels FILE] [--out DIR] [--high-only]
// A second sample of random corpus candidates, labelled blind at the twenty-third pass under the
// conventions of ../shared/corpora/parentheticals/PROVENANCE.md, is scripts/data/paren-fresh-sample-2-kept-aside.jsonl;
// a fifth, labelled so at the twenty-fifth pass's start, is scripts/data/paren-fresh-sample-5-kept-aside.jsonl,
// a sixth, labelled so at the twenty-sixth pass's start, scripts/data/paren-fresh-sample-6-kept-aside.jsonl,
// a seventh, labelled so during the twenty-seventh, scripts/data/paren-fresh-sample-7-kept-aside.jsonl,
// and an eighth, labelled so at the twenty-ninth pass's start, scripts/data/paren-fresh-sample-8-kept-aside.jsonl.
// scripts/data/paren-gov-dev-labels.jsonl holds 750 more labelled so for development (their misses read;
// ids c-d4- were the third kept-aside sample until the twenty-fifth pass read them, ids c-d5- the
// fourth until the twenty-sixth).
// `--high-only` keeps the labels we were sure of (confidence high).
// One folder per group of labels, by the first letters of their ids: c (random candidates of
// ../shared/corpora/parentheticals), nl (Latin parentheses of ThaiNER news), nt and gt (Thai
// short forms in parentheses of ThaiNER and government news), nr and gr (the reverse, a short
// form before a Thai parenthesis, most of them no definition).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSourceTexts, readTermLabelsWithParts, type ParenLabel } from './paren-term-labels.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const labelsFile = option('--labels', 'scripts/data/paren-fresh-sample-kept-aside.jsonl');
const out = option('--out', path.join('..', 'paren-gold'));

const GROUPS: Record<string, string> = { c: 'candidates', nl: 'thainer-latin', nt: 'thai-acronyms', gt: 'thai-acronyms', nr: 'reverse', gr: 'reverse' };
const groupOf = (id: string): string => GROUPS[id.slice(0, 2)] ?? GROUPS[id[0]];

const span = (text: string, range: [number, number] | null) => range && { text: text.slice(...range), start: range[0], end: range[1] };

function pattern(label: ParenLabel): string {
  if (label.id.startsWith('nr') || label.id.startsWith('gr')) return label.acronym ? 'ACR-TH' : 'NONE';
  if (label.id.startsWith('nt') || label.id.startsWith('gt')) return label.acronym ? 'TH-ACR' : 'NONE';
  return label.english && label.acronym ? 'EN+ACR' : label.acronym ? 'ACR' : 'EN';
}

const labels = readTermLabelsWithParts(labelsFile).filter((l) => !args.includes('--high-only') || l.confidence === 'high');
const texts = readSourceTexts(labels);
const lines = new Map<string, string[]>();
for (const label of labels) {
  const text = texts.get(label.source)![label.line].slice(label.from, label.to);
  const gold = {
    id: label.id,
    text,
    paren: { start: label.paren[0], end: label.paren[1] },
    thai_term: span(text, label.thai),
    english: span(text, label.english),
    acronym: span(text, label.acronym),
    pattern: pattern(label),
    confidence: label.confidence,
  };
  const group = groupOf(label.id);
  lines.set(group, [...(lines.get(group) ?? []), JSON.stringify(gold)]);
}
for (const [group, records] of lines) {
  const dir = path.join(out, group, 'parentheticals');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'parentheticals-fresh.jsonl'), records.join('\n') + '\n');
  console.log(`${records.length} examples → ${dir}`);
}
