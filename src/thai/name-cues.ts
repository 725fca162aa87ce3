/**
 * Words that announce an entity in Thai news text. ThaiNER keeps them inside the entity
 * (`นายสมชาย`, `จ.น่าน`, `บริษัท ...`), so they are features of the entity's first unit.
 */

/** Academic ranks, in full and short (`ศาสตราจารย์`, `รศ.`): titles (TITLES) that open a name. */
export const ACADEMIC_RANKS: readonly string[] = ['ศ.', 'รศ.', 'ผศ.', 'ศาสตราจารย์', 'รองศาสตราจารย์', 'ผู้ช่วยศาสตราจารย์'];

/** Personal titles, ranks and honorifics. */
export const TITLES: readonly string[] = [
  'นาย',
  'นาง',
  'นางสาว',
  'น.ส.',
  'ด.ช.',
  'ด.ญ.',
  'เด็กชาย',
  'เด็กหญิง',
  'คุณ',
  'หม่อม',
  'ม.ร.ว.',
  'ม.ล.',
  'ม.จ.',
  'ดร.',
  'นพ.',
  'พญ.',
  'น.พ.',
  'ทพ.',
  'ภก.',
  ...ACADEMIC_RANKS,
  'พล.อ.',
  'พล.ท.',
  'พล.ต.',
  'พ.อ.',
  'พ.ท.',
  'พ.ต.',
  'ร.อ.',
  'ร.ท.',
  'ร.ต.',
  'จ.ส.อ.',
  'ส.อ.',
  'พลทหาร',
  'พล.ร.อ.',
  'พล.ร.ท.',
  'พล.ร.ต.',
  'น.อ.',
  'น.ท.',
  'น.ต.',
  'พล.อ.อ.',
  'พล.อ.ท.',
  'พล.อ.ต.',
  'พล.ต.อ.',
  'พล.ต.ท.',
  'พล.ต.ต.',
  'พ.ต.อ.',
  'พ.ต.ท.',
  'พ.ต.ต.',
  'ร.ต.อ.',
  'ร.ต.ท.',
  'ร.ต.ต.',
  'ด.ต.',
  'จ.ส.ต.',
  'ส.ต.อ.',
  'ส.ต.ต.',
  'พลเอก',
  'พลโท',
  'พลตรี',
  'พันเอก',
  'พันโท',
  'พันตรี',
  'ร้อยเอก',
  'ร้อยโท',
  'ร้อยตรี',
  'พลตำรวจเอก',
  'พลตำรวจโท',
  'พลตำรวจตรี',
  'พระ',
  'พระครู',
  'พระอาจารย์',
  'หลวงพ่อ',
  'หลวงปู่',
  'สมเด็จ',
  'ท่าน',
  'ฯพณฯ',
  'มิสเตอร์',
  'มิส',
  'มาดาม',
  'เซอร์',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Prof.',
];

/** The everyday titles of a person's name (of TITLES), which open no body's or place's name. */
export const EVERYDAY_TITLES: readonly string[] = ['นาย', 'นาง', 'นางสาว', 'น.ส.', 'ดร.', 'นพ.', 'พญ.'];

/**
 * Informal titles, kinship words and roles that ThaiNER keeps in front of a nickname or a first
 * name (`น้องก้อง`, `เสี่ยแหลม`, `บิ๊กตู่`, `จ่านิว`, `โค้ชโต่ย`). Common nouns as well, so a
 * feature of their own, weighed apart from the formal titles.
 */
export const INFORMAL_TITLES: readonly string[] = [
  'น้อง',
  'พี่',
  'เสี่ย',
  'เจ๊',
  'เฮีย',
  'ซ้อ',
  'บิ๊ก',
  'จ่า',
  'ผู้กอง',
  'สารวัตร',
  'โค้ช',
  'ครู',
  'หมอ',
  'ลุง',
  'ป้า',
  'น้า',
  'ยาย',
  'ตา',
  'แม่',
  'พ่อ',
  'อาจารย์',
  'กำนัน',
  'ผู้ใหญ่',
  'คุณหญิง',
  'คุณนาย',
  'ท่านผู้หญิง',
  'หม่อมราชวงศ์',
  'หม่อมหลวง',
  'หม่อมเจ้า',
  'ว่าที่',
  'ส.ส.',
  'ส.ว.',
];

/**
 * Words that join two people in news (`<person> ควง <person>`, `<person> กับ <person>`,
 * `<person> ชนะ <person>`): written as a chunk of their own between two names, they are never
 * part of one.
 */
