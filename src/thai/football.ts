/**
 * Football as Thai sport news writes it: clubs by their Thai-script names and the nicknames the
 * sport pages use for them (`หงส์แดง`, Liverpool; `ปีศาจแดง`, Manchester United), leagues, and
 * grounds. Sport is a large part of every Thai news site, and the entity model, trained on
 * formal news and government text, knows almost none of these names: it misses `เชลซี` and
 * `อาร์เซนอล`, and takes `โอลด์ แทรฟฟอร์ด` for a person.
 *
 * Written by hand from the spellings of Thai sport pages (no corpus), with the variants that
 * differ by a tone mark, a final letter or a space (a space in a name also matches without it).
 */
export interface FootballName {
  /** The club, league or ground in English. */
  name: string;
  /** Its Thai-script names. */
  thai: readonly string[];
  /**
   * The names are also something else's (a city's, `ลิเวอร์พูล`; a word's, `ปืนใหญ่`): they
   * name the club only where the text around them is about football.
   */
  ambiguous?: true;
}

const named = (name: string, thai: string, ambiguous?: true): FootballName => ({ name, thai: thai.split('|'), ...(ambiguous && { ambiguous }) });

export const FOOTBALL_CLUBS: readonly FootballName[] = [
  // England
  named('Arsenal', 'อาร์เซนอล|อาร์เซน่อล'),
  named('Arsenal', 'ปืนใหญ่|ไอ้ปืนโต', true),
  named('Aston Villa', 'แอสตัน วิลล่า|แอสตัน วิลลา'),
  named('AFC Bournemouth', 'บอร์นมัธ|บอร์นมัท', true),
  named('Brentford', 'เบรนท์ฟอร์ด|เบรนต์ฟอร์ด'),
  named('Brighton & Hove Albion', 'ไบรท์ตัน แอนด์ โฮฟ อัลเบี้ยน'),
  named('Brighton & Hove Albion', 'ไบรท์ตัน|ไบรจ์ตัน|ไบรตัน', true),
  named('Burnley', 'เบิร์นลีย์', true),
  named('Chelsea', 'เชลซี|สิงห์บลูส์|สิงห์บูลส์'),
  named('Crystal Palace', 'คริสตัล พาเลซ'),
  named('Everton', 'เอฟเวอร์ตัน|ท็อฟฟี่สีน้ำเงิน'),
  named('Fulham', 'ฟูแล่ม|ฟูแลม'),
  named('Ipswich Town', 'อิปสวิช', true),
  named('Leeds United', 'ลีดส์ ยูไนเต็ด'),
  named('Leeds United', 'ลีดส์', true),
  named('Leicester City', 'เลสเตอร์ ซิตี้'),
  named('Leicester City', 'จิ้งจอกสีน้ำเงิน', true),
  named('Leicester City', 'เลสเตอร์', true),
  named('Liverpool', 'หงส์แดง'),
  named('Liverpool', 'ลิเวอร์พูล', true),
  named('Manchester City', 'แมนเชสเตอร์ ซิตี้|แมนฯ ซิตี้|แมนซิตี้'),
  named('Manchester City', 'เรือใบสีฟ้า', true),
  named('Manchester United', 'แมนเชสเตอร์ ยูไนเต็ด|แมนยู|แมนฯ ยูไนเต็ด'),
  named('Manchester United', 'ปีศาจแดง|ผีแดง', true),
  named('Newcastle United', 'นิวคาสเซิล ยูไนเต็ด|นิวคาสเซิ่ล ยูไนเต็ด|สาลิกาดง'),
  named('Newcastle United', 'นิวคาสเซิล|นิวคาสเซิ่ล', true),
  named('Nottingham Forest', 'น็อตติ้งแฮม ฟอเรสต์|นอตติงแฮม ฟอเรสต์|น็อตติงแฮม ฟอเรสต์'),
  named('Southampton', 'เซาแธมป์ตัน|เซาธ์แฮมป์ตัน', true),
  named('Sunderland', 'ซันเดอร์แลนด์', true),
  named('Tottenham Hotspur', 'ท็อตแนม ฮ็อทสเปอร์|ท็อตแน่ม ฮ็อทสเปอร์|ท็อตแนม ฮอทสเปอร์|ท็อตแนม|ท็อตแน่ม'),
  named('Tottenham Hotspur', 'ไก่เดือยทอง', true),
  named('Tottenham Hotspur', 'สเปอร์ส', true),
  named('West Ham United', 'เวสต์แฮม ยูไนเต็ด|เวสต์แฮม|ขุนค้อน'),
  named('Wolverhampton Wanderers', 'วูล์ฟแฮมป์ตัน วันเดอเรอร์ส|วูล์ฟแฮมป์ตัน|วูล์ฟส์'),
  // Spain
  named('Athletic Club', 'แอธเลติก บิลเบา|แอธเลติก คลับ'),
  named('Atlético Madrid', 'แอตเลติโก มาดริด|แอตเลติโก้ มาดริด|แอตฯ มาดริด'),
  named('FC Barcelona', 'บาร์ซ่า|บาร์ซา'),
  named('FC Barcelona', 'บาร์เซโลนา|บาร์เซโลน่า', true),
  named('Girona', 'จิโรน่า|ฌิโรนา', true),
  named('Real Betis', 'เรอัล เบติส|เบติส'),
  named('Real Madrid', 'เรอัล มาดริด|ราชันชุดขาว'),
  named('Real Sociedad', 'เรอัล โซเซียดาด'),
  named('Sevilla', 'เซบียา|เซบีย่า', true),
  named('Valencia', 'บาเลนเซีย', true),
  named('Villarreal', 'บียาร์เรอัล'),
  // Italy
  named('AC Milan', 'เอซี มิลาน|เอซีมิลาน'),
  named('AS Roma', 'เอเอส โรมา'),
  named('AS Roma', 'โรมา', true),
  named('Atalanta', 'อตาลันตา|อตาลันต้า'),
  named('Fiorentina', 'ฟิออเรนติน่า|ฟิออเรนตินา'),
  named('Inter Milan', 'อินเตอร์ มิลาน'),
  named('Juventus', 'ยูเวนตุส|ยูเว่'),
  named('Juventus', 'ม้าลาย', true),
  named('Lazio', 'ลาซิโอ', true),
  named('Napoli', 'นาโปลี', true),
  // Germany, France, elsewhere in Europe
  named('Bayer Leverkusen', 'ไบเออร์ เลเวอร์คูเซ่น|เลเวอร์คูเซ่น|เลเวอร์คูเซน'),
  named('Bayern Munich', 'บาเยิร์น มิวนิค|บาเยิร์น มิวนิก'),
  named('Bayern Munich', 'บาเยิร์น', true),
  named('Borussia Dortmund', 'โบรุสเซีย ดอร์ทมุนด์'),
  named('Borussia Dortmund', 'ดอร์ทมุนด์', true),
  named('RB Leipzig', 'แอร์เบ ไลป์ซิก|อาร์บี ไลป์ซิก'),
  named('Paris Saint-Germain', 'ปารีส แซงต์-แชร์กแมง|ปารีส แซงต์ แชร์กแมง|เปแอสเช'),
  named('Olympique de Marseille', 'มาร์กเซย', true),
  named('Olympique Lyonnais', 'ลียง', true),
  named('AFC Ajax', 'อาหยักซ์|อาแจ็กซ์'),
  named('Benfica', 'เบนฟิก้า|เบนฟิกา'),
  named('FC Porto', 'ปอร์โต้', true),
  named('Sporting CP', 'สปอร์ติ้ง ลิสบอน'),
  named('Celtic', 'เซลติก', true),
  named('Galatasaray', 'กาลาตาซาราย'),
  named('Fenerbahçe', 'เฟเนร์บาห์เช่|เฟเนร์บาห์เช'),
  named('Al Nassr', 'อัล นาสเซอร์|อัล-นาสเซอร์|อัล นาสร์'),
  named('Al Hilal', 'อัล ฮิลาล|อัล-ฮิลาล'),
  named('Inter Miami', 'อินเตอร์ ไมอามี่|อินเตอร์ ไมอามี'),
  // national teams by the nicknames sport pages call them (war elephant, a jewel of a hibiscus:
  // words of other news too)
  named('Thailand national football team', 'ช้างศึก', true),
  named("Thailand women's national football team", 'ชบาแก้ว', true),
  // Japan: the J1 League, where Thai players have played since 2017 (ชนาธิป, ธีราธร, ศุภชัย,
  // สุภโชค, เอกนิษฐ์) and which Thai sport pages follow week by week; a city alone is the city
  named('Kawasaki Frontale', 'คาวาซากิ ฟรอนตาเล่|คาวาซากิ ฟรอนตาเล|ฟรอนตาเล่|ฟรอนตาเล'),
  named('Yokohama F. Marinos', 'โยโกฮาม่า เอฟ มารินอส|โยโกฮามา เอฟ มารินอส|โยโกฮาม่า มารินอส|มารินอส'),
  named('Hokkaido Consadole Sapporo', 'คอนซาโดเล่ ซัปโปโร|คอนซาโดเล ซัปโปโร|ฮอกไกโด คอนซาโดเล่ ซัปโปโร|คอนซาโดเล่|คอนซาโดเล'),
  named('Cerezo Osaka', 'เซเรโซ่ โอซาก้า|เซเรโซ โอซากา|เซเรโซ่'),
  named('Gamba Osaka', 'กัมบะ โอซาก้า|กัมบะ โอซากา'),
  named('Vissel Kobe', 'วิสเซล โกเบ'),
  named('Urawa Red Diamonds', 'อุราวะ เรดส์|อุราวะ เรด ไดมอนด์ส'),
  named('Kashima Antlers', 'คาชิมะ แอนท์เลอร์ส|คาชิม่า แอนท์เลอร์ส'),
  named('Nagoya Grampus', 'นาโกย่า แกรมปัส|นาโงย่า แกรมปัส|แกรมปัส'),
  named('Sanfrecce Hiroshima', 'ซานเฟรชเซ่ ฮิโรชิมา|ซานเฟรซเซ่ ฮิโรชิม่า|ซานเฟรชเซ่'),
  named('Shimizu S-Pulse', 'ชิมิสึ เอส-พัลส์|ชิมิซุ เอส-พัลส์'),
  named('Oita Trinita', 'โออิตะ ทรินิตะ|โออิตะ ทรินิต้า'),
  named('Tokushima Vortis', 'โทคุชิมะ วอร์ติส'),
  named('Kashiwa Reysol', 'คาชิวะ เรย์โซล'),
  // Thailand: the clubs' full names end with a club's word (`บุรีรัมย์ ยูไนเต็ด`), which another
  // rule reads; their provinces' names alone are places
  named('Buriram United', 'ปราสาทสายฟ้า'),
  named('Muangthong United', 'กิเลนผยอง'),
  named('Chonburi FC', 'ฉลามชล'),
  named('Police Tero', 'โปลิศ เทโร'),
];

