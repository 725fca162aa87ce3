import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { FOREIGN_GIVEN_NAMES } from '../thai/foreign-given-names.js';

/**
 * Given names, surnames, venues and organisations as government news writes them
 * (`นาย<given> <surname>`, `ณ <venue>`, `<organisation> (<short form>)`), read off unlabelled
 * text by scripts/derive-ner-names.ts: lexicon entries of the entity model, which learns how
 * far to trust them.
 */
export interface NameLists {
  given: readonly string[];
  surnames: readonly string[];
  venues: readonly string[];
  organisations: readonly string[];
  shortForms: readonly string[];
}

const FILE = 'src/entities/model/name-lists.json';

let lists: NameLists | null = null;

/** The lists, read once per process: the entity lexicon and the given-name checks both need them on a first document. */
export function loadNameLists(): NameLists {
  return (lists ??= JSON.parse(readFileSync(path.join(packageRoot(), FILE), 'utf8')) as NameLists);
}

let given: ReadonlySet<string> | null = null;

/** The given names of the lists, read once per process. */
export function knownGivenNames(): ReadonlySet<string> {
  return (given ??= new Set(loadNameLists().given));
}

/** The foreign given names written in Thai (src/thai/foreign-given-names.ts), as a set. */
export const FOREIGN_GIVEN_NAME_SET: ReadonlySet<string> = new Set(FOREIGN_GIVEN_NAMES);

/** Whether `word` is a given name the lists know: read off government news, or a foreign one written in Thai. */
export function isListedGivenName(word: string): boolean {
  return knownGivenNames().has(word) || FOREIGN_GIVEN_NAME_SET.has(word);
}
