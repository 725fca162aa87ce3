import { annotate } from './annotate.js';

describe('findParentheticals', () => {
  it('pairs an organisation with its English and acronym', () => {
    expect(annotate('รัฐบาลได้ร่วมมือกับกรมส่งเสริมการเลี้ยงผึ้ง (Department of Beekeeping Promotion : DBP) เพื่อพัฒนาอาชีพเกษตรกร')).toEqual([
      {
        paren: '(Department of Beekeeping Promotion : DBP)',
        pattern: 'EN:ACR',
        thai: 'กรมส่งเสริมการเลี้ยงผึ้ง',
        english: 'Department of Beekeeping Promotion',
        acronym: 'DBP',
      },
    ]);
  });

  it('stops the Thai term at a leading function word', () => {
    expect(annotate('ที่ประชุมหารือเรื่องเขตการค้าเสรีอาเซียน (AFTA : ASEAN Free Trade Area) อย่างต่อเนื่อง')).toEqual([
      { paren: '(AFTA : ASEAN Free Trade Area)', pattern: 'ACR:EN', thai: 'เขตการค้าเสรีอาเซียน', english: 'ASEAN Free Trade Area', acronym: 'AFTA' },
    ]);
  });

  it('leaves out a head noun the English does not translate', () => {
    expect(annotate('รัฐบาลเดินหน้าโครงการเส้นทางจักรยานริมแม่น้ำ (Riverside Cycling Route: RCR) ต่อไป')[0].thai).toBe('เส้นทางจักรยานริมแม่น้ำ');
  });

  it('takes a person from the Thai title, over the space between the names', () => {
    expect(annotate('นายกรัฐมนตรีพบหารือกับนายจัสติน ทรูโด (Mr. Justin Trudeau) ที่ทำเนียบรัฐบาล')).toEqual([
      { paren: '(Mr. Justin Trudeau)', pattern: 'EN', thai: 'นายจัสติน ทรูโด', english: 'Mr. Justin Trudeau' },
    ]);
  });

  it.each([
    ['no space', 'ความร่วมมือกับธนาคารโลก(World Bank Group)'],
    ['a no-break space', 'ความร่วมมือกับธนาคารโลก\u00A0(World Bank Group)'],
    ['a line break', 'ความร่วมมือกับธนาคารโลก\n(World Bank Group)'],
  ])('finds the Thai term with %s before the parenthesis', (_, text) => {
    expect(annotate(text)[0]).toMatchObject({ thai: 'ธนาคารโลก', english: 'World Bank Group' });
  });

  it('takes a Thai spelling of the acronym as the term', () => {
    expect(annotate('เด็กแรกเกิดต้องได้รับวัคซีนบีซีจี (BCG) ทุกคน')).toEqual([{ paren: '(BCG)', pattern: 'ACR', thai: 'บีซีจี', acronym: 'BCG' }]);
  });

  it('keeps the noun before a Thai spelling of the acronym that reads a word of its English (ไวรัส, Virus), not one that does not (วัคซีน)', () => {
    expect(annotate('ผู้ป่วยเด็กติดเชื้อไวรัสอาร์เอสวี (Respiratory Syncytial Virus: RSV) เพิ่มขึ้น')[0]).toMatchObject({ thai: 'ไวรัสอาร์เอสวี', acronym: 'RSV' });
    // The English of a short form given alone is that of the common short forms.
    expect(annotate('ผู้ป่วยเด็กติดเชื้อไวรัสอาร์เอสวี (RSV) เพิ่มขึ้น')[0]).toMatchObject({ thai: 'ไวรัสอาร์เอสวี', acronym: 'RSV' });
  });

  it('gives no Thai term when none comes before the parenthesis', () => {
    expect(annotate('ที่มา: (Bangkok Post Online)')).toEqual([{ paren: '(Bangkok Post Online)', pattern: 'EN', english: 'Bangkok Post Online' }]);
  });

  it('skips parentheses of Thai, dates and numbers, and pairs a Thai short form with its full name', () => {
    expect(annotate('สำนักงานส่งเสริมการเลี้ยงผึ้ง (สสผ.) วันนี้ (18 ส.ค. 59) ข้อ (1)')).toEqual([
      { paren: '(สสผ.)', pattern: 'TH-ACR', thai: 'สำนักงานส่งเสริมการเลี้ยงผึ้ง', acronym: 'สสผ.' },
    ]);
  });

  it('pairs a common short form with its full name written before it, where the letters do not read as syllable onsets or the name runs on', () => {
    // ษ of กษ. closes the syllable เกษ; ธพว. stops at วิสาหกิจ, five words before the name ends.
    expect(annotate('คำร้องยื่นต่อกระทรวงเกษตรและสหกรณ์ (กษ.) แล้ว')).toEqual([{ paren: '(กษ.)', pattern: 'TH-ACR', thai: 'กระทรวงเกษตรและสหกรณ์', acronym: 'กษ.' }]);
    expect(annotate('ผู้บริหารธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย (ธพว.) กล่าว')[0].thai).toBe('ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย');
    // A university's short form that keeps a letter of no syllable of its name (อ of ม.อ.).
    expect(annotate('ทีมนักวิจัยจากมหาวิทยาลัยสงขลานครินทร์ (ม.อ.) พัฒนาเครื่องมือ')).toEqual([
      { paren: '(ม.อ.)', pattern: 'TH-ACR', thai: 'มหาวิทยาลัยสงขลานครินทร์', acronym: 'ม.อ.' },
    ]);
    // Across an aside in brackets, and with the abbreviation mark the table's name leaves out.
    expect(annotate('ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (โควิด-19) (ศบค.) แถลง')[0]).toMatchObject({
      pattern: 'TH-ACR',
      thai: 'ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019',
      acronym: 'ศบค.',
    });
    expect(annotate('ผู้อำนวยการองค์การขนส่งมวลชนกรุงเทพฯ (ขสมก.) กล่าว')[0].thai).toBe('องค์การขนส่งมวลชนกรุงเทพฯ');
    // A short form the table lacks pairs only where its letters read.
    expect(annotate('คำร้องยื่นต่อกระทรวงเกษตรและสหกรณ์ (กษส.) แล้ว')).toEqual([]);
  });

  it('pairs no web or e-mail address with the name before it, but a company named by its domain', () => {
    for (const address of ['www.example.go.th', 'https://www.example.or.th/news', 'facebook.com/exampleagency', 'contact@example.go.th']) {
      expect(annotate(`ดูรายละเอียดที่เว็บไซต์กรมตัวอย่าง (${address}) ได้ตลอดเวลา`)).toEqual([]);
    }
    expect(annotate('จองห้องพักผ่านเว็บไซต์อะโกด้า (Agoda.com) ได้ส่วนลด').map((p) => p.english)).toEqual(['Agoda.com']);
    // degrees with a slash are no address
    expect(annotate('เขาจบปริญญาเอก (Ph.D/M.D) จากต่างประเทศ').map((p) => p.paren)).toEqual(['(Ph.D/M.D)']);
  });

  it('pairs no formula, a quantity given its value, with the words before it', () => {
    expect(annotate('โครงการนี้มีอัตราส่วนความคุ้มทุน (FDR = 1.45) สูงกว่าเกณฑ์')).toEqual([]);
    expect(annotate('ผลต่างมีนัยสำคัญทางสถิติ (p < 0.05) ในทุกกลุ่ม')).toEqual([]);
    // `=` between a short form and its English is a separator, as a colon is.
    expect(annotate('ผู้เสี่ยงควรรับยาป้องกันก่อนสัมผัสเชื้อ (PrEP = Pre-Exposure Prophylaxis) ทุกวัน')[0]).toMatchObject({
      pattern: 'ACR:EN',
      english: 'Pre-Exposure Prophylaxis',
      acronym: 'PrEP',
    });
  });

  it('ends the term at punctuation and a list number', () => {
    expect(annotate('ได้แก่ 1.ศูนย์ข้อมูลสุขภาพ (Health Data Center)')[0].thai).toBe('ศูนย์ข้อมูลสุขภาพ');
    expect(annotate('หัวข้อข่าว: ศูนย์ข้อมูลสุขภาพ (Health Data Center)')[0].thai).toBe('ศูนย์ข้อมูลสุขภาพ');
  });
});

