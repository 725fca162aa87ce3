/**
 * The few Thai words the span finder needs to know: words that open a clause or attach a phrase
 * (they end a glossed term on its left unless the English has their counterpart), head nouns
 * that Thai adds but the English often leaves out, and personal titles.
 */

import { SENTENCE_OPENING_ADVERBS } from '../thai/name-cues.js';

/**
 * Words that stop a term on its left. The value lists the English words that license the Thai
 * word inside a term (`เพื่อ` in a name whose English has `for`); an empty list never does.
 */
export const LEFT_STOP_WORDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['ของ', ['of']],
  ['กับ', ['with', 'and']],
  ['และ', ['and', '&']],
  ['หรือ', ['or']],
  ['จาก', ['from']],
  ['ให้', []],
  ['ที่', ['that', 'which', 'at']],
  ['ใน', ['in', 'within']],
  ['โดย', ['by', 'without']],
  ['ซึ่ง', []],
  ['เป็น', ['as']],
  ['คือ', []],
  ['ว่า', []],
  ['แก่', []],
  ['ต่อ', ['to']],
  ['สู่', ['to', 'towards', 'toward']],
  ['เพื่อ', ['for']],
  ['สำหรับ', ['for']],
  ['ด้วย', ['with', 'by']],
  ['ได้แก่', []],
  ['เช่น', []],
  ['รวมถึง', []],
  ['รวมทั้ง', []],
  ['ตลอดจน', []],
  ['ตาม', ['under', 'according']],
  ['ภายใต้', ['under']],
  ['ผ่าน', ['through', 'via']],
  ['ระหว่าง', ['between', 'among']],
  ['ไปยัง', ['to', 'towards']],
  ['เกี่ยวกับ', ['on', 'about']],
  ['เรื่อง', ['on', 'about']],
  ['ร่วมกับ', []],
  ['เข้าร่วม', []],
  ['ชื่อ', []],
  ['เรียกว่า', []],
  ['หรือที่เรียกว่า', []],
  ['ณ', ['at']],
  ['บน', ['on', 'upon', 'onto', 'over', 'above']],
  ['หัวข้อ', ['theme', 'topic']],
  // Words that open a clause or a sentence (`ขณะที่สมาพันธ์…`, `ดังกล่าวพัฒนาโดย…`, `ล่าสุด ศาล…`).
  ['ขณะที่', ['while']],
  ['ดังกล่าว', []],
  ['ล่าสุด', ['latest', 'recent', 'newest']],
  // หลังจาก (after) opens a clause whose subject follows it (`หลังจาก|ศาลอาญาระหว่างประเทศ|ออกหมายจับ…`);
  // then the adverbs that open a sentence, as the entity stage lists them (`ขณะเดียวกัน`, `ทั้งนี้`).
  ['หลังจาก', ['after']],
  ...SENTENCE_OPENING_ADVERBS.map((adverb): [string, string[]] => [adverb, []]),
  ['ผู้ที่', ['who', 'those']],
  // The charge a crime story names (`ความผิดฐาน|ฟอกเงิน`, the offence of money laundering): the English names the crime alone.
  ['ข้อหา', ['charge', 'charges', 'accusation']],
  ['ความผิดฐาน', ['offence', 'offense', 'offences', 'offenses', 'crime']],
  // The manner of an act or a thing (`การสอนแบบ|ห้องเรียนกลับด้าน`, teaching by the flipped classroom;
  // `ขายแบบ|ออมนิแชนแนล`): the English names the manner alone. A noun itself, a form, a model or a
  // test, where the English says so (`แบบ|ทดสอบความถนัดทั่วไป`, General Aptitude Test).
  ['แบบ', ['style', 'type', 'mode', 'model', 'models', 'pattern', 'form', 'forms', 'format', 'design', 'test', 'questionnaire', 'survey', 'template']],
  // Relational nouns: `สมาชิกองค์การ X` is a member of X, glossed by X alone.
  ['สมาชิก', ['member', 'members', 'membership']],
  ['ผู้แทน', ['representative', 'representatives', 'delegate', 'delegation']],
  ['ตัวแทน', ['representative', 'representatives', 'agent']],
  ['ประธาน', ['president', 'chairman', 'chair', 'chairperson', 'chairwoman', 'chief']],
  ['เลขาธิการ', ['secretary', 'secretary-general']],
  ['ผู้อำนวยการ', ['director', 'director-general']],
  ['ผู้อำนวยการใหญ่', ['director-general', 'director']],
  ['ผู้ว่าการ', ['governor', 'governors']],
  ['ผู้จัดการ', ['manager', 'managers', 'managing']],
  ['หัวหน้า', ['head', 'chief', 'leader']],
  ['รัฐมนตรี', ['minister', 'ministers']],
  // The people of a body or of a disease (PEOPLE_OF): `เจ้าหน้าที่กรม X` are officials of X, `ผู้ป่วยโรค X` patients with X.
  ['เจ้าหน้าที่', ['officer', 'officers', 'official', 'officials', 'staff']],
  ['พนักงาน', ['officer', 'officers', 'employee', 'employees', 'staff', 'worker', 'workers']],
  ['ข้าราชการ', ['official', 'officials', 'officer', 'officers', 'servant', 'servants']],
  ['โฆษก', ['spokesman', 'spokesperson', 'spokeswoman']],
  ['อัยการ', ['prosecutor', 'prosecutors', 'attorney']],
  ['ผู้ป่วย', ['patient', 'patients']],
  ['ผู้ติดเชื้อ', ['infected', 'case', 'cases', 'carrier', 'carriers']],
  ['ผู้บริหาร', ['executive', 'executives', 'management', 'manager', 'managers', 'administrator', 'administrators']],
  // The heads and officers a body's name follows (`อธิบดี|กรม…`, `นายก|สมาคม…`, `พนักงานสอบสวน|กรม…`).
  ['อธิบดี', ['director-general', 'director']],
  ['นายก', ['president', 'mayor', 'chairman']],
  ['พนักงานสอบสวน', ['investigator', 'investigators', 'inquiry']],
]);

