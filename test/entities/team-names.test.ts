import { teamNames } from '../../src/entities/team-names.js';
import { modelEntity } from './rule-inputs.js';

const named = (text: string, entities: ReturnType<typeof modelEntity>[]) => teamNames(text, entities).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('teamNames', () => {
  it('makes a Latin-script name after ทีม the club’s, with ทีม where it is glued on', () => {
    const text = 'ทีมArsenal บุกไปชนะ และนักเตะทีม Everton ออกมาขอโทษ';
    expect(named(text, [modelEntity(text, 'Arsenal', 'LOCATION'), modelEntity(text, 'Everton', 'PERSON')])).toEqual([
      ['ORGANIZATION', 'ทีมArsenal'],
      ['ORGANIZATION', 'Everton'],
    ]);
  });

  it('leaves a Thai name, a Latin name with no ทีม before it and other labels alone', () => {
    const text = 'ทีมสมชาย ใจดี และ Arsenal กับทีม Google';
    expect(
      named(text, [modelEntity(text, 'สมชาย ใจดี', 'PERSON'), modelEntity(text, 'Arsenal', 'LOCATION'), modelEntity(text, 'Google', 'ORGANIZATION')]),
    ).toEqual([
      ['PERSON', 'สมชาย ใจดี'],
      ['LOCATION', 'Arsenal'],
      ['ORGANIZATION', 'Google'],
    ]);
  });

  it('makes a club the lists know the club’s after a coach’s word, a position or a game’s verb, without the word', () => {
    const text = 'กุนซือ Chelsea ยอมรับผล ส่วนแข้ง Everton เฮ หลังทีมเยือนถล่มArsenal';
    expect(named(text, [modelEntity(text, 'Chelsea', 'PERSON'), modelEntity(text, 'Everton', 'LOCATION'), modelEntity(text, 'Arsenal', 'PERSON')])).toEqual([
      ['ORGANIZATION', 'Chelsea'],
      ['ORGANIZATION', 'Everton'],
      ['ORGANIZATION', 'Arsenal'],
    ]);
    // the word may be an entity of its own
    const position = 'กองหน้า Liverpool ทำสองประตู';
    expect(named(position, [modelEntity(position, 'กองหน้า', 'ORGANIZATION'), modelEntity(position, 'Liverpool', 'LOCATION')])).toEqual([
      ['ORGANIZATION', 'กองหน้า'],
      ['ORGANIZATION', 'Liverpool'],
    ]);
  });

  it('leaves a person after a coach’s word, and a club’s city after a verb of any news', () => {
    const text = 'กุนซือ Pep Guardiola ยอมรับ ก่อนเดินทางไป Liverpool';
    expect(named(text, [modelEntity(text, 'Pep Guardiola', 'PERSON'), modelEntity(text, 'Liverpool', 'LOCATION')])).toEqual([
      ['PERSON', 'Pep Guardiola'],
      ['LOCATION', 'Liverpool'],
    ]);
  });

  it('makes a person or a place after a verb of playing for a club the club, not a titled person', () => {
    const text = 'เขาย้ายไปเล่นให้คาวาซากิ ฟรอนตาเล่ หลังเคยค้าแข้งกับเชียงราย';
    expect(named(text, [modelEntity(text, 'คาวาซากิ ฟรอนตาเล่', 'PERSON'), modelEntity(text, 'เชียงราย', 'LOCATION')])).toEqual([
      ['ORGANIZATION', 'คาวาซากิ ฟรอนตาเล่'],
      ['ORGANIZATION', 'เชียงราย'],
    ]);
    const song = 'เขาร้องเพลงเล่นให้นายสมชาย ใจดี ฟัง';
    expect(named(song, [modelEntity(song, 'นายสมชาย ใจดี', 'PERSON')])).toEqual([['PERSON', 'นายสมชาย ใจดี']]);
  });

  it('leaves a side named by one letter', () => {
    const text = 'นักกีฬาทีม B ลงสนามก่อน';
    expect(named(text, [modelEntity(text, 'B', 'PERSON')])).toEqual([['PERSON', 'B']]);
  });

  it('reads no ทีม inside the entity before', () => {
    const text = 'วงดรีมทีม Liverpool มาแสดง';
    expect(named(text, [modelEntity(text, 'ดรีมทีม', 'ORGANIZATION'), modelEntity(text, 'Liverpool', 'PERSON')])).toEqual([
      ['ORGANIZATION', 'ดรีมทีม'],
      ['PERSON', 'Liverpool'],
    ]);
  });
});