describe('words written beside a short form', () => {
  it('are English the Thai term may translate, as the English before the short form is', () => {
    expect(annotate('กระทรวงจะมีการเปิดตัวรายงานสถานะป่าไม้โลก (Global Forest Status Report: GFSR Launch) ในเดือนหน้า')).toEqual([
      {
        paren: '(Global Forest Status Report: GFSR Launch)',
        pattern: 'EN:ACR',
        thai: 'การเปิดตัวรายงานสถานะป่าไม้โลก',
        english: 'Global Forest Status Report',
        acronym: 'GFSR Launch',
      },
    ]);
    expect(annotate('ให้บริษัทที่ตั้งใหม่ใช้ชื่อ บริษัท ไปรษณีย์ดิจิทัลแห่งชาติ (National Digital Post: NDP Co.) ต่อไป')[0].thai).toBe('บริษัท ไปรษณีย์ดิจิทัลแห่งชาติ');
  });
});

describe('a Thai term too short for its English', () => {
  it('gives no term of one word of three letters for English of two words or more', () => {
    expect(annotate('ชุมชนรณรงค์ให้ตลาดสดปลอดโฟม (No Foam) ทุกร้าน')).toEqual([{ paren: '(No Foam)', pattern: 'EN', english: 'No Foam' }]);
    expect(annotate('ค่าฝุ่นสูงสุดวัดได้ที่จังหวัดเลย (48 ug/m3) เมื่อวานนี้')).toEqual([{ paren: '(48 ug/m3)', pattern: 'EN', english: '48 ug/m3' }]);
  });

  it('keeps a short word for one English word', () => {
    expect(annotate('ผู้ใช้ระบบแชท (Chat) ได้')).toEqual([{ paren: '(Chat)', pattern: 'EN', english: 'Chat', thai: 'แชท' }]);
  });
});

