import { campOutsideBusinessNames } from '../../src/entities/business-camps.js';
import { newCandidate } from '../../src/entities/candidate.js';
import { boundariesOf, labelled, modelEntity } from './rule-inputs.js';

/** The rule's output when the model read `part` of `text` as `label`. */
const kept = (text: string, part: string, label: 'ORGANIZATION' | 'LOCATION' | 'PERSON' = 'ORGANIZATION') =>
  labelled(text, campOutsideBusinessNames(text, [modelEntity(text, part, label)], boundariesOf(text)));

describe('campOutsideBusinessNames', () => {
  it('leaves ค่าย and the kind of business after it out of a name that shows a business', () => {
    expect(kept('ค่ายรถยนต์ฮอนด้าประกาศลดราคา', 'ค่ายรถยนต์ฮอนด้า')).toEqual(['ORGANIZATION:ฮอนด้า']);
    expect(kept('ค่ายเพลงดวงดาวเรคคอร์ดส เปิดตัวศิลปินใหม่', 'ค่ายเพลงดวงดาวเรคคอร์ดส')).toEqual(['ORGANIZATION:ดวงดาวเรคคอร์ดส']);
    // the kind alone proves no name: what follows it may say what the makers are
    expect(kept('ค่ายรถอีวีจีนทุ่มงบตั้งโรงงาน', 'ค่ายรถอีวีจีน')).toEqual(['ORGANIZATION:ค่ายรถอีวีจีน']);
    expect(kept('ค่ายเพลงดาวเหนือเปิดตัวศิลปินใหม่', 'ค่ายเพลงดาวเหนือ')).toEqual(['ORGANIZATION:ค่ายเพลงดาวเหนือ']);
  });

  it('leaves it out before spelt-out Latin letters, a brand the lists know and a business’s last word, whatever the model called the whole', () => {
    expect(kept('เด็กค่ายจีดีเอชได้รางวัล', 'ค่ายจีดีเอช')).toEqual(['ORGANIZATION:จีดีเอช']);
    expect(kept('นักร้องค่ายเอ็มเคที ทัวร์คอนเสิร์ต', 'ค่ายเอ็มเคที')).toEqual(['ORGANIZATION:เอ็มเคที']);
    expect(kept('ค่ายมาสด้าเปิดตัวรถใหม่', 'ค่ายมาสด้า', 'LOCATION')).toEqual(['ORGANIZATION:มาสด้า']);
    expect(kept('ศิลปินในสังกัดค่ายดวงดาว มิวสิค ร่วมงาน', 'ค่ายดวงดาว มิวสิค', 'PERSON')).toEqual(['ORGANIZATION:ดวงดาว มิวสิค']);
    expect(kept('ค่ายทองฟ้าฟิล์มส่งหนังเข้าฉาย', 'ค่ายทองฟ้าฟิล์ม')).toEqual(['ORGANIZATION:ทองฟ้าฟิล์ม']);
  });

  it('keeps ค่าย in an army camp’s or a youth camp’s name, a Thai name with nothing of a business', () => {
    expect(kept('ทหารจากค่ายสุรนารี ออกช่วยชาวบ้าน', 'ค่ายสุรนารี')).toEqual(['ORGANIZATION:ค่ายสุรนารี']);
    expect(kept('ผบ.ค่ายเม็งรายมหาราช ตรวจพื้นที่', 'ค่ายเม็งรายมหาราช', 'LOCATION')).toEqual(['LOCATION:ค่ายเม็งรายมหาราช']);
    expect(kept('เยาวชนเข้าค่ายลูกเสือวชิราวุธ', 'ค่ายลูกเสือวชิราวุธ', 'LOCATION')).toEqual(['LOCATION:ค่ายลูกเสือวชิราวุธ']);
    // a name opening with one letter's name (`วี`) spells no letters
    expect(kept('ค่ายวีรวัฒน์โยธิน จ.สุรินทร์', 'ค่ายวีรวัฒน์โยธิน')).toEqual(['ORGANIZATION:ค่ายวีรวัฒน์โยธิน']);
  });

  it('keeps an entity that is the kind alone, one the model did not find, and ค่า glued to ย of another word', () => {
    expect(kept('ค่ายเพลงเซ็นสัญญากับศิลปิน', 'ค่ายเพลง')).toEqual(['ORGANIZATION:ค่ายเพลง']);
    const text = 'ค่ายจีดีเอชเปิดตัวหนัง';
    const pattern = newCandidate(0, text.indexOf('เปิด'), 'ORGANIZATION', 'pattern');
    expect(labelled(text, campOutsideBusinessNames(text, [pattern], boundariesOf(text)))).toEqual(['ORGANIZATION:ค่ายจีดีเอช']);
    expect(kept('ค่ายาโตโยต้า', 'ค่ายาโตโยต้า')).toEqual(['ORGANIZATION:ค่ายาโตโยต้า']);
  });
});