export const PERSON_LINKS: readonly string[] = [
  'ควง',
  'กับ',
  'และ',
  'พบ',
  'พบกับ',
  'เจอ',
  'เจอกับ',
  'ชนะ',
  'เอาชนะ',
  'แพ้',
  'แพ้ให้',
  'ปะทะ',
  'ดวล',
  'พร้อม',
  'พร้อมด้วย',
  'ร่วมกับ',
  'คู่กับ',
  'หรือ',
  'vs',
  'vs.',
];

/**
 * Words news writes a name glued onto (`โดยลิโอเนล เมสซี่`, `ระหว่างก้องฟ้า ส.สมพงษ์`): a name may
 * start right after one where no space comes between.
 */
export const WORDS_GLUED_BEFORE_A_NAME: readonly string[] = ['ระหว่าง', 'กับ', 'และ', 'พบ', 'ชนะ', 'แพ้', 'เจอ', 'ของ', 'ที่', 'ให้', 'โดย', 'คือ', 'ว่า'];

/**
 * Words sport news names a club's coach by, without a title, before a person's name (`กุนซือ
 * Pep Guardiola`) or glued to a club's (`เฮดโค้ช|ศรีสะเกษ ซิตี้`).
 */
export const COACH_WORDS: readonly string[] = ['กุนซือ', 'เฮดโค้ช'];

/**
 * Players' positions (`กองหน้า`, forward), which sport news writes before a player's name
 * (`กองหน้า Erling Haaland`) and a club's (`กองหน้าแมนเชสเตอร์ ซิตี้`).
 */
export const PLAYER_POSITION_WORDS: readonly string[] = ['กัปตันทีม', 'กองหน้า', 'กองกลาง', 'กองหลัง', 'ผู้รักษาประตู', 'นายทวาร', 'ปีกซ้าย', 'ปีกขวา', 'แบ็กซ้าย', 'แบ็กขวา'];

/**
 * Words news writes right before a person's name to say what the person is (`พระเอกหนุ่ม …`,
 * `ผู้กำกับ…`, `แร็ปเปอร์สาว …`, `ประธานาธิบดี…`): entertainment, sport and foreign news name
 * people without a title, after one of these, glued to it or after a space. None of them is
 * part of the name, as ThaiNER draws it (`ประธานาธิบดี` and `นายกรัฐมนตรี` stand outside the
 * PERSON three times in four), and none opens a Thai name.
 */
export const PERSON_KINDS: readonly string[] = [
  'พระเอก',
  'นางเอก',
  'นักร้อง',
  'นักร้องนำ',
  'นักแสดง',
  'ศิลปิน',
  'แร็ปเปอร์',
  'ผู้กำกับ',
  'พิธีกร',
  'นางแบบ',
  'นายแบบ',
  'นางงาม',
  'ไอดอล',
  'ยูทูบเบอร์',
  'นักเตะ',
  'นักมวย',
  'นักชก',
  'นักกีฬา',
  'นักเทนนิส',
  'นักแบดมินตัน',
  'นักกอล์ฟ',
  'นักวอลเลย์บอล',
  'นักฟุตบอล',
  // sport news names coaches and players by these without a title (`กุนซือ Pep Guardiola`,
  // `ดาวยิง Kylian Mbappe`); not โค้ช, an informal title inside a nickname (`โค้ชเบียร์`)
  ...COACH_WORDS,
  'ดาวยิง',
  'ดาวเตะ',
  'นักวิ่ง',
  'นักว่ายน้ำ',
  'นักปั่น',
  'นักตบ',
  'ประธานาธิบดี',
  'นายกรัฐมนตรี',
  'นายกฯ',
];

/**
 * Common nouns that open with a title (`นาย`, `นาง`): employer, broker, registrar, nurse, gate
 * porter. No name opens with one standing as a word. Not the kinds above (`นางเอก`, `นายแบบ`), which
 * stand before names and are cut off them instead, nor officers' ranks (`นายพัน`, `นายพล`), which
 * open names as well (`นายพันศักดิ์`, `นายพลากร`).
 */
export const TITLED_COMMON_NOUNS: readonly string[] = [
  'นายจ้าง',
  'นายหน้า',
  'นายทุน',
  'นายทะเบียน',
  'นายด่าน',
  'นายประกัน',
  'นายช่าง',
  'นายพราน',
  'นายเรือ',
  'นายท้าย',
  'นายทหาร',
  'นายตำรวจ',
  'นายงาน',
  'นายห้าง',
  'นายบ่อน',
  'นายท่า',
  'นายสถานี',
  'นายตรวจ',
  'นายประตู',
  'นางพยาบาล',
  'นางฟ้า',
  'นางกำนัล',
  'นางสนม',
  'นางรำ',
  'นางร้าย',
];