/** The clubs' names in Latin script (`Chelsea`, `Manchester United`). */
export const FOOTBALL_CLUB_NAMES: ReadonlySet<string> = new Set(FOOTBALL_CLUBS.map((club) => club.name));

export const FOOTBALL_LEAGUES: readonly FootballName[] = [
  named('Premier League', 'พรีเมียร์ลีก|พรีเมียร์ลีก อังกฤษ'),
  named('La Liga', 'ลาลีกา|ลา ลีกา'),
  named('Serie A', 'เซเรียอา|เซเรีย อา|กัลโช่ เซเรีย อา'),
  named('Bundesliga', 'บุนเดสลีกา|บุนเดสลีก้า'),
  named('Ligue 1', 'ลีกเอิง'),
  named('Thai League 1', 'ไทยลีก|ไทยลีก 1|ไทยพรีเมียร์ลีก'),
  named('Eredivisie', 'เอเรดิวิซี่'),
  named('J1 League', 'เจลีก'),
  named('K League', 'เคลีก'),
];

/** Football grounds: facilities, not places or people (`โอลด์ แทรฟฟอร์ด`). */
export const FOOTBALL_GROUNDS: readonly FootballName[] = [
  named('Old Trafford', 'โอลด์ แทรฟฟอร์ด|โอลด์แทรฟฟอร์ด'),
  named('Anfield', 'แอนฟิลด์'),
  named('Stamford Bridge', 'สแตมฟอร์ด บริดจ์'),
  named('Santiago Bernabéu', 'ซานติอาโก เบร์นาเบว|เบร์นาเบว'),
  named('Camp Nou', 'คัมป์ นู|คัมป์นู'),
  named('San Siro', 'ซาน ซิโร่|ซานซิโร่'),
  named('Wembley Stadium', 'เวมบลีย์'),
  named('Rajamangala Stadium', 'ราชมังคลากีฬาสถาน'),
  named('Villa Park', 'วิลล่า พาร์ค'),
  named('Goodison Park', 'กูดิสัน พาร์ค'),
  named('Signal Iduna Park', 'ซิกนัล อิดูน่า พาร์ค'),
];

