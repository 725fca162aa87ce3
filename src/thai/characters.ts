/**
 * The Thai block of Unicode (U+0E00–U+0E7F) and the classes of its characters. Each class is
 * defined here once, in two forms: a predicate on a code point, for loops over text (every Thai
 * character is one UTF-16 unit, so `text.charCodeAt(i)` is its code point), and the body of a
 * regular-expression character class, for patterns (`[${THAI_CONSONANTS}]`). The two forms of
 * each class are checked against each other over the whole block by test/thai/characters.test.ts.
 *
 * Thai is written left to right in one line of consonants; vowels go before, after, above or
 * below the consonant they are pronounced after, tone marks above. The classes follow that
 * layout, since it decides what may be cut, reordered or counted.
 */

/** The first code point of the block: offsets into it fit in seven bits. */
export const THAI_BLOCK_START = 0x0e00;

/**
 * The whole block, assigned or not: the test of script ("is this Thai?"). An unassigned code
 * point here can only be broken Thai, so treating it as Thai is the safe side.
 */
export const THAI_BLOCK = '\\u0E00-\\u0E7F';
export function isThaiBlock(cp: number): boolean {
  return cp >= 0x0e00 && cp <= 0x0e7f;
}

/**
 * The characters Unicode assigns in the block: U+0E01–U+0E3A and U+0E3F–U+0E5B (87 of them).
 * They are TIS-620's Thai characters in TIS-620's order, which is why U+0E00 and U+0E3B–U+0E3E
 * are empty: they stand where TIS-620 has no character.
 */
export const ASSIGNED_THAI = '\\u0E01-\\u0E3A\\u0E3F-\\u0E5B';
export function isAssignedThai(cp: number): boolean {
  return (cp >= 0x0e01 && cp <= 0x0e3a) || (cp >= 0x0e3f && cp <= 0x0e5b);
}

/**
 * ก–ฮ: the 44 consonants in alphabetical order (ฃ and ฅ obsolete), with ฤ and ฦ (U+0E24,
 * U+0E26) among them, vowels by sound that are written as consonants: they start syllables
 * and carry marks.
 */
export const THAI_CONSONANTS = '\\u0E01-\\u0E2E';
export function isThaiConsonant(cp: number): boolean {
  return cp >= 0x0e01 && cp <= 0x0e2e;
}

/**
 * เ แ โ ใ ไ: written before the consonant they are pronounced after, so they belong to the
 * consonant that follows them. Unicode keeps Thai in visual order, unlike Indic scripts.
 */
export const LEADING_VOWELS = '\\u0E40-\\u0E44';
export function isLeadingVowel(cp: number): boolean {
  return cp >= 0x0e40 && cp <= 0x0e44;
}

/** ะ า ำ and ๅ (lakkhangyao, which lengthens ฤ and ฦ): written on the line after their consonant. */
export const FOLLOWING_VOWELS = '\\u0E30\\u0E32\\u0E33\\u0E45';
export function isFollowingVowel(cp: number): boolean {
  return cp === 0x0e30 || cp === 0x0e32 || cp === 0x0e33 || cp === 0x0e45;
}

/**
 * ั ิ ี ึ ื and ็ (maitaikhu, which shortens the vowel): written above the consonant, under any
 * tone mark. Maitaikhu sits apart in the block (U+0E47) but behaves as these do.
 */
export const ABOVE_VOWELS = '\\u0E31\\u0E34-\\u0E37\\u0E47';
export function isAboveVowel(cp: number): boolean {
  return cp === 0x0e31 || (cp >= 0x0e34 && cp <= 0x0e37) || cp === 0x0e47;
}

/** ุ ู and ฺ (phinthu, the virama of Pali and Sanskrit spellings): written below the consonant. */
export const BELOW_VOWELS = '\\u0E38-\\u0E3A';
export function isBelowVowel(cp: number): boolean {
  return cp >= 0x0e38 && cp <= 0x0e3a;
}

/** ่ ้ ๊ ๋ (mai ek, mai tho, mai tri, mai chattawa): above the consonant and above any above-vowel. */
export const TONE_MARKS = '\\u0E48-\\u0E4B';
export function isToneMark(cp: number): boolean {
  return cp >= 0x0e48 && cp <= 0x0e4b;
}