/**
 * Nouns for the people of a body or of a disease, which stop a term only before the body's head
 * noun or โรค: `เจ้าหน้าที่|กรมสอบสวนคดีพิเศษ`, `ผู้ป่วย|โรคเบาหวาน`, but `ผู้ป่วยเรื้อรัง`,
 * `เจ้าหน้าที่อาวุโส` (senior officials) are one noun.
 */
export const PEOPLE_OF: readonly string[] = ['เจ้าหน้าที่', 'พนักงานสอบสวน', 'พนักงาน', 'ข้าราชการ', 'โฆษก', 'อัยการ', 'ผู้ป่วย', 'ผู้ติดเชื้อ', 'ผู้บริหาร', 'อธิบดี', 'นายก'];

/** The relational nouns among the stop words: nouns, so a term whose English has their counterpart may open with one. */
export const RELATIONAL_NOUNS: readonly string[] = [
  'แบบ',
  'สมาชิก',
  'ผู้แทน',
  'ตัวแทน',
  'ประธาน',
  'เลขาธิการ',
  'ผู้อำนวยการ',
  'ผู้อำนวยการใหญ่',
  'ผู้ว่าการ',
  'ผู้จัดการ',
  'หัวหน้า',
  'รัฐมนตรี',
  ...PEOPLE_OF,
];

/**
 * Auxiliaries and light verbs: a term never starts with them nor contains them, but unlike the
 * stop words they come before a verb, so the word after them is no better a left edge.
 */
export const AUXILIARIES: readonly string[] = [
  'ได้มีการ',
  'ได้รับ',
  'ได้',
  'จะ',
  'ใช้',
  'มี',
  'ยัง',
  'แล้ว',
  'ต้อง',
  'เคย',
  'พร้อม',
  'สามารถ',
  'เริ่ม',
  'กำลัง',
  'ควร',
  'เร่ง',
  // The causative light verb: what it makes happen is a clause (`ทำให้|เกิด|ภาวะ…`).
  'ทำให้',
];

/** Nominalisers: they begin most Thai terms for English abstract nouns. */
export const NOMINALISERS: readonly string[] = ['การ', 'ความ'];

/** `แบบ`, the manner of an act or a thing (`การสอนแบบ|ห้องเรียนกลับด้าน`): a stop word where the English names the manner alone. */
export const MANNER = 'แบบ';

/** `โรค`, the head word of a disease's name, which opens it even after another name opener (`อาการ|โรค…`). */
export const DISEASE_HEAD = 'โรค';

/**
 * A nominaliser and the stop word it makes a noun of, one bound prefix (`ความเป็น|จริงเสมือน`,
 * reality; `ความเป็น|ส่วนตัว`, privacy): the stop word stops no term there.
 */
export const NOMINALISED_STOP_WORDS: readonly string[] = ['ความเป็น'];

/**
 * Prefixes that make one word with the word after them, which the segmenter often splits off:
 * the nominalisers and the agent prefixes (`ผู้|บริหาร`, `นัก|วิจัย`, `โรง|งาน`, `ชาว|ประมง`,
 * `ผู้มี|อิทธิพล`, one who has influence).
 */
export const BOUND_PREFIXES: readonly string[] = [...NOMINALISERS, ...NOMINALISED_STOP_WORDS, 'ผู้มี', 'ผู้', 'นัก', 'โรง', 'ชาว', 'ข้อ'];

/** Words that make a phrase of the auxiliary after them (`การมี`, `อย่างมี`, `ที่มี`): no stop there. */
export const AUXILIARY_BINDERS: readonly string[] = ['การ', 'ความ', 'อย่าง', 'ที่', 'ผู้'];

/**
 * Stop words that often sit inside a term too: `ที่` makes the relative clauses Thai uses for
 * English adjectives (`หนี้ที่ไม่ก่อให้เกิดรายได้`, Non-performing Loan); `ณ` places
 * (`บริการร่วม ณ จุดเดียว`, One Stop Service); `บน` what English puts first
 * (`ความเป็นส่วนตัวบนโลกออนไลน์`, Online Privacy); `สำหรับ` (for) what a thing serves, which
 * English names with no for (`ห้องสำหรับกักกันโรค`, Quarantine Room).
 */
export const WEAK_STOP_WORDS: readonly string[] = ['ที่', 'ณ', 'บน', 'สำหรับ'];

