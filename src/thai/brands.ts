/**
 * Words before a brand that make it a product's (`รถโตโยต้า`, `ยี่ห้อฮอนด้า`, `มือถือซัมซุง`): the
 * car, the make, the model or the telephone, not the company.
 */
export const PRODUCT_WORDS: readonly string[] = ['รถ', 'รถยนต์', 'รถเก๋ง', 'รถกระบะ', 'รถจักรยานยนต์', 'ยี่ห้อ', 'รุ่น', 'มือถือ', 'โทรศัพท์', 'สมาร์ทโฟน'];

/**
 * Companies Thai business, sport and technology news names by their brand alone, in Thai script,
 * with no `บริษัท` before it: carmakers and motorcycle makers (which race teams are named after),
 * electronics and technology makers, airlines, mobile networks, banks, retail and food groups,
 * news agencies.
 * Written by hand from public knowledge; only names that are no Thai word nor a common given
 * name (not `ทรู`, `ไลน์`, `โลตัส`, `แอปเปิ้ล`), and no platform news names as a channel
 * (`ผ่านเฟซบุ๊ก`, `ขายบนช้อปปี้`, which ThaiNER leaves untagged), nor makers crime news names by
 * their cars (`ขับรถปอร์เช่`, which ThaiNER leaves untagged three times in three).
 */
export const BRAND_NAMES: readonly string[] = [
  // cars and motorcycles
  'โตโยต้า',
  'ฮอนด้า',
  'นิสสัน',
  'มิตซูบิชิ',
  'มาสด้า',
  'อีซูซุ',
  'ซูบารุ',
  'ฮุนได',
  'เทสลา',
  'บีวายดี',
  'วอลโว่',
  'โฟล์คสวาเกน',
  'บีเอ็มดับเบิลยู',
  'เมอร์เซเดส-เบนซ์',
  'เฟอร์รารี่',
  'แม็คลาเรน',
  'ดูคาติ',
  'ยามาฮ่า',
  'คาวาซากิ',
  'ซูซูกิ',
  // electronics and technology
  'ซัมซุง',
  'หัวเว่ย',
  'เสี่ยวหมี่',
  'ไมโครซอฟท์',
  'อินเทล',
  'เอ็นวิเดีย',
  'โซนี่',
  'ออปโป้',
  'อาลีบาบา',
  'เทนเซ็นต์',
  // airlines and mobile networks
  'แอร์เอเชีย',
  'ไทยแอร์เอเชีย',
  'นกแอร์',
  'ไทยไลออนแอร์',
  'ไทยเวียตเจ็ท',
  'เวียตเจ็ท',
  'บางกอกแอร์เวย์ส',
  'เอไอเอส',
  'ดีแทค',
  // banks (not กรุงศรี, which opens กรุงศรีอยุธยา, nor ออมสิน, a word for saving)
  'กรุงไทย',
  'กสิกรไทย',
  'ไทยพาณิชย์',
  'ทีทีบี',
  // retail and food groups (not บ้านปู, a village's name too)
  'ไทยเบฟ',
  'เอสซีจี',
  'บิ๊กซี',
  'แม็คโคร',
  'ซีพีเอฟ',
  'ซีพี ออลล์',
  'เซเว่น อีเลฟเว่น',
  'เซเว่นอีเลฟเว่น',
  'ไทยทิคเก็ตเมเจอร์',
  // news agencies Thai foreign news cites by name
  'บลูมเบิร์ก',
  'เกียวโด',
];

/**
 * Companies news names in Latin script, by a name that compromise does not know as an
 * organisation (it knows `Google`, `Toyota`, `Netflix`): platforms and technology makers, carmakers,
 * airlines, banks and other businesses of Thai business, technology and world news, as ThaiNER tags
 * `Apple`, `Amazon`, `LINE`, `Xiaomi` ORGANIZATION. Written by hand from public knowledge. Left out:
 * names that are also common English words written alone (`Visa`, `Target`, `Gulf`, `Line`,
 * `True`), bands and products (`iPhone`). `YouTube`, which compromise knows, is here for the runs
 * that list it with another (`LINE YouTube`).
 */
