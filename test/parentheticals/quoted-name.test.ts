import { quotedBefore } from '../../src/parentheticals/quoted-name.js';

/** The quoted Thai that ends right before the parenthesis of `text`, as a string. */
const quotedOf = (text: string): string | null => {
  let end = text.indexOf('(');
  while (text[end - 1] === ' ') end--;
  const range = quotedBefore(text, end);
  return range && text.slice(...range);
};

describe('a quoted name before a parenthesis', () => {
  it('takes the Thai inside curly, straight and single quotation marks, without the spaces inside them', () => {
    expect(quotedOf('ผลสำรวจของ “ สำนักงานสถิติแห่งชาติ ” (สสช.) ระบุว่า')).toBe('สำนักงานสถิติแห่งชาติ');
    expect(quotedOf('เปิดตัว "ตลาดนัดชุมชน" (Community Market) ที่ลานเมือง')).toBe('ตลาดนัดชุมชน');
    expect(quotedOf("ล่าสุด 'กรมควบคุมโรค' (คร.) เตือน")).toBe('กรมควบคุมโรค');
  });

  it('takes nothing without a closing quotation mark, across a line break, or when the quotation holds no Thai', () => {
    expect(quotedOf('ผลสำรวจของสำนักงานสถิติแห่งชาติ (สสช.) ระบุว่า')).toBeNull();
    expect(quotedOf('ผลสำรวจของ “สำนักงาน\\nสถิติแห่งชาติ” (สสช.)'.replace('\\n', '\n'))).toBeNull();
    expect(quotedOf('ภาพยนตร์เรื่อง “Parasite” (2019) ได้รางวัล')).toBeNull();
  });
});