/** Content words that begin with a stop word (`ที่อยู่`, an address) or hold one (`ก่อให้เกิด`): no stop there. */
export const WORDS_HOLDING_STOP_WORDS: readonly string[] = [
  'ที่ประชุม',
  'ที่อยู่',
  'ที่ดิน',
  'ที่พัก',
  'ที่นั่ง',
  'เคลื่อนที่',
  'ประจำที่',
  'หน้าที่',
  'ก่อให้เกิด',
  'ต่อเนื่อง',
  'ภายใน',
  'ให้กู้',
  'รหัสผ่าน',
  // single-use (`พลาสติกแบบใช้ครั้งเดียว`, Single-use Plastic; `รหัสผ่านใช้ครั้งเดียว`, One-Time Password)
  'ใช้ครั้งเดียว',
  // reuse and recycling (`ใช้ซ้ำ`, Reuse; `นำกลับมาใช้ใหม่`, Recycle), the 3Rs of waste news
  'ใช้ซ้ำ',
  'กลับมาใช้ใหม่',
  'นำกลับมาใช้ใหม่',
  'ใช้ใหม่',
];

/**
 * Words no term starts right after when written onto it, because they open the name themselves:
 * Thai names a disease, a syndrome, a symptom or a condition with โรค, กลุ่มอาการ, อาการ or ภาวะ whether or not the English
 * says so (`โรค|ไข้เลือดออก`, Dengue Fever; `ภาวะ|หัวใจล้มเหลว`, Heart Failure), and the office of a
 * Thai commission is named with it (`สำนักงาน|คณะกรรมการ…`, the BOI's office). The value says before
 * what; empty, before anything.
 */
export const GLUED_NAME_OPENERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['โรค', []],
  // before อาการ: the longer opener is read first
  ['กลุ่มอาการ', []],
  ['อาการ', []],
  ['ภาวะ', []],
  ['สำนักงาน', ['คณะกรรมการ']],
]);

/** Words a term never starts with though they sit inside terms: `ด้าน` (in the field of). */
export const NON_INITIAL_WORDS: readonly string[] = ['ด้าน'];

/**
 * Adverbs written right onto the noun phrase they single out or compare (`โดยเฉพาะ|ฐานข้อมูล…`,
 * especially; `มาก|กว่า|คาร์บอน…`, than): no noun, so the word after them may open a term
 * though the word statistics see it after nouns (`ฐาน`, `คาร์บอน`).
 */
export const ADVERBS_BEFORE_NOUNS: readonly string[] = ['กว่า', 'โดยเฉพาะ', 'เฉพาะ', 'แม้แต่', 'ทั้ง'];

/** Words that begin with a stop word but link the parts of a name instead (`คณะกรรมการว่าด้วย...`). */
export const NAME_LINKS: readonly string[] = ['ว่าด้วย', 'ระหว่างประเทศ', 'แห่ง', 'ที่ปรึกษา', 'ในการ', 'ให้บริการ', 'เพื่อการ', 'ต่อต้าน', 'จากการ'];

/** The English of a meeting (`ประชุม`, `การประชุม`), a workshop (`การประชุมเชิงปฏิบัติการ`) and a seminar (`การประชุมสัมมนา`) included. */
const MEETINGS = [
  'meeting',
  'conference',
  'summit',
  'forum',
  'session',
  'assembly',
  'dialogue',
  'convention',
  'congress',
  'symposium',
  'roundtable',
  'talks',
  'workshop',
  'workshops',
  'seminar',
];

/**
 * Head nouns Thai puts before a name that the English often does not translate: the noun is left
 * out of the span unless one of its English words is there (โครงการ X before `X` alone).
 */