/**
 * Words of football reports: where one stands near an ambiguous name, the name is the club's.
 * Words that other news uses as much are left out: `ชนะ` and `แพ้` (elections),
 * `เสมอ` ("always"), `เยือน` (a minister's visit), `ลีก` (inside `หลีก`), `ลงสนาม` (to stand for
 * election), `ครึ่งแรก` (of a year), `เจ้าบ้าน` (a host country), `เปิดบ้าน` (an open house),
 * `สโมสร` (any club), `ใบแดง` (an election ban).
 */
export const FOOTBALL_WORDS: readonly string[] = [
  'ฟุตบอล',
  'นักเตะ',
  'แข้ง',
  'กุนซือ',
  'ยิงประตู',
  'ประตูชัย',
  'ได้ประตู',
  'เสียประตู',
  'สกอร์',
  'ดาวซัลโว',
  'แฮตทริก',
  'แฮตทริค',
  'จุดโทษ',
  'ล้ำหน้า',
  'ตีเสมอ',
  'ทีมเยือน',
  'บุกไปเยือน',
  'แชมเปียนส์ลีก',
  'แชมเปี้ยนส์ลีก',
  'ยูโรปาลีก',
  'เอฟเอ คัพ',
  'คาราบาว คัพ',
  'ตารางคะแนน',
  'ย้ายทีม',
  'ตลาดซื้อขาย',
];

