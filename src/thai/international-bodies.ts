/** International organisations with their Thai and English names; the id is the acronym. */
export interface NamedBody {
  id: string;
  names: readonly string[];
}

export const INTERNATIONAL_BODIES: readonly NamedBody[] = [
  { id: 'ASEAN', names: ['อาเซียน', 'สมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้', 'ASEAN', 'Association of Southeast Asian Nations'] },
  { id: 'UN', names: ['สหประชาชาติ', 'องค์การสหประชาชาติ', 'ยูเอ็น', 'UN', 'U.N.', 'United Nations'] },
  { id: 'UNSC', names: ['คณะมนตรีความมั่นคงแห่งสหประชาชาติ', 'UNSC', 'UN Security Council'] },
  { id: 'EU', names: ['สหภาพยุโรป', 'อียู', 'EU', 'European Union'] },
  { id: 'WHO', names: ['องค์การอนามัยโลก', 'ดับเบิลยูเอชโอ', 'WHO', 'World Health Organization'] },
  { id: 'WTO', names: ['องค์การการค้าโลก', 'ดับเบิลยูทีโอ', 'WTO', 'World Trade Organization'] },
  { id: 'IMF', names: ['กองทุนการเงินระหว่างประเทศ', 'ไอเอ็มเอฟ', 'IMF', 'International Monetary Fund'] },
  { id: 'WB', names: ['ธนาคารโลก', 'เวิลด์แบงก์', 'World Bank'] },
  { id: 'ADB', names: ['ธนาคารพัฒนาเอเชีย', 'เอดีบี', 'ADB', 'Asian Development Bank'] },
  { id: 'NATO', names: ['องค์การสนธิสัญญาป้องกันแอตแลนติกเหนือ', 'นาโต', 'เนโท', 'NATO'] },
  { id: 'APEC', names: ['ความร่วมมือทางเศรษฐกิจเอเชีย-แปซิฟิก', 'เอเปค', 'เอเปก', 'APEC'] },
  { id: 'OPEC', names: ['กลุ่มประเทศผู้ส่งออกน้ำมัน', 'โอเปก', 'โอเปค', 'OPEC'] },
  { id: 'UNESCO', names: ['องค์การการศึกษา วิทยาศาสตร์ และวัฒนธรรมแห่งสหประชาชาติ', 'ยูเนสโก', 'UNESCO'] },
  { id: 'UNICEF', names: ['กองทุนเพื่อเด็กแห่งสหประชาชาติ', 'ยูนิเซฟ', 'UNICEF'] },
  { id: 'UNHCR', names: ['สำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ', 'UNHCR'] },
  { id: 'UNDP', names: ['โครงการพัฒนาแห่งสหประชาชาติ', 'UNDP'] },
  { id: 'FAO', names: ['องค์การอาหารและเกษตรแห่งสหประชาชาติ', 'FAO'] },
  { id: 'ILO', names: ['องค์การแรงงานระหว่างประเทศ', 'ILO'] },
  { id: 'OECD', names: ['องค์การเพื่อความร่วมมือทางเศรษฐกิจและการพัฒนา', 'โออีซีดี', 'OECD'] },
  { id: 'G20', names: ['กลุ่มประเทศจี 20', 'จี20', 'จี 20', 'G20', 'G-20'] },
  { id: 'G7', names: ['กลุ่มประเทศจี 7', 'จี7', 'จี 7', 'G7', 'G-7'] },
  { id: 'BRICS', names: ['บริกส์', 'BRICS'] },
  { id: 'AU', names: ['สหภาพแอฟริกา', 'African Union'] },
  { id: 'INTERPOL', names: ['ตำรวจสากล', 'องค์การตำรวจอาชญากรรมระหว่างประเทศ', 'อินเตอร์โพล', 'อินเทอร์โพล', 'INTERPOL', 'Interpol'] },
  { id: 'IAEA', names: ['ทบวงการพลังงานปรมาณูระหว่างประเทศ', 'IAEA'] },
  { id: 'ICC', names: ['ศาลอาญาระหว่างประเทศ', 'International Criminal Court'] },
  { id: 'ICJ', names: ['ศาลยุติธรรมระหว่างประเทศ', 'ศาลโลก', 'ICJ', 'International Court of Justice'] },
  { id: 'IOC', names: ['คณะกรรมการโอลิมปิกสากล', 'ไอโอซี', 'IOC', 'International Olympic Committee'] },
  { id: 'FIFA', names: ['สหพันธ์ฟุตบอลนานาชาติ', 'ฟีฟ่า', 'FIFA'] },
  { id: 'AEC', names: ['ประชาคมเศรษฐกิจอาเซียน', 'เออีซี', 'AEC', 'ASEAN Economic Community'] },
  { id: 'RCEP', names: ['ความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค', 'อาร์เซ็ป', 'RCEP'] },
  { id: 'UNESCAP', names: ['คณะกรรมาธิการเศรษฐกิจและสังคมแห่งสหประชาชาติสำหรับเอเชียและแปซิฟิก', 'เอสแคป', 'ESCAP', 'UNESCAP'] },
];
