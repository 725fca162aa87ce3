/** How Thai writes the names of Latin letters when it spells out a short form (`บีซีจี` for BCG, `จีพี` of โมโต จีพี). */
export const LATIN_LETTER_NAMES: Readonly<Record<string, readonly string[]>> = {
  A: ['เอ'],
  B: ['บี'],
  C: ['ซี'],
  D: ['ดี'],
  E: ['อี'],
  F: ['เอฟ'],
  G: ['จี'],
  H: ['เอช', 'เฮช'],
  I: ['ไอ'],
  J: ['เจ'],
  K: ['เค'],
  L: ['แอล', 'เอล'],
  M: ['เอ็ม', 'เอม'],
  N: ['เอ็น', 'เอน'],
  O: ['โอ'],
  P: ['พี'],
  Q: ['คิว'],
  R: ['อาร์', 'อา'],
  S: ['เอส'],
  T: ['ที'],
  U: ['ยู'],
  V: ['วี'],
  W: ['ดับเบิลยู', 'ดับบลิว', 'ดับเบิ้ลยู'],
  X: ['เอ็กซ์', 'เอกซ์'],
  Y: ['วาย'],
  Z: ['แซด', 'ซี'],
};

const NAME_ALTERNATION = [...new Set(Object.values(LATIN_LETTER_NAMES).flat())].sort((a, b) => b.length - a.length).join('|');
const SPELLED = new RegExp(`^(?:${NAME_ALTERNATION}){2,}$`, 'u');
const LETTER_AT_END = new RegExp(`(?:${NAME_ALTERNATION})$`, 'u');

/** Whether `word` is two or more Latin letters spelt out (`จีพี`, `บีซีจี`): a short form, not a name. */
export function spellsLatinLetters(word: string): boolean {
  return SPELLED.test(word);
}

const LETTERS = new RegExp(`^(?:${NAME_ALTERNATION})+$`, 'u');

/** Whether `word` is Latin letters spelt out, one or more (`ซี` of `บิ๊กซี`, Big C). */
export function namesLatinLetters(word: string): boolean {
  return LETTERS.test(word);
}

/** `word` without the name of a Latin letter it ends with (`ยา` of `ยาอี`, `วิตามิน` of `วิตามินซี`), or null. */
export function beforeLatinLetterName(word: string): string | null {
  const letter = LETTER_AT_END.exec(word);
  return letter && letter.index > 0 ? word.slice(0, letter.index) : null;
}

/** Longest readings tried per word: a short form of more letters is no short form. */
const MAX_READINGS = 8;

/**
 * The Latin letters a word of spelt-out letter names stands for (`บีโอไอ` → `BOI`), every reading
 * where a name has two letters (`ซี`: C or Z); none when `word` is not such a spelling.
 */
export function latinLettersOf(word: string): string[] {
  if (!spellsLatinLetters(word)) return [];
  const readings: string[] = [];
  const read = (at: number, letters: string): void => {
    if (readings.length >= MAX_READINGS) return;
    if (at === word.length) {
      readings.push(letters);
      return;
    }
    for (const [letter, names] of Object.entries(LATIN_LETTER_NAMES)) {
      for (const name of names) if (word.startsWith(name, at)) read(at + name.length, letters + letter);
    }
  };
  read(0, '');
  // In alphabetical order, so C comes before Z where ซี reads both ways.
  return [...new Set(readings)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
}
