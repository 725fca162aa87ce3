import fc from 'fast-check';
import { newCandidate } from '../../src/entities/candidate.js';
import { trimPersonTails } from '../../src/entities/person-tails.js';
import { modelEntity } from './rule-inputs.js';

const trimmed = (text: string, part: string) => trimPersonTails(text, [modelEntity(text, part, 'PERSON')]).map((e) => text.slice(e.start, e.end));

describe('trimPersonTails', () => {
  it('ends a person before a verb of saying with ว่า, ความว่า or the words that open a date', () => {
    expect(trimmed('นางสาววรรณา สุขใจ เสริมว่า ทั้งนี้', 'นางสาววรรณา สุขใจ เสริมว่า')).toEqual(['นางสาววรรณา สุขใจ']);
    expect(trimmed('นายสมปอง ยังกล่าวอีกว่า โครงการ', 'นายสมปอง ยังกล่าวอีกว่า')).toEqual(['นายสมปอง']);
    expect(trimmed('นางมาลี ศรีสุข ให้สัมภาษณ์ว่า ปีนี้', 'นางมาลี ศรีสุข ให้สัมภาษณ์ว่า')).toEqual(['นางมาลี ศรีสุข']);
    expect(trimmed('พระบาทสมเด็จพระเจ้าอยู่หัว ระหว่างวันที่ 1-3', 'พระบาทสมเด็จพระเจ้าอยู่หัว ระหว่างวันที่')).toEqual(['พระบาทสมเด็จพระเจ้าอยู่หัว']);
    // auxiliaries before the verb, however many
    expect(trimmed('พลเอกสมชาย ยังได้กล่าวว่า การประชุม', 'พลเอกสมชาย ยังได้กล่าวว่า')).toEqual(['พลเอกสมชาย']);
  });

  it('ends a person before a verb of saying with ว่า written onto the name, and before เพิ่มเติมว่า', () => {
    expect(trimmed('พลโท สมบัติ แก้วใจดีย้ำว่า รัฐบาลพร้อม', 'พลโท สมบัติ แก้วใจดีย้ำว่า')).toEqual(['พลโท สมบัติ แก้วใจดี']);
    expect(trimmed('นางสาวสุนีย์ รักดียังได้เปิดเผยอีกว่า ปีนี้', 'นางสาวสุนีย์ รักดียังได้เปิดเผยอีกว่า')).toEqual(['นางสาวสุนีย์ รักดี']);
    expect(trimmed('นายวิชัยกล่าวว่า ทั้งนี้', 'นายวิชัยกล่าวว่า')).toEqual(['นายวิชัย']);
    expect(trimmed('นายเทวัญ เพิ่มเติมว่า โครงการ', 'นายเทวัญ เพิ่มเติมว่า')).toEqual(['นายเทวัญ']);
    expect(trimmed('นพ.สมศักดิ์ เน้นย้ำอีกว่า ทุกฝ่าย', 'นพ.สมศักดิ์ เน้นย้ำอีกว่า')).toEqual(['นพ.สมศักดิ์']);
    expect(trimmed('นางวิไล สุขดี พร้อมเปิดเผยว่า ปีนี้', 'นางวิไล สุขดี พร้อมเปิดเผยว่า')).toEqual(['นางวิไล สุขดี']);
    // a verb with other letters between it and ว่า is no glued verb of saying; nor is one that leaves a single letter
    expect(trimmed('นายสมชาย ใจดีเล่าคำว่า ดี', 'นายสมชาย ใจดีเล่าคำว่า')).toEqual(['นายสมชาย ใจดีเล่าคำว่า']);
    expect(trimmed('ยกล่าวว่า', 'ยกล่าวว่า')).toEqual(['ยกล่าวว่า']);
  });

  it('ends a person before a diplomat’s post after a space, not a surname written with one', () => {
    expect(trimmed('นายวีระ ศรีสุข เอกอัครราชทูต ณ กรุงโตเกียว เข้าพบ', 'นายวีระ ศรีสุข เอกอัครราชทูต')).toEqual(['นายวีระ ศรีสุข']);
    expect(trimmed('Ms. Anna Berg เอกอัครราชทูตสวีเดนประจำประเทศไทย กล่าว', 'Ms. Anna Berg เอกอัครราชทูตสวีเดนประจำประเทศไทย')).toEqual(['Ms. Anna Berg']);
    expect(trimmed('นายสมศักดิ์ กงสุลวงศ์ กล่าว', 'นายสมศักดิ์ กงสุลวงศ์')).toEqual(['นายสมศักดิ์ กงสุลวงศ์']);
  });

  it('ends a person before the company they come with', () => {
    expect(trimmed('นางสมศรี พร้อมพวก ถูกจับกุม', 'นางสมศรี พร้อมพวก')).toEqual(['นางสมศรี']);
    expect(trimmed('นายวิชัย พร้อมด้วยคณะ เดินทาง', 'นายวิชัย พร้อมด้วยคณะ')).toEqual(['นายวิชัย']);
  });

  it('ends a royal name before what the royal did, whatever chunk of the name it follows', () => {
    expect(trimmed('พระบาทสมเด็จพระเจ้าอยู่หัว มาทอดพระเนตร นิทรรศการ', 'พระบาทสมเด็จพระเจ้าอยู่หัว มาทอดพระเนตร')).toEqual(['พระบาทสมเด็จพระเจ้าอยู่หัว']);
    const queen = 'สมเด็จพระนางเจ้าฯ พระบรมราชินี พระราชทานสิ่งของ ทรงพระกรุณา';
    expect(trimmed(queen, 'สมเด็จพระนางเจ้าฯ พระบรมราชินี พระราชทานสิ่งของ ทรงพระกรุณา')).toEqual(['สมเด็จพระนางเจ้าฯ พระบรมราชินี']);
    // a royal name of several chunks stays whole, up to the act after its last chunk
    const princess = 'สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี';
    expect(trimmed(`${princess} เสด็จไปทรงเปิดงาน`, princess)).toEqual([princess]);
    expect(trimmed(`${princess} เสด็จไปทรงเปิดงาน`, `${princess} เสด็จไปทรงเปิดงาน`)).toEqual([princess]);
  });

  it('keeps a surname that ends with ว่า or opens with a verb’s letters', () => {
    expect(trimmed('นางฮานาโกะ ซากาว่า รัฐมนตรี', 'นางฮานาโกะ ซากาว่า')).toEqual(['นางฮานาโกะ ซากาว่า']);
    expect(trimmed('นายสุธี มากบุญ กล่าว', 'นายสุธี มากบุญ')).toEqual(['นายสุธี มากบุญ']);
    // a surname opening with พร้อม, and a commoner's surname opening with a royal act's letters
    expect(trimmed('นายสมศักดิ์ พร้อมสุขใจ กล่าว', 'นายสมศักดิ์ พร้อมสุขใจ')).toEqual(['นายสมศักดิ์ พร้อมสุขใจ']);
    expect(trimmed('นายวีระ มาลัยทอง กล่าว', 'นายวีระ มาลัยทอง')).toEqual(['นายวีระ มาลัยทอง']);
  });

  it('never lengthens an entity nor changes another label', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.constantFrom('PERSON', 'ORGANIZATION', 'LOCATION') as fc.Arbitrary<'PERSON' | 'ORGANIZATION' | 'LOCATION'>,
        (text, label) => {
          const [e] = trimPersonTails(text, [newCandidate(0, text.length, label, 'model')]);
          expect(e.start).toBe(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
          if (label !== 'PERSON') expect(e.end).toBe(text.length);
        },
      ),
    );
  });
});
