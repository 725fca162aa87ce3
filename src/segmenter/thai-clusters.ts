/**
 * Thai Character Clusters (TCC): the units a Thai word boundary may never cut. A dependent
 * vowel or tone mark belongs to the consonant before it, a leading vowel to the consonant after
 * it, and some vowels need a following letter (ั, ึ, ื, the ย of เ-ีย, the อ of เ-ือ). These rules
 * hold for misspelt text too, so an unknown word is never cut into impossible pieces.
 */

// Offsets inside the Thai block (code point - 0x0E00).
const SARA_A = 0x30; // ะ
const MAI_HAN_AKAT = 0x31; // ั
const SARA_UE = 0x36; // ึ
const SARA_UEE = 0x37; // ื
const SARA_II = 0x35; // ี
const THANTHAKHAT = 0x4c; // ์
const YO_YAK = 0x22; // ย
const O_ANG = 0x2d; // อ
const SARA_E = 0x40; // เ

const NO_START = new Uint8Array(128);
const LEADING = new Uint8Array(128);
const NEEDS_FOLLOWER = new Uint8Array(128);
const CONSONANT = new Uint8Array(128);
const TONE = new Uint8Array(128);
for (let c = SARA_A; c <= 0x3a; c++) NO_START[c] = 1; // ะ ั า ำ ิ ี ึ ื ุ ู ฺ
NO_START[0x45] = 1; // ๅ
for (let c = 0x47; c <= 0x4e; c++) NO_START[c] = 1; // ็ ่ ้ ๊ ๋ ์ ํ ๎
for (let c = 0x40; c <= 0x44; c++) LEADING[c] = 1; // เ แ โ ใ ไ
NEEDS_FOLLOWER[MAI_HAN_AKAT] = 1;
NEEDS_FOLLOWER[SARA_UE] = 1;
NEEDS_FOLLOWER[SARA_UEE] = 1;
for (let c = 0x01; c <= 0x2e; c++) CONSONANT[c] = 1;
for (let c = 0x48; c <= 0x4b; c++) TONE[c] = 1;

/** Thai vowels and marks that attach to the letter before them (ะ ั า ำ ิ ... ็ ่ ... ๎, ๅ): never a cluster's start. */
export function isThaiDependent(cp: number): boolean {
  return cp >= 0x0e00 && cp <= 0x0e7f && NO_START[cp - 0x0e00] === 1;
}

/**
 * Marks in `breakable[0 .. end-start]` whether a word boundary may fall before each position of
 * the Thai run `text[start, end)` (1 = allowed). Position 0 and end-start are always allowed.
 * `breakable` must hold at least end-start+1 entries.
 */
export function markClusterBoundaries(text: string, start: number, end: number, breakable: Uint8Array): void {
  const n = end - start;
  breakable[0] = 1;
  breakable[n] = 1;
  for (let i = 1; i < n; i++) breakable[i] = canBreakBefore(text, start, end, start + i) ? 1 : 0;
}

function at(text: string, i: number): number {
  return (text.charCodeAt(i) - 0x0e00) & 0x7f;
}

function canBreakBefore(text: string, start: number, end: number, i: number): boolean {
  const c = at(text, i);
  if (NO_START[c]) return false;
  const p = at(text, i - 1);
  if (LEADING[p]) return false;
  if (NEEDS_FOLLOWER[p]) return false;
  if (TONE[p] && i - 2 >= start && NEEDS_FOLLOWER[at(text, i - 2)]) return false;
  if (CONSONANT[c]) {
    // a silent consonant (กร์, ตร์, ธุ์) belongs to the letter before it
    if (i + 1 < end) {
      const n1 = at(text, i + 1);
      if (n1 === THANTHAKHAT) return false;
      if (i + 2 < end) {
        const n2 = at(text, i + 2);
        if (n2 === THANTHAKHAT && (CONSONANT[n1] || n1 === 0x34 || n1 === 0x38)) return false;
      }
    }
    if (c === YO_YAK || c === O_ANG) return !closesDiphthong(text, start, i, c === O_ANG ? SARA_UEE : SARA_II);
  }
  return true;
}

/** Whether the ย (or อ) at `i` closes a เ-ีย (or เ-ือ) begun before it. */
function closesDiphthong(text: string, start: number, i: number, vowel: number): boolean {
  let j = i - 1;
  if (TONE[at(text, j)]) j--;
  if (j < start + 2 || at(text, j) !== vowel) return false;
  j--; // the consonant carrying the vowel
  if (!CONSONANT[at(text, j)]) return false;
  if (at(text, j - 1) === SARA_E) return true;
  return j - 2 >= start && CONSONANT[at(text, j - 1)] === 1 && at(text, j - 2) === SARA_E;
}

let marks = new Uint8Array(256);

/**
 * Drops the cuts of another engine (ascending absolute indices inside the run `text[start, end)`,
 * the last `end`) that would fall inside a cluster, so every engine keeps clusters whole.
 */
export function keepClusterCuts(text: string, start: number, end: number, cuts: number[]): number[] {
  if (end - start + 1 > marks.length) marks = new Uint8Array(2 * (end - start + 1));
  markClusterBoundaries(text, start, end, marks);
  return cuts.filter((cut) => marks[cut - start] === 1);
}
