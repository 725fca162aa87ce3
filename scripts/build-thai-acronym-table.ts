// Writes the built-in table of common Thai short forms (src/parentheticals/data/thai-acronyms.json)
// from our hand-written list scripts/data/paren-thai-acronyms.tsv, checking that each short form
// looks like one; the table is recorded in that folder's provenance.json.
//   node scripts/run-ts.mjs scripts/build-thai-acronym-table.ts
import { readFileSync } from 'node:fs';
import { isThaiShortForm } from '../src/parentheticals/thai-short-form.js';
import { shippedDataPath, type ThaiAcronymEntry } from '../src/parentheticals/shipped-data.js';
import { writeDataFile } from './lib/provenance.js';

const SOURCE = 'scripts/data/paren-thai-acronyms.tsv';
const LABELS = new Set(['ORGANIZATION', 'LOCATION', 'PERSON', 'FACILITY']);

const entries: ThaiAcronymEntry[] = [];
const seen = new Map<string, string>();
for (const [n, line] of readFileSync(SOURCE, 'utf8').split('\n').entries()) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [forms, name, id, label] = line.split('\t');
  const where = `${SOURCE}:${n + 1}`;
  if (!forms || !name || !id || !label) throw new Error(`${where}: four tab-separated columns expected`);
  if (!LABELS.has(label)) throw new Error(`${where}: unknown label ${label}`);
  const acronyms = forms.split('|');
  for (const form of acronyms) {
    if (!isThaiShortForm(form)) throw new Error(`${where}: ${form} does not look like a Thai short form`);
    if (seen.has(form)) throw new Error(`${where}: ${form} is already the short form of ${seen.get(form)}`);
    seen.set(form, id);
  }
  entries.push({ acronyms, name, id, label });
}
const file = shippedDataPath('thai-acronyms.json');
writeDataFile(file, '[\n' + entries.map((e) => '  ' + JSON.stringify(e)).join(',\n') + '\n]\n', {
  description: `${entries.length} common Thai short forms of government bodies, state enterprises, banks, parties and universities, with their full names, canonical ids and ThaiNER labels.`,
  script: 'scripts/build-thai-acronym-table.ts',
  arguments: process.argv.slice(2),
  sources: [SOURCE],
  licence: 'MIT (written by the thai-extract authors from public knowledge of Thai institutions)',
});
console.log(`${entries.length} entries → ${file}`);