export const OPTIONAL_HEAD_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['โครงการ', ['project', 'programme', 'program', 'initiative', 'scheme']],
  // A bill is a draft act (`ร่างพระราชบัญญัติ…`, … Bill).
  ['ร่าง', ['draft', 'drafting', 'bill', 'bills']],
  ['ประชุม', MEETINGS],
  ['การประชุม', MEETINGS],
  // The meeting as a body (`ที่ประชุมรัฐมนตรี…`, … Ministers Meeting): ที่ here opens a noun, not a
  // clause. Never a convention, which before a treaty's name is the treaty (`ที่ประชุมรัฐภาคีอนุสัญญา…`).
  ['ที่ประชุม', ['meeting', 'conference', 'summit', 'forum', 'session', 'assembly', 'congress']],
  ['ระบบ', ['system', 'systems', 'platform']],
  ['มาตรการ', ['measure', 'measures']],
  ['นโยบาย', ['policy', 'policies']],
  ['กิจกรรม', ['activity', 'activities', 'event']],
  ['หลักสูตร', ['course', 'curriculum', 'program', 'programme']],
  ['แผนงาน', ['plan', 'programme', 'program']],
  ['งาน', ['fair', 'event', 'expo', 'exhibition', 'festival', 'show', 'work']],
  ['พิธี', ['ceremony']],
  ['แนวคิด', ['concept', 'idea']],
  ['หลักการ', ['principle', 'principles']],
  ['ยุทธศาสตร์', ['strategy', 'strategic']],
  ['แคมเปญ', ['campaign']],
  ['ประเทศ', ['country', 'countries', 'nation', 'republic', 'kingdom', 'state']],
  ['จังหวัด', ['province']],
  ['แนวทาง', ['guideline', 'guidelines', 'approach', 'guidance', 'way', 'ways']],
  ['พื้นที่', ['area', 'areas', 'zone', 'zones', 'space', 'site']],
  ['กลุ่ม', ['group', 'groups', 'cluster', 'bloc']],
  ['อันดับ', ['ranking', 'rankings', 'rank', 'rating', 'ratings', 'index']],
  // Ranking as an act (`การจัดอันดับ…`, … Ranking), which the segmenter cuts การ|จัด|อันดับ.
  ['การจัดอันดับ', ['ranking', 'rankings', 'rating', 'ratings', 'index']],
  // A measure, a method or a contest named by what it is of (`ค่า|ฝุ่นละออง…`, the dust level);
  // ค่า is also a charge or a cost (`ค่าบริการ`, service charge).
  [
    'ค่า',
    [
      'value',
      'values',
      'level',
      'levels',
      'reading',
      'readings',
      'index',
      'charge',
      'charges',
      'surcharge',
      'fee',
      'fees',
      'cost',
      'costs',
      'pay',
      'wage',
      'wages',
      'price',
      'tariff',
      'freight',
    ],
  ],
  // A rate named by what it is of (`อัตรา|เงินเฟ้อ`, Inflation; `อัตรา|ดอกเบี้ย`, Interest Rate).
  ['อัตรา', ['rate', 'rates', 'ratio', 'ratios']],
  ['ดัชนี', ['index', 'indices', 'indexes']],
  ['วิธี', ['method', 'methods', 'technique', 'techniques', 'way', 'approach']],
  ['วิธีการ', ['method', 'methods', 'technique', 'techniques', 'way', 'approach']],
  ['การแข่งขัน', ['competition', 'competitions', 'tournament', 'championship', 'championships', 'contest', 'race', 'match', 'games', 'cup']],
  // การ + a verb of doing, as in `การจัดทำความตกลง`, the preparing of an agreement.
  ['การจัดทำ', ['preparation', 'preparing', 'drafting', 'making', 'development', 'compilation', 'formulation', 'formulating']],
  ['การสร้าง', ['building', 'build', 'creating', 'creation', 'making', 'construction']],
  ['การกำหนด', ['setting', 'determination', 'determining', 'designation', 'definition']],
  ['การส่งเสริม', ['promotion', 'promoting', 'promote', 'fostering', 'encouraging']],
  ['การผลักดัน', ['push', 'pushing', 'driving', 'drive', 'advancing']],
  ['การจัดตั้ง', ['establishment', 'establishing', 'setting', 'founding', 'formation']],
  ['การขับเคลื่อน', ['driving', 'drive', 'mobilizing', 'mobilising', 'moving']],
  ['การยกระดับ', ['upgrading', 'upgrade', 'enhancement', 'enhancing', 'raising', 'elevating']],
  ['การสนับสนุน', ['support', 'supporting', 'assistance']],
  ['การเร่งรัด', ['acceleration', 'accelerating', 'fast', 'speeding']],
  ['การนำ', ['bringing', 'introduction', 'applying', 'application', 'adoption']],
  ['การรับรอง', ['endorsement', 'endorsing', 'adoption', 'certification', 'accreditation', 'recognition', 'certified']],
  // การ + a verb acting on what follows: the emission of greenhouse gases, the exposure to dust.
  ['การปล่อย', ['emission', 'emissions', 'release', 'releasing', 'discharge']],
  ['การได้รับ', ['receiving', 'receipt', 'exposure', 'getting']],
  ['การแก้ไขปัญหา', ['solving', 'solution', 'solutions', 'tackling', 'addressing', 'combating', 'resolution']],
  ['นำร่อง', ['pilot', 'piloting']],
  ['การเจรจา', ['negotiation', 'negotiations', 'talks', 'dialogue']],
  ['รูปแบบ', ['model', 'format', 'form', 'style', 'mode', 'type']],
  ['นิทรรศการ', ['exhibition', 'exposition', 'expo', 'exhibit']],
  ['เทศกาล', ['festival']],
  ['รางวัล', ['award', 'awards', 'prize']],
  ['ศูนย์', ['center', 'centre', 'hub']],
  ['บริษัท', ['company', 'companies', 'corporation', 'co', 'ltd', 'limited', 'plc', 'inc', 'group', 'enterprise', 'firm']],
  ['แผน', ['plan', 'blueprint', 'roadmap']],
  ['เมือง', ['city', 'town']],
  ['สินค้า', ['product', 'goods', 'commodity', 'commodities', 'merchandise']],
  ['อุตสาหกรรม', ['industry', 'industries', 'industrial']],
  ['กิจการ', ['business', 'affairs', 'enterprise', 'operation', 'undertaking']],
  ['กระบวนทัศน์', ['paradigm']],
  // Not cooperation, which ความร่วมมือ alone says (`กรอบ|ความร่วมมือทางเศรษฐกิจเอเชีย-แปซิฟิก`, Asia-Pacific Economic Cooperation).
  ['กรอบความร่วมมือ', ['framework', 'partnership']],
  ['การอบรม', ['training', 'course', 'workshop', 'camp', 'bootcamp']],
  // Bringing a case to court: การดำเนิน alone is an operation (`การดำเนิน|คดี`, Prosecution).
  ['การดำเนินคดี', ['prosecution', 'prosecuting', 'litigation', 'proceedings', 'lawsuit']],
  ['การใช้งาน', ['use', 'usage', 'using', 'utilization', 'utilisation', 'application']],
  ['การดำเนินงาน', ['operation', 'implementation', 'implementing', 'performance', 'work']],
  ['การดำเนินการ', ['operation', 'implementation', 'implementing', 'action', 'conduct']],
  ['การดำเนิน', ['operation', 'implementation', 'implementing', 'conduct', 'running']],
  ['การพัฒนา', ['development', 'developing', 'develop', 'advancement', 'improvement']],
  // What news puts before a name it tells of: the case of a crime (`คดี|ฟอกเงิน`, Money Laundering), a
  // weather phenomenon (`ปรากฏการณ์|ลานีญา`), a sports contest (`ศึก|ยูฟ่าแชมเปียนส์ลีก`), a gas
  // (`ก๊าซ|คาร์บอนไดออกไซด์`, CO2). Not เทคโนโลยี, which our labelled government news keeps before
  // what its English names alone (`เทคโนโลยีทางการเงิน`, Fintech), nor เชื้อ, which ends words (`ฆ่าเชื้อ`).
  ['คดี', ['case', 'cases', 'lawsuit', 'lawsuits', 'trial', 'litigation']],
  ['ปรากฏการณ์', ['phenomenon', 'phenomena', 'effect']],
  ['ศึก', ['battle', 'war', 'clash', 'derby']],
  ['ก๊าซ', ['gas', 'gases']],
  // A syndrome (`กลุ่มอาการ|ทางเดินหายใจ…`, Middle East Respiratory Syndrome), not a group (กลุ่ม) of symptoms (อาการ):
  // its English, for the head noun the term opens with (GLUED_NAME_OPENERS keeps it).
  ['กลุ่มอาการ', ['syndrome', 'syndromes']],
]);