/** What news adds to a kind before the name (`นักร้องลูกทุ่งสาว`, `พระเอกหนุ่ม`, `นักเตะดาวรุ่ง`). */
export const KIND_WORDS_AFTER = ['สาว', 'หนุ่ม', 'ดัง', 'ชื่อดัง', 'คนดัง', 'ลูกทุ่ง', 'ดาวรุ่ง', 'ตัวเก่ง', 'รุ่นใหญ่', 'รุ่นเก๋า', 'สาวสวย', 'หนุ่มหล่อ', 'ใหญ่', 'มากฝีมือ'];

/**
 * A chunk that says who someone is, set apart before the name (`เธอคือ บุญมี ศรีสุข`, `เขาคือ
 * ธนพล ใจงาม`, `ซึ่งก็คือ …`, `ได้แก่ …`): a pronoun or a relative word and `คือ`, or `คือ` or
 * `ได้แก่` alone. Features and profiles introduce people so; no name is one of these.
 */
export const PERSON_INTRODUCERS: readonly string[] = ['คือ', 'ก็คือ', 'ได้แก่', 'เธอคือ', 'เขาคือ', 'ท่านคือ', 'หล่อนคือ', 'นั่นคือ', 'นั่นก็คือ', 'ซึ่งคือ', 'ซึ่งก็คือ'];

/**
 * Words news glues a name onto that no Thai name opens with (`ล่าสุด|วชิรวิทย์`, `น็อก|ฮวน การ์เซีย`,
 * `ด้าน|ภาคภูมิ`): prepositions, conjunctions, sentence openers and the verbs of a contest.
 */
export const WORDS_NO_NAME_OPENS_WITH: readonly string[] = [
  'ล่าสุด',
  'ด้าน',
  'ระหว่าง',
  'กับ',
  'และ',
  'ของ',
  'ที่',
  'ให้',
  'โดย',
  'คือ',
  'ว่า',
  'จาก',
  'แก่',
  'ส่วน',
  'ซึ่ง',
  'ทั้ง',
  'หรือ',
  'เมื่อ',
  'หลัง',
  'ขณะที่',
  'แต่',
  'นำโดย',
  'ควง',
  'น็อก',
  'น็อค',
  'เอาชนะ',
  'ปะทะ',
  'ดวล',
  'ร่วมกับ',
  'คู่กับ',
  'ทำให้',
  'ส่งผลให้',
];

/**
 * Adverbs of time and of discourse that open a sentence as a chunk of their own (`เมื่อวานนี้ ไมเคิล
 * …`, `ทั้งนี้ …`): the model, reading a chunk before a given name as a name's first, takes them
 * into the person; no name is one of them.
 */
export const SENTENCE_OPENING_ADVERBS: readonly string[] = [
  'เมื่อวานนี้',
  'เมื่อวาน',
  'วันนี้',
  'ล่าสุดนี้',
  'ต่อมา',
  'จากนั้น',
  'ก่อนหน้านี้',
  'ขณะเดียวกัน',
  'ในขณะเดียวกัน',
  'ทั้งนี้',
  'นอกจากนี้',
  'อย่างไรก็ตาม',
  'ดังนั้น',
  'ทว่า',
];

/**
 * The grades a military or police rank ends with when it is spelled out (`พลอากาศเอก`,
 * `นาวาอากาศโท`, `พันตำรวจตรี`, `สิบตำรวจจัตวา`): a title, though the segmenter cuts it into
 * common words (`พล|อากาศ|เอก`), and TITLES lists only the most frequent ranks.
 */
export const RANK_GRADES: readonly string[] = ['เอก', 'โท', 'ตรี', 'จัตวา'];

/**
 * Verbs of playing for a club or moving to one (`ย้ายไปเล่นให้|คาวาซากิ ฟรอนตาเล่`, `ค้าแข้งกับ`,
 * `ย้ายซบ`): what follows them is a club, never a person; a city's name there is its club's.
 */
export const CLUB_JOINING_VERBS: readonly string[] = ['เล่นให้', 'เล่นให้กับ', 'ค้าแข้งให้', 'ค้าแข้งให้กับ', 'ค้าแข้งกับ', 'ย้ายซบ', 'ย้ายไปซบ', 'ย้ายไปร่วมทีม'];

/**
 * Words sport news glues a club's name onto (`บุกไปแพ้|อุดร ซิตี้`, `เฮดโค้ช|ศรีสะเกษ ซิตี้`,
 * `แฟนบอล|ลำปาง เอฟซี`), besides those no name opens with: a contest's verbs, the team's people.
 */