/**
 * ์ ํ ๎ (thanthakhat, which silences its letter; nikhahit; yamakkan): the other marks above a
 * consonant. Thanthakhat stacks like a tone mark.
 */
export const OTHER_MARKS = '\\u0E4C-\\u0E4E';
export function isOtherMark(cp: number): boolean {
  return cp >= 0x0e4c && cp <= 0x0e4e;
}

/**
 * Everything written after, above or below a consonant: the following, above and below vowels,
 * tone marks and other marks. None of them can begin a character cluster or a word.
 */
export const DEPENDENT_SIGNS = `${FOLLOWING_VOWELS}${ABOVE_VOWELS}${BELOW_VOWELS}${TONE_MARKS}${OTHER_MARKS}`;
/** The same set as one range test: U+0E30–U+0E3A, U+0E45, U+0E47–U+0E4E. */
export function isDependentSign(cp: number): boolean {
  return (cp >= 0x0e30 && cp <= 0x0e3a) || cp === 0x0e45 || (cp >= 0x0e47 && cp <= 0x0e4e);
}

/**
 * The characters Thai words are spelt with: consonants, leading vowels and dependent signs. Not
 * ฯ, ๆ, ฿, the digits or the old punctuation, which stand apart from words.
 */
export const THAI_LETTERS = `${THAI_CONSONANTS}${LEADING_VOWELS}${DEPENDENT_SIGNS}`;
/** The same set as one range test: U+0E01–U+0E2E, U+0E30–U+0E3A, U+0E40–U+0E45, U+0E47–U+0E4E. */
export function isThaiLetter(cp: number): boolean {
  return (cp >= 0x0e01 && cp <= 0x0e2e) || (cp >= 0x0e30 && cp <= 0x0e3a) || (cp >= 0x0e40 && cp <= 0x0e45) || (cp >= 0x0e47 && cp <= 0x0e4e);
}

/** ๐–๙: decimal digits, in order, so that a digit's value is `cp - THAI_DIGIT_ZERO`. */
export const THAI_DIGITS = '\\u0E50-\\u0E59';
export const THAI_DIGIT_ZERO = 0x0e50;
export function isThaiDigit(cp: number): boolean {
  return cp >= 0x0e50 && cp <= 0x0e59;
}

/** ๏ ๚ ๛ (fongman, angkhankhu, khomut): the punctuation of old and verse texts, which opens or closes a passage. */
export const THAI_PUNCTUATION = '\\u0E4F\\u0E5A\\u0E5B';
export function isThaiPunctuation(cp: number): boolean {
  return cp === 0x0e4f || cp === 0x0e5a || cp === 0x0e5b;
}

/** ฯ (paiyannoi): marks a word shortened (กรุงเทพฯ, สหรัฐฯ); `ฯลฯ` is "et cetera". */
export const PAIYANNOI = 0x0e2f;
/** ๆ (mai yamok): repeats the word before it (บ่อยๆ). */
export const MAI_YAMOK = 0x0e46;
/** ฿, the baht sign: a currency symbol, not part of a word. */
export const BAHT_SIGN = 0x0e3f;

// Single letters and signs that rules name.
export const YO_YAK = 0x0e22; // ย
export const LO_LING = 0x0e25; // ล
export const O_ANG = 0x0e2d; // อ
export const MAI_HAN_AKAT = 0x0e31; // ั
export const SARA_AA = 0x0e32; // า
export const SARA_AM = 0x0e33; // ำ, one character; typed as nikhahit + sara aa it is a spelling error
export const SARA_I = 0x0e34; // ิ
export const SARA_II = 0x0e35; // ี
export const SARA_UE = 0x0e36; // ึ
export const SARA_UEE = 0x0e37; // ื
export const SARA_U = 0x0e38; // ุ
export const SARA_E = 0x0e40; // เ
export const THANTHAKHAT = 0x0e4c; // ์
export const NIKHAHIT = 0x0e4d; // ํ

/** `\uXXXX` for a code point of the block: a single character in a pattern. */
export function patternOf(cp: number): string {
  return `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