/**
 * Verbs acting on a name that Thai puts before it (`จัดตั้งศูนย์ X`, set up the X centre); left
 * out of the span like the optional head nouns, but no sign of a term's start when translated.
 */
export const VERBS_BEFORE_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['จัดตั้ง', ['establishment', 'establishing', 'establish', 'setting', 'founding']],
  ['จัดทำ', ['preparation', 'preparing', 'prepare', 'drafting', 'making', 'formulation', 'formulating']],
  ['ส่งเสริม', ['promotion', 'promoting', 'promote', 'fostering']],
  ['สนับสนุน', ['support', 'supporting']],
  ['ผลักดัน', ['push', 'pushing', 'driving']],
  ['ขับเคลื่อน', ['driving', 'drive', 'mobilizing']],
  ['เข้าร่วม', ['joining', 'participation', 'participating']],
  ['นำ', ['bringing', 'introducing', 'applying', 'application', 'adoption']],
  ['พัฒนา', ['development', 'developing', 'develop', 'improvement']],
  ['แต่งตั้ง', ['appointment', 'appoint', 'appointing', 'appointed']],
  ['ก่อตั้ง', ['establishment', 'establishing', 'founding', 'founded', 'foundation']],
  ['ตั้ง', ['setting', 'establishment', 'establishing']],
  ['สร้าง', ['building', 'build', 'creation', 'creating', 'construction', 'making']],
  ['ยกระดับ', ['upgrading', 'upgrade', 'enhancement', 'enhancing', 'raising']],
  ['เร่งรัด', ['acceleration', 'accelerating', 'speeding']],
  ['ขอบคุณ', ['thank', 'thanks', 'gratitude']],
  ['ต้อนรับ', ['welcome', 'welcoming', 'reception']],
  ['เยี่ยมชม', ['visit', 'visiting', 'tour']],
  ['หารือ', ['discussion', 'discussions', 'talks', 'consultation', 'dialogue']],
  ['ลงนาม', ['signing', 'signature', 'sign']],
  ['เปิดตัว', ['launch', 'launching', 'unveiling']],
  ['อนุมัติ', ['approval', 'approving', 'approve']],
  ['เห็นชอบ', ['approval', 'endorsement', 'approving']],
  ['ต่อยอด', ['extension', 'extending', 'expansion', 'building']],
  ['บรรลุ', ['achieve', 'achieving', 'achievement', 'attainment', 'attaining', 'reaching']],
  ['ปล่อย', ['emission', 'emissions', 'release', 'releasing', 'discharge']],
  ['ทดสอบ', ['test', 'testing', 'tested']],
  ['ประกาศ', ['announcement', 'announcing', 'declaration', 'proclamation', 'notification']],
  ['ติดตั้ง', ['installation', 'installing', 'install', 'installed']],
  ['ปฏิบัติตาม', ['compliance', 'complying', 'comply', 'following']],
  ['บังคับใช้', ['enforcement', 'enforcing', 'enforce']],
  ['เสนอ', ['proposal', 'proposing', 'propose', 'proposed', 'offer', 'offering', 'offered']],
  ['ยื่น', ['submission', 'submitting', 'filing', 'application']],
  // What arises after it is the name (`ให้เกิด|การสอดประสาน…`, synergy; `เกิด|แรงส่ง`, momentum).
  ['เกิด', ['occurrence', 'occurring', 'outbreak', 'emergence', 'arising']],
  // Verbs of sport, business, crime, health and entertainment news.
  ['จ่าย', ['payment', 'payments', 'paying', 'pay', 'paid', 'payout']],
  ['ห้าม', ['ban', 'banning', 'banned', 'prohibition', 'prohibited', 'prohibiting']],
  ['ชี้', ['pointing', 'point', 'indicating', 'indication']],
  ['ละเมิด', ['violation', 'violating', 'breach', 'infringement', 'infringing']],
  ['คว้า', ['winning', 'win', 'won', 'grab']],
  ['เอาชนะ', ['beating', 'beat', 'defeating', 'defeat', 'win']],
  ['จับกุม', ['arrest', 'arresting', 'arrested', 'apprehension']],
  ['ตรวจยึด', ['seizure', 'seizing', 'seized', 'confiscation']],
  ['ฉีด', ['injection', 'injecting', 'shot', 'jab', 'vaccination']],
  ['ปรากฏตัว', ['appearance', 'appearing']],
  ['เข้าพบ', ['meeting', 'visit', 'call']],
  ['เผยแพร่', ['publication', 'publishing', 'release', 'releasing', 'dissemination', 'broadcast']],
  // Handing over or out, presenting and wearing, what government news tells officials did (`นายกฯ มอบรางวัล…`,
  // `ผู้ว่าฯ รับมอบหน้ากากอนามัย…`, `ให้ผู้โดยสารสวมหน้ากาก…`).
  ['มอบ', ['presentation', 'presenting', 'presented', 'handover', 'handing', 'delivery', 'granting', 'giving']],
  ['รับมอบ', ['receiving', 'receipt', 'received', 'acceptance', 'handover']],
  ['ส่งมอบ', ['delivery', 'delivering', 'delivered', 'handover', 'handing']],
  // Handing out (`ได้รับแจก|ชุดตรวจ…`, `แจกจ่าย|หน้ากาก…`).
  ['แจก', ['distribution', 'distributing', 'distributed', 'handout', 'giveaway', 'giving']],
  ['แจกจ่าย', ['distribution', 'distributing', 'distributed', 'handout', 'giveaway']],
  ['สวม', ['wearing', 'wear', 'worn']],
  // What news of sport, entertainment, health and science tells that someone did: verbs of its
  // clauses (`ทีมเยือนเอาชนะ…`, `นักวิจัยค้นพบ…`, `นักแสดงรับบท…`), seldom the first word of a term.
  ['เผย', ['reveal', 'revealing', 'revelation']],
  ['เปิดเผย', ['disclosure', 'disclosing', 'revealing', 'reveal']],
  ['ระบุ', ['identification', 'identifying', 'specifying', 'specification']],
  ['ค้นพบ', ['discovery', 'discovering', 'discovered', 'finding']],
  ['ตรวจพบ', ['detection', 'detecting', 'detected', 'finding']],
  ['เดินทาง', ['travel', 'travelling', 'traveling', 'journey', 'trip', 'visit']],
  ['ลงเล่น', ['playing', 'appearance', 'appearances']],
  ['ลงแข่งขัน', ['competing', 'competition', 'compete', 'participating']],
  ['ลงแข่ง', ['competing', 'competition', 'compete', 'racing']],
  ['เข้าแข่งขัน', ['competing', 'competition', 'compete', 'participating']],
  ['ทำประตู', ['goal', 'goals', 'scoring']],
  ['ชนะ', ['win', 'winning', 'winner', 'victory']],
  ['เซ็นสัญญา', ['signing', 'contract']],
  ['รับบท', ['role', 'starring', 'playing']],
  ['ถ่ายทำ', ['filming', 'shooting', 'shoot']],
  ['ขึ้นแสดง', ['performance', 'performing', 'show']],
]);