export const WORDS_GLUED_BEFORE_A_CLUB: readonly string[] = [
  'พา',
  'บุก',
  'ไป',
  'เยือน',
  'ถล่ม',
  'เฉือน',
  'เปิดบ้าน',
  'เปิดรัง',
  'ต้อนรับ',
  'เสมอ',
  'พ่าย',
  'แฟนบอล',
  ...COACH_WORDS,
  'โค้ช',
];

/**
 * How a king's, a queen's, a prince's or the supreme patriarch's name opens
 * (`พระบาทสมเด็จพระเจ้าอยู่หัว`, `สมเด็จพระนางเจ้า…`, `สมเด็จพระสังฆราช`, `ในหลวง`): such names carry
 * no surname, so a chunk after one is no part of it when it says what was done.
 */
export const ROYAL_NAME_OPENINGS: readonly string[] = ['พระบาทสมเด็จ', 'สมเด็จพระ', 'ในหลวง'];

/** Personal pronouns, which name no one: ThaiNER tags none of them. */
export const PERSONAL_PRONOUNS: readonly string[] = ['เขา', 'เธอ', 'ท่าน', 'ผม', 'กระผม', 'ดิฉัน', 'ฉัน', 'เรา', 'พวกเขา', 'พวกเรา', 'หล่อน', 'มัน'];

/**
 * Words that open what a royal does, in the royal register or the plain one (`ทรงพระกรุณา…`,
 * `เสด็จ…`, `มีพระราชดำรัส`, `พระราชทาน…`, `มาทอดพระเนตร`, `ไปทรงเปิด`, `ให้…`, `นำ…`):
 * no chunk of a royal name opens with one.
 */
export const ROYAL_ACTS: readonly string[] = ['ทรง', 'เสด็จ', 'มีพระ', 'พระราชทาน', 'มา', 'ไป', 'ให้', 'นำ', 'ได้'];

/**
 * Verbs of saying that follow a speaker's name (`นายสมชาย กล่าวว่า`, `…ชี้แจงว่า`); the modules
 * that read them add their own (`เผย`, `เล่า`, `ย้ำ`).
 */
export const VERBS_OF_SAYING: readonly string[] = ['กล่าว', 'เปิดเผย', 'ระบุ', 'บอก', 'ชี้แจง', 'ยืนยัน', 'ให้สัมภาษณ์', 'แถลง'];

/**
 * Verbs news glues right after a body's name, above all a club's (`การท่าเรือบุกไปเยือน…`,
 * `…เก็บชัย`, `…มีลุ้น`) and an agency's (`…แถลงว่า`): a body's name that the document gives
 * alone elsewhere never goes on into one of them.
 */
export const VERBS_GLUED_AFTER_A_BODY: readonly string[] = [
  ...VERBS_OF_SAYING,
  'บุก',
  'เก็บ',
  'มี',
  'ได้',
  'จะ',
  'ก็',
  'ยัง',
  'ไม่',
  'เปิด',
  'ประกาศ',
  'เตรียม',
  'คว้า',
  'ยิง',
  'เฉือน',
  'ถล่ม',
  'พ่าย',
  'แพ้',
  'ชนะ',
  'เสมอ',
  'รั้ง',
];

/**
 * Words that often follow a bare name (`นายสมชาย กล่าวว่า`, `นายสมชาย อายุ 45 ปี`): the chunk
 * after a titled given name is its surname unless it opens with one of them.
 */
export const AFTER_A_NAME: readonly string[] = [
  ...VERBS_OF_SAYING,
  'อายุ',
  'อดีต',
  'ผู้',
  'รอง',
  'ประธาน',
  'รัฐมนตรี',
  'นายก',
  'เลขาธิการ',
  'อธิบดี',
  'โฆษก',
  'หัวหน้า',
  'ได้',
  'จะ',
  'ก็',
  'ไม่',
  'เป็น',
  'และ',
  'กับ',
  'ซึ่ง',
  'ที่',
  'ว่า',
  'เมื่อ',
  'เพื่อ',
  'ใน',
  'จาก',
];

/**
 * Verbs and words that open what is said of a person named without a title, above all in sport
 * and entertainment news (`เนย์มาร์ ยิงประตู`, `เทย์เลอร์ ขึ้นเวที`): the chunk after a foreign
 * given name is no surname when it opens with one of them. Not `ชนะ`, which opens Thai surnames.
 */
