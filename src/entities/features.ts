import { hashFeature, hashParts } from './feature-hash.js';
import type { PatternEntity } from './patterns.js';
import type { Unit } from './units.js';

/** Bumped whenever the features change: a model only works with the features it was trained on. */
export const FEATURES_VERSION = 2;

const SPACE = /^[\s\uFEFF\u200B]+$/u;
const THAI = /^[\u0E01-\u0E4F\u0E5A\u0E5B]/u;
const DIGITS = /^[0-9\u0E50-\u0E59]/u;
const LATIN = /^[A-Za-z\u00C0-\u024F]/u;
const BIAS = hashFeature('b');

/** The unit's text as a feature value: whitespace of any kind is one `_`, Latin lower-cased. */
function wordOf(unit: Unit): string {
  return SPACE.test(unit.text) ? '_' : unit.text.toLowerCase();
}

/** A coarse picture of the unit: script, capitalisation, digit pattern, final full stop, length. */
function shapeOf(text: string): string {
  if (SPACE.test(text)) return '_';
  const stop = text.endsWith('.') ? '.' : '';
  if (THAI.test(text)) return `th${stop}${Math.min([...text].length, 7)}`;
  if (DIGITS.test(text)) return 'd' + text.replace(/[0-9\u0E50-\u0E59]+/gu, (run) => (run.length > 4 ? '9+' : '9'.repeat(run.length)));
  if (LATIN.test(text)) {
    const caps = text === text.toUpperCase() ? 'A' : /^[A-Z]/.test(text) ? 'Aa' : 'a';
    return `lat${caps}${stop}${Math.min(text.length, 5)}`;
  }
  return `p${text}`;
}

/**
 * Feature hashes for each unit of one run (a line or sentence): the unit and its neighbours,
 * its segmenter word, character prefixes and suffixes, shapes, dictionary class, lexicon hits
 * (titles, heads, gazetteer names) on it and beside it, and pattern entities over it.
 */
export function unitFeatures(
  text: string,
  units: readonly Unit[],
  lexicon: readonly string[][],
  patterns: readonly PatternEntity[],
  dictionary: ReadonlyMap<string, string>,
): number[][] {
  const n = units.length;
  const words = units.map(wordOf);
  const shapes = units.map((u) => shapeOf(u.text));
  const tokenText = tokenTexts(text, units);
  const patternTags = patternFeatures(units, patterns);
  // index of the nearest unit that is not whitespace, on each side (-1 for none)
  const prevUnit = new Int32Array(n);
  const nextUnit = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    prevUnit[i] = last;
    if (words[i] !== '_') last = i;
  }
  for (let i = n - 1, last = -1; i >= 0; i--) {
    nextUnit[i] = last;
    if (words[i] !== '_') last = i;
  }
  const wordAt = (unit: number, edge: string): string => (unit < 0 ? edge : words[unit]);
  const prevWord = Array.from(prevUnit, (u) => wordAt(u, '<s>'));
  const prevWord2 = Array.from(prevUnit, (u) => wordAt(u < 0 ? -1 : prevUnit[u], '<s>'));
  const nextWord = Array.from(nextUnit, (u) => wordAt(u, '</s>'));
  const nextWord2 = Array.from(nextUnit, (u) => wordAt(u < 0 ? -1 : nextUnit[u], '</s>'));
  const classOf = (word: string): string => (THAI.test(word) ? (dictionary.get(word) ?? 'none') : '');
  const at = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : words[i]);
  const shapeAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : shapes[i]);

  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const f: number[] = [
      BIAS,
      hashParts('w=', w),
      hashParts('w-1=', at(i - 1)),
      hashParts('w+1=', at(i + 1)),
      hashParts('w-2=', at(i - 2)),
      hashParts('w+2=', at(i + 2)),
      hashParts('w-1w=', at(i - 1), w),
      hashParts('ww+1=', w, at(i + 1)),
      hashParts('nw-1=', prevWord[i]),
      hashParts('nw+1=', nextWord[i]),
      hashParts('nw-1w=', prevWord[i], w),
      hashParts('wnw+1=', w, nextWord[i]),
      hashParts('nw-1wnw+1=', prevWord[i], w, nextWord[i]),
      hashParts('nw-2=', prevWord2[i]),
      hashParts('nw+2=', nextWord2[i]),
      hashParts('d=', classOf(units[i].text)),
      hashParts('d-1d+1=', classOf(prevWord[i]), classOf(units[i].text), classOf(nextWord[i])),
      hashParts('s=', shapes[i]),
      hashParts('s-1=', shapeAt(i - 1)),
      hashParts('s+1=', shapeAt(i + 1)),
      hashParts('s-1ss+1=', shapeAt(i - 1), shapes[i], shapeAt(i + 1)),
      hashParts('pos=', units[i].position),
    ];
    if (units[i].position !== 'S') {
      f.push(hashParts('tok=', tokenText[i]), hashParts('tokpos=', tokenText[i], units[i].position), hashParts('dtok=', classOf(tokenText[i])));
    }
    if (w !== '_' && w.length > 1) {
      const chars = [...w];
      f.push(hashParts('p1=', chars[0]), hashParts('s1=', chars[chars.length - 1]));
      if (chars.length > 2) f.push(hashParts('p2=', chars[0] + chars[1]), hashParts('s2=', chars[chars.length - 2] + chars[chars.length - 1]));
      if (chars.length > 3) f.push(hashParts('p3=', chars.slice(0, 3).join('')), hashParts('s3=', chars.slice(-3).join('')));
    }
    for (const hit of lexicon[i]) f.push(hashFeature(hit));
    if (i > 0) for (const hit of lexicon[i - 1]) f.push(hashParts('-1', hit));
    if (i + 1 < n) for (const hit of lexicon[i + 1]) f.push(hashParts('+1', hit));
    const pattern = patternTags[i];
    if (pattern) f.push(hashFeature(pattern));
    out.push(f);
  }
  return out;
}

function tokenTexts(text: string, units: readonly Unit[]): string[] {
  const result: string[] = new Array(units.length);
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j + 1 < units.length && units[j + 1].token === units[i].token) j++;
    const token = text.slice(units[i].start, units[j].end).toLowerCase();
    for (let k = i; k <= j; k++) result[k] = token;
    i = j + 1;
  }
  return result;
}

/** `pt=LABEL-B` / `-I` on units inside a pattern entity (the longest where they overlap). */
function patternFeatures(units: readonly Unit[], patterns: readonly PatternEntity[]): (string | undefined)[] {
  const tags: (string | undefined)[] = new Array(units.length);
  let u = 0;
  for (const p of patterns) {
    while (u > 0 && units[u - 1].end > p.start) u--;
    while (u < units.length && units[u].end <= p.start) u++;
    for (let v = u; v < units.length && units[v].start < p.end; v++) {
      if (tags[v] === undefined) tags[v] = `pt=${p.label}-${units[v].start <= p.start ? 'B' : 'I'}`;
    }
  }
  return tags;
}