/**
 * Verbs that take an order, a warning or a clause after them (`สั่ง|เพิ่มกำลังพล…`,
 * ordered more troops; `แนะนำ|ให้…`, recommended that), with the English words that
 * translate them. Unlike VERBS_BEFORE_NAMES they say nothing of where the term starts after them
 * (what follows may be their object, `เตือน|ประชาชน…`); a term holding one is a clause, as with
 * an auxiliary.
 */
export const CLAUSE_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['สั่ง', ['order', 'ordering', 'ordered', 'command']],
  ['สั่งการ', ['order', 'ordering', 'command', 'directive']],
  ['แนะนำ', ['recommendation', 'recommending', 'recommend', 'advice', 'introduction']],
  ['เตรียม', ['preparation', 'preparing', 'prepare', 'readiness', 'preparatory']],
  ['สังเกต', ['observation', 'observing', 'observe', 'noticing']],
  ['เตือน', ['warning', 'warn', 'warns', 'alert']],
  ['เรียกร้อง', ['demand', 'demanding', 'call', 'calling']],
  ['อนุญาต', ['permission', 'permit', 'permitting', 'allowing', 'authorization']],
]);

/**
 * Verbs of acts that take an object, common in news outside government releases (using,
 * installing, downloading, suing, postponing, stepping into), with the English words that
 * translate them. As with CLAUSE_VERBS, a term holding one the English does not translate holds a
 * clause (`ไทยกำลัง|ก้าวเข้าสู่|สังคมสูงวัย…`, Super-Aged Society): the term is its object. Verbs
 * that also make names of things (ขาย, ส่ง, ปล่อย, จับ in ตรวจจับ, ชม in หอชม) are not here.
 */
