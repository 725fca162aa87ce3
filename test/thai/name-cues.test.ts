import {
  ACADEMIC_RANKS,
  AFTER_A_NAME,
  COACH_WORDS,
  PERSON_KINDS,
  PLAYER_POSITION_WORDS,
  TITLES,
  VERBS_OF_SAYING,
  WORDS_GLUED_BEFORE_A_CLUB,
} from '../../src/thai/name-cues.js';
import { PRODUCT_WORDS } from '../../src/thai/brands.js';
import { STORM_STRENGTHS } from '../../src/thai/storms.js';

describe('name cues built from shared lists', () => {
  it('keeps the academic ranks among the titles, the coaches among the kinds and the club words, the verbs of saying among the words after a name', () => {
    for (const rank of ACADEMIC_RANKS) expect(TITLES).toContain(rank);
    for (const coach of COACH_WORDS) {
      expect(PERSON_KINDS).toContain(coach);
      expect(WORDS_GLUED_BEFORE_A_CLUB).toContain(coach);
    }
    for (const verb of VERBS_OF_SAYING) expect(AFTER_A_NAME).toContain(verb);
  });

  it('lists each word once, and no position as a kind', () => {
    for (const list of [TITLES, PERSON_KINDS, PLAYER_POSITION_WORDS, AFTER_A_NAME, WORDS_GLUED_BEFORE_A_CLUB, PRODUCT_WORDS, STORM_STRENGTHS])
      expect(new Set(list).size).toBe(list.length);
    for (const position of PLAYER_POSITION_WORDS) expect(PERSON_KINDS).not.toContain(position);
  });
});