export const VERBS_AFTER_A_NAME: readonly string[] = [
  'ยิง',
  // sport pages' verbs of a goal and of a table: shoots, heads, passes, drops
  'ซัด',
  'โขก',
  'จ่าย',
  'หล่น',
  'ทำ',
  'คว้า',
  'เอาชนะ',
  'พ่าย',
  'แพ้',
  'เสมอ',
  'เผย',
  'ลง',
  'ออก',
  'เข้า',
  'ย้าย',
  'ร่วม',
  'เซ็น',
  'ต่อ',
  'ยัง',
  'คือ',
  'ของ',
  'ให้',
  'โดย',
  'หรือ',
  'แต่',
  'กอง',
  'ชาว',
  'โค้ช',
  'ตำแหน่ง',
  'เตรียม',
  'เคย',
  'ถูก',
  'โดน',
  'พา',
  'นำ',
  'ขึ้น',
  'รับ',
  'มี',
  'มา',
  'ไป',
  'อยู่',
  'เล่น',
  'ส่ง',
  'จบ',
  'ครอง',
  'สร้าง',
  'เปิด',
  'ปิด',
  'โพสต์',
  'ตอบ',
  'ปฏิเสธ',
  'ประกาศ',
  'เดินทาง',
  'บาดเจ็บ',
  'หลัง',
  'ก่อน',
  'พร้อม',
  'ด้วย',
  'ทั้ง',
  'นั้น',
  'นี้',
  'เอง',
  'ยอมรับ',
  'ลาออก',
  'ครั้ง',
  'วัย',
];

/**
 * Positions and roles that follow a surname, in some sources glued to it with their dots dropped
 * (`<surname>ผกก`, `<surname>แกนนำ`): Thai letters running on after a surname are not part of it
 * when they open with one of these.
 */
export const ROLES_AFTER_A_NAME: readonly string[] = [
  'ผกก',
  'ผบก',
  'ผบช',
  'ผบ',
  'ผอ',
  'ผวจ',
  'รมว',
  'รมช',
  'รมต',
  'ปลัด',
  'แกนนำ',
  'นัก',
  'ทนาย',
  'ตัวแทน',
  'ที่ปรึกษา',
  'กรรมการ',
  'สมาชิก',
  'เจ้าของ',
  'เจ้าหน้าที่',
  'นายอำเภอ',
  'กำนัน',
  'ผู้',
  'อดีต',
  'ประธาน',
  'รอง',
];

/**
 * What follows an everyday title in words that are no name (`นายแพทย์`, a doctor's title that
 * follows a rank; `นายกรัฐมนตรี`, `นายอำเภอ`, `นายทหาร`, `นายจ้าง`: posts and kinds of people).
 */
export const AFTER_A_TITLE_IN_WORDS: readonly string[] = [
  'แพทย์',
  'สัตวแพทย์',
  'กรัฐมนตรี',
  'กฯ',
  'กเทศมนตรี',
  'กสมาคม',
  'กองค์การ',
  'อำเภอ',
  'ทหาร',
  'ตำรวจ',
  'พล',
  'ดาบ',
  'ร้อย',
  'สิบ',
  'หน้า',
  'จ้าง',
  'ทุน',
  'ช่าง',
  'ประกัน',
];

/**
 * A diplomat's post written a space after the name (`นายธานี ทองภักดี เอกอัครราชทูต…`), which
 * the model runs the name on into (19 times in 3,000 government articles) and ThaiNER never
 * keeps in a PERSON: a name's last chunk that opens with one is no surname.
 */
export const DIPLOMATIC_POSTS: readonly string[] = ['เอกอัครราชทูต', 'อัครราชทูต', 'กงสุลใหญ่', 'ผู้ช่วยทูต'];

/**
 * The informal titles a quoted nickname opens with (`“โค้ชเบียร์”`, `“บิ๊กป้อม”`, and crime news's
 * `“ไอ้ต้น”`). Not `น้อง` and
 * `พี่`, which ThaiNER leaves out of the name (`น้องเต้` is the PERSON `เต้`) and which quoted
 * slogans open (`“พี่ช่วยน้อง”`).
 */
export const NICKNAME_TITLES: readonly string[] = ['บิ๊ก', 'โค้ช', 'เสี่ย', 'เจ๊', 'เฮีย', 'ซ้อ', 'จ่า', 'ผู้กอง', 'ลุง', 'ป้า', 'น้า', 'ไอ้'];

/**
 * Positions written as consonants alone (`ผกก.`, `รมว.`), dots dropped in some sources: no surname
 * holds one, so one glued inside the chunk after a name ends the surname there (`เพชรชุมชนผกก`).
 */
export const DOTLESS_POSITIONS: readonly string[] = ['ผกก', 'ผบก', 'ผบช', 'ผวจ', 'รมว', 'รมช', 'รมต'];

