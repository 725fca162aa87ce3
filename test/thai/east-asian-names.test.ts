import { JAPANESE_NAME_PATTERN, KOREAN_FAMILY_NAMES, KOREAN_GIVEN_NAME_PATTERN } from '../../src/thai/east-asian-names.js';

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'u');

describe('Japanese and Korean names by their sounds', () => {
  it('read Japanese names as Thai news spells them', () => {
    const japanese = whole(JAPANESE_NAME_PATTERN);
    for (const name of ['อาคิระ', 'นิชิโนะ', 'ทาคุมะ', 'อิโนะอุเอะ', 'ชิเงรุ', 'อิชิบะ', 'ฟูมิโอะ', 'คิชิดะ', 'โคจิ', 'ฮัตโตริ', 'มิตสึโอะ']) {
      expect([name, japanese.test(name)]).toEqual([name, true]);
    }
    // Thai words may sound alike: the entity rule also asks that neither is a dictionary word
    expect(japanese.test('นาที')).toBe(true);
    for (const word of ['สมชาย', 'ประเทศ', 'กรุงเทพ', 'ก']) expect([word, japanese.test(word)]).toEqual([word, false]);
  });

  it('read a Korean given name as two syllables after a family name', () => {
    const given = whole(KOREAN_GIVEN_NAME_PATTERN);
    for (const name of ['จุนฮยอก', 'ซอกยอล', 'จองอึน', 'ฮึงมิน', 'ซูฮยอน', 'แจมยอง']) expect([name, given.test(name)]).toEqual([name, true]);
    for (const word of ['สมชาย', 'จุน', 'จุนฮยอกมิน']) expect([word, given.test(word)]).toEqual([word, false]);
    expect(KOREAN_FAMILY_NAMES).toEqual(expect.arrayContaining(['คิม', 'อี', 'ปาร์ค', 'ยุน', 'ซน']));
    expect(new Set(KOREAN_FAMILY_NAMES).size).toBe(KOREAN_FAMILY_NAMES.length);
  });
});
