import { alternationOf } from '../text/alternation.js';
import { AFTER_A_TITLE_IN_WORDS, EVERYDAY_TITLES } from '../thai/name-cues.js';
import { changedCandidate, type Candidate } from './candidate.js';

/** An everyday title (`นาย`, `นางสาว`, `ดร.`, …) opening a chunk, a Thai letter after it, and no word it opens that is no name (`นายแพทย์`). */
const EVERYDAY_TITLE = new RegExp(`^(?:${alternationOf(EVERYDAY_TITLES)})(?!${alternationOf(AFTER_A_TITLE_IN_WORDS)})[\u0E01-\u0E2E\u0E40-\u0E44]`, 'u');
/** A chunk of a name: what stands between spaces. */
const CHUNK = /[^ \u00A0]+/gu;

/**
 * Two people the model ran into one PERSON, a space between (`นายวิลาศ คำมีแก่น นางสาวชมพูนุท
 * โสลันดา`, a list of names without commas): a PERSON that opens with an everyday title and has
 * another chunk after its second that opens with one is two, split before that chunk (4 times in
 * 3,000 government articles). `entities`: UTF-16 offsets, in text order; returns the same, a new list.
 */
export function splitJoinedPersons(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    if (e.label !== 'PERSON' || e.source !== 'model') {
      out.push(e);
      continue;
    }
    const chunks = [...text.slice(e.start, e.end).matchAll(CHUNK)];
    if (chunks.length < 4 || !EVERYDAY_TITLE.test(chunks[0][0])) {
      out.push(e);
      continue;
    }
    // each person runs from its title over two chunks at least: the given name with its title, the surname
    let first = 0;
    let start = e.start;
    for (let i = 2; i < chunks.length; i++) {
      if (i - first < 2 || !EVERYDAY_TITLE.test(chunks[i][0])) continue;
      const previous = chunks[i - 1];
      out.push(changedCandidate(e, start, e.start + previous.index + previous[0].length));
      first = i;
      start = e.start + chunks[i].index;
    }
    out.push(start === e.start ? e : changedCandidate(e, start, e.end));
  }
  return out;
}
