/** Sentences of our own in the shape of Thai news: names with titles, offices, dates, money, an English gloss. */
const SENTENCES = [
  'นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ เดินทางไปจังหวัดเชียงใหม่เมื่อวันที่ N มีนาคม 2567',
  'เพื่อติดตามสถานการณ์น้ำท่วมที่ส่งผลกระทบต่อเกษตรกรกว่า N ครัวเรือน',
  'กรมส่งเสริมการเกษตร (Department of Agricultural Extension: DOAE) ได้จัดสรรงบประมาณ N ล้านบาท',
  'ทั้งนี้ ธนาคารแห่งประเทศไทยคาดว่าเศรษฐกิจจะขยายตัวร้อยละ 3.N ในปีงบประมาณ 2568',
  'ด้านองค์การสหประชาชาติ (United Nations) ระบุว่าประเทศสมาชิกอาเซียนควรร่วมมือกันมากขึ้น',
  'นางสาวสมศรี มีสุข ผู้อำนวยการโรงพยาบาลแห่งหนึ่ง กล่าวว่า ผู้ป่วยจำนวน N ราย ได้รับการรักษาแล้ว',
  'เวลา 10.30 น. ที่ผ่านมา เจ้าหน้าที่ตำรวจได้ตรวจสอบพื้นที่บริเวณถนนสุขุมวิท กรุงเทพมหานคร',
];

/**
 * A long plain-text article of about `bytes` bytes of UTF-8 (a sentence more at most), in
 * paragraphs of about `paragraphChars` characters, one a line (Infinity: all on one line, as
 * text whose line breaks were lost). Thai takes 3 bytes a character, so 5 MB is about 2M characters.
 */
export function longArticle(bytes: number, paragraphChars: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  let paragraph: string[] = [];
  let paragraphLength = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = SENTENCES[(i * 3) % SENTENCES.length].replace('N', String((i % 97) + 1));
    paragraph.push(sentence);
    paragraphLength += sentence.length + 1;
    size += Buffer.byteLength(sentence) + 1;
    if (paragraphLength >= paragraphChars || size >= bytes) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
      paragraphLength = 0;
    }
  }
  return `${paragraphs.join('\n')}\n`;
}
