// Derives src/parentheticals/data/thai-english-lexicon.json from the unlabelled parenthetical
// candidates and the parentheses of two English words or more of the unlabelled news releases
// (thaigov.go.th news, public domain): which Thai words go with which English words
// when an English parenthesis follows Thai text. Each distinct candidate counts once, as a pair of
// word sets: the Thai words of the 60 characters before the parenthesis and the English word keys
// inside it. Two tables come out of the same pairs:
// - `dice`, by Dice's coefficient: the English words a Thai word goes with, whether
//   it translates them or sits in the same names (for translationAt);
// - `model1`, p(English | Thai) by IBM Model 1 (EM from a uniform start, a NULL
//   Thai word for English with no Thai in the window): every English word is explained by one Thai
//   word of its window, so a word that merely sits beside the translation (กระทรวง beside รัฐมนตรี
//   for `Minister`) loses it to the word that translates it (for alignmentMass).
// Only word pairs and their strengths are kept, never text. Words are cut by the library's own
// segmenter, so that they are the words the span finder looks up. The file is recorded in the
// provenance.json of its folder.
//   npm run derive:paren-lexicon [-- --corpora DIR] [--unlabelled FILE] [--out FILE]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { ThaiEnglishLexiconFile } from '../src/parentheticals/shipped-data.js';
import { englishKeys } from '../src/parentheticals/english-words.js';
import { segment } from '../src/segmenter/index.js';
import { tablesToJson } from './lib/json-tables.js';
import { writeDataFile } from './lib/provenance.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpora = option('--corpora') ?? '../shared/corpora/parentheticals';
const candidatesFile = path.join(corpora, 'candidates.jsonl');
const out = option('--out') ?? 'src/parentheticals/data/thai-english-lexicon.json';
// Every parenthesis of two English words or more of the unlabelled news releases is taken too (`--unlabelled FILE`).
const unlabelled = option('--unlabelled') ?? '../shared/corpora/unlabelled/thaigov-news.jsonl.gz';

/** Thai text before the parenthesis taken into account, in characters. */
const WINDOW = 60;
/** Distinct candidates a pair must share to be kept, in either table. */
const MIN_PAIR_COUNT = 3;
const MIN_DICE = 0.12;
/** EM iterations of Model 1. */
const ITERATIONS = 5;
const MIN_PROBABILITY = 0.05;
const MAX_TRANSLATIONS = 8;
/** The NULL word of Model 1 (no Thai word is empty). */
const NULL = '';

const thaiCount = new Map<string, number>();
const englishCount = new Map<string, number>();
const pairCount = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

const seen = new Set<string>();
const pairs: { thai: string[]; english: string[] }[] = [];

/** Every parenthesis of two Latin words or more (no Thai in it) in the news releases, with the Thai before it. */
function* unlabelledParentheses(file: string): Generator<{ inner: string; before: string }> {
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    for (const m of text.matchAll(/\(([A-Za-z][^()\n\u0E00-\u0E7F]{1,200})\)/gu)) {
      // A short form alone (`(MOU)`) would teach that บันทึก means `mou` rather than `memorandum`.
      if (!/[A-Za-z]{2,}[^A-Za-z]+[A-Za-z]{2,}/u.test(m[1])) continue;
      yield { inner: m[1], before: text.slice(Math.max(0, m.index - WINDOW - 20), m.index).replace(/\s+/gu, ' ') };
    }
  }
}