/**
 * A result with its score (`เอาชนะบาร์เซโลนา 2-0`, `พ่ายเซบียา 1-3`): the verbs other news uses as
 * much (`ชนะ`, `แพ้`, `เสมอกับ`) are match words when a score of goals or sets follows in the same
 * clause. An election's or a vote's count is hundreds; a range of dates, ranks or amounts says what
 * it counts before or after it (`วันที่ 26-27`, `อันดับ 1-3`, `2-3 วัน`).
 */
export const MATCH_RESULT =
  /(?:เอาชนะ|ชนะ(?!เลิศ)|พ่ายแพ้|พ่าย|แพ้|เสมอกับ|เฉือน)[^\n()]{0,40}?(?<![\d.,:/-]|(?:วันที่|วันละ|อันดับ|ลำดับที่|ตั้งแต่|ระหว่าง|อายุ|ละ)[ \u00A0]?)\d{1,2}[ \u00A0]?-[ \u00A0]?\d{1,2}(?![\d.,:/-]|[ \u00A0]?(?:วัน|ปี|เดือน|คน|ครั้ง|สมัย|ชั่วโมง|นาที|กม|กิโล|เมตร|บาท|%))/gu;

/** Words of clubs' and teams' names in Latin script (`FC Porto`, `Leeds United`, `Team Liquid`). */
export const LATIN_CLUB_WORDS: readonly string[] = ['FC', 'F.C.', 'AFC', 'CF', 'AC', 'SC', 'United', 'City', 'Club', 'Team'];
