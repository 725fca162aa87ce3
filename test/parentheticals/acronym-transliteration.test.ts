import { hasSoundedLetter, pronunciationStart, transliterationStart } from '../../src/parentheticals/acronym-transliteration.js';

describe('transliterationStart', () => {
  it('finds a Thai spelling of the letters just before the end', () => {
    const text = 'ฉีดวัคซีนบีซีจี';
    expect(transliterationStart(text, text.length, 'BCG')).toBe(9);
    const who = 'องค์การ ดับเบิลยูเอชโอ';
    expect(transliterationStart(who, who.length, 'WHO')).toBe(8);
  });

  it('answers -1 when the letters are not spelled out', () => {
    expect(transliterationStart('องค์การอนามัยโลก', 16, 'WHO')).toBe(-1);
    expect(transliterationStart('บีซี', 4, 'BCG')).toBe(-1);
  });
});

describe('pronunciationStart', () => {
  const anywhere = (): boolean => true;

  it('finds a Thai reading of the short form as a word, silent letters and vowel carriers allowed', () => {
    expect(pronunciationStart('เฝ้าระวังโรคซาร์ส', 17, 'SARS', anywhere)).toBe(12);
    expect(pronunciationStart('เครื่องวัดไลดาร์', 16, 'LiDAR', anywhere)).toBe(10);
    expect(pronunciationStart('การประชุมเอเปค', 14, 'APEC', anywhere)).toBe(9);
  });

  it('reads a consonant written twice as one letter (ฟิชชิง for PHISHING)', () => {
    const wordStarts = (starts: number[]) => (at: number) => starts.includes(at);
    expect(pronunciationStart('วิธีฟิชชิง', 10, 'Phishing', wordStarts([0, 4]))).toBe(4);
    expect(pronunciationStart('บริการสตรีมมิง', 14, 'Streaming', wordStarts([0, 6]))).toBe(6);
    // not a reading when the doubled consonant is not the letter's
    expect(pronunciationStart('บริการสตรีมมิง', 14, 'Streaking', wordStarts([0, 6]))).toBe(-1);
  });

  it('reads อ written right after a consonant as a vowel with no letter of its own (ออฟฟิศ for Office)', () => {
    expect(pronunciationStart('เป็นออฟฟิศ', 10, 'Office', anywhere)).toBe(4);
    expect(pronunciationStart('เซ็นเซอร์', 9, 'Sensor', anywhere)).toBe(0);
    // อ opening a syllable after a vowel is a consonant to read: ยา is not part of the drug's name
    expect(pronunciationStart('ยาอะซิโธรมัยซิน', 15, 'Azithromycin', (at) => at === 0 || at === 2)).toBe(2);
  });

  it('takes the longest reading that starts a word', () => {
    const onlyAt =
      (starts: number[]) =>
      (at: number): boolean =>
        starts.includes(at);
    expect(pronunciationStart('ประชุมเอเปค', 11, 'APEC', onlyAt([6, 8]))).toBe(6);
    expect(pronunciationStart('ประชุมเอเปค', 11, 'APEC', onlyAt([8]))).toBe(8);
  });

  it('answers -1 when a consonant has no letter, a letter is not sounded, or the form is too short', () => {
    expect(pronunciationStart('การส่งเสริม', 11, 'SME', anywhere)).toBe(-1);
    expect(pronunciationStart('องค์การอนามัยโลก', 16, 'WHO', anywhere)).toBe(-1);
    expect(pronunciationStart('ซาร์', 4, 'SARS', anywhere)).toBe(-1);
    expect(pronunciationStart('ยูเอ็น', 6, 'UN', anywhere)).toBe(-1);
  });
});

describe('hasSoundedLetter', () => {
  it('is true for a word with a letter a reading must sound, false where every letter may go unwritten', () => {
    expect(['Premium', 'Hat', 'trick', 'Wi-Fi'].map(hasSoundedLetter)).toEqual([true, true, true, true]);
    expect(['Area', 'Yea', 'Hi', 'Wi', ''].map(hasSoundedLetter)).toEqual([false, false, false, false, false]);
  });
});
