import { readFileSync } from 'node:fs';
import path from 'node:path';
import { wordcutDictionaryFiles } from '../segmenter/word-list.js';

/**
 * Which of wordcut's word lists a word is in (`std`, `proper`, `city`, `country`, `acronyms`,
 * ...): proper names and acronyms announce entities, a Thai piece in no list often belongs to
 * a name. The lists are LGPL-3.0 and read from the installed wordcut package at run time.
 */
export function loadDictionaryClasses(): Map<string, string> {
  const classes = new Map<string, string>();
  for (const file of wordcutDictionaryFiles()) {
    const name = path.basename(file).replace(/^tdict-|\.txt$/g, '');
    const wordClass = name === 'common' || name.startsWith('std') ? 'std' : name;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const word = line.trim();
      if (!word) continue;
      // a specific list says more than the standard dictionary
      const known = classes.get(word);
      if (known === undefined || known === 'std') classes.set(word, wordClass);
    }
  }
  return classes;
}

let shared: ReadonlyMap<string, string> | null = null;

/** loadDictionaryClasses, read once per process and shared. */
export function dictionaryClasses(): ReadonlyMap<string, string> {
  return (shared ??= loadDictionaryClasses());
}

/**
 * The pieces the segmenter cut from `[start, end)` of `text` when every one is a common word of
 * the dictionary (`ปรุง|อาหาร`, `ทา|คุ|มะ`), or null when one is not (`อิ|โนะอุเอะ`, a name's).
 * `boundaries` holds every token start and end.
 */
export function commonWordsIn(text: string, start: number, end: number, boundaries: ReadonlySet<number>): string[] | null {
  const pieces: string[] = [];
  for (let from = start, at = start + 1; at <= end; at++) {
    if (at < end && !boundaries.has(at)) continue;
    const piece = text.slice(from, at);
    if (dictionaryClasses().get(piece) !== 'std') return null;
    pieces.push(piece);
    from = at;
  }
  return pieces;
}
