import fc from 'fast-check';
import { repairThai } from '../../src/text/thai-repairs.js';

describe('repairThai', () => {
  it('joins a decomposed sara am, with the tone mark before it', () => {
    expect(repairThai('น\u0E49\u0E4D\u0E32').text).toBe('น้ำ');
    expect(repairThai('น\u0E4D\u0E49\u0E32').text).toBe('น้ำ');
    expect(repairThai('ส\u0E4D\u0E32รอง').counts.saraAm).toBe(1);
  });

  it('drops a doubled mark and puts a tone mark after the vowel it was typed before', () => {
    expect(repairThai('ก\u0E48\u0E48อน')).toEqual({ text: 'ก่อน', counts: { saraAm: 0, duplicateMarks: 1, reorderedMarks: 0, zeroWidth: 0, controls: 0 } });
    expect(repairThai('ท\u0E48\u0E35').text).toBe('ที่');
  });

  it('removes zero-width and control characters but keeps the joiner inside emoji', () => {
    expect(repairThai('ข่าว\u200Bวันนี้\u00AD\u0007').text).toBe('ข่าววันนี้');
    expect(repairThai('👨\u200D👩\u200D👧').text).toBe('👨\u200D👩\u200D👧');
    expect(repairThai('a\r\nb\rc').text).toBe('a\nb\nc');
  });

  it('leaves clean Thai text exactly as it is', () => {
    const clean = 'อาเซียน-สหรัฐฯ กระชับสัมพันธ์ ที่นี่ น้ำ ก็ เป็นต้น\nบรรทัดใหม่\tแท็บ';
    expect(repairThai(clean).text).toBe(clean);
  });

  it('is idempotent on any input', () => {
    const thaiish = fc.string({ unit: fc.constantFrom('ก', 'น', '\u0E48', '\u0E49', '\u0E34', '\u0E38', '\u0E4D', '\u0E32', '\u200B', ' ', 'a') });
    fc.assert(
      fc.property(thaiish, (s) => {
        const once = repairThai(s).text;
        expect(repairThai(once).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
