/** Character classes the parenthetical finder tests one character at a time. */
export const SPACE = /\s/u;
export const THAI_LETTER = /[\u0E01-\u0E4E]/u;
/** Characters a Thai word can start with: consonants and the vowels written before them. */
export const WORD_INITIAL = /[\u0E01-\u0E2E\u0E40-\u0E44]/u;