export const LATIN_BRAND_NAMES: readonly string[] = [
  // platforms and technology
  'LINE',
  'YouTube',
  'Apple',
  'Meta',
  'Amazon',
  'TikTok',
  'ByteDance',
  'Shopee',
  'Lazada',
  'Grab',
  'Agoda',
  'Alibaba',
  'Huawei',
  'Oppo',
  'OpenAI',
  'Qualcomm',
  'Foxconn',
  'Spotify',
  'Instagram',
  'WeTV',
  'Binance',
  'Bitkub',
  // cars and aircraft
  'BYD',
  'Tesla',
  'Isuzu',
  'Airbus',
  // airlines
  'AirAsia',
  'Thai AirAsia',
  'Nok Air',
  'Thai Lion Air',
  'Bangkok Airways',
  'Emirates',
  'Qatar Airways',
  'Singapore Airlines',
  'Cathay Pacific',
  // television, telecoms, banks and businesses
  'GMMTV',
  'GMM25',
  'Workpoint',
  'AIS',
  'Kasikornbank',
  'KBank',
  'Krungsri',
  'Bangkok Bank',
  'ThaiBev',
  'Central Group',
  'Mastercard',
  'Aramco',
  'Heineken',
  'Uniqlo',
  'Dior',
  'Chanel',
  // drugmakers
  'AstraZeneca',
  'Moderna',
  'Sinovac',
  'Sinopharm',
  // news agencies
  'Reuters',
  'Bloomberg',
];

/** Words written after a company's name that keep the run its name (`Grab Thailand`, `Alibaba Group`). */
export const LATIN_COMPANY_SUFFIXES: readonly string[] = ['Thailand', 'Group', 'Holdings', 'Inc', 'Corp', 'Corporation'];

/**
 * English words of companies' names as Thai script writes them after the name (`ซัมซุง
 * อิเล็กทรอนิกส์`, `โตโยต้า มอเตอร์ ประเทศไทย`, `ทรู คอร์ปอเรชั่น`, `อาลีบาบา กรุ๊ป`), with their
 * common spellings: written after a body's name, each is part of it, as in ThaiNER's spans. Written
 * by hand; only words that name no body on their own.
 */
export const THAI_SCRIPT_COMPANY_WORDS: readonly string[] = [
  'กรุ๊ป',
  'คอร์ปอเรชั่น',
  'คอร์ปอเรชัน',
  'อินเตอร์เนชั่นแนล',
  'อินเตอร์เนชันแนล',
  'โฮลดิ้ง',
  'โฮลดิ้งส์',
  'มอเตอร์',
  'มอเตอร์ส',
  'ออโตโมบิล',
  'อิเล็กทรอนิกส์',
  'อิเล็คทรอนิคส์',
  'อิเล็คทริค',
  'อินดัสทรีส์',
  'มิวสิค',
  'มิวสิก',
  'เอ็นเตอร์เทนเมนต์',
  'เอ็นเตอร์เทนเมนท์',
  'เอนเตอร์เทนเมนต์',
  'ฟิล์ม',
  'ฟิล์มส์',
  'พิคเจอร์ส',
  'สตูดิโอ',
  'สตูดิโอส์',
  'เรคคอร์ดส',
  'เร็คคอร์ดส',
  'แอร์ไลน์',
  'แอร์ไลน์ส',
  'แอร์เวย์',
  'แอร์เวย์ส',
  'แคปปิตอล',
  'ดีเวลลอปเมนท์',
  'ดีเวลลอปเมนต์',
  'เทคโนโลยีส์',
  'ซิสเต็มส์',
  'โซลูชั่นส์',
  'เอ็นจิเนียริ่ง',
  'คอนสตรัคชั่น',
  'พร็อพเพอร์ตี้',
  'เรียลเอสเตท',
];