export const OBJECT_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ติดเชื้อ', ['infection', 'infected', 'infect', 'contracting']],
  ['ใช้', ['use', 'using', 'usage', 'utilization', 'application']],
  ['ติดตั้ง', ['installation', 'installing', 'install', 'installed']],
  ['ฟัง', ['listen', 'listening', 'hearing']],
  ['โพสต์', ['post', 'posting']],
  ['ดาวน์โหลด', ['download', 'downloading']],
  ['ฟ้อง', ['sue', 'suing', 'lawsuit', 'prosecution']],
  ['ยิง', ['shoot', 'shooting']],
  ['หลอก', ['deceive', 'deception', 'fraud', 'trick']],
  ['เน้น', ['emphasis', 'emphasize', 'emphasise', 'focus', 'focusing', 'based', 'driven', 'oriented']],
  ['สัมภาษณ์', ['interview', 'interviewing']],
  ['ร้อง', ['sing', 'singing', 'complaint', 'petition']],
  ['จำหน่าย', ['sale', 'sell', 'selling', 'distribution']],
  ['สั่งซื้อ', ['order', 'ordering', 'purchase']],
  ['ระงับ', ['suspend', 'suspension', 'halt']],
  ['เลื่อน', ['postpone', 'postponement', 'delay']],
  ['เข้าสู่', ['enter', 'entering', 'entry']],
  ['ก้าวเข้าสู่', ['enter', 'entering', 'entry']],
]);

/**
 * The verbs of VERBS_BEFORE_NAMES that tell of an act (announcing, approving, signing, paying,
 * banning) and never name what a body does, as พัฒนา or ส่งเสริม do (`สำนักงานพัฒนา…`): written
 * onto the words before them, even a body's head noun, they make a clause (`บริษัทประกาศ…`).
 */
export const VERBS_OF_ACTS: ReadonlySet<string> = new Set([
  'ขอบคุณ',
  'ต้อนรับ',
  'เยี่ยมชม',
  'หารือ',
  'ลงนาม',
  'เปิดตัว',
  'อนุมัติ',
  'เห็นชอบ',
  'บรรลุ',
  'ประกาศ',
  'ยื่น',
  'แต่งตั้ง',
  'จ่าย',
  'ห้าม',
  'ชี้',
  'ละเมิด',
  'คว้า',
  'เอาชนะ',
  'จับกุม',
  'ตรวจยึด',
  'ฉีด',
  'ปรากฏตัว',
  'เข้าพบ',
  'เผยแพร่',
  'มอบ',
  'รับมอบ',
  'ส่งมอบ',
  'แจก',
  'แจกจ่าย',
  'สวม',
  'เผย',
  'เปิดเผย',
  'ระบุ',
  'ค้นพบ',
  'ตรวจพบ',
  'เดินทาง',
  'ลงเล่น',
  'ลงแข่งขัน',
  'ลงแข่ง',
  'เข้าแข่งขัน',
  'ทำประตู',
  'ชนะ',
  'เซ็นสัญญา',
  'รับบท',
  'ถ่ายทำ',
  'ขึ้นแสดง',
]);

/**
 * The English of the bodies' head nouns whose entries in the derived lexicon miss it (its กรม reads
 * `custom go` off web addresses, its กระทรวง `mr`, its สมาพันธ์ lacks `confederation`): so that a
 * head the English names counts as translated (`สมาพันธ์|ฟุตบอลแห่งเอเชีย`, Asian Football Confederation).
 */
export const NAME_HEAD_ENGLISH: ReadonlyMap<string, readonly string[]> = new Map([
  ['กรม', ['department', 'departments']],
  ['กระทรวง', ['ministry', 'ministries']],
  ['สมาพันธ์', ['confederation', 'federation']],
  // police and army units, which the derived lexicon does not have (`กองบังคับการ|ปราบปราม…`, … Suppression Division)
  ['กองบังคับการ', ['division', 'bureau', 'command']],
  ['กองบัญชาการ', ['bureau', 'command', 'headquarters']],
  ['กองกำลัง', ['force', 'forces']],
]);

/**
 * Nouns that make an instrument of the verb after them (`เครื่อง|กระตุกหัวใจ…`, Defibrillator;
 * `เครื่อง|ฟอกอากาศ`, Air Purifier): English names the instrument by the verb with -er or -or.
 */
export const INSTRUMENT_NOUNS: readonly string[] = ['เครื่อง'];

/**
 * The English of the words that rank an office below or beside its holder (`รอง|เลขาธิการ`, Deputy
 * Secretary General), which the derived lexicon misses (its รอง reads `accreditation`, off รับรอง
 * cut in two): so that a term keeps them when the English says them.
 */
export const RANK_WORD_ENGLISH: ReadonlyMap<string, readonly string[]> = new Map([
  ['รอง', ['deputy', 'vice']],
  ['ผู้ช่วย', ['assistant']],
  ['รักษาการ', ['acting']],
  ['อดีต', ['former']],
]);

