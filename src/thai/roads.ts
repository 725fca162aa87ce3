/**
 * Roads Thai news names after `ถนน` or `ถ.` (a road): the highways that leave Bangkok, which
 * accidents and holiday traffic put in the news, and the Bangkok roads of protests, traffic and
 * business news, by their usual names. Written by hand from public knowledge (no corpus). The
 * entity model tags many roads, but misses one glued to the word after it (`ถนนมิตรภาพขาออก`) or
 * cuts a name that goes on (`ถนนราชดำเนิน|กลาง`). `พระราม` takes its number apart (see
 * headed-places.ts).
 */
export const ROAD_NAMES: readonly string[] = [
  // highways
  'พหลโยธิน',
  'มิตรภาพ',
  'เพชรเกษม',
  'สุขุมวิท',
  'บางนา-ตราด',
  'บางนาตราด',
  'กาญจนาภิเษก',
  'บรมราชชนนี',
  'ธนบุรี-ปากท่อ',
  'สายเอเชีย',
  'ศรีนครินทร์',
  'สุวินทวงศ์',
  'รังสิต-นครนายก',
  'ราชพฤกษ์',
  // Bangkok
  'ราชดำเนินกลาง',
  'ราชดำเนินนอก',
  'ราชดำเนินใน',
  'ราชดำเนิน',
  'วิภาวดีรังสิต',
  'รัชดาภิเษก',
  'ลาดพร้าว',
  'รามคำแหง',
  'รามอินทรา',
  'นวมินทร์',
  'ประชาชื่น',
  'งามวงศ์วาน',
  'แจ้งวัฒนะ',
  'ติวานนท์',
  'รัตนาธิเบศร์',
  'ประดิษฐ์มนูธรรม',
  'พัฒนาการ',
  'ร่มเกล้า',
  'ลาดกระบัง',
  'เพลินจิต',
  'ราชวิถี',
  'พญาไท',
  'ราชปรารภ',
  'สีลม',
  'สาทร',
  'เจริญกรุง',
  'เยาวราช',
  'บรรทัดทอง',
  'สามเสน',
  'ข้าวสาร',
  'อโศกมนตรี',
  'วิทยุ',
  'เพชรบุรีตัดใหม่',
  'จรัญสนิทวงศ์',
  'อรุณอมรินทร์',
  'ประชาอุทิศ',
  'เทพารักษ์',
  // other cities
  'ห้วยแก้ว',
  'นิมมานเหมินท์',
  'ช้างคลาน',
  'ท่าแพ',
  'เทพกระษัตรี',
];