describe('findParentheticals around other brackets and quotes', () => {
  it('looks through a Thai abbreviation in parentheses before the English', () => {
    expect(annotate('หารือกับสำนักงานคณะกรรมการส่งเสริมการลงทุน (สกท.) (Office of the Board of Investment) เมื่อวานนี้')).toEqual([
      { paren: '(สกท.)', pattern: 'TH-ACR', thai: 'สำนักงานคณะกรรมการส่งเสริมการลงทุน', acronym: 'สกท.' },
      { paren: '(Office of the Board of Investment)', pattern: 'EN', thai: 'สำนักงานคณะกรรมการส่งเสริมการลงทุน', english: 'Office of the Board of Investment' },
    ]);
  });

  it('takes a quoted Thai name whole', () => {
    expect(annotate('เปิดตัวโครงการ “ชุมชนสีเขียวยั่งยืน” (Sustainable Green Community) ในวันนี้')[0].thai).toBe('ชุมชนสีเขียวยั่งยืน');
  });
});

describe('a name read after the parenthesis', () => {
  it('gives no Thai term when the Thai after the parenthesis reads the English (a title written after its original)', () => {
    expect(annotate('ผลงานล่าสุดของผู้กำกับคนนี้คือ (Moonfall) มูนฟอล ซึ่งเข้าฉายแล้ว')).toEqual([{ paren: '(Moonfall)', pattern: 'EN', english: 'Moonfall' }]);
    expect(annotate('นักแสดงจากซีรีส์ (Stranger Things) สเตรนเจอร์ ธิงส์ เดินทางมาไทย')).toEqual([
      { paren: '(Stranger Things)', pattern: 'EN', english: 'Stranger Things' },
    ]);
  });

  it('keeps the Thai term when the word after the parenthesis is a Thai word that only sounds like the letters', () => {
    expect(annotate('ลดขยะจากแหล่งกำเนิด (Reduce) ได้แก่ ลดการใช้กระดาษ')[0].thai).toBe('แหล่งกำเนิด');
  });
});

