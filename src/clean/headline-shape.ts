/**
 * Whether a short line reads as a headline or as a sentence of the article. Thai headlines end
 * without a final particle and often with `?`, `!` or a quotation; sentences of news prose report
 * (`กล่าวว่า`, `เปิดเผยว่า`), start with a dateline (`วันนี้ (9 ธ.ค.)`, `เมื่อวันที่ ...`,
 * `ระยอง 13 ส.ค. –`) or a connective (`ทั้งนี้`, `ขณะที่`), or end with a particle of speech
 * (`ครับ`, `ค่ะ`, `นะ`). A line that reads as a sentence is never lifted into the title.
 */

import { FINAL_PARTICLES } from '../thai/final-particles.js';

const HEADLINE_END = /[?!？！]+\s*$|[”"’'»」]\s*$/;
const QUOTED = /[“”‘’"«»「」]/;
const FINAL_PARTICLE = new RegExp(`(?:${FINAL_PARTICLES.join('|')})\\s*[.!?…]*\\s*$`);
const REPORTING = /(?:กล่าวว่า|เปิดเผยว่า|ระบุว่า|เผยว่า|แถลงว่า|รายงานว่า|ยืนยันว่า|ชี้แจงว่า|ให้สัมภาษณ์|ได้รับแจ้ง|ให้ข้อมูลว่า|อธิบายว่า|โพสต์ข้อความว่า)/;
const DATELINE_START =
  /^(?:เมื่อ(?:วัน|เวลา|ช่วง|คืน)|วันนี้\s*\(|วานนี้\s*\(|วันที่\s*\d|\(\s*\d{1,2}\s*[ก-๙.]+|[ก-๙]+ฯ?\s*\d{1,2}\s*[ก-๙]+\.?[ก-๙]*\.?\s*[-–—]|[ก-๙]+ฯ?\s*[-–—]{2})/;
const CONNECTIVE_START = /^(?:ทั้งนี้|อย่างไรก็ตาม|ขณะที่|นอกจากนี้|ซึ่ง|และ|แต่|ส่วน|ด้าน|โดยที่|โดยมี|จากนั้น|ต่อมา|สำหรับ|ทว่า|อีกทั้ง|พร้อมกันนี้)/;

/** The line has the marks of a headline: it ends with `?` or `!`, or quotes someone. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  return HEADLINE_END.test(text) || QUOTED.test(text);
}

/** The line reads as a sentence of the article, not as its headline. */
export function readsAsSentence(line: string): boolean {
  const text = line.trim();
  return FINAL_PARTICLE.test(text) || REPORTING.test(text) || DATELINE_START.test(text) || CONNECTIVE_START.test(text);
}
