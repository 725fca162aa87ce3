/** How Thai writes the names of Latin letters when it spells out a short form (`บีซีจี` for BCG). */
const LETTER_NAMES: Record<string, readonly string[]> = {
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

/**
 * Where a Thai spelling of `acronym`'s letters starts if `text` spells it out just before
 * `end` (UTF-16 index), or -1. Dots and spaces between the letter names are allowed.
 */
export function transliterationStart(text: string, end: number, acronym: string): number {
  const letters = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  if (letters.length < 2 || letters.length !== acronym.replace(/[^A-Za-z]/g, '').length) return -1;
  return matchFrom(text, end, letters, letters.length - 1);
}

function matchFrom(text: string, end: number, letters: string, index: number): number {
  if (index < 0) return end;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ') && index < letters.length - 1) end--;
  for (const name of LETTER_NAMES[letters[index]]) {
    const start = end - name.length;
    if (start >= 0 && text.startsWith(name, start)) {
      const found = matchFrom(text, start, letters, index - 1);
      if (found >= 0) return found;
    }
  }
  return -1;
}
