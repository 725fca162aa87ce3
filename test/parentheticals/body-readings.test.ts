import { bodyReadingMatch } from '../../src/parentheticals/body-readings.js';
import { annotate } from './annotate.js';

describe("international bodies' short forms said as a word, in Thai", () => {
  it('pair with the Thai name before them', () => {
    expect(annotate('กลุ่มประเทศผู้ส่งออกน้ำมัน (โอเปก) ลดกำลังผลิต ขณะที่องค์การสนธิสัญญาป้องกันแอตแลนติกเหนือ (นาโต) เตือน')).toEqual([
      { paren: '(โอเปก)', pattern: 'TH-ACR', thai: 'กลุ่มประเทศผู้ส่งออกน้ำมัน', acronym: 'โอเปก' },
      { paren: '(นาโต)', pattern: 'TH-ACR', thai: 'องค์การสนธิสัญญาป้องกันแอตแลนติกเหนือ', acronym: 'นาโต' },
    ]);
    expect(annotate('องค์การการศึกษา วิทยาศาสตร์ และวัฒนธรรมแห่งสหประชาชาติ (ยูเนสโก) ประกาศ')).toEqual([
      { paren: '(ยูเนสโก)', pattern: 'TH-ACR', thai: 'องค์การการศึกษา วิทยาศาสตร์ และวัฒนธรรมแห่งสหประชาชาติ', acronym: 'ยูเนสโก' },
    ]);
  });

  it('pair backwards, the name in the parenthesis', () => {
    expect(annotate('นาโต (องค์การสนธิสัญญาป้องกันแอตแลนติกเหนือ) เตือน')).toEqual([
      { paren: '(องค์การสนธิสัญญาป้องกันแอตแลนติกเหนือ)', pattern: 'ACR-TH', thai: 'องค์การสนธิสัญญาป้องกันแอตแลนติกเหนือ', acronym: 'นาโต' },
    ]);
  });

  it('pair with nothing but their own name, and leave names that read no short form', () => {
    const text = 'ประเทศไทย (อาเซียน) และธนาคารโลก (เวิลด์แบงก์)';
    expect(bodyReadingMatch(text, text.indexOf('('), text.indexOf(')'))).toBeNull();
    expect(bodyReadingMatch(text, text.lastIndexOf('('), text.lastIndexOf(')'))).toBeNull();
  });
});
