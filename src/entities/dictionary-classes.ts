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
