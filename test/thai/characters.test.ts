import {
  ABOVE_VOWELS,
  ASSIGNED_THAI,
  BAHT_SIGN,
  BELOW_VOWELS,
  DEPENDENT_SIGNS,
  FOLLOWING_VOWELS,
  LEADING_VOWELS,
  MAI_YAMOK,
  OTHER_MARKS,
  PAIYANNOI,
  THAI_BLOCK,
  THAI_CONSONANTS,
  THAI_DIGITS,
  THAI_LETTERS,
  THAI_PUNCTUATION,
  TONE_MARKS,
  isAboveVowel,
  isAssignedThai,
  isBelowVowel,
  isDependentSign,
  isFollowingVowel,
  isLeadingVowel,
  isOtherMark,
  isThaiBlock,
  isThaiConsonant,
  isThaiDigit,
  isThaiLetter,
  isThaiPunctuation,
  isToneMark,
  patternOf,
} from '../../src/thai/characters.js';

const CLASSES: ReadonlyArray<readonly [string, string, (cp: number) => boolean]> = [
  ['THAI_BLOCK', THAI_BLOCK, isThaiBlock],
  ['ASSIGNED_THAI', ASSIGNED_THAI, isAssignedThai],
  ['THAI_CONSONANTS', THAI_CONSONANTS, isThaiConsonant],
  ['LEADING_VOWELS', LEADING_VOWELS, isLeadingVowel],
  ['FOLLOWING_VOWELS', FOLLOWING_VOWELS, isFollowingVowel],
  ['ABOVE_VOWELS', ABOVE_VOWELS, isAboveVowel],
  ['BELOW_VOWELS', BELOW_VOWELS, isBelowVowel],
  ['TONE_MARKS', TONE_MARKS, isToneMark],
  ['OTHER_MARKS', OTHER_MARKS, isOtherMark],
  ['DEPENDENT_SIGNS', DEPENDENT_SIGNS, isDependentSign],
  ['THAI_LETTERS', THAI_LETTERS, isThaiLetter],
  ['THAI_DIGITS', THAI_DIGITS, isThaiDigit],
  ['THAI_PUNCTUATION', THAI_PUNCTUATION, isThaiPunctuation],
];

/** The characters of U+0D00–U+0EFF (the Thai block and its neighbours) that a predicate accepts. */
function membersOf(test: (cp: number) => boolean): string {
  let out = '';
  for (let cp = 0x0d00; cp <= 0x0eff; cp++) if (test(cp)) out += String.fromCharCode(cp);
  return out;
}

describe('Thai character classes', () => {
  test.each(CLASSES)('%s: the pattern and the predicate accept the same code points', (_name, source, predicate) => {
    const pattern = new RegExp(`^[${source}]$`, 'u');
    expect(membersOf((cp) => pattern.test(String.fromCharCode(cp)))).toBe(membersOf(predicate));
  });

  test('each class holds exactly its characters', () => {
    expect(membersOf(isThaiConsonant)).toBe('กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮ');
    expect(membersOf(isLeadingVowel)).toBe('เแโใไ');
    expect(membersOf(isFollowingVowel)).toBe('ะาำๅ');
    expect(membersOf(isAboveVowel)).toBe('\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47');
    expect(membersOf(isBelowVowel)).toBe('\u0E38\u0E39\u0E3A');
    expect(membersOf(isToneMark)).toBe('\u0E48\u0E49\u0E4A\u0E4B');
    expect(membersOf(isOtherMark)).toBe('\u0E4C\u0E4D\u0E4E');
    expect(membersOf(isThaiDigit)).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(membersOf(isThaiPunctuation)).toBe('๏๚๛');
    expect(membersOf(isAssignedThai)).toHaveLength(87);
    expect(membersOf(isThaiBlock)).toHaveLength(128);
  });

  test('the assigned characters fall into exactly one class each', () => {
    const singles = [PAIYANNOI, MAI_YAMOK, BAHT_SIGN];
    const parts = [isThaiConsonant, isLeadingVowel, isFollowingVowel, isAboveVowel, isBelowVowel, isToneMark, isOtherMark, isThaiDigit, isThaiPunctuation];
    for (let cp = 0x0e00; cp <= 0x0e7f; cp++) {
      const classes = parts.filter((part) => part(cp)).length + (singles.includes(cp) ? 1 : 0);
      expect({ cp, classes }).toEqual({ cp, classes: isAssignedThai(cp) ? 1 : 0 });
    }
  });

  test('dependent signs and letters are the unions they are documented to be', () => {
    for (let cp = 0x0e00; cp <= 0x0e7f; cp++) {
      const dependent = isFollowingVowel(cp) || isAboveVowel(cp) || isBelowVowel(cp) || isToneMark(cp) || isOtherMark(cp);
      expect({ cp, dependent: isDependentSign(cp) }).toEqual({ cp, dependent });
      expect({ cp, letter: isThaiLetter(cp) }).toEqual({ cp, letter: isThaiConsonant(cp) || isLeadingVowel(cp) || dependent });
    }
  });

  test('ฯ ๆ ฿ and the digits are Thai but not letters', () => {
    for (const c of ['ฯ', 'ๆ', '฿', '๕', '๏']) {
      expect([c, isThaiBlock(c.charCodeAt(0)), isThaiLetter(c.charCodeAt(0))]).toEqual([c, true, false]);
    }
  });

  test('patternOf writes one character as a pattern escape', () => {
    expect(patternOf(0x0e4c)).toBe('\\u0E4C');
    expect(new RegExp(`^${patternOf(PAIYANNOI)}$`).test('ฯ')).toBe(true);
  });
});
