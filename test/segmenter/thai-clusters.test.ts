import { markClusterBoundaries } from '../../src/segmenter/thai-clusters.js';

/** The word cut into its clusters, as the boundaries allow. */
function clusters(word: string): string[] {
  const marks = new Uint8Array(word.length + 1);
  markClusterBoundaries(word, 0, word.length, marks);
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i <= word.length; i++) {
    if (marks[i]) {
      out.push(word.slice(from, i));
      from = i;
    }
  }
  return out;
}

describe('Thai character clusters', () => {
  test.each([
    ['ประชับ', ['ป', 'ระ', 'ชับ']],
    ['เกี่ยว', ['เกี่ย', 'ว']],
    ['เรือ', ['เรือ']],
    ['ตัว', ['ตัว']],
    ['ถึง', ['ถึง']],
    ['จันทร์', ['จันทร์']],
    ['ฟิล์ม', ['ฟิล์', 'ม']],
    ['แก้ว', ['แก้', 'ว']],
    ['น้ำ', ['น้ำ']],
    ['ไปโรงเรียน', ['ไป', 'โร', 'ง', 'เรีย', 'น']],
  ])('%s', (word, expected) => {
    expect(clusters(word)).toEqual(expected);
  });
});