function* candidateParentheses(): Generator<{ inner: string; before: string }> {
  for (const line of readFileSync(candidatesFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { inner, ctx } = JSON.parse(line) as { inner: string; ctx: string };
    const at = ctx.lastIndexOf('(' + inner);
    if (at >= 0) yield { inner, before: ctx.slice(0, at) };
  }
}

for (const found of [candidateParentheses(), unlabelledParentheses(unlabelled)])
  for (const parenthesis of found) {
    const inner = parenthesis.inner;
    const before = parenthesis.before.trimEnd().slice(-WINDOW);
    const key = inner + '\u0000' + before;
    if (seen.has(key)) continue;
    seen.add(key);
    const thai = new Set(
      segment(before)
        .map((token) => token.text)
        .filter((w) => /^[\u0E01-\u0E4E]{2,}$/u.test(w)),
    );
    const english = englishKeys(inner);
    for (const t of thai) bump(thaiCount, t);
    for (const e of english) bump(englishCount, e);
    for (const t of thai) for (const e of english) bump(pairCount, t + '\t' + e);
    if (english.size) pairs.push({ thai: [NULL, ...thai], english: [...english] });
  }

/** p(e | t) by IBM Model 1, keyed `t \t e`; t is NULL for English the window has no Thai for. */
function model1(): Map<string, number> {
  const probability = new Map<string, number>();
  const uniform = 1 / englishCount.size;
  const p = (t: string, e: string) => probability.get(t + '\t' + e) ?? uniform;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const expected = new Map<string, number>();
    const total = new Map<string, number>();
    for (const { thai, english } of pairs) {
      for (const e of english) {
        let sum = 0;
        for (const t of thai) sum += p(t, e);
        for (const t of thai) {
          const share = p(t, e) / sum;
          const k = t + '\t' + e;
          expected.set(k, (expected.get(k) ?? 0) + share);
          total.set(t, (total.get(t) ?? 0) + share);
        }
      }
    }
    probability.clear();
    for (const [k, count] of expected) probability.set(k, count / total.get(k.slice(0, k.indexOf('\t')))!);
  }
  return probability;
}

/** Thai word → its English words of at least `min` strength, strongest first, at most MAX_TRANSLATIONS. */
function table(strength: (pair: string, count: number) => number, min: number): [string, { english: string; strength: number }[]][] {
  const lexicon = new Map<string, { english: string; strength: number }[]>();
  for (const [pair, count] of pairCount) {
    if (count < MIN_PAIR_COUNT) continue;
    const value = strength(pair, count);
    if (value < min) continue;
    const [t, e] = pair.split('\t');
    if (!lexicon.has(t)) lexicon.set(t, []);
    lexicon.get(t)!.push({ english: e, strength: value });
  }
  return [...lexicon.entries()]
    .map(([t, list]) => [t, list.sort((a, b) => b.strength - a.strength).slice(0, MAX_TRANSLATIONS)] as [string, { english: string; strength: number }[]])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const dice = table((pair, count) => {
  const [t, e] = pair.split('\t');
  return (2 * count) / (thaiCount.get(t)! + englishCount.get(e)!);
}, MIN_DICE);
const probability = model1();
const model = table((pair) => probability.get(pair) ?? 0, MIN_PROBABILITY);

// Space-separated strings rather than arrays and objects: JSON.parse reads them twice as fast.
const lexicon: ThaiEnglishLexiconFile = {
  dice: Object.fromEntries(dice.map(([t, list]) => [t, list.map((x) => x.english).join(' ')])),
  model1: Object.fromEntries(model.map(([t, list]) => [t, list.map((x) => `${x.english} ${x.strength.toFixed(2)}`).join(' ')])),
};
writeDataFile(out, tablesToJson({ ...lexicon }), {
  description:
    `Thai word → English word keys from ${seen.size} distinct parenthetical candidates (the Thai words of the ${WINDOW} characters ` +
    `before the parenthesis, the English keys inside it; pairs seen in fewer than ${MIN_PAIR_COUNT} candidates left out): ` +
    `dice, the keys with Dice's coefficient ≥ ${MIN_DICE}, strongest first; model1, "key p key p …", p(key | Thai word) ≥ ${MIN_PROBABILITY} ` +
    `by IBM Model 1 (${ITERATIONS} EM iterations, a NULL Thai word), at most ${MAX_TRANSLATIONS} a word.`,
  script: 'scripts/derive-paren-lexicon.ts',
  arguments: args,
  sources: [candidatesFile, unlabelled],
  licence: 'public domain (thaigov.go.th news, PyThaiNLP/thaigov-corpus; Thai Copyright Act B.E. 2537 s.7)',
});
console.log(`${dice.length} + ${model.length} Thai words from ${seen.size} candidates → ${out}`);
