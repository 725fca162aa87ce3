/**
 * Words for a kind of business rather than a body (small and medium enterprises, start-ups), in
 * Thai and English and with `ไทย` (Thailand's): ThaiNER tags none of them (`ธปท.แนะเอสเอ็มอีปรับตัว`,
 * `ผู้ประกอบการ Startup และ SMEs`), only a body named with one (`เอสเอ็มอีแบงก์`).
 */
export const BUSINESS_KINDS: readonly string[] = [
  'เอสเอ็มอี',
  'เอสเอ็มอีไทย',
  'SME',
  'SMEs',
  'สตาร์ทอัพ',
  'สตาร์ตอัพ',
  'สตาร์ทอัพไทย',
  'สตาร์ตอัพไทย',
  'Startup',
  'Startups',
];