/** Short forms written with full stops that open the name of a place or a body (`ร.พ.`, `ร.ร.`, `สภ.อ.`). */
export const NAME_ABBREVIATIONS: readonly string[] = ['ร.พ.', 'ร.ร.', 'ร.ร.ช.', 'ส.ส.', 'ส.ว.', 'อ.บ.ต.', 'สภ.อ.', 'สภ.ต.', 'จ.', 'อ.', 'ต.'];

/** Heads that open a company's name (`บริษัท`, and short `บจก.`, `บมจ.`, `หจก.`), never a person's. */
export const COMPANY_HEADS: readonly string[] = ['บริษัท', 'บจก.', 'บมจ.', 'หจก.'];

/**
 * `เดอะ`, Thai's reading of English "the", which opens names of hotels, malls, bands and companies
 * (`โรงแรมเดอะ เบอร์เคลีย์`, `เดอะมอลล์`, `วงเดอะ ทอยส์`): it ends no name and opens no person's.
 */
export const THE_IN_THAI = 'เดอะ';

/** Heads that open a building's or a room's name (a hotel, a mall, a meeting room, a ballroom), never a person's. */
export const VENUE_HEADS: readonly string[] = ['โรงแรม', 'ศูนย์การค้า', 'ห้างสรรพสินค้า', 'ห้องประชุม', 'บอลรูม'];

/** Words that head organisation names. */
export const ORGANIZATION_HEADS: readonly string[] = [
  ...COMPANY_HEADS,
  'ห้างหุ้นส่วน',
  'ธนาคาร',
  'มหาวิทยาลัย',
  'ม.',
  'สถาบัน',
  'วิทยาลัย',
  'โรงเรียน',
  'ร.ร.',
  'กระทรวง',
  'ก.',
  'กรม',
  'สำนักงาน',
  'สำนัก',
  'สนง.',
  'กอง',
  'กองทัพ',
  'กองบัญชาการ',
  'คณะ',
  'คณะกรรมการ',
  'องค์การ',
  'องค์กร',
  'สมาคม',
  'มูลนิธิ',
  'ชมรม',
  'สหภาพ',
  'สหกรณ์',
  'พรรค',
  'ศาล',
  'สภา',
  'การไฟฟ้า',
  'การประปา',
  'การรถไฟ',
  'การท่าเรือ',
  'สถานี',
  'สถานีตำรวจ',
  'สภ.',
  'สน.',
  'ศูนย์',
  'เทศบาล',
  'อบต.',
  'อบจ.',
  'ตลาดหลักทรัพย์',
  'กลุ่ม',
  'เครือข่าย',
  'สมาพันธ์',
];

/**
 * Words saying what kind of business or group a name is (`ค่ายรถยนต์`, `สตาร์ทอัพ`, `เกิร์ลกรุ๊ป`),
 * which ThaiNER leaves out of the name after them (`เกิร์ลกรุ๊ป BNK48`, `ค่ายแกรมมี่`), unlike
 * the heads above (`บริษัท`, `ธนาคาร`), which it keeps in. ThaiNER keeps `วง` in its three band
 * names (`หัวหน้าวง BNK48`, `วงดราก้อนไฟว์`); the genre sets leave it out, and keeping it cost a
 * name on the blind one, so it is a kind here. `สโมสร` (club) says what a Latin-script club's name
 * is (`สโมสรKawasaki Frontale`); not `ทีม` (team), which government news writes before the names of
 * working teams and contest entries (`ทีม One Home`, `ทีม Xentrack`) as often as sport news before
 * clubs, and ThaiNER keeps in a club's name (`ทีมแมนฯซิตี้`).
 */
export const ORGANIZATION_KINDS: readonly string[] = [
  'ค่าย',
  'แบรนด์',
  'สตาร์ทอัพ',
  'สตาร์ตอัพ',
  'บอยแบนด์',
  'บอยกรุ๊ป',
  'เกิร์ลกรุ๊ป',
  'เกิร์ลแบนด์',
  'วง',
  'ผู้ผลิต',
  'ยักษ์ใหญ่',
  'สายการบิน',
  'สโมสร',
];

/**
 * The kind of business `ค่าย` (camp) stands for, written right after it: a record label
 * (`ค่ายเพลง`), a carmaker (`ค่ายรถยนต์`), a film studio, a boxing camp, a drug maker. Both words
 * stay outside the business's name (`ค่ายรถยนต์|ฮอนด้า`).
 */
export const CAMP_BUSINESSES: readonly string[] = ['เพลง', 'รถ', 'รถยนต์', 'ยานยนต์', 'หนัง', 'ภาพยนตร์', 'มวย', 'เกม', 'มือถือ', 'สมาร์ทโฟน', 'ยา'];