/** Head nouns that begin a name of an organisation, a body or a document: a good left edge. */
export const NAME_HEADS: readonly string[] = [
  'องค์การ',
  'องค์กร',
  'สำนักงาน',
  'กระทรวง',
  'กรม',
  'กรมการ',
  // Heads written as one word that the segmenter cuts (`ทบวง|การ`, `กอง|บัญชา|การ`, `กอง|กำลัง`):
  // listed whole so that no term starts at their last part, a nominaliser or an auxiliary.
  'ทบวงการ',
  'กองบัญชาการ',
  'กองบังคับการ',
  'กองอำนวยการ',
  'กองกำลัง',
  'คณะกรรมการ',
  'คณะกรรมาธิการ',
  'คณะมนตรี',
  'สภา',
  'สมัชชา',
  'ธนาคาร',
  'กองทุน',
  'สถาบัน',
  'สมาคม',
  'มูลนิธิ',
  'บริษัท',
  'มหาวิทยาลัย',
  'โรงเรียน',
  'โรงพยาบาล',
  'ประชาคม',
  'ความตกลง',
  'ความร่วมมือ',
  'ข้อตกลง',
  'บันทึกความเข้าใจ',
  'อนุสัญญา',
  'สนธิสัญญา',
  'พิธีสาร',
  'ปฏิญญา',
  'กรอบ',
  'เขต',
  'ระเบียง',
  'เครือข่าย',
  'หน่วยงาน',
  'สหภาพ',
  'สหพันธ์',
  'สมาพันธ์',
  'กลุ่ม',
  'เวที',
  'ท่าอากาศยาน',
  'สนามบิน',
  // a seat of government (`ทำเนียบขาว`, the White House; `ทำเนียบรัฐบาล`): its spokesman is no part of it
  'ทำเนียบ',
];

/** What the people of PEOPLE_OF are the people of: the head nouns of bodies, courts (ศาล), diseases (โรค). */
export const BODIES_AND_DISEASES: readonly string[] = [...NAME_HEADS, 'ศูนย์', 'ศาล', DISEASE_HEAD];

/** Titles that open a person's name in Thai; the name's span starts with them. */
export const PERSON_TITLE =
  /^(?:(?:รอง|ผู้ช่วย)?ศาสตราจารย์|นางสาว|นาง(?=[\u0E01-\u0E2E\u0E40-\u0E44])|นาย(?!ก(?:รัฐ|เทศ|สมาคม|สภา|องค์|ฯ|\s|$)|ทหาร|อำเภอ|ช่าง|ตำรวจ|ด่าน|ทะเบียน|จ้าง|หน้า|ร้อย|พัน|สิบ|พล|เรือ|ธนาคาร|ประกัน|หนัง|สถานี|ท่า|ห้าง|งาน|ทุน)|ดร\.|ศ\.|รศ\.|ผศ\.|พล\.?[อตร]\.|พลเอก|พลโท|พลตรี|(?:พลตำรวจ|พลเรือ|พลอากาศ)(?:เอก|โท|ตรี)|มร\.|มิสเตอร์|มิสซิส|มาดาม|เซอร์|ลอร์ด|ดาโต๊ะ|ดาตุ๊ก|ตันศรี|คุณหญิง|ท่านผู้หญิง|หม่อมราชวงศ์|หม่อมหลวง|ม\.ร\.ว\.|ม\.ล\.|แพทย์หญิง|นพ\.|พญ\.|เจ้าชาย|เจ้าหญิง|สมเด็จ|ท่าน|ฯพณฯ|(?:ชีค|เชค|ชัยค์|ตนกู|เต็งกู)(?=\s|$))/u;

/**
 * English honorifics that stand before nothing but a person's name (not General or Police, which open names of things too).
 * Protocol lists write the courtesy titles in capitals too (`H.E. MR. …`).
 */
export const ENGLISH_HONORIFIC =
  /^(?:H\.\s?E\.\s*|(?:His|Her) (?:Excellency|(?:Royal )?Highness|Majesty)\s+|(?:The )?(?:Right )?Hon(?:ou?rable)?\.?\s+|(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)(?:\.\s*|\s+))+/u;

/** English titles before a person's name. */
export const ENGLISH_PERSON_TITLE =
  /^(?:H\.\s?E\.\s*|(?:His Excellency|Her Excellency|(?:The )?(?:Right )?Hon(?:ou?rable)?|Mr|Mrs|Ms|Miss|Dr|Assoc|Associate|Asst|Assistant|Prof|Professor|Sir|Dame|Madam|General|Gen|Admiral|Adm|Lt|Col|Ambassador|(?:Dato'?|Datuk)(?: Seri| Sri)?|Tan Sri|Lord|Khunying|Pol|Police|Sheikh|Shaikh|Tunku|Tengku)(?:\.\s*|\s+))+/iu;

/**
 * Whether `word` works inside a phrase and names nothing: a stop word, an auxiliary, a
 * nominaliser or bound prefix, a relational noun, a word that opens no phrase, an adverb before a
 * noun. The word statistics count a modifier after the other words (scripts/derive-paren-word-stats.ts),
 * and the span finder looks for one after them (edge-features.ts).
 */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}
/** One set, not six lists scanned per call: the span finder asks at every edge candidate. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...LEFT_STOP_WORDS.keys(),
  ...AUXILIARIES,
  ...BOUND_PREFIXES,
  ...RELATIONAL_NOUNS,
  ...NON_INITIAL_WORDS,
  ...ADVERBS_BEFORE_NOUNS,
]);
