/**
 * The words Thai writes a time with when it writes no number: parts of the day (`ช่วงเช้า`,
 * `เที่ยงคืน`, `ค่ำ`), the clock's words (`โมง`, `ทุ่ม`, `ตี`), the present (`ขณะนี้`, `ปัจจุบัน`) and
 * the units of time ThaiNER's times take (`สัปดาห์นี้`, `ปีหน้า`). Written from the language, checked
 * against every TIME of ThaiNER dev that holds no digit: each holds one of them, a number word or
 * a month's name.
 */
export const TIME_WORDS: readonly string[] = [
  'ขณะ',
  'ตอน',
  'ช่วง',
  'ปัจจุบัน',
  'ยาม',
  'เช้า',
  'สาย',
  'เที่ยง',
  'บ่าย',
  'เย็น',
  'ค่ำ',
  'คืน',
  'ดึก',
  'รุ่ง',
  'โมง',
  'ทุ่ม',
  'ตี',
  'วินาที',
  'นาที',
  'ชั่วโมง',
  'วัน',
  'สัปดาห์',
  'เดือน',
  'ปี',
];
