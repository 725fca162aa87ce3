import { THAI_LETTERS } from '../thai/characters.js';
import { alternationOf } from '../text/alternation.js';
import { TITLED_COMMON_NOUNS } from '../thai/name-cues.js';
import { dictionaryClasses } from './dictionary-classes.js';
import { knownGivenNames } from './name-lists.js';
import { changedCandidate, type Candidate } from './candidate.js';

const TITLED_NOUN = new RegExp(`^(?:${alternationOf(TITLED_COMMON_NOUNS)})`, 'u');
const FIRST_CHUNK = new RegExp(`^[${THAI_LETTERS}]+`, 'u');

/** The common noun starting with a title (`นายจ้าง`, `นางพยาบาล`: TITLED_COMMON_NOUNS) that opens `name`, if one does. */
export function titledNounOpening(name: string): string | undefined {
  return TITLED_NOUN.exec(name)?.[0];
}

/**
 * A person the model found that opens with a common noun starting with a title (`นายจ้าง`, the
 * employer; `นายทะเบียน`, the registrar): the model reads `นาย` as a title, and the document's
 * agreement then made every `จ้าง` of a labour notice a person. Such a noun alone, with a common
 * word glued on, or with words after a space that open with no known given name, is no person
 * (`นายจ้างรายใหม่`, `นายจ้าง สถานประกอบกิจการ`); with a known given name after a space, the person
 * is the name (`นายทะเบียน สมชาย ใจดี`). The noun must stand as a word (`นายเรืองศักดิ์`). `entities` is left as it was; returns a new list.
 */
export function titledNouns(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const noun = e.label === 'PERSON' && e.source === 'model' ? titledNounOpening(text.slice(e.start, e.end)) : undefined;
    const nounEnd = noun ? e.start + noun.length : -1;
    if (!noun || !boundaries.has(nounEnd)) out.push(e);
    else {
      const rest = afterNoun(text, nounEnd, e.end, boundaries);
      if (rest?.spaced && knownGivenNames().has(rest.word)) out.push(changedCandidate(e, rest.start));
      // glued on, only a common word goes with the noun (`นายจ้างรายใหม่`); anything else may make a name
      else if (rest && !rest.spaced && (knownGivenNames().has(rest.word) || dictionaryClasses().get(rest.word) !== 'std')) out.push(e);
    }
  }
  return out;
}

/** The first word after the noun inside the entity: up to the next space when spaced, else the next token. */
function afterNoun(text: string, nounEnd: number, end: number, boundaries: ReadonlySet<number>): { start: number; word: string; spaced: boolean } | null {
  const spaced = /[ \u00A0]/u.test(text[nounEnd] ?? '');
  const start = spaced ? nounEnd + 1 : nounEnd;
  if (start >= end) return null;
  if (spaced) return { start, word: FIRST_CHUNK.exec(text.slice(start, end))?.[0] ?? '', spaced };
  let wordEnd = start + 1;
  while (wordEnd < end && !boundaries.has(wordEnd)) wordEnd++;
  return { start, word: text.slice(start, wordEnd), spaced };
}
