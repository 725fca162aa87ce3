import { ERA_ABBREVIATIONS } from '../thai/eras.js';
import { MONTH_SPELLINGS } from '../thai/months.js';
import { AffixTable, type Cue } from './affix-table.js';

/**
 * The word cues around a space. Weights add up with the other cues in `boundary-score.ts`
 * against a threshold of 2: one strong cue decides alone, a weak one needs support (a long
 * sentence so far, another cue). Weight 0 entries exist only to shadow a shorter cue that
 * they begin or end with.
 */

function cues(weight: number, words: string, strong = false): Cue[] {
  return words.split(' ').map((word) => (strong ? { word, weight, strong } : { word, weight }));
}

/** What the chunk after a space starts with. */
export const sentenceOpeners = new AffixTable([
  // Discourse connectives that open a new sentence in news prose.
  ...cues(2, 'ทั้งนี้ นอกจากนี้ นอกจากนั้น อย่างไรก็ตาม อย่างไรก็ดี ขณะเดียวกัน ในขณะเดียวกัน ต่อมา ล่าสุด ดังนั้น ด้วยเหตุนี้ เพราะฉะนั้น ฉะนั้น พร้อมกันนี้ จากนั้น หลังจากนั้น อนึ่ง ทว่า อีกด้านหนึ่ง'),
  // Topic shifters ("as for ...") and weaker connectives.
  ...cues(1.5, 'สำหรับ ส่วน ด้าน ที่สำคัญ ก่อนหน้านี้ ในส่วนของ อีกทั้ง'),
  // `โดย` before a time or place phrase reports a new event; before a verb it says how.
  ...cues(1.5, 'โดยใน โดยเมื่อ โดยล่าสุด'),
  ...cues(1, 'ขณะที่ ในขณะที่ โดย'),
  // Clause conjunctions: far more often inside a sentence than at its start.
  ...cues(0.5, 'ซึ่ง แต่ เพราะ เนื่องจาก จึง หาก ถ้า ทำให้ เมื่อ'),
  // Longer words that merely begin like an opener.
  ...cues(0, 'แต่ละ ส่วนใหญ่ ส่วนหนึ่ง ส่วนตัว ส่วนแบ่ง ด้านหน้า ด้านหลัง ด้านข้าง ด้านนอก ด้านใน ซึ่งกันและกัน'),
  // Continuations: list items, "especially", "including", nominalised list items.
  ...cues(-1, 'โดยเฉพาะ ส่วนร่วม รวมถึง รวมทั้ง ตลอดจน กล่าวคือ การ ความ หรือการ หรือความ ให้ จะ ได้ เป็น'),
  ...cues(-0.5, 'และการ และความ'),
  // Words that cannot start a Thai sentence: they attach to what precedes.
  ...cues(-2, 'ไม่ว่าจะเป็น เช่น อาทิ อาทิเช่น คือ ก็ ที่ ของ กับ แก่ ด้วย'),
  ...cues(-3, 'เป็นต้น ต่างๆ ได้แก่ ว่า ที่ผ่านมา ครับ ค่ะ คะ นะ จ้ะ จ้า'),
]);

/** What the chunk before a space ends with. */
export const sentenceEnders = new AffixTable([
  // Sentence-final particles.
  ...cues(2, 'ครับ ค่ะ คะ จ้ะ จ้า จ๊ะ ขอรับ', true),
  ...cues(1.5, 'เถอะ ไหม มั้ย เหรอ หรอ หรือเปล่า', true),
  ...cues(2, 'เป็นต้น ฯลฯ นั่นเอง'),
  ...cues(1, 'นะ เลย ล่ะ หรอก ต่อไป เช่นกัน'),
  // Words that close a verb phrase: a boundary after a long sentence, rarely before that.
  ...cues(0.5, 'ได้ กัน ด้วย เท่านั้น'),
  // `แล้ว` also closes a fronted clause (นอกจาก ... แล้ว, เมื่อ ... แล้ว) inside a sentence.
  ...cues(0.5, 'แล้ว หรือไม่'),
  // Words that merely end like a particle.
  ...cues(0, 'ที่แล้ว ชนะ ฐานะ ละเลย เฉลย ผ้าไหม กว่า พื้นที่ หน้าที่ เจ้าหน้าที่ สถานที่ สิ่งของ เจ้าของ ข้าวของ'),
  // Words that leave the sentence unfinished: conjunctions, prepositions, titles.
  ...cues(-2, 'เรื่อง จำนวน ประมาณ ราว สู่ ไปยัง เป็น ระหว่าง'),
  ...cues(-3, 'ว่า ที่ ของ และ หรือ กับ ใน ณ โดย ซึ่ง จาก เพื่อ ให้ คือ ได้แก่ แก่ แต่ นาย นาง นางสาว เช่น อาทิ วันที่ เมื่อ หาก ถ้า ตั้งแต่ เป็นต้นมา จะ ก็'),
]);

/**
 * Words that begin an introductory phrase (time, place, topic): the first space after such a
 * phrase separates it from its clause, it does not end a sentence.
 */
export const introductoryWords = new AffixTable(cues(1, 'ใน เมื่อ ตั้งแต่ นับตั้งแต่ หลังจาก ภายหลัง ก่อนที่ ตาม จาก'));

/** Abbreviations written with a full stop in English text (lower case, without the stop). */
export const latinAbbreviations: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof sr jr st no nos vs inc ltd co corp dept gov gen col lt sgt capt fig vol approx est jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e'.split(
    ' ',
  ),
);

/**
 * Thai month names, full, dotted and short (`มีนาคม`, `มี.ค.`, `มีนา`): a date written with
 * spaces (`1 มีนาคม 2562`) must not be cut between its day, month and year.
 */
export const monthNames = new AffixTable(MONTH_SPELLINGS.map((word) => ({ word, weight: 0 })));

/** Era markers written before a year (`พ.ศ. 2562`). */
export const eraMarkers = new AffixTable(ERA_ABBREVIATIONS.map((word) => ({ word, weight: 0 })));

/**
 * How a time phrase ends (`... 2567 ที่ผ่านมา`, `เมื่อวันนี้`): a sentence that opened with an
 * introductory word and has reached only such an end is still its fronted adverbial.
 */
export const timePhraseEnds = new AffixTable(cues(0, 'ที่ผ่านมา ที่แล้ว นี้ น. นาฬิกา'));
