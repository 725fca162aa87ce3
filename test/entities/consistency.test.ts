import { agreeWithinDocument } from '../../src/entities/consistency.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { segment } from '../../src/segmenter/index.js';

/** Token boundaries of a BMP text (code points = UTF-16 offsets). */
const boundariesOf = (text: string) => new Set(segment(text).flatMap((t) => [t.start, t.end]));
const at = (text: string, part: string, label: Candidate['label'], from = 0): Candidate => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, label, source: 'model' };
};
const shown = (text: string, entities: Candidate[]) => entities.map((e) => `${e.label}:${text.slice(e.start, e.end)}`);

describe('agreeWithinDocument', () => {
  it('finds a titled person again where the document drops the title', () => {
    const text = 'นายธีระ วงศ์ประเสริฐ เดินทางถึงที่ประชุม ต่อมาธีระ วงศ์ประเสริฐ กล่าวว่า ธีระ จะลงพื้นที่';
    const entities = agreeWithinDocument(text, [at(text, 'นายธีระ วงศ์ประเสริฐ', 'PERSON')], boundariesOf(text));
    expect(shown(text, entities)).toEqual(['PERSON:นายธีระ วงศ์ประเสริฐ', 'PERSON:ธีระ วงศ์ประเสริฐ', 'PERSON:ธีระ']);
  });

  it('finds names given from elsewhere (a foreign person’s surname) alone, and relabels them', () => {
    const text = 'มาร์โค ตอร์เรสซี ทำสองประตู หลังเกม ตอร์เรสซี กล่าวว่า ทีมเล่นดี ส่วนตอร์เรสซี จะพักสองนัด';
    const entities = agreeWithinDocument(
      text,
      [{ ...at(text, 'มาร์โค ตอร์เรสซี', 'PERSON'), source: 'pattern' }, at(text, 'ตอร์เรสซี', 'LOCATION', 20)],
      boundariesOf(text),
      ['มาร์โค ตอร์เรสซี', 'ตอร์เรสซี'],
    );
    expect(shown(text, entities)).toEqual(['PERSON:มาร์โค ตอร์เรสซี', 'PERSON:ตอร์เรสซี', 'PERSON:ตอร์เรสซี']);
  });

  it('cuts a PERSON down to a titled name it ends with', () => {
    const text = 'นายก้องภพ ศรีเมือง ถึงที่ประชุม ต่อมา ก้องภพ ศรีเมือง ได้ลงพื้นที่ จากนั้นก้องภพ กล่าวว่า';
    const entities = agreeWithinDocument(
      text,
      [at(text, 'นายก้องภพ ศรีเมือง', 'PERSON'), at(text, 'ต่อมา ก้องภพ ศรีเมือง', 'PERSON'), at(text, 'จากนั้นก้องภพ', 'PERSON')],
      boundariesOf(text),
    );
    expect(entities.map((e) => [e.start, e.end, text.slice(e.start, e.end)])).toEqual([
      [0, 18, 'นายก้องภพ ศรีเมือง'],
      [38, 53, 'ก้องภพ ศรีเมือง'],
      [74, 80, 'ก้องภพ'],
    ]);
  });

  it('turns another label on the same name into PERSON', () => {
    const text = 'นางสาวมาลี ทองคำ ให้สัมภาษณ์ ส่วนมาลี ทองคำ ไม่ตอบคำถาม';
    const entities = agreeWithinDocument(text, [at(text, 'นางสาวมาลี ทองคำ', 'PERSON'), at(text, 'มาลี ทองคำ', 'ORGANIZATION', 20)], boundariesOf(text));
    expect(shown(text, entities)).toEqual(['PERSON:นางสาวมาลี ทองคำ', 'PERSON:มาลี ทองคำ']);
  });

  it('gives one label to a text called a person in one place and a place in another', () => {
    const text = 'ทีมจากเวโรนา มาแข่งที่นี่ และเวโรนา ชนะ';
    const entities = agreeWithinDocument(text, [at(text, 'เวโรนา', 'LOCATION'), at(text, 'เวโรนา', 'PERSON', 15)], boundariesOf(text));
    expect(shown(text, entities)).toEqual(['LOCATION:เวโรนา', 'LOCATION:เวโรนา']);
  });

  it('leaves a name labelled by its role alone: an organisation here, a place there', () => {
    const text = 'อาเซียนประชุมกัน ประเทศในอาเซียนตกลงร่วมกัน';
    const entities = agreeWithinDocument(text, [at(text, 'อาเซียน', 'ORGANIZATION'), at(text, 'อาเซียน', 'LOCATION', 10)], boundariesOf(text));
    expect(shown(text, entities)).toEqual(['ORGANIZATION:อาเซียน', 'LOCATION:อาเซียน']);
  });
});
