/**
 * Places Thai news names bare, with no head word (`จังหวัด`, `ประเทศ`) before them, that are no
 * province, district or country (those the gazetteer holds): resort towns news writes as places
 * of their own, and the territories and regions of foreign news's conflicts. Written by hand from
 * public knowledge of geography (no corpus). The entity model, which has seen few or none of
 * them, leaves them untagged (`เที่ยวพัทยา`, `ในฉนวนกาซา`).
 */
export const BARE_PLACE_NAMES: readonly string[] = [
  // Thai resort towns and beaches, which are no district's name
  'พัทยา',
  'หัวหิน',
  'ป่าตอง',
  // territories and regions of foreign news
  'ฉนวนกาซา',
  'เวสต์แบงก์',
  'ไครเมีย',
  'ดอนบาส',
  'แคชเมียร์',
  'ซินเจียง',
  'ทิเบต',
  'บาหลี',
  'มาเก๊า',
];

/**
 * Words after which a country's name is the place (`ในจีน`, `ของมาเลเซีย`, `ไปญี่ปุ่น`,
 * `นายกรัฐมนตรีมาเลเซีย`), as ThaiNER tags it after every one of them it has (`ใน` 25 times in 26,
 * `ของ` 25 in 25, `จาก` 15 in 15); not `ชาว` or `ภาษา`, after which it names a people or a tongue, nor
 * `รัฐบาล` (ThaiNER leaves `รัฐบาลไทย` untagged 3 times in 4).
 */
export const WORDS_BEFORE_A_COUNTRY: readonly string[] = ['ใน', 'ของ', 'จาก', 'ไป', 'กับ', 'สู่', 'เยือน', 'ทางการ', 'นายกรัฐมนตรี', 'ประธานาธิบดี', 'ผู้นำ'];

/** Countries' Thai names that are other words too: `เช็ก` (to check), `สวิส` (of a franc), `สยาม` (of a square and a mall). */
export const COUNTRY_NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['เช็ก', 'สวิส', 'สยาม']);

/**
 * Seas, straits, peninsulas and regions of foreign news, each with its head word in its name,
 * as ThaiNER tags `อ่าวไทย` and `ทะเลอันดามัน` and the continents. Written by hand from public
 * knowledge of geography (no corpus). The model, which has seen few of them, leaves them untagged
 * (`ตะวันออกกลาง`, `ทะเลแดง`) or tags a country inside them (`ทะเลจีน|ใต้`, `คาบสมุทร|เกาหลี`).
 */
export const SEA_AND_REGION_NAMES: readonly string[] = [
  'ตะวันออกกลาง',
  'ทะเลจีนใต้',
  'ทะเลจีนตะวันออก',
  'ทะเลแดง',
  'ทะเลดำ',
  'ทะเลเมดิเตอร์เรเนียน',
  'ทะเลบอลติก',
  'ทะเลแคริบเบียน',
  'อ่าวเปอร์เซีย',
  'อ่าวเบงกอล',
  'ช่องแคบไต้หวัน',
  'ช่องแคบฮอร์มุซ',
  'ช่องแคบมะละกา',
  'คาบสมุทรเกาหลี',
  'คาบสมุทรอาหรับ',
  'คาบสมุทรมลายู',
  'คาบสมุทรบอลข่าน',
  'มหาสมุทรแปซิฟิก',
  'มหาสมุทรอินเดีย',
  'มหาสมุทรแอตแลนติก',
];

/**
 * The short names news gives provinces, by the province's official name: the name cut short
 * with `ฯ` (ไปยาลน้อย, Thai's mark of a long name shortened: `อุบลฯ` for อุบลราชธานี) and the
 * names everyone knows a province by (`โคราช`, `แปดริ้ว`). Written by hand from public knowledge;
 * only forms that name one province and are no common word or given name (not `อุบล`, `ประจวบ`,
 * `นนท์`, `ปากน้ำ`). Bangkok's are the gazetteer's own.
 */
export const PROVINCE_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  นครราชสีมา: ['โคราช'],
  นครศรีธรรมราช: ['นครศรีฯ', 'เมืองคอน'],
  ฉะเชิงเทรา: ['แปดริ้ว'],
  พระนครศรีอยุธยา: ['อยุธยา', 'อยุธยาฯ'],
  อุบลราชธานี: ['อุบลฯ'],
  อุดรธานี: ['อุดรฯ'],
  สุพรรณบุรี: ['สุพรรณฯ'],
  นราธิวาส: ['นราฯ'],
  ประจวบคีรีขันธ์: ['ประจวบฯ'],
  สุราษฎร์ธานี: ['สุราษฎร์ฯ'],
  ปทุมธานี: ['ปทุมฯ'],
  อำนาจเจริญ: ['อำนาจฯ'],
  กาญจนบุรี: ['กาญจน์ฯ'],
  กำแพงเพชร: ['กำแพงฯ'],
  ปราจีนบุรี: ['ปราจีนฯ'],
  หนองบัวลำภู: ['หนองบัวฯ'],
};