describe('a short form alone in the parenthesis', () => {
  it('takes the term the document paired it with where it spelt it out, and gives no English', () => {
    const text =
      'จังหวัดพัฒนาระบบเตือนภัยน้ำท่วมล่วงหน้า (Early Flood Warning System: EFWS) สำเร็จ ' + 'ต่อมาได้ของบประมาณติดตั้งอุปกรณ์ระบบเตือนภัยน้ำท่วมล่วงหน้า (EFWS) เพิ่มอีก 20 จุด';
    const [defined, alone] = annotate(text);
    expect(defined.thai).toBe('ระบบเตือนภัยน้ำท่วมล่วงหน้า');
    expect(alone).toEqual({ paren: '(EFWS)', pattern: 'ACR', thai: 'ระบบเตือนภัยน้ำท่วมล่วงหน้า', acronym: 'EFWS' });
  });

  it('finds its term by what news usually spells it out as (`GDP`), leaving out the head noun before it', () => {
    expect(annotate('ตัวเลขผลิตภัณฑ์มวลรวมในประเทศ (GDP) ไตรมาสนี้ขยายตัวร้อยละ 2')).toEqual([
      { paren: '(GDP)', pattern: 'ACR', thai: 'ผลิตภัณฑ์มวลรวมในประเทศ', acronym: 'GDP' },
    ]);
  });

  it('finds it by the built-in table of short forms the government news never spells out (`COPD`), the patient left out', () => {
    expect(annotate('จำนวนผู้ป่วยโรคปอดอุดกั้นเรื้อรัง (COPD) เพิ่มขึ้นทุกปี')).toEqual([{ paren: '(COPD)', pattern: 'ACR', thai: 'โรคปอดอุดกั้นเรื้อรัง', acronym: 'COPD' }]);
  });

  it('is a short form in lower case when the document spells it out as one, or the table knows it (`depa`), not English', () => {
    const text = 'สำนักงานส่งเสริมนวัตกรรมดิจิทัล (Digital Innovation Promotion Agency: dipa) เปิดรับสมัคร ต่อมาสำนักงานส่งเสริมนวัตกรรมดิจิทัล (dipa) ประกาศผล';
    expect(annotate(text)[1]).toEqual({ paren: '(dipa)', pattern: 'ACR', thai: 'สำนักงานส่งเสริมนวัตกรรมดิจิทัล', acronym: 'dipa' });
    expect(annotate('ผู้ประกอบการขอทุนจากสำนักงานส่งเสริมเศรษฐกิจดิจิทัล (depa) ในปีนี้')).toEqual([
      { paren: '(depa)', pattern: 'ACR', thai: 'สำนักงานส่งเสริมเศรษฐกิจดิจิทัล', acronym: 'depa' },
    ]);
    expect(annotate('เด็กๆ ชอบเล่นเกมออนไลน์ (online)')[0]).toMatchObject({ pattern: 'EN', english: 'online' });
  });
});

describe('หรือ inside the parenthesis', () => {
  it('splits the English from its short form at หรือ and pairs the Thai term before it', () => {
    expect(annotate('โรงงานนำอินเทอร์เน็ตของสรรพสิ่ง (Internet of Things หรือ IoT) มาใช้ควบคุมเครื่องจักร')).toEqual([
      { paren: '(Internet of Things หรือ IoT)', pattern: 'EN:ACR', thai: 'อินเทอร์เน็ตของสรรพสิ่ง', english: 'Internet of Things', acronym: 'IoT' },
    ]);
  });

  it('still takes no parenthesis of Thai words after Latin text as a gloss', () => {
    expect(annotate('ทีมงานใช้ระบบใหม่ (AI ช่วยคัดกรอง) ในโรงพยาบาล')).toEqual([]);
  });
});
