import { alternationOf } from '../text/alternation.js';
import { isThaiLetter } from '../thai/characters.js';
import { WORDS_NO_NAME_OPENS_WITH } from '../thai/name-cues.js';
import { dictionaryClasses } from './dictionary-classes.js';
import { NAME_LABELS } from './labels.js';
import { knownGivenNames } from './name-lists.js';
import { opensWithCueWord } from './person-names.js';
import { SpanMerge } from './span-merge.js';
import { changedCandidate, type Candidate } from './candidate.js';

const OPENER = new RegExp(alternationOf(WORDS_NO_NAME_OPENS_WITH), 'gu');
/** Given names this short are syllables of other words too. */
const SHORTEST_GIVEN_NAME = 3;
/** Thai given names are shorter than this; the lists hold offices and clauses as long (`ผู้ว่าราชการจังหวัด`). */
const LONGEST_GIVEN_NAME = 14;

/**
 * A given name alone, glued after a word no name opens with (`ล่าสุด|วชิรวิทย์ ออกมาโพสต์`), as
 * sport and entertainment news name people met before: where the model ran an organisation or a
 * place from that word to the chunk's end and the rest of the chunk is a given name the lists know
 * that is no word of the dictionary, the given name is a PERSON. (Where the model found nothing,
 * the lists' given names are too loose to go on: they hold `ผู้ว่าราชการจังหวัด`, `จะทำอย่างไร`.)
 * `entities` (UTF-16 offsets, in text order, none overlapping) is left as it was; returns the
 * entities in text order, a new list. `boundaries` holds every token start and end.
 */
export function givenNamesAfterGluedWords(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const merge = new SpanMerge(entities);
  for (const m of text.matchAll(OPENER)) {
    const start = m.index + m[0].length;
    if (!boundaries.has(m.index) || !boundaries.has(start)) continue;
    let end = start;
    while (end < text.length && isThaiLetter(text.charCodeAt(end))) end++;
    const given = text.slice(start, end);
    if (given.length < SHORTEST_GIVEN_NAME || given.length > LONGEST_GIVEN_NAME || !knownGivenNames().has(given) || dictionaryClasses().has(given)) continue;
    if (opensWithCueWord(given, start, boundaries)) continue;
    const over = merge.overlapping(m.index, end);
    if (over.length === 1 && isRunInto(over[0], m.index, start, end)) merge.replace(changedCandidate(over[0], start, over[0].end, 'PERSON'));
  }
  return merge.finish();
}

/** Whether the model's organisation or place runs from the word at `from` over the given name to `end`, no further. */
function isRunInto(e: Candidate, from: number, start: number, end: number): boolean {
  return e.source === 'model' && e.label !== 'PERSON' && NAME_LABELS.has(e.label) && e.start >= from && e.start < start && e.end === end;
}