/**
 * Last words of the names of labels, studios and other businesses written in Thai letters from
 * English (`โมโนมิวสิค`, `วอร์เนอร์ มิวสิค`, `สหมงคลฟิล์ม`, `ทรู มีเดีย`): no army camp's or place's
 * name ends with one.
 */
export const COMPANY_NAME_ENDINGS: readonly string[] = [
  'มิวสิค',
  'มิวสิก',
  'เรคคอร์ด',
  'เรคคอร์ดส',
  'เร็คคอร์ด',
  'เร็คคอร์ดส',
  'เรคคอร์ดส์',
  'เอ็นเตอร์เทนเมนต์',
  'เอ็นเตอร์เทนเมนท์',
  'เอนเตอร์เทนเมนต์',
  'เอนเตอร์เทนเมนท์',
  'สตูดิโอ',
  'สตูดิโอส์',
  'พิคเจอร์ส',
  'พิกเจอร์ส',
  'ฟิล์ม',
  'ฟิล์มส์',
  'มอเตอร์',
  'มอเตอร์ส',
  'โปรดักชั่น',
  'โปรดักชั่นส์',
  'โปรดักชัน',
  'มีเดีย',
  'กรุ๊ป',
  'คอร์ปอเรชั่น',
];

/**
 * Posts held in a business (`ผู้บริหาร`, `ซีอีโอ`), which business news writes before the
 * company's name, often glued to it or through `ของ` or `แห่ง` (`ซีอีโอของ|Voltara AG`): a
 * Latin-script name after one is the company's.
 */
export const BUSINESS_ROLES: readonly string[] = ['ผู้บริหาร', 'ซีอีโอ', 'ผู้ก่อตั้ง', 'ประธานเจ้าหน้าที่บริหาร', 'กรรมการผู้จัดการ', 'ผู้จัดการใหญ่'];

/**
 * Words that open a provincial police station's name today: `สถานีตำรวจภูธร` and its short form
 * `สภ.`. Not the old `สภ.อ.` and `สภ.ต.` (a district's or a subdistrict's station, renamed in 2009),
 * which ThaiNER tags as places.
 */
export const POLICE_STATION_HEADS: readonly string[] = ['สถานีตำรวจภูธร', 'สภ.'];

/**
 * Heads of military, police and disaster units that a number names (`กองทัพภาคที่ 4`, the Fourth
 * Army Area; `ตำรวจภูธรภาค 7`; `มณฑลทหารบกที่ 22`; `กองบิน 56`, Wing 56): the unit is the head and
 * its number, `ที่` between or not.
 */
export const NUMBERED_UNIT_HEADS: readonly string[] = [
  'กองทัพภาค',
  'ตำรวจภูธรภาค',
  'มณฑลทหารบก',
  'ทัพเรือภาค',
  'กองเรือภาค',
  'กองบิน',
  'กองพลทหารราบ',
  'กองพลทหารม้า',
  'กองพลทหารปืนใหญ่',
  'กองพลพัฒนา',
  'กองพล',
  'กรมทหารราบ',
  'กรมทหารพราน',
  'กองพันทหารราบ',
  'ศูนย์ป้องกันและบรรเทาสาธารณภัยเขต',
];

/**
 * Heads that open a body's name and never end one after `และ` (and): two bodies joined by `และ`
 * are two names. Not `สหกรณ์` (กระทรวงเกษตรและสหกรณ์), `ตลาดหลักทรัพย์`, nor heads that are common
 * nouns as well (`สถาบัน`, of กรมกิจการสตรีและสถาบันครอบครัว; `กลุ่ม`, `คณะ`).
 */
export const CONJOINED_ORGANIZATION_HEADS: readonly string[] = [
  'กระทรวง',
  'กรม',
  'ธนาคาร',
  'มหาวิทยาลัย',
  'บริษัท',
  'สำนักงาน',
  'มูลนิธิ',
  'สมาคม',
  'องค์การ',
  'การไฟฟ้า',
  'การประปา',
  'การท่าเรือ',
  'การรถไฟ',
  'ศาล',
  'พรรค',
  'คณะกรรมการ',
];

/**
 * Heads that open only bodies' names, never a place's or a building's: `กองทัพ` (armed forces),
 * an ORGANIZATION all 30 times in ThaiNER. Not `กระทรวง`, `กรม`, `ธนาคาร` or `พรรค`, whose
 * offices ThaiNER tags as places where something happens at them (`ที่กระทรวงสาธารณสุข`).
 */
export const BODY_ONLY_HEADS: readonly string[] = ['กองทัพ'];

