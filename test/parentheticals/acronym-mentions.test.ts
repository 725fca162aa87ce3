import { createPipeline } from '../../src/create-pipeline.js';
import { builtInThaiAcronym, findAcronymMentions, tableEntryOfDefinition } from '../../src/parentheticals/acronym-mentions.js';
import { loadThaiAcronyms } from '../../src/parentheticals/shipped-data.js';
import { isThaiShortForm } from '../../src/parentheticals/thai-short-form.js';

const pipeline = createPipeline({ name: 'paren', stages: ['decode', 'segment', 'parentheticals'] });

async function mentionsOf(text: string, builtIn = true) {
  const doc = await pipeline.process({ id: 'x', text });
  return findAcronymMentions(doc.text, doc.parentheticals ?? [], { builtIn, tokens: doc.tokens });
}

describe('findAcronymMentions', () => {
  it('finds the later bare mentions of a Thai short form the document defines, in code points', async () => {
    const text = '🗳️ คณะกรรมการการเลือกตั้ง (กกต.) ประกาศผล ต่อมา กกต.ระบุว่าผู้สมัครครบ';
    const mentions = await mentionsOf(text);
    const chars = Array.from(text);
    expect(mentions).toEqual([
      {
        start: 48,
        end: 52,
        text: 'กกต.',
        acronym: 'กกต.',
        fullName: 'คณะกรรมการการเลือกตั้ง',
        definition: { start: 3, end: 25, text: 'คณะกรรมการการเลือกตั้ง' },
        id: 'th-org:ECT',
        label: 'ORGANIZATION',
      },
    ]);
    expect(chars.slice(48, 52).join('')).toBe('กกต.');
    expect(chars.slice(3, 25).join('')).toBe('คณะกรรมการการเลือกตั้ง');
  });

  it('does the same for English short forms, without an id the table does not have', async () => {
    const text = 'บริการข้อความสั้น (Short Message Service: SMS) ใช้ได้ทุกค่าย ผู้ใช้ส่ง SMS ได้ฟรี แต่ SMSes ไม่นับ';
    const mentions = await mentionsOf(text);
    expect(mentions.map((m) => [m.text, m.fullName, m.id])).toEqual([['SMS', 'บริการข้อความสั้น', undefined]]);
  });

  it('tags the common short forms of the built-in table without a definition, glued to the word before where a token starts', async () => {
    const mentions = await mentionsOf('ที่ประชุมครม.มีมติให้ธปท. ดูแลค่าเงิน');
    expect(mentions.map((m) => [m.text, m.id, m.definition])).toEqual([
      ['ครม.', 'th-org:CABINET', undefined],
      ['ธปท.', 'th-org:BOT', undefined],
    ]);
    expect(await mentionsOf('ที่ประชุมครม.มีมติ', false)).toEqual([]);
  });

  it('lets the document define a short form its own way from where it does so', async () => {
    // กกท. is การกีฬาแห่งประเทศไทย in the table, until the document says otherwise.
    const text = 'ผู้แทน กกท. เปิดงานของกลุ่มกีฬาท้องถิ่น (กกท.) และ กกท. มอบรางวัล';
    const mentions = await mentionsOf(text);
    expect(mentions.map((m) => [m.text, m.fullName, m.id])).toEqual([
      ['กกท.', 'การกีฬาแห่งประเทศไทย', 'th-org:SAT'],
      ['กกท.', 'กลุ่มกีฬาท้องถิ่น', undefined],
    ]);
  });

  it('leaves a short form inside a longer word alone', async () => {
    expect(await mentionsOf('ทีมBSMS ชนะ', false)).toEqual([]);
  });
});

describe('the built-in table of Thai short forms', () => {
  it('knows a defined short form for its body though the document spaces the name otherwise', () => {
    expect(tableEntryOfDefinition('กสทช.', 'คณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์และกิจการโทรคมนาคมแห่งชาติ')?.id).toBe('th-org:NBTC');
    expect(tableEntryOfDefinition('กสทช.', 'คณะกรรมการส่งเสริมการลงทุน')).toBeUndefined();
  });

  it('gives canonical ids in the gazetteer style for common short forms', () => {
    expect(builtInThaiAcronym('ก.ล.ต.')).toMatchObject({ name: 'สำนักงานคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์', id: 'th-org:SEC' });
    expect(builtInThaiAcronym('กลต.')?.id).toBe('th-org:SEC');
    expect(builtInThaiAcronym('พท.')).toMatchObject({ name: 'พรรคเพื่อไทย', id: 'th-party:PTP' });
    expect(builtInThaiAcronym('กก.')).toBeUndefined();
  });

  it('holds only Thai short forms, each once, with ids of the form kind:CODE', () => {
    const forms = loadThaiAcronyms().flatMap((e) => e.acronyms);
    expect(forms.filter((f) => !isThaiShortForm(f))).toEqual([]);
    expect(new Set(forms).size).toBe(forms.length);
    expect(loadThaiAcronyms().filter((e) => !/^th-(org|party):[A-Z]+$/u.test(e.id))).toEqual([]);
  });
});