/** Words that head place names. */
export const LOCATION_HEADS: readonly string[] = [
  'ประเทศ',
  'จังหวัด',
  'จ.',
  'อำเภอ',
  'อ.',
  'ตำบล',
  'ต.',
  'กิ่งอำเภอ',
  'เขต',
  'แขวง',
  'หมู่บ้าน',
  'บ้าน',
  'หมู่',
  'ม.',
  'กรุง',
  'เมือง',
  'นคร',
  'เกาะ',
  'ภาค',
  'ถนน',
  'ถ.',
  'ซอย',
  'ซ.',
  'แม่น้ำ',
  'คลอง',
  'ภูเขา',
  'ดอย',
  'ทะเล',
  'อ่าว',
  'ทวีป',
  'รัฐ',
];

/** Words that head facility names (buildings, hospitals, airports, temples). */
export const FACILITY_HEADS: readonly string[] = [
  'โรงพยาบาล',
  'รพ.',
  'ร.พ.',
  'สนามบิน',
  'ท่าอากาศยาน',
  'สนาม',
  'วัด',
  'อาคาร',
  'ตึก',
  'สะพาน',
  'ห้าง',
  'ห้างสรรพสินค้า',
  'โรงแรม',
  'ศาลากลาง',
  'ทำเนียบ',
  'ท่าเรือ',
  'สถานีรถไฟ',
  'ด่าน',
  'ค่าย',
  'พิพิธภัณฑ์',
  'อนุสาวรีย์',
  'เขื่อน',
  'โรงงาน',
];

/**
 * Heads of the titles of acts, decrees, codes and constitutions, which Thai writes with the year
 * of their enactment (`พระราชบัญญัติคุ้มครองเด็ก พ.ศ. 2546`, a bill's `พ.ศ. ....`).
 */
export const ACT_HEADS: readonly string[] = [
  'พระราชบัญญัติ',
  'พ.ร.บ.',
  'พรบ.',
  'พระราชกำหนด',
  'พ.ร.ก.',
  'พระราชกฤษฎีกา',
  'พ.ร.ฎ.',
  'พ.ร.ป.',
  'ประมวลกฎหมาย',
  'รัฐธรรมนูญ',
];

/** Words that open the names of laws, bills and their sections (`ร่าง พ.ร.บ.`, `รัฐธรรมนูญ`, `ม.44`). */
export const LAW_HEADS: readonly string[] = [...ACT_HEADS, 'รธน.', 'กฎหมาย', 'กม.', 'กฎกระทรวง', 'ร่าง', 'มาตรา', 'ม.'];

/**
 * Prefixes that ThaiNER keeps inside a place or organisation name but that are not part of
 * its canonical name: stripped before a gazetteer lookup (`ประเทศอินโดนีเซีย` → `อินโดนีเซีย`).
 */
export const NAME_PREFIXES: readonly string[] = ['ประเทศ', 'จังหวัด', 'จ.', 'อำเภอ', 'อ.', 'เขต', 'กรุง', 'เมือง', 'นคร', 'รัฐ', 'องค์การ', 'กลุ่ม', 'สมาคม'];

/**
 * Words that join a body's name to the rest of it and never end one: `เพื่อการ` (for the …),
 * `และการ`, `แห่ง` (of; not `ทุกแห่ง`, every one), `และ`, `การ` (the …-ing of). Not `เพื่อ` alone,
 * which opens a clause of purpose after a body as often (`ยื่นต่อศาล|เพื่อ|ออกคำสั่ง`).
 */
export const BODY_NAME_CONNECTIVES: readonly string[] = ['เพื่อการ', 'และการ', 'แห่ง', 'และ', 'การ'];

/**
 * Words that never stand inside a body's name: where the rest runs on into the sentence glued to
 * it (`…แห่งสหประชาชาติ|ด้วย`, `…การค้า|หรือ`, `…ภาษีอากร|ที่มี`), the name ends before them.
 */
export const NEVER_IN_A_BODY_NAME: readonly string[] = [
  'ด้วย',
  'หรือ',
  'ที่',
  'ซึ่ง',
  'โดย',
  'จึง',
  'ได้',
  'ให้แก่',
  'ว่า',
  'ไม่',
  'จะ',
  'ก็',
  'แล้ว',
  'นั้น',
  'นี้',
  'ถึง',
  'ครั้ง',
];

/**
 * Verbs of joining a partner, which news writes before a company or a body (`จับมือGrab`,
 * `ผนึกกำลังกับ LINE MAN`, `ร่วมมือกับ AIIB`), ending the chunk before the name as words.
 */
export const PARTNERING_VERBS: readonly string[] = ['จับมือ', 'จับมือกับ', 'ร่วมมือกับ', 'ผนึกกำลัง', 'ผนึกกำลังกับ', 'เซ็นสัญญากับ', 'ลงนามกับ'];
